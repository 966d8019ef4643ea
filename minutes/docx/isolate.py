"""Run a user's template in a child process with limits the operating system enforces.

The sandbox (:mod:`minutes.docx.sandbox`) keeps a template away from Python internals
and refuses the values it can see growing; it cannot stop a loop that only spins, nor
every way of building gigabytes, and a timer (SIGALRM) does nothing in the web form's
worker threads. So every render of a template that is not built in, and ``minutes
templates check``, runs in a child process:

* in the child, :func:`resource.setrlimit` caps CPU time (:data:`CPU_SECONDS`; the
  kernel ends it with SIGXCPU, then SIGKILL) and address space (:data:`MEMORY_BYTES`;
  an allocation past it fails with MemoryError);
* the parent waits at most :data:`WALL_SECONDS` for the answer, then kills the child
  (a child asleep or blocked uses no CPU); Ctrl-C, or a server stopping, kills it too.

Whatever happens, the child is gone when :func:`run` returns: a :class:`TemplateError`
says in Vietnamese which limit was passed. Children are forked from a small fork
server started once (:mod:`multiprocessing`'s ``forkserver``), never from the
threaded web server itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from typing import Any

from minutes.errors import MinutesError, TemplateError

CPU_SECONDS = 30
"""CPU time one isolated render may use."""
WALL_SECONDS = 60
"""Wall-clock time the parent waits for one isolated render before killing it."""
MEMORY_BYTES = 1024 * 1024 * 1024
"""Address space one isolated render may map (the interpreter and its libraries included)."""

_NO_MEMORY = 3
"""The exit code of a child that had no memory left even to answer."""
_IN_CHILD = False
_LIVE: set[multiprocessing.process.BaseProcess] = set()
_LOCK = threading.Lock()
_CONTEXT = None


def in_child() -> bool:
    """True inside an isolated child (a render there is not isolated a second time)."""
    return _IN_CHILD


def _context():
    """The ``forkserver`` context, its server preloading the renderer (forks are then cheap)."""
    global _CONTEXT
    with _LOCK:
        if _CONTEXT is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["minutes.docx.render", "minutes.docx.template_check"])
            _CONTEXT = context
        return _CONTEXT


def run(func: Callable[..., Any], *args: Any, what: str = "mẫu") -> Any:
    """Return ``func(*args)`` computed in a limited child process.

    ``func`` and ``args`` must be picklable (a module-level function, frozen outlines,
    paths). A :class:`MinutesError` raised in the child is raised here; a passed limit
    is a :class:`TemplateError` naming it; the child never outlives the call.
    """
    limits = (CPU_SECONDS, MEMORY_BYTES)
    here, there = _context().Pipe(duplex=False)
    child = _context().Process(target=_child, args=(there, limits, func, args), daemon=True)
    with _LOCK:
        child.start()
        _LIVE.add(child)
    there.close()
    try:
        answer = _wait(here, WALL_SECONDS)
    finally:
        here.close()
        _end(child)
    if answer is None:
        raise TemplateError(_over(child.exitcode, what))
    kind, value = answer
    if kind == "ok":
        return value
    raise value


def _wait(conn, seconds: float):
    """The child's answer, or None when it died or did not answer within ``seconds``."""
    try:
        if conn.poll(seconds):
            return conn.recv()
    except (EOFError, OSError):
        return None
    return None


def _end(child) -> None:
    """Kill ``child`` if it still runs and reap it."""
    if child.is_alive():
        child.kill()
    child.join()
    with _LOCK:
        _LIVE.discard(child)


def stop_all() -> None:
    """Kill every isolated render still running (the web server stopping)."""
    with _LOCK:
        live = list(_LIVE)
    for child in live:
        if child.is_alive():
            child.kill()


def _over(exitcode: int | None, what: str) -> str:
    """The message for a child that gave no answer, by how it ended."""
    if exitcode == -signal.SIGXCPU:
        return (f"{what} chạy quá {CPU_SECONDS} giây CPU nên đã bị dừng; "
                "hãy kiểm tra các vòng lặp lồng nhau trong mẫu")
    if exitcode is None or exitcode == -signal.SIGKILL:
        return (f"{what} chạy quá {WALL_SECONDS} giây nên đã bị dừng; "
                "hãy kiểm tra các vòng lặp lồng nhau trong mẫu")
    if exitcode == _NO_MEMORY:
        return _memory(what)
    return (f"{what}: tiến trình soạn văn bản dừng bất thường (mã {exitcode}); "
            "hãy thử lại, hoặc kiểm tra mẫu bằng: minutes templates check")


def _memory(what: str) -> str:
    return (f"{what} dùng quá nhiều bộ nhớ (hơn {MEMORY_BYTES // 2**20} MB) nên đã bị dừng; "
            "hãy kiểm tra các vòng lặp, phép nhân và phép nối chuỗi (replace, join, indent) trong mẫu")


def _child(conn, limits: tuple[int, int], func: Callable[..., Any], args: tuple) -> None:
    """The child's work: set the limits, run ``func``, send ("ok", value) or ("error", exc)."""
    import resource

    global _IN_CHILD
    _IN_CHILD = True
    cpu, memory = limits
    _lower(resource.RLIMIT_CPU, cpu, cpu + 2)  # SIGXCPU at the soft limit, SIGKILL at the hard one
    _lower(resource.RLIMIT_AS, memory, memory)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it kills us
    try:
        answer = ("ok", func(*args))
    except MinutesError as exc:
        answer = ("error", _plain(exc))
    except MemoryError:
        answer = ("error", TemplateError(_memory("mẫu")))
    try:
        conn.send(answer)
    except MemoryError:
        os._exit(_NO_MEMORY)
    conn.close()


def _lower(which: int, soft: int, hard: int) -> None:
    """Lower the limit ``which`` to ``soft``/``hard`` (never above a hard limit already set)."""
    import resource

    _, current = resource.getrlimit(which)
    if current != resource.RLIM_INFINITY:
        soft, hard = min(soft, current), min(hard, current)
    resource.setrlimit(which, (soft, hard))


def _plain(exc: MinutesError) -> MinutesError:
    """``exc`` if it survives pickling, else a TemplateError with its text."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except (pickle.PicklingError, TypeError, AttributeError):
        return TemplateError(str(exc))
    return exc
