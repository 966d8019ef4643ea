"""Held-out round 7 of biên bản, written and scored on main before any change to the importer.

Ten meetings from ten kinds of office (a commune People's Committee, a provincial department, a
kindergarten class, a hospital council, a ward's chi bộ, a village chi đoàn, a company's Công
đoàn, a commune Women's Union, a hamlet's Mặt trận committee, a hợp tác xã's board), in layouts
rounds 1-6 do not hold. They were studied from public forms and guidance pages (the decree's
minutes form, the community meeting form, parents' meeting and subject-group forms, union and
association practice), never copied. The accidents are the ones Word users make: the opening typed
as a borderless table with the colon in a column of its own, labels lined up with a tab before the
colon ("Thời gian<tab>: …"), two fields on one tabbed line, a header cell whose lines are broken
with Shift+Enter, the date line typed above the signatures instead of in the header, typed letter
labels "a)" … "đ)", a role after the name and a semicolon ("Trần Văn Kiểu ; Chủ trì"), a members
table with a column for who came, times said the spoken way ("8 giờ rưỡi sáng", "10 giờ kém 15",
"14h", "19h30 tối", "09h00 – 11h30"), a number with the year in it ("07/2026/BB-HĐQT"), a title in
Word's "Capitalize Each Word", Word's automatic numbering and bullets, a dotted fill left behind.

Every name, place and number is invented. Each builder returns .docx bytes; :data:`EXPECTED7`
holds, per builder, the fields a careful secretary would write from it (``None``: the document
does not say it, so the import must leave it empty).
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm
from heldout import _bytes, _doc, _p, _signatures, _table_header
from heldout_late import _labelled, _numbered, _numbering, _three_signatures

# --- building blocks of this round -----------------------------------------------------------------


def _tabbed(d, text: str, stop_cm: float = 3.5):
    """A paragraph with a left tab stop, as a typist lines up "Thời gian<tab>: …"."""
    p = _p(d, text)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(stop_cm))
    return p


def _colon_table(d, rows: list[tuple[str, str]]):
    """The opening typed as a borderless three-column table: label | ":" | value."""
    t = d.add_table(rows=len(rows), cols=3)
    for r, (label, value) in enumerate(rows):
        t.cell(r, 0).paragraphs[0].add_run(label).bold = True
        t.cell(r, 1).paragraphs[0].text = ":"
        t.cell(r, 2).paragraphs[0].text = value
    t.autofit = False
    for col, width in zip(t.columns, (Cm(3), Cm(0.5), Cm(12.5))):
        col.width = width
        for cell in col.cells:
            cell.width = width
    return t


def _soft_lines(cell, lines: list[str]):
    """A header cell typed as ONE paragraph whose lines are broken with Shift+Enter."""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = True if line.isupper() and line.strip("* ") else None
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


# --- round 7 ---------------------------------------------------------------------------------------

def ubnd_xa_colon_column_table() -> bytes:
    """A commune's conference of cán bộ, công chức: the body's name on one line of the header cell
    ("ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP"), the opening typed as a borderless table with the colon in a
    column of its own; "có mặt 27/29 người"; an agenda in Word's automatic numbering under
    "Chương trình hội nghị:"; "giơ tay: 27/27 người nhất trí (đạt tỷ lệ 100%)"."""
    d = _doc(size=13)
    _table_header(d, ["ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP", "Số: 17/BB-UBND"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Đức Lập, ngày 16 tháng 01 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "HỘI NGHỊ CÁN BỘ, CÔNG CHỨC NĂM 2026", bold=True, center=True)
    _colon_table(d, [
        ("Thời gian", "07 giờ 30 phút, ngày 16 tháng 01 năm 2026"),
        ("Địa điểm", "Hội trường UBND xã Đức Lập"),
        ("Chủ trì", "Ông Đinh Công Tráng – Chủ tịch UBND xã"),
        ("Thư ký", "Bà Y Lan Niê – Công chức Văn phòng – Thống kê"),
        ("Thành phần", "Cán bộ, công chức xã; có mặt 27/29 người, vắng 02 người có lý do"),
    ])
    _p(d)
    _p(d, "Chương trình hội nghị:", bold=True)
    num = _numbering(d, [("decimal", "%1.")])
    _numbered(d, "Báo cáo kết quả thực hiện nhiệm vụ năm 2025", num)
    _numbered(d, "Thông qua Quy chế làm việc năm 2026", num)
    _numbered(d, "Ký giao ước thi đua", num)
    _p(d, "DIỄN BIẾN HỘI NGHỊ", bold=True, center=True)
    _p(d, "Ông Chủ tịch UBND xã trình bày báo cáo; các đại biểu thảo luận, góp ý vào dự thảo Quy chế.")
    _p(d, "Hội nghị biểu quyết bằng hình thức giơ tay: 27/27 người nhất trí (đạt tỷ lệ 100%).")
    _p(d, "Hội nghị kết thúc vào hồi 11 giờ 15 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Y Lan Niê"], ["CHỦ TRÌ", "", "", "Đinh Công Tráng"])
    return _bytes(d)


def so_giao_ban_tab_colon() -> bytes:
    """A provincial department's monthly briefing: "BIÊN BẢN CUỘC HỌP" with the subject under it;
    labels lined up with a tab before the colon ("Thời gian<tab>: …"); those present named by
    office, no count; "A." / "B." section letters; a double space left in a name's post."""
    d = _doc(size=14)
    _table_header(d, ["UBND TỈNH LẠC HỒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 112/BB-SNNMT"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Lạc Hồng, ngày 03 tháng 11 năm 2026"])
    _p(d, "BIÊN BẢN CUỘC HỌP", bold=True, center=True)
    _p(d, "Giao ban Lãnh đạo Sở tháng 11 năm 2026", bold=True, center=True)
    _p(d)
    _tabbed(d, "Thời gian\t: 14 giờ 00, thứ Ba ngày 03/11/2026.")
    _tabbed(d, "Địa điểm\t: Phòng họp số 1, trụ sở Sở.")
    _tabbed(d, "Chủ trì\t: Ông Phạm Quang Diệu – Giám đốc  Sở.")
    _tabbed(d, "Thư ký\t: Bà Trịnh Thu Hằng – Chuyên viên Văn phòng Sở.")
    _tabbed(d, "Thành phần\t: Các Phó Giám đốc Sở; Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng "
               "và Thủ trưởng các đơn vị trực thuộc Sở.")
    _p(d, "A. NỘI DUNG", bold=True)
    _p(d, "1. Các phòng, đơn vị báo cáo kết quả công tác tháng 10 và nhiệm vụ tháng 11.")
    _p(d, "2. Văn phòng Sở báo cáo tình hình xử lý văn bản đến, văn bản quá hạn.")
    _p(d, "B. KẾT LUẬN CỦA GIÁM ĐỐC SỞ", bold=True)
    _p(d, "- Các đơn vị tập trung giải ngân vốn đầu tư công, hoàn thành trước ngày 15/12/2026.")
    _p(d, "Cuộc họp kết thúc lúc 16 giờ 20 phút cùng ngày./.")
    _signatures(d, ["THƯ KÝ", "", "", "Trịnh Thu Hằng"], ["GIÁM ĐỐC", "", "", "Phạm Quang Diệu"])
    return _bytes(d)


def parents_kindergarten_spoken_times() -> bytes:
    """A kindergarten class's parents' meeting: times said the spoken way ("8 giờ rưỡi sáng Chủ
    nhật", "10 giờ kém 15 phút"); "Với sự có mặt của 28/32 phụ huynh"; the chair in a sentence
    ("Cô … – giáo viên chủ nhiệm lớp chủ trì cuộc họp"); the secretary a parent named by a child;
    the header without a date line."""
    d = _doc(size=13)
    _table_header(d, ["TRƯỜNG MẦM NON SƠN CA", "LỚP CHỒI 2"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    _p(d)
    _p(d, "BIÊN BẢN HỌP PHỤ HUYNH ĐẦU NĂM HỌC 2026 - 2027", bold=True, center=True)
    _p(d)
    _p(d, "Vào lúc 8 giờ rưỡi sáng Chủ nhật, ngày 13 tháng 9 năm 2026, tại lớp Chồi 2, Trường Mầm non Sơn Ca, "
          "lớp Chồi 2 tổ chức họp phụ huynh đầu năm học.")
    _p(d, "Với sự có mặt của 28/32 phụ huynh (vắng 4).")
    _p(d, "Cô Mai Thị Hương – giáo viên chủ nhiệm lớp chủ trì cuộc họp.")
    _p(d, "Thư ký: Anh Lục Văn Tài (bố cháu Lục Bảo Nam).")
    _p(d, "Nội dung", bold=True)
    _p(d, "- Cô chủ nhiệm thông báo kế hoạch chăm sóc, giáo dục trẻ năm học 2026 - 2027.")
    _p(d, "- Bầu Ban đại diện cha mẹ trẻ của lớp: 03 người.")
    _p(d, "- Các phụ huynh thống nhất mức đóng góp quỹ lớp: 28/28 phụ huynh đồng ý.")
    _p(d, "Cuộc họp kết thúc lúc 10 giờ kém 15 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Lục Văn Tài"], ["GIÁO VIÊN CHỦ NHIỆM", "", "", "Mai Thị Hương"])
    return _bytes(d)


def hospital_presence_column_table() -> bytes:
    """A hospital's drugs and therapeutics council: "14h, thứ Năm ngày …" (the hour alone), "kết
    thúc 16h"; the chair said by post only ("Chủ trì: Chủ tịch Hội đồng"), the names in a bordered
    members table with a role column and a column for who came ("x", or "Vắng (đi học)")."""
    d = _doc(size=13)
    _table_header(d, ["SỞ Y TẾ TỈNH LẠC HỒNG", "BỆNH VIỆN Y DƯỢC CỔ TRUYỀN", "Số: 09/BB-HĐTĐT"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Lạc Hồng, ngày 20 tháng 8 năm 2026"])
    _p(d, "BIÊN BẢN HỌP HỘI ĐỒNG THUỐC VÀ ĐIỀU TRỊ QUÝ III/2026", bold=True, center=True)
    _p(d, "1. Thời gian: 14h, thứ Năm ngày 20/8/2026.")
    _p(d, "2. Địa điểm: Phòng giao ban Bệnh viện.")
    _p(d, "3. Chủ trì: Chủ tịch Hội đồng.")
    _p(d, "4. Thành phần: các thành viên Hội đồng theo danh sách dưới đây.")
    rows = [("STT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Hội đồng", "Có mặt"),
            ("1", "BSCKII. Nguyễn Hữu Phước", "Giám đốc", "Chủ tịch HĐ", "x"),
            ("2", "BSCKI. Lê Thị Thắm", "Phó Giám đốc", "Phó Chủ tịch HĐ", "x"),
            ("3", "DS. Kha Thị Lan", "Trưởng khoa Dược", "Thư ký", "x"),
            ("4", "BS. Tạ Văn Nghĩa", "Trưởng khoa Nội", "Ủy viên", "Vắng (đi học)"),
            ("5", "BS. Đàm Văn Hiếu", "Trưởng khoa Châm cứu", "Ủy viên", "x"),
            ("6", "CN. Ninh Thị Hoa", "Trưởng phòng Điều dưỡng", "Ủy viên", "x"),
            ("7", "CN. Lạc Văn Tú", "Trưởng phòng Tài chính – Kế toán", "Ủy viên", "x")]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).paragraphs[0].add_run(text).bold = True if r == 0 else None
    _p(d, "5. Nội dung:")
    _p(d, "- Khoa Dược báo cáo tình hình sử dụng thuốc quý III; đề xuất bổ sung 03 thuốc vào danh mục.")
    _p(d, "- Biểu quyết: 6/6 thành viên có mặt đồng ý bổ sung 03 thuốc vào danh mục.")
    _p(d, "Cuộc họp kết thúc 16h cùng ngày.")
    _signatures(d, ["THƯ KÝ HỘI ĐỒNG", "", "", "Kha Thị Lan"], ["CHỦ TỊCH HỘI ĐỒNG", "", "", "Nguyễn Hữu Phước"])
    return _bytes(d)


def chi_bo_soft_break_header_two_fields() -> bytes:
    """A ward's chi bộ: each header cell typed as one paragraph broken with Shift+Enter; time and
    place on one line separated by a tab; "Đảng viên: tổng số 14 đ/c, có mặt 12 đ/c, vắng 02 đ/c
    (đ/c …: công tác; đ/c …: ốm)"; "Ghi biên bản:" for the secretary; "kết thúc 21 giờ 15"."""
    d = _doc()
    t = d.add_table(rows=1, cols=2)
    _soft_lines(t.cell(0, 0), ["ĐẢNG BỘ PHƯỜNG KIM TÂN", "CHI BỘ KHU PHỐ 5", "*", "Số 22-BB/CB"])
    _soft_lines(t.cell(0, 1), ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Kim Tân, ngày 05 tháng 6 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2026", bold=True, center=True)
    p = _tabbed(d, "Thời gian: 19 giờ 30, ngày 05/6/2026\tĐịa điểm: Nhà văn hóa khu phố 5", stop_cm=9)
    p.paragraph_format.first_line_indent = Cm(1)
    _p(d, "Đảng viên: tổng số 14 đ/c, có mặt 12 đ/c, vắng 02 đ/c (đ/c Lương Văn Khải: công tác; "
          "đ/c Mạc Thị Sen: ốm).")
    _p(d, "Chủ trì: đ/c Vi Văn Sáng – Bí thư Chi bộ.")
    _p(d, "Ghi biên bản: đ/c Nông Thị Hạnh – Phó Bí thư Chi bộ.")
    _p(d, "NỘI DUNG", bold=True, center=True)
    _p(d, "Đ/c Bí thư quán triệt nghị quyết của Đảng ủy phường; chi bộ đánh giá việc thực hiện nghị quyết tháng 5.")
    _p(d, "Chi bộ thông qua nghị quyết tháng 6. Tán thành: 12/12 đảng viên có mặt.")
    _p(d, "Sinh hoạt kết thúc 21 giờ 15 cùng ngày.")
    _signatures(d, ["NGƯỜI GHI BIÊN BẢN", "", "", "Nông Thị Hạnh"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Vi Văn Sáng"])
    return _bytes(d)


def chi_doan_date_above_signatures() -> bytes:
    """A village chi đoàn: no date line in the header, "Tân Lập, ngày …" typed right-aligned above the
    signatures; "Lúc 19h30 tối ngày …"; Word's bullets for the lines that follow; "Điều hành:" for
    the chair and "Thư ký ghi chép:" for the secretary; "24/31 đ/c có mặt"; "kết thúc lúc 21h"."""
    d = _doc()
    _table_header(d, ["ĐOÀN XÃ TÂN LẬP", "CHI ĐOÀN THÔN 3", "***"], ["ĐOÀN TNCS HỒ CHÍ MINH"])
    _p(d)
    _p(d, "BIÊN BẢN SINH HOẠT CHI ĐOÀN THÁNG 3 NĂM 2026", bold=True, center=True)
    _p(d, "Lúc 19h30 tối ngày 26/3/2026, tại Nhà văn hóa thôn 3, Chi đoàn thôn 3 tổ chức sinh hoạt định kỳ tháng 3.")
    _p(d, "Điều hành: đ/c Hà Minh Quân – Bí thư chi đoàn.", style="List Bullet")
    _p(d, "Thư ký ghi chép: đ/c Lộc Thị Thơm – Phó Bí thư chi đoàn.", style="List Bullet")
    _p(d, "Đoàn viên: 24/31 đ/c có mặt, vắng 07 đ/c.", style="List Bullet")
    _p(d, "Nội dung sinh hoạt", bold=True)
    _p(d, "Triển khai ngày hội thanh niên làm sạch đường làng.", style="List Number")
    _p(d, "Thu đoàn phí quý I.", style="List Number")
    _p(d, "Sinh hoạt kết thúc lúc 21h cùng ngày.")
    p = _p(d, "Tân Lập, ngày 26 tháng 3 năm 2026", italic=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _signatures(d, ["THƯ KÝ", "", "", "Lộc Thị Thơm"], ["BÍ THƯ CHI ĐOÀN", "", "", "Hà Minh Quân"])
    return _bytes(d)


def cong_doan_company_letter_labels() -> bytes:
    """A company's Công đoàn: the opening under typed letter labels "a)" … "đ)"; "Có mặt 7/7 đồng chí
    … (đủ)" with a dotted fill left after it; "Biểu quyết: 100% (7/7) nhất trí"; "Kết thúc vào 17h00";
    trailing spaces after a label."""
    d = _doc(size=13)
    _table_header(d, ["CÔNG ĐOÀN CÁC KCN TỈNH LẠC HỒNG", "CĐCS CÔNG TY TNHH ĐIỆN TỬ HƯNG PHÁT", "Số: 04/BB-CĐCS"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Phú Thịnh, ngày 22 tháng 7 năm 2026"])
    _p(d, "BIÊN BẢN HỌP BCH CÔNG ĐOÀN CƠ SỞ THÁNG 7/2026", bold=True, center=True)
    _p(d, "1. Phần mở đầu", bold=True)
    _p(d, "a) Thời gian: 15h30 ngày 22/7/2026.")
    _p(d, "b) Địa điểm: Phòng họp xưởng 2, Công ty TNHH Điện tử Hưng Phát.")
    _p(d, "c) Thành phần: Có mặt 7/7 đồng chí Ủy viên BCH CĐCS (đủ)……………")
    _p(d, "d) Chủ trì:   đ/c Đoàn Văn Lực – Chủ tịch CĐCS.")
    _p(d, "đ) Thư ký: đ/c Phí Thị Ngân – UV BCH.")
    _p(d, "2. Nội dung", bold=True)
    _p(d, "- Thống nhất kế hoạch tổ chức Ngày hội gia đình công nhân; mức chi 150.000 đồng/đoàn viên.")
    _p(d, "Biểu quyết: 100% (7/7) nhất trí thông qua.")
    _p(d, "Kết thúc vào 17h00 cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Phí Thị Ngân"], ["T/M BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Đoàn Văn Lực"])
    return _bytes(d)


def hoi_phu_nu_time_after_date() -> bytes:
    """A commune Women's Union's executive committee: the union's own line where the quốc hiệu goes;
    "Hôm nay, ngày 09/9/2026, hồi 14 giờ, tại …" (the hour after the date); "Có 13/15 đồng chí …
    dự họp; vắng 02 đồng chí: Bà … (…), Bà … (…)"; chair and secretary in one paragraph as two
    sentences; "13/13 ý kiến đồng ý"."""
    d = _doc()
    _table_header(d, ["HỘI LHPN HUYỆN CHÂU THÀNH", "BCH HỘI LHPN XÃ PHÚ HÒA", "Số: 31/BB-PN"],
                  ["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "", "Phú Hòa, ngày 09 tháng 9 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Hội nghị Ban Chấp hành Hội LHPN xã quý III năm 2026", bold=True, center=True)
    _p(d, "Hôm nay, ngày 09/9/2026, hồi 14 giờ, tại Văn phòng Hội LHPN xã, Ban Chấp hành Hội LHPN xã Phú Hòa "
          "tiến hành hội nghị thường kỳ quý III.")
    _p(d, "Thành phần: Có 13/15 đồng chí Ủy viên BCH dự họp; vắng 02 đồng chí: Bà Kiều Thị Nga (đi học lớp "
          "trung cấp lý luận chính trị), Bà Lâm Thị Đào (việc gia đình).")
    _p(d, "Chủ trì: Bà Trần Thị Bé Tư, Chủ tịch Hội LHPN xã. Thư ký: Bà Võ Ngọc Hân, UV BTV.")
    _p(d, "NỘI DUNG HỘI NGHỊ", bold=True, center=True)
    _p(d, "1. Đánh giá kết quả hoạt động quý III; triển khai nhiệm vụ quý IV.")
    _p(d, "2. Xét kết nạp hội viên mới: 06 chị.")
    _p(d, "Biểu quyết: 13/13 ý kiến đồng ý.")
    _p(d, "Hội nghị kết thúc hồi 16 giờ 30 cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Võ Ngọc Hân"], ["T/M BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Trần Thị Bé Tư"])
    return _bytes(d)


def mat_tran_semicolon_roles() -> bytes:
    """A hamlet's Mặt trận committee: the title in curly quotes; "Vào hồi 19h00 ngày …" and "Tại: …"
    on lines of their own under a bold "I. THỜI GIAN, ĐỊA ĐIỂM"; those present as "1. Trần Văn Kiểu
    ; Chủ trì", "2. … ; Thư ký", "3. … ; thành viên" (the role after the name and a semicolon);
    "Vắng: không."; "21h15 phút"."""
    d = _doc()
    _table_header(d, ["UBMTTQ VIỆT NAM XÃ AN THẠNH", "BAN CÔNG TÁC MẶT TRẬN ẤP AN HÒA"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "An Thạnh, ngày 20 tháng 11 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp bình xét danh hiệu “Gia đình văn hóa” năm 2026", bold=True, center=True)
    _p(d, "I. THỜI GIAN, ĐỊA ĐIỂM", bold=True)
    _p(d, "- Vào hồi 19h00 ngày 20 tháng 11 năm 2026")
    _p(d, "- Tại: Nhà văn hóa ấp An Hòa.")
    _p(d, "II. THÀNH PHẦN", bold=True)
    for i, (name, role) in enumerate([("Trần Văn Kiểu", "Chủ trì"), ("Đỗ Thị Mơ", "Thư ký"),
                                      ("Lưu Văn Ba", "thành viên"), ("Huỳnh Thị Nở", "thành viên"),
                                      ("Cao Văn Lập", "thành viên"), ("Thái Thị Út", "thành viên"),
                                      ("Kim Văn Sang", "thành viên")], start=1):
        _p(d, f"{i}. {name} ; {role}")
    _p(d, "Vắng: không.")
    _p(d, "III. NỘI DUNG", bold=True)
    _p(d, "Ban Công tác Mặt trận rà soát 130 hộ của ấp theo các tiêu chuẩn; lấy ý kiến các thành viên.")
    _p(d, "Kết quả biểu quyết: 7/7 thành viên thống nhất đề nghị 118 hộ đạt danh hiệu.")
    _p(d, "Cuộc họp kết thúc vào hồi 21h15 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Đỗ Thị Mơ"], ["TRƯỞNG BAN", "", "", "Trần Văn Kiểu"])
    return _bytes(d)


def htx_board_year_in_number() -> bytes:
    """A hợp tác xã's board: "Số: 07/2026/BB-HĐQT" (the year inside the number); the title in Word's
    "Capitalize Each Word"; "09h00 – 11h30 ngày …" for start and end; a guest after the count;
    "Tán thành 4/5 (80%), Không tán thành 1/5"; three signatures."""
    d = _doc(size=13)
    _table_header(d, ["HỢP TÁC XÃ NÔNG NGHIỆP ĐỒNG TIẾN", "Số: 07/2026/BB-HĐQT"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Đồng Tiến, ngày 28 tháng 02 năm 2026"])
    _p(d)
    _p(d, "Biên Bản Họp Hội Đồng Quản Trị Quý I Năm 2026", bold=True, center=True)
    _labelled(d, "Thời gian: ", "09h00 – 11h30 ngày 28/02/2026.")
    _labelled(d, "Địa điểm: ", "Văn phòng HTX, thôn Đồng Tiến 2.")
    _labelled(d, "Thành phần: ", "5/5 thành viên HĐQT; khách mời: Bà Lê Thị Thảo – Trưởng Ban kiểm soát.")
    _labelled(d, "Chủ tọa: ", "Ông Nguyễn Văn Cừ – Chủ tịch HĐQT kiêm Giám đốc.")
    _labelled(d, "Thư ký: ", "Bà Phan Thị Yến – Kế toán HTX.")
    _p(d, "Nội dung:", bold=True)
    _p(d, "+ Giám đốc báo cáo kết quả tiêu thụ lúa vụ Đông Xuân; đề xuất vay vốn mua máy sấy.")
    _p(d, "+ HĐQT thảo luận phương án vay 1,2 tỷ đồng.")
    _p(d, "Tỷ lệ biểu quyết: Tán thành 4/5 (80%), Không tán thành 1/5, Không có ý kiến 0.")
    _three_signatures(d, [["THƯ KÝ", "", "", "Phan Thị Yến"], ["TRƯỞNG BAN KIỂM SOÁT", "", "", "Lê Thị Thảo"],
                          ["CHỦ TỌA", "", "", "Nguyễn Văn Cừ"]])
    return _bytes(d)


EXPECTED7: dict[str, dict] = {
    "ubnd_xa_colon_column_table": {
        "style": "state", "organization.parent": None, "organization.name": "ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP",
        "organization.code": "UBND", "number": 17, "place": "Đức Lập",
        "meeting.title": "HỘI NGHỊ CÁN BỘ, CÔNG CHỨC NĂM 2026", "meeting.date": "16/01/2026",
        "meeting.start": "07:30", "meeting.end": "11:15", "meeting.location": "Hội trường UBND xã Đức Lập",
        "chair": "Đinh Công Tráng", "secretary": "Y Lan Niê",
        "attendees.expected": 29, "attendees.present": 27,
        "agenda": ["Báo cáo kết quả thực hiện nhiệm vụ năm 2025", "Thông qua Quy chế làm việc năm 2026",
                   "Ký giao ước thi đua"],
        "vote.agree": 27,
    },
    "so_giao_ban_tab_colon": {
        "style": "state", "organization.parent": "UBND TỈNH LẠC HỒNG",
        "organization.name": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "organization.code": "SNNMT", "number": 112,
        "place": "Lạc Hồng", "meeting.title": "Giao ban Lãnh đạo Sở tháng 11 năm 2026",
        "meeting.date": "03/11/2026", "meeting.start": "14:00", "meeting.end": "16:20",
        "meeting.location": "Phòng họp số 1, trụ sở Sở", "chair": "Phạm Quang Diệu", "secretary": "Trịnh Thu Hằng",
        "vote.agree": None,
    },
    "parents_kindergarten_spoken_times": {
        "style": "state", "organization.parent": "TRƯỜNG MẦM NON SƠN CA", "organization.name": "LỚP CHỒI 2",
        "number": None, "place": None, "meeting.title": "HỌP PHỤ HUYNH ĐẦU NĂM HỌC 2026 - 2027",
        "meeting.date": "13/09/2026", "meeting.start": "08:30", "meeting.end": "09:45",
        "meeting.location": "lớp Chồi 2, Trường Mầm non Sơn Ca", "chair": "Mai Thị Hương", "secretary": "Lục Văn Tài",
        "attendees.expected": 32, "attendees.present": 28, "vote.agree": 28,
    },
    "hospital_presence_column_table": {
        "style": "state", "organization.parent": "SỞ Y TẾ TỈNH LẠC HỒNG",
        "organization.name": "BỆNH VIỆN Y DƯỢC CỔ TRUYỀN", "organization.code": "HĐTĐT", "number": 9,
        "place": "Lạc Hồng", "meeting.title": "HỌP HỘI ĐỒNG THUỐC VÀ ĐIỀU TRỊ QUÝ III/2026",
        "meeting.date": "20/08/2026", "meeting.start": "14:00", "meeting.end": "16:00",
        "meeting.location": "Phòng giao ban Bệnh viện", "chair": "Nguyễn Hữu Phước", "secretary": "Kha Thị Lan",
        "attendees.expected": 7, "attendees.present": 6, "attendees.absent": ["Tạ Văn Nghĩa"], "vote.agree": 6,
    },
    "chi_bo_soft_break_header_two_fields": {
        "style": "party", "organization.parent": "ĐẢNG BỘ PHƯỜNG KIM TÂN", "organization.name": "CHI BỘ KHU PHỐ 5",
        "organization.code": "CB", "number": 22, "place": "Kim Tân",
        "meeting.title": "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2026", "meeting.date": "05/06/2026",
        "meeting.start": "19:30", "meeting.end": "21:15", "meeting.location": "Nhà văn hóa khu phố 5",
        "chair": "Vi Văn Sáng", "secretary": "Nông Thị Hạnh",
        "attendees.expected": 14, "attendees.present": 12, "attendees.absent": ["Lương Văn Khải", "Mạc Thị Sen"],
        "vote.agree": 12,
    },
    "chi_doan_date_above_signatures": {
        "style": "youth", "organization.parent": "ĐOÀN XÃ TÂN LẬP", "organization.name": "CHI ĐOÀN THÔN 3",
        "number": None, "place": "Tân Lập", "meeting.title": "SINH HOẠT CHI ĐOÀN THÁNG 3 NĂM 2026",
        "meeting.date": "26/03/2026", "meeting.start": "19:30", "meeting.end": "21:00",
        "meeting.location": "Nhà văn hóa thôn 3", "chair": "Hà Minh Quân", "secretary": "Lộc Thị Thơm",
        "attendees.expected": 31, "attendees.present": 24,
        "agenda": ["Triển khai ngày hội thanh niên làm sạch đường làng", "Thu đoàn phí quý I"],
        "vote.agree": None,
    },
    "cong_doan_company_letter_labels": {
        "style": "state", "organization.parent": "CÔNG ĐOÀN CÁC KCN TỈNH LẠC HỒNG",
        "organization.name": "CĐCS CÔNG TY TNHH ĐIỆN TỬ HƯNG PHÁT", "organization.code": "CĐCS", "number": 4,
        "place": "Phú Thịnh", "meeting.title": "HỌP BCH CÔNG ĐOÀN CƠ SỞ THÁNG 7/2026",
        "meeting.date": "22/07/2026", "meeting.start": "15:30", "meeting.end": "17:00",
        "meeting.location": "Phòng họp xưởng 2, Công ty TNHH Điện tử Hưng Phát",
        "chair": "Đoàn Văn Lực", "secretary": "Phí Thị Ngân",
        "attendees.expected": 7, "attendees.present": 7, "vote.agree": 7,
    },
    "hoi_phu_nu_time_after_date": {
        "style": "state", "organization.parent": "HỘI LHPN HUYỆN CHÂU THÀNH",
        "organization.name": "BCH HỘI LHPN XÃ PHÚ HÒA", "organization.code": "PN", "number": 31, "place": "Phú Hòa",
        "meeting.title": "Hội nghị Ban Chấp hành Hội LHPN xã quý III năm 2026", "meeting.date": "09/09/2026",
        "meeting.start": "14:00", "meeting.end": "16:30", "meeting.location": "Văn phòng Hội LHPN xã",
        "chair": "Trần Thị Bé Tư", "secretary": "Võ Ngọc Hân",
        "attendees.expected": 15, "attendees.present": 13, "attendees.absent": ["Kiều Thị Nga", "Lâm Thị Đào"],
        "vote.agree": 13,
    },
    "mat_tran_semicolon_roles": {
        "style": "state", "organization.parent": "UBMTTQ VIỆT NAM XÃ AN THẠNH",
        "organization.name": "BAN CÔNG TÁC MẶT TRẬN ẤP AN HÒA", "number": None, "place": "An Thạnh",
        "meeting.title": "Họp bình xét danh hiệu “Gia đình văn hóa” năm 2026", "meeting.date": "20/11/2026",
        "meeting.start": "19:00", "meeting.end": "21:15", "meeting.location": "Nhà văn hóa ấp An Hòa",
        "chair": "Trần Văn Kiểu", "secretary": "Đỗ Thị Mơ", "attendees.present": 7,
        "attendees.absent": None, "vote.agree": 7,
    },
    "htx_board_year_in_number": {
        "style": "state", "organization.parent": None, "organization.name": "HỢP TÁC XÃ NÔNG NGHIỆP ĐỒNG TIẾN",
        "organization.code": "HĐQT", "number": 7, "place": "Đồng Tiến",
        "meeting.title": "Họp Hội đồng quản trị quý I năm 2026", "meeting.date": "28/02/2026",
        "meeting.start": "09:00", "meeting.end": "11:30", "meeting.location": "Văn phòng HTX, thôn Đồng Tiến 2",
        "chair": "Nguyễn Văn Cừ", "secretary": "Phan Thị Yến",
        "attendees.expected": 5, "attendees.present": 5, "vote.agree": 4, "vote.against": 1,
    },
}
"""Round 7: ten layouts, written and scored on main before any change made for them."""
