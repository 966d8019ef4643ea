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
from minutes.model import Outline
from minutes.documents import followup
from minutes.documents.naming import capitalize_first, unit_name
from minutes.documents.signing import default_signer, signer_lines
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


def signer_context(outline: Outline, style: str) -> dict:
    """Return the signer's lines (ô 7): authority line, position, name.

    ``signer`` when the outline names one, else :func:`~minutes.documents.signing.default_signer`.
    """
    signer = outline.signer or default_signer(outline).signer
    return signer_lines(signer, style)


def document_number(outline: Outline, doc: "DocumentType") -> int | None:
    """The số of ``doc``: ``number`` for the biên bản, ``numbers.<doc>`` for the others."""
    if doc.name in ("bien-ban", ""):
        return outline.number
    return dict(outline.numbers).get(doc.name)


def news_context(outline: Outline) -> dict:
    """Return the news item's parts for the tin-bai template."""
    from minutes.documents.news import news_item  # only the tin-bai needs it (and html)

    item = news_item(outline)
    return {"headline": item.headline, "lead": item.lead,
            "paragraphs": list(item.paragraphs), "byline": item.byline}


def document_context(outline: Outline, doc: DocumentType, words: Wording) -> dict:
    """Return what ``doc`` adds to the shared context: its trích yếu, opening lines, Nơi nhận."""
    org = unit_name(outline)
    m = outline.meeting
    period = vf.format_period(m.period) if m.period else ""
    later = vf.format_period(periods.next_period(m.period)) if m.period else "thời gian tới"
    archive = outline.archive or words.archive
    extra = {
        "thong-bao-ket-luan": lambda: {
            "trich_yeu": f"Kết luận của {followup.chair_title(outline)} tại {followup.meeting_name(m.title)}",
            "opening": followup.notice_opening(outline, org),
            "ket_luan": followup.notice_lines(outline, words),
        },
        "bao-cao": lambda: {
            "trich_yeu": (f"Kết quả thực hiện nhiệm vụ {period} và phương hướng, nhiệm vụ {later}"
                          if period else f"Kết quả {followup.meeting_name(m.title)}"),
            "opening": [f"{org} báo cáo kết quả thực hiện nhiệm vụ {period or 'trong kỳ'} như sau:"],
            "period_upper": period.upper() or "TRONG KỲ",
            "next_upper": later.upper(),
            **followup.report_context(outline, archive),
        },
        "giay-moi": lambda: followup.invitation_context(outline, org, words),
        "tin-bai": lambda: {"news": news_context(outline)},
    }.get(doc.name, dict)()
    if "trich_yeu" in extra:
        extra["trich_yeu"] = capitalize_first(extra["trich_yeu"])
    return {"ten_loai": doc.ten_loai, **extra}
