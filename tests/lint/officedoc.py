"""Small office documents built with python-docx for the lint tests: a state or Party văn bản
laid out as a secretary lays it out in Word (header table, tên loại, trích yếu, body,
signature table with Nơi nhận), each part open to a change that shows one real-world case."""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

CENTER = WD_ALIGN_PARAGRAPH.CENTER
STATE_HEADER = (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 12/TB-UBND"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Lâm Đồng, ngày 05 tháng 3 năm 2026"])
PARTY_HEADER = (["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG UỶ XÃ AN BÌNH", "*", "Số 12-TB/ĐU"],
                ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Bình, ngày 05 tháng 3 năm 2026"])


def tnr_everywhere(document) -> None:
    """Make every style and the defaults Times New Roman, as a careful secretary would."""
    styles = document.styles.element
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr.find(qn("w:rFonts")) is None:
        rpr.insert(0, OxmlElement("w:rFonts"))
    for rfonts in styles.iter(qn("w:rFonts")):
        for name in list(rfonts.attrib):
            rfonts.attrib.pop(name)
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(slot), "Times New Roman")


def run(paragraph, text: str, size: float, bold: bool = False, italic: bool = False, underline: bool = False):
    r = paragraph.add_run(text)
    r.font.size, r.font.bold, r.font.italic, r.font.underline = Pt(size), bold, italic, underline
    return r


def line(container, text: str, size: float, bold: bool = False, italic: bool = False, align=CENTER):
    p = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    p.alignment = align
    run(p, text, size, bold, italic)
    return p


def cell_lines(cell, lines) -> None:
    """Fill a table cell with (text, size, bold, italic) lines, centred."""
    first = True
    for text, size, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = CENTER
        if text:
            run(p, text, size, bold, italic)


class Office:
    """A văn bản to build: change the attributes, then :meth:`bytes`."""

    def __init__(self, style: str = "state"):
        self.style = style
        party = style == "party"
        left, right = PARTY_HEADER if party else STATE_HEADER
        body_size = 14
        self.left = [(left[0], 14 if party else 13, False, False), (left[1], 14 if party else 13, True, False)]
        self.left += [(t, 14, False, False) for t in left[2:-1]] + [(left[-1], 14 if party else 13, False, False)]
        if party:
            self.right = [(right[0], 15, True, False), (right[1], 14, False, True)]
        else:
            self.right = [(right[0], 13, True, False), (right[1], 14, True, False), (right[2], 14, False, True)]
        self.title = ("THÔNG BÁO", 16 if party else 14, True)
        self.summary = [("Kết luận của Chủ tịch tại cuộc họp giao ban", 15 if party else 14, True)]
        self.after_summary = ["-----"] if party else []
        self.body = ["Ngày 04/3/2026, Ủy ban nhân dân tỉnh họp giao ban công tác tháng 3.",
                     "Giao các sở, ngành thực hiện các nội dung đã thống nhất./."]
        self.body_size = body_size
        self.noi_nhan = ["- Các sở, ngành;", "- Lưu Văn phòng." if party else "- Lưu: VT, TH."]
        self.noi_nhan_label = ("Nơi nhận:", 14, False, False, True) if party else ("Nơi nhận:", 12, True, True, False)
        self.items_size = 12 if party else 11
        self.signer = ([("T/M ĐẢNG UỶ", 14, True, False), ("BÍ THƯ", 14, False, False)] if party else
                       [("TM. ỦY BAN NHÂN DÂN", 14, True, False), ("CHỦ TỊCH", 14, True, False)])
        self.signer_name = ("Nguyễn Văn An", 14, True, False)
        self.margins = (20, 20, 30, 15)
        self.page_number = True
        self.pages = 1  # paragraphs of filler to make the document longer
        self.extra: list = []  # callables (document) -> None run last

    def document(self):
        d = docx.Document()
        tnr_everywhere(d)
        s = d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (Mm(v) for v in self.margins)
        s.header_distance = Mm(10)
        if self.page_number:
            s.different_first_page_header_footer = True
            page = s.header.paragraphs[0]
            page.alignment = CENTER
            page._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr>'
                                     '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>'
                                     '</w:rPr><w:t>2</w:t></w:r></w:fldSimple>'))
        self.add_to(d)
        for change in self.extra:
            change(d)
        return d

    def add_to(self, d) -> None:
        """Append this văn bản to the document ``d`` (a file may hold several)."""
        header = d.add_table(rows=1, cols=2)
        cell_lines(header.cell(0, 0), self.left)
        cell_lines(header.cell(0, 1), self.right)
        d.add_paragraph()
        text, size, bold = self.title
        line(d, text, size, bold)
        for text, size, bold in self.summary:
            line(d, text, size, bold)
        for text in self.after_summary:
            line(d, text, 14)
        for text in self.body + ["Nội dung công việc được giao tiếp tục triển khai theo kế hoạch."] * (
                (self.pages - 1) * 40):
            p = line(d, text, self.body_size, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if self.style == "party":
                p.paragraph_format.line_spacing = Pt(20)
        sign = d.add_table(rows=1, cols=2)
        label, size, bold, italic, underline = self.noi_nhan_label
        p = sign.cell(0, 0).paragraphs[0]
        run(p, label, size, bold, italic, underline)
        for item in self.noi_nhan:
            run(sign.cell(0, 0).add_paragraph(), item, self.items_size)
        cell_lines(sign.cell(0, 1), self.signer + [("", 14, False, False)] * 3 + [self.signer_name])

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.document().save(out)
        return out.getvalue()


def landscape_section(d, margins) -> None:
    """Add a landscape A4 section with ``margins`` (top, bottom, left, right in mm) and a line of text."""
    section = d.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (Mm(v) for v in margins)
    line(d, "Phụ lục: bảng số liệu", 14, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
