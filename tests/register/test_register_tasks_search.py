"""Tasks followed up from the next meeting's review, search with or without diacritics, and
an index that follows the files: on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

from click.testing import CliRunner
from docx import Document
from regfixtures import *  # noqa: F403 (the fixtures)

from minutes.cli import main
from minutes.model import TO_FILL
from minutes.outline.load import load_outline
from minutes.register import office, queries
from minutes.register.index import refresh

TODAY = dt.date(2030, 1, 1)  # every due date of the examples is past


def test_tasks_over_the_examples_after_next(folder, db_url):
    earlier = {p: load_outline(str(p)) for p in sorted(folder.glob("*.yaml"))}
    for path in earlier:
        result = CliRunner().invoke(main, ["next", str(path)])
        assert result.exit_code == 0, result.output
    later = [p for p in folder.glob("*.yaml") if p not in earlier]
    assert len(later) == len(earlier)
    # the secretary reports on one task of one meeting, and starts on another
    union = next(p for p in later if p.name.startswith("cong-doan"))
    text = union.read_text(encoding="utf-8")
    first, second = (t.text for t in earlier[folder / "cong-doan-quy-1-2026.yaml"].tasks[:2])
    for task, status in ((first, "Hoàn thành ngày 28/5/2026"), (second, "Đang chuẩn bị sân bãi")):
        start = text.index(f"- text: {task}\n")
        at = text.index('status: ""', start)
        text = text[:at] + f"status: {status}" + text[at + len('status: ""'):]
    union.write_text(text, encoding="utf-8")
    assert "Hoàn thành ngày 28/5/2026" in text and "Đang chuẩn bị sân bãi" in text

    found = office.follow_up([folder], db=db_url, today=TODAY)
    by_task = {(t.outline, t.text): t for t in found}
    expected = [(p.name, " ".join(t.text.split()))
                for p, o in earlier.items() if o.tasks is not TO_FILL for t in o.tasks]
    assert expected and set(expected) <= set(by_task)
    for key in expected:
        task = by_task[key]
        assert task.reviewed_in and task.reviewed_in != key[0]
        if key[1] == first:
            assert (task.status, task.status_text, task.overdue) == (queries.DONE, "Hoàn thành ngày 28/5/2026", False)
        elif key[1] == second:
            assert (task.status, task.status_text, task.overdue) == (queries.GOING, "Đang chuẩn bị sân bãi", True)
        else:
            assert task.status == queries.UNREPORTED and task.status_label == "Chưa báo cáo"
    overdue = [t.overdue for t in found]
    assert overdue == sorted(overdue, reverse=True)  # overdue ones first


def test_tasks_command_filters_and_formats(folder, db_url, tmp_path):
    env = {"MINUTES_DB": db_url}
    result = CliRunner().invoke(main, ["tasks", str(folder), "--owner", "hoi nong dan", "--format", "csv"], env=env)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output.lstrip("\ufeff"))))
    assert rows[0][0] == "Nhiệm vụ" and len(rows) > 1
    assert all("Hội Nông dân" in r[1] for r in rows[1:])
    target = tmp_path / "viec.docx"
    several = CliRunner().invoke(main, ["tasks", str(folder), "--overdue", "--format", "docx", "-o", str(target)],
                                 env=env)
    assert several.exit_code == 1 and "nhiều cơ quan" in several.output and "--body" in several.output
    assert not target.exists()  # a báo cáo is one body's document: nothing under another's header
    result = CliRunner().invoke(main, ["tasks", str(folder), "--overdue", "--body", "mttq", "--format", "docx",
                                       "-o", str(target)], env=env)
    assert result.exit_code == 0, result.output
    doc = Document(str(target))
    assert "BÁO CÁO" in [p.text for p in doc.paragraphs]
    header = " ".join(doc.tables[0].rows[0].cells[0].text.split())
    assert "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN PHÚ THIỆN" in header
    assert doc.tables[1].rows[0].cells[1].text == "Nhiệm vụ" and len(doc.tables[1].rows) > 1


def test_search_with_or_without_diacritics(folder, db_url):
    for words in ("vệ sinh môi trường", "ve sinh moi truong", "VE SINH MOI TRUONG"):
        hits = office.search(words, [folder], db=db_url)
        assert hits, words
    hits = office.search("tao hon can huyet thong", [folder], db=db_url)
    assert hits[0].outline == "mat-tran-giao-ban-quy-3-2021.yaml"
    assert hits[0].date_text == "26/8/2021" and hits[0].title.startswith("Hội nghị giao ban Khối Mặt trận")
    assert "tảo hôn" in hits[0].line and "cận huyết thống" in hits[0].line
    assert office.search("khongcotu xyzzy", [folder], db=db_url) == []


def test_search_command(folder, db_url):
    result = CliRunner().invoke(main, ["search", "bong da nam", str(folder)], env={"MINUTES_DB": db_url})
    assert result.exit_code == 0, result.output
    assert result.output.startswith("cong-doan-quy-1-2026.yaml  08/4/2026  Hội nghị Ban Chấp hành Công đoàn")
    assert "bóng đá nam" in result.output
    missing = CliRunner().invoke(main, ["search", "xyzzy", str(folder)], env={"MINUTES_DB": db_url})
    assert missing.exit_code == 1 and "Không tìm thấy" in missing.output


def test_the_index_follows_the_files(folder, db_url):
    register = office.register_for(folder, db_url)
    assert refresh(register, [folder]) == 5
    assert refresh(register, [folder]) == 0  # nothing changed: nothing read
    path = folder / "toi-thieu.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("tháng 3 năm 2026", "tháng 3 năm 2026 về phòng cháy rừng phi lao"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    assert [h.outline for h in office.search("phong chay rung phi lao", [folder], db=db_url)] == ["toi-thieu.yaml"]
    path.unlink()
    assert office.search("phong chay rung phi lao", [folder], db=db_url) == []
    assert "toi-thieu.yaml" not in [e["name"] for e in office.folder_entries(folder, db_url)]
    touched = folder / "cong-doan-quy-1-2026.yaml"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10_000_000))
    assert refresh(register, [folder]) == 0  # same bytes: not parsed again
