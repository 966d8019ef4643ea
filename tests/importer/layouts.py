"""A varied set of biên bản as offices type them, built in code for the import recall score.

Each builder returns .docx bytes; :data:`EXPECTED` holds, per builder, the fields a careful
secretary would write from that document (None: the document does not say it, so the import
must leave it empty). The layouts are those real files show: the header as a borderless
table, with tabs or stacked; the opening as bold numbered headings, as "1. Thời gian:" or as
a running sentence; attendance as a table, as "Có mặt: 25/27" or as a list of names; Word's
automatic numbering or typed "1.", "a)", "-", "+"; the vote as "25/25 đồng chí tán thành
(100%)"; .VnTime and VNI text; tracked changes and comments left in. The texts are invented.
"""

from __future__ import annotations

import copy

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from handmade import _bytes, _doc, _para

from minutes.vietnamese.legacy import to_tcvn3, to_vni


def _table(d, rows: list[list[str]], bold_first: bool = False):
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            lines = text.split("\n")
            cell = table.cell(i, j)
            cell.paragraphs[0].add_run(lines[0]).bold = bold_first and i == 0
            for line in lines[1:]:
                cell.add_paragraph(line)
    return table


def _state_table_header(d, parent: str, name: str, number: str, date_line: str) -> None:
    _table(d, [[f"{parent}\n{name}\n{number}",
                f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date_line}"]])


def _signature(d, left: list[str], right: list[str]) -> None:
    _table(d, [["\n".join(left), "\n".join(right)]], bold_first=False)


def bold_roman_opening() -> bytes:
    """Point 1: "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN" in bold capitals, "1. Thời gian:" under it."""
    d = _doc()
    _state_table_header(d, "SỞ Y TẾ TỈNH AN GIANG", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 15/BB-BV",
                        "An Giang, ngày 12 tháng 3 năm 2025")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp Hội đồng thuốc và điều trị quý I năm 2025", bold=True)
    _para(d, "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN DỰ HỌP", bold=True)
    _para(d, "1. Thời gian: 14 giờ 00 phút, ngày 12/3/2025.")
    _para(d, "2. Địa điểm: Phòng họp giao ban, tầng 2 khu hành chính.")
    _para(d, "3. Thành phần: Các thành viên Hội đồng thuốc và điều trị.")
    _para(d, "- Chủ trì: Ông Lê Văn Tâm - Phó Giám đốc, Chủ tịch Hội đồng.")
    _para(d, "- Thư ký: Bà Phạm Thị Hoa - Dược sĩ khoa Dược.")
    _para(d, "II. NỘI DUNG CUỘC HỌP", bold=True)
    _para(d, "1. Báo cáo tình hình sử dụng thuốc quý I.")
    _para(d, "2. Rà soát danh mục thuốc năm 2025.")
    _para(d, "III. KẾT LUẬN", bold=True)
    _para(d, "Hội đồng thống nhất bổ sung 12 thuốc vào danh mục.")
    _para(d, "Cuộc họp kết thúc lúc 16 giờ 15 phút cùng ngày./.")
    _signature(d, ["THƯ KÝ", "", "Phạm Thị Hoa"], ["CHỦ TỊCH HỘI ĐỒNG", "", "Lê Văn Tâm"])
    return _bytes(d)


def heading_time_and_place() -> bytes:
    """Point 1, the other spelling: "I. Thời gian và địa điểm:" bold, the values on the lines below."""
    d = _doc()
    _state_table_header(d, "UBND HUYỆN CHÂU PHÚ", "UBND XÃ BÌNH MỸ", "Số: 04/BB-UBND",
                        "Bình Mỹ, ngày 05 tháng 6 năm 2025")
    _para(d, "BIÊN BẢN HỌP", bold=True)
    _para(d, "Về việc triển khai công tác phòng chống lụt bão năm 2025", bold=True)
    _para(d, "I. Thời gian và địa điểm:", bold=True)
    _para(d, "- Vào lúc 8 giờ 00 phút, ngày 05/6/2025.")
    _para(d, "- Tại hội trường Ủy ban nhân dân xã.")
    _para(d, "II. Thành phần tham dự:", bold=True)
    _para(d, "- Chủ trì: Đồng chí Trần Văn Phúc - Chủ tịch UBND xã.")
    _para(d, "- Thư ký: Đồng chí Nguyễn Thị Mai - Công chức Văn phòng.")
    _para(d, "- Có mặt: 25/27 đại biểu.")
    _para(d, "III. Nội dung:", bold=True)
    _para(d, "1. Ý kiến thảo luận", bold=True)
    _para(d, "- Trưởng ấp Bình Hòa: Đề nghị hỗ trợ bao cát.")
    _para(d, "2. Kết luận", bold=True)
    _para(d, "Giao các ấp rà soát hộ dân vùng trũng.")
    _para(d, "Cuộc họp kết thúc vào lúc 10 giờ 30 phút cùng ngày.")
    _signature(d, ["THƯ KÝ", "Nguyễn Thị Mai"], ["CHỦ TRÌ", "Trần Văn Phúc"])
    return _bytes(d)


def running_sentence_party() -> bytes:
    """A stacked Party header, the running sentence, names listed, chair only in the signature."""
    d = _doc()
    _para(d, "ĐẢNG BỘ XÃ TÂN LẬP")
    _para(d, "CHI BỘ ẤP TÂN HÒA", bold=True)
    _para(d, "*")
    _para(d, "Số: 09-BB/CB")
    _para(d, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True)
    _para(d, "Tân Lập, ngày 20 tháng 11 năm 2025")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", bold=True)
    _para(d, "Vào lúc 19 giờ 00 phút, ngày 20 tháng 11 năm 2025, tại nhà văn hóa ấp Tân Hòa, "
             "Chi bộ ấp Tân Hòa tổ chức sinh hoạt thường kỳ.")
    _para(d, "Đảng viên có mặt:")
    _para(d, "- Đồng chí Võ Văn Lâm - Bí thư Chi bộ.")
    _para(d, "- Đồng chí Đỗ Thị Thu - Phó Bí thư.")
    _para(d, "- Đồng chí Lý Văn Sáu - Chi ủy viên.")
    _para(d, "1. Kết quả thực hiện nhiệm vụ tháng 11", bold=True)
    _para(d, "- Vận động 5 hộ tham gia bảo hiểm y tế.")
    _para(d, "2. Biểu quyết", bold=True)
    _para(d, "Kết quả: 12/12 đồng chí tán thành (100%).")
    _para(d, "Buổi sinh hoạt kết thúc vào lúc 21 giờ 00 phút cùng ngày./.")
    _signature(d, ["THƯ KÝ", "", "Đỗ Thị Thu"], ["T/M CHI BỘ", "BÍ THƯ", "", "Võ Văn Lâm"])
    return _bytes(d)


def members_table() -> bytes:
    """Attendance as a members table (STT, Họ và tên, Chức vụ, Ghi chú), a TỔ TRƯỞNG signature."""
    d = _doc()
    p = _para(d, "TRUNG TÂM Y TẾ HUYỆN")
    p.add_run("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    p = _para(d, "TỔ CHUYÊN MÔN SỐ 2", bold=True)
    p.add_run("\t\tĐộc lập - Tự do - Hạnh phúc").bold = True
    _para(d, "\t\t\tChợ Mới, ngày 03 tháng 4 năm 2025")
    _para(d, "BIÊN BẢN HỌP TỔ", bold=True)
    _para(d, "1. Thời gian: 15 giờ 30, ngày 03/4/2025.")
    _para(d, "2. Địa điểm: Phòng họp khoa Nội.")
    _para(d, "3. Thành phần:")
    _table(d, [["STT", "Họ và tên", "Chức vụ", "Ghi chú"],
               ["1", "Huỳnh Văn Nam", "Tổ trưởng", "Chủ trì"],
               ["2", "Lâm Thị Yến", "Điều dưỡng", "Thư ký"],
               ["3", "Châu Văn Tư", "Bác sĩ", ""]], bold_first=True)
    _para(d, "4. Nội dung:")
    _para(d, "a) Phân công trực lễ 30/4.")
    _para(d, "b) Góp ý quy trình chuyển viện.")
    _para(d, "Cuộc họp kết thúc lúc 17 giờ 00 cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Lâm Thị Yến"], ["TỔ TRƯỞNG", "", "Huỳnh Văn Nam"])
    return _bytes(d)


def members_table_roles() -> bytes:
    """Point 2: the chair and the secretary only in the members table's Ghi chú column."""
    d = _doc()
    _state_table_header(d, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG THPT PHAN VĂN TRỊ", "Số: 02/BB-THPT",
                        "Cần Thơ, ngày 14 tháng 10 năm 2025")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp tổ Ngữ văn tháng 10 năm 2025", bold=True)
    _para(d, "Thời gian: 14 giờ 00, ngày 14/10/2025.")
    _para(d, "Địa điểm: Phòng họp tổ.")
    _para(d, "Thành phần tham dự:")
    _table(d, [["STT", "Họ và tên", "Chức vụ", "Ghi chú"],
               ["1", "Mai Thị Thảo", "Tổ trưởng", "Chủ trì"],
               ["2", "Đinh Văn Khoa", "Giáo viên", "Thư ký"],
               ["3", "La Thị Hạnh", "Giáo viên", ""]], bold_first=True)
    _para(d, "Nội dung", bold=True)
    _para(d, "- Thống nhất đề kiểm tra giữa kỳ I.")
    _para(d, "Cuộc họp kết thúc lúc 16 giờ 00 cùng ngày.")
    _para(d, "Người ghi biên bản\t\tNgười chủ trì")
    return _bytes(d)


def untitled_note() -> bytes:
    """Point 3: a note with no BIÊN BẢN title: nothing may be lost silently."""
    d = _doc()
    _para(d, "BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG THCS AN HÒA", bold=True)
    _para(d, "Họp Ban Chấp hành Công đoàn tháng 9 năm 2025", bold=True)
    _para(d, "Thời gian: 16 giờ 00, ngày 15/9/2025.")
    _para(d, "Địa điểm: Phòng Công đoàn.")
    _para(d, "Chủ trì: Đồng chí Bùi Thị Lan - Chủ tịch Công đoàn.")
    _para(d, "Thư ký: Đồng chí Tạ Văn Hòa - Ủy viên.")
    _para(d, "1. Chương trình", bold=True)
    _para(d, "- Tổng kết hoạt động hè.")
    _para(d, "Cuộc họp kết thúc lúc 17 giờ 00 cùng ngày.")
    return _bytes(d)


def blank_form() -> bytes:
    """Point 4: a blank form: dotted lines and field names are not values."""
    d = _doc()
    _state_table_header(d, "UBND TỈNH ………", "SỞ ………………", "Số: ……/BB-……",
                        "………, ngày …… tháng …… năm 20……")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Cuộc họp ………………………………………", bold=True)
    _para(d, "Thời gian bắt đầu: ……… giờ ……… ngày ……/……/………")
    _para(d, "Địa điểm: ………………………………………………")
    _para(d, "Chủ trì: Họ và tên ……………… Chức vụ ………………")
    _para(d, "Thư ký: Họ và tên")
    _para(d, "Thành phần tham dự: ………………………………")
    _para(d, "Cuộc họp kết thúc vào ……… giờ ……… cùng ngày.")
    _signature(d, ["THƯ KÝ", "(Ký, ghi rõ họ tên)"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)"])
    return _bytes(d)


def _legacy(encode, font: str):
    def old(d, text: str, bold: bool = False, upper: bool = False):
        p = d.add_paragraph()
        run = p.add_run(encode(text.lower()) if upper else encode(text))
        run.bold = bold
        run.font.name = font + ("H" if upper and font.startswith(".Vn") else "")
        return p
    return old


def vntime_with_changes() -> bytes:
    """.VnTime text, a tabs header, a tracked insertion and deletion and a comment left in."""
    d = _doc()
    old = _legacy(to_tcvn3, ".VnTime")
    old(d, "Đoàn TNCS Hồ Chí Minh", upper=True)
    old(d, "Huyện Đoàn Tri Tôn", bold=True, upper=True)
    old(d, "Đoàn xã Lương Phi", upper=True)
    old(d, "Số: 03-BB/ĐTN")
    old(d, "Lương Phi, ngày 10 tháng 01 năm 2026")
    old(d, "Biên bản", bold=True, upper=True)
    old(d, "Hội nghị Ban Chấp hành Đoàn xã lần thứ 5", bold=True)
    p = old(d, "Thời gian: 8 giờ 00, ngày 10/01/2026.")
    old(d, "Địa điểm: Hội trường Đoàn xã.")
    old(d, "Chủ trì: Đồng chí Chau Sóc Kha - Bí thư Đoàn xã.")
    old(d, "Thư ký: Đồng chí Néang Sa Ry - Phó Bí thư.")
    old(d, "Có mặt: 11/13 đồng chí.")
    old(d, "1. Kết quả thực hiện nhiệm vụ", bold=True)
    old(d, "- Tổ chức 02 buổi ra quân vệ sinh môi trường.")
    old(d, "2. Biểu quyết", bold=True)
    old(d, "11/11 đồng chí tán thành (100%).")
    old(d, "Hội nghị kết thúc vào 10 giờ 30 cùng ngày./.")
    _track(p, d)
    return _bytes(d)


def _track(p, d) -> None:
    """Leave a tracked deletion, a tracked insertion and a comment mark in paragraph ``p``."""
    run = p.runs[0]._r
    deleted = parse_xml(f'<w:del {nsdecls("w")} w:id="91" w:author="A" w:date="2026-01-10T00:00:00Z">'
                        f'<w:r><w:delText>XÓA</w:delText></w:r></w:del>')
    inserted = parse_xml(f'<w:ins {nsdecls("w")} w:id="92" w:author="A" w:date="2026-01-10T00:00:00Z"></w:ins>')
    extra = copy.deepcopy(run)
    for t in extra.iter(qn("w:t")):
        t.text = to_tcvn3(" chèn")  # the copied run keeps its .VnTime font
    inserted.append(extra)
    moved = parse_xml(f'<w:moveFrom {nsdecls("w")} w:id="93" w:author="A" w:date="2026-01-10T00:00:00Z">'
                      f'<w:r><w:t>DỜI ĐI</w:t></w:r></w:moveFrom>')
    run.addprevious(moved)
    comment = parse_xml(f'<w:r {nsdecls("w")}><w:commentReference w:id="0"/></w:r>')
    run.addprevious(parse_xml(f'<w:commentRangeStart {nsdecls("w")} w:id="0"/>'))
    run.addnext(comment)
    run.addnext(inserted)
    run.addnext(deleted)


def vni_with_word_numbering() -> bytes:
    """VNI text, the header as a borderless table, Word's automatic numbering for the items."""
    d = _doc()
    _state_table_header(d, "UBND HUYỆN THOẠI SƠN", "PHÒNG NÔNG NGHIỆP", "Số: 21/BB-PNN",
                        "Thoại Sơn, ngày 08 tháng 8 năm 2025")
    old = _legacy(to_vni, "VNI-Times")
    old(d, "BIÊN BẢN", bold=True)
    old(d, "Họp triển khai mô hình lúa chất lượng cao", bold=True)
    old(d, "Thời gian: 9 giờ 00, ngày 08/8/2025.")
    old(d, "Địa điểm: Phòng họp Phòng Nông nghiệp.")
    old(d, "Chủ trì: Ông Tô Văn Bé - Trưởng phòng.")
    old(d, "Thư ký: Bà Kim Thị Nương - Chuyên viên.")
    old(d, "Có mặt: 18/20 người.")
    old(d, "Chương trình", bold=True)
    for text in ("Báo cáo kết quả vụ Hè Thu.", "Triển khai mô hình vụ Thu Đông."):
        p = old(d, text)
        p.style = d.styles["List Number"]
    old(d, "Cuộc họp kết thúc lúc 11 giờ 00 cùng ngày.")
    _signature(d, ["THƯ KÝ", "Kim Thị Nương"], ["CHỦ TRÌ", "Tô Văn Bé"])
    return _bytes(d)


def not_minutes_decision() -> bytes:
    """Point 5: a quyết định, not a biên bản."""
    d = _doc()
    _state_table_header(d, "UBND TỈNH AN GIANG", "SỞ NỘI VỤ", "Số: 120/QĐ-SNV", "An Giang, ngày 02 tháng 5 năm 2025")
    _para(d, "QUYẾT ĐỊNH", bold=True)
    _para(d, "Về việc thành lập Tổ công tác", bold=True)
    _para(d, "GIÁM ĐỐC SỞ NỘI VỤ", bold=True)
    _para(d, "Căn cứ Luật Tổ chức chính quyền địa phương;")
    _para(d, "QUYẾT ĐỊNH:", bold=True)
    _para(d, "Điều 1. Thành lập Tổ công tác.")
    _para(d, "Điều 2. Quyết định có hiệu lực kể từ ngày ký.")
    return _bytes(d)


def not_minutes_submission() -> bytes:
    """Point 5: a tờ trình, not a biên bản."""
    d = _doc()
    _state_table_header(d, "UBND HUYỆN AN PHÚ", "PHÒNG TÀI CHÍNH", "Số: 33/TTr-PTC", "An Phú, ngày 09 tháng 7 năm 2025")
    _para(d, "TỜ TRÌNH", bold=True)
    _para(d, "Về việc bổ sung dự toán năm 2025", bold=True)
    _para(d, "Kính gửi: Ủy ban nhân dân huyện.")
    _para(d, "Phòng Tài chính kính trình Ủy ban nhân dân huyện xem xét, quyết định./.")
    return _bytes(d)


EXPECTED = {
    "bold_roman_opening": {
        "organization.parent": "SỞ Y TẾ TỈNH AN GIANG", "organization.name": "BỆNH VIỆN ĐA KHOA TỈNH",
        "place": "An Giang", "meeting.title": "Họp Hội đồng thuốc và điều trị quý I năm 2025",
        "meeting.date": "12/3/2025", "meeting.start": "14:00", "meeting.end": "16:15",
        "meeting.location": "Phòng họp giao ban, tầng 2 khu hành chính",
        "chair": "Lê Văn Tâm", "secretary": "Phạm Thị Hoa",
    },
    "heading_time_and_place": {
        "organization.parent": "UBND HUYỆN CHÂU PHÚ", "organization.name": "UBND XÃ BÌNH MỸ", "place": "Bình Mỹ",
        "meeting.title": "triển khai công tác phòng chống lụt bão năm 2025",
        "meeting.date": "05/6/2025", "meeting.start": "08:00", "meeting.end": "10:30",
        "meeting.location": "hội trường Ủy ban nhân dân xã",
        "chair": "Trần Văn Phúc", "secretary": "Nguyễn Thị Mai",
        "attendees.present": 25, "attendees.expected": 27,
    },
    "running_sentence_party": {
        "organization.parent": "ĐẢNG BỘ XÃ TÂN LẬP", "organization.name": "CHI BỘ ẤP TÂN HÒA", "place": "Tân Lập",
        "meeting.title": "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025",
        "meeting.date": "20/11/2025", "meeting.start": "19:00", "meeting.end": "21:00",
        "meeting.location": "nhà văn hóa ấp Tân Hòa",
        "chair": "Võ Văn Lâm", "secretary": "Đỗ Thị Thu", "vote.agree": 12,
    },
    "members_table": {
        "organization.parent": "TRUNG TÂM Y TẾ HUYỆN", "organization.name": "TỔ CHUYÊN MÔN SỐ 2", "place": "Chợ Mới",
        "meeting.date": "03/4/2025", "meeting.start": "15:30", "meeting.end": "17:00",
        "meeting.location": "Phòng họp khoa Nội", "chair": "Huỳnh Văn Nam", "secretary": "Lâm Thị Yến",
    },
    "members_table_roles": {
        "organization.parent": "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "organization.name": "TRƯỜNG THPT PHAN VĂN TRỊ",
        "place": "Cần Thơ", "meeting.title": "Họp tổ Ngữ văn tháng 10 năm 2025",
        "meeting.date": "14/10/2025", "meeting.start": "14:00", "meeting.end": "16:00",
        "meeting.location": "Phòng họp tổ", "chair": "Mai Thị Thảo", "secretary": "Đinh Văn Khoa",
    },
    "untitled_note": {
        "organization.name": "BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG THCS AN HÒA",
        "meeting.date": "15/9/2025", "meeting.start": "16:00", "meeting.end": "17:00",
        "meeting.location": "Phòng Công đoàn", "chair": "Bùi Thị Lan", "secretary": "Tạ Văn Hòa",
    },
    "blank_form": {
        "place": None, "meeting.date": None, "meeting.start": None, "meeting.end": None,
        "meeting.location": None, "chair": None, "secretary": None, "attendees.summary": None,
    },
    "vntime_with_changes": {
        "organization.parent": "HUYỆN ĐOÀN TRI TÔN", "organization.name": "ĐOÀN XÃ LƯƠNG PHI", "place": "Lương Phi",
        "meeting.title": "Hội nghị Ban Chấp hành Đoàn xã lần thứ 5",
        "meeting.date": "10/01/2026", "meeting.start": "08:00", "meeting.end": "10:30",
        "meeting.location": "Hội trường Đoàn xã", "chair": "Chau Sóc Kha", "secretary": "Néang Sa Ry",
        "attendees.present": 11, "attendees.expected": 13, "vote.agree": 11,
    },
    "vni_with_word_numbering": {
        "organization.parent": "UBND HUYỆN THOẠI SƠN", "organization.name": "PHÒNG NÔNG NGHIỆP", "place": "Thoại Sơn",
        "meeting.title": "Họp triển khai mô hình lúa chất lượng cao",
        "meeting.date": "08/8/2025", "meeting.start": "09:00", "meeting.end": "11:00",
        "meeting.location": "Phòng họp Phòng Nông nghiệp", "chair": "Tô Văn Bé", "secretary": "Kim Thị Nương",
        "attendees.present": 18, "attendees.expected": 20,
    },
}
"""Per builder: field path -> what a careful secretary writes (None: not in the document)."""

NOT_MINUTES = {"not_minutes_decision": "quyết định", "not_minutes_submission": "tờ trình"}
"""Builders of documents that are not biên bản, and the kind each looks like."""
