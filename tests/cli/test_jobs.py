"""``minutes render -j N``: a batch on several processes writes exactly what one process writes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, ctrl_c_as_at_a_terminal
from docx import Document
from patience import patience

from minutes import api

BAD = ROOT / "tests" / "data" / "outlines" / "invalid-unknown-keys.yaml"
_render_outline = api.render_outline


def spy_render_outline(name, *args, **kwargs):
    """api.render_outline, leaving a file named after the process that ran it in ../pids."""
    (Path(name).parent.parent / "pids" / str(os.getpid())).touch()
    return _render_outline(name, *args, **kwargs)


@pytest.fixture
def processes(monkeypatch, tmp_path):
    """The ids of the processes that rendered outlines (a set, read after the run)."""
    folder = tmp_path / "pids"
    folder.mkdir()
    monkeypatch.setattr(api.rendering, "render_outline", spy_render_outline)
    return lambda: {int(p.name) for p in folder.iterdir()}


def outline_folder(tmp_path: Path, copies: int = 2, bad_at: tuple[int, ...] = ()) -> Path:
    """A folder of the examples, ``copies`` times over, with the invalid outline at ``bad_at``."""
    folder = tmp_path / "in"
    folder.mkdir()
    sources = [path for _ in range(copies) for path in EXAMPLES]
    for index in bad_at:
        sources.insert(index, BAD)
    for n, source in enumerate(sources):
        shutil.copy(source, folder / f"{n:02d}-{source.stem}.yaml")
    return folder


def render(invoke, folder: Path, out: Path, *args):
    result = invoke("render", folder, "-d", out, *args)
    return result, result.stdout.replace(str(out), "OUT"), result.stderr.replace(str(out), "OUT")


def test_two_processes_write_the_same_bytes_as_one(invoke, tmp_path, processes):
    folder = outline_folder(tmp_path)
    one, one_out, one_err = render(invoke, folder, tmp_path / "one", "-j", "1", "--all")
    assert processes() == {os.getpid()}
    two, two_out, two_err = render(invoke, folder, tmp_path / "two", "-j", "2", "--all")
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert processes() - {os.getpid()}, "no worker process rendered anything"
    assert (one_out, one_err) == (two_out, two_err)
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert len(names) > len(EXAMPLES) * 2 and names == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_failures_in_the_middle_come_in_order_and_the_rest_is_written(invoke, tmp_path, processes):
    folder = outline_folder(tmp_path, bad_at=(3, 8))
    runs = [render(invoke, folder, tmp_path / f"out{jobs}", "-j", jobs) for jobs in ("1", "2")]
    assert processes() - {os.getpid()}
    (one, one_out, one_err), (two, two_out, two_err) = runs
    assert one.exit_code == two.exit_code == 1
    assert (one_out, one_err) == (two_out, two_err)
    assert two_out.splitlines() == [f"Đã ghi {Path('OUT') / p.with_suffix('.docx').name}"
                                    for p in sorted(folder.iterdir()) if "invalid" not in p.name]
    failed = [line for line in two_err.splitlines() if "meetng" in line]
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in failed] == [
        "03-invalid-unknown-keys.yaml", "08-invalid-unknown-keys.yaml"]
    assert "2/12 đề cương có lỗi." in two_err


def test_warnings_come_in_the_outlines_order(invoke, tmp_path, processes):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(12):
        (folder / f"hop-{n:02d}.yaml").write_text(
            f'organization: {{name: "Ủy ban nhân dân xã An Phú", code: UBND}}\n'
            f'meeting: {{title: "Hội\u200b nghị lần {n}", date: 5/2/2026, start: 8h, location: Hội trường}}\n'
            "chair: Nguyễn An - Chủ tịch\n", encoding="utf-8")
    result = invoke("render", folder, "-d", tmp_path / "out", "-j", "2")
    assert result.exit_code == 0, result.stderr
    assert processes() - {os.getpid()}
    warned = [line.split(":")[1].strip() for line in result.stderr.splitlines() if line.startswith("Lưu ý: ")]
    assert warned == [str(folder / f"hop-{n:02d}.yaml") for n in range(12)]


@pytest.mark.parametrize("value", ["0", "-1", "hai", "1.5"])
def test_a_wrong_number_of_jobs_is_refused_in_vietnamese(invoke, tmp_path, value):
    result = invoke("render", EXAMPLES[0], "-d", tmp_path, f"--jobs={value}")
    assert result.exit_code == 2
    assert "Giá trị không hợp lệ cho '-j' / '--jobs'" in result.stderr
    assert f"cần một số nguyên từ 1 trở lên (số tiến trình), không phải '{value}'" in result.stderr
    assert not list(tmp_path.iterdir())


def test_minutes_jobs_is_honoured(invoke, tmp_path, processes, monkeypatch):
    folder = outline_folder(tmp_path)
    monkeypatch.setenv("MINUTES_JOBS", "1")
    assert invoke("render", folder, "-d", tmp_path / "a").exit_code == 0
    assert processes() == {os.getpid()}
    monkeypatch.setenv("MINUTES_JOBS", "2")
    assert invoke("render", folder, "-d", tmp_path / "b").exit_code == 0
    assert processes() - {os.getpid()}
    monkeypatch.setenv("MINUTES_JOBS", "không")
    result = invoke("render", folder, "-d", tmp_path / "c")
    assert result.exit_code == 2 and "(biến môi trường MINUTES_JOBS)" in result.stderr


def test_the_progress_advances_once_per_outline(tmp_path):
    folder = outline_folder(tmp_path)
    names = api.expand_outlines([str(folder)])
    shown = []

    def progress(items):
        for item in items:
            shown.append(item)
            yield item

    result = api.render_batch(names, str(tmp_path / "out"), progress=progress, jobs=2)
    assert shown == names and result.written == [tmp_path / "out" / f"{Path(n).stem}.docx" for n in names]


def test_outlines_that_could_write_one_file_stay_in_order(tmp_path):
    assert api.may_collide(["a/hop.yaml", "b/hop.yml"], "out")
    assert api.may_collide(["a/hop.yaml", "a/hop-giay-moi.yaml"], None)
    assert not api.may_collide(["a/hop.yaml", "b/hop.yml"], None)
    assert not api.may_collide(["a/00-hop.yaml", "a/01-hop.yaml", "a/hop2.yaml"], None)


def test_ctrl_c_stops_cleanly_with_no_partial_file(tmp_path):
    folder = outline_folder(tmp_path, copies=8)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "minutes", "render", str(folder), "-d", str(out), "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True,
                            preexec_fn=ctrl_c_as_at_a_terminal)
    for _ in range(600):  # the first documents are written: the workers are at work
        if proc.poll() is not None or (out.is_dir() and len(list(out.glob("*.docx"))) >= 3):
            break
        time.sleep(0.05)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal does on Ctrl-C: the whole group
    stdout, stderr = proc.communicate(timeout=patience(120))
    assert b"Traceback" not in stderr, stderr.decode()
    assert proc.returncode in (0, 130), stderr.decode()  # 130: stopped by Ctrl-C
    assert sorted(p.name for p in out.iterdir() if p.suffix != ".docx") == []  # no temporary left
    for docx in out.glob("*.docx"):
        assert Document(str(docx)).paragraphs, docx  # every file written is whole
        if proc.returncode == 130:  # each file is named: written, or maybe written by a worker stopping
            assert str(docx) in stderr.decode(), stderr.decode()
    if proc.returncode == 130:
        assert "Chưa soạn" in stderr.decode()
