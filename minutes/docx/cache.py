"""Compiled templates kept on disk between runs, as Python keeps its bytecode.

An entry is the :mod:`marshal` form of :func:`minutes.docx.compiled.compile_template`'s
result, named by a SHA-256 of the template's bytes and of everything its form depends
on (Python, minutes, Jinja, docxtpl, python-docx, lxml). The folder is
``$MINUTES_CACHE_DIR``, else the user's cache folder (``~/.cache/minutes``,
``%LOCALAPPDATA%\\minutes\\cache``); ``MINUTES_CACHE=off`` turns the cache off. As
Jinja's own bytecode cache, an entry is used only from a folder that belongs to the
user and that no one else may write. A cache that cannot be read or written costs
time, never a render.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import marshal
import os
import stat
import sys
import time
from pathlib import Path

from minutes.docx.compiled import FORMAT

KEEP = 64
"""How many compiled templates the cache keeps (the most recently written)."""
_LIBRARIES = ("docxtpl", "docx", "lxml", "jinja2")
_OWN = ("compiled", "package", "fingerprint", "sandbox", "render", "archive")
"""The modules of minutes.docx whose code shapes an entry."""


def folder() -> Path | None:
    """Return the cache folder, or None when the cache is off."""
    if os.environ.get("MINUTES_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    if os.environ.get("MINUTES_CACHE_DIR"):
        return Path(os.environ["MINUTES_CACHE_DIR"])
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "minutes" / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "minutes"


def key(blob: bytes) -> str:
    """Return the name of ``blob``'s entry: a SHA-256 of the template and of the versions."""
    return hashlib.sha256(_versions().encode() + b"\0" + blob).hexdigest()


@functools.cache
def _versions() -> str:
    """What an entry depends on besides the template: the format, Python, and the files of
    the libraries and modules that make it (their size and time)."""
    signs = [str(FORMAT), sys.version, sys.implementation.cache_tag or ""]
    for name in _LIBRARIES:
        spec = importlib.util.find_spec(name)
        signs.append(_sign(spec.origin) if spec is not None and spec.origin else name)
    here = Path(__file__).parent
    signs += [_sign(here / f"{name}.py") for name in _OWN]
    return "|".join(signs)


def _sign(path) -> str:
    try:
        st = os.stat(path)
    except OSError:
        return f"{path}:?"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def load(name: str) -> dict | None:
    """Return the entry ``name``, or None when there is none that can be trusted and read."""
    where = folder()
    if where is None or not _trusted(where):
        return None
    path = where / f"{name}.bin"
    try:
        with open(path, "rb") as handle:
            if not _own(os.fstat(handle.fileno())):
                return None
            data = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def store(name: str, data: dict) -> None:
    """Keep ``data`` as the entry ``name`` (written whole, or not at all)."""
    from minutes.errors import MinutesError
    from minutes.files import write_atomic

    where = folder()
    if where is None:
        return
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(where):
            return
        write_atomic(where / f"{name}.bin", marshal.dumps(data))
    except (OSError, ValueError, MinutesError):
        return
    prune(where)


def prune(where: Path, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` most recently written entries of ``where``, and temporaries
    a killed process left more than an hour ago."""
    now = time.time()
    with contextlib.suppress(OSError):
        entries = []
        for entry in os.scandir(where):
            if entry.name.endswith(".tmp") and now - entry.stat().st_mtime > 3600:
                os.unlink(entry.path)
            elif entry.name.endswith(".bin"):
                entries.append((entry.stat().st_mtime_ns, entry.path))
        for _, path in sorted(entries, reverse=True)[keep:]:
            os.unlink(path)


def _trusted(where: Path) -> bool:
    """True when ``where`` is a folder of this user that no one else may write (POSIX)."""
    try:
        st = os.stat(where)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and _own(st)


def _own(st: os.stat_result) -> bool:
    if not hasattr(os, "geteuid"):
        return True
    return st.st_uid == os.geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
