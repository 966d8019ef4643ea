"""Taking numbers: written into the outline with its comments, the same again, voided never
reused, one register per body and year; the sổ laid out as NĐ 30 Phụ lục IV; check refuses
a number typed twice. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner
from docx import Document
from regfixtures import *  # noqa: F403 (the fixtures)

from minutes.cli import main
from minutes.register import office
from minutes.register.db import RegisterError

MINIMAL = "toi-thieu.yaml"


def run(*args, env=None):
    result = CliRunner().invoke(main, list(args), env=env)
    return result


def test_take_writes_the_number_keeping_comments_and_order(folder, db_url):
    outline = folder / MINIMAL
    before = outline.read_text(encoding="utf-8")
    result = run("register", "take", str(outline), "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "01/BB-UBND" in result.output
    after = outline.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["number: 1"]
    assert list(before.splitlines()) == [line for line in after.splitlines() if line != "number: 1"]
    again = run("register", "take", str(outline), "--db", db_url)
    assert again.exit_code == 0 and "đã có số 01/BB-UBND" in again.output
    assert outline.read_text(encoding="utf-8") == after


def test_other_documents_share_the_running_number_under_numbers(folder, db_url):
    outline = folder / MINIMAL
    assert run("register", "take", str(outline), "--db", db_url).exit_code == 0
    result = run("register", "take", str(outline), "-t", "giay-moi", "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "02/GM-UBND" in result.output
    assert "numbers:\n  giay-moi: 2\n" in outline.read_text(encoding="utf-8")


def test_a_voided_number_stays_in_the_register_and_is_never_given_again(folder, db_url):
    first, second = folder / MINIMAL, folder / "hop-2.yaml"
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    office.take_number(str(first), db=db_url)
    voided = run("register", "void", "1", "--year", "2026", "--reason", "cấp nhầm", "--folder", str(folder),
                 "--db", db_url)
    assert voided.exit_code == 0, voided.output
    taken = office.take_number(str(second), db=db_url)
    assert taken.number == 2
    rows = office.register_rows(folder, 2026, db_url)
    assert [(r["number"], r["void_reason"]) for r in rows] == [(1, "cấp nhầm"), (2, None)]
    assert rows[0]["void_by"] and rows[0]["void_at"] is not None
    refused = run("register", "void", "1", "--year", "2026", "--reason", "lại", "--folder", str(folder), "--db", db_url)
    assert refused.exit_code == 1 and "đã bị hủy" in refused.output


def test_voiding_a_number_two_bodies_hold_names_them_and_takes_the_body_by_code_or_name(folder, db_url):
    union = folder / "cong-doan-quy-1-2026.yaml"
    union.write_text(re.sub(r"(?m)^number:.*\n", "", union.read_text(encoding="utf-8")), encoding="utf-8")
    for outline in (folder / MINIMAL, union):
        assert office.take_number(str(outline), db=db_url).number == 1
    args = ("register", "void", "1", "--year", "2026", "--reason", "cấp nhầm", "--folder", str(folder), "--db", db_url)
    both = run(*args)
    assert both.exit_code == 1
    assert "01/BB-UBND của ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ (UBND)" in both.output
    assert "01/BB-CĐCS của CÔNG ĐOÀN CƠ SỞ" in both.output and "ví dụ --body CĐCS" in both.output
    unknown = run(*args, "--body", "UBND XÃ KHÁC")
    assert unknown.exit_code == 1 and "số này có ở: 01/BB-" in unknown.output
    assert [r["void_at"] for r in office.register_rows(folder, 2026, db_url)] == [None, None]  # nothing written
    assert run(*args, "--body", "cđcs").exit_code == 0  # the code, in any case
    assert run(*args, "--body", "ủy ban nhân dân đặc khu phú quý").exit_code == 0  # or the name
    assert all(r["void_reason"] == "cấp nhầm" for r in office.register_rows(folder, 2026, db_url))


def test_a_number_typed_by_hand_is_recorded_as_typed_and_the_register_goes_on_after_it(folder, db_url):
    outline = folder / "cong-doan-quy-1-2026.yaml"  # number: 4, given on paper before the register
    before = outline.read_bytes()
    result = run("register", "take", str(outline), "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "Đã ghi vào sổ số 04/BB-CĐCS" in result.output and "số tiếp theo của sổ: 05" in result.output
    assert outline.read_bytes() == before  # never replaced
    again = run("register", "take", str(outline), "--db", db_url)
    assert again.exit_code == 0 and "đã có số 04/BB-CĐCS" in again.output
    later = folder / "cong-doan-quy-2.yaml"
    later.write_text(re.sub(r"(?m)^number:.*\n", "", before.decode("utf-8")), encoding="utf-8")
    assert office.take_number(str(later), db=db_url).number == 5
    rows = office.register_rows(folder, 2026, db_url)
    assert [(r["number"], r["reference"], r["outline"].rsplit("/", 1)[-1]) for r in rows] == [
        (4, "04/BB-CĐCS", outline.name), (5, "05/BB-CĐCS", later.name)]
    assert rows[0]["summary"] and rows[0]["signer"] == "Lê Thị Hằng"


@pytest.mark.parametrize("holder", ["live", "void"])
def test_a_typed_number_the_register_holds_is_refused_naming_the_holder(folder, db_url, holder):
    first = folder / "cong-doan-quy-1-2026.yaml"  # number: 4
    office.take_number(str(first), db=db_url)
    if holder == "void":
        office.void_number(folder, 2026, 4, "gửi nhầm", db=db_url, body="CĐCS")
        first.write_text(re.sub(r"(?m)^number:.*\n", "", first.read_text(encoding="utf-8")), encoding="utf-8")
    copy = folder / "ban-sao.yaml"
    copy.write_text((folder / "cong-doan-quy-1-2026.yaml").read_text(encoding="utf-8") if holder == "live" else
                    first.read_text(encoding="utf-8").replace("organization:", "number: 4\norganization:", 1),
                    encoding="utf-8")
    before = copy.read_bytes()
    result = run("register", "take", str(copy), "--db", db_url)
    assert result.exit_code == 1
    assert ("đã có trong sổ: 04/BB-CĐCS của cong-doan-quy-1-2026.yaml" if holder == "live" else
            "đã bị hủy trong sổ (gửi nhầm)") in result.output
    assert copy.read_bytes() == before and len(office.register_rows(folder, 2026, db_url)) == 1


def test_each_body_and_year_has_its_own_register(folder, db_url):
    other_year = folder / "nam-sau.yaml"
    other_year.write_text((folder / MINIMAL).read_text(encoding="utf-8").replace("/2026", "/2027"), encoding="utf-8")
    union = folder / "cong-doan-quy-1-2026.yaml"
    union.write_text(union.read_text(encoding="utf-8").replace("number: 4 ", "# number: 4 "), encoding="utf-8")
    assert office.take_number(str(folder / MINIMAL), db=db_url).number == 1
    assert office.take_number(str(other_year), db=db_url).number == 1
    assert office.take_number(str(union), db=db_url).reference == "01/BB-CĐCS"


def test_register_list_as_csv_and_docx(folder, db_url, tmp_path):
    office.take_number(str(folder / MINIMAL), db=db_url)
    office.take_number(str(folder / MINIMAL), "giay-moi", db=db_url)
    office.void_number(folder, 2026, 2, "gửi nhầm nơi", db=db_url, by="văn thư")
    result = run("register", "list", str(folder), "--format", "csv", "--db", db_url)
    rows = list(csv.reader(io.StringIO(result.output.lstrip("\ufeff"))))
    assert rows[0][:5] == ["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản",
                           "Người ký", "Nơi nhận văn bản"] and len(rows[0]) == 10
    assert rows[1][:2] == ["01/BB-UBND", "02/03/2026"] and rows[1][2].startswith("Biên bản Cuộc họp giao ban")
    assert rows[2][9].startswith("Hủy ngày") and "văn thư" in rows[2][9] and "gửi nhầm nơi" in rows[2][9]
    target = tmp_path / "so.docx"
    result = run("register", "list", str(folder), "--year", "2026", "--format", "docx", "-o", str(target),
                 "--db", db_url)
    assert result.exit_code == 0, result.output
    doc = Document(str(target))
    text = [p.text for p in doc.paragraphs]
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in text and "Năm: 2026" in text and "Từ số 01 đến số 02" in text
    assert "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ" in text
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][0] == "Số, ký hiệu văn bản" and len(table.columns) == 10
    assert [c.text for c in table.rows[1].cells] == [f"({i})" for i in range(1, 11)]
    assert table.rows[2].cells[0].text == "01/BB-UBND" and table.rows[2].cells[3].text == "Nguyễn Hữu Phước"
    assert doc.sections[0].page_width > doc.sections[0].page_height  # the sổ lies across the page
    assert doc.styles["Normal"].font.name == "Times New Roman"


def test_each_body_and_year_is_a_register_of_its_own_in_print(folder, db_url, tmp_path):
    """A folder holding two bodies' outlines over two years: four sổ, each with its own cover
    (its body, its year, its numbers) and its own table; never one body's cover over another's."""
    union = folder / "cong-doan-quy-1-2026.yaml"
    union.write_text(re.sub(r"(?m)^number:.*\n", "", union.read_text(encoding="utf-8")), encoding="utf-8")
    for source in (folder / MINIMAL, union):
        later = source.with_name(f"{source.stem}-2027.yaml")
        later.write_text(source.read_text(encoding="utf-8").replace("/2026", "/2027"), encoding="utf-8")
        for outline in (source, later):
            office.take_number(str(outline), db=db_url)
    target = tmp_path / "so.docx"
    result = run("register", "list", str(folder), "--format", "docx", "-o", str(target), "--db", db_url)
    assert result.exit_code == 0, result.output
    doc = Document(str(target))
    text = [p.text for p in doc.paragraphs if p.text.strip()]
    covers = [text[i - 1:i + 4] for i, line in enumerate(text) if line == "SỔ ĐĂNG KÝ VĂN BẢN ĐI"]
    assert [(c[0], c[2], c[4]) for c in covers] == [
        ("CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN DỆT MAY SAO MAI", "Năm: 2026", "Từ số 01 đến số 01"),
        ("CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN DỆT MAY SAO MAI", "Năm: 2027", "Từ số 01 đến số 01"),
        ("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ", "Năm: 2026", "Từ số 01 đến số 01"),
        ("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ", "Năm: 2027", "Từ số 01 đến số 01")]
    assert [[row.cells[0].text for row in table.rows[2:]] for table in doc.tables] == [
        ["01/BB-CĐCS"], ["01/BB-CĐCS"], ["01/BB-UBND"], ["01/BB-UBND"]]
    assert [table.rows[2].cells[1].text[-4:] for table in doc.tables] == ["2026", "2027", "2026", "2027"]
    table = run("register", "list", str(folder), "--db", db_url).output
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI — ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ (UBND) — NĂM 2027" in table
    rows = list(csv.reader(io.StringIO(run("register", "list", str(folder), "--format", "csv", "--db",
                                           db_url).output.lstrip("\ufeff"))))
    assert rows[0][-1] == "Sổ" and {r[-1] for r in rows[1:]} == {
        f"Sổ đăng ký văn bản đi — {body} — năm {year}" for year in (2026, 2027)
        for body in ("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ (UBND)",
                     "CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN DỆT MAY SAO MAI (CĐCS)")}
    one_year = run("register", "list", str(folder), "--year", "2026", "--format", "docx", "-o", str(target),
                   "--db", db_url)
    assert one_year.exit_code == 0 and len(Document(str(target)).tables) == 2
    one_body = run("register", "list", str(folder), "--body", "cđcs", "--format", "docx", "-o", str(target),
                   "--db", db_url)
    assert one_body.exit_code == 0
    assert [[row.cells[0].text for row in table.rows[2:]] for table in Document(str(target)).tables] == [
        ["01/BB-CĐCS"], ["01/BB-CĐCS"]]


def test_check_refuses_a_number_typed_twice_in_one_register(folder, db_url):
    office.take_number(str(folder / MINIMAL), db=db_url)
    copy = folder / "ban-sao.yaml"
    copy.write_text((folder / MINIMAL).read_text(encoding="utf-8"), encoding="utf-8")  # number: 1 as well
    result = run("check", str(copy), str(folder / MINIMAL), env={"MINUTES_DB": db_url})
    assert result.exit_code == 1
    assert "ban-sao.yaml: number: số 01 đã dùng cho toi-thieu.yaml" in result.output
    assert "toi-thieu.yaml: OK" in result.output


def test_check_without_a_register_says_nothing_of_numbers(folder, monkeypatch):
    monkeypatch.delenv("MINUTES_DB", raising=False)
    copy = folder / "ban-sao.yaml"
    copy.write_text((folder / "cong-doan-quy-1-2026.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check", str(copy), str(folder / "cong-doan-quy-1-2026.yaml"))
    assert result.exit_code == 0, result.output
    assert not (folder / "so-dang-ky.sqlite").exists()


def test_an_unreachable_register_writes_nothing(folder, tmp_path):
    outline = folder / MINIMAL
    before = outline.read_bytes()
    result = run("register", "take", str(outline), "--db", f"postgresql://x@/none?host={tmp_path}&connect_timeout=2")
    assert result.exit_code == 1 and "không mở được sổ đăng ký" in result.output
    assert "Traceback" not in result.output
    assert outline.read_bytes() == before


def test_a_failed_write_takes_no_number(folder, db_url):
    outline = folder / MINIMAL
    with pytest.raises(RegisterError):
        from minutes.outline.load import load_outline
        from minutes.register import numbers

        def refuse(number):
            raise RegisterError("disk full")

        numbers.take(office.register_for(folder, db_url), load_outline(str(outline)), str(outline.resolve()),
                     "bien-ban", "t", write=refuse)
    assert office.register_rows(folder, None, db_url) == []
    assert office.take_number(str(outline), db=db_url).number == 1


def test_a_register_held_by_another_writer_is_busy_and_nothing_is_written(folder, monkeypatch):
    import sqlite3

    from minutes.register import db

    url = f"sqlite:///{folder / 'so.sqlite'}"
    office.register_for(folder, url)
    monkeypatch.setattr(db, "BUSY_SECONDS", 1)
    monkeypatch.setattr(office, "_OPEN", {})  # a new engine, with the short wait
    holder = sqlite3.connect(folder / "so.sqlite", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    outline = folder / MINIMAL
    before = outline.read_bytes()
    try:
        with pytest.raises(RegisterError) as caught:
            office.take_number(str(outline), db=url)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "đang bận" in str(caught.value) and "chưa ghi gì" in str(caught.value)
    assert outline.read_bytes() == before
    assert office.take_number(str(outline), db=url).number == 1


def test_the_sos_title_column_reads_as_one_phrase_after_the_ten_loai(folder, db_url):
    """Column (3) is the tên loại then the trích yếu: the tool's first word in lower case
    ("Giấy mời dự …"), her meeting's title as typed ("Biên bản Hội nghị …")."""
    outline = folder / "mat-tran-giao-ban-quy-3-2021.yaml"
    for document in ("bien-ban", "thong-bao-ket-luan", "giay-moi", "bao-cao"):
        office.take_number(str(outline), document, db=db_url)
    titles = [f"{r['kind']} {r['summary']}" for r in office.register_rows(folder, 2021, db_url)]
    assert [" ".join(t.split()[:5]) for t in titles] == [
        "Biên bản Hội nghị giao", "Thông báo kết luận của", "Giấy mời dự Hội nghị", "Báo cáo kết quả thực"]
