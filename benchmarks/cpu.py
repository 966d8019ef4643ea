"""CPU seconds of this process and of the processes below it, read from /proc (Linux).

Wall time on a shared machine moves with other people's load; CPU seconds per unit of
work move far less. :func:`snapshot` reads, for this process, the CPU of every thread but
the calling one (in benchmarks/browser_save.py: the server's threads, not the browser
driver's), the CPU of the waited-for children (pdftoppm), and the CPU of every live
descendant grouped by name (LibreOffice and its worker, Chromium, Playwright's driver).
Subtract two snapshots with :func:`spent`.
"""

from __future__ import annotations

import os
import resource
import time
from collections import defaultdict
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, str, float] | None:
    """(parent pid, command name, CPU seconds of the process itself) or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), name, (int(fields[11]) + int(fields[12])) / TICK


def group(name: str) -> str:
    """The group a process's command name belongs to in the report."""
    if name.startswith(("soffice", "python")):
        return "libreoffice"  # soffice.bin and the UNO worker (a python3 below us)
    if "chrom" in name or name.startswith("headless"):
        return "chromium"
    if name.startswith("node"):
        return "driver"
    return name


def snapshot() -> dict[str, float]:
    """CPU seconds so far: ``server`` (this process, all threads but the caller's), ``waited``
    (children already reaped: pdftoppm), and one entry per group of live descendants."""
    parents: dict[int, list[int]] = defaultdict(list)
    info = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            found = _stat(int(entry.name))
            if found:
                info[int(entry.name)] = found
                parents[found[0]].append(int(entry.name))
    out: dict[str, float] = defaultdict(float)
    me = os.getpid()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out["server"] = usage.ru_utime + usage.ru_stime - time.thread_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    out["waited"] = children.ru_utime + children.ru_stime
    todo = list(parents[me])
    while todo:
        pid = todo.pop()
        out[group(info[pid][1])] += info[pid][2]
        todo += parents[pid]
    return dict(out)


def spent(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """CPU seconds per group between two snapshots (a process that ended in between is not
    counted: keep the processes of interest alive across the measure)."""
    return {key: after.get(key, 0.0) - before.get(key, 0.0) for key in sorted(set(before) | set(after))}
