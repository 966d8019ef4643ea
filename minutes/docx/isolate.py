"""Run untrusted work in a child process with limits the operating system enforces.

Two kinds of work are untrusted: a user's template (the sandbox of
:mod:`minutes.docx.sandbox` keeps it away from Python internals and refuses the values it
can see growing, but cannot stop a loop that only spins, nor every way of building
gigabytes), and the reading of a .docx someone else made (``lint``, ``import``, the
web form's import, ``pdf``: the budgets of :mod:`minutes.docx.safezip` are counted, not
measured, and a shape of file they do not foresee could still cost minutes or
gigabytes). A timer (SIGALRM) does nothing in the web form's worker threads. So both run
in a child process (:class:`Worker`):

* in the child, :func:`resource.setrlimit` caps CPU time (the kernel ends it with
  SIGXCPU) and address space (an allocation past it fails with MemoryError); core
  dumps are off;
* the parent waits a bounded wall-clock time for each answer, then kills the child (a
  child asleep or blocked uses no CPU); Ctrl-C, or a server stopping, kills it too.

A worker may run several calls one after another (``minutes lint`` of many files: one
child for the batch, each file under its own CPU and wall-clock limit, measured from where
the previous file ended); a call that passes a limit kills the child, and the next call
starts a new one. Whatever happens, no child is left when the worker is closed: a
:class:`~minutes.errors.MinutesError` says in Vietnamese which limit was passed.
Children are forked from a small fork server started once (:mod:`multiprocessing`'s
``forkserver``, with what the children will run imported, :func:`prepare`), never from the
threaded web server itself.

:func:`run` runs a user's template (:data:`CPU_SECONDS`, :data:`MEMORY_BYTES`,
:data:`WALL_SECONDS`); :func:`read_received` and :class:`Reader` read received files
under :func:`reading_limits` (which the environment variables ``MINUTES_READ_CPU_SECONDS``,
``MINUTES_READ_MEMORY_MB`` and ``MINUTES_READ_WALL_SECONDS`` may lower, never raise: the tests
lower them to show a file stopped by the system).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from minutes.errors import MinutesError, TemplateError
from minutes.i18n import N_, _, language

CPU_SECONDS = 30
"""CPU time one isolated render may use."""
WALL_SECONDS = 60
"""Wall-clock time the parent waits for one isolated render before killing it."""
MEMORY_BYTES = 1024 * 1024 * 1024
"""Address space one isolated render may map (the interpreter and its libraries included)."""

READ_CPU_SECONDS = 30
"""CPU time the reading of one received .docx may use. The budgets of :mod:`minutes.docx.safezip`
refuse the hostile files known in well under a second; importing minutes' own largest outputs
(the .docx of a 1 MiB outline of indicators, 45,000 paragraphs) takes about 4 s in the child
(benchmarks/import_large.py), the loader's verdict on the outline written being given outside it."""
READ_WALL_SECONDS = 60
"""Wall-clock time the parent waits for the reading of one received .docx (the machine may be busy)."""
READ_MEMORY_BYTES = 1024 * 1024 * 1024
"""Address space the child reading received files may map (1 GiB)."""
_READ_ENV = {"cpu": "MINUTES_READ_CPU_SECONDS", "memory": "MINUTES_READ_MEMORY_MB",
             "wall": "MINUTES_READ_WALL_SECONDS"}

_NO_MEMORY = 3
"""The exit code of a child that had no memory left even to answer."""
_IN_CHILD = False
_LIVE: set[multiprocessing.process.BaseProcess] = set()
_LOCK = threading.Lock()
_CONTEXT = None
_PREPARED: list[str] = []
"""Modules named by :func:`prepare`, imported by the fork server when it starts."""
_USAGE = threading.local()


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits of one call: CPU seconds, address space in bytes, wall-clock seconds."""

    cpu: int
    memory: int
    wall: float


@dataclass(frozen=True, slots=True)
class Usage:
    """What one call used in its child: CPU seconds (user and system) and the child's peak
    resident memory in bytes (what it inherited from the fork server included)."""

    cpu: float
    peak: int


def in_child() -> bool:
    """True inside an isolated child (work there is not isolated a second time)."""
    return _IN_CHILD


def last_usage() -> Usage | None:
    """The :class:`Usage` of the last call this thread made in a child (None before any)."""
    return getattr(_USAGE, "value", None)


def prepare(*modules: str) -> bool:
    """Name modules the fork server imports once when it starts, so that every child starts
    with them imported (and whatever they do on import done).

    A process that starts many children names what they will all need: the web server
    names the readers' warm-ups (``minutes.lint.warm``, ``minutes.importer.warm``: a first lint
    and import of a built-in document, done once there instead of in every child). A command
    that reads one file names nothing: warming a server for one child costs more CPU than the
    child saves (benchmarks/reading_fresh.py). Without names the server imports ``__main__``
    (the program's main script, under the name ``__mp_main__``, without running what its
    ``if __name__ == "__main__"`` guards) and the module of the first function a child runs.
    Returns False when the fork server has already started: the names come too late.
    """
    with _LOCK:
        _PREPARED.extend(m for m in modules if m not in _PREPARED)
        return _CONTEXT is None


def _context(func: Callable[..., Any]):
    """The ``forkserver`` context; the server, started for the first child of this process (which
    runs ``func``), preloads ``__main__``, ``func``'s module and what :func:`prepare` named."""
    global _CONTEXT
    with _LOCK:
        if _CONTEXT is None:
            context = multiprocessing.get_context("forkserver")
            preload = ["__main__", func.__module__, *_PREPARED]
            context.set_forkserver_preload(list(dict.fromkeys(preload)))
            _CONTEXT = context
        return _CONTEXT


Over = Callable[[str, Limits, "int | None"], MinutesError]
"""Makes the error for a call that passed a limit: (which: "cpu", "wall", "memory" or
"crash"; the limits; the child's exit code)."""


class Worker:
    """A limited child process that runs calls one after another (see the module docstring).

    Use it as a context manager; :meth:`call` returns ``func(*args)`` computed in the child.
    ``memory`` caps the child's address space; each call has its own CPU and wall-clock
    limits. ``over`` makes the error raised when a call passes one.
    """

    def __init__(self, memory: int, over: Over) -> None:
        self.memory, self.over = memory, over
        self._child: multiprocessing.process.BaseProcess | None = None
        self._conn: Any = None

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def call(self, func: Callable[..., Any], *args: Any, cpu: int, wall: float) -> Any:
        """``func(*args)`` in the child under ``cpu`` seconds of CPU and ``wall`` seconds.

        ``func`` and ``args`` must be picklable (a module-level function, frozen objects,
        paths, bytes). A :class:`MinutesError` raised in the child is raised here; a passed
        limit is the error ``over`` makes, and the child is gone.
        """
        if in_child():  # already limited: no child of a child
            return func(*args)
        limits = Limits(cpu, self.memory, wall)
        if self._child is None:
            self._start(func)
        try:
            self._conn.send((func, args, cpu))
            answer = _wait(self._conn, wall)
        except (OSError, EOFError):  # the child died before it read the call
            answer = None
        if answer is None:
            code = self._stop()
            raise self.over(_which(code), limits, code)
        kind, value, usage = answer
        _USAGE.value = usage
        if kind == "memory":
            self._stop()  # what is left of its heap is not worth keeping
            raise self.over("memory", limits, None)
        if kind == "ok":
            return value
        raise value

    def _start(self, func: Callable[..., Any]) -> None:
        context = _context(func)
        here, there = context.Pipe(duplex=True)
        # the fork server keeps the environment it started with: the child speaks the caller's language
        child = context.Process(target=_serve, args=(there, self.memory, language()), daemon=True)
        with _LOCK:
            child.start()
            _LIVE.add(child)
        there.close()
        self._child, self._conn = child, here

    def _stop(self) -> int | None:
        """Kill the child if it still runs, reap it; its exit code."""
        child, conn = self._child, self._conn
        self._child = self._conn = None
        if child is None:
            return None
        conn.close()
        _end(child)
        return child.exitcode

    def close(self) -> None:
        """Let the child end (kill it if it does not at once); nothing is left running."""
        if self._child is not None:
            try:
                self._conn.send(None)
            except OSError:
                pass
            self._child.join(1)
            self._stop()


def run(func: Callable[..., Any], *args: Any, what: str = N_("mẫu")) -> Any:
    """Return ``func(*args)`` computed in a child under the template limits.

    ``func`` and ``args`` must be picklable (a module-level function, frozen outlines,
    paths). A :class:`MinutesError` raised in the child is raised here; a passed limit
    is a :class:`TemplateError` naming it; the child never outlives the call.
    """
    def over(which: str, limits: Limits, code: int | None) -> MinutesError:
        return TemplateError(_over(which, code, what))

    with Worker(MEMORY_BYTES, over) as worker:
        return worker.call(func, *args, cpu=CPU_SECONDS, wall=WALL_SECONDS)


def reading_limits() -> Limits:
    """The limits of reading one received file: :data:`READ_CPU_SECONDS`, :data:`READ_MEMORY_BYTES`,
    :data:`READ_WALL_SECONDS`, each lowered by its environment variable (``MINUTES_READ_CPU_SECONDS``,
    ``MINUTES_READ_MEMORY_MB``, ``MINUTES_READ_WALL_SECONDS``) when set to a smaller whole number."""
    return Limits(_lowered("cpu", READ_CPU_SECONDS), _lowered("memory", READ_MEMORY_BYTES // 2**20) * 2**20,
                  _lowered("wall", READ_WALL_SECONDS))


def _lowered(which: str, value: int) -> int:
    """``value``, or the environment's smaller whole number for it (``_READ_ENV``)."""
    text = os.environ.get(_READ_ENV[which], "").strip()
    return min(value, max(1, int(text))) if text.isdigit() else value


class Reader:
    """A :class:`Worker` for received files: ``lint`` of many files reads them all in one child,
    each under :func:`reading_limits`; a file that passes a limit raises ``error``
    with a message naming it, and the next file gets a new child."""

    def __init__(self, error: type[MinutesError] = MinutesError) -> None:
        self.error = error
        self._worker = Worker(reading_limits().memory, self._over)
        self._name = ""

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._worker.close()

    def read(self, func: Callable[..., Any], *args: Any, name: str) -> Any:
        """``func(*args)`` in the child, the reading of the file ``name``."""
        limits = reading_limits()
        self._name = name
        return self._worker.call(func, *args, cpu=limits.cpu, wall=limits.wall)

    def _over(self, which: str, limits: Limits, code: int | None) -> MinutesError:
        return self.error(reading_over(self._name, which, limits, code))


def read_received(func: Callable[..., Any], *args: Any, name: str,
                  error: type[MinutesError] = MinutesError) -> Any:
    """``func(*args)``, the reading of one received file, in a child (see :class:`Reader`)."""
    with Reader(error) as reader:
        return reader.read(func, *args, name=name)


def reading_over(name: str, which: str, limits: Limits, code: int | None) -> str:
    """The message for the reading of ``name`` that passed the limit ``which``."""
    limit = {"cpu": _("{seconds} giây CPU").format(seconds=limits.cpu),
             "wall": _("{seconds} giây").format(seconds=f"{limits.wall:g}"),
             "memory": _("{size} MB bộ nhớ").format(size=limits.memory // 2**20)}.get(which)
    if limit is None:
        return _("{name}: tiến trình đọc tệp {name} dừng bất thường (mã {code}); hãy thử lại, "
                 "hoặc mở tệp bằng Word, lưu lại rồi thử lại").format(name=name, code=code)
    return _("{name}: vượt giới hạn {limit} khi đọc tệp {name} nên đã dừng; tệp quá nặng, bị hỏng hoặc "
             "được làm ra để gây quá tải. Hãy mở bằng Word, lưu lại rồi thử lại, hoặc tách thành nhiều tệp "
             "nhỏ hơn").format(name=name, limit=limit)


def _which(exitcode: int | None) -> str:
    """Which limit a child that gave no answer passed, by how it ended."""
    if exitcode == -signal.SIGXCPU:
        return "cpu"
    if exitcode is None or exitcode == -signal.SIGKILL:
        return "wall"
    if exitcode == _NO_MEMORY:
        return "memory"
    return "crash"


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
    """Kill every isolated child still running (the web server stopping)."""
    with _LOCK:
        live = list(_LIVE)
    for child in live:
        if child.is_alive():
            child.kill()


def _over(which: str, exitcode: int | None, what: str) -> str:
    """The message for a template render that passed the limit ``which``."""
    if which == "cpu":
        return _("{what} chạy quá {seconds} giây CPU nên đã bị dừng; "
                 "hãy kiểm tra các vòng lặp lồng nhau trong mẫu").format(what=_(what), seconds=CPU_SECONDS)
    if which == "wall":
        return _("{what} chạy quá {seconds} giây nên đã bị dừng; "
                 "hãy kiểm tra các vòng lặp lồng nhau trong mẫu").format(what=_(what), seconds=WALL_SECONDS)
    if which == "memory":
        return _memory(what)
    return _("{what}: tiến trình soạn văn bản dừng bất thường (mã {code}); "
             "hãy thử lại, hoặc kiểm tra mẫu bằng: minutes templates check").format(what=_(what), code=exitcode)


def _memory(what: str) -> str:
    return _("{what} dùng quá nhiều bộ nhớ (hơn {size} MB) nên đã bị dừng; "
             "hãy kiểm tra các vòng lặp, phép nhân và phép nối chuỗi (replace, join, indent) trong mẫu").format(
        what=_(what), size=MEMORY_BYTES // 2**20)


def _serve(conn, memory: int, lang: str = "vi") -> None:
    """The child: cap its memory, then run each call sent under a fresh CPU limit and answer
    ("ok", value, usage), ("error", exc, usage) or ("memory", None, usage); None ends it.
    Its messages are in ``lang``, the language of the parent that started it."""
    import resource

    global _IN_CHILD
    _IN_CHILD = True
    os.environ["MINUTES_LANG"] = lang
    _lower(resource.RLIMIT_AS, memory, memory)
    _lower(resource.RLIMIT_CORE, 0, 0)  # SIGXCPU would dump core
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it kills us
    signal.signal(signal.SIGXCPU, signal.SIG_DFL)  # the kernel's SIGXCPU ends the child
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            break
        except MemoryError:  # not even room for the call's arguments
            os._exit(_NO_MEMORY)
        if job is None:
            break
        func, args, cpu = job
        before = _cpu()
        # SIGXCPU once this call has used ``cpu`` seconds (less than one more: the limit is whole seconds)
        _lower(resource.RLIMIT_CPU, math.ceil(before + cpu), resource.RLIM_INFINITY)
        try:
            kind, value = "ok", func(*args)
        except MinutesError as exc:
            kind, value = "error", _plain(exc)
        except MemoryError:
            kind, value = "memory", None
        usage = Usage(_cpu() - before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
        try:
            conn.send((kind, value, usage))
        except MemoryError:
            os._exit(_NO_MEMORY)
    conn.close()


def _cpu() -> float:
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def _lower(which: int, soft: int, hard: int) -> None:
    """Set the limit ``which`` to ``soft``/``hard``, never above a hard limit already set."""
    import resource

    _, current = resource.getrlimit(which)
    if current != resource.RLIM_INFINITY:
        soft = min(soft, current)
        hard = current if hard == resource.RLIM_INFINITY else min(hard, current)
    resource.setrlimit(which, (soft, hard))


def _plain(exc: MinutesError) -> MinutesError:
    """``exc`` if it survives pickling, else a TemplateError with its text."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except (pickle.PicklingError, TypeError, AttributeError):
        return TemplateError(str(exc))
    return exc
