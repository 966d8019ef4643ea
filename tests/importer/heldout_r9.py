"""Held-out round 9 of biên bản, written and scored on main before any change to the importer.

Ten meetings from ten kinds of office that rounds 1-8 hold little of: a commune's Đảng ủy, a
provincial department's briefing, a secondary school's hội đồng sư phạm, a commune health
station, a commune's Đoàn, a company's Công đoàn, a commune's Hội Nông dân, a hợp tác xã's annual
members' meeting, a village (thôn) meeting, a university department (bộ môn). Half follow the
most common published forms and examples closely (the Party's guidance on a Ban Chấp hành's
conference, the decree's Mẫu 1.9 under a Sở's header with its date line, the school-site form of a
hội đồng sư phạm meeting, the law firms' published meeting form applied to a cooperative's annual
members' meeting, the legal-form sites' "BIÊN BẢN CUỘC HỌP THÔN" with "Chúng tôi gồm:" and "Người
lập biên bản:");
half are typed with a secretary's own habits: other label words ("Thời điểm họp:", "Nơi họp:",
"Người điều hành:", "Người ghi:"), the sections in another order, the whole opening in one running
sentence ("… dưới sự chủ trì của đồng chí …"), the attendance typed as a small table of counts,
the chair given by post before the name, a members table under three levels of bodies, a header
typed with tabs. The forms were studied, never copied.

The accidents are the ordinary ones of Word: the borderless header table and the signature table,
a header typed with tabs, Word's automatic numbering, Shift+Enter inside a paragraph, a dotted
fill left after a value, a typed number followed by a tab, a double space.

Every name, place and number is invented. Each builder returns .docx bytes; :data:`EXPECTED9`
holds, per builder, the fields a careful secretary would write from it (``None``: the document
does not say it, so the import must leave it empty).
"""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt
from heldout import _bytes, _doc, _p, _signatures, _table_header
from heldout_late import _labelled, _numbered, _numbering, _three_signatures
from heldout_r8 import _broken, _indented, _signatures_with_recipients

# --- building blocks of this round -----------------------------------------------------------------


def _tab_header(d, rows: list[tuple[str, str]], bold_left: set[int] = frozenset(), stop_cm: float = 6.3):
    """A header typed with tabs, not a table: each line is "left<tab>right", one tab stop, in 12 pt
    so that each side keeps to its line."""
    for i, (left, right) in enumerate(rows):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(stop_cm))
        if left:
            run = p.add_run(left)
            run.bold, run.font.size = True if i in bold_left else None, Pt(12)
        if right:
            run = p.add_run("\t" + right)
            run.bold = True if right.isupper() or right.startswith("Độc lập") else None
            run.italic = True if "ngày" in right else None
            run.font.size = Pt(12)
    return p


def _grid(d, rows: list[list[str]], bold_first=True):
    """A small table with grid lines, as a secretary inserts one for counts or names."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            run = t.cell(r, c).paragraphs[0].add_run(text)
            run.bold = True if (bold_first and r == 0) else None
    return t


# --- round 9: on the common published forms --------------------------------------------------------

def dang_uy_xa_bch_guidance() -> bytes:
    """A commune's Đảng ủy: the Party's header table ("ĐẢNG BỘ HUYỆN …" over "ĐẢNG ỦY XÃ …", "*",
    "Số 21-BB/ĐU"; "ĐẢNG CỘNG SẢN VIỆT NAM" with the date line); "BIÊN BẢN" over "HỘI NGHỊ BAN CHẤP
    HÀNH ĐẢNG BỘ XÃ" and "Lần thứ 27, nhiệm kỳ 2025 – 2030"; "1. Thời gian, địa điểm" with "-" lines;
    "Tổng số ủy viên Ban Chấp hành Đảng bộ: 15 đồng chí. Có mặt: 14 đồng chí. Vắng: 01 đồng chí
    (đ/c …, lý do: …)"; guests; "Chủ trì hội nghị: đồng chí …"; "Thư ký hội nghị: đồng chí …"; the
    vote "14/14 đồng chí có mặt tán thành (100%)"; THƯ KÝ HỘI NGHỊ / T/M ĐẢNG ỦY BÍ THƯ."""
    d = _doc()
    _table_header(d, ["ĐẢNG BỘ HUYỆN THANH MIỆN", "ĐẢNG ỦY XÃ HỒNG QUANG", "*", "Số 21-BB/ĐU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hồng Quang, ngày 06 tháng 4 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ", bold=True, center=True)
    _p(d, "Lần thứ 27, nhiệm kỳ 2025 – 2030", bold=True, center=True)
    _p(d, "-----", center=True)
    _p(d, "1. Thời gian, địa điểm", bold=True)
    _p(d, "- Thời gian: Vào hồi 07 giờ 30 phút, ngày 06 tháng 4 năm 2026.")
    _p(d, "- Địa điểm: Hội trường Trung tâm chính trị xã.")
    _p(d, "2. Thành phần", bold=True)
    _p(d, "- Tổng số ủy viên Ban Chấp hành Đảng bộ: 15 đồng chí. Có mặt: 14 đồng chí. Vắng: 01 đồng chí "
          "(đ/c Vũ Đức Thiện, lý do: đi học lớp trung cấp lý luận chính trị).")
    _p(d, "- Đại biểu mời: đồng chí Lương Thị Hà, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy.")
    _p(d, "- Chủ trì hội nghị: đồng chí Tăng Văn Khoa, Bí thư Đảng ủy xã.")
    _p(d, "- Thư ký hội nghị: đồng chí Đào Thị Nhung, Văn phòng Đảng ủy.")
    _p(d, "3. Nội dung", bold=True)
    _p(d, "- Đồng chí Phó Bí thư Thường trực trình bày báo cáo kết quả lãnh đạo quý I, phương hướng quý II "
          "năm 2026.")
    _p(d, "- Hội nghị thảo luận, có 06 ý kiến phát biểu về công tác thu nộp đảng phí và giải phóng mặt bằng.")
    _p(d, "- Đồng chí Bí thư Đảng ủy kết luận hội nghị.")
    _p(d, "Hội nghị biểu quyết thông qua nghị quyết quý II: 14/14 đồng chí có mặt tán thành (100%).")
    _p(d, "Hội nghị kết thúc vào hồi 11 giờ 00 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ HỘI NGHỊ", "", "", "Đào Thị Nhung"], ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Tăng Văn Khoa"])
    return _bytes(d)


def so_giao_ban_decree_form() -> bytes:
    """A provincial department's weekly briefing on the decree's Mẫu 1.9, with the date line as
    the Sở's office adds it: "Thời gian bắt đầu:", those present by office and two named, one
    absent named ("Vắng: Ông … – Phó Giám đốc Sở (…)"), "Chủ trì (chủ tọa):", "Thư ký (người ghi
    biên bản):", the body justified with a first-line indent, the end line with its time, Nơi nhận
    under THƯ KÝ."""
    d = _doc()
    _table_header(d, ["UBND TỈNH LẠC HỒNG", "SỞ TƯ PHÁP", "-------", "Số: 38/BB-STP"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                   "Lạc Hồng, ngày 11 tháng 5 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp giao ban Lãnh đạo Sở tuần 19 năm 2026", bold=True, center=True)
    _indented(d, "Thời gian bắt đầu: 07 giờ 45 phút, ngày 11 tháng 5 năm 2026.")
    _indented(d, "Địa điểm: Phòng họp tầng 2, Sở Tư pháp.")
    _indented(d, "Thành phần tham dự: Giám đốc Sở; Phó Giám đốc Sở Phan Thị Kim Oanh; Chánh Văn phòng, Chánh "
                 "Thanh tra và Trưởng các phòng chuyên môn.")
    _indented(d, "Vắng: Ông Hứa Văn Phong – Phó Giám đốc Sở (dự tập huấn tại Bộ Tư pháp).")
    _indented(d, "Chủ trì (chủ tọa): Ông Mạc Đình Chiểu – Giám đốc Sở.")
    _indented(d, "Thư ký (người ghi biên bản): Bà Quan Thị Mỹ – Chuyên viên Văn phòng Sở.")
    _indented(d, "Nội dung (theo diễn biến cuộc họp):")
    _indented(d, "1. Văn phòng Sở báo cáo kết quả công tác tuần 18: tiếp nhận 214 hồ sơ lý lịch tư pháp, trả đúng "
                 "hạn 100%.")
    _indented(d, "2. Phòng Xây dựng và kiểm tra văn bản báo cáo tiến độ thẩm định 05 dự thảo nghị quyết.")
    _indented(d, "3. Giám đốc Sở kết luận: giao Văn phòng tổng hợp, tham mưu văn bản đôn đốc trước ngày 15/5/2026.")
    _indented(d, "Cuộc họp kết thúc vào 09 giờ 30 phút cùng ngày./.")
    _signatures_with_recipients(d, ["THƯ KÝ", "", "", "", "Quan Thị Mỹ"],
                                ["CHỦ TỌA", "", "", "", "Mạc Đình Chiểu"],
                                ["- Lãnh đạo Sở;", "- Các phòng, đơn vị;", "- Lưu: VT, VP."])
    return _bytes(d)


def hoi_dong_su_pham_school_form() -> bytes:
    """A secondary school's monthly staff meeting on the form teachers' sites publish: "PHÒNG GD&ĐT
    …" over "TRƯỜNG THCS …"; "BIÊN BẢN HỌP HỘI ĐỒNG SƯ PHẠM" over "Tháng 11 năm 2026"; "I. THỜI GIAN,
    ĐỊA ĐIỂM", "II. THÀNH PHẦN" with "Tổng số CB, GV, NV: 42; Có mặt: 40; Vắng: 02 (có phép: thầy …,
    cô …)", "Chủ tọa:", "Thư ký:"; the content items in Word's automatic numbering; the vote; THƯ KÝ /
    CHỦ TỌA with HIỆU TRƯỞNG."""
    d = _doc(size=13)
    _table_header(d, ["PHÒNG GD&ĐT HUYỆN KIM SƠN", "TRƯỜNG THCS LAI THÀNH", "-----***-----"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Lai Thành, ngày 04 tháng 11 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN HỌP HỘI ĐỒNG SƯ PHẠM", bold=True, center=True)
    _p(d, "Tháng 11 năm 2026", bold=True, center=True)
    _p(d, "I. THỜI GIAN, ĐỊA ĐIỂM", bold=True)
    _p(d, "- Thời gian: 14 giờ 00 phút, ngày 04 tháng 11 năm 2026.")
    _p(d, "- Địa điểm: Phòng Hội đồng trường THCS Lai Thành.")
    _p(d, "II. THÀNH PHẦN", bold=True)
    _p(d, "- Tổng số CB, GV, NV: 42; Có mặt: 40; Vắng: 02 (có phép: thầy Phùng Văn Tâm, cô Lưu Thị Hiền).")
    _p(d, "- Chủ tọa: Thầy Khúc Minh Đức – Hiệu trưởng.")
    _p(d, "- Thư ký: Cô Đinh Thị Ngọc Ánh – Giáo viên, Thư ký Hội đồng.")
    _p(d, "III. NỘI DUNG", bold=True)
    items = _numbering(d, [("decimal", "%1.")])
    _numbered(d, "Đánh giá công tác tháng 10: duy trì sĩ số 100%; tổ chức thành công hội thi giáo viên dạy giỏi "
                 "cấp trường.", items)
    _numbered(d, "Kế hoạch tháng 11: thi đua chào mừng ngày Nhà giáo Việt Nam 20/11; kiểm tra giữa học kỳ I.",
              items)
    _numbered(d, "Ý kiến: cô Trịnh Thị Yên đề nghị bổ sung máy chiếu cho phòng học bộ môn Vật lý.", items)
    _p(d, "IV. KẾT LUẬN", bold=True)
    _p(d, "Hiệu trưởng kết luận; Hội đồng biểu quyết thông qua kế hoạch tháng 11 với 40/40 thành viên có mặt "
          "tán thành.")
    _p(d, "Cuộc họp kết thúc lúc 16 giờ 15 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Đinh Thị Ngọc Ánh"], ["CHỦ TỌA", "HIỆU TRƯỞNG", "", "", "Khúc Minh Đức"])
    return _bytes(d)


def htx_dai_hoi_thanh_vien() -> bytes:
    """A hợp tác xã's annual members' meeting on the law firms' published meeting form (sections,
    counts, chủ tọa and thư ký, the vote) as a cooperative applies it: "Số: 01/BB-ĐHTV";
    "BIÊN BẢN" over "ĐẠI HỘI THÀNH VIÊN THƯỜNG NIÊN NĂM 2026"; typed "1." with a tab under "I. THỜI
    GIAN, ĐỊA ĐIỂM", "Từ 8 giờ 00 đến 11 giờ 30 ngày …"; "Tổng số thành viên hợp tác xã: 126 thành
    viên; số thành viên có mặt: 98 thành viên, đạt 77,8%"; "Chủ tọa đại hội:" and "Thư ký đại hội:";
    the vote "98/98 thành viên có mặt tán thành (100%)"; "bế mạc"; THƯ KÝ / CHỦ TỌA."""
    d = _doc(size=13)
    _table_header(d, ["HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP YÊN PHÚ", "Số: 01/BB-ĐHTV"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Yên Phú, ngày 24 tháng 3 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "ĐẠI HỘI THÀNH VIÊN THƯỜNG NIÊN NĂM 2026", bold=True, center=True)
    _p(d, "I. THỜI GIAN, ĐỊA ĐIỂM", bold=True)
    _p(d, "1.\tThời gian: Từ 8 giờ 00 đến 11 giờ 30 ngày 24 tháng 3 năm 2026.")
    _p(d, "2.\tĐịa điểm: Hội trường nhà văn hóa thôn Phú Thượng, xã Yên Phú.")
    _p(d, "II. THÀNH PHẦN THAM DỰ", bold=True)
    _p(d, "1.\tTổng số thành viên hợp tác xã: 126 thành viên; số thành viên có mặt: 98 thành viên, đạt 77,8%.")
    _p(d, "2.\tKhách mời: đại diện Ủy ban nhân dân xã Yên Phú, Liên minh Hợp tác xã tỉnh.")
    _p(d, "III. CHỦ TỌA, THƯ KÝ ĐẠI HỘI", bold=True)
    _p(d, "- Chủ tọa đại hội: Ông Cầm Bá Thước – Chủ tịch Hội đồng quản trị.")
    _p(d, "- Thư ký đại hội: Bà Lò Thị Hoa – Kế toán hợp tác xã.")
    _p(d, "IV. NỘI DUNG ĐẠI HỘI", bold=True)
    _p(d, "1.\tGiám đốc báo cáo kết quả sản xuất, kinh doanh năm 2025: doanh thu 6,4 tỷ đồng, lãi 412 triệu đồng.")
    _p(d, "2.\tTrưởng Ban kiểm soát báo cáo hoạt động kiểm soát năm 2025.")
    _p(d, "3.\tĐại hội thảo luận phương án phân phối thu nhập và kế hoạch năm 2026.")
    _p(d, "Đại hội biểu quyết thông qua các nội dung trên: 98/98 thành viên có mặt tán thành (100%).")
    _p(d, "Đại hội bế mạc lúc 11 giờ 30 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Lò Thị Hoa"], ["CHỦ TỌA", "", "", "Cầm Bá Thước"])
    return _bytes(d)


def thon_legal_site_form() -> bytes:
    """A village meeting on the "BIÊN BẢN CUỘC HỌP THÔN" the legal-form sites publish: "Hôm nay, vào
    lúc … ngày …, tại …", "Chúng tôi gồm:", "Người chủ trì:", "Người lập biên bản:", "Người tham
    gia:" with "Tổng số hộ có mặt: 41/45 hộ (04 hộ vắng có lý do)", "Chúng tôi xin trình bày sự việc
    như sau:", the result by households, "kết thúc vào 10:30 cùng ngày"; three signatures."""
    d = _doc()
    _table_header(d, ["UBND XÃ ĐÔNG HÀ", "THÔN TRUNG HÒA"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———o0o———",
                   "Đông Hà, ngày 22 tháng 11 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN CUỘC HỌP THÔN", bold=True, center=True)
    _p(d, "Hôm nay, vào lúc 8 giờ 00 phút ngày 22 tháng 11 năm 2026, tại Nhà văn hóa thôn Trung Hòa.")
    _p(d, "Chúng tôi gồm:")
    _p(d, "Người chủ trì: Ông Vi Văn Tường – Trưởng thôn;")
    _p(d, "Người lập biên bản: Bà Mông Thị Lụa – Chi hội trưởng Chi hội Phụ nữ thôn;")
    _p(d, "Người tham gia: đại diện các hộ gia đình trong thôn. Tổng số hộ có mặt: 41/45 hộ (04 hộ vắng có lý do).")
    _p(d, "Chúng tôi xin trình bày sự việc như sau:")
    _p(d, "Thôn Trung Hòa tiến hành cuộc họp bình xét danh hiệu “Gia đình văn hóa” năm 2026. Sau khi Trưởng thôn "
          "thông qua tiêu chí, các hộ thảo luận và biểu quyết.")
    _p(d, "– 39/41 hộ đồng ý đề nghị 40 hộ đạt danh hiệu “Gia đình văn hóa” năm 2026; 02 hộ không đồng ý.")
    _p(d, "Cuộc họp kết thúc vào 10:30 cùng ngày. Biên bản đã được đọc cho các hộ có mặt cùng nghe và nhất trí.")
    _three_signatures(d, [["NGƯỜI LẬP BIÊN BẢN", "", "", "Mông Thị Lụa"],
                          ["ĐẠI DIỆN CÁC HỘ GIA ĐÌNH", "", "", "Hoàng Văn Thuận"],
                          ["TRƯỞNG THÔN", "", "", "Vi Văn Tường"]])
    return _bytes(d)


# --- round 9: a secretary's own habits -------------------------------------------------------------

def tram_y_te_counts_table() -> bytes:
    """A commune health station's monthly meeting: "TRUNG TÂM Y TẾ HUYỆN …" over "TRẠM Y TẾ XÃ …"
    and "Số: 14/BB-TYT"; one title line "BIÊN BẢN GIAO BAN THÁNG 9 NĂM 2026"; a bold "Thời gian, địa
    điểm:" with "14 giờ 00 phút ngày …, tại …" after it; the attendance as a small grid table of
    counts (Tổng số | Có mặt | Vắng | Lý do); the chair by post before the name ("Chủ trì: Trưởng
    Trạm – BS. …"); "Ghi biên bản:"; "+" items; NGƯỜI GHI BIÊN BẢN / TRƯỞNG TRẠM."""
    d = _doc(size=13)
    _table_header(d, ["TRUNG TÂM Y TẾ HUYỆN MƯỜNG LA", "TRẠM Y TẾ XÃ CHIỀNG LAO", "Số: 14/BB-TYT"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Chiềng Lao, ngày 30 tháng 9 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN GIAO BAN THÁNG 9 NĂM 2026", bold=True, center=True)
    _labelled(d, "Thời gian, địa điểm: ", "14 giờ 00 phút ngày 30/9/2026, tại phòng họp Trạm Y tế xã.")
    _labelled(d, "Thành phần:", "")
    _grid(d, [["Tổng số viên chức", "Có mặt", "Vắng", "Lý do vắng"],
              ["07", "06", "01", "YS. Hà Thị Mận – nghỉ chế độ thai sản"]])
    _labelled(d, "Chủ trì: ", "Trưởng Trạm – BS. Vàng A Sử.")
    _labelled(d, "Ghi biên bản: ", "YS. Lò Thị Xuân.")
    _labelled(d, "Nội dung:", "")
    _p(d, "+ Tiêm chủng mở rộng tháng 9: 46/48 trẻ được tiêm đủ mũi; 02 trẻ hoãn tiêm do sốt.")
    _p(d, "+ Khám chữa bệnh BHYT: 318 lượt; chuyển tuyến 09 lượt.")
    _p(d, "+ Trưởng Trạm phân công cán bộ xuống các bản tuyên truyền phòng chống sốt xuất huyết.")
    _p(d, "Cuộc họp kết thúc hồi 16 giờ cùng ngày.")
    _signatures(d, ["NGƯỜI GHI BIÊN BẢN", "", "", "Lò Thị Xuân"], ["TRƯỞNG TRẠM", "", "", "Vàng A Sử"])
    return _bytes(d)


def doan_xa_running_sentence() -> bytes:
    """A commune's Đoàn committee: the Đoàn's header ("HUYỆN ĐOÀN …" over "BCH ĐOÀN XÃ …", "***",
    "Số: 12-BB/ĐTN"); the whole opening in one running sentence ("Vào lúc 19 giờ 30 phút, ngày …,
    tại …, Ban Chấp hành Đoàn xã … tổ chức hội nghị … dưới sự chủ trì của đồng chí …, Bí thư Đoàn
    xã"); the attendance and absentees in the next sentence; the secretary "được phân công ghi biên
    bản"; THƯ KÝ / T/M BAN CHẤP HÀNH BÍ THƯ."""
    d = _doc()
    _table_header(d, ["HUYỆN ĐOÀN BA BỂ", "BCH ĐOÀN XÃ NAM MẪU", "***", "Số: 12-BB/ĐTN"],
                  ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Nam Mẫu, ngày 17 tháng 7 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Hội nghị Ban Chấp hành Đoàn xã quý III năm 2026", bold=True, center=True)
    _indented(d, "Vào lúc 19 giờ 30 phút, ngày 17 tháng 7 năm 2026, tại Hội trường Ủy ban nhân dân xã Nam Mẫu, "
                 "Ban Chấp hành Đoàn xã Nam Mẫu tổ chức hội nghị thường kỳ quý III dưới sự chủ trì của đồng chí "
                 "Triệu Thị Mai, Bí thư Đoàn xã.")
    _indented(d, "Hội nghị có mặt 13/15 đồng chí ủy viên Ban Chấp hành; vắng 02 đồng chí: đồng chí Hoàng Văn Sình "
                 "(đi làm ăn xa), đồng chí Đàm Thị Phượng (ốm). Đồng chí Nông Văn Chiến, Phó Bí thư Đoàn xã, "
                 "được phân công ghi biên bản.")
    _p(d, "Nội dung hội nghị:", bold=True)
    _p(d, "- Đồng chí Bí thư Đoàn xã đánh giá kết quả Tháng Thanh niên và chiến dịch tình nguyện hè.")
    _p(d, "- Triển khai kế hoạch thu đoàn phí quý III và kết nạp đoàn viên mới ở các chi đoàn thôn.")
    _p(d, "- Ý kiến: đồng chí Lục Văn Khánh đề nghị hỗ trợ kinh phí cho đội văn nghệ thanh niên.")
    _p(d, "Hội nghị biểu quyết thông qua kế hoạch quý III: 13/13 đồng chí nhất trí.")
    _p(d, "Hội nghị kết thúc lúc 21 giờ 30 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Nông Văn Chiến"], ["T/M BAN CHẤP HÀNH", "BÍ THƯ", "", "", "Triệu Thị Mai"])
    return _bytes(d)


def cong_doan_company_own_labels() -> bytes:
    """A company's Công đoàn committee typed in the secretary's own words and order: the members
    first ("I. THÀNH PHẦN" with "Số UV BCH dự họp: 7/9 đồng chí (vắng: đ/c … – đi ca; đ/c … – nghỉ
    phép)"), then "Người điều hành:" and "Người ghi:", then "II. THỜI GIAN – NƠI HỌP" with "Thời điểm
    họp:" and "Nơi họp:"; the opening lines of section I broken with Shift+Enter; the vote "Tán thành:
    7/7; không tán thành: 0"; THƯ KÝ / T/M BCH CÔNG ĐOÀN CHỦ TỊCH."""
    d = _doc(size=13)
    _table_header(d, ["CÔNG ĐOÀN KCN PHÚC ĐIỀN", "CĐCS CÔNG TY CP MAY THÀNH ĐẠT", "Số: 11/BB-CĐCS"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Phúc Điền, ngày 19 tháng 6 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ", bold=True, center=True)
    _p(d, "I. THÀNH PHẦN", bold=True)
    _broken(d, ["Số UV BCH dự họp: 7/9 đồng chí (vắng: đ/c Tô Văn Mạnh – đi ca; đ/c Ninh Thị Thơ – nghỉ phép).",
                "Người điều hành: đ/c Lã Thị Bích Ngọc – Chủ tịch CĐCS.",
                "Người ghi: đ/c Hầu Văn Sỹ – UV BCH, Trưởng ban Tuyên giáo."])
    _p(d, "II. THỜI GIAN – NƠI HỌP", bold=True)
    _p(d, "Thời điểm họp: 16h45 ngày 19/6/2026.")
    _p(d, "Nơi họp: Phòng họp Công đoàn, nhà điều hành xưởng may số 2.")
    _p(d, "III. NỘI DUNG", bold=True)
    _p(d, "a) Đ/c Chủ tịch CĐCS thông qua dự thảo thỏa ước lao động tập thể sửa đổi, bổ sung năm 2026.")
    _p(d, "b) Bàn kế hoạch tổ chức tháng Công nhân: thăm 25 đoàn viên có hoàn cảnh khó khăn.")
    _p(d, "c) Biểu quyết dự thảo thỏa ước: Tán thành: 7/7; không tán thành: 0.")
    _p(d, "Cuộc họp kết thúc 18h00 cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Hầu Văn Sỹ"], ["T/M BCH CÔNG ĐOÀN", "CHỦ TỊCH", "", "", "Lã Thị Bích Ngọc"])
    return _bytes(d)


def bo_mon_university_members_table() -> bytes:
    """A university department: three levels of bodies ("TRƯỜNG ĐẠI HỌC …" over "KHOA …" over "BỘ
    MÔN …"); "BIÊN BẢN SINH HOẠT BỘ MÔN" with "(Về việc …)"; the opening as a borderless two-column
    table (Thời gian | …, Địa điểm | …); "thứ Tư, ngày …"; those present in a grid table (STT, Họ và
    tên, Học hàm/học vị, Chức vụ), degrees in their own column; "Vắng: TS. … (…)"; "Chủ trì: PGS.TS.
    … – Trưởng Bộ môn"; THƯ KÝ / TRƯỞNG BỘ MÔN."""
    d = _doc(size=13)
    _table_header(d, ["TRƯỜNG ĐẠI HỌC KỸ THUẬT LẠC HỒNG", "KHOA CÔNG NGHỆ THÔNG TIN", "BỘ MÔN KỸ THUẬT PHẦN MỀM"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Lạc Hồng, ngày 21 tháng 10 năm 2026"])
    _p(d)
    _p(d, "BIÊN BẢN SINH HOẠT BỘ MÔN", bold=True, center=True)
    _p(d, "(Về việc rà soát đề cương học phần năm học 2026 – 2027)", italic=True, center=True)
    t = d.add_table(rows=2, cols=2)
    for r, (label, value) in enumerate([("Thời gian:", "14h00 – 16h30, thứ Tư, ngày 21/10/2026"),
                                        ("Địa điểm:", "Phòng 402, nhà C2")]):
        t.cell(r, 0).paragraphs[0].add_run(label).bold = True
        t.cell(r, 1).paragraphs[0].text = value
    _p(d, "Thành phần tham dự:", bold=True)
    _grid(d, [["STT", "Họ và tên", "Học hàm, học vị", "Chức vụ"],
              ["1", "Quách Thành Long", "PGS.TS.", "Trưởng Bộ môn"],
              ["2", "Viên Thị Thu Trang", "TS.", "Phó Trưởng Bộ môn"],
              ["3", "Âu Dương Khải", "ThS.", "Giảng viên"],
              ["4", "Kim Ngọc Bảo", "ThS.", "Giảng viên"],
              ["5", "Lã Minh Châu", "ThS.", "Giảng viên, thư ký Bộ môn"]])
    _p(d, "Vắng: TS. Mẫn Thế Vinh (đi công tác nước ngoài).")
    _p(d, "Chủ trì: PGS.TS. Quách Thành Long – Trưởng Bộ môn.")
    _p(d, "Thư ký: ThS. Lã Minh Châu.")
    _p(d, "Nội dung:", bold=True)
    _p(d, "1.\tRà soát đề cương 08 học phần theo chuẩn đầu ra mới của chương trình đào tạo.")
    _p(d, "2.\tPhân công giảng viên biên soạn lại đề cương học phần Kiểm thử phần mềm.")
    _p(d, "Bộ môn thống nhất: 5/5 thành viên dự họp đồng ý với phân công trên.")
    _signatures(d, ["THƯ KÝ", "", "", "Lã Minh Châu"], ["TRƯỞNG BỘ MÔN", "", "", "Quách Thành Long"])
    return _bytes(d)


def hoi_nong_dan_tab_header() -> bytes:
    """A commune's Hội Nông dân: the header typed with tabs, "HỘI NÔNG DÂN VIỆT NAM" over "BCH HND
    XÃ …", "*", "Số 07-BB/HND" on the left, the quốc hiệu and the date line on the right as the
    association's documents have them; "I. THỜI GIAN, ĐỊA ĐIỂM" with a running "Vào lúc …, tại …"
    sentence and a dotted fill left after it; "- Ủy viên BCH: có mặt 11/13 đồng chí (vắng đ/c …, đ/c
    … – có lý do)"; chair and secretary under one heading in one line ("đ/c … – Chủ tịch Hội – chủ
    trì; đ/c … – … – thư ký"); the vote "11/11 ủy viên tán thành"; THƯ KÝ / T/M BAN CHẤP HÀNH CHỦ TỊCH."""
    d = _doc()
    _tab_header(d, [("HỘI NÔNG DÂN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                    ("BCH HND XÃ THẠCH LONG", "Độc lập - Tự do - Hạnh phúc"),
                    ("           *", ""),
                    ("Số 07-BB/HND", "Thạch Long, ngày 10 tháng 3 năm 2026")], bold_left={1})
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp Ban Chấp hành Hội Nông dân xã quý I năm 2026", bold=True, center=True)
    _p(d, "I. THỜI GIAN, ĐỊA ĐIỂM", bold=True)
    _p(d, "Vào lúc 8 giờ 00 phút, ngày 10 tháng 3 năm 2026, tại Văn phòng Hội Nông dân xã Thạch Long……………")
    _p(d, "II. THÀNH PHẦN", bold=True)
    _p(d, "- Ủy viên BCH: có mặt 11/13 đồng chí (vắng đ/c Lê Văn Tình, đ/c Cao Thị Sen – có lý do).")
    _p(d, "- Khách mời: đ/c Phan Văn Dũng – Phó Chủ tịch UBND xã.")
    _p(d, "III. CHỦ TRÌ, THƯ KÝ", bold=True)
    _p(d, "Đ/c Ngô Văn Tuất – Chủ tịch Hội – chủ trì; đ/c Nguyễn Thị Lài – Ủy viên BTV – thư ký.")
    _p(d, "IV. NỘI DUNG", bold=True)
    _p(d, "1. Đánh giá kết quả vụ Đông Xuân; giải ngân 1,8 tỷ đồng vốn vay ủy thác cho 42 hộ hội viên.")
    _p(d, "2. Triển khai bình xét hộ nông dân sản xuất, kinh doanh giỏi năm 2026.")
    _p(d, "Kết quả biểu quyết: 11/11 ủy viên tán thành.")
    _p(d, "Hội nghị kết thúc lúc 10 giờ 45 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Nguyễn Thị Lài"], ["T/M BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Ngô Văn Tuất"])
    return _bytes(d)


EXPECTED9: dict[str, dict] = {
    "dang_uy_xa_bch_guidance": {
        "style": "party", "organization.parent": "ĐẢNG BỘ HUYỆN THANH MIỆN",
        "organization.name": "ĐẢNG ỦY XÃ HỒNG QUANG",
        "organization.code": "ĐU", "number": 21, "place": "Hồng Quang",
        "meeting.title": "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ Lần thứ 27, nhiệm kỳ 2025 – 2030",
        "meeting.date": "06/04/2026", "meeting.start": "07:30", "meeting.end": "11:00",
        "meeting.location": "Hội trường Trung tâm chính trị xã", "chair": "Tăng Văn Khoa", "secretary": "Đào Thị Nhung",
        "attendees.expected": 15, "attendees.present": 14, "attendees.absent": ["Vũ Đức Thiện"], "vote.agree": 14,
    },
    "so_giao_ban_decree_form": {
        "style": "state", "organization.parent": "UBND TỈNH LẠC HỒNG", "organization.name": "SỞ TƯ PHÁP",
        "organization.code": "STP", "number": 38, "place": "Lạc Hồng",
        "meeting.title": "Họp giao ban Lãnh đạo Sở tuần 19 năm 2026", "meeting.date": "11/05/2026",
        "meeting.start": "07:45", "meeting.end": "09:30", "meeting.location": "Phòng họp tầng 2, Sở Tư pháp",
        "chair": "Mạc Đình Chiểu", "secretary": "Quan Thị Mỹ",
        "attendees.absent": ["Hứa Văn Phong"], "vote.agree": None,
    },
    "hoi_dong_su_pham_school_form": {
        "style": "state", "organization.parent": "PHÒNG GD&ĐT HUYỆN KIM SƠN",
        "organization.name": "TRƯỜNG THCS LAI THÀNH",
        "number": None, "place": "Lai Thành", "meeting.title": "HỌP HỘI ĐỒNG SƯ PHẠM Tháng 11 năm 2026",
        "meeting.date": "04/11/2026", "meeting.start": "14:00", "meeting.end": "16:15",
        "meeting.location": "Phòng Hội đồng trường THCS Lai Thành",
        "chair": "Khúc Minh Đức", "secretary": "Đinh Thị Ngọc Ánh",
        "attendees.expected": 42, "attendees.present": 40, "attendees.absent": ["Phùng Văn Tâm", "Lưu Thị Hiền"],
        "vote.agree": 40,
    },
    "htx_dai_hoi_thanh_vien": {
        "style": "state", "organization.parent": None, "organization.name": "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP YÊN PHÚ",
        "organization.code": "ĐHTV", "number": 1, "place": "Yên Phú",
        "meeting.title": "ĐẠI HỘI THÀNH VIÊN THƯỜNG NIÊN NĂM 2026", "meeting.date": "24/03/2026",
        "meeting.start": "08:00", "meeting.end": "11:30",
        "meeting.location": "Hội trường nhà văn hóa thôn Phú Thượng, xã Yên Phú",
        "chair": "Cầm Bá Thước", "secretary": "Lò Thị Hoa",
        "attendees.expected": 126, "attendees.present": 98, "vote.agree": 98,
    },
    "thon_legal_site_form": {
        "style": "state", "organization.parent": "UBND XÃ ĐÔNG HÀ", "organization.name": "THÔN TRUNG HÒA",
        "number": None, "place": "Đông Hà", "meeting.title": "CUỘC HỌP THÔN",
        "meeting.date": "22/11/2026", "meeting.start": "08:00", "meeting.end": "10:30",
        "meeting.location": "Nhà văn hóa thôn Trung Hòa", "chair": "Vi Văn Tường", "secretary": "Mông Thị Lụa",
        "attendees.expected": 45, "attendees.present": 41, "vote.agree": 39, "vote.against": 2,
    },
    "tram_y_te_counts_table": {
        "style": "state", "organization.parent": "TRUNG TÂM Y TẾ HUYỆN MƯỜNG LA",
        "organization.name": "TRẠM Y TẾ XÃ CHIỀNG LAO", "organization.code": "TYT", "number": 14,
        "place": "Chiềng Lao", "meeting.title": "GIAO BAN THÁNG 9 NĂM 2026", "meeting.date": "30/09/2026",
        "meeting.start": "14:00", "meeting.end": "16:00", "meeting.location": "phòng họp Trạm Y tế xã",
        "chair": "Vàng A Sử", "secretary": "Lò Thị Xuân",
        "attendees.expected": 7, "attendees.present": 6, "attendees.absent": ["Hà Thị Mận"], "vote.agree": None,
    },
    "doan_xa_running_sentence": {
        "style": "youth", "organization.parent": "HUYỆN ĐOÀN BA BỂ", "organization.name": "BCH ĐOÀN XÃ NAM MẪU",
        "organization.code": "ĐTN", "number": 12, "place": "Nam Mẫu",
        "meeting.title": "Hội nghị Ban Chấp hành Đoàn xã quý III năm 2026", "meeting.date": "17/07/2026",
        "meeting.start": "19:30", "meeting.end": "21:30", "meeting.location": "Hội trường Ủy ban nhân dân xã Nam Mẫu",
        "chair": "Triệu Thị Mai", "secretary": "Nông Văn Chiến",
        "attendees.expected": 15, "attendees.present": 13, "attendees.absent": ["Hoàng Văn Sình", "Đàm Thị Phượng"],
        "vote.agree": 13,
    },
    "cong_doan_company_own_labels": {
        "style": "state", "organization.parent": "CÔNG ĐOÀN KCN PHÚC ĐIỀN",
        "organization.name": "CĐCS CÔNG TY CP MAY THÀNH ĐẠT", "organization.code": "CĐCS", "number": 11,
        "place": "Phúc Điền", "meeting.title": "HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ", "meeting.date": "19/06/2026",
        "meeting.start": "16:45", "meeting.end": "18:00",
        "meeting.location": "Phòng họp Công đoàn, nhà điều hành xưởng may số 2",
        "chair": "Lã Thị Bích Ngọc", "secretary": "Hầu Văn Sỹ",
        "attendees.expected": 9, "attendees.present": 7, "attendees.absent": ["Tô Văn Mạnh", "Ninh Thị Thơ"],
        "vote.agree": 7, "vote.against": 0,
    },
    "bo_mon_university_members_table": {
        "style": "state", "organization.parent": "KHOA CÔNG NGHỆ THÔNG TIN",
        "organization.name": "BỘ MÔN KỸ THUẬT PHẦN MỀM", "number": None, "place": "Lạc Hồng",
        "meeting.title": "rà soát đề cương học phần năm học 2026 – 2027", "meeting.date": "21/10/2026",
        "meeting.start": "14:00", "meeting.end": "16:30", "meeting.location": "Phòng 402, nhà C2",
        "chair": "Quách Thành Long", "secretary": "Lã Minh Châu",
        "attendees.present": 5, "attendees.absent": ["Mẫn Thế Vinh"], "vote.agree": 5,
    },
    "hoi_nong_dan_tab_header": {
        "style": "state", "organization.parent": "HỘI NÔNG DÂN VIỆT NAM",
        "organization.name": "BCH HND XÃ THẠCH LONG", "organization.code": "HND", "number": 7,
        "place": "Thạch Long", "meeting.title": "Họp Ban Chấp hành Hội Nông dân xã quý I năm 2026",
        "meeting.date": "10/03/2026", "meeting.start": "08:00", "meeting.end": "10:45",
        "meeting.location": "Văn phòng Hội Nông dân xã Thạch Long", "chair": "Ngô Văn Tuất",
        "secretary": "Nguyễn Thị Lài",
        "attendees.expected": 13, "attendees.present": 11, "attendees.absent": ["Lê Văn Tình", "Cao Thị Sen"],
        "vote.agree": 11,
    },
}
"""Round 9: ten offices, half on the common published forms and half in a secretary's own habits,
written and scored on main before any change made for them."""
