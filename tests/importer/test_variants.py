"""Import on the many ways a văn thư types the same biên bản (tests/importer/variants.py): every
class of layout there is read, at least 95 % of the fields right over the set, and no value is
invented."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import variants
from test_recall import compare, values

from minutes.importer import import_docx

DEGREE = re.compile(r"^(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|CN|KS|ĐD|DS|YS)\.\s*)+")
"""A title written before a name ("BSCKII.", "ĐD."): kept or left, either way is right."""


def field(data: dict, path: str):
    """The value at ``path``: a person as the name only, absentees as their names joined by "; "."""
    value = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if path in ("chair.position", "secretary.position"):
        found = data.get(path.split(".")[0])
        value = found.get("position") if isinstance(found, dict) else \
            found.split(" - ", 1)[1] if isinstance(found, str) and " - " in found else None
    if path in ("chair", "secretary"):
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str):
            value = DEGREE.sub("", value.split(" - ")[0].strip())
    if path == "attendees.absent" and isinstance(value, list):
        value = "; ".join(v["name"] if isinstance(v, dict) else str(v) for v in value)
    return value


def same(path: str, got, want) -> bool:
    if got in (None, "", [], {}):
        return False
    if path.endswith(("date", "start", "end")):
        return [int(n) for n in re.findall(r"\d+", str(got))] == [int(n) for n in re.findall(r"\d+", str(want))]
    if path == "meeting.title":  # the first letter's case and a leading "Họp" are the typist's choice
        def plain(text):
            text = " ".join(str(text).split()).casefold()
            return text[4:] if text.startswith("họp ") else text
        return plain(got) == plain(want)
    if isinstance(want, int):
        return str(got).strip() == str(want)
    return " ".join(str(got).split()).rstrip(".") == " ".join(want.split())


def score(name: str):
    data = values(import_docx(getattr(variants, name)(), name=f"{name}.docx", today=dt.date(2026, 1, 1)))
    return compare(name, data, variants.EXPECTED[name], field, same)


@pytest.mark.parametrize("name", sorted(variants.EXPECTED))
def test_no_value_is_invented_whatever_the_typing(name):
    assert score(name)[3] == []


def test_the_typing_variants_are_read():
    right = total = 0
    wrong: list[str] = []
    for name in sorted(variants.EXPECTED):
        r, t, w, _ = score(name)
        right, total, wrong = right + r, total + t, wrong + w
    print(f"import on the typing variants: {right}/{total} = {right / total:.1%}")
    print("\n".join(wrong))
    assert right / total >= 0.95, f"{right}/{total} = {right / total:.1%}\n" + "\n".join(wrong)


@pytest.mark.parametrize("text,end,marked", [
    ("Cuộc họp kết thúc vào lúc 10g00 cùng ngày.", "10:00", False),
    ("Biên bản kết thúc lúc 16 giờ 15 phút cùng ngày./.", "16:15", False),
    ("Biên bản này được lập xong vào lúc 10 giờ 30 phút cùng ngày, đã đọc lại cho mọi người cùng nghe.", "10:30", True),
    ("Biên bản được thông qua trước toàn thể cuộc họp, 100% thành viên nhất trí. Cuộc họp kết thúc vào lúc "
     "16 giờ 30 phút cùng ngày./.", "16:30", False),
    ("Nội dung cuộc họp đã được các thành viên nhất trí thông qua. Hội nghị bế mạc hồi 11h15.", "11:15", False),
    ("Thời gian bế mạc: 10 giờ 30 cùng ngày.", "10:30", False),
    ("Biên bản đã được đọc lại cho mọi người cùng nghe và nhất trí thông qua, cuộc họp kết thúc vào lúc 11 giờ "
     "cùng ngày.", "11:00", False),
])
def test_the_end_is_read_from_the_closing_sentence_however_it_is_said(text, end, marked):
    from minutes.importer.body import closing
    from minutes.importer.draft import Draft

    draft = Draft()
    assert closing(text, draft)
    assert draft.get("meeting.end") == end
    assert any(u.path == "meeting.end" for u in draft.uncertain) == marked


@pytest.mark.parametrize("text,hour", [("2 giờ chiều", "14:00"), ("7 giờ 30 tối", "19:30"), ("7g30", "07:30"),
                                       ("07 giờ 30'", "07:30"), ("14h", "14:00"), ("8 giờ 30 sáng", "08:30")])
def test_a_clock_time_is_read_with_its_part_of_the_day(text, hour):
    from minutes.importer.line_parts import find_time, time_text

    assert time_text(find_time(text)) == hour


@pytest.mark.parametrize("text,day", [("ngày 05 - 3 - 2026", "05/3/2026"), ("05.3.2026", "05/3/2026"),
                                      ("ngày 20 tháng Mười năm 2025", "20/10/2025"),
                                      ("ngày 01 tháng Giêng năm 2026", "01/01/2026"),
                                      ("ngày 9 tháng Mười Hai năm 2025", "09/12/2025"),
                                      ("ngày 05 tháng 3/2026", "05/3/2026")])
def test_a_date_is_read_however_it_is_typed(text, day):
    from minutes.importer.line_parts import date_text, find_date

    assert date_text(find_date(text)) == day


@pytest.mark.parametrize("text,start,marked", [
    ("Hôm nay, vào lúc 2 giờ 30, ngày 05/3/2026, tại hội trường", "14:30", True),
    ("Hôm nay, vào lúc 2 giờ chiều, ngày 05/3/2026", "14:00", False),
    ("Hôm nay, vào lúc 5 giờ sáng, ngày 05/3/2026", "05:00", False),
    ("Hôm nay, vào lúc 7 giờ 30, ngày 05/3/2026", "07:30", False),
])
def test_an_hour_from_1_to_5_with_no_part_of_the_day_is_the_afternoon_marked(text, start, marked):
    from minutes.importer.draft import Draft
    from minutes.importer.opening import Opening

    draft = Draft()
    Opening(draft).feed(text, False)
    assert draft.get("meeting.start") == start
    assert any(u.path == "meeting.start" for u in draft.uncertain) == marked


def test_a_chair_named_only_by_a_post_is_no_name_and_the_line_is_kept():
    """"Chủ trì: Lãnh đạo Sở Nội vụ." names a post, not a person: nothing is written as the chair's
    name, and the line is kept in the notes as typed."""
    from minutes.importer.draft import Draft
    from minutes.importer.opening import Opening

    draft = Draft()
    Opening(draft).feed("Chủ trì: Lãnh đạo Sở Nội vụ.", False)
    assert draft.get("chair") is None
    assert any("Lãnh đạo Sở Nội vụ" in note for note in draft.notes)


@pytest.mark.parametrize("lines,want", [
    (["Hôm nay, thứ Tư ngày 04/3/2026, tại Văn phòng ấp, vào lúc 19 giờ, Chi bộ tổ chức họp."],
     {"meeting.start": "19:00", "meeting.location": "Văn phòng ấp"}),
    (["Thời gian: Ngày 05/3/2026 (buổi sáng).", "Bắt đầu lúc 7 giờ 30."], {"meeting.start": "07:30"}),
    (["Thư kí: Bà Lê Thị Bê - Kế toán."], {"secretary": "Lê Thị Bê - Kế toán"}),
    (["Chủ trì:", "Ông Lò Văn Á - Giám đốc."], {"chair": "Lò Văn Á - Giám đốc"}),
    (["Thời gian:", "Ông Lò Văn Á phát biểu."], {"meeting.start": None}),
    (["1. Ông Lò Văn Á - Giám đốc - Chủ trì.", "2. Bà Mã Thị Bé - Kế toán - Thư ký."],
     {"chair": "Lò Văn Á - Giám đốc", "secretary": "Mã Thị Bé - Kế toán"}),
    (["Người ghi: Bà Mã Thị Bé."], {"secretary": "Mã Thị Bé"}),
    (["Chiều ngày 05/3/2026, lúc 2 giờ 30, tại Hội trường xã, Ban chỉ đạo tổ chức họp."],
     {"meeting.start": "14:30", "meeting.date": "05/3/2026", "meeting.location": "Hội trường xã"}),
    (["Sáng thứ Hai, ngày 05/3/2026, vào lúc 7 giờ 30, tại Phòng họp A."], {"meeting.start": "07:30"}),
    (["Tối nay, ngày 05/3/2026, lúc 7 giờ 30, tại nhà văn hóa ấp, chi bộ tiến hành sinh hoạt."],
     {"meeting.start": "19:30", "meeting.location": "nhà văn hóa ấp"}),
    (["Hôm nay, vào lúc 8 giờ 00 ngày 05/3/2026, tại Hội trường UBND xã, UBND xã tổ chức họp. Chủ trì: Ông Lò "
      "Văn An - Chủ tịch UBND xã. Thư ký: Bà Mã Thị Bé - Công chức."],
     {"meeting.location": "Hội trường UBND xã", "chair": "Lò Văn An - Chủ tịch UBND xã",
      "secretary": "Mã Thị Bé - Công chức"}),
    (["Thành phần tham dự: 13 đồng chí.", "Vắng: 02 (có lý do)."],
     {"attendees.present": 13, "attendees.expected": 15}),
    (["Chủ trì: Phó Giám đốc Sở Lò Văn Hai.", "Thư ký: Chuyên viên Mã Thị Bé."],
     {"chair": "Lò Văn Hai - Phó Giám đốc Sở", "secretary": "Mã Thị Bé - Chuyên viên"}),
    (["Tổng số đảng viên: 18 đồng chí.", "Số đảng viên có mặt: 16 đồng chí."],
     {"attendees.present": 16, "attendees.expected": 18}),
    (["Số đảng viên được triệu tập: 18 đồng chí.", "Có mặt: 16 đồng chí."],
     {"attendees.present": 16, "attendees.expected": 18}),
])
def test_opening_lines_as_typed(lines, want):
    from minutes.importer.draft import Draft
    from minutes.importer.opening import Opening

    draft = Draft()
    opening = Opening(draft)
    for line in lines:
        opening.feed(line, False)
    assert {path: draft.get(path) for path in want} == want


@pytest.mark.parametrize("text,agree", [
    ("Biểu quyết thông qua với 100% đại biểu tán thành (15/15).", 15),
    ("15/15 đại biểu có mặt tán thành.", 15),
    ("Kết quả biểu quyết: Tán thành 15/15 (100%), không tán thành 0, không ý kiến 0.", 15),
    ("Tổng số phiếu: 9; tán thành: 9; không tán thành: 0.", 9),
    ("Có mặt 25/27 đồng chí nhất trí thông qua.", None),  # a count of those present, not a vote
    ("100% đại biểu nhất trí.", None),  # no count: not read
])
def test_a_vote_said_in_a_sentence(text, agree):
    from minutes.importer.body import stated_vote

    found = stated_vote(text)
    assert (found[0]["agree"] if found else None) == agree
