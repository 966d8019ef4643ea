"""The login attempts of ``minutes serve --workers N`` counted in the register's database
(:class:`minutes.register.tries.TriesStorage`, a storage of :mod:`limits`), on both engines."""

from __future__ import annotations

import subprocess
import sys

from limits import parse, strategies
from regfixtures import *  # noqa: F403 (the fixtures)

from minutes.register.tries import TriesStorage

PROCESSES, HITS = 6, 20


def test_a_fixed_window_refuses_past_its_limit_and_forgets_an_ended_window(tmp_path, db_url):
    storage = TriesStorage(tmp_path, db_url)
    limiter, three = strategies.FixedWindowRateLimiter(storage), parse("3/minute")
    assert [limiter.hit(three, "192.0.2.1") for _ in range(4)] == [True, True, True, False]
    assert limiter.hit(three, "192.0.2.2")  # another client has its own count
    assert storage.get(three.key_for("192.0.2.1")) == 4
    assert storage.incr("ended", 0) == 1 and storage.incr("ended", 0) == 1  # a window of no time: ended at once
    assert storage.check()
    storage.clear(three.key_for("192.0.2.1"))
    assert storage.get(three.key_for("192.0.2.1")) == 0 and limiter.hit(three, "192.0.2.1")
    assert storage.reset() == 2  # the two clients; the ended counter was removed by a later hit


def test_processes_counting_at_once_lose_no_hit(tmp_path, db_url):
    TriesStorage(tmp_path, db_url).check()  # the schema exists before the race
    code = ("import sys\nfrom minutes.register.tries import TriesStorage\n"
            f"s = TriesStorage(sys.argv[1], sys.argv[2])\nfor _ in range({HITS}): s.incr('k', 600)\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path), db_url], stderr=subprocess.PIPE, text=True)
             for _ in range(PROCESSES)]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errors
    assert TriesStorage(tmp_path, db_url).get("k") == PROCESSES * HITS
