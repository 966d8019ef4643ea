"""The classes of rounds 5 and 6 (tests/importer/heldout_late.py) line by line, each in wordings the
held-out documents do not use: counts never taken for names, a form's dotted fills and "Chức vụ:"
never kept in a value, the afternoon hours, votes said with words between, a sign-in table, a body
typed as a label ("ĐẢNG BỘ: XÃ …"). The whole documents are in tests/importer/variants.py."""

from __future__ import annotations

import datetime as dt

import heldout_late
import pytest
import variants

from minutes.importer import import_docx
from minutes.importer.body import sign_in_count, stated_vote
from minutes.importer.draft import Draft
from minutes.importer.header import uncolon
from minutes.importer.line_parts import bare, find_time, person
from minutes.importer.opening import Opening
from minutes.reading.lines import Line, Table


@pytest.mark.parametrize("text, want", [
    ("kết thúc lúc 4 giờ 30 chiều cùng ngày", "16:30"), ("bắt đầu lúc 2 giờ chiều", "14:00"),
    ("khai mạc lúc 8 giờ sáng", "08:00"), ("bắt đầu lúc 7 giờ tối", "19:00"), ("lúc 9 giờ 15 tối", "21:15"),
    ("kết thúc 11 giờ 30 trưa", "11:30"),
])
def test_a_time_said_with_its_part_of_the_day(text, want):
    assert find_time(text).strftime("%H:%M") == want


@pytest.mark.parametrize("text, want", [
    ("nhà bà Lê Thị Hoa (tổ 4)………………………", "nhà bà Lê Thị Hoa (tổ 4)"),
    ("Phòng họp số 2.............", "Phòng họp số 2"),
    ("Hội trường ấp __________", "Hội trường ấp"),
    ("các nội dung khác…", "các nội dung khác…"),  # the value's own ellipsis stays
    ("Cuộc họp kết thúc./.", "Cuộc họp kết thúc./."),
    ("…………………", "…………………"),  # a line of dots alone is still blank, never cut to nothing
])
def test_a_forms_dotted_fill_is_cut_from_a_value(text, want):
    assert bare(text) == want


@pytest.mark.parametrize("text, name, position", [
    ("Bà Huỳnh Thị Ngọc……………… Chức vụ: Chi hội trưởng………", "Huỳnh Thị Ngọc", "Chi hội trưởng"),
    ("Ông Lưu Văn A\t\tChức vụ: Tổ trưởng", "Lưu Văn A", "Tổ trưởng"),
    ("Ông Sơn Văn Út, công chức Nông nghiệp – Môi trường", "Sơn Văn Út", "công chức Nông nghiệp – Môi trường"),
    ("Bà Lê Thị Bé, Phó Chủ tịch UBND xã", "Lê Thị Bé", "Phó Chủ tịch UBND xã"),
    ("Đ/c Lê Văn An……………Chức vụ……………", "Lê Văn An", ""),  # the form's position left empty
    ("Ông Lê Văn An.........Chức vụ: Trưởng ấp.........", "Lê Văn An", "Trưởng ấp"),
])
def test_a_person_never_keeps_a_post_or_a_fill_in_the_name(text, name, position):
    assert person(text) == (name, position)


def _opening(*lines: str) -> Draft:
    draft = Draft()
    opening = Opening(draft)
    for line in lines:
        opening.feed(line, True)
    opening.finish()
    return draft


@pytest.mark.parametrize("line", ["Vắng: số lượng 01 người.", "Vắng mặt: tổng số 02 người", "Vắng: 03 đồng chí.",
                                  "Số đảng viên vắng mặt: 02 đồng chí."])
def test_a_count_of_absentees_is_never_written_as_a_name(line):
    draft = _opening("Có mặt: 20/23 đồng chí.", line)
    assert not draft.has("attendees.absent")


@pytest.mark.parametrize("lines, present, expected, absent", [
    (["Số đảng viên dự sinh hoạt: 15 đồng chí.", "Số đảng viên vắng mặt: 01 đồng chí.",
      "+ Có lý do: đồng chí Tạ Văn Hai (ốm)."], 15, 16, ["Tạ Văn Hai"]),
    (["Có mặt 11 người/Tổng số 12 người.", "Tên người vắng: Ông Kim Văn Ba, lí do: công tác."], 11, 12,
     ["Kim Văn Ba"]),
    (["Số đại biểu được triệu tập: 40 người; số đại biểu có mặt: 38 người."], 38, 40, []),
    (["Ủy viên Ban Chấp hành: 9 người; có mặt: 8; vắng: 01 (đ/c Lò Thị Tư - nghỉ phép)."], 8, 9, ["Lò Thị Tư"]),
    (["Số hộ gia đình có người đại diện dự họp: 45/52 hộ."], 45, 52, []),
    (["Thành viên Ban Thường trực: 7 người; có mặt: 6."], 6, 7, []),
    (["Số cử tri được mời: 120; số cử tri dự họp: 96."], 96, 120, []),
    (["Số đại biểu được mời dự: 50, số đại biểu tham dự: 47."], 47, 50, []),
    (["Số đại biểu được mời dự: 50."], None, 50, []),
])
def test_attendance_in_a_forms_own_words(lines, present, expected, absent):
    draft = _opening(*lines)
    assert (draft.get("attendees.present"), draft.get("attendees.expected")) == (present, expected)
    assert [entry["name"] for entry in draft.get("attendees.absent") or []] == absent


def test_the_roles_said_in_one_sentence_go_each_to_their_person():
    draft = Draft()
    Opening(draft).feed("Ông Lý Văn Một - Giám đốc chủ trì; bà Hứa Thị Hai - chuyên viên làm thư ký.", False)
    assert (draft.get("chair"), draft.get("secretary")) == ("Lý Văn Một - Giám đốc", "Hứa Thị Hai - chuyên viên")
    assert {u.path for u in draft.uncertain} >= {"chair", "secretary"}


@pytest.mark.parametrize("text, agree, against", [
    ("Thống nhất: 40/40 hội viên dự họp nhất trí.", 40, 0),
    ("Kết quả: 50/55 cử tri đồng ý, 05 cử tri không đồng ý.", 50, 5),
    ("Ngày 12/3 năm nay toàn chi bộ nhất trí.", None, None),
    ("Biểu quyết thông qua với tỷ lệ 100% (15/15 đồng chí) tán thành.", 15, 0),
    ("Năm 2025 có 12/15 chỉ tiêu đạt, các thành viên nhất trí.", None, None),
    ("Tỷ lệ 96/100 hộ đồng ý làm đường.", None, None),
])
def test_a_vote_with_words_between_its_count_and_its_verb(text, agree, against):
    found = stated_vote(text)
    assert (found[0]["agree"], found[0]["against"]) == (agree, against) if agree else found is None


def test_a_sign_in_table_counts_its_named_rows_and_a_members_table_does_not():
    rows = [["STT", "Họ tên người dự", "Ký tên"], ["1", "Lê Văn A", ""], ["2", "Trần Thị B", ""], ["3", "", ""]]
    table = Table([[[Line(cell)] for cell in row] for row in rows])
    assert sign_in_count(table) == 2
    members = Table([[[Line(cell)] for cell in row] for row in [["STT", "Họ và tên", "Chức vụ"], ["1", "Lê A", "x"]]])
    assert sign_in_count(members) is None


@pytest.mark.parametrize("text, want", [("ĐẢNG BỘ: XÃ ĐẠI THẮNG", "ĐẢNG BỘ XÃ ĐẠI THẮNG"),
                                        ("CHI BỘ : KHU PHỐ 2", "CHI BỘ KHU PHỐ 2"),
                                        ("Số: 12/BB-UBND", "Số: 12/BB-UBND")])
def test_a_body_typed_as_a_label_loses_its_colon(text, want):
    assert uncolon(text) == want


def _every_value(data):
    if isinstance(data, dict):
        for value in data.values():
            yield from _every_value(value)
    elif isinstance(data, list):
        for value in data:
            yield from _every_value(value)
    elif isinstance(data, str):
        yield data


@pytest.mark.parametrize("build", [heldout_late.chi_hoi_phu_nu_dotted_fills, heldout_late.tdp_community_meeting,
                                   variants.village_page_header_reworded, variants.union_form_counts_reworded])
def test_no_value_keeps_a_fill_or_a_form_label(build):
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(import_docx(build(), name="x.docx", today=dt.date(2026, 1, 1)).outline_text)
    data.pop("notes", None)
    for value in _every_value(data):
        assert "……" not in value and "Chức vụ:" not in value and "số lượng" not in value.lower(), value


@pytest.mark.parametrize("agenda_head, content_head", [("Chương trình sinh hoạt:", "Diễn biến:"),
                                                      ("Chương trình họp:", "Nội dung cuộc họp:")])
def test_what_follows_the_content_heading_is_never_an_agenda_item(agenda_head, content_head):
    from handmade import _bytes, _doc, _para
    from ruamel.yaml import YAML

    d = _doc()
    for text, bold in (("BIÊN BẢN", True), ("Họp tổ tháng 4", True), ("Thời gian: 8 giờ ngày 02/4/2026.", False),
                       (agenda_head, True), ("1. Kế hoạch tháng 4.", False), ("2. Phân công trực.", False),
                       (content_head, True), ("- Tổ trưởng báo cáo công việc tháng 3.", False)):
        _para(d, text, bold=bold)
    data = YAML(typ="safe").load(import_docx(_bytes(d), name="x.docx", today=dt.date(2026, 1, 1)).outline_text)
    assert data["agenda"] == ["Kế hoạch tháng 4", "Phân công trực"]
    assert any("Tổ trưởng báo cáo" in note for note in data["notes"])


@pytest.mark.parametrize("subject, opening", [
    ("(V/v bầu tổ trưởng tổ tự quản)", "Lúc 19 giờ 00 ngày 02/4/2026, tại nhà văn hóa, tổ tiến hành họp."),
    ("(Về việc: bầu tổ trưởng tổ tự quản)", "Ngày 02/4/2026, lúc 19 giờ, tại nhà văn hóa, tổ tiến hành họp."),
])
def test_a_subject_line_under_the_title_never_runs_on_into_the_opening(subject, opening):
    from handmade import _bytes, _doc, _para
    from ruamel.yaml import YAML

    d = _doc()
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, subject)
    _para(d, opening)
    data = YAML(typ="safe").load(import_docx(_bytes(d), name="x.docx", today=dt.date(2026, 1, 1)).outline_text)
    assert data["meeting"]["title"] == "bầu tổ trưởng tổ tự quản"
    assert (data["meeting"]["start"], data["meeting"]["date"]) == ("19:00", "02/4/2026")


@pytest.mark.parametrize("parent, name", [("HỘI LHPN XÃ TÂN HÒA", "CHI HỘI PHỤ NỮ ẤP TÂN LỢI"),
                                          ("UBND XÃ PHONG HÒA", "THÔN ĐÔNG"),
                                          ("HỘI NÔNG DÂN XÃ AN PHÚ", "CHI HỘI NÔNG DÂN ẤP 3")])
def test_two_bodies_stacked_in_one_cell_are_the_parent_and_the_issuing_body(parent, name):
    from heldout import _bytes, _doc, _p, _table_header
    from ruamel.yaml import YAML

    d = _doc()
    _table_header(d, [parent, name], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp định kỳ quý II", bold=True, center=True)
    _p(d, "Thời gian: 8 giờ ngày 02/4/2026.")
    data = YAML(typ="safe").load(import_docx(_bytes(d), name="x.docx", today=dt.date(2026, 1, 1)).outline_text)
    assert (data["organization"]["parent"], data["organization"]["name"]) == (parent, name)


@pytest.mark.parametrize("text, want", [
    ("Hội trường UBND xã. Thành phần gồm toàn thể đảng viên.", "Hội trường UBND xã"),
    ("phòng học lớp 9A, được sự đồng ý của Ban Giám hiệu, lớp tiến hành họp", "phòng học lớp 9A"),
    ("nhà văn hóa ấp, với sự tham dự của 30 hộ", "nhà văn hóa ấp"),
    ("Hội trường TP. Huế, chi bộ họp", "Hội trường TP. Huế"),
])
def test_the_place_of_an_opening_sentence_ends_where_the_sentence_goes_on(text, want):
    from minutes.importer.opening import place_of

    assert place_of(text) == want
