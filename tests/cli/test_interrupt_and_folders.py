"""Ctrl-C in a batch names what was written and what was not; ``-o`` into a missing folder
creates it, as ``-d`` does (render, next, import)."""

from __future__ import annotations

import shutil

import pytest
from conftest import EXAMPLES, ROOT

from minutes import api

FULL = ROOT / "tests" / "data" / "render" / "state-full.yaml"


def _stop_at(index: int):
    """A progress hook that is interrupted (Ctrl-C) when item ``index`` comes up."""
    def progress(names):
        for i, name in enumerate(names):
            if i == index:
                raise KeyboardInterrupt
            yield name
    return progress


def test_ctrl_c_in_a_batch_names_what_was_written_and_what_not(tmp_path):
    names = []
    for i in range(5):
        copy = tmp_path / f"hop-{i}.yaml"
        shutil.copy(EXAMPLES[0], copy)
        names.append(str(copy))
    out = tmp_path / "out"
    with pytest.raises(api.BatchInterrupted) as caught:
        api.render(names, directory=str(out), progress=_stop_at(2), jobs=1)
    report = caught.value.report()
    written = sorted(p.name for p in out.iterdir())
    assert written == ["hop-0.docx", "hop-1.docx"]
    for name in written:
        assert f"Đã ghi {out / name}" in report
    for i in (2, 3, 4):
        assert f"Chưa soạn {names[i]}" in report
    assert "đã ghi 2 tệp; 3 đề cương chưa soạn xong" in report
    assert caught.value.exit_code == 130


def test_ctrl_c_reported_by_the_cli(invoke, tmp_path, monkeypatch):
    from minutes import cli

    names = []
    for i in range(3):
        shutil.copy(EXAMPLES[0], tmp_path / f"hop-{i}.yaml")
        names.append(tmp_path / f"hop-{i}.yaml")
    monkeypatch.setattr(cli, "_progress", _stop_at(1))
    result = invoke("render", *names, "-d", tmp_path / "out", "-j", "1")
    assert result.exit_code == 130
    assert f"Đã ghi {tmp_path / 'out' / 'hop-0.docx'}" in result.stderr
    assert f"Chưa soạn {tmp_path / 'hop-2.yaml'}" in result.stderr


def test_render_o_into_a_missing_folder_creates_it_like_d(invoke, tmp_path):
    target = tmp_path / "moi" / "sau" / "bien-ban.docx"
    result = invoke("render", FULL, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert target.is_file()
    assert invoke("render", FULL, "-d", tmp_path / "khac" / "nua").exit_code == 0


def test_o_under_a_file_is_refused_by_both(invoke, tmp_path):
    (tmp_path / "tep").write_text("x")
    by_o = invoke("render", FULL, "-o", tmp_path / "tep" / "x.docx")
    by_d = invoke("render", FULL, "-d", tmp_path / "tep")
    assert by_o.exit_code == 1 and by_d.exit_code != 0
    assert "không phải thư mục" in by_o.stderr and "Traceback" not in by_o.output
    assert not any(p.suffix == ".docx" for p in tmp_path.rglob("*"))


def test_next_o_into_a_missing_folder_creates_it(invoke, tmp_path):
    target = tmp_path / "ky-sau" / "q2.yaml"
    result = invoke("next", EXAMPLES[0], "-o", target)
    assert result.exit_code == 0, result.stderr
    assert target.is_file()
