"""minutes.batch: items run in worker processes come back in order; errors and outlines pickle."""

from __future__ import annotations

import inspect
import os
import pickle
from pathlib import Path

import pytest
from conftest import EXAMPLES

from minutes import api, batch
from minutes.errors import MinutesError, OutlineError, Problem
from minutes.files import InputTooLarge
from minutes.importer import NotMinutesError
from minutes.outline import load_outline


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def _fail_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("bảy")
    return n


PARENT = os.getpid()


def _die_in_a_worker_on_five(n: int) -> tuple[int, int]:
    if n == 5 and os.getpid() != PARENT:
        os._exit(3)  # a worker killed (out of memory, kill -9)
    return os.getpid(), n


def all_subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | all_subclasses(sub)
    return found


def import_everything() -> None:
    import importlib
    import pkgutil

    import minutes

    for module in pkgutil.walk_packages(minutes.__path__, "minutes."):
        if ".migrations" in module.name:  # Alembic runs these itself, inside a migration context
            continue
        try:
            importlib.import_module(module.name)
        except ImportError:  # minutes.pdf.worker needs LibreOffice's uno
            pass


PROBLEM = Problem("hop.yaml", 4, 1, "meetng", "khóa không có trong đề cương")
CUSTOM = {OutlineError: OutlineError([PROBLEM, PROBLEM]), InputTooLarge: InputTooLarge("quá lớn", 30, 20),
          NotMinutesError: NotMinutesError("a.docx: đây là quyết định", "quyết định"),
          api.BatchInterrupted: api.BatchInterrupted(api.BatchResult(written=[Path("a.docx")]), ["b.yaml"], [])}
"""An instance of each MinutesError subclass whose ``__init__`` takes something else than a message."""


def test_every_minutes_error_survives_pickling():
    import_everything()
    subclasses = all_subclasses(MinutesError)
    assert len(subclasses) >= 10
    for cls in sorted(subclasses, key=lambda c: c.__qualname__):
        if "__init__" in vars(cls) and cls not in CUSTOM:
            pytest.fail(f"{cls.__qualname__} has its own __init__{inspect.signature(cls)}: add it to CUSTOM")
        error = CUSTOM.get(cls) or cls(f"{cls.__name__}: lỗi ở tệp a.yaml")
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is cls
        assert back.report() == error.report() and str(back) == str(error) and back.args == error.args
        assert vars(back) == vars(error)
    assert CUSTOM[OutlineError].problems == pickle.loads(pickle.dumps(CUSTOM[OutlineError])).problems
    assert pickle.loads(pickle.dumps(CUSTOM[InputTooLarge])).limit == 20
    assert pickle.loads(pickle.dumps(CUSTOM[NotMinutesError])).kind == "quyết định"


def test_outlines_pickle_unchanged():
    for path in EXAMPLES:
        outline = load_outline(path)
        assert pickle.loads(pickle.dumps(outline)) == outline


def test_results_come_back_in_order_from_other_processes():
    results = list(batch.ordered_map(_pid_and_square, list(range(40)), jobs=2))
    assert [square for _, square in results] == [n * n for n in range(40)]
    assert {pid for pid, _ in results} - {os.getpid()}  # workers did the work


@pytest.mark.parametrize("items, jobs", [(list(range(batch.MIN_ITEMS - 1)), 4), (list(range(20)), 1)])
def test_few_items_or_one_job_stay_in_this_process(items, jobs):
    results = list(batch.ordered_map(_pid_and_square, items, jobs=jobs))
    assert results == [(os.getpid(), n * n) for n in items]


def test_a_bug_in_a_worker_is_raised_here():
    with pytest.raises(ValueError, match="bảy"):
        list(batch.ordered_map(_fail_on_seven, list(range(20)), jobs=2))


def test_a_worker_that_dies_leaves_the_rest_to_this_process():
    results = list(batch.ordered_map(_die_in_a_worker_on_five, list(range(30)), jobs=2))
    assert [n for _, n in results] == list(range(30))
    assert {n: pid for pid, n in results}[5] == PARENT


def test_no_workers_allowed_means_this_process(monkeypatch):
    def forbidden(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", forbidden)  # batch imports it when it makes a pool
    results = list(batch.ordered_map(_pid_and_square, list(range(20)), jobs=2))
    assert results == [(os.getpid(), n * n) for n in range(20)]


def test_jobs_from_the_environment(monkeypatch):
    monkeypatch.setenv(batch.JOBS_ENV, "3")
    assert batch.default_jobs() == 3
    for bad in ("0", "-2", "hai", ""):
        monkeypatch.setenv(batch.JOBS_ENV, bad)
        assert batch.default_jobs() == batch.usable_cpus() >= 1
    monkeypatch.delenv(batch.JOBS_ENV)
    assert batch.workers_for(100, None) == (batch.usable_cpus() if batch.usable_cpus() > 1 else 0)
    assert batch.workers_for(3, 2) == 0 and batch.workers_for(100, 1) == 0 and batch.workers_for(9, 16) == 9


def test_ctrl_c_while_writing_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    from minutes import files

    target = tmp_path / "hop.docx"
    target.write_bytes(b"old")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(target, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["hop.docx"] and target.read_bytes() == b"old"


def test_with_other_threads_running_no_fork():
    import threading

    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert batch._context().get_start_method() == "forkserver"
        results = list(batch.ordered_map(_pid_and_square, list(range(12)), jobs=2))
    finally:
        release.set()
        thread.join()
    assert [square for _, square in results] == [n * n for n in range(12)]
