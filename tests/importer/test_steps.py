"""The import's steps one by one: line markers, people, dates, task details, old fonts, the YAML."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import MINIMAL

from minutes.importer.content import task_details
from minutes.importer.draft import Draft, Uncertain
from minutes.importer.emit import dump
from minutes.importer.line_parts import bare, find_date, find_time, person, split_marker, trailing_group
from minutes.importer.opening import absence, guest, place_of
from minutes.reading.lines import convert
from minutes.reading.numbering import number_text
from minutes.vietnamese.legacy import to_tcvn3, to_vni


@pytest.mark.parametrize("line, expected", [
    ("- Đánh giá kết quả", ("dash", "-", "Đánh giá kết quả")),
    ("+ Ý phụ", ("plus", "+", "Ý phụ")),
    ("• Ý", ("bullet", "•", "Ý")),
    ("1. Chương trình", ("num", "1.", "Chương trình")),
    ("2.1. Chương trình", ("num2", "2.1.", "Chương trình")),
    ("a) Tổ chức", ("letter", "a)", "Tổ chức")),
    ("III. KẾT LUẬN", ("roman", "III.", "KẾT LUẬN")),
    ("1.248 người tham dự", ("", "", "1.248 người tham dự")),
    ("-5 độ", ("", "", "-5 độ")),
    ("Thời gian: 8 giờ", ("", "", "Thời gian: 8 giờ")),
])
def test_list_markers(line, expected):
    assert split_marker(line) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hoàn thành.", "Hoàn thành"), ("Hoàn thành;", "Hoàn thành"), ("Còn tiếp...", "Còn tiếp..."),
    ("Hết./.", "Hết./."), ("Chăm lo Tết:", "Chăm lo Tết:"),
])
def test_bare_drops_the_full_stop_the_renderer_adds_back(text, expected):
    assert bare(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nguyễn Văn An - Giám đốc Sở.", ("Nguyễn Văn An", "Giám đốc Sở")),
    ("đồng chí Lê Văn Cường, Bí thư Chi bộ", ("Lê Văn Cường", "Bí thư Chi bộ")),
    ("Ông Mai Văn Khoa (Chủ tịch Hội)", ("Mai Văn Khoa", "Chủ tịch Hội")),
    ("Trần Thị Bình - Chuyên viên - Văn phòng", ("Trần Thị Bình", "Chuyên viên - Văn phòng")),
    ("Lãnh đạo Sở, trưởng các phòng", ("Lãnh đạo Sở, trưởng các phòng", "")),
])
def test_people(text, expected):
    assert person(text) == expected


def test_guests_and_absentees():
    assert guest("Kpă Ngun - Phó Bí thư Huyện ủy (dự và chỉ đạo);") == {
        "name": "Kpă Ngun", "position": "Phó Bí thư Huyện ủy", "role": "dự và chỉ đạo"}
    assert guest("Lê Văn Cường - Phó Chủ tịch UBND tỉnh.") == "Lê Văn Cường - Phó Chủ tịch UBND tỉnh"
    assert absence("Phạm Minh Trí (ốm, có đơn (xin phép))") == {
        "name": "Phạm Minh Trí", "reason": "ốm, có đơn (xin phép)"}
    assert trailing_group("X (a (b))") == ("X", "a (b)")
    assert place_of("TDP Ngô Miễn, Phường Phúc Yên, Chúng tôi gồm:") == "TDP Ngô Miễn, Phường Phúc Yên"


@pytest.mark.parametrize("text, day", [
    ("14 giờ 00, ngày 08 tháng 4 năm 2026.", dt.date(2026, 4, 8)),
    ("ngày 5/2/2026", dt.date(2026, 2, 5)),
    ("Hà Nội, ngày     tháng    năm 2025", None),
    ("ngày 31/02/2025", None),
])
def test_dates(text, day):
    assert find_date(text) == day


@pytest.mark.parametrize("text, moment", [
    ("Thời gian bắt đầu: 14 giờ 00, ngày 08 tháng 4 năm 2026", dt.time(14)),
    ("vào lúc 19 giờ 30 phút", dt.time(19, 30)),
    ("bắt đầu 7h30", dt.time(7, 30)),
    ("16 giờ 30", dt.time(16, 30)),
    ("14:00", dt.time(14)),
    ("ngày 26/8/2025", None),
    ("…… giờ …… cùng ngày", None),
])
def test_times(text, moment):
    assert find_time(text) == moment


@pytest.mark.parametrize("line, expected", [
    ("Tổ chức hội nghị (chủ trì: Văn phòng Sở; thời hạn: 15/12/2025).",
     ("Tổ chức hội nghị", {"owner": "Văn phòng Sở", "due": "15/12/2025"}, "")),
    ("Khảo sát (chủ trì: Hội Phụ nữ huyện (phối hợp Ban Dân vận); thời hạn: 15/10/2021).",
     ("Khảo sát", {"owner": "Hội Phụ nữ huyện (phối hợp Ban Dân vận)", "due": "15/10/2021"}, "")),
    ("Ra quân (giao: các chi đoàn, hoàn thành trước ngày 26/3/2026)",
     ("Ra quân", {"owner": "các chi đoàn", "due": "26/3/2026"}, "hoàn thành trước ngày 26/3/2026")),
    ("Mua sắm (theo kế hoạch)", None),
    ("Rà soát (thời hạn: quý IV)", None),
])
def test_task_details(line, expected):
    assert task_details(line) == expected


@pytest.mark.parametrize("value, fmt, text", [
    (3, "decimal", "3"), (2, "lowerLetter", "b"), (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"),
    (7, "decimalZero", "07"),
])
def test_word_number_formats(value, fmt, text):
    assert number_text(value, fmt) == text


def test_old_fonts_convert_by_name_only():
    text = "Ủy ban nhân dân xã Tân Phú"
    assert convert(to_tcvn3("biên bản hội nghị"), ".VnTime") == "biên bản hội nghị"
    assert convert(to_tcvn3("biên bản"), ".VnTimeH") == "BIÊN BẢN"
    assert convert(to_vni(text), "VNI-Times") == text
    assert convert("Café Müller", "Times New Roman") == "Café Müller"
    assert convert(to_tcvn3("biên bản"), "Arial") == to_tcvn3("biên bản")  # no font, no guess


def test_doubts_become_end_of_line_comments():
    draft = Draft()
    draft.set("meeting.title", "Giao ban")
    draft.set("meeting.date", None, "không thấy ngày họp")
    draft.set("tasks", [{"text": "A", "due": "01/02/2026"}])
    draft.doubt("tasks[0].due", "thời hạn ghi “trước ngày 01/02/2026”")
    draft.doubt("tasks[0].due", "ghi thêm")
    text = dump(draft.ordered(), draft.uncertain, "x.docx", dt.date(2026, 1, 1))
    lines = text.splitlines()
    assert "  date:  # kiểm tra lại: không thấy ngày họp" in lines
    assert "    due: 01/02/2026  # kiểm tra lại: thời hạn ghi “trước ngày 01/02/2026”; ghi thêm" in lines
    assert str(Uncertain("a.b", "lý do")) == "a.b: lý do"


def test_notes_pass_check_and_are_never_printed(tmp_path):
    from test_roundtrip import paragraphs

    from minutes.docx.render import render_bytes
    from minutes.outline import load_outline

    text = MINIMAL + "notes:\n  - Đoạn chưa xếp được XYZ123\n"
    outline = load_outline("x.yaml", data=text.encode("utf-8"))
    assert not any("XYZ123" in p for p in paragraphs(render_bytes(outline, None)))


@pytest.mark.parametrize("line, role, value", [
    ("Đồng chí Nguyễn Văn An, Bí thư Chi bộ chủ trì hội nghị.", "chair", "Nguyễn Văn An - Bí thư Chi bộ"),
    ("Đồng chí Trần Thị Bình làm thư ký.", "secretary", "Trần Thị Bình"),
    ("Hội nghị thống nhất chủ trì", None, None),
])
def test_a_role_said_in_a_sentence(line, role, value):
    from minutes.importer.opening import Opening

    draft = Draft()
    assert Opening(draft).feed(line, attendance=False) == (role or "")
    if role:
        assert draft.get(role) == value and draft.uncertain[0].path == role


def test_capital_letter_and_roman_markers():
    assert split_marker("A. THÀNH PHẦN THAM GIA:") == ("letter", "A.", "THÀNH PHẦN THAM GIA:")
    assert split_marker("IV. KẾT LUẬN:") == ("roman", "IV.", "KẾT LUẬN:")
    assert split_marker("V. Nhiệm vụ") == ("roman", "V.", "Nhiệm vụ")


def test_a_time_line_with_the_end_is_not_the_closing_sentence():
    from minutes.importer.body import Body
    from minutes.reading.lines import Line

    draft = Draft()
    Body(draft, "").read([Line("Giao ban"),
                          Line("Thời gian: từ 14 giờ 00 đến 16 giờ 30, ngày 02/3/2026, kết thúc đúng giờ."),
                          Line("Địa điểm: Phòng họp.")])
    assert (draft.get("meeting.start"), draft.get("meeting.end")) == ("14:00", "16:30")
    assert draft.get("meeting.location") == "Phòng họp"


@pytest.mark.parametrize("line, present, expected, absent", [
    ("- Vắng mặt: 02 người: Lê An (ốm); Hồ Bình (đi công tác).", 20, None,
     [{"name": "Lê An", "reason": "ốm"}, {"name": "Hồ Bình", "reason": "đi công tác"}]),
    ("- Vắng mặt: 02 đồng chí (có lý do).", 20, 22, None),
    ("- Vắng mặt: đồng chí Nguyễn Văn Ba (ốm).", 20, None, [{"name": "Nguyễn Văn Ba", "reason": "ốm"}]),
])
def test_absences(line, present, expected, absent):
    from minutes.importer.opening import Opening

    draft = Draft()
    draft.set("attendees.present", present)
    assert Opening(draft).feed(line, attendance=True) == "absent"
    assert draft.get("attendees.expected") == expected
    assert draft.get("attendees.absent") == absent


def test_a_date_line_under_the_title_gives_place_and_date():
    from minutes.importer.opening import Opening

    draft = Draft()
    assert Opening(draft).feed("Tây Ninh, ngày 26 tháng 8 năm 2025", attendance=False) == "date"
    assert (draft.get("place"), draft.get("_header_date")) == ("Tây Ninh", "26/8/2025")
