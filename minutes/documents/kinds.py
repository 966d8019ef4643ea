"""The documents one outline can give, and what each adds to the template context.

A biên bản records the meeting; the other documents follow from it: the notice
of the chair's conclusions (thông báo kết luận), the period report (báo cáo),
the invitation sent before the meeting (giấy mời) and the news item for the
portal (tin bài). Each is a built-in template per style (see ``catalog``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from minutes.vietnamese import periods
from minutes.vietnamese import format as vf
from minutes.model import Outline, Signer
from minutes.documents.naming import unit_name
from minutes.documents.news import news_item
from minutes.documents.wording import Wording


@dataclass(frozen=True, slots=True)
class DocumentType:
    """A built-in document: name, ký hiệu, tên loại, its numbered sections and a description."""

    name: str
    code: str
    ten_loai: str
    sections: tuple[str, ...]
    roman: bool
    description: str
    has_data: Callable[[Outline], bool]


BIEN_BAN_SECTIONS = (
    "agenda", "review", "achievements", "indicators", "discussion",
    "directions", "tasks", "commendations", "conclusion", "vote",
)

DOCUMENTS: tuple[DocumentType, ...] = (
    DocumentType("bien-ban", "BB", "BIÊN BẢN", BIEN_BAN_SECTIONS, False,
                 "Biên bản cuộc họp, hội nghị (NĐ 30 Mẫu 1.9; HD 05-HD/VPTW; HD 29-HD/TWĐTN-VP)",
                 lambda o: True),
    DocumentType("thong-bao-ket-luan", "TB", "THÔNG BÁO", ("conclusion", "directions", "tasks"), False,
                 "Thông báo kết luận của người chủ trì và nhiệm vụ được giao",
                 lambda o: bool(o.conclusion or o.directions or o.tasks)),
    DocumentType("bao-cao", "BC", "BÁO CÁO", ("review", "achievements", "indicators", "tasks"), True,
                 "Báo cáo kết quả trong kỳ và nhiệm vụ kỳ tới (có khối Kính gửi)",
                 lambda o: bool(o.achievements or o.indicators)),
    DocumentType("giay-moi", "GM", "GIẤY MỜI", ("agenda",), False,
                 "Giấy mời dự cuộc họp: thời gian, địa điểm, chương trình, thành phần",
                 lambda o: True),
    DocumentType("tin-bai", "", "", (), False,
                 "Tin bài cho cổng thông tin điện tử (.docx, hoặc --format md|html)",
                 lambda o: bool(o.achievements or o.directions or o.tasks or o.commendations)),
)

BY_NAME = {d.name: d for d in DOCUMENTS}


PARTY_BODIES = ("BAN THƯỜNG VỤ", "ĐẢNG ỦY", "ĐẢNG UỶ", "CHI BỘ", "HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY")
PARTY_POSTS = ("Phó Bí thư", "Bí thư")


def default_signer(outline: Outline, style: str) -> Signer:
    """Return who signs when the outline names no ``signer``: the chair.

    A Party committee signs on behalf of the committee (HD 05: "T/M ĐẢNG ỦY /
    BÍ THƯ"): the body is the kind of committee the issuing body's name starts
    with, the post the chair's Party post ("Bí thư…" → "BÍ THƯ").
    """
    chair = outline.chair
    if style != "party":
        return Signer(chair.name, chair.position)
    name = " ".join(outline.organization.name.upper().split())
    body = next((b for b in PARTY_BODIES if name.startswith(b)), name)
    first = chair.position.split(",")[0].strip()
    post = next((p for p in PARTY_POSTS if first.lower().startswith(p.lower())), first)
    return Signer(chair.name, post, "tm", body)


def signer_context(outline: Outline, style: str) -> dict:
    """Return the signer's lines (ô 7): authority line, position, name (:func:`default_signer`)."""
    signer = outline.signer or default_signer(outline, style)
    prefix = {"tm": "TM.", "kt": "KT.", "tl": "TL.", "tuq": "TUQ.", "q": "Q."}
    if style == "party":  # HD 05-HD/VPTW: slash forms, no TUQ
        prefix = {"tm": "T/M", "kt": "K/T", "tl": "T/L", "tuq": "T/L", "q": "Q."}
    authority = f"{prefix[signer.authority]} {signer.on_behalf.upper()}".strip() if signer.authority else ""
    return {"authority": authority, "position": signer.position.upper(), "name": signer.name}


def news_context(outline: Outline) -> dict:
    """Return the news item's parts for the tin-bai template."""
    item = news_item(outline)
    return {"headline": item.headline, "lead": item.lead,
            "paragraphs": list(item.paragraphs), "byline": item.byline}


def document_context(outline: Outline, doc: DocumentType, words: Wording) -> dict:
    """Return what ``doc`` adds to the shared context: its trích yếu and opening lines."""
    org = unit_name(outline)
    m = outline.meeting
    period = vf.format_period(m.period) if m.period else ""
    later = vf.format_period(periods.next_period(m.period)) if m.period else "thời gian tới"
    chair = vf.person_line(outline.chair.name, outline.chair.position)
    extra = {
        "thong-bao-ket-luan": lambda: {
            "trich_yeu": f"Kết luận của {outline.chair.position or 'người chủ trì'} tại {m.title}",
            "opening": [
                f"{vf.format_date(m.date).capitalize()}, {org} tổ chức {m.title}. "
                f"Đồng chí {chair} chủ trì.",
                f"Sau khi nghe báo cáo và ý kiến của các đại biểu, {outline.chair.position or 'người chủ trì'}"
                " kết luận như sau:",
            ],
        },
        "bao-cao": lambda: {
            "trich_yeu": (f"Kết quả thực hiện nhiệm vụ {period} và phương hướng, nhiệm vụ {later}"
                          if period else f"Kết quả {m.title}"),
            "opening": [f"{org} báo cáo kết quả thực hiện nhiệm vụ {period or 'trong kỳ'} như sau:"],
            "period_upper": period.upper() or "TRONG KỲ",
            "next_upper": later.upper(),
        },
        "giay-moi": lambda: {
            "trich_yeu": f"Dự {m.title}",
            "opening": [f"{org} trân trọng kính mời:"],
            "weekday": vf.format_weekday(m.date),
            "invited": "các đồng chí" if words.honorific else "quý đại biểu",
        },
        "tin-bai": lambda: {"news": news_context(outline)},
    }.get(doc.name, dict)()
    return {"ten_loai": doc.ten_loai, **extra}
