"""Sentences the tool writes around her words must be right whatever she typed.

Each test renders a document (read back with python-docx) from an outline written for
one point: the news item, names and their case, the signer, the thông báo kết luận, the
Party trích yếu, layout, the báo cáo and the giấy mời. The property test at the end feeds
every sentence frame of the notice and the news item with texts of every shape.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, has_pdf_tools, open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes.documents import followup, kinds, naming, news
from minutes.documents.wording import wording_for
from minutes.docx.render import render_bytes
from minutes.outline import load_outline

NBSP = "\u00a0"

BASE = """\
style: {style}
organization:
  parent: {parent}
  name: {name}
  code: X
place: {place}
meeting:
  title: {title}
  date: {date}
  start: "14:00"
  location: Hội trường
  period: {period}
chair:
  name: Nguyễn Văn An
  position: {position}
secretary:
  name: Trần Thị Bình
  position: Chuyên viên
"""


def outline(tmp_path=None, *, style="state", name="ỦY BAN NHÂN DÂN XÃ TÂN AN", parent="HUYỆN CHÂU THÀNH",
            position="Chủ tịch Ủy ban nhân dân xã", title="Hội nghị sơ kết quý I năm 2026", date="08/4/2026",
            period="Q1/2026", place="Tân An", extra: dict | None = None):
    """An outline built from keyword parts; ``extra`` keys are written as JSON (valid YAML)."""
    text = BASE.format(style=style, name=name, parent=parent, position=position, title=json.dumps(title),
                       date=date, period=period, place=place)
    text += "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in (extra or {}).items())
    return load_outline("x.yaml", data=text.encode())


def paragraphs(o, kind: str):
    """The rendered document's body paragraphs and table-cell paragraphs (python-docx objects)."""
    doc = open_docx(render_bytes(o, kind))
    cells = [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return [p for p in doc.paragraphs if p.text.strip()], [p for p in cells if p.text.strip()]


def texts(o, kind: str) -> list[str]:
    body, cells = paragraphs(o, kind)
    return [p.text for p in cells + body]


# --- 1. the news item reads as news --------------------------------------------------

ACHIEVEMENTS = [
    {"text": "Kết quả tiếp nhận ủng hộ", "items": ["Tiếp nhận được 40.450.000 đồng."]},
    "Mặt trận Tổ quốc và các tổ chức thành viên vận động 625.000.000 đồng",
    "Tuyên truyền, vận động đoàn viên tham gia xây dựng nông thôn mới",
    "Nội dung số 1: tập huấn nghiệp vụ",
    "Công tác chăm lo Tết",
]


def test_news_reads_as_news_and_keeps_her_words():
    o = outline(extra={"achievements": ACHIEVEMENTS, "tasks": ["Tổ chức Tháng Công nhân"]})
    lines = texts(o, "tin-bai")
    headline, body = lines[0], "\n".join(lines[1:])
    assert headline.replace(NBSP, " ").startswith("Ủy ban nhân dân xã Tân An đánh giá kết quả quý I năm 2026")
    assert len(headline.split()) <= news.HEADLINE_WORDS
    assert "năm" + NBSP + "2026" in headline and "Hội nghị sơ kết" not in headline
    for garbled in ("đã kết quả", "đã Mặt trận", "đã nội dung", "cũng nội dung", "còn nội dung",
                    "đã tham gia xây dựng nông thôn mới"):
        assert garbled not in body
    assert "- Tuyên truyền, vận động đoàn viên tham gia xây dựng nông thôn mới." in body  # meaning kept
    assert "625 triệu đồng" in body and "40,45 triệu đồng" in body and "625.000.000" not in body
    assert len(lines[1].split(". ")) <= 2  # a short lead


# --- 2. names keep their case; check asks for organization.in_text --------------------

COMPANY = "CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH A & B"


@pytest.mark.parametrize("kind", ["thong-bao-ket-luan", "bao-cao", "giay-moi", "tin-bai"])
def test_a_name_that_cannot_be_derived_is_kept_as_typed(kind):
    o = outline(name=COMPANY, position="Chủ tịch Công đoàn cơ sở",
                extra={"achievements": ["Chăm lo Tết"], "tasks": ["Tổ chức Tháng Công nhân"],
                       "conclusion": ["Thống nhất chương trình công tác quý II."]})
    text = "\n".join(texts(o, kind))
    assert "công ty TNHH a & B" not in text and "a & B" not in text
    assert COMPANY in text.replace(NBSP, " ")


def test_check_and_render_ask_for_in_text(invoke, tmp_path):
    source = (ROOT / "examples" / "cong-doan-quy-1-2026.yaml").read_text(encoding="utf-8")
    path = tmp_path / "a.yaml"
    path.write_text(source.replace("CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN DỆT MAY SAO MAI", COMPANY), encoding="utf-8")
    assert "organization.in_text" in invoke("check", path).stderr
    rendered = invoke("render", "--all", path, "-d", tmp_path / "out")
    assert rendered.exit_code == 0 and "organization.in_text" in rendered.stderr
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  code: CĐCS", "  code: CĐCS\n  in_text: Công đoàn cơ sở Công ty TNHH A & B"), encoding="utf-8")
    assert "organization.in_text" not in invoke("check", path).stderr


def test_a_title_of_honour_keeps_its_case():
    awards = [{"count": 2, "recipient": "cá nhân", "title": "Chiến sĩ thi đua cơ sở"}]
    o = outline(extra={"commendations": awards, "achievements": ["Chăm lo Tết"],
                       "conclusion": ["Thông qua danh sách khen thưởng (nêu trên)."]})
    for kind in ("tin-bai", "thong-bao-ket-luan"):
        text = "\n".join(texts(o, kind))
        assert "Chiến sĩ thi đua cơ sở" in text and "chiến sĩ thi đua cơ sở" not in text, kind


# --- 3. the signer --------------------------------------------------------------------

FRONT = "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN PHÚ THIỆN"


def test_signer_from_the_leading_position_in_the_body():
    o = outline(name=FRONT, position="Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện",
                extra={"conclusion": ["Thống nhất chương trình công tác quý II."]})
    lines = texts(o, "thong-bao-ket-luan")
    assert "TM. BAN THƯỜNG TRỰC" in lines and "CHỦ TỊCH" in lines and "HUYỆN ỦY" not in lines
    assert not any("Ủy viên Ban Thường vụ Huyện ủy tại" in x or "đồng chí Ủy viên" in x for x in lines)
    assert any(x.startswith("Kết luận của đồng chí Chủ tịch Ủy ban MTTQ Việt Nam huyện") for x in lines)


def test_a_party_body_named_dang_bo_signs_for_its_committee():
    o = outline(style="party", name="ĐẢNG BỘ CÁC CƠ QUAN ĐOÀN THỂ HUYỆN", position="Bí thư Đảng ủy",
                extra={"conclusion": ["Thống nhất chương trình công tác quý II."]})
    lines = texts(o, "thong-bao-ket-luan")
    assert "T/M ĐẢNG ỦY" in lines and not any(x.startswith("T/M ĐẢNG BỘ") for x in lines)


def test_an_unknown_signer_is_a_line_to_fill_and_render_says_so(invoke, tmp_path):
    o = outline(position="Cán bộ phụ trách", extra={"conclusion": ["Thống nhất."]})
    lines = texts(o, "thong-bao-ket-luan")
    assert "." * 30 in lines and "CÁN BỘ PHỤ TRÁCH" not in lines
    source = (ROOT / "examples" / "toi-thieu.yaml").read_text(encoding="utf-8")
    path = tmp_path / "b.yaml"
    path.write_text(source.replace("Chủ tịch Ủy ban nhân dân đặc khu", "Cán bộ phụ trách"), encoding="utf-8")
    result = invoke("render", "--all", path, "-d", tmp_path / "out")
    assert result.exit_code == 0 and "không nhận ra chức vụ" in result.stderr


# --- 4. a thông báo kết luận concludes -------------------------------------------------

def test_notice_assigns_tasks_and_keeps_praise_out(tmp_path):
    o = outline(extra={
        "guests": [{"name": "Đại diện lãnh đạo các ban Đảng Huyện ủy"},
                   {"name": "Kpă Ngun", "position": "Phó Bí thư Huyện ủy"}],
        "conclusion": ["Các đơn vị triển khai các nhiệm vụ nêu trên."],
        "directions": [{"speaker": "Kpă Ngun", "content": [
            "Ghi nhận sự nỗ lực của các đơn vị.", "Tập trung rà soát các chỉ tiêu."]}],
        "tasks": [{"text": "Rà soát biên chế", "owner": "Phòng Tổ chức biên chế", "due": "27/02/2026"},
                  {"text": "Tổng hợp kiến nghị"}],
    })
    lines = texts(o, "thong-bao-ket-luan")
    assert "Giao nhiệm vụ cụ thể như sau:" not in " ".join(lines)
    assert any("Rà soát biên chế. Giao Phòng Tổ chức biên chế chủ trì thực hiện, hoàn thành trước ngày"
               + NBSP + "27/02/2026." in x for x in lines)
    assert not any("đồng chí Đại diện" in x for x in lines)
    assert not any("Ghi nhận sự nỗ lực" in x for x in lines)  # praise is not a direction
    assert not any("(chủ trì:" in x or "(thời hạn:" in x for x in lines)
    nêu_trên = next(i for i, x in enumerate(lines) if "nêu trên" in x)
    assert all(i < nêu_trên for i, x in enumerate(lines) if "Rà soát biên chế" in x or "Tổng hợp kiến nghị" in x)


def test_render_all_says_why_it_wrote_no_notice(invoke, tmp_path):
    source = (ROOT / "examples" / "toi-thieu.yaml").read_text(encoding="utf-8")
    path = tmp_path / "c.yaml"
    path.write_text(source + "directions:\n  - speaker: Nguyễn Hữu Phước\n    content: Ghi nhận sự cố gắng.\n",
                    encoding="utf-8")
    result = invoke("render", "--all", path, "-d", tmp_path / "out")
    assert result.exit_code == 0 and not list((tmp_path / "out").glob("*thong-bao*"))
    assert "không soạn thông báo kết luận" in result.stderr


# --- 5. Party trích yếu in lower case ---------------------------------------------------

@pytest.mark.parametrize("kind, ten_loai", [("thong-bao-ket-luan", "THÔNG BÁO"), ("bao-cao", "BÁO CÁO"),
                                            ("giay-moi", "GIẤY MỜI")])
def test_party_trich_yeu_begins_lower_case(kind, ten_loai):
    o = load_outline(ROOT / "examples" / "dang-bo-doan-the-2020.yaml")
    lines = texts(o, kind)
    trich_yeu = lines[lines.index(ten_loai) + 1]
    assert trich_yeu[:1].islower(), trich_yeu


# --- 6. layout ----------------------------------------------------------------------------

def test_date_line_never_leaves_the_year_alone():
    o = outline(style="party", name="ĐẢNG ỦY XÃ TÂN AN", position="Bí thư Đảng ủy xã",
                place="Thị trấn Mỹ An", extra={"conclusion": ["Thống nhất."]})
    for kind in ("thong-bao-ket-luan", "bao-cao", "giay-moi"):
        line = next(x for x in texts(o, kind) if ", ngày" in x)
        assert "năm" + NBSP + "2026" in line and "ngày" + NBSP in line, kind


@pytest.mark.pdf
@pytest.mark.skipif(not has_pdf_tools(), reason="needs LibreOffice and pdftotext")
def test_printed_party_date_line_keeps_the_year_with_its_date(tmp_path):
    """In print: a place too long for the Party header's column moves the whole date down."""
    import subprocess

    from minutes.pdf import convert_to_pdf

    o = outline(style="party", name="ĐẢNG ỦY XÃ TÂN AN", position="Bí thư Đảng ủy xã",
                place="Thành phố Hồ Chí Minh", extra={"conclusion": ["Thống nhất."]})
    path = tmp_path / "tb.docx"
    path.write_bytes(render_bytes(o, "thong-bao-ket-luan"))
    convert_to_pdf([path], tmp_path)
    text = subprocess.run(["pdftotext", tmp_path / "tb.pdf", "-"], capture_output=True, text=True,
                          check=True).stdout
    lines = [x.strip() for x in text.splitlines()]
    assert "2026" not in lines and "năm 2026" not in lines
    assert "ngày 08 tháng 4 năm 2026" in lines


def test_kinh_gui_list_has_dashes_aligned_under_the_colon():
    o = load_outline(ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml")
    body, _ = paragraphs(o, "bao-cao")
    at = next(i for i, p in enumerate(body) if p.text.startswith("Kính gửi:"))
    first, second = body[at], body[at + 1]
    assert first.text == "Kính gửi:\t- Thường trực Huyện ủy;"
    assert second.text == "\t- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh."
    fmt1, fmt2 = first.paragraph_format, second.paragraph_format
    assert fmt1.left_indent == fmt2.left_indent and fmt1.first_line_indent == fmt2.first_line_indent < 0
    assert fmt1.alignment == fmt2.alignment == 0  # left, not centred line by line


def test_closing_line_never_breaks_a_proper_name():
    o = load_outline(ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml")
    closing = next(x for x in texts(o, "bao-cao") if x.startswith("Trên đây là báo cáo"))
    assert "huyện" + NBSP + "Phú" + NBSP + "Thiện./." in closing


# --- 7. báo cáo --------------------------------------------------------------------------

def test_report_promises_only_what_the_outline_has():
    o = outline(extra={"achievements": ["Chăm lo Tết"], "review": [{"text": "Rà soát", "status": "Hoàn thành"}],
                       "recipients": ["Ủy ban nhân dân huyện Châu Thành (b/c)"]})
    lines = texts(o, "bao-cao")
    trich_yeu = lines[lines.index("BÁO CÁO") + 1]
    assert "phương hướng" not in trich_yeu and "PHƯƠNG HƯỚNG" not in " ".join(lines)
    assert not any("KỲ TRƯỚC" in x for x in lines)
    assert any("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐỀ RA TRONG QUÝ IV NĂM 2025" in x for x in lines)
    assert "Kính gửi: Ủy ban nhân dân huyện Châu Thành" in lines  # not "UBND huyện"


# --- 8. giấy mời --------------------------------------------------------------------------

def test_invitation_has_the_notes_line_and_no_month_without_a_day_before():
    o = outline(date="01/3/2026")
    lines = texts(o, "giay-moi")
    assert any(x.startswith("Các vấn đề cần lưu ý:") for x in lines)
    date_line = next(x for x in lines if ", ngày" in x).replace(NBSP, " ")
    assert "tháng 3" not in date_line and "tháng ……" in date_line


# --- the property: no frame word before a phrase it cannot govern -------------------------

SHAPES = [
    "công tác tuyên truyền pháp luật",                      # a noun phrase
    "Tổ chức hội nghị người lao động",                      # a verb phrase
    "Mặt trận Tổ quốc vận động Nhân dân ủng hộ",            # a whole sentence with its own subject
    "Các nội dung sau:",                                    # a heading ending in ":"
    "Công ty TNHH A & B tài trợ",                           # text with "&"
    "a b c",                                                # one-letter words
    "NGUYỄN VĂN A phát biểu",                               # a name in capitals
    "Kpă Ngun đề nghị tăng cường kiểm tra",                 # a person's name first
]
ALLOWED_BEFORE = re.compile(r"(|\d+\. |[-+] |.*: |.*“|.*\. )")
"""What may stand before her text: nothing, a list mark, a colon, an opening quote, a full stop."""


def _places(text: str, written: list[str]) -> list[str]:
    """What stands before each occurrence of ``text`` (as typed, or capitalised to begin a sentence)."""
    forms = {text, text[:1].upper() + text[1:]}
    return [line[:m.start()] for line in written for form in forms
            for m in re.finditer(re.escape(form), line)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SHAPES), min_size=1, max_size=4, unique=True), st.booleans(), st.booleans(),
       st.sampled_from(SHAPES + ["Hội nghị sơ kết quý I", "Cuộc họp giao ban tháng 3"]))
def test_every_frame_reads_whatever_she_typed(shapes, owned, has_period, title):
    extra = {
        "achievements": [{"text": shapes[0], "items": shapes[1:]}] + shapes[1:],
        "conclusion": shapes,
        "directions": [{"speaker": "Kpă Ngun", "content": shapes}, {"speaker": "Nguyễn Văn An", "content": shapes}],
        "tasks": [{"text": s, **({"owner": "Phòng Tổ chức - Hành chính", "due": "30/6/2026"} if owned else {})}
                  for s in shapes],
        "guests": [{"name": "Kpă Ngun", "position": "Phó Bí thư Huyện ủy"}],
    }
    o = outline(extra=extra, period="Q1/2026" if has_period else "null", title=title)
    item = news.news_item(o)
    trich_yeu = kinds.document_context(o, kinds.BY_NAME["thong-bao-ket-luan"], wording_for("state"))["trich_yeu"]
    written = {
        "thông báo": [trich_yeu, *followup.notice_opening(o, naming.unit_text(o)), *followup.notice_lines(o)],
        "tin bài": [item.headline, item.lead, *item.paragraphs],
    }
    for kind, lines in written.items():
        lines = [x.replace(NBSP, " ") for x in lines]
        typed = shapes + ([title] if title in SHAPES else [])
        for shape in typed:
            text = naming.inline(shape).rstrip(":")
            before = _places(text, lines)
            assert before, f"{kind}: {shape!r} is missing or its case was changed"
            for prefix in before:
                assert ALLOWED_BEFORE.fullmatch(prefix), f"{kind}: {prefix!r} stands before {shape!r}"
        assert all("NGUYỄN VĂN A" in x for x in lines if "guyễn văn a" in x.lower() and "phát biểu" in x)
