"""Held-out rounds 5 and 6 of biên bản, written and scored before any change to the importer.

The layouts were studied from public material of offices and their forms, never copied: the
Party's own form for a chi bộ meeting ("Số đảng viên dự sinh hoạt", "Số đảng viên vắng mặt" with
"+ Có lý do:", "* Chủ tọa:"), the community meeting form of a tổ dân phố ("1. Chủ trì: Ông (bà) …
Chức vụ: …", "Số hộ gia đình có đại diện tham dự"), a class's parents' meeting ("I/.", "II/.",
"1/. GVCN … - Chủ tọa", "Bầu thư ký"), the Công đoàn form ("Số lượng … người/Tổng số … người",
"Tên người vắng …, lí do …"), a hợp tác xã's annual meeting ("Đoàn chủ tịch", "bế mạc"). The
accidents are the ones Word users make: headers lined up with spaces or typed in the page header,
Word's own numbering for the section headings (I., II. and a), b) that are not in the text),
a title typed with spaced letters, leftover dotted fills after the values, chair and secretary
on one tabbed line, a sign-in table, three signatures in a row.

Every name, place and number is invented. Each builder returns .docx bytes; :data:`EXPECTED5`
and :data:`EXPECTED6` hold, per builder, the fields a careful secretary would write from it
(``None``: the document does not say it, so the import must leave it empty).
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from heldout import _bytes, _doc, _lines, _p, _signatures, _table_header

# --- building blocks of these rounds ---------------------------------------------------------------


def _numbering(d, levels: list[tuple[str, str]]) -> int:
    """A Word list definition (one level per (format, text) pair, e.g. ("upperRoman", "%1."))
    added to the document's numbering part; returns its numId."""
    numbering = d.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids + [0]) + 1, max(num_ids + [0]) + 1
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 + 360 * i}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def _numbered(d, text: str, num_id: int, level: int = 0, bold=False):
    """A paragraph in Word's automatic numbering: the number is not part of its text."""
    p = _p(d, text, bold=bold)
    p_pr = p._p.get_or_add_pPr()
    p_pr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                             f'<w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def _labelled(d, label: str, value: str):
    """A bold label followed by its value in plain runs."""
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(value)
    return p


def _three_signatures(d, blocks: list[list[str]]):
    t = d.add_table(rows=1, cols=len(blocks))
    for cell, lines in zip(t.rows[0].cells, blocks):
        _lines(cell, lines)
    return t


# --- round 5 ---------------------------------------------------------------------------------------

def chi_bo_party_form() -> bytes:
    """A village chi bộ on the Party's own minutes form: the header typed with tabs and colon
    labels ("ĐẢNG BỘ: XÃ …"), a "-----" rule under the title, "Số đảng viên dự sinh hoạt",
    "Số đảng viên vắng mặt" with the names under "+ Có lý do:", "* Chủ tọa:" and "* Thư ký:",
    the chair's signature on the left."""
    d = _doc()
    p = _p(d, "ĐẢNG BỘ: XÃ ĐẠI THẮNG")
    p.add_run("\t\tĐẢNG CỘNG SẢN VIỆT NAM").bold = True
    _p(d, "CHI BỘ: THÔN ĐÔNG HÒA", bold=True)
    _p(d, "\t\t\t\tĐại Thắng, ngày 08 tháng 5 năm 2026", italic=True)
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "HỌP CHI BỘ THÁNG 5 NĂM 2026", bold=True, center=True)
    _p(d, "-----", center=True)
    _p(d, "- Thời gian: 19 giờ 30 phút, ngày 08/5/2026.")
    _p(d, "- Địa điểm: Nhà văn hóa thôn Đông Hòa.")
    _p(d, "- Tổng số đảng viên của chi bộ: 23 đồng chí. Trong đó, đảng viên chính thức 21 đồng chí, "
          "đảng viên dự bị 02 đồng chí.")
    _p(d, "- Số đảng viên dự sinh hoạt: 21 đồng chí.")
    _p(d, "- Số đảng viên vắng mặt: 02 đồng chí.")
    _p(d, "+ Có lý do: đồng chí Lại Văn Cảnh (đi làm ăn xa); đồng chí Tống Thị Huệ (ốm).")
    _p(d, "* Chủ tọa: Đồng chí Khúc Văn Thịnh - Bí thư chi bộ.")
    _p(d, "* Thư ký: Đồng chí Lã Thị Nguyệt - Chi ủy viên.")
    _p(d, "I. NỘI DUNG SINH HOẠT CHI BỘ", bold=True)
    _p(d, "1. Đồng chí Bí thư thông báo tình hình thời sự trong tháng.")
    _p(d, "2. Đánh giá kết quả thực hiện nhiệm vụ tháng 4/2026.")
    _p(d, "- Thu nộp đảng phí đạt 100%; hoàn thành gieo cấy vụ Hè Thu.")
    _p(d, "II. KẾT LUẬN", bold=True)
    _p(d, "Chi bộ biểu quyết thông qua nghị quyết tháng 5: 21/21 đồng chí tán thành.")
    _p(d, "Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày.")
    _signatures(d, ["T/M CHI BỘ", "BÍ THƯ", "", "", "Khúc Văn Thịnh"], ["THƯ KÝ", "", "", "Lã Thị Nguyệt"])
    return _bytes(d)


def parents_meeting_class() -> bytes:
    """A class's parents' meeting: "(V/v họp cha mẹ học sinh …)" under BIÊN BẢN; "I/. Thời gian,
    địa điểm:" with the running sentence on the same line; "1/. GVCN: Cô … - Chủ tọa"; the
    secretary elected in a sentence ("nhất trí bầu bà … làm thư ký"); three signatures in a row."""
    d = _doc(size=13)
    _table_header(d, ["TRƯỜNG THCS LÝ TỰ TRỌNG", "BAN ĐẠI DIỆN CMHS LỚP 8A2"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "(V/v họp cha mẹ học sinh lớp 8A2 cuối học kỳ I, năm học 2026 – 2027)", italic=True, center=True)
    p = d.add_paragraph()
    p.add_run("I/. Thời gian, địa điểm: ").bold = True
    p.add_run("Vào lúc 7 giờ 30 phút, ngày 10 tháng 01 năm 2027, tại phòng học lớp 8A2, được sự đồng ý của "
              "Ban Giám hiệu, lớp 8A2 tiến hành họp cha mẹ học sinh cuối học kỳ I.")
    _p(d, "II/. Thành phần tham dự:", bold=True)
    _p(d, "1/. GVCN: Cô Đàm Thị Thu Hà - Chủ tọa.")
    _p(d, "2/. Cha mẹ học sinh dự họp: 36/41; vắng 5 (trong đó có phép 4, không phép 1).")
    _p(d, "3/. Bầu thư ký: sau khi trao đổi, cuộc họp nhất trí bầu bà Quách Thị Lụa (mẹ em Quách Minh Anh) "
          "làm thư ký.")
    _p(d, "III/. Nội dung:", bold=True)
    _p(d, "1/. GVCN thông báo kết quả học tập, rèn luyện học kỳ I của lớp.")
    _p(d, "2/. Ý kiến của cha mẹ học sinh.")
    _p(d, "- Ông Tăng Văn Hùng đề nghị tăng cường phụ đạo môn Toán.")
    _p(d, "3/. Thống nhất kế hoạch học kỳ II: 36/36 cha mẹ học sinh dự họp nhất trí.")
    _p(d, "Cuộc họp kết thúc vào lúc 9 giờ 45 phút cùng ngày.")
    _three_signatures(d, [["GVCN", "", "", "Đàm Thị Thu Hà"], ["THƯ KÝ", "", "", "Quách Thị Lụa"],
                          ["TM. BAN ĐẠI DIỆN CMHS", "TRƯỞNG BAN", "", "", "Tăng Văn Hùng"]])
    return _bytes(d)


def tdp_community_meeting() -> bytes:
    """A tổ dân phố on the community meeting form: "BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ" and
    "Về việc …"; "Hôm nay, vào hồi …, tại …, … tổ chức cuộc họp"; "1. Chủ trì: Ông … <tabs>
    Chức vụ: …"; households present and absent on two lines; the vote by households with the
    against count."""
    d = _doc()
    _table_header(d, ["UBND PHƯỜNG TÂN AN", "TỔ DÂN PHỐ SỐ 9"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Tân An, ngày 21 tháng 6 năm 2026"])
    _p(d, "BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ", bold=True, center=True)
    _p(d, "Về việc đóng góp kinh phí lắp đèn chiếu sáng ngõ xóm", bold=True, center=True)
    _p(d, "Hôm nay, vào hồi 19 giờ 30 phút, ngày 21/6/2026, tại Nhà văn hóa tổ dân phố số 9, tổ dân phố số 9 "
          "tổ chức cuộc họp của cộng đồng dân cư về việc đóng góp kinh phí lắp đèn chiếu sáng ngõ xóm.")
    _p(d, "I. Thành phần tham dự", bold=True)
    _p(d, "1. Chủ trì: Ông Ưng Văn Lộc\t\tChức vụ: Tổ trưởng tổ dân phố")
    _p(d, "2. Thư ký: Bà Phùng Thị Xoan\t\tChức vụ: Tổ phó tổ dân phố")
    _p(d, "3. Thành phần tham dự: đại diện các hộ gia đình trong tổ dân phố.")
    _p(d, "- Số hộ gia đình có đại diện tham dự cuộc họp: 64/80 hộ.")
    _p(d, "- Số hộ gia đình không có người đại diện tham dự cuộc họp: 16 hộ.")
    _p(d, "II. Nội dung cuộc họp", bold=True)
    _p(d, "Ông Tổ trưởng trình bày phương án lắp 22 bộ đèn, mức đóng góp 150.000 đồng/hộ.")
    _p(d, "III. Kết quả biểu quyết", bold=True)
    _p(d, "- Số hộ đồng ý: 58/64 hộ, chiếm 90,6%;")
    _p(d, "- Số hộ không đồng ý: 04 hộ;")
    _p(d, "- Số hộ có ý kiến khác: 02 hộ.")
    _p(d, "Cuộc họp kết thúc vào hồi 21 giờ 00 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Phùng Thị Xoan"], ["CHỦ TRÌ", "", "", "Ưng Văn Lộc"])
    return _bytes(d)


def cong_doan_form_counts() -> bytes:
    """A company's Công đoàn on the union's form: "1. Thời gian, địa điểm, thành phần tham dự" in
    bold; "– Thời gian bắt đầu:"; "Số lượng 08 người/Tổng số 09 người."; "Tên người vắng: …, lí do: …";
    "Thư ký (người ghi biên bản):"; a vote as "Tán thành: 08/08; Không tán thành: 0"."""
    d = _doc(size=13)
    _table_header(d, ["LĐLĐ THỊ XÃ ĐIỆN BÀN", "CĐCS CÔNG TY CP MAY HÒA THỌ", "Số: 06/BB-CĐCS"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "",
                   "Điện Bàn, ngày 14 tháng 3 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp Ban Chấp hành Công đoàn cơ sở quý I năm 2026", bold=True, center=True)
    _p(d, "1. Thời gian, địa điểm, thành phần tham dự", bold=True)
    _p(d, "– Thời gian bắt đầu: 14 giờ 00 phút ngày 14/3/2026.")
    _p(d, "– Địa điểm: Phòng họp tầng 2, nhà điều hành.")
    _p(d, "– Thành phần tham dự: Ban Chấp hành Công đoàn cơ sở.")
    _p(d, "Số lượng 08 người/Tổng số 09 người.")
    _p(d, "Vắng: số lượng 01 người.")
    _p(d, "Tên người vắng: Bà Đinh Thị Mận, lí do: nghỉ thai sản.")
    _p(d, "– Chủ trì: Ông Lưu Quang Vinh – Chủ tịch Công đoàn cơ sở.")
    _p(d, "– Thư ký (người ghi biên bản): Bà Hồ Thị Bích – Ủy viên Ban Chấp hành.")
    _p(d, "2. Nội dung (theo diễn biến cuộc họp)", bold=True)
    _p(d, "– Đánh giá hoạt động công đoàn quý I; chuẩn bị hội thi tay nghề.")
    _p(d, "3. Kết luận", bold=True)
    _p(d, "Thống nhất tổ chức hội thi tay nghề vào tháng 4/2026.")
    _p(d, "Kết quả biểu quyết: Tán thành: 08/08; Không tán thành: 0; Ý kiến khác: 0.")
    _p(d, "Cuộc họp kết thúc vào 16 giờ 15 phút, ngày 14/3/2026.")
    _signatures(d, ["THƯ KÝ", "", "", "Hồ Thị Bích"], ["CHỦ TRÌ", "", "", "Lưu Quang Vinh"])
    return _bytes(d)


def icu_word_roman_headings() -> bytes:
    """A hospital department: the section headings in Word's automatic upper-Roman numbering (no
    "I." in their text); the date line of the header left blank for the pen ("ngày   tháng   năm
    2026"), the date only in "Thời gian: 15h00 ngày 17/9/2026"; "16h10" for the end."""
    d = _doc(size=13)
    _table_header(d, ["BỆNH VIỆN ĐA KHOA TỈNH LÂM HÀ", "KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Lâm Hà, ngày      tháng      năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp Hội đồng người bệnh cấp khoa tháng 9", bold=True, center=True)
    roman = _numbering(d, [("upperRoman", "%1."), ("decimal", "%2.")])
    _numbered(d, "THỜI GIAN – ĐỊA ĐIỂM", roman, bold=True)
    _p(d, "Thời gian: 15h00 ngày 17/9/2026.")
    _p(d, "Địa điểm: Buồng hành chính khoa.")
    _numbered(d, "THÀNH PHẦN", roman, bold=True)
    _p(d, "Chủ trì: ThS. BS. Lò Thị Xuân – Trưởng khoa.")
    _p(d, "Thư ký: ĐD. Mã Văn Đức – Điều dưỡng trưởng khoa.")
    _p(d, "Đại diện người bệnh và người nhà người bệnh đang điều trị tại khoa.")
    _numbered(d, "NỘI DUNG", roman, bold=True)
    _numbered(d, "Phổ biến nội quy khoa, quyền và nghĩa vụ của người bệnh.", roman, level=1)
    _numbered(d, "Người bệnh, người nhà góp ý về thái độ phục vụ.", roman, level=1)
    _p(d, "Buổi họp kết thúc lúc 16h10 cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Mã Văn Đức"], ["TRƯỞNG KHOA", "", "", "Lò Thị Xuân"])
    return _bytes(d)


def school_council_spaces_header() -> bytes:
    """A primary school's emulation council: the header lined up with runs of spaces instead of tabs
    or a table, "Số: 11 /BB-HĐTĐKT" with a stray space; "14 h 00, thứ Ba, ngày …"; members "11
    người; có mặt: 09; vắng: 02 (đ/c … - đi tập huấn; đ/c … - ốm)"; "Thầy"/"Cô"; a secret ballot."""
    d = _doc(size=13)
    _p(d, "PHÒNG GD&ĐT THỊ XÃ BA ĐỒN" + " " * 10 + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    _p(d, "TRƯỜNG TIỂU HỌC QUẢNG THUẬN" + " " * 18 + "Độc lập – Tự do – Hạnh phúc", bold=True)
    _p(d, "Số: 11 /BB-HĐTĐKT" + " " * 24 + "Quảng Thuận, ngày 26 tháng 5 năm 2026")
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp Hội đồng Thi đua – Khen thưởng xét danh hiệu thi đua năm học 2025 – 2026", bold=True, center=True)
    _p(d, "Thời gian: 14 h 00, thứ Ba, ngày 26/5/2026.")
    _p(d, "Địa điểm: Văn phòng nhà trường.")
    _p(d, "Thành viên Hội đồng: 11 người; có mặt: 09; vắng: 02 (đ/c Ngô Thị Lài - đi tập huấn; "
          "đ/c Bạch Văn Trung - ốm).")
    _p(d, "Chủ tọa: Thầy Cù Văn Thắng – Hiệu trưởng, Chủ tịch Hội đồng.")
    _p(d, "Thư ký: Cô Lương Thị Mỹ – Phó Chủ tịch Công đoàn.")
    _p(d, "NỘI DUNG", bold=True, center=True)
    _p(d, "- Xét đề nghị danh hiệu Tập thể lao động tiên tiến cho tổ khối 4-5.")
    _p(d, "Kết quả bỏ phiếu kín: 9/9 phiếu đồng ý.")
    _p(d, "Cuộc họp kết thúc lúc 16 h 30 cùng ngày.")
    _signatures(d, ["THƯ KÝ HỘI ĐỒNG", "", "", "Lương Thị Mỹ"], ["CHỦ TỊCH HỘI ĐỒNG", "", "", "Cù Văn Thắng"])
    return _bytes(d)


def cooperative_annual_meeting() -> bytes:
    """A hợp tác xã's annual members' meeting: the body's name left-aligned with the number under it,
    the date line right-aligned; the date in "Hôm nay, ngày …" and the time apart ("khai mạc lúc
    8 giờ sáng"); "Đoàn chủ tịch gồm:" with the chair marked "chủ tọa"; "Thư ký đại hội:";
    "45/47 thành viên tán thành, 02 thành viên không tán thành"; "bế mạc lúc …"."""
    d = _doc()
    _p(d, "HTX DỊCH VỤ NÔNG NGHIỆP TÂN PHƯỚC", bold=True)
    _p(d, "Số: 03/BB-ĐHTV")
    _p(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    _p(d, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    p = _p(d, "Tân Phước, ngày 20 tháng 01 năm 2027", italic=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _p(d, "BIÊN BẢN ĐẠI HỘI THÀNH VIÊN THƯỜNG NIÊN NĂM 2027", bold=True, center=True)
    _p(d, "Hôm nay, ngày 20/01/2027, tại Hội trường Hợp tác xã, Hợp tác xã dịch vụ nông nghiệp Tân Phước "
          "tổ chức Đại hội thành viên thường niên năm 2027.")
    _p(d, "Đại hội khai mạc lúc 8 giờ sáng.")
    _p(d, "Số thành viên được triệu tập: 52 thành viên; số thành viên có mặt: 47 thành viên, đạt 90,4%.")
    _p(d, "Đoàn chủ tịch gồm:")
    _p(d, "- Ông Hà Văn Khanh – Chủ tịch HĐQT – chủ tọa;")
    _p(d, "- Bà Lý Thị Nhung – Giám đốc HTX.")
    _p(d, "Thư ký đại hội: Bà Tô Thị Bảy – Kế toán HTX.")
    _p(d, "Đại hội đã nghe và thảo luận:", bold=True)
    _p(d, "- Báo cáo kết quả sản xuất kinh doanh năm 2026;")
    _p(d, "- Phương án phân phối lợi nhuận và kế hoạch năm 2027.")
    _p(d, "Đại hội biểu quyết thông qua Nghị quyết với 45/47 thành viên tán thành, 02 thành viên không tán thành.")
    _p(d, "Đại hội bế mạc lúc 11 giờ 30 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ ĐẠI HỘI", "", "", "Tô Thị Bảy"], ["CHỦ TỌA", "", "", "Hà Văn Khanh"])
    return _bytes(d)


def doan_truong_page_header() -> bytes:
    """A school's Đoàn: the whole header block (bodies, motto, date line) typed in Word's page header
    as a borderless table, the body starting at BIÊN BẢN; "từ 14g00 đến 16g30"; "Thành phần:
    13/15 đồng chí Ủy viên BCH (vắng 02 đ/c có lý do)"; "Biểu quyết: 13/13 đ/c nhất trí"."""
    d = _doc()
    header = d.sections[0].header
    header.is_linked_to_previous = False
    t = header.add_table(rows=1, cols=2, width=Cm(16))
    _lines(t.cell(0, 0), ["HUYỆN ĐOÀN PHONG ĐIỀN", "BCH ĐOÀN TRƯỜNG THPT GIAI XUÂN", "***"])
    _lines(t.cell(0, 1), ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Phong Điền, ngày 12 tháng 12 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Hội nghị Ban Chấp hành Đoàn trường lần thứ 4, nhiệm kỳ 2025 – 2027", bold=True, center=True)
    _p(d, "Thời gian: từ 14g00 đến 16g30, ngày 12/12/2026.")
    _p(d, "Địa điểm: Phòng Đoàn trường.")
    _p(d, "Thành phần: 13/15 đồng chí Ủy viên BCH (vắng 02 đ/c có lý do).")
    _p(d, "Chủ trì: đ/c Thạch Thị Sa Rương – Bí thư Đoàn trường;")
    _p(d, "Thư ký: đ/c Lâm Gia Huy – UV BCH.")
    _p(d, "NỘI DUNG HỘI NGHỊ", bold=True, center=True)
    _p(d, "Sơ kết hoạt động học kỳ I.", style="List Number")
    _p(d, "Kế hoạch tháng Thanh niên 2027.", style="List Number")
    _p(d, "Biểu quyết: 13/13 đ/c nhất trí.")
    _signatures(d, ["T/M BCH ĐOÀN TRƯỜNG", "BÍ THƯ", "", "", "Thạch Thị Sa Rương"], ["THƯ KÝ", "", "", "Lâm Gia Huy"])
    return _bytes(d)


EXPECTED5: dict[str, dict] = {
    "chi_bo_party_form": {
        "style": "party", "organization.parent": "ĐẢNG BỘ XÃ ĐẠI THẮNG", "organization.name": "CHI BỘ THÔN ĐÔNG HÒA",
        "number": None, "place": "Đại Thắng", "meeting.title": "HỌP CHI BỘ THÁNG 5 NĂM 2026",
        "meeting.date": "08/05/2026", "meeting.start": "19:30", "meeting.end": "21:30",
        "meeting.location": "Nhà văn hóa thôn Đông Hòa", "chair": "Khúc Văn Thịnh", "secretary": "Lã Thị Nguyệt",
        "attendees.expected": 23, "attendees.present": 21, "attendees.absent": ["Lại Văn Cảnh", "Tống Thị Huệ"],
        "vote.agree": 21,
    },
    "parents_meeting_class": {
        "style": "state", "organization.parent": "TRƯỜNG THCS LÝ TỰ TRỌNG",
        "organization.name": "BAN ĐẠI DIỆN CMHS LỚP 8A2", "number": None, "place": None,
        "meeting.title": "họp cha mẹ học sinh lớp 8A2 cuối học kỳ I, năm học 2026 – 2027",
        "meeting.date": "10/01/2027", "meeting.start": "07:30", "meeting.end": "09:45",
        "meeting.location": "phòng học lớp 8A2", "chair": "Đàm Thị Thu Hà", "secretary": "Quách Thị Lụa",
        "attendees.expected": 41, "attendees.present": 36, "vote.agree": 36,
    },
    "tdp_community_meeting": {
        "style": "state", "organization.parent": "UBND PHƯỜNG TÂN AN", "organization.name": "TỔ DÂN PHỐ SỐ 9",
        "number": None, "place": "Tân An",
        "meeting.title": "đóng góp kinh phí lắp đèn chiếu sáng ngõ xóm", "meeting.date": "21/06/2026",
        "meeting.start": "19:30", "meeting.end": "21:00", "meeting.location": "Nhà văn hóa tổ dân phố số 9",
        "chair": "Ưng Văn Lộc", "secretary": "Phùng Thị Xoan",
        "attendees.expected": 80, "attendees.present": 64, "vote.agree": 58, "vote.against": 4,
    },
    "cong_doan_form_counts": {
        "style": "state", "organization.parent": "LĐLĐ THỊ XÃ ĐIỆN BÀN",
        "organization.name": "CĐCS CÔNG TY CP MAY HÒA THỌ", "organization.code": "CĐCS", "number": 6,
        "place": "Điện Bàn", "meeting.title": "Họp Ban Chấp hành Công đoàn cơ sở quý I năm 2026",
        "meeting.date": "14/03/2026", "meeting.start": "14:00", "meeting.end": "16:15",
        "meeting.location": "Phòng họp tầng 2, nhà điều hành", "chair": "Lưu Quang Vinh", "secretary": "Hồ Thị Bích",
        "attendees.expected": 9, "attendees.present": 8, "attendees.absent": ["Đinh Thị Mận"], "vote.agree": 8,
    },
    "icu_word_roman_headings": {
        "style": "state", "organization.parent": "BỆNH VIỆN ĐA KHOA TỈNH LÂM HÀ",
        "organization.name": "KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC", "number": None, "place": "Lâm Hà",
        "meeting.title": "Họp Hội đồng người bệnh cấp khoa tháng 9", "meeting.date": "17/09/2026",
        "meeting.start": "15:00", "meeting.end": "16:10", "meeting.location": "Buồng hành chính khoa",
        "chair": "Lò Thị Xuân", "secretary": "Mã Văn Đức", "attendees.present": None, "vote.agree": None,
    },
    "school_council_spaces_header": {
        "style": "state", "organization.parent": "PHÒNG GD&ĐT THỊ XÃ BA ĐỒN",
        "organization.name": "TRƯỜNG TIỂU HỌC QUẢNG THUẬN", "organization.code": "HĐTĐKT", "number": 11,
        "place": "Quảng Thuận",
        "meeting.title": "Họp Hội đồng Thi đua – Khen thưởng xét danh hiệu thi đua năm học 2025 – 2026",
        "meeting.date": "26/05/2026", "meeting.start": "14:00", "meeting.end": "16:30",
        "meeting.location": "Văn phòng nhà trường", "chair": "Cù Văn Thắng", "secretary": "Lương Thị Mỹ",
        "attendees.expected": 11, "attendees.present": 9, "attendees.absent": ["Ngô Thị Lài", "Bạch Văn Trung"],
        "vote.agree": 9,
    },
    "cooperative_annual_meeting": {
        "style": "state", "organization.parent": None, "organization.name": "HTX DỊCH VỤ NÔNG NGHIỆP TÂN PHƯỚC",
        "organization.code": "ĐHTV", "number": 3, "place": "Tân Phước",
        "meeting.title": "ĐẠI HỘI THÀNH VIÊN THƯỜNG NIÊN NĂM 2027", "meeting.date": "20/01/2027",
        "meeting.start": "08:00", "meeting.end": "11:30", "meeting.location": "Hội trường Hợp tác xã",
        "chair": "Hà Văn Khanh", "secretary": "Tô Thị Bảy",
        "attendees.expected": 52, "attendees.present": 47, "vote.agree": 45, "vote.against": 2,
    },
    "doan_truong_page_header": {
        "style": "youth", "organization.parent": "HUYỆN ĐOÀN PHONG ĐIỀN",
        "organization.name": "BCH ĐOÀN TRƯỜNG THPT GIAI XUÂN", "number": None, "place": "Phong Điền",
        "meeting.title": "Hội nghị Ban Chấp hành Đoàn trường lần thứ 4, nhiệm kỳ 2025 – 2027",
        "meeting.date": "12/12/2026", "meeting.start": "14:00", "meeting.end": "16:30",
        "meeting.location": "Phòng Đoàn trường", "chair": "Thạch Thị Sa Rương", "secretary": "Lâm Gia Huy",
        "attendees.expected": 15, "attendees.present": 13, "vote.agree": 13,
    },
}
"""Round 5: eight layouts, written and scored on main before any change made for them."""


# --- round 6 ---------------------------------------------------------------------------------------

def chi_hoi_phu_nu_dotted_fills() -> bytes:
    """A Women's Union branch typed over its form: the dotted fills left after the values
    ("tại nhà bà … (tổ 4)………", "Chủ trì: Bà …………… Chức vụ: Chi hội trưởng……"); an agenda under
    "Chương trình sinh hoạt:"; "Tổng số hội viên: 48; có mặt: 35"."""
    d = _doc()
    _table_header(d, ["HỘI LHPN XÃ MỸ LONG", "CHI HỘI PHỤ NỮ ẤP MỸ PHÚ"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Mỹ Long, ngày 18 tháng 10 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Sinh hoạt chi hội phụ nữ định kỳ quý IV năm 2026", bold=True, center=True)
    _p(d, "Vào lúc 14 giờ 00 phút, ngày 18 tháng 10 năm 2026, tại nhà bà Lê Thị Hoa (tổ 4)………………………")
    _p(d, "Chủ trì: Bà Huỳnh Thị Ngọc……………………… Chức vụ: Chi hội trưởng………………")
    _p(d, "Thư ký: Bà Dương Thị Kim………………………… Chức vụ: Chi hội phó………………")
    _p(d, "Tổng số hội viên: 48; có mặt: 35; vắng: 13.")
    _p(d, "Chương trình sinh hoạt:", bold=True)
    _p(d, "1. Triển khai phong trào tiết kiệm tạo nguồn vốn.")
    _p(d, "2. Bình xét hội viên vay vốn ưu đãi.")
    _p(d, "Diễn biến:", bold=True)
    _p(d, "- Chị Dương Thị Kim báo cáo kết quả thu tiết kiệm quý III: 12.500.000 đồng.")
    _p(d, "Buổi sinh hoạt kết thúc vào lúc 16 giờ 00 phút cùng ngày………")
    _signatures(d, ["THƯ KÝ", "", "", "Dương Thị Kim"], ["CHI HỘI TRƯỞNG", "", "", "Huỳnh Thị Ngọc"])
    return _bytes(d)


def ccb_chair_secretary_one_line() -> bytes:
    """A veterans' association: the date with dots ("05.8.2026") and "7 giờ 30’"; absentees named
    after the count; chair and secretary on one line separated by a tab; "kết thúc hồi 10 giờ"."""
    d = _doc()
    _table_header(d, ["HỘI CCB HUYỆN YÊN THẾ", "HỘI CCB XÃ ĐỒNG KỲ", "Số: 14-BB/CCB"],
                  ["HỘI CỰU CHIẾN BINH VIỆT NAM", "", "Đồng Kỳ, ngày 05 tháng 8 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp Ban Chấp hành Hội Cựu chiến binh xã tháng 8", bold=True, center=True)
    _p(d, "Hồi 7 giờ 30’ ngày 05.8.2026, tại Hội trường UBND xã Đồng Kỳ, BCH Hội CCB xã họp phiên thường kỳ tháng 8.")
    _p(d, "Có mặt: 7/9 đ/c UV BCH; vắng: đ/c Hoàng Văn Bảy (ốm), đ/c Dương Văn Toản (đi viện).")
    _p(d, "Chủ trì: đ/c Vương Văn Tiến – Chủ tịch Hội\tThư ký: đ/c Chu Văn Bình – UV BCH")
    _p(d, "Nội dung:", bold=True)
    _p(d, "+ Đánh giá công tác hội tháng 7.")
    _p(d, "+ Phân công thăm hội viên ốm đau.")
    _p(d, "Biểu quyết thông qua: 7/7 đ/c tán thành.")
    _p(d, "Hội nghị kết thúc hồi 10 giờ cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Chu Văn Bình"], ["T/M BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Vương Văn Tiến"])
    return _bytes(d)


def ubnd_giao_ban_roles_in_list() -> bytes:
    """A commune's weekly briefing: the attendance as a numbered list where the chair and the secretary
    are marked in brackets ("(chủ trì)", "(thư ký)"); "7h30’ ngày thứ Hai, 02/3/2026"; the title split
    "BIÊN BẢN HỌP GIAO BAN" / "Tuần 1 tháng 3 năm 2026"; "Giao ban kết thúc lúc 9h45’"."""
    d = _doc()
    _table_header(d, ["ỦY BAN NHÂN DÂN", "XÃ NA RÌ", "Số: 21/BB-UBND"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Na Rì, ngày 02 tháng 3 năm 2026"])
    _p(d, "BIÊN BẢN HỌP GIAO BAN", bold=True, center=True)
    _p(d, "Tuần 1 tháng 3 năm 2026", bold=True, center=True)
    _p(d, "Thời gian: 7h30’ ngày thứ Hai, 02/3/2026.")
    _p(d, "Địa điểm: Phòng họp UBND xã.")
    _p(d, "Thành phần tham dự gồm:")
    _p(d, "1. Ông Nông Văn Quý – Chủ tịch UBND xã (chủ trì);")
    _p(d, "2. Ông Lý Văn Phong – Phó Chủ tịch UBND xã;")
    _p(d, "3. Bà Hà Thị Thúy – Công chức Văn phòng – Thống kê (thư ký);")
    _p(d, "4. Các công chức chuyên môn.")
    _p(d, "NỘI DUNG", bold=True, center=True)
    _p(d, "- Các bộ phận báo cáo công việc tuần qua; Chủ tịch giao nhiệm vụ tuần tới.")
    _p(d, "Giao ban kết thúc lúc 9h45’.")
    _signatures(d, ["NGƯỜI GHI BIÊN BẢN", "", "", "Hà Thị Thúy"], ["CHỦ TỊCH", "", "", "Nông Văn Quý"])
    return _bytes(d)


def kindergarten_staff_conference() -> bytes:
    """A kindergarten's staff conference: "Vào hồi …, thứ Bảy ngày 19 tháng 9 năm 2026"; "Tổng số
    đại biểu được triệu tập: 32; có mặt: 30"; "Đoàn Chủ tịch: bà … (chủ trì); bà …"; a vote with a
    percentage and the against count; "bế mạc vào lúc"; three signatures."""
    d = _doc(size=13)
    _table_header(d, ["PHÒNG GD&ĐT QUẬN NINH KIỀU", "TRƯỜNG MẦM NON HOA SEN", "Số: 45/BB-MNHS"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Ninh Kiều, ngày 19 tháng 9 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Hội nghị viên chức, người lao động năm học 2026 – 2027", bold=True, center=True)
    _p(d, "Vào hồi 13 giờ 30 phút, thứ Bảy ngày 19 tháng 9 năm 2026, tại Hội trường nhà trường, Trường Mầm non "
          "Hoa Sen tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027.")
    _p(d, "Tổng số đại biểu được triệu tập: 32; có mặt: 30; vắng: 02 (có lý do).")
    _p(d, "Đoàn Chủ tịch: bà Trương Thị Diễm – Hiệu trưởng (chủ trì); bà Võ Thị Nhàn – Chủ tịch Công đoàn.")
    _p(d, "Thư ký: bà Lữ Thị Hằng – Giáo viên.")
    _p(d, "NỘI DUNG HỘI NGHỊ", bold=True, center=True)
    _p(d, "- Báo cáo kết quả năm học 2025 – 2026 và phương hướng năm học mới.")
    _p(d, "- Thông qua Quy chế chi tiêu nội bộ.")
    _p(d, "Hội nghị biểu quyết thông qua Quy chế chi tiêu nội bộ: tán thành 28/30 (93,3%), không tán thành 02/30.")
    _p(d, "Hội nghị bế mạc vào lúc 16 giờ 45 phút cùng ngày.")
    _three_signatures(d, [["THƯ KÝ", "", "", "Lữ Thị Hằng"], ["CHỦ TỊCH CÔNG ĐOÀN", "", "", "Võ Thị Nhàn"],
                          ["HIỆU TRƯỞNG", "", "", "Trương Thị Diễm"]])
    return _bytes(d)


def khu_pho_sign_in_table() -> bytes:
    """A neighbourhood meeting: "bắt đầu lúc 2 giờ chiều" and "kết thúc lúc 4 giờ 30 chiều"; the
    households present in a bordered sign-in table (STT | Họ và tên chủ hộ | Địa chỉ | Ký tên);
    "Người lập biên bản:" for the secretary."""
    d = _doc()
    _table_header(d, ["UBND PHƯỜNG HÒA HIỆP NAM", "BAN ĐIỀU HÀNH KHU PHỐ 3"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Hòa Hiệp Nam, ngày 15 tháng 11 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp khu phố góp ý xây dựng quy ước khu phố", bold=True, center=True)
    _p(d, "Buổi họp bắt đầu lúc 2 giờ chiều ngày 15/11/2026 tại nhà văn hóa khu phố 3.")
    _p(d, "Chủ trì cuộc họp: Ông Huỳnh Văn Mười – Trưởng khu phố.")
    _p(d, "Người lập biên bản: Bà Đặng Thị Sáu – Phó trưởng khu phố.")
    _p(d, "Danh sách hộ dự họp:")
    rows = [("STT", "Họ và tên chủ hộ", "Địa chỉ", "Ký tên"), ("1", "Phan Văn Bảy", "Tổ 1", ""),
            ("2", "Lê Thị Tám", "Tổ 1", ""), ("3", "Trương Văn Chín", "Tổ 2", ""),
            ("4", "Nguyễn Thị Mỹ", "Tổ 2", ""), ("5", "Võ Văn Lành", "Tổ 3", ""), ("6", "Hồ Thị Mến", "Tổ 3", "")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    _p(d, "Nội dung:", bold=True)
    _p(d, "- Góp ý dự thảo quy ước về giữ gìn vệ sinh, trật tự khu phố.")
    _p(d, "Cuộc họp kết thúc lúc 4 giờ 30 chiều cùng ngày.")
    _signatures(d, ["NGƯỜI LẬP BIÊN BẢN", "", "", "Đặng Thị Sáu"], ["TRƯỞNG KHU PHỐ", "", "", "Huỳnh Văn Mười"])
    return _bytes(d)


def hospital_word_letter_numbering() -> bytes:
    """A hospital's infection-control council: the opening in Word's two-level automatic numbering
    ("1." then "a)", "b)", none of it in the text); a secretary whose family name is Ông ("CN. Ông
    Thị Mai Phương"); "Thành viên có mặt: 12/15"; ends "./."."""
    d = _doc(size=13)
    _table_header(d, ["SỞ Y TẾ TP. HẢI PHÒNG", "BỆNH VIỆN ĐA KHOA KIẾN THỤY", "Số: 27/BB-HĐKSNK"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Kiến Thụy, ngày 04 tháng 12 năm 2026"])
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Họp Hội đồng Kiểm soát nhiễm khuẩn quý IV năm 2026", bold=True, center=True)
    num = _numbering(d, [("decimal", "%1."), ("lowerLetter", "%2)")])
    _numbered(d, "Thời gian, địa điểm", num, bold=True)
    _numbered(d, "Thời gian: 13 giờ 30 phút ngày 04/12/2026.", num, level=1)
    _numbered(d, "Địa điểm: Hội trường tầng 4, Bệnh viện.", num, level=1)
    _numbered(d, "Thành phần", num, bold=True)
    _numbered(d, "Chủ tọa: BSCKII. Viên Văn Hậu – Phó Giám đốc, Chủ tịch Hội đồng.", num, level=1)
    _numbered(d, "Thư ký: CN. Ông Thị Mai Phương – Phòng Điều dưỡng.", num, level=1)
    _numbered(d, "Thành viên có mặt: 12/15; vắng: 03.", num, level=1)
    _numbered(d, "Nội dung", num, bold=True)
    _p(d, "- Báo cáo giám sát tuân thủ vệ sinh tay quý IV: đạt 87%.")
    _p(d, "- Kế hoạch giám sát nhiễm khuẩn vết mổ năm 2027.")
    _p(d, "Cuộc họp kết thúc lúc 15 giờ 45 phút cùng ngày./.")
    _signatures(d, ["THƯ KÝ", "", "", "Ông Thị Mai Phương"], ["CHỦ TỊCH HỘI ĐỒNG", "", "", "Viên Văn Hậu"])
    return _bytes(d)


def chi_bo_school_one_sentence() -> bytes:
    """A school's chi bộ: the header lined up with spaces; the opening, the attendance and the absent
    members' names in one running sentence ("với sự tham dự của 17/19 đảng viên (vắng 02 đồng chí:
    … – đi công tác, … – nghỉ ốm)"); chair and secretary in one sentence joined by ";"."""
    d = _doc()
    _p(d, "ĐẢNG BỘ XÃ HẢI LĂNG" + " " * 16 + "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True)
    _p(d, "CHI BỘ TRƯỜNG THCS HẢI LĂNG", bold=True)
    _p(d, "            *")
    _p(d, "Số 15-BB/CB" + " " * 26 + "Hải Lăng, ngày 09 tháng 4 năm 2026", italic=True)
    _p(d)
    _p(d, "BIÊN BẢN", bold=True, center=True)
    _p(d, "Sinh hoạt chi bộ thường kỳ tháng 4 năm 2026", bold=True, center=True)
    _p(d, "Vào hồi 16 giờ 45 phút ngày 09 tháng 4 năm 2026, tại phòng họp Hội đồng Trường THCS Hải Lăng, Chi bộ "
          "Trường THCS Hải Lăng tiến hành sinh hoạt thường kỳ tháng 4/2026 với sự tham dự của 17/19 đảng viên "
          "(vắng 02 đồng chí: Phan Văn Hòa – đi công tác, Ngô Thị Tuyết – nghỉ ốm).")
    _p(d, "Đồng chí Tôn Thất Phúc – Bí thư chi bộ chủ trì; đồng chí Lê Thị Hồng Vân – chi ủy viên làm thư ký.")
    d.add_paragraph("NỘI DUNG SINH HOẠT", style="Heading 2")
    _p(d, "- Đánh giá kết quả lãnh đạo nhiệm vụ tháng 3; chất lượng ôn thi vào lớp 10.")
    _p(d, "- Chi bộ thống nhất nghị quyết tháng 4, 17/17 đồng chí tán thành.")
    _p(d, "Chi bộ kết thúc sinh hoạt lúc 18 giờ 30 phút cùng ngày.")
    _signatures(d, ["THƯ KÝ", "", "", "Lê Thị Hồng Vân"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Tôn Thất Phúc"])
    return _bytes(d)


def commune_spaced_title() -> bytes:
    """A commune's steering committee: BIÊN BẢN typed with spaced letters ("B I Ê N   B Ả N");
    "08h00’, ngày 24/7/2026 (thứ Sáu)"; the chair's several posts after commas; "có mặt 19/23
    thành viên" inside the attendance line; ends "11h00’ …./."."""
    d = _doc()
    _table_header(d, ["ỦY BAN NHÂN DÂN", "XÃ LONG SƠN", "Số: 98/BB-BCĐ"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Long Sơn, ngày 24 tháng 7 năm 2026"])
    _p(d, "B I Ê N   B Ả N", bold=True, center=True)
    _p(d, "HỌP BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI XÃ", bold=True, center=True)
    _p(d, "Thời gian: 08h00’, ngày 24/7/2026 (thứ Sáu).")
    _p(d, "Địa điểm: Hội trường Đảng ủy – HĐND – UBND xã Long Sơn.")
    _p(d, "Chủ trì: Ông Kiên Văn Rạng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Trưởng Ban Chỉ đạo.")
    _p(d, "Thư ký: Ông Sơn Văn Út, công chức Nông nghiệp – Môi trường.")
    _p(d, "Thành phần dự họp: thành viên Ban Chỉ đạo (có mặt 19/23 thành viên), Trưởng các ấp.")
    _p(d, "NỘI DUNG", bold=True, center=True)
    _p(d, "- Rà soát 19 tiêu chí xã nông thôn mới nâng cao; tiêu chí 17 chưa đạt.")
    _p(d, "Cuộc họp kết thúc vào lúc 11h00’ cùng ngày./.")
    _signatures(d, ["THƯ KÝ", "", "", "Sơn Văn Út"], ["CHỦ TRÌ", "", "", "Kiên Văn Rạng"])
    return _bytes(d)


EXPECTED6: dict[str, dict] = {
    "chi_hoi_phu_nu_dotted_fills": {
        "style": "state", "organization.parent": "HỘI LHPN XÃ MỸ LONG", "organization.name": "CHI HỘI PHỤ NỮ ẤP MỸ PHÚ",
        "number": None, "place": "Mỹ Long", "meeting.title": "Sinh hoạt chi hội phụ nữ định kỳ quý IV năm 2026",
        "meeting.date": "18/10/2026", "meeting.start": "14:00", "meeting.end": "16:00",
        "meeting.location": "nhà bà Lê Thị Hoa (tổ 4)", "chair": "Huỳnh Thị Ngọc", "secretary": "Dương Thị Kim",
        "attendees.expected": 48, "attendees.present": 35,
        "agenda": ["Triển khai phong trào tiết kiệm tạo nguồn vốn", "Bình xét hội viên vay vốn ưu đãi"],
        "vote.agree": None,
    },
    "ccb_chair_secretary_one_line": {
        "style": "state", "organization.parent": "HỘI CCB HUYỆN YÊN THẾ", "organization.name": "HỘI CCB XÃ ĐỒNG KỲ",
        "organization.code": "CCB", "number": 14, "place": "Đồng Kỳ",
        "meeting.title": "Họp Ban Chấp hành Hội Cựu chiến binh xã tháng 8", "meeting.date": "05/08/2026",
        "meeting.start": "07:30", "meeting.end": "10:00", "meeting.location": "Hội trường UBND xã Đồng Kỳ",
        "chair": "Vương Văn Tiến", "secretary": "Chu Văn Bình",
        "attendees.expected": 9, "attendees.present": 7, "attendees.absent": ["Hoàng Văn Bảy", "Dương Văn Toản"],
        "vote.agree": 7,
    },
    "ubnd_giao_ban_roles_in_list": {
        "style": "state", "organization.parent": None, "organization.name": "ỦY BAN NHÂN DÂN XÃ NA RÌ",
        "organization.code": "UBND", "number": 21, "place": "Na Rì",
        "meeting.title": "HỌP GIAO BAN Tuần 1 tháng 3 năm 2026", "meeting.date": "02/03/2026",
        "meeting.start": "07:30", "meeting.end": "09:45", "meeting.location": "Phòng họp UBND xã",
        "chair": "Nông Văn Quý", "secretary": "Hà Thị Thúy", "vote.agree": None,
    },
    "kindergarten_staff_conference": {
        "style": "state", "organization.parent": "PHÒNG GD&ĐT QUẬN NINH KIỀU",
        "organization.name": "TRƯỜNG MẦM NON HOA SEN", "organization.code": "MNHS", "number": 45,
        "place": "Ninh Kiều", "meeting.title": "Hội nghị viên chức, người lao động năm học 2026 – 2027",
        "meeting.date": "19/09/2026", "meeting.start": "13:30", "meeting.end": "16:45",
        "meeting.location": "Hội trường nhà trường", "chair": "Trương Thị Diễm", "secretary": "Lữ Thị Hằng",
        "attendees.expected": 32, "attendees.present": 30, "vote.agree": 28, "vote.against": 2,
    },
    "khu_pho_sign_in_table": {
        "style": "state", "organization.parent": "UBND PHƯỜNG HÒA HIỆP NAM",
        "organization.name": "BAN ĐIỀU HÀNH KHU PHỐ 3", "number": None, "place": "Hòa Hiệp Nam",
        "meeting.title": "Họp khu phố góp ý xây dựng quy ước khu phố", "meeting.date": "15/11/2026",
        "meeting.start": "14:00", "meeting.end": "16:30", "meeting.location": "nhà văn hóa khu phố 3",
        "chair": "Huỳnh Văn Mười", "secretary": "Đặng Thị Sáu", "attendees.present": 6, "vote.agree": None,
    },
    "hospital_word_letter_numbering": {
        "style": "state", "organization.parent": "SỞ Y TẾ TP. HẢI PHÒNG",
        "organization.name": "BỆNH VIỆN ĐA KHOA KIẾN THỤY", "organization.code": "HĐKSNK", "number": 27,
        "place": "Kiến Thụy", "meeting.title": "Họp Hội đồng Kiểm soát nhiễm khuẩn quý IV năm 2026",
        "meeting.date": "04/12/2026", "meeting.start": "13:30", "meeting.end": "15:45",
        "meeting.location": "Hội trường tầng 4, Bệnh viện", "chair": "Viên Văn Hậu", "secretary": "Ông Thị Mai Phương",
        "attendees.expected": 15, "attendees.present": 12, "vote.agree": None,
    },
    "chi_bo_school_one_sentence": {
        "style": "party", "organization.parent": "ĐẢNG BỘ XÃ HẢI LĂNG",
        "organization.name": "CHI BỘ TRƯỜNG THCS HẢI LĂNG",
        "organization.code": "CB", "number": 15, "place": "Hải Lăng",
        "meeting.title": "Sinh hoạt chi bộ thường kỳ tháng 4 năm 2026", "meeting.date": "09/04/2026",
        "meeting.start": "16:45", "meeting.end": "18:30", "meeting.location": "phòng họp Hội đồng Trường THCS Hải Lăng",
        "chair": "Tôn Thất Phúc", "secretary": "Lê Thị Hồng Vân",
        "attendees.expected": 19, "attendees.present": 17, "attendees.absent": ["Phan Văn Hòa", "Ngô Thị Tuyết"],
        "vote.agree": 17,
    },
    "commune_spaced_title": {
        "style": "state", "organization.parent": None, "organization.name": "ỦY BAN NHÂN DÂN XÃ LONG SƠN",
        "organization.code": "BCĐ", "number": 98, "place": "Long Sơn",
        "meeting.title": "HỌP BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI XÃ", "meeting.date": "24/07/2026",
        "meeting.start": "08:00", "meeting.end": "11:00",
        "meeting.location": "Hội trường Đảng ủy – HĐND – UBND xã Long Sơn",
        "chair": "Kiên Văn Rạng", "secretary": "Sơn Văn Út",
        "attendees.expected": 23, "attendees.present": 19, "vote.agree": None,
    },
}
"""Round 6: eight more layouts, written after round 5 and scored on main with it, before any change."""
