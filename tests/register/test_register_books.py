"""Several registers (sổ) per body: the outline's ``registers`` (normally in the shared profile)
names each kind's book; numbers run per body, book and year; the default is one register."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner
from docx import Document
from regfixtures import *  # noqa: F403 (the fixtures)

from minutes.cli import main
from minutes.register import office

MINIMAL = "toi-thieu.yaml"
PROFILE = """\
organization:
  name: ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ
  code: UBND
registers:
  bien-ban: Sổ biên bản
  thong-bao-ket-luan: Sổ văn bản đi
  bao-cao: Sổ văn bản đi
"""


def with_profile(folder, profile: str = PROFILE):
    """The minimal outline extending a shared profile that sets ``registers``."""
    (folder / "ho-so.yaml").write_text(profile, encoding="utf-8")
    outline = folder / MINIMAL
    outline.write_text("extends: ho-so.yaml\n" + outline.read_text(encoding="utf-8"), encoding="utf-8")
    return outline


def taken(outline, document, db):
    found = office.take_number(str(outline), document, db=db)
    return found.number, found.reference


def test_kinds_of_one_book_share_a_number_and_another_book_starts_at_one(folder, db_url):
    outline = with_profile(folder)
    assert taken(outline, None, db_url) == (1, "01/BB-UBND")  # Sổ biên bản
    assert taken(outline, "thong-bao-ket-luan", db_url)[0] == 1  # Sổ văn bản đi starts at 1
    assert taken(outline, "bao-cao", db_url)[0] == 2  # … and the báo cáo shares its number
    assert taken(outline, "giay-moi", db_url)[0] == 1  # not named: the main register
    rows = office.register_rows(folder, 2026, db_url)
    assert sorted((r["book"], r["document"], r["number"]) for r in rows) == [
        ("", "giay-moi", 1), ("Sổ biên bản", "bien-ban", 1),
        ("Sổ văn bản đi", "bao-cao", 2), ("Sổ văn bản đi", "thong-bao-ket-luan", 1)]
    text = (folder / MINIMAL).read_text(encoding="utf-8")
    assert "number: 1\n" in text and "thong-bao-ket-luan: 1\n" in text and "bao-cao: 2\n" in text


def test_without_the_key_every_kind_shares_one_register(folder, tmp_path):
    db = f"sqlite:///{tmp_path / 'r.sqlite'}"
    outline = folder / MINIMAL
    assert [taken(outline, d, db)[0] for d in (None, "thong-bao-ket-luan", "bao-cao", "giay-moi")] == [1, 2, 3, 4]
    assert {r["book"] for r in office.register_rows(folder, 2026, db)} == {""}


def test_a_profile_sets_registers_for_the_outlines_that_extend_it(folder):
    from minutes.outline import load_outline

    outline = load_outline(with_profile(folder))
    assert dict(outline.registers) == {"bien-ban": "Sổ biên bản", "thong-bao-ket-luan": "Sổ văn bản đi",
                                       "bao-cao": "Sổ văn bản đi"}
    assert load_outline(folder / "cong-doan-quy-1-2026.yaml").registers == ()


def test_check_names_a_bad_kind_and_an_empty_name_with_their_line(folder):
    outline = folder / "hop.yaml"
    outline.write_text((folder / MINIMAL).read_text(encoding="utf-8")
                       + "registers:\n  tin-bai: Sổ tin\n  bien-ban:\n  bien_ban2: Sổ\n  bao-cao: Sổ đi\n",
                       encoding="utf-8")
    lines = outline.read_text(encoding="utf-8").splitlines()
    result = CliRunner().invoke(main, ["check", str(outline)])
    assert result.exit_code == 1, result.output
    out = result.output
    at = {key: lines.index(next(x for x in lines if x.startswith(f"  {key}:"))) + 1
          for key in ("tin-bai", "bien-ban", "bien_ban2")}
    assert f"hop.yaml:{at['tin-bai']}" in out and "'tin-bai' không có số văn bản riêng" in out
    assert f"hop.yaml:{at['bien-ban']}" in out and "tên sổ của 'bien-ban' đang để trống" in out
    assert f"hop.yaml:{at['bien_ban2']}" in out and "'bien_ban2' không phải loại văn bản" in out
    assert "bien-ban, thong-bao-ket-luan, bao-cao, giay-moi" in out  # the fix: the kinds allowed


def test_check_reports_a_bad_registers_in_the_profile_in_the_profile(folder):
    outline = with_profile(folder, PROFILE + "  tin-bai: Sổ tin\n")
    result = CliRunner().invoke(main, ["check", str(outline)])
    assert result.exit_code == 1 and "ho-so.yaml:8:3" in result.output and "'tin-bai'" in result.output


def test_register_list_prints_each_book_or_the_one_asked(folder, tmp_path):
    db = f"sqlite:///{tmp_path / 'r.sqlite'}"
    outline = with_profile(folder)
    for document in (None, "thong-bao-ket-luan", "giay-moi"):
        office.take_number(str(outline), document, db=db)
    every = CliRunner().invoke(main, ["register", "list", str(folder), "--db", db]).output
    assert every.index("SỔ ĐĂNG KÝ VĂN BẢN ĐI") < every.index("01/GM-UBND") < every.index("SỔ BIÊN BẢN") \
        < every.index("01/BB-UBND") < every.index("SỔ VĂN BẢN ĐI") < every.index("01/TB-UBND")
    one = CliRunner().invoke(main, ["register", "list", str(folder), "--book", "Sổ biên bản", "--db", db]).output
    assert "01/BB-UBND" in one and "01/TB-UBND" not in one and "01/GM-UBND" not in one
    rows = list(csv.reader(io.StringIO(CliRunner().invoke(
        main, ["register", "list", str(folder), "--format", "csv", "--db", db]).output.lstrip("\ufeff"))))
    assert rows[0][-1] == "Sổ" and {(r[0], r[-1]) for r in rows[1:]} == {
        ("01/GM-UBND", "Sổ đăng ký văn bản đi"), ("01/BB-UBND", "Sổ biên bản"), ("01/TB-UBND", "Sổ văn bản đi")}
    target = tmp_path / "so.docx"
    result = CliRunner().invoke(main, ["register", "list", str(folder), "--format", "docx", "-o", str(target),
                                       "--db", db])
    assert result.exit_code == 0, result.output
    doc = Document(str(target))
    covers = [p.text for p in doc.paragraphs if p.text.isupper() and p.text.startswith("SỔ")]
    assert covers == ["SỔ ĐĂNG KÝ VĂN BẢN ĐI", "SỔ BIÊN BẢN", "SỔ VĂN BẢN ĐI"]
    assert [t.rows[2].cells[0].text for t in doc.tables] == ["01/GM-UBND", "01/BB-UBND", "01/TB-UBND"]
    voided = CliRunner().invoke(main, ["register", "void", "1", "--year", "2026", "--reason", "nhầm", "--book",
                                       "Sổ biên bản", "--folder", str(folder), "--db", db])
    assert voided.exit_code == 0 and "01/BB-UBND" in voided.output, voided.output


def test_check_compares_a_hand_typed_number_within_its_own_register(folder, tmp_path):
    db = f"sqlite:///{tmp_path / 'r.sqlite'}"
    outline = with_profile(folder)
    office.take_number(str(outline), db=db)  # 01 of the Sổ biên bản
    main_book = folder / "so-chinh.yaml"  # no registers: number 1 of the main register, no clash
    main_book.write_text((folder / MINIMAL).read_text(encoding="utf-8").replace("extends: ho-so.yaml\n", ""),
                         encoding="utf-8")
    same_book = folder / "cung-so.yaml"  # extends the profile: number 1 of the Sổ biên bản again
    same_book.write_text((folder / MINIMAL).read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(main_book), str(same_book)], env={"MINUTES_DB": db})
    assert "so-chinh.yaml: OK" in result.output, result.output
    assert "cung-so.yaml: number: số 01 đã dùng cho toi-thieu.yaml" in result.output
