"""``minutes tasks --format docx``: a báo cáo of the issuing body in its style (its header, số
left blank, place and date, the counts, a row per task, Nơi nhận, the signer it names or
dotted lines), read back with python-docx and passed through ``minutes lint``."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from click.testing import CliRunner
from docx import Document
from regfixtures import EXAMPLES

from minutes.cli import main
from minutes.lint import lint_document
from minutes.register import office

UNION = "cong-doan-quy-1-2026.yaml"
PARTY = "dang-bo-doan-the-2020.yaml"


def squeeze(text: str) -> str:
    return " ".join(text.split())


def cells(table) -> list[str]:
    """Every cell's text, row by row, spaces squeezed."""
    return [squeeze(c.text) for row in table.rows for c in row.cells]


def report(tmp_path, *names: str, args=(), edit=None):
    """Copy ``names`` from the examples to a folder, roll the first over with ``next`` (its
    tasks get a review to fill), run ``minutes tasks --format docx``; return the result and
    the document (None when refused)."""
    folder = tmp_path / "hop"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, folder / name)
        if edit:
            (folder / name).write_text(edit((folder / name).read_text(encoding="utf-8")), encoding="utf-8")
    assert CliRunner().invoke(main, ["next", str(folder / names[0])]).exit_code == 0
    return (*tasks_docx(tmp_path, folder, args), folder)


def tasks_docx(tmp_path, folder, args=()):
    """``minutes tasks FOLDER --format docx``: the result and the document (None if refused)."""
    target = tmp_path / "bao-cao.docx"
    target.unlink(missing_ok=True)
    result = CliRunner().invoke(main, ["tasks", str(folder), "--format", "docx", "-o", str(target), *args],
                                env={"MINUTES_DB": f"sqlite:///{tmp_path / 'so.sqlite'}"})
    return result, (Document(str(target)) if target.exists() else None)


def test_the_report_is_the_bodys_baocao_in_its_style(tmp_path):
    result, doc, folder = report(tmp_path, UNION)
    assert result.exit_code == 0, result.output
    today = dt.date.today()
    header = cells(doc.tables[0])
    assert header[0] == "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN DỆT MAY SAO MAI"
    assert header[1] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    assert re.fullmatch(r"Số:\s*/BC-CĐCS", header[2])  # no number yet: the register gives it
    assert header[3] == f"Thanh Hóa, ngày {today:%d} tháng {today.month:02d} năm {today.year}"
    text = [squeeze(p.text) for p in doc.paragraphs if p.text.strip()]
    assert text[:2] == ["BÁO CÁO", "Tình hình thực hiện các nhiệm vụ được giao tại các cuộc họp"]
    tasks = office.follow_up([folder], db=f"sqlite:///{tmp_path / 'so.sqlite'}")
    assert text[2] == (f"Tính đến ngày {today:%d/%m/%Y}, các cuộc họp đã giao {len(tasks)} nhiệm vụ: chưa báo cáo "
                       f"kết quả {len(tasks)}. Số nhiệm vụ quá hạn chưa hoàn thành: "
                       f"{sum(t.overdue for t in tasks)}. Cụ thể như sau:")
    assert text[3] == f"Trên đây là tình hình thực hiện các nhiệm vụ được giao tại các cuộc họp, tính đến ngày " \
                      f"{today:%d/%m/%Y}./."
    table = doc.tables[1]
    assert [squeeze(c.text) for c in table.rows[0].cells] == [
        "TT", "Nhiệm vụ", "Người, đơn vị thực hiện", "Thời hạn", "Giao tại cuộc họp ngày", "Tình hình thực hiện"]
    rows = [[squeeze(c.text) for c in row.cells] for row in table.rows[1:]]
    assert [r[:3] for r in rows] == [[str(i), t.text, t.owner] for i, t in enumerate(tasks, 1)]
    assert [r[3] for r in rows] == [f"{t.due:%d/%m/%Y}" + (" (quá hạn)" if t.overdue else "") for t in tasks]
    assert {r[4] for r in rows} == {"08/04/2026"} and {r[5] for r in rows} == {"Chưa báo cáo"}
    assert table.rows[0].cells[1].paragraphs[0].runs[0].bold or table.style is not None
    signature = cells(doc.tables[2])
    assert signature[0].startswith("Nơi nhận:") and signature[0].endswith("- Lưu: VT, Hồ sơ.")
    assert "Lê Thị Hằng" not in signature[1] and set(signature[1].replace(" ", "")) == {"."}  # not guessed
    assert doc.sections[0].page_width < doc.sections[0].page_height
    findings = lint_document(tmp_path / "bao-cao.docx")
    assert not [f for f in findings if f.severity == "error"], findings


def test_a_signer_the_outline_names_signs_the_report(tmp_path):
    def named(text: str) -> str:
        return text.replace("organization:", "signer:\n  name: Nguyễn Văn Bình\n  position: Phó Chủ tịch\n"
                                              "  authority: tm\n  on_behalf: Ban Chấp hành\norganization:", 1)

    result, doc, _ = report(tmp_path, UNION, edit=named)
    assert result.exit_code == 0, result.output
    signature = cells(doc.tables[2])
    assert signature[1] == "TM. BAN CHẤP HÀNH PHÓ CHỦ TỊCH Nguyễn Văn Bình"


def test_a_party_body_gets_the_partys_header(tmp_path):
    result, doc, _ = report(tmp_path, PARTY)
    assert result.exit_code == 0, result.output
    header = cells(doc.tables[0])
    assert header[0].startswith("ĐẢNG BỘ HUYỆN THÁP MƯỜI ĐẢNG ỦY CÁC CƠ QUAN ĐOÀN THỂ HUYỆN")
    assert header[1] == "ĐẢNG CỘNG SẢN VIỆT NAM" and re.fullmatch(r"Số\s*-BC/ĐU", header[2])
    assert [squeeze(p.text) for p in doc.paragraphs if p.text.strip()][-1].endswith(".")


def test_tasks_of_several_bodies_are_refused_until_one_is_chosen(tmp_path):
    result, doc, folder = report(tmp_path, UNION, PARTY)
    assert result.exit_code == 1 and doc is None
    assert "nhiều cơ quan" in result.output and "--body" in result.output
    chosen, doc = tasks_docx(tmp_path, folder, ("--body", "đu"))
    assert chosen.exit_code == 0, chosen.output
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in doc.tables[0].rows[0].cells[1].text


@pytest.mark.parametrize("args", [("--owner", "không ai cả"), ("--body", "UBND XÃ KHÁC")])
def test_no_task_no_report(tmp_path, args):
    result, doc, _ = report(tmp_path, UNION, args=args)
    assert result.exit_code == 1 and doc is None and "không có nhiệm vụ nào" in result.output


def test_a_filtered_report_never_gives_the_chosen_tasks_as_all_the_meetings_gave(tmp_path):
    result, doc, folder = report(tmp_path, UNION, args=("--overdue", "--owner", "ban nu cong"))
    assert result.exit_code == 0, result.output
    first = [squeeze(p.text) for p in doc.paragraphs if p.text.strip()][2]
    assert first.startswith(f"Tính đến ngày {dt.date.today():%d/%m/%Y}, báo cáo này gồm 1 nhiệm vụ chọn trong các "
                            "nhiệm vụ các cuộc họp đã giao (chỉ việc quá hạn chưa hoàn thành; chỉ việc của: Ban Nữ "
                            "công):")
    assert "các cuộc họp đã giao 1 nhiệm vụ" not in first
    assert len(doc.tables[1].rows) == 2
