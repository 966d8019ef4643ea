"""Biên bản typed by hand (tests/importer/handmade.py): the fields recovered from each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import handmade
import pytest

from minutes.importer import import_docx
from minutes.model import Absence, Commendation, Item, Period, Person, Speech, Vote
from minutes.outline import load_outline


def imported(build):
    """Import the document ``build`` makes; return (result, the outline as the loader reads it)."""
    result = import_docx(build(), name="tay.docx", today=dt.date(2026, 1, 1))
    assert result.problems == [], [str(p) for p in result.problems]
    return result, load_outline("tay.yaml", data=result.outline_text.encode("utf-8"))


def test_header_typed_with_tabs():
    result, o = imported(handmade.tabs_header)
    assert o.style == "state"
    organization = (o.organization.parent, o.organization.name, o.organization.code)
    assert organization == ("UBND TỈNH TÂY NINH", "SỞ NỘI VỤ", "SNV")
    assert o.number == 5 and o.place == "Tây Ninh" and o.issued is None
    m = o.meeting
    assert (m.title, m.date, m.start, m.end) == ("Hội nghị giao ban quý III năm 2025", dt.date(2025, 8, 26),
                                                 dt.time(14), dt.time(16, 30))
    assert m.location == "Hội trường Sở Nội vụ" and m.period == Period("quarter", 2025, 3)
    assert o.chair == Person("Nguyễn Văn An", "Giám đốc Sở")
    assert o.secretary == Person("Trần Thị Bình", "Chuyên viên Văn phòng")
    assert (o.attendees.summary, o.attendees.present, o.attendees.expected) == (
        "Lãnh đạo Sở và trưởng các phòng, đơn vị thuộc Sở", 23, 25)
    assert [i.text for i in o.agenda] == ["Đánh giá kết quả thực hiện nhiệm vụ quý III", "Triển khai nhiệm vụ quý IV"]
    assert o.discussion == (Speech("Trưởng phòng Tổ chức", ("Đề nghị bổ sung chỉ tiêu đào tạo",)),)
    assert o.conclusion == (Item("Hội nghị thống nhất các nội dung trên"),)
    assert result.notes == []


def test_manual_numbering_roman_headings_and_sub_points():
    result, o = imported(handmade.manual_numbering)
    assert o.style == "youth"
    assert (o.organization.parent, o.organization.name, o.organization.code, o.number) == (
        "HUYỆN ĐOÀN CHÂU THÀNH", "BCH ĐOÀN XÃ AN BÌNH", "ĐTN", 12)
    assert o.place == "An Bình" and o.meeting.date == dt.date(2025, 12, 15)
    assert o.achievements == (
        Item("Công tác giáo dục chính trị tư tưởng",
             ("Tổ chức 04 buổi sinh hoạt chuyên đề", "Tuyên truyền trên mạng xã hội")),
        Item("Kết nạp 25 đoàn viên mới"),
    )
    first, second = o.tasks
    assert first == Item("Tổ chức Đại hội chi đoàn", ("Chi đoàn ấp An Hòa", "Chi đoàn ấp An Lợi"),
                         "Ban Thường vụ", dt.date(2026, 3, 31))
    assert (second.text, second.owner, second.due) == ("Ra quân Tháng Thanh niên", "các chi đoàn", dt.date(2026, 3, 26))
    assert any(u.path == "tasks[1].due" and "trước ngày" in u.reason for u in result.uncertain)
    assert o.commendations == (Commendation(3, "chi đoàn", "Hoàn thành xuất sắc nhiệm vụ năm 2025",
                                            "Ban Chấp hành Đoàn xã"),)
    assert o.vote == Vote(15, 0, 0)
    assert o.meeting.end == dt.time(11)


def test_word_automatic_numbering_and_soft_line_breaks():
    _result, o = imported(handmade.word_numbering)
    assert (o.organization.parent, o.organization.name, o.organization.code, o.number) == (
        "UBND HUYỆN PHÚ TÂN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT", 7)
    assert o.meeting.start == dt.time(7, 30) and o.meeting.date == dt.date(2025, 10, 6)
    assert o.meeting.location == "Phòng họp Phòng Giáo dục và Đào tạo"
    assert (o.attendees.present, o.attendees.expected) == (30, 32)
    assert o.attendees.summary.startswith("Hiệu trưởng các trường mầm non")
    assert [i.text for i in o.agenda] == ["Đánh giá công tác tháng 9 năm 2025", "Triển khai nhiệm vụ tháng 10 năm 2025"]
    assert o.achievements == (
        Item("Tổ chức khai giảng năm học mới an toàn", ("Huy động 100% trẻ 6 tuổi vào lớp 1",)),
        Item("Hoàn thành kiểm tra cơ sở vật chất"),
    )
    assert o.conclusion[0].text.startswith("Các trường hoàn thành báo cáo")


def test_party_minutes_with_chu_toa_and_an_opening_sentence():
    result, o = imported(handmade.party_chu_toa)
    assert o.style == "party"
    assert (o.organization.parent, o.organization.name, o.organization.code, o.number) == (
        "ĐẢNG BỘ PHƯỜNG 3", "CHI BỘ KHU PHỐ 5", "CB", 4)
    assert o.meeting.date == dt.date(2026, 3, 5) and o.meeting.start == dt.time(19, 30)
    assert o.meeting.end == dt.time(21)
    assert o.meeting.location == "Nhà văn hóa khu phố 5"
    assert o.chair == Person("Lê Văn Cường", "Bí thư Chi bộ")  # "Chủ tọa: đồng chí …, …"
    assert o.secretary == Person("Phạm Thị Dung", "Phó Bí thư Chi bộ")
    assert (o.attendees.expected, o.attendees.present) == (15, 14)
    assert [s.speaker for s in o.discussion] == ["Đồng chí Trần Văn Em", "Đồng chí Võ Thị Phương"]
    assert o.conclusion == (Item("Chi bộ thống nhất phương hướng tháng 4 năm 2026"),)
    assert o.vote == Vote(14, 0, 0)
    doubted = {u.path for u in result.uncertain}
    assert {"meeting.location", "attendees.present"} <= doubted


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_old_fonts_are_converted_by_the_run_font(encoding):
    result, o = imported(lambda: handmade.legacy_fonts(encoding))
    assert o.organization.parent == "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"
    assert o.organization.name == "VĂN PHÒNG HĐND VÀ UBND"
    assert (o.organization.code, o.number) == ("VP", 3)
    assert o.meeting.title == "Cuộc họp giao ban tháng 9 năm 2025"
    assert o.meeting.date == dt.date(2025, 9, 8) and o.meeting.start == dt.time(8)
    assert o.secretary == Person("Lâm Thị Hoa", "Công chức Văn phòng - Thống kê")
    assert o.chair.name == "Hồ Văn Giàu"
    assert o.conclusion[0].text == "Các bộ phận hoàn thành báo cáo quý III trước ngày 25 tháng 9"
    fonts = [".VnTime", ".VnTimeH"] if encoding == "tcvn3" else ["VNI-Times"]
    assert result.converted == fonts
    assert f"phông cũ ({', '.join(fonts)}) đã được chuyển sang Unicode" in result.outline_text.splitlines()[1]
    assert result.notes == []


def test_signature_and_noi_nhan_typed_as_paragraphs():
    result, o = imported(handmade.plain_signature)
    assert o.organization.name == "HỘI CỰU CHIẾN BINH XÃ PHƯỚC AN"
    assert o.meeting.title == "HỌP BAN CHẤP HÀNH QUÝ IV NĂM 2025"  # "BIÊN BẢN HỌP …" on one line
    assert o.chair == Person("Mai Văn Khoa", "Chủ tịch Hội")  # "Ông" dropped
    assert o.secretary == Person("Đỗ Thị Liên", "Ủy viên Ban Chấp hành")
    assert o.directions == (Speech("Mai Văn Khoa", ("Đôn đốc thu hội phí năm 2025", "Chuẩn bị tổng kết năm")),)
    assert o.recipients == ("Hội Cựu chiến binh huyện (b/c)", "Đảng ủy xã (b/c)")
    assert o.archive == "Lưu: VP Hội"
    doubted = {u.path: u.reason for u in result.uncertain}
    assert "chữ đầu" in doubted["organization.code"] and o.organization.code == "HCCBXPA"
    assert "in hoa" in doubted["meeting.title"]


def test_names_only_in_the_signature_fill_chair_and_secretary():
    result = import_docx(handmade.signature_only())
    text = result.outline_text
    assert "chair: Nguyễn Văn An  # kiểm tra lại: họ tên chủ trì (chủ tọa) lấy từ chỗ ký" in text
    assert "secretary: Trần Thị Bình  # kiểm tra lại: họ tên thư ký lấy từ chỗ ký" in text
    assert result.problems == []


def test_what_cannot_be_placed_is_kept_in_notes():
    result = import_docx(handmade.with_strays())
    assert "Biên bản được lập thành 02 bản, có giá trị như nhau." in result.notes
    assert any(n.startswith("Phát biểu bế mạc") for n in result.notes)
    o = load_outline("x.yaml", data=result.outline_text.encode("utf-8"))
    assert o.meeting.title == "Hội nghị giao ban tháng 5 năm 2025"


def test_a_document_with_nothing_to_find_lists_what_is_missing():
    result = import_docx(handmade.empty_letter())
    missing = {p.path for p in result.problems}
    assert {"meeting.title", "meeting.location", "chair"} <= missing
    # the date and start may be left to fill (dotted lines), but each is marked to check
    assert {"meeting.date", "meeting.start"} <= {u.path for u in result.uncertain}
    assert all(p.file == "de-cuong.yaml" and p.line > 0 for p in result.problems)
    assert "title:  # kiểm tra lại: " in result.outline_text


def test_a_decimal_indicator_keeps_its_value():
    result, o = imported(handmade.indicator_table)
    assert [(i.name, i.value, i.unit, i.previous) for i in o.indicators] == [
        ("Tỷ lệ thu ngân sách", Decimal("87.5"), "%", 80),
        ("Hộ nghèo giảm", 12, "hộ", None),
    ]
    assert o.attendees.absent == (Absence("Trần Văn Tư", "ốm"),)


def test_the_common_commune_layout():
    result, o = imported(handmade.commune_meeting)
    assert o.organization.name == "ỦY BAN NHÂN DÂN\nXÃ TÂN AN" and o.organization.parent == ""
    assert (o.organization.code, o.number, o.place) == ("UBND", 15, "Tân An")
    assert (o.meeting.date, o.meeting.start, o.meeting.end) == (dt.date(2026, 3, 10), dt.time(8), dt.time(10, 30))
    assert o.meeting.location == "Hội trường Ủy ban nhân dân xã"
    assert o.chair == Person("Nguyễn Văn Ái", "Chủ tịch UBND xã")  # en dash, "Ông", numbered line
    assert o.secretary == Person("Trần Thị Bé", "Công chức Văn phòng – Thống kê")
    assert [i.text for i in o.achievements] == ["Thu ngân sách đạt 18% dự toán",
                                                 "Giải quyết 45 hồ sơ thủ tục hành chính đúng hạn"]
    assert o.discussion[0].content == ("Đề nghị đẩy nhanh cấp giấy chứng nhận",)
    assert [i.text for i in o.conclusion] == ["Các bộ phận tập trung thu ngân sách",
                                               "Văn phòng tổng hợp báo cáo trước ngày 25/3/2026"]
    assert any("Biên bản đã được thông qua" in n for n in result.notes)
