"""Biên bản typed the way offices type them, built with python-docx for the import tests.

Each builder returns .docx bytes. None of them uses our templates: headers set with
tabs or a plain table, manual and Word numbering, soft line breaks, old fonts,
signatures typed as paragraphs. The texts are invented.
"""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from minutes.vietnamese.legacy import to_tcvn3, to_vni


def _doc():
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    return document


def _para(document, text: str = "", bold: bool = False, font: str | None = None, style: str | None = None):
    p = document.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold
        if font:
            run.font.name = font
    return p


def _bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def tabs_header() -> bytes:
    """State style; the header typed with tabs, no table; manual "1." headings; the date line typed too."""
    d = _doc()
    p = _para(d, "UBND TỈNH TÂY NINH")
    p.add_run("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    p = _para(d, "SỞ NỘI VỤ", bold=True)
    p.add_run("\t\t\tĐộc lập - Tự do - Hạnh phúc").bold = True
    _para(d, "Số: 05/BB-SNV\t\t\tTây Ninh, ngày 26 tháng 8 năm 2025")
    _para(d)
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Hội nghị giao ban quý III năm 2025", bold=True)
    _para(d, "Thời gian: 14 giờ 00, ngày 26/8/2025.")
    _para(d, "Địa điểm: Hội trường Sở Nội vụ.")
    _para(d, "Chủ trì: Nguyễn Văn An - Giám đốc Sở.")
    _para(d, "Thư ký: Trần Thị Bình - Chuyên viên Văn phòng.")
    _para(d, "Thành phần tham dự: Lãnh đạo Sở và trưởng các phòng, đơn vị thuộc Sở.")
    _para(d, "Có mặt: 23/25 người.")
    _para(d, "1. Chương trình", bold=True)
    _para(d, "- Đánh giá kết quả thực hiện nhiệm vụ quý III.")
    _para(d, "- Triển khai nhiệm vụ quý IV.")
    _para(d, "2. Ý kiến thảo luận", bold=True)
    _para(d, "- Trưởng phòng Tổ chức: Đề nghị bổ sung chỉ tiêu đào tạo.")
    _para(d, "3. Kết luận", bold=True)
    _para(d, "Hội nghị thống nhất các nội dung trên.")
    _para(d, "Cuộc họp kết thúc lúc 16 giờ 30 phút cùng ngày./.")
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("THƯ KÝ").bold = True
    left.add_paragraph("(Ký, ghi rõ họ tên)")
    left.add_paragraph("Trần Thị Bình")
    right.paragraphs[0].add_run("CHỦ TRÌ").bold = True
    right.add_paragraph("(Ký, ghi rõ họ tên)")
    right.add_paragraph("Nguyễn Văn An")
    return _bytes(d)


def manual_numbering() -> bytes:
    """Roman headings in capitals, "1." items with "a)" sub-points, "-" and "+", tasks with owners."""
    d = _doc()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("HUYỆN ĐOÀN CHÂU THÀNH")
    table.cell(0, 0).add_paragraph().add_run("BCH ĐOÀN XÃ AN BÌNH").bold = True
    table.cell(0, 0).add_paragraph("***")
    table.cell(0, 1).paragraphs[0].add_run("ĐOÀN TNCS HỒ CHÍ MINH").bold = True
    table.cell(1, 0).paragraphs[0].add_run("Số: 12-BB/ĐTN")
    table.cell(1, 1).paragraphs[0].add_run("An Bình, ngày 15 tháng 12 năm 2025").italic = True
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Hội nghị Ban Chấp hành Đoàn xã tổng kết công tác năm 2025", bold=True)
    _para(d, "Thời gian bắt đầu: 8 giờ 00, ngày 15 tháng 12 năm 2025.")
    _para(d, "Địa điểm: Hội trường Ủy ban nhân dân xã An Bình.")
    _para(d, "Chủ trì (chủ tọa): Võ Minh Tâm - Bí thư Đoàn xã.")
    _para(d, "Thư ký (người ghi biên bản): Lý Thu Hà - Ủy viên Ban Thường vụ.")
    _para(d, "I. KẾT QUẢ ĐẠT ĐƯỢC", bold=True)
    _para(d, "1. Công tác giáo dục chính trị tư tưởng")
    _para(d, "a) Tổ chức 04 buổi sinh hoạt chuyên đề.")
    _para(d, "b) Tuyên truyền trên mạng xã hội.")
    _para(d, "2. Kết nạp 25 đoàn viên mới.")
    _para(d, "II. NHIỆM VỤ NĂM 2026", bold=True)
    _para(d, "- Tổ chức Đại hội chi đoàn (chủ trì: Ban Thường vụ; thời hạn: 31/3/2026).")
    _para(d, "+ Chi đoàn ấp An Hòa.")
    _para(d, "+ Chi đoàn ấp An Lợi.")
    _para(d, "- Ra quân Tháng Thanh niên (giao: các chi đoàn, hoàn thành trước ngày 26/3/2026).")
    _para(d, "III. KHEN THƯỞNG", bold=True)
    _para(d, "- Ban Chấp hành Đoàn xã khen thưởng 03 chi đoàn: Hoàn thành xuất sắc nhiệm vụ năm 2025.")
    _para(d, "IV. BIỂU QUYẾT", bold=True)
    _para(d, "Số đồng chí tán thành: 15/15 (100%); không tán thành: 0; không biểu quyết: 0.")
    _para(d, "Hội nghị kết thúc vào 11 giờ 00 cùng ngày./.")
    return _bytes(d)


def word_numbering() -> bytes:
    """Lists numbered by Word (List Number, List Bullet styles) and lines split by soft breaks."""
    d = _doc()
    table = d.add_table(rows=1, cols=2)
    cell = table.cell(0, 0).paragraphs[0]
    cell.add_run("UBND HUYỆN PHÚ TÂN")
    cell.add_run().add_break(WD_BREAK.LINE)
    run = cell.add_run("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    run.bold = True
    table.cell(0, 0).add_paragraph("Số: 07/BB-PGDĐT")
    right = table.cell(0, 1).paragraphs[0]
    right.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_run().add_break(WD_BREAK.LINE)
    right.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Cuộc họp giao ban hiệu trưởng tháng 10 năm 2025", bold=True)
    p = _para(d, "Thời gian bắt đầu: 7 giờ 30, ngày 06/10/2025.")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("Địa điểm: Phòng họp Phòng Giáo dục và Đào tạo.")
    p = _para(d, "Thành phần tham dự:")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("- Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện.")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("- Có mặt: 30/32 người.")
    _para(d, "Chủ trì: Đặng Văn Hùng - Trưởng phòng.")
    _para(d, "Thư ký: Ngô Thị Lan - Chuyên viên.")
    _para(d, "Chương trình", bold=True)
    _para(d, "Đánh giá công tác tháng 9 năm 2025.", style="List Number")
    _para(d, "Triển khai nhiệm vụ tháng 10 năm 2025.", style="List Number")
    _para(d, "Kết quả đạt được", bold=True)
    _para(d, "Tổ chức khai giảng năm học mới an toàn.", style="List Bullet")
    _para(d, "Huy động 100% trẻ 6 tuổi vào lớp 1.", style="List Bullet 2")
    _para(d, "Hoàn thành kiểm tra cơ sở vật chất.", style="List Bullet")
    _para(d, "Kết luận", bold=True)
    _para(d, "Các trường hoàn thành báo cáo thống kê đầu năm trước ngày 15/10/2025.")
    _para(d, "Cuộc họp kết thúc vào 10 giờ 15 cùng ngày./.")
    return _bytes(d)


def party_chu_toa() -> bytes:
    """Party chi bộ minutes typed with "Chủ tọa:", the "Hôm nay, vào lúc …" sentence, counts in a
    sentence, discussion by comrades and a signature typed as paragraphs with tabs."""
    d = _doc()
    table = d.add_table(rows=1, cols=2)
    left = table.cell(0, 0)
    left.paragraphs[0].add_run("ĐẢNG BỘ PHƯỜNG 3")
    left.add_paragraph().add_run("CHI BỘ KHU PHỐ 5").bold = True
    left.add_paragraph("*")
    left.add_paragraph("Số 04-BB/CB")
    right = table.cell(0, 1)
    right.paragraphs[0].add_run("ĐẢNG CỘNG SẢN VIỆT NAM").bold = True
    right.add_paragraph().add_run("Phường 3, ngày 05 tháng 3 năm 2026").italic = True
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp chi bộ thường kỳ tháng 3 năm 2026", bold=True)
    _para(d, "Hôm nay, vào lúc 19 giờ 30 phút, ngày 05/3/2026, tại Nhà văn hóa khu phố 5, Chi bộ tiến hành họp "
             "thường kỳ tháng 3 năm 2026.")
    _para(d, "Chủ tọa: đồng chí Lê Văn Cường, Bí thư Chi bộ.")
    _para(d, "Thư ký: đồng chí Phạm Thị Dung, Phó Bí thư Chi bộ.")
    _para(d, "Thành phần: Tổng số đảng viên: 15 đồng chí; có mặt: 14 đồng chí; vắng mặt: 01 đồng chí (có lý do).")
    _para(d, "Ý kiến thảo luận:", bold=True)
    _para(d, "- Đồng chí Trần Văn Em: Đề nghị chi bộ quan tâm công tác vệ sinh môi trường.")
    _para(d, "- Đồng chí Võ Thị Phương: Thống nhất với báo cáo.")
    _para(d, "Kết luận: Chi bộ thống nhất phương hướng tháng 4 năm 2026.")
    _para(d, "Biểu quyết: 14/14 đồng chí tán thành (100%).")
    _para(d, "Cuộc họp kết thúc vào lúc 21 giờ 00 cùng ngày.")
    _para(d, "THƯ KÝ\t\t\t\tCHỦ TỌA", bold=True)
    _para(d)
    _para(d, "Phạm Thị Dung\t\t\t\tLê Văn Cường", bold=True)
    return _bytes(d)


def legacy_fonts(encoding: str = "tcvn3") -> bytes:
    """A document typed with .VnTime / .VnTimeH (TCVN3) or VNI-Times fonts: the text is the old bytes."""
    d = _doc()
    encode = to_tcvn3 if encoding == "tcvn3" else to_vni
    body, caps = (".VnTime", ".VnTimeH") if encoding == "tcvn3" else ("VNI-Times", "VNI-Times")

    def old(text: str, bold: bool = False, upper: bool = False):
        p = d.add_paragraph()
        for part in text.split("\t"):
            if part != text.split("\t")[0]:
                p.add_run("\t")
            shown = encode(part.lower() if upper and encoding == "tcvn3" else part)
            run = p.add_run(shown)
            run.bold = bold
            run.font.name = caps if upper else body
        return p

    old("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", upper=True)
    old("VĂN PHÒNG HĐND VÀ UBND", bold=True, upper=True)
    old("Số: 03/BB-VP")
    old("BIÊN BẢN", bold=True, upper=True)
    old("Cuộc họp giao ban tháng 9 năm 2025", bold=True)
    old("Thời gian bắt đầu: 8 giờ 00, ngày 08 tháng 9 năm 2025.")
    old("Địa điểm: Phòng họp Ủy ban nhân dân xã.")
    old("Chủ trì: Hồ Văn Giàu - Chủ tịch Ủy ban nhân dân xã.")
    old("Thư ký: Lâm Thị Hoa - Công chức Văn phòng - Thống kê.")
    old("Kết luận", bold=True)
    old("- Các bộ phận hoàn thành báo cáo quý III trước ngày 25 tháng 9.")
    old("Cuộc họp kết thúc vào 10 giờ 30 cùng ngày./.")
    return _bytes(d)


def plain_signature() -> bytes:
    """Signatures and Nơi nhận typed as plain paragraphs, one under the other; no Số line."""
    d = _doc()
    _para(d, "HỘI CỰU CHIẾN BINH XÃ PHƯỚC AN", bold=True)
    _para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    _para(d, "Độc lập - Tự do - Hạnh phúc", bold=True)
    _para(d, "BIÊN BẢN HỌP BAN CHẤP HÀNH QUÝ IV NĂM 2025", bold=True)
    _para(d, "Thời gian: 14 giờ, ngày 20 tháng 12 năm 2025.")
    _para(d, "Địa điểm: Văn phòng Hội Cựu chiến binh xã.")
    _para(d, "Chủ trì: Ông Mai Văn Khoa - Chủ tịch Hội.")
    _para(d, "Thư ký: Bà Đỗ Thị Liên - Ủy viên Ban Chấp hành.")
    _para(d, "Nội dung cuộc họp:", bold=True)
    _para(d, "Ý kiến chỉ đạo", bold=True)
    _para(d, "- Mai Văn Khoa - Chủ tịch Hội:")
    _para(d, "+ Đôn đốc thu hội phí năm 2025.")
    _para(d, "+ Chuẩn bị tổng kết năm.")
    _para(d, "Cuộc họp kết thúc vào 16 giờ 00 cùng ngày./.")
    _para(d, "Nơi nhận:", bold=True)
    _para(d, "- Hội Cựu chiến binh huyện (b/c);")
    _para(d, "- Đảng ủy xã (b/c);")
    _para(d, "- Lưu: VP Hội.")
    _para(d, "\t\t\tTHƯ KÝ", bold=True)
    _para(d, "\t\t\t(Ký, ghi rõ họ tên)")
    _para(d)
    _para(d, "\t\t\tĐỗ Thị Liên", bold=True)
    _para(d, "\t\t\tCHỦ TRÌ", bold=True)
    _para(d, "\t\t\tMai Văn Khoa", bold=True)
    return _bytes(d)


def _state_header(d, name: str = "SỞ NỘI VỤ", number: str = "Số: 08/BB-SNV") -> None:
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("UBND TỈNH TÂY NINH")
    left.add_paragraph().add_run(name).bold = True
    left.add_paragraph(number)
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True


def signature_only() -> bytes:
    """Chair and secretary named only at the signatures."""
    d = _doc()
    _state_header(d)
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Cuộc họp rà soát hồ sơ", bold=True)
    _para(d, "Thời gian bắt đầu: 9 giờ 00, ngày 12/5/2025.")
    _para(d, "Địa điểm: Phòng họp số 2.")
    _para(d, "Kết luận", bold=True)
    _para(d, "Thống nhất hoàn thiện hồ sơ.")
    _para(d, "Cuộc họp kết thúc vào 10 giờ 00 cùng ngày./.")
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("THƯ KÝ").bold = True
    left.add_paragraph("")
    left.add_paragraph("Trần Thị Bình")
    right.paragraphs[0].add_run("CHỦ TỌA").bold = True
    right.add_paragraph("Nguyễn Văn An")
    return _bytes(d)


def with_strays() -> bytes:
    """Paragraphs that belong to no section: an unknown heading, a closing remark."""
    d = _doc()
    _state_header(d)
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Hội nghị giao ban tháng 5 năm 2025", bold=True)
    _para(d, "Thời gian bắt đầu: 14 giờ 00, ngày 30/5/2025.")
    _para(d, "Địa điểm: Hội trường Sở.")
    _para(d, "Chủ trì: Nguyễn Văn An - Giám đốc Sở.")
    _para(d, "Phát biểu bế mạc:", bold=True)
    _para(d, "Đồng chí Giám đốc cảm ơn các đại biểu.")
    _para(d, "Cuộc họp kết thúc vào 16 giờ 00 cùng ngày.")
    _para(d, "Biên bản được lập thành 02 bản, có giá trị như nhau.")
    return _bytes(d)


def empty_letter() -> bytes:
    """Not a biên bản at all: a short letter."""
    d = _doc()
    _para(d, "Kính gửi: Các phòng, đơn vị.")
    _para(d, "Đề nghị các đơn vị gửi báo cáo đúng hạn.")
    return _bytes(d)


def indicator_table() -> bytes:
    """Indicators in a table typed with other column names; one absentee with a reason."""
    d = _doc()
    _state_header(d, "ỦY BAN NHÂN DÂN XÃ HÒA AN", "Số: 02/BB-UBND")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Hội nghị sơ kết 6 tháng đầu năm 2025", bold=True)
    _para(d, "Thời gian bắt đầu: 8 giờ 00, ngày 10/7/2025.")
    _para(d, "Địa điểm: Hội trường xã.")
    _para(d, "Thành phần tham dự:")
    _para(d, "- Cán bộ, công chức xã.")
    _para(d, "- Có mặt: 19/20 người.")
    _para(d, "- Vắng mặt: 01 người: Trần Văn Tư (ốm).")
    _para(d, "Chủ trì (chủ tọa): Phan Văn Năm - Chủ tịch UBND xã.")
    _para(d, "1. Một số chỉ tiêu chủ yếu", bold=True)
    table = d.add_table(rows=3, cols=5)
    for row, cells in zip(table.rows, (("STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Cùng kỳ"),
                                       ("1", "Tỷ lệ thu ngân sách", "%", "87,5", "80"),
                                       ("2", "Hộ nghèo giảm", "hộ", "12", ""))):
        for cell, text in zip(row.cells, cells):
            cell.paragraphs[0].add_run(text)
    _para(d, "Cuộc họp kết thúc vào 11 giờ 00 cùng ngày./.")
    return _bytes(d)


def commune_meeting() -> bytes:
    """The common commune layout: header with tabs, "Vào lúc …" sentence, Roman parts, numbered
    roles, en dashes, the conclusion numbered, "Biên bản đã được thông qua" in the closing."""
    d = _doc()
    p = _para(d, "ỦY BAN NHÂN DÂN", bold=True)
    p.add_run("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    p = _para(d, "XÃ TÂN AN", bold=True)
    p.add_run("\t\t\tĐộc lập – Tự do – Hạnh phúc").bold = True
    _para(d, "Số: 15/BB-UBND\t\t\tTân An, ngày 10 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp giao ban Ủy ban nhân dân xã tháng 3 năm 2026", bold=True)
    _para(d, "Vào lúc 8 giờ 00 phút, ngày 10/3/2026, tại Hội trường Ủy ban nhân dân xã, Ủy ban nhân dân xã "
             "tổ chức họp giao ban.")
    _para(d, "I. THÀNH PHẦN THAM DỰ", bold=True)
    _para(d, "1. Chủ trì: Ông Nguyễn Văn Ái – Chủ tịch UBND xã.")
    _para(d, "2. Thư ký: Bà Trần Thị Bé – Công chức Văn phòng – Thống kê.")
    _para(d, "3. Thành viên: Các Phó Chủ tịch UBND xã; công chức chuyên môn.")
    _para(d, "II. NỘI DUNG CUỘC HỌP", bold=True)
    _para(d, "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 2:", bold=True)
    _para(d, "- Thu ngân sách đạt 18% dự toán.")
    _para(d, "- Giải quyết 45 hồ sơ thủ tục hành chính đúng hạn.")
    _para(d, "2. Ý kiến thảo luận:", bold=True)
    _para(d, "- Ông Lê Văn Công – công chức Địa chính: Đề nghị đẩy nhanh cấp giấy chứng nhận.")
    _para(d, "III. KẾT LUẬN CỦA CHỦ TRÌ", bold=True)
    _para(d, "1. Các bộ phận tập trung thu ngân sách.")
    _para(d, "2. Văn phòng tổng hợp báo cáo trước ngày 25/3/2026.")
    _para(d, "Cuộc họp kết thúc vào lúc 10 giờ 30 phút cùng ngày. Biên bản đã được thông qua trước cuộc họp./.")
    _para(d, "THƯ KÝ\t\t\t\tCHỦ TRÌ", bold=True)
    _para(d, "Trần Thị Bé\t\t\t\tNguyễn Văn Ái", bold=True)
    return _bytes(d)


BUILDERS = {
    "tabs_header": tabs_header,
    "manual_numbering": manual_numbering,
    "word_numbering": word_numbering,
    "party_chu_toa": party_chu_toa,
    "legacy_tcvn3": legacy_fonts,
    "legacy_vni": lambda: legacy_fonts("vni"),
    "plain_signature": plain_signature,
    "signature_only": signature_only,
    "with_strays": with_strays,
    "empty_letter": empty_letter,
    "indicator_table": indicator_table,
    "commune_meeting": commune_meeting,
}
