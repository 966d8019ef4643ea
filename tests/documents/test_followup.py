"""The documents that follow a meeting, read back as a văn thư reads them (issue 17).

Every example is rendered as thông báo kết luận (TB), báo cáo (BC) and giấy mời (GM);
the tests read the .docx back with python-docx (and the PDF where print matters).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from conftest import EXAMPLES, has_pdf_tools, open_docx

from minutes.documents import naming, signing, titles
from minutes.docx.read import document_text
from minutes.docx.render import render_bytes
from minutes.model import Indicator, Invitation, Person, Signer
from minutes.outline import load_outline

FOLLOWUP = ("thong-bao-ket-luan", "bao-cao", "giay-moi")
NAMES = [p.stem for p in EXAMPLES]
EXAMPLE = {p.stem: p for p in EXAMPLES}


@pytest.fixture(scope="module")
def outlines():
    return {p.stem: load_outline(p) for p in EXAMPLES}


@pytest.fixture(scope="module")
def docs(outlines):
    """{(example, document): the lines of the rendered document}."""
    return {(name, kind): lines(outline, kind) for name, outline in outlines.items()
            for kind in ("bien-ban", *FOLLOWUP)}


def lines(outline, kind: str) -> list[str]:
    text = document_text(open_docx(render_bytes(outline, kind))).replace("\xa0", " ")  # no-break spaces (issue 15)
    return [x.strip() for x in text.split("\n") if x.strip()]


def after(doc: list[str], label: str) -> list[str]:
    return doc[doc.index(label) + 1:]


def signature(doc: list[str]) -> list[str]:
    """The lines after the Nơi nhận list: authority, chức vụ, name."""
    rest = after(doc, "Nơi nhận:")
    return [x for x in rest if not x.startswith("- ")]


# --- 1. signature -------------------------------------------------------------------

EXPECTED_SIGNER = {
    "mat-tran-giao-ban-quy-3-2021": ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Rah Lan Thuận"],
    "cong-doan-quy-1-2026": ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Thị Hằng"],
    "doan-thanh-nien-2026": ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Minh Quân"],
    "toi-thieu": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hữu Phước"],
    "dang-bo-doan-the-2020": ["T/M ĐẢNG ỦY", "BÍ THƯ", "Trương Văn Hiền"],
}


@pytest.mark.parametrize("kind", FOLLOWUP)
@pytest.mark.parametrize("name", NAMES)
def test_a_collective_signs_tm_with_the_short_title(docs, name, kind):
    assert signature(docs[name, kind]) == EXPECTED_SIGNER[name]


@pytest.mark.parametrize("position, org, lines_", [
    ("Phó Chủ tịch Ủy ban nhân dân xã", "ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    ("Giám đốc Sở", "SỞ NỘI VỤ", ["GIÁM ĐỐC"]),
    ("Phó Giám đốc Sở", "SỞ NỘI VỤ", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]),
])
def test_default_signer_from_the_head_word(outlines, position, org, lines_):
    base = outlines["toi-thieu"]
    outline = dataclasses.replace(base, chair=Person("Lê An", position),
                                  organization=dataclasses.replace(base.organization, name=org))
    assert signature(lines(outline, "thong-bao-ket-luan")) == [*lines_, "Lê An"]


def test_signer_overrides_the_default(outlines):
    outline = dataclasses.replace(outlines["toi-thieu"], signer=Signer("Trần Bình", "Phó Chủ tịch", "kt", "Chủ tịch"))
    assert signature(lines(outline, "giay-moi")) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Bình"]
    assert signing.signer_note(outline) == ""


def test_check_says_when_the_signer_was_guessed(invoke, tmp_path):
    result = invoke("check", EXAMPLE["mat-tran-giao-ban-quy-3-2021"])
    assert result.exit_code == 0
    assert "Lưu ý:" in result.stderr and "signer" in result.stderr
    assert "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH / Rah Lan Thuận" in result.stderr
    unknown = tmp_path / "hop.yaml"
    unknown.write_text(EXAMPLE["toi-thieu"].read_text(encoding="utf-8").replace(
        "Chủ tịch Ủy ban nhân dân đặc khu", "Cán bộ phụ trách"), encoding="utf-8")
    assert "không nhận ra chức vụ" in invoke("check", unknown).stderr


# --- 2. numbers ---------------------------------------------------------------------

def test_each_document_has_its_own_number(outlines):
    front = dataclasses.replace(outlines["mat-tran-giao-ban-quy-3-2021"],
                                numbers=(("thong-bao-ket-luan", 19), ("bao-cao", 20), ("giay-moi", 17)))
    numbers = {kind: next(x for x in lines(front, kind) if x.startswith("Số"))
               for kind in ("bien-ban", *FOLLOWUP)}
    assert numbers == {"bien-ban": "Số: 18/BB-MTTQ", "thong-bao-ket-luan": "Số: 19/TB-MTTQ",
                       "bao-cao": "Số: 20/BC-MTTQ", "giay-moi": "Số: 17/GM-MTTQ"}


@pytest.mark.parametrize("kind, code", [("thong-bao-ket-luan", "TB"), ("bao-cao", "BC"), ("giay-moi", "GM")])
def test_without_numbers_the_so_is_left_blank(docs, kind, code):
    assert f"Số:      /{code}-CĐCS" in docs["cong-doan-quy-1-2026", kind]  # the biên bản has number: 4
    assert "Số: 04/BB-CĐCS" in docs["cong-doan-quy-1-2026", "bien-ban"]


def test_numbers_and_invitation_are_read_from_the_outline(tmp_path):
    path = tmp_path / "hop.yaml"
    path.write_text(EXAMPLE["toi-thieu"].read_text(encoding="utf-8") + (
        "numbers: {thong-bao-ket-luan: 19, giay-moi: 17}\n"
        "invitation:\n  preparation: [Báo cáo tháng 2]\n  contact: Văn phòng, 0252 3769 000\n"), encoding="utf-8")
    outline = load_outline(path)
    assert outline.numbers == (("thong-bao-ket-luan", 19), ("giay-moi", 17))
    assert outline.invitation == Invitation(("Báo cáo tháng 2",), "Văn phòng, 0252 3769 000")
    assert "Số: 17/GM-UBND" in lines(outline, "giay-moi") and "Số:      /BC-UBND" in lines(outline, "bao-cao")


def test_numbers_are_validated(tmp_path, invoke):
    bad = tmp_path / "hop.yaml"
    bad.write_text(EXAMPLE["toi-thieu"].read_text(encoding="utf-8") + "numbers: {giay-moi: 0, bao-cáo: 3}\n",
                   encoding="utf-8")
    result = invoke("check", bad)
    assert result.exit_code == 1 and "numbers" in result.stderr and "bao-cao" in result.stderr


# --- 3. giấy mời --------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_invitation_is_dated_before_the_meeting_or_the_day_left_blank(docs, outlines, name):
    date_line = next(x for x in docs[name, "giay-moi"] if ", ngày" in x)
    assert ", ngày …… tháng" in date_line
    outline = dataclasses.replace(outlines[name], issued=outlines[name].meeting.date - dt.timedelta(days=5))
    issued = next(x for x in lines(outline, "giay-moi") if ", ngày" in x)
    assert ", ngày …" not in issued and issued.endswith(f"năm {outline.issued.year}")


@pytest.mark.parametrize("name", NAMES)
def test_invitation_as_in_form_1_7(docs, outlines, name):
    doc = docs[name, "giay-moi"]
    default = {"dang": "Lưu Văn phòng.", "doan": "Lưu: VP, Hồ sơ."}.get(name[:4], "Lưu: VT, Hồ sơ.")
    archive = outlines[name].archive or default
    assert [x for x in after(doc, "Nơi nhận:") if x.startswith("- ")] == ["- Như thành phần mời;", f"- {archive}"]
    assert not any("Ông (bà)" in x or "(b/c)" in x for x in doc)
    assert any(x.startswith("Chủ trì: đồng chí " + outlines[name].chair.name) for x in doc)
    opening = next(x for x in doc if "trân trọng kính mời" in x)
    following = doc[doc.index(opening) + 1]
    assert not opening.endswith("kính mời:") or following.startswith("- ")


def test_invitation_notes_and_the_minimal_one(docs, outlines):
    invitation = Invitation(("Báo cáo kết quả hoạt động của tổ công đoàn quý I năm 2026",
                             "Danh sách đề nghị khen thưởng của tổ công đoàn"),
                            "đồng chí Phạm Thị Thu, Trưởng Ban Nữ công, điện thoại 0912 345 678")
    doc = lines(dataclasses.replace(outlines["cong-doan-quy-1-2026"], invitation=invitation), "giay-moi")
    assert "Đề nghị đại biểu nghiên cứu trước, chuẩn bị ý kiến:" in doc
    assert "- Danh sách đề nghị khen thưởng của tổ công đoàn." in doc
    assert "Thông tin liên hệ: đồng chí Phạm Thị Thu, Trưởng Ban Nữ công, điện thoại 0912 345 678." in doc
    minimal = docs["toi-thieu", "giay-moi"]
    assert any(x.startswith("Ủy ban nhân dân đặc khu Phú Quý trân trọng kính mời: ……") for x in minimal)
    assert "Dự cuộc họp giao ban lãnh đạo" in " ".join(minimal) and "Dự Cuộc họp" not in " ".join(minimal)
    assert any(x.startswith("Các vấn đề cần lưu ý: ....") for x in minimal)  # Mẫu 1.7 ghi chú 8: to fill


def test_one_preparation_note_is_a_sentence(outlines):
    outline = dataclasses.replace(outlines["toi-thieu"], invitation=Invitation(("Báo cáo tháng 2",), ""))
    assert "Đề nghị đại biểu chuẩn bị: Báo cáo tháng 2." in lines(outline, "giay-moi")  # her words as typed


# --- 4. thông báo kết luận ----------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_notice_has_no_headings_that_repeat_the_subject(docs, name):
    doc = docs[name, "thong-bao-ket-luan"]
    assert not any(re.match(r"^\d+\. (Kết luận|Ý kiến chỉ đạo|Nhiệm vụ được giao)$", x) for x in doc)
    assert not any("nêu trên" in x for x in doc)


def test_notice_opening_names_chair_guests_and_what_was_heard(docs):
    doc = docs["mat-tran-giao-ban-quy-3-2021", "thong-bao-ket-luan"]
    opening = next(x for x in doc if x.startswith("Ngày 26 tháng 8 năm 2021"))
    assert "Đồng chí Rah Lan Thuận - Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì Hội nghị." in opening
    assert "Thành phần tham dự: đồng chí Kpă Ngun - Phó Bí thư Thường trực Huyện ủy; lãnh đạo các ban" in opening
    assert any(x.startswith("Sau khi nghe báo cáo đánh giá kết quả hoạt động") and x.endswith("kết luận như sau:")
               for x in doc)
    assert "3. Tiếp thu ý kiến chỉ đạo của đồng chí Kpă Ngun - Phó Bí thư Thường trực Huyện ủy:" in doc


def test_notice_brings_the_commendations_it_mentions(docs):
    doc = docs["cong-doan-quy-1-2026", "thong-bao-ket-luan"]
    point = next(x for x in doc if "danh sách khen thưởng" in x)
    assert point.endswith("danh sách khen thưởng:")
    assert doc[doc.index(point) + 1].startswith("- ") and "khen thưởng" in doc[doc.index(point) + 1].lower()


# --- 5. báo cáo sent upward ---------------------------------------------------------

@pytest.mark.parametrize("name", [n for n in NAMES if n != "toi-thieu"])
def test_report_upward_has_kinh_gui_and_nhu_tren(docs, outlines, name):
    doc = docs[name, "bao-cao"]
    upward = [r.replace("(b/c)", "").strip() for r in outlines[name].recipients if "(b/c)" in r]
    assert upward
    block = " ".join(doc[next(i for i, x in enumerate(doc) if x.startswith("Kính gửi:")):][:len(upward) + 1])
    assert all(u in block for u in upward)
    noi_nhan = [x for x in after(doc, "Nơi nhận:") if x.startswith("- ")]
    assert noi_nhan[0] == "- Như trên;" and not any("(b/c)" in x for x in noi_nhan)


# --- 6. Party forms -----------------------------------------------------------------

@pytest.mark.parametrize("kind", FOLLOWUP)
@pytest.mark.parametrize("name", NAMES)
def test_trich_yeu_starts_with_a_capital_or_in_party_forms_lower_case(docs, outlines, name, kind):
    """HD 36/05: "BÁO CÁO / kết quả đại hội chi bộ …"; NĐ 30 and Đoàn forms begin with a capital."""
    doc = docs[name, kind]
    trich_yeu = doc[doc.index({"thong-bao-ket-luan": "THÔNG BÁO", "bao-cao": "BÁO CÁO",
                               "giay-moi": "GIẤY MỜI"}[kind]) + 1]
    party = outlines[name].style == "party"
    assert trich_yeu[:1].islower() == party and not trich_yeu.isupper()


def test_party_minutes_have_hd16_lines_and_split_attendance(docs, outlines):
    doc = docs["dang-bo-doan-the-2020", "bien-ban"]
    assert any(x.startswith("- Nội dung: thông qua báo cáo kết quả") for x in doc)
    assert any(x.startswith("- Tài liệu sử dụng trong hội nghị: báo cáo kết quả") for x in doc)
    assert "1.1. Đại biểu chính thức" not in doc  # no guests: no split
    guests = (Person("Kpă Ngun", "Phó Bí thư Huyện ủy", "dự và chỉ đạo"),)
    split = lines(dataclasses.replace(outlines["dang-bo-doan-the-2020"], guests=guests), "bien-ban")
    first, second = split.index("1.1. Đại biểu chính thức"), split.index("1.2. Đại biểu mời dự")
    assert first < second and split[second + 1].startswith("- Đại biểu mời dự: Kpă Ngun")
    assert any(x.startswith("- Có mặt: 60/64") for x in split[first:second])


# --- 7. wording ---------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_closing_names_the_meeting_as_it_is(docs, outlines, name):
    closing = next(x for x in docs[name, "bien-ban"] if "kết thúc vào" in x)
    noun = "Hội nghị" if outlines[name].meeting.title.startswith("Hội nghị") else "Cuộc họp"
    assert closing.startswith(noun)


@pytest.mark.parametrize("kind", ("bien-ban", "thong-bao-ket-luan", "bao-cao"))
@pytest.mark.parametrize("name", NAMES)
def test_owners_keep_their_case_but_a_determiner(docs, outlines, name, kind):
    """Case rules apply to the tool's words: an owner is printed as typed ("Tổ công đoàn sản
    xuất", "Ban Nữ công"), only a leading "Các"/"Những" after the tool's verb is lowered."""
    text = "\n".join(docs[name, kind])
    for task in outlines[name].tasks:
        if task.owner:
            owner = " ".join(task.owner.split())
            assert naming.after_verb(owner) in text, owner
    assert "(chủ trì: Các " not in text and "Giao Các " not in text


def test_abbreviation_spelt_out_and_rate_in_points(docs):
    youth = docs["doan-thanh-nien-2026", "bao-cao"]
    assert any(x.startswith("Ban Chấp hành Đoàn phường Ba Đình báo cáo") for x in youth)
    assert "tăng 0,7 điểm phần trăm" in docs["cong-doan-quy-1-2026", "bao-cao"]
    assert "tăng 0,7%" not in " ".join(docs["cong-doan-quy-1-2026", "bao-cao"])


def test_front_minutes_say_dai_bieu_moi_once(docs):
    text = " ".join(docs["mat-tran-giao-ban-quy-3-2021", "bien-ban"])
    assert len(re.findall(r"Đại biểu mời", text)) == 1
    assert "+ Lãnh đạo các ban Đảng Huyện ủy, UBND huyện." in text


# --- 8. trích yếu broken by meaning ---------------------------------------------------

BAD_ENDS = ("quý", "tháng", "năm", "Công", "Ủy", "Ban", "ngày", "số")


@pytest.mark.parametrize("kind", ("bien-ban", *FOLLOWUP))
@pytest.mark.parametrize("name", NAMES)
def test_trich_yeu_lines_break_by_meaning(outlines, name, kind):
    from minutes.documents.context import build_context
    from minutes.docx.layout import text_width_pt

    parts = build_context(outlines[name], kind)["trich_yeu"].split("\n")
    size = 15 if outlines[name].style == "party" else 14
    for line in parts:
        assert text_width_pt(line, size, bold=True) < 160 / 25.4 * 72, line
        assert line.split()[-1] not in ("và", "của", "tại"), line
        assert line.split()[-1].rstrip(",") not in BAD_ENDS, line
        assert not re.match(r"^(II|III|IV|I|\d+ tháng|tháng|đoàn|ban)\b", line), line
    assert not re.fullmatch(r"năm \d{4}", parts[-1])


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị Ban Chấp hành Công đoàn cơ sở mở rộng sơ kết hoạt động quý I năm 2026",
     ["Hội nghị Ban Chấp hành Công đoàn cơ sở mở rộng", "sơ kết hoạt động quý I năm 2026"]),
    ("Ngắn gọn", ["Ngắn gọn"]),
    ("", []),
])
def test_break_lines(text, expected):
    assert titles.break_lines(text) == expected


def test_break_lines_takes_any_measure():
    assert titles.break_lines("một hai ba bốn", width=9, measure=len) == ["một hai", "ba bốn"]


# --- PDF: what is printed --------------------------------------------------------------

@pytest.mark.pdf
@pytest.mark.skipif(not has_pdf_tools(), reason="needs LibreOffice and pdftotext")
def test_printed_invitation_and_report(tmp_path, outlines):
    import subprocess

    from minutes.pdf import convert_to_pdf

    paths = []
    for kind in ("giay-moi", "bao-cao"):
        path = tmp_path / f"{kind}.docx"
        path.write_bytes(render_bytes(outlines["mat-tran-giao-ban-quy-3-2021"], kind))
        paths.append(path)
    convert_to_pdf(paths, tmp_path)
    gm = subprocess.run(["pdftotext", "-layout", tmp_path / "giay-moi.pdf", "-"], capture_output=True,
                        text=True, check=True).stdout
    assert "Dự Hội nghị giao ban Khối Mặt trận\n" in gm.replace("  ", "").replace("\n ", "\n").replace(" \n", "\n") \
        or re.search(r"Dự Hội nghị giao ban Khối Mặt trận\s*\n\s*và các đoàn thể huyện quý III năm 2021", gm)
    assert "Như thành phần mời;" in gm and "TM. BAN THƯỜNG TRỰC" in gm and "Ông (bà)" not in gm
    bc = subprocess.run(["pdftotext", "-layout", tmp_path / "bao-cao.pdf", "-"], capture_output=True,
                        text=True, check=True).stdout
    assert "Kính gửi:" in bc and "- Như trên;" in bc


def test_rate_indicator_in_points_in_the_table(outlines):
    from minutes.documents.body_lines import indicator_rows

    rows = indicator_rows((Indicator("Tỷ lệ", 97, "%", previous=98),))
    assert rows[0]["change"] == "giảm 1 điểm phần trăm"
