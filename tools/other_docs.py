"""Templates of the documents that follow a meeting: thông báo kết luận, báo cáo, giấy mời.

Each has the normal header of its style with the place/date line (ô 4), one
signer on the right and Nơi nhận on the left (NĐ 30 Phụ lục I; HD 05-HD/VPTW).
"""

from __future__ import annotations

import blocks as b
import docxkit as kit
from forms import Form


def _document(form: Form, ten_loai: str):
    doc = b.new_document(form)
    b.header_block(doc, form, date_line=True)
    b.title_block(doc, form, ten_loai)
    return doc


def build_thong_bao(form: Form):
    """Return the thông báo kết luận template: the opening, then the numbered conclusions
    (directions and assigned tasks folded in), as built by ``minutes.documents.followup``."""
    doc = _document(form, "THÔNG BÁO")
    b.fill(doc, [*b.loop("opening", "NoiDung"), *b.loop("ket_luan", "NoiDung")])
    b.fill(doc, [(f"Thông báo để các cơ quan, đơn vị liên quan biết, thực hiện{form.ending}", "NoiDung")])
    b.single_signature_block(doc, form)
    return doc


def build_bao_cao(form: Form):
    """Return the báo cáo template: Kính gửi, results of the period, next period's tasks."""
    doc = _document(form, "BÁO CÁO")
    b.kinh_gui_block(doc, form)
    b.fill(doc, b.loop("opening", "NoiDung"))
    b.content(doc, form, (
        ("review", "{{ review_heading }}"),
        ("achievements", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{ period_upper }}"),
        ("indicators", "MỘT SỐ CHỈ TIÊU CHỦ YẾU"),
        ("tasks", "PHƯƠNG HƯỚNG, NHIỆM VỤ {{ next_upper }}"),
    ))
    b.fill(doc, [(f"Trên đây là báo cáo của {{{{ organization.running_kept }}}}{form.ending}", "NoiDung")])
    b.single_signature_block(doc, form)
    return doc


def build_giay_moi(form: Form):
    """Return the giấy mời template (Mẫu 1.7): who is invited, to what, who chairs, when,
    where, the agenda and the notes to heed (ô 8)."""
    doc = _document(form, "GIẤY MỜI")
    b.fill(doc, [
        *b.loop("opening", "NoiDung"),
        *b.loop("invitees", "NoiDung"),
        ("Tới dự {{ meeting_name }}.", "NoiDung"),
        ("Chủ trì: {{ chu_tri }}.", "NoiDung"),
        ("Thời gian: {{ meeting.start }}, {{ weekday }}, {{ meeting.date }}.", "NoiDung"),
        ("Địa điểm: {{ meeting.location }}.", "NoiDung"),
        *b.when("agenda", [("Nội dung:", "NoiDung"), *b.loop("agenda", "NoiDung")]),
        *b.loop("luu_y", "NoiDung"),
        (f"Rất mong {{{{ invited }}}} tham dự đúng thời gian{form.ending}", "NoiDung"),
    ])
    b.single_signature_block(doc, form)
    return doc


def build_tin_bai(form: Form):
    """Return the news item template: headline, lead, paragraphs, byline (no NĐ 30 header)."""
    doc = b.new_document(form)
    b.fill(doc, [
        ("{{ news.headline }}", "TinTieuDe"),
        ("{{ news.lead }}", "TinDauBai"),
        *b.loop("news.paragraphs", "NoiDung", "{{ paragraph }}", var="paragraph"),
        *b.when("news.byline", [("{{ news.byline }}", "TinTacGia")]),
    ])
    return doc


TASK_COLUMNS = (
    # (heading, cell lines, width mm; None: the spare width)
    ("TT", [("{{ row.stt }}", "BangGiua")], 9),
    ("Nhiệm vụ", [("{{ row.text }}", "BangChu")], None),
    ("Người, đơn vị thực hiện", [("{{ row.owner }}", "BangChu")], 28),
    ("Thời hạn", [("{{ row.due }}", "BangGiua"), *b.when("row.overdue", [("(quá hạn)", "BangGiua")])], 26),
    ("Giao tại cuộc họp ngày", [("{{ row.meeting }}", "BangGiua")], 26),
    ("Tình hình thực hiện", [("{{ row.status }}", "BangChu"),
                             *b.when("row.result", [("{{ row.result }}", "BangChu")])], 30),
)


def build_theo_doi(form: Form):
    """Return the báo cáo tình hình thực hiện nhiệm vụ (``minutes tasks --format docx``): the
    body's header, the counts, one row per task the meetings assigned, the signer."""
    doc = _document(form, "BÁO CÁO")
    b.fill(doc, b.loop("opening", "NoiDung"))
    widths = [w or 0 for _, _, w in TASK_COLUMNS]
    widths[1] = b.text_width_mm(form) - sum(widths)
    table = kit.layout_table(doc, widths, borders=True)
    for cell, (heading, _lines, _width) in zip(table.rows[0].cells, TASK_COLUMNS):
        b.fill(cell, [(heading, "BangTieuDe")])
    kit.add_row(table, widths).cells[0].paragraphs[0].text = "{%tr for row in rows %}"
    for cell, (_heading, lines, _width) in zip(kit.add_row(table, widths).cells, TASK_COLUMNS):
        b.fill(cell, lines)
    kit.add_row(table, widths).cells[0].paragraphs[0].text = "{%tr endfor %}"
    kit.repeat_header(table)
    b.fill(doc, [("Trên đây là tình hình thực hiện các nhiệm vụ được giao tại các cuộc họp, tính đến ngày "
                  f"{{{{ as_of }}}}{form.ending}", "NoiDung")])
    b.single_signature_block(doc, form)
    return doc


REPORTS = {
    "theo-doi-nhiem-vu": (build_theo_doi, "Báo cáo tình hình thực hiện nhiệm vụ"),
}
"""Reports of the register (not documents of one meeting): {name: (builder, title)}."""

BUILDERS = {
    "thong-bao-ket-luan": (build_thong_bao, "Thông báo kết luận"),
    "bao-cao": (build_bao_cao, "Báo cáo"),
    "giay-moi": (build_giay_moi, "Giấy mời"),
    "tin-bai": (build_tin_bai, "Tin bài"),
}
