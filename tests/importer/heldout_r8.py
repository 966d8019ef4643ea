"""Held-out round 8 of biên bản, written and scored on main before any change to the importer.

Rounds 5-7 went looking for the layouts the importer had not yet seen. This round does the
opposite: ten ordinary meetings typed the way the most common public forms and examples have them,
the file a secretary receives on an ordinary day. Ten kinds of office, one each: a commune People's
Committee on the decree's own minutes form (Mẫu 1.9: no date line in the header, "Thời gian bắt
đầu:", "Chủ trì (chủ tọa):", "Thư ký (người ghi biên bản):", Nơi nhận under THƯ KÝ); a school's
tổ chuyên môn; a hospital department's monthly meeting; a chi bộ's monthly meeting on the Party's
guidance ("Số đảng viên tham dự: …/…", "* Nội dung sinh hoạt:" with "1-" items); a class's chi
đoàn; a school's Công đoàn committee; a village veterans' branch; a joint-stock company's board on
the law firms' published form ("Hôm nay, vào hồi …", "Tại trụ sở …", "a. Thành viên Hội đồng quản
trị"); a tổ dân phố's ordinary meeting; a Mặt trận ban công tác. The forms were studied, never
copied.

The accidents are the ordinary ones: a typed number followed by a tab ("1.<tab>Thời gian: …"),
lines broken with Shift+Enter inside one paragraph, Word's automatic numbering for the headings,
bold labels with plain values, dotted fills left after a value, a "------" rule typed under the
quốc hiệu, the borderless header table, the signature table, a double space.

Every name, place and number is invented. Each builder returns .docx bytes; :data:`EXPECTED8`
holds, per builder, the fields a careful secretary would write from it (``None``: the document
does not say it, so the import must leave it empty).
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm
from heldout import _bytes, _doc, _p, _signatures, _table_header
from heldout_late import _labelled, _numbered, _numbering, _three_signatures

# --- building blocks of this round -----------------------------------------------------------------


def _indented(d, text: str = "", bold=False):
    """A body paragraph as the decree's form sets it: justified, first line indented 1 cm."""
    p = _p(d, text, bold=bold)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1)
    return p


def _broken(d, lines: list[str]):
    """ONE paragraph whose lines are broken with Shift+Enter."""
    p = d.add_paragraph()
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    return p


def _signatures_with_recipients(d, left: list[str], right: list[str], recipients: list[str]):
    """The decree's signature table: THƯ KÝ on the left with "Nơi nhận:" under it, CHỦ TỌA right."""
    t = _signatures(d, left, right)
    cell = t.cell(0, 0)
    p = cell.add_paragraph()
    run = p.add_run("Nơi nhận:")
    run.bold, run.italic = True, True
    for line in recipients:
        cell.add_paragraph(line)
    return t


# --- round 8 ---------------------------------------------------------------------------------------

def ubnd_xa_decree_form() -> bytes:
    """A commune People's Committee's monthly meeting on the decree's Mẫu 1.9: no date line in the
    header; "Thời gian bắt đầu:"; those present as a list of names with their posts, one absent
    named; "Chủ trì (chủ tọa):", "Thư ký (người ghi biên bản):"; "Nội dung (theo diễn biến cuộc
    họp):"; the body justified with a first-line indent; the end line with its date; Nơi nhận under
    THƯ KÝ."""
    d = _doc()
    _table_header(d, ["ỦY BAN NHÂN DÂN", "XÃ PHÚC LÂM", "-------", "Số: 46/BB-UBND"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp Ủy ban nhân dân xã thường kỳ tháng 4 năm 2026", bold=True, center=True)
    _indented(d, "Thời gian bắt đầu: 08 giờ 00 phút, ngày 14 tháng 4 năm 2026.")
    _indented(d, "Địa điểm: Phòng họp Ủy ban nhân dân xã Phúc Lâm.")
    _indented(d, "Thành phần tham dự:")
    _indented(d, "- Ông Hoàng Văn Thục – Chủ tịch UBND xã;")
    _indented(d, "- Bà Lường Thị Thoa – Phó Chủ tịch UBND xã;")
    _indented(d, "- Ông Ma Văn Khiêm – Ủy viên UBND xã, Trưởng Công an xã;")
    _indented(d, "- Ông Triệu Văn Lâm – Ủy viên UBND xã, Chỉ huy trưởng Ban CHQS xã;")
    _indented(d, "- Bà Nông Thị Chuyên – Công chức Văn phòng - Thống kê.")
    _indented(d, "Vắng: Ông Dương Đình Hưng – Phó Chủ tịch UBND xã (đi học lớp bồi dưỡng).")
    _indented(d, "Chủ trì (chủ tọa): Ông Hoàng Văn Thục – Chủ tịch UBND xã.")
    _indented(d, "Thư ký (người ghi biên bản): Bà Nông Thị Chuyên – Công chức Văn phòng - Thống kê.")
    _indented(d, "Nội dung (theo diễn biến cuộc họp):")
    _indented(d, "1. Bà Phó Chủ tịch UBND xã báo cáo kết quả thu ngân sách quý I; ước thu đạt 31% dự toán.")
    _indented(d, "2. Các thành viên thảo luận về tiến độ giải phóng mặt bằng tuyến đường liên thôn.")
    _indented(d, "3. Ông Chủ tịch UBND xã kết luận, giao Văn phòng dự thảo thông báo kết luận.")
    _indented(d, "Cuộc họp kết thúc vào 10 giờ 30 phút, ngày 14 tháng 4 năm 2026./.")
    _signatures_with_recipients(d, ["THƯ KÝ", "", "", "", "Nông Thị Chuyên"],
                                ["CHỦ TỌA", "", "", "", "Hoàng Văn Thục"],
                                ["- Thường trực Đảng ủy (b/c);", "- Thành viên UBND xã;", "- Lưu: VT."])
    return _bytes(d)


def to_chuyen_mon_typed_tabs() -> bytes:
    """A school's subject group: the header table with the date line; "BIÊN BẢN SINH HOẠT TỔ
    CHUYÊN MÔN" over "Tháng 10 năm 2026"; a bold "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN" and under it
    typed numbers followed by a tab ("1.<tab>Thời gian: …"); "Tổng số: 09; có mặt: 08; vắng: 01
    (cô … – nghỉ ốm)"; "Chủ trì: Thầy … – Tổ trưởng"; signatures THƯ KÝ / TỔ TRƯỞNG."""
    d = _doc(size=13)
    _table_header(d, ["TRƯỜNG THCS HỒNG PHONG", "TỔ KHOA HỌC TỰ NHIÊN", "-----***-----"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Hồng Phong, ngày 07 tháng 10 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN SINH HOẠT TỔ CHUYÊN MÔN", bold=True, center=True)
    _p(d, "Tháng 10 năm 2026", bold=True, center=True)
    _p(d, "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", bold=True)
    _p(d, "1.\tThời gian: 14 giờ 00 phút, ngày 07/10/2026.")
    _p(d, "2.\tĐịa điểm: Phòng họp tổ Khoa học tự nhiên.")
    _p(d, "3.\tThành phần: Giáo viên trong tổ. Tổng số: 09; có mặt: 08; vắng: 01 (cô Vũ Thị Quyên – nghỉ ốm).")
    _p(d, "4.\tChủ trì: Thầy Đỗ Mạnh Cường – Tổ trưởng.")
    _p(d, "5.\tThư ký: Cô Phạm Thị Lan Anh – Giáo viên.")
    _p(d, "II. NỘI DUNG", bold=True)
    _p(d, "1.\tĐánh giá hoạt động chuyên môn tháng 9:")
    _p(d, "- Các đồng chí giáo viên thực hiện đúng chương trình, hồ sơ sổ sách đầy đủ.")
    _p(d, "- Tồn tại: một số tiết dạy chưa sử dụng thiết bị thí nghiệm.")
    _p(d, "2.\tKế hoạch tháng 10:")
    _p(d, "- Dự giờ, thăm lớp: mỗi giáo viên 02 tiết/tháng; xây dựng chuyên đề môn Khoa học tự nhiên 8.")
    _p(d, "III. KẾT LUẬN", bold=True)
    _p(d, "Tổ thống nhất các nội dung trên; 08/08 giáo viên dự họp nhất trí.")
    _p(d, "Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Phạm Thị Lan Anh"], ["TỔ TRƯỞNG", "", "", "Đỗ Mạnh Cường"])
    return _bytes(d)


def khoa_benh_vien_monthly() -> bytes:
    """A hospital department's monthly meeting: "BIÊN BẢN HỌP KHOA" over "Tháng 8 năm 2026";
    bold labels with plain values; "14h00 ngày …"; "Thành phần: Toàn thể nhân viên khoa, có mặt
    19/22 (vắng 03: 01 nghỉ phép, 02 trực)"; "Chủ trì: BSCKI. … – Trưởng khoa"; "Thư ký: ĐD. … –
    Điều dưỡng trưởng"; "Kết luận của Trưởng khoa"; signatures THƯ KÝ / TRƯỞNG KHOA."""
    d = _doc(size=13)
    _table_header(d, ["SỞ Y TẾ TỈNH LẠC HỒNG", "BỆNH VIỆN ĐA KHOA KHU VỰC NAM LẠC", "KHOA NỘI TỔNG HỢP"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Nam Lạc, ngày 28 tháng 8 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN HỌP KHOA", bold=True, center=True)
    _p(d, "Tháng 8 năm 2026", bold=True, center=True)
    _labelled(d, "Thời gian: ", "14h00 ngày 28/8/2026.")
    _labelled(d, "Địa điểm: ", "Phòng giao ban Khoa Nội tổng hợp.")
    _labelled(d, "Thành phần: ", "Toàn thể nhân viên khoa, có mặt 19/22 (vắng 03: 01 nghỉ phép, 02 trực).")
    _labelled(d, "Chủ trì: ", "BSCKI. Trần Quang Vũ – Trưởng khoa.")
    _labelled(d, "Thư ký: ", "ĐD. Bùi Thị Nhàn – Điều dưỡng trưởng khoa.")
    _labelled(d, "Nội dung:", "")
    _p(d, "1. Điều dưỡng trưởng báo cáo công tác tháng 8: tổng số người bệnh điều trị nội trú 412 lượt, "
          "công suất giường bệnh 118%.")
    _p(d, "2. Trưởng khoa phổ biến kết luận giao ban bệnh viện về kê đơn thuốc ngoại trú.")
    _p(d, "3. Ý kiến của nhân viên trong khoa:")
    _p(d, "- BS. Lê Văn Tuấn: đề nghị bổ sung 02 máy đo SpO2 cho buồng cấp cứu.")
    _labelled(d, "Kết luận của Trưởng khoa: ", "khoa đề nghị phòng Vật tư bổ sung thiết bị; nhân viên chấp "
                                                "hành đúng quy chế kê đơn.")
    _p(d, "Cuộc họp kết thúc vào 15h30 cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Bùi Thị Nhàn"], ["TRƯỞNG KHOA", "", "", "Trần Quang Vũ"])
    return _bytes(d)


def chi_bo_monthly_guidance() -> bytes:
    """A chi bộ's monthly meeting as the Party's guidance sets it out: "SINH HOẠT CHI BỘ ĐỊNH KỲ" over
    "tháng 10 năm 2026" and a "-----" rule; "– Thời gian: Vào lúc …"; "+ Số đảng viên tham dự:
    15/17 đồng chí"; "+ Vắng: 02 đồng chí (đ/c …, lý do; đ/c …, lý do)"; "* Nội dung sinh hoạt:"
    with "1-" items; "* Diễn biến:"; signatures NGƯỜI GHI BIÊN BẢN / CHỦ TRÌ HỘI NGHỊ."""
    d = _doc()
    _table_header(d, ["ĐẢNG BỘ XÃ YÊN ĐỒNG", "CHI BỘ THÔN BẢO NINH", "*"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Yên Đồng, ngày 10 tháng 10 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "SINH HOẠT CHI BỘ ĐỊNH KỲ", bold=True, center=True)
    _p(d, "tháng 10 năm 2026", bold=True, center=True)
    _p(d, "-----", center=True)
    _p(d, "– Thời gian: Vào lúc 19 giờ 30 phút, ngày 10 tháng 10 năm 2026.")
    _p(d, "– Địa điểm: Nhà văn hóa thôn Bảo Ninh.")
    _p(d, "– Thành phần tham dự:")
    _p(d, "+ Chủ trì: Đồng chí Đinh Văn Toàn – Bí thư chi bộ.")
    _p(d, "+ Thư ký: Đồng chí Lê Thị Thu Hường – Phó Bí thư chi bộ.")
    _p(d, "+ Số đảng viên tham dự: 15/17 đồng chí.")
    _p(d, "+ Vắng: 02 đồng chí (đ/c Phạm Văn Dũng, đi làm ăn xa; đ/c Trịnh Thị Mến, ốm).")
    _p(d, "* Nội dung sinh hoạt:", bold=True)
    _p(d, "1- Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    _p(d, "2- Thông báo tình hình thời sự, các văn bản mới của cấp trên.")
    _p(d, "3- Đánh giá kết quả thực hiện nhiệm vụ tháng 9, đề ra nhiệm vụ tháng 10/2026.")
    _p(d, "* Diễn biến:", bold=True)
    _p(d, "Đồng chí Bí thư chi bộ thông báo tình hình thời sự; đánh giá kết quả thu hoạch vụ mùa đạt 62 tạ/ha.")
    _p(d, "– Đồng chí Nguyễn Văn Khải: đề nghị chi bộ chỉ đạo làm lại rãnh thoát nước xóm Trại.")
    _p(d, "Chi bộ biểu quyết thông qua nghị quyết tháng 10 với 15/15 đồng chí tán thành (100%).")
    _p(d, "Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.")
    _signatures(d, ["NGƯỜI GHI BIÊN BẢN", "", "", "Lê Thị Thu Hường"],
                ["CHỦ TRÌ HỘI NGHỊ", "", "", "Đinh Văn Toàn"])
    return _bytes(d)


def chi_doan_class_word_numbering() -> bytes:
    """A class's chi đoàn: "ĐOÀN TNCS HỒ CHÍ MINH" with the date line; the headings "Thời gian – Địa
    điểm – Thành phần", "Nội dung", "Kết thúc" in Word's automatic upper-Roman numbering; "Tổng số
    đoàn viên: 38, có mặt: 36, vắng: 02 (có phép)"; the class teacher as a guest; "Đ/c"; a vote
    "36/36 đoàn viên nhất trí"; signatures THƯ KÝ / T/M BCH CHI ĐOÀN BÍ THƯ."""
    d = _doc()
    _table_header(d, ["ĐOÀN TRƯỜNG THPT NGÔ QUYỀN", "CHI ĐOÀN 11A3", "***"],
                  ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Lạc Thủy Nam, ngày 13 tháng 11 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN SINH HOẠT CHI ĐOÀN THÁNG 11", bold=True, center=True)
    _p(d, "Chủ điểm: Tôn sư trọng đạo", italic=True, center=True)
    roman = _numbering(d, [("upperRoman", "%1."), ("decimal", "%2.")])
    _numbered(d, "Thời gian – Địa điểm – Thành phần:", roman, bold=True)
    _p(d, "1. Thời gian: 16h30, ngày 13/11/2026.")
    _p(d, "2. Địa điểm: Phòng học lớp 11A3.")
    _p(d, "3. Thành phần:")
    _p(d, "- Chủ trì: Đ/c Nguyễn Hải Đăng – Bí thư chi đoàn.")
    _p(d, "- Thư ký: Đ/c Vũ Ngọc Mai – Ủy viên BCH chi đoàn.")
    _p(d, "- Đại biểu: Cô Đặng Thu Trang – Giáo viên chủ nhiệm.")
    _p(d, "- Tổng số đoàn viên: 38, có mặt: 36, vắng: 02 (có phép).")
    _numbered(d, "Nội dung:", roman, bold=True)
    _p(d, "1. Đ/c Bí thư đánh giá hoạt động tháng 10: chi đoàn xếp loại tốt, 02 đoàn viên vi phạm nội quy.")
    _p(d, "2. Triển khai kế hoạch tháng 11: thi đua “Hoa điểm 10” chào mừng ngày Nhà giáo Việt Nam 20/11.")
    _p(d, "3. Biểu quyết kế hoạch: 36/36 đoàn viên nhất trí.")
    _numbered(d, "Kết thúc:", roman, bold=True)
    _p(d, "Buổi sinh hoạt kết thúc lúc 17h30 cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Vũ Ngọc Mai"], ["T/M BCH CHI ĐOÀN", "BÍ THƯ", "", "", "Nguyễn Hải Đăng"])
    return _bytes(d)


def cong_doan_truong_hom_nay() -> bytes:
    """A school's Công đoàn committee: "Hôm nay, vào lúc 16 giờ 15 phút, ngày …, tại …, BCH Công đoàn
    cơ sở … tiến hành họp …"; the members present named one a line with the roles at the end ("- Đ/c
    … – Chủ tịch CĐCS – chủ trì;"); "Vắng: 0"; a vote "5/5 đồng chí nhất trí"; signatures THƯ KÝ /
    T/M BAN CHẤP HÀNH CHỦ TỊCH."""
    d = _doc(size=13)
    _table_header(d, ["LĐLĐ HUYỆN SÓC LÂM", "CĐCS TRƯỜNG TIỂU HỌC ĐA PHÚC", "Số: 09/BB-CĐ"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Đa Phúc, ngày 16 tháng 9 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp Ban Chấp hành Công đoàn cơ sở tháng 9 năm 2026", bold=True, center=True)
    _indented(d, "Hôm nay, vào lúc 16 giờ 15 phút, ngày 16 tháng 9 năm 2026, tại Văn phòng Công đoàn trường "
                 "Tiểu học Đa Phúc, Ban Chấp hành Công đoàn cơ sở tiến hành họp thường kỳ tháng 9.")
    _p(d, "I. THÀNH PHẦN", bold=True)
    _p(d, "- Đ/c Ngô Thị Hạnh – Chủ tịch CĐCS – chủ trì;")
    _p(d, "- Đ/c Lê Văn Quảng – Phó Chủ tịch CĐCS;")
    _p(d, "- Đ/c Trần Thị Thanh Huyền – UV BCH, Trưởng ban Nữ công;")
    _p(d, "- Đ/c Phùng Thị Dung – UV BCH;")
    _p(d, "- Đ/c Nguyễn Thị Yến – UV BCH – thư ký.")
    _p(d, "Vắng: 0")
    _p(d, "II. NỘI DUNG", bold=True)
    _p(d, "1. Đ/c Chủ tịch CĐCS thông qua kế hoạch hoạt động công đoàn năm học 2026 - 2027.")
    _p(d, "2. Phân công UV BCH phụ trách các tổ công đoàn; mức chi thăm hỏi ốm đau 300.000 đồng/lượt.")
    _p(d, "3. Biểu quyết: 5/5 đồng chí nhất trí.")
    _p(d, "Cuộc họp kết thúc vào lúc 17 giờ 30 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Nguyễn Thị Yến"], ["T/M BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Ngô Thị Hạnh"])
    return _bytes(d)


def ccb_chi_hoi_soft_breaks() -> bytes:
    """A village veterans' branch: "HỘI CỰU CHIẾN BINH VIỆT NAM" where the quốc hiệu goes; "Hôm nay,
    ngày …, tại …" then the opening lines typed in one paragraph broken with Shift+Enter ("Thời
    gian bắt đầu: 8 giờ 00", "Chủ trì: …", "Thư ký: …"); "Tổng số hội viên: 32 đ/c; có mặt: 27
    đ/c; vắng: 05 đ/c (03 có lý do, 02 không lý do)"; a dotted fill after the place; signatures
    THƯ KÝ / CHI HỘI TRƯỞNG."""
    d = _doc()
    _table_header(d, ["HỘI CCB XÃ ĐÔNG SƠN", "CHI HỘI CCB THÔN NAM HẢI"],
                  ["HỘI CỰU CHIẾN BINH VIỆT NAM", "", "Đông Sơn, ngày 25 tháng 9 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN HỌP CHI HỘI", bold=True, center=True)
    _p(d, "Quý III năm 2026", bold=True, center=True)
    _p(d, "Hôm nay, ngày 25 tháng 9 năm 2026, tại nhà văn hóa thôn Nam Hải………………, Chi hội Cựu chiến binh "
          "thôn Nam Hải tổ chức họp định kỳ quý III.")
    _broken(d, ["Thời gian bắt đầu: 8 giờ 00.",
                "Chủ trì: đ/c Lương Văn Dậu – Chi hội trưởng.",
                "Thư ký: đ/c Tạ Quang Vinh – Chi hội phó.",
                "Tổng số hội viên: 32 đ/c; có mặt: 27 đ/c; vắng: 05 đ/c (03 có lý do, 02 không lý do)."])
    _p(d, "Nội dung:", bold=True)
    _p(d, "- Đ/c Chi hội trưởng đánh giá hoạt động quý III: thăm 04 hội viên ốm, thu quỹ hội đạt 100%.")
    _p(d, "- Bàn việc tổ chức gặp mặt kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam.")
    _p(d, "Chi hội thống nhất: 27/27 hội viên có mặt tán thành.")
    _p(d, "Cuộc họp kết thúc vào 10 giờ 30 cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Tạ Quang Vinh"], ["CHI HỘI TRƯỞNG", "", "", "Lương Văn Dậu"])
    return _bytes(d)


def company_board_law_form() -> bytes:
    """A joint-stock company's board on the law firms' published form: "Số: 12/2026/BB-HĐQT" under
    the company's name; "BIÊN BẢN HỌP HỘI ĐỒNG QUẢN TRỊ" and "(V/v: …)"; "Hôm nay, vào hồi 09 giờ
    00 phút, ngày …," and "Tại: …" on the next line; "a. Thành viên Hội đồng quản trị: 05/05 thành
    viên, gồm:" with the names; "b. Chủ tọa và thư ký"; the vote as "– Tổng số thành viên tán thành:
    05/05"; signatures THƯ KÝ / CHỦ TỌA."""
    d = _doc(size=13)
    _table_header(d, ["CÔNG TY CỔ PHẦN THIẾT BỊ ĐIỆN MINH PHÁT", "Số: 12/2026/BB-HĐQT"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Vọng Nguyệt, ngày 15 tháng 12 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN HỌP HỘI ĐỒNG QUẢN TRỊ", bold=True, center=True)
    _p(d, "(V/v: thông qua kế hoạch sản xuất kinh doanh năm 2027)", italic=True, center=True)
    _p(d, "Hôm nay, vào hồi 09 giờ 00 phút, ngày 15 tháng 12 năm 2026,")
    _p(d, "Tại: Phòng họp tầng 3, trụ sở Công ty, số 86 đường Trần Lựu, phường Vọng Nguyệt.")
    _p(d, "Hội đồng quản trị Công ty Cổ phần Thiết bị điện Minh Phát tiến hành họp định kỳ quý IV.")
    _p(d, "1. THÀNH PHẦN THAM DỰ", bold=True)
    _p(d, "a. Thành viên Hội đồng quản trị: 05/05 thành viên, gồm:")
    _p(d, "– Ông Trương Minh Phát – Chủ tịch HĐQT;")
    _p(d, "– Bà Lại Thị Hồng Nhung – Thành viên HĐQT, Tổng Giám đốc;")
    _p(d, "– Ông Kiều Văn Sơn – Thành viên HĐQT;")
    _p(d, "– Ông Quách Đình Lộc – Thành viên HĐQT;")
    _p(d, "– Bà Văn Thị Hải Yến – Thành viên HĐQT độc lập.")
    _p(d, "b. Chủ tọa và thư ký:")
    _p(d, "Chủ tọa: Ông Trương Minh Phát – Chủ tịch HĐQT.")
    _p(d, "Thư ký: Bà Hà Thị Phương – Thư ký Công ty.")
    _p(d, "2. NỘI DUNG CUỘC HỌP", bold=True)
    _p(d, "Tổng Giám đốc trình bày kế hoạch năm 2027: doanh thu 480 tỷ đồng, lợi nhuận trước thuế 36 tỷ đồng.")
    _p(d, "3. BIỂU QUYẾT", bold=True)
    _p(d, "– Tổng số thành viên tán thành: 05/05;")
    _p(d, "– Tổng số thành viên không tán thành: 0;")
    _p(d, "– Tổng số thành viên không có ý kiến: 0.")
    _p(d, "Cuộc họp kết thúc vào 11 giờ 00 phút cùng ngày, các thành viên dự họp nhất trí thông qua biên bản.")
    _signatures(d, ["THƯ KÝ", "", "", "Hà Thị Phương"], ["CHỦ TỌA", "", "", "Trương Minh Phát"])
    return _bytes(d)


def to_dan_pho_households() -> bytes:
    """A tổ dân phố's ordinary meeting: "BIÊN BẢN HỌP TỔ DÂN PHỐ" and "V/v bình xét hộ nghèo, hộ cận
    nghèo năm 2027"; "Hôm nay, vào lúc 19 giờ 30 phút ngày …, tại …"; "I. THÀNH PHẦN" numbered
    "1. Ông … – Tổ trưởng – Chủ trì", "2. Bà … – Tổ phó – Thư ký", "3. Đại diện 46/58 hộ gia đình";
    the vote by households with the against count; three signatures."""
    d = _doc()
    _table_header(d, ["UBND PHƯỜNG HƯNG THỊNH", "TỔ DÂN PHỐ SỐ 4"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Hưng Thịnh, ngày 20 tháng 10 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN HỌP TỔ DÂN PHỐ", bold=True, center=True)
    _p(d, "V/v bình xét hộ nghèo, hộ cận nghèo năm 2027", bold=True, center=True)
    _p(d, "Hôm nay, vào lúc 19 giờ 30 phút ngày 20/10/2026, tại Nhà văn hóa tổ dân phố số 4, phường Hưng "
          "Thịnh, tổ dân phố số 4 tổ chức họp bình xét hộ nghèo, hộ cận nghèo năm 2027.")
    _p(d, "I. THÀNH PHẦN", bold=True)
    _p(d, "1. Ông Hồ Sỹ Thắng – Tổ trưởng tổ dân phố – Chủ trì.")
    _p(d, "2. Bà Thái Thị Loan – Tổ phó tổ dân phố – Thư ký.")
    _p(d, "3. Đại diện 46/58 hộ gia đình trong tổ dân phố.")
    _p(d, "II. NỘI DUNG", bold=True)
    _p(d, "Ông Tổ trưởng thông báo tiêu chí hộ nghèo, cận nghèo; đọc danh sách 05 hộ đề nghị bình xét.")
    _p(d, "Các hộ thảo luận; bà Nguyễn Thị Vân đề nghị xem xét thêm hộ ông Chu Văn Hòa.")
    _p(d, "III. KẾT QUẢ", bold=True)
    _p(d, "Biểu quyết thông qua danh sách: 44/46 hộ đồng ý, 02 hộ không đồng ý.")
    _p(d, "Cuộc họp kết thúc vào lúc 21 giờ 00 cùng ngày.")
    _three_signatures(d, [["THƯ KÝ", "", "", "Thái Thị Loan"], ["ĐẠI DIỆN CÁC HỘ", "", "", "Nguyễn Thị Vân"],
                          ["TỔ TRƯỞNG", "", "", "Hồ Sỹ Thắng"]])
    return _bytes(d)


def mat_tran_ban_cong_tac() -> bytes:
    """A neighbourhood's Mặt trận ban công tác: "BIÊN BẢN HỌP BAN CÔNG TÁC MẶT TRẬN" over "Tháng 6
    năm 2026"; "Thời gian: 15 giờ 00 phút, ngày …"; "Thành phần: … có mặt 9/11 thành viên, vắng 02
    (bà …, ông … – có lý do)"; a double space in a name's post; "Nội dung cuộc họp:" with Word's
    "List Number" items; signatures THƯ KÝ / TRƯỞNG BAN."""
    d = _doc()
    _table_header(d, ["UBMTTQ VIỆT NAM PHƯỜNG TÂN PHONG", "BAN CÔNG TÁC MẶT TRẬN KHU PHỐ 7"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Tân Phong, ngày 12 tháng 6 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN HỌP BAN CÔNG TÁC MẶT TRẬN", bold=True, center=True)
    _p(d, "Tháng 6 năm 2026", bold=True, center=True)
    _p(d, "Thời gian: 15 giờ 00 phút, ngày 12/6/2026.")
    _p(d, "Địa điểm: Văn phòng khu phố 7.")
    _p(d, "Thành phần: Ban Công tác Mặt trận khu phố 7, có mặt 9/11 thành viên, vắng 02 (bà Lý Thị Sương, "
          "ông Mai Văn Hậu – có lý do).")
    _p(d, "Chủ trì: Ông Đoàn Văn Chiến – Trưởng ban  Công tác Mặt trận.")
    _p(d, "Thư ký: Bà Kha Thị Ngọc Bích – Thành viên.")
    _p(d, "Nội dung cuộc họp:", bold=True)
    _p(d, "Sơ kết cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” 6 tháng đầu năm.",
       style="List Number")
    _p(d, "Vận động ủng hộ Quỹ “Vì người nghèo” năm 2026.", style="List Number")
    _p(d, "Ý kiến các thành viên:", bold=True)
    _p(d, "- Bà Kha Thị Ngọc Bích: đề nghị các tổ dân phố nộp danh sách ủng hộ trước ngày 30/6.")
    _p(d, "Cuộc họp kết thúc lúc 17 giờ 00 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Kha Thị Ngọc Bích"], ["TRƯỞNG BAN", "", "", "Đoàn Văn Chiến"])
    return _bytes(d)


EXPECTED8: dict[str, dict] = {
    "ubnd_xa_decree_form": {
        "style": "state", "organization.parent": None,
        "organization.name": "ỦY BAN NHÂN DÂN XÃ PHÚC LÂM", "organization.code": "UBND", "number": 46,
        "place": None, "meeting.title": "Họp Ủy ban nhân dân xã thường kỳ tháng 4 năm 2026",
        "meeting.date": "14/04/2026", "meeting.start": "08:00", "meeting.end": "10:30",
        "meeting.location": "Phòng họp Ủy ban nhân dân xã Phúc Lâm",
        "chair": "Hoàng Văn Thục", "secretary": "Nông Thị Chuyên",
        "attendees.present": 5, "attendees.absent": ["Dương Đình Hưng"], "vote.agree": None,
    },
    "to_chuyen_mon_typed_tabs": {
        "style": "state", "organization.parent": "TRƯỜNG THCS HỒNG PHONG",
        "organization.name": "TỔ KHOA HỌC TỰ NHIÊN", "number": None, "place": "Hồng Phong",
        "meeting.title": "SINH HOẠT TỔ CHUYÊN MÔN Tháng 10 năm 2026", "meeting.date": "07/10/2026",
        "meeting.start": "14:00", "meeting.end": "16:30", "meeting.location": "Phòng họp tổ Khoa học tự nhiên",
        "chair": "Đỗ Mạnh Cường", "secretary": "Phạm Thị Lan Anh",
        "attendees.expected": 9, "attendees.present": 8, "attendees.absent": ["Vũ Thị Quyên"], "vote.agree": 8,
    },
    "khoa_benh_vien_monthly": {
        "style": "state", "organization.parent": "BỆNH VIỆN ĐA KHOA KHU VỰC NAM LẠC",
        "organization.name": "KHOA NỘI TỔNG HỢP", "number": None, "place": "Nam Lạc",
        "meeting.title": "HỌP KHOA Tháng 8 năm 2026", "meeting.date": "28/08/2026",
        "meeting.start": "14:00", "meeting.end": "15:30", "meeting.location": "Phòng giao ban Khoa Nội tổng hợp",
        "chair": "Trần Quang Vũ", "secretary": "Bùi Thị Nhàn",
        "attendees.expected": 22, "attendees.present": 19, "vote.agree": None,
    },
    "chi_bo_monthly_guidance": {
        "style": "party", "organization.parent": "ĐẢNG BỘ XÃ YÊN ĐỒNG", "organization.name": "CHI BỘ THÔN BẢO NINH",
        "number": None, "place": "Yên Đồng", "meeting.title": "SINH HOẠT CHI BỘ ĐỊNH KỲ tháng 10 năm 2026",
        "meeting.date": "10/10/2026", "meeting.start": "19:30", "meeting.end": "21:15",
        "meeting.location": "Nhà văn hóa thôn Bảo Ninh", "chair": "Đinh Văn Toàn", "secretary": "Lê Thị Thu Hường",
        "attendees.expected": 17, "attendees.present": 15, "attendees.absent": ["Phạm Văn Dũng", "Trịnh Thị Mến"],
        "agenda": ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                   "Thông báo tình hình thời sự, các văn bản mới của cấp trên",
                   "Đánh giá kết quả thực hiện nhiệm vụ tháng 9, đề ra nhiệm vụ tháng 10/2026"],
        "vote.agree": 15,
    },
    "chi_doan_class_word_numbering": {
        "style": "youth", "organization.parent": "ĐOÀN TRƯỜNG THPT NGÔ QUYỀN", "organization.name": "CHI ĐOÀN 11A3",
        "number": None, "place": "Lạc Thủy Nam", "meeting.title": "SINH HOẠT CHI ĐOÀN THÁNG 11",
        "meeting.date": "13/11/2026", "meeting.start": "16:30", "meeting.end": "17:30",
        "meeting.location": "Phòng học lớp 11A3", "chair": "Nguyễn Hải Đăng", "secretary": "Vũ Ngọc Mai",
        "attendees.expected": 38, "attendees.present": 36, "vote.agree": 36,
    },
    "cong_doan_truong_hom_nay": {
        "style": "state", "organization.parent": "LĐLĐ HUYỆN SÓC LÂM",
        "organization.name": "CĐCS TRƯỜNG TIỂU HỌC ĐA PHÚC", "organization.code": "CĐ", "number": 9,
        "place": "Đa Phúc", "meeting.title": "Họp Ban Chấp hành Công đoàn cơ sở tháng 9 năm 2026",
        "meeting.date": "16/09/2026", "meeting.start": "16:15", "meeting.end": "17:30",
        "meeting.location": "Văn phòng Công đoàn trường Tiểu học Đa Phúc",
        "chair": "Ngô Thị Hạnh", "secretary": "Nguyễn Thị Yến",
        "attendees.present": 5, "attendees.absent": None, "vote.agree": 5,
    },
    "ccb_chi_hoi_soft_breaks": {
        "style": "state", "organization.parent": "HỘI CCB XÃ ĐÔNG SƠN", "organization.name": "CHI HỘI CCB THÔN NAM HẢI",
        "number": None, "place": "Đông Sơn", "meeting.title": "HỌP CHI HỘI Quý III năm 2026",
        "meeting.date": "25/09/2026", "meeting.start": "08:00", "meeting.end": "10:30",
        "meeting.location": "nhà văn hóa thôn Nam Hải", "chair": "Lương Văn Dậu", "secretary": "Tạ Quang Vinh",
        "attendees.expected": 32, "attendees.present": 27, "vote.agree": 27,
    },
    "company_board_law_form": {
        "style": "state", "organization.parent": None,
        "organization.name": "CÔNG TY CỔ PHẦN THIẾT BỊ ĐIỆN MINH PHÁT", "organization.code": "HĐQT", "number": 12,
        "place": "Vọng Nguyệt", "meeting.title": "thông qua kế hoạch sản xuất kinh doanh năm 2027",
        "meeting.date": "15/12/2026", "meeting.start": "09:00", "meeting.end": "11:00",
        "meeting.location": "Phòng họp tầng 3, trụ sở Công ty, số 86 đường Trần Lựu, phường Vọng Nguyệt",
        "chair": "Trương Minh Phát", "secretary": "Hà Thị Phương",
        "attendees.expected": 5, "attendees.present": 5, "vote.agree": 5, "vote.against": 0,
    },
    "to_dan_pho_households": {
        "style": "state", "organization.parent": "UBND PHƯỜNG HƯNG THỊNH", "organization.name": "TỔ DÂN PHỐ SỐ 4",
        "number": None, "place": "Hưng Thịnh", "meeting.title": "bình xét hộ nghèo, hộ cận nghèo năm 2027",
        "meeting.date": "20/10/2026", "meeting.start": "19:30", "meeting.end": "21:00",
        "meeting.location": "Nhà văn hóa tổ dân phố số 4, phường Hưng Thịnh",
        "chair": "Hồ Sỹ Thắng", "secretary": "Thái Thị Loan",
        "attendees.expected": 58, "attendees.present": 46, "vote.agree": 44, "vote.against": 2,
    },
    "mat_tran_ban_cong_tac": {
        "style": "state", "organization.parent": "UBMTTQ VIỆT NAM PHƯỜNG TÂN PHONG",
        "organization.name": "BAN CÔNG TÁC MẶT TRẬN KHU PHỐ 7", "number": None, "place": "Tân Phong",
        "meeting.title": "HỌP BAN CÔNG TÁC MẶT TRẬN Tháng 6 năm 2026", "meeting.date": "12/06/2026",
        "meeting.start": "15:00", "meeting.end": "17:00", "meeting.location": "Văn phòng khu phố 7",
        "chair": "Đoàn Văn Chiến", "secretary": "Kha Thị Ngọc Bích",
        "attendees.expected": 11, "attendees.present": 9, "attendees.absent": ["Lý Thị Sương", "Mai Văn Hậu"],
        "agenda": ["Sơ kết cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” 6 tháng đầu năm",
                   "Vận động ủng hộ Quỹ “Vì người nghèo” năm 2026"],
        "vote.agree": None,
    },
}
"""Round 8: ten ordinary meetings on the most common forms, written and scored on main before any
change made for them."""
