"""Run one function over many items on the machine's cores, the results in the items' order.

:func:`ordered_map` is what a batch render (:func:`minutes.api.render_batch`) runs its
outlines through. With enough items and more than one job it hands them to worker
processes (``fork`` on Linux, after rendering the first item here so that the workers
inherit loaded modules and warm caches; the platform's default elsewhere) and yields
the results in the items' order, whatever order the workers finish in; otherwise, or
when no worker can be started (a sandbox that forbids it), it runs them in this
process. The function must be picklable (a
module-level function or a :func:`functools.partial` of one) and so must what it
returns; :class:`~minutes.errors.MinutesError` pickles whatever its ``__init__``.

Ctrl-C: the workers ignore SIGINT. The parent tells them to stop, cancels what has
not started and waits for the outline each worker is on, so that no worker is ever
killed in the middle of writing a file; then the interrupt goes on up.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from typing import Any

# multiprocessing and concurrent.futures are imported where a pool is made: one outline
# (most renders) never needs them, and they take a fresh process ~25 ms to import.

MIN_ITEMS = 8
"""Fewer items than this run in this process: starting workers would not pay off."""
JOBS_ENV = "MINUTES_JOBS"
"""The environment variable read for the number of jobs when none is given."""
MAX_CHUNK = 8

_stop = None  # in a worker: the event the parent sets on Ctrl-C


class Stopped:
    """What a worker returns for an item it skipped because the batch was interrupted."""


def usable_cpus() -> int:
    """Return how many CPUs this process may run on (its affinity where the system has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def parse_jobs(text: str | int) -> int:
    """Return the number of jobs ``text`` asks for; raise ValueError unless it is a whole number >= 1."""
    value = int(str(text).strip())
    if value < 1:
        raise ValueError(text)
    return value


def default_jobs() -> int:
    """Return ``MINUTES_JOBS`` when it is set to a valid number, else the usable CPUs."""
    try:
        return parse_jobs(os.environ[JOBS_ENV])
    except (KeyError, ValueError):
        return usable_cpus()


def workers_for(count: int, jobs: int | None) -> int:
    """Return how many worker processes ``count`` items get (0: run them in this process)."""
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or count < MIN_ITEMS:
        return 0
    return min(jobs, count)


def ordered_map(fn: Callable[[Any], Any], items: Sequence, jobs: int | None = None) -> Generator[Any, None, None]:
    """Yield ``fn(item)`` for each of ``items`` in order, in worker processes when it pays off.

    ``jobs``: at most this many processes (None: :func:`default_jobs`; 1: this process).
    Close the iterator (or exhaust it) to release the workers.
    """
    workers = workers_for(len(items), jobs)
    done = 0
    if workers and _context().get_start_method() == "fork":
        yield fn(items[0])  # here first: the workers inherit its imports and warm caches
        done = 1
    if workers:
        from concurrent.futures.process import BrokenProcessPool

        try:
            with closing(_pooled(fn, items[done:], min(workers, len(items) - done))) as results:
                for result in results:
                    done += 1
                    yield result
            return
        except (OSError, BrokenProcessPool, NotImplementedError, ImportError):
            pass  # no worker can run here (or one died): the rest in this process
    for item in items[done:]:
        yield fn(item)


def chunk_size(count: int, workers: int) -> int:
    """Items sent to a worker at a time: small enough that the work stays balanced."""
    return max(1, min(MAX_CHUNK, count // (workers * 8)))


def _context():
    """The start method: ``fork`` on Linux (cheap, minutes already loaded) unless other threads
    run here (a fork copies their locks as they are: then ``forkserver``), else the default."""
    import multiprocessing

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork" if threading.active_count() == 1 else "forkserver")
    return multiprocessing.get_context()


def _pooled(fn: Callable, items: Sequence, workers: int) -> Generator[Any, None, None]:
    """Yield ``fn(item)`` computed by ``workers`` processes, in the items' order."""
    from concurrent.futures import ProcessPoolExecutor

    context = _context()
    stop = context.Event()
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(stop,))
    try:
        with _sigint_blocked():  # workers are started inside map(): none may see Ctrl-C before ignoring it
            results = pool.map(_call, [(fn, item) for item in items], chunksize=chunk_size(len(items), workers))
        for result in results:
            if isinstance(result, Stopped):  # pragma: no cover (only after the parent was interrupted)
                raise KeyboardInterrupt
            yield result
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(stop) -> None:
    """In a new worker: ignore Ctrl-C (the parent decides), remember the stop event."""
    global _stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _stop = stop


def _call(job: tuple[Callable, Any]) -> Any:
    """In a worker: run one item, unless the parent asked the batch to stop."""
    fn, item = job
    if _stop is not None and _stop.is_set():
        return Stopped()
    return fn(item)


class _sigint_blocked:
    """Hold SIGINT back in this thread (and the processes and threads it starts) for a while."""

    def __enter__(self):
        self.old = None
        if hasattr(signal, "pthread_sigmask"):
            self.old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        return self

    def __exit__(self, *exc) -> None:
        if self.old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.old)
