"""How long a test may wait for a process, a terminal, a server or a page: one scale factor.

Every test that waits waits for what it expects to see (a prompt, a file, an answer), and
gives up only after ``patience(seconds)``: the time the wait takes on a quiet 2-core machine
with a wide margin, times :data:`SCALE` (``MINUTES_TEST_PATIENCE``, default 1), times how
busy the machine is when the wait starts (the load average per core, at least 1). A loaded
machine makes the suite slower, never red.
"""

from __future__ import annotations

import os

SCALE = float(os.environ.get("MINUTES_TEST_PATIENCE") or 1)
"""The factor set by hand for a slow machine (MINUTES_TEST_PATIENCE)."""


def busy() -> float:
    """Return how many times over the cores are asked for now (at least 1)."""
    try:
        load = os.getloadavg()[0]
    except OSError:  # no load average on this platform
        return 1.0
    return max(1.0, load / (os.cpu_count() or 1))


def patience(seconds: float) -> float:
    """Return how long to wait for something that takes ``seconds`` at most on a quiet machine."""
    return seconds * SCALE * busy()
