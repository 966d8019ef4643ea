"""Round 7's classes of layout in other words (tests/importer/variants_r7.py): every field right,
nothing invented; and each class's pieces on their own, including what must NOT be read (a spoken
time is never written as the bare hour, a post is never written as the chair's name, "Vắng: không"
is nobody absent)."""

from __future__ import annotations

import datetime as dt

import pytest
import variants_r7
from test_heldout import field, same
from test_recall import compare, values

from minutes.importer import import_docx


def score(name: str):
    result = import_docx(getattr(variants_r7, name)(), name=f"{name}.docx", today=dt.date(2026, 1, 1))
    return compare(name, values(result), variants_r7.EXPECTED7V[name], field, same), result


@pytest.mark.parametrize("name", sorted(variants_r7.EXPECTED7V))
def test_each_class_of_round_7_is_read_in_other_words(name):
    (right, total, misses, invented), _ = score(name)
    assert invented == []
    assert misses == [], f"{right}/{total}"


@pytest.mark.parametrize("text,time", [
    ("8 giờ rưỡi sáng Chủ nhật", "08:30"),
    ("lúc 2 giờ rưỡi chiều", "14:30"),
    ("10 giờ kém 15 phút cùng ngày", "09:45"),
    ("kết thúc lúc 9 giờ kém 10", "08:50"),
    ("16h kém 15 cùng ngày", "15:45"),
    ("9 giờ kém một khắc", "08:45"),
    ("8 giờ kém 15 tối", "19:45"),
    ("14 giờ 30 phút", "14:30"),
    ("10 giờ 15 cùng ngày", "10:15"),
])
def test_a_time_said_the_spoken_way_is_read_whole(text, time):
    from minutes.importer.line_parts import find_time, time_text

    assert time_text(find_time(text)) == time


@pytest.mark.parametrize("value,post", [
    ("Chủ tịch Hội đồng.", True),
    ("Ông Chủ tịch UBND xã", True),
    ("Giám đốc Trung tâm", True),
    ("Phó Hiệu trưởng nhà trường", True),
    ("Trưởng ban Nguyễn Văn An", False),
    ("Ông Nguyễn Văn An - Giám đốc", False),
    ("Bà Lò Thị Mai", False),
])
def test_a_chair_said_by_post_alone_is_not_a_name(value, post):
    from minutes.importer.opening import post_only

    assert post_only(value) is post


def test_a_post_in_place_of_the_chair_is_kept_as_a_note_and_the_name_comes_marked_from_the_signature():
    (_r, _t, _m, _i), result = score("health_centre_presence_column")
    data = values(result)
    assert "Chủ trì: Giám đốc Trung tâm" in data["notes"]
    assert any(u.path == "chair" for u in result.uncertain)  # taken from the signature: marked


@pytest.mark.parametrize("said,post,same", [
    ("Chủ tịch HĐ", "Chủ tịch Hội đồng", True),
    ("Chủ tịch HĐ trường", "Chủ tịch Hội đồng trường", True),
    ("Phó Chủ tịch HĐ", "Chủ tịch Hội đồng", False),
    ("Ủy viên", "Chủ tịch Hội đồng", False),
    ("Giám đốc", "Giám đốc Trung tâm", False),
])
def test_a_post_matches_a_members_role_written_short(said, post, same):
    from minutes.importer.opening import same_post

    assert same_post(said, post) is same


def test_a_chair_named_from_the_members_table_is_marked():
    _scored, result = score("school_council_post_in_members_table")
    assert any(u.path == "chair" and "bảng thành viên" in u.reason for u in result.uncertain)


@pytest.mark.parametrize("line", ["Vắng: không.", "Vắng mặt: Không có.", "Vắng: không ai", "- Vắng mặt: không"])
def test_nobody_absent_is_never_an_absentee(line):
    from minutes.importer.draft import Draft
    from minutes.importer.opening import Opening

    draft = Draft()
    Opening(draft).feed(line, True)
    assert not draft.get("attendees.absent")


@pytest.mark.parametrize("text,fields", [
    ("Thời gian: 19 giờ 30, ngày 05/6/2026 Địa điểm: Nhà văn hóa khu phố 5",
     ["Thời gian: 19 giờ 30, ngày 05/6/2026", "Địa điểm: Nhà văn hóa khu phố 5"]),
    ("Chủ trì: Bà Trần Thị Tư, Chủ tịch Hội. Thư ký: Bà Võ Ngọc Hân, UV BTV.",
     ["Chủ trì: Bà Trần Thị Tư, Chủ tịch Hội.", "Thư ký: Bà Võ Ngọc Hân, UV BTV."]),
    ("Thời gian: 14 giờ, tại Hội trường: tầng 2", []),  # "tại" is the place inside the sentence
    ("Thành phần: các đồng chí (Thư ký: ghi)", []),  # a label inside brackets
    ("Chủ trì: Ông Phạm Văn A - Giám đốc Sở", []),
])
def test_two_labelled_fields_on_one_line_are_cut_apart(text, fields):
    from minutes.importer.opening import tabbed_fields

    assert tabbed_fields(text) == fields


@pytest.mark.parametrize("cell,mark", [("x", True), ("✓", True), ("Có", True), ("Vắng (đi học)", False),
                                       ("vắng", False), ("", None), ("?", None)])
def test_a_presence_mark_is_read_or_left(cell, mark):
    from minutes.importer.body import presence_mark

    assert presence_mark(cell) is mark


@pytest.mark.parametrize("line,code", [("Số: 07/2026/BB-HĐQT", "HĐQT"), ("Số 12/2025/BB-UBND", "UBND"),
                                       ("Số: 05/BB-SNV", "SNV")])
def test_the_year_inside_the_number_is_not_the_code(line, code):
    from minutes.importer.draft import Draft
    from minutes.importer.header import _number

    draft = Draft()
    _number(line, draft)
    assert draft.get("organization.code") == code
    assert not any(u.path == "organization.code" for u in draft.uncertain)


def test_a_numbered_agenda_ends_where_a_sentence_begins_and_a_dash_item_of_two_lines_does_not():
    from minutes.importer.content import agenda_lines
    from minutes.reading.lines import Line

    typed = [Line("1. Báo cáo quý I"), Line("2. Bầu bổ sung"), Line("Bà Chủ tịch khai mạc kỳ họp.")]
    assert [line.clean for line in agenda_lines(typed)[1]] == ["Bà Chủ tịch khai mạc kỳ họp."]
    wrapped = [Line("1. Thông qua dự thảo quy chế làm việc"), Line("của Ủy ban nhân dân xã năm 2026")]
    assert agenda_lines(wrapped)[1] == []
    ours = [Line("- Báo cáo quý I"), Line("Ằ tiếp theo dòng hai")]  # how minutes writes an item of two lines
    assert agenda_lines(ours)[1] == []


@pytest.mark.parametrize("rows", [
    [("Thời gian", ":", "07 giờ 30, ngày 16/01/2026"), ("Địa điểm", ":", "Hội trường xã"),
     ("Chủ trì", ":", "Ông Lê Văn A")],
    [("Thời gian", ": 07 giờ 30, ngày 16/01/2026"), ("Địa điểm", ": Hội trường xã"), ("Chủ trì", ": Ông Lê Văn A")],
    [("Thời gian:", "07 giờ 30, ngày 16/01/2026"), ("Địa điểm:", "Hội trường xã"), ("Chủ trì:", "Ông Lê Văn A")],
])
def test_the_opening_typed_as_a_table_is_read_wherever_the_colon_stands(rows):
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("BIÊN BẢN")
    d.add_paragraph("Họp giao ban")
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    out = io.BytesIO()
    d.save(out)
    data = values(import_docx(out.getvalue(), name="x.docx"))
    assert (data["meeting"]["start"], data["meeting"]["location"]) == ("07:30", "Hội trường xã")
    assert field(data, "chair") == "Lê Văn A"


@pytest.mark.parametrize("line,counts", [
    ("Với sự tham dự của 40/45 hội viên.", (40, 45)),
    ("Với sự có mặt của 28/32 phụ huynh (vắng 4).", (28, 32)),
    ("Đảng viên: tổng số 30 đ/c, có mặt 28 đ/c, vắng 02 đ/c.", (28, 30)),
    ("Thành phần: Có 9/11 ủy viên BCH dự họp.", (9, 11)),
    ("c) Thành phần: Có mặt 5/5 thành viên (đủ)………………", (5, 5)),
    ("- Hội viên: 22/25 người có mặt, vắng 03.", (22, 25)),
    ("- Biểu quyết: 6/6 thành viên có mặt đồng ý.", (None, None)),  # a vote, not those present
])
def test_attendance_said_in_other_words_gives_the_counts(line, counts):
    from minutes.importer.draft import Draft
    from minutes.importer.opening import Opening

    draft = Draft()
    opening = Opening(draft)
    opening.feed(line, False)
    opening.finish()
    assert (draft.get("attendees.present"), draft.get("attendees.expected")) == counts


def test_the_place_and_date_typed_above_the_signatures_are_read_unmarked():
    (_r, _t, misses, _i), result = score("youth_list_agenda")
    assert values(result)["place"] == "Hà Đông"  # not guessed from "ĐOÀN PHƯỜNG HÀ CẦU"
    assert not any(u.path == "place" for u in result.uncertain)
