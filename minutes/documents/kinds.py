"""The documents one outline can give, and what each adds to the template context.

A biên bản records the meeting; the other documents follow from it: the notice
of the chair's conclusions (thông báo kết luận), the period report (báo cáo),
the invitation sent before the meeting (giấy mời) and the news item for the
portal (tin bài). Each is a built-in template per style (see ``catalog``).
"""

from __future__ import annotations

from minutes.documents import followup
from minutes.documents.naming import unit_text
from minutes.documents.signing import default_signer, signer_lines
from minutes.documents.wording import Wording
from minutes.glossary import KINDS, Kind
from minutes.model import Outline
from minutes.vietnamese import format as vf
from minutes.vietnamese import periods

DocumentType = Kind
"""A document kind: :class:`minutes.glossary.Kind`, declared once in :data:`minutes.glossary.KINDS`."""

BIEN_BAN_SECTIONS = KINDS[0].sections
DOCUMENTS: tuple[DocumentType, ...] = KINDS

BY_NAME = {d.name: d for d in DOCUMENTS}


def signer_context(outline: Outline, style: str) -> dict:
    """Return the signer's lines (ô 7): authority line, position, name.

    ``signer`` when the outline names one, else :func:`~minutes.documents.signing.default_signer`.
    """
    signer = outline.signer or default_signer(outline).signer
    return signer_lines(signer, style)


def document_number(outline: Outline, doc: DocumentType) -> int | None:
    """The số of ``doc``: ``number`` for the biên bản, ``numbers.<doc>`` for the others."""
    if not doc.numbered:
        return outline.number
    return dict(outline.numbers).get(doc.name)


def news_context(outline: Outline, words: Wording | None = None) -> dict:
    """Return the news item's parts for the tin-bai template."""
    from minutes.documents.news import news_item  # only the tin-bai needs it (and html)

    item = news_item(outline)
    return {"news": {"headline": item.headline, "lead": item.lead,
                     "paragraphs": list(item.paragraphs), "byline": item.byline}}


def report_title(outline: Outline, period: str, later: str) -> str:
    """The report's trích yếu: it promises the next period's tasks only when the outline has them."""
    if not period:
        return f"Kết quả {followup.meeting_name(outline.meeting.title)}"
    title = f"Kết quả thực hiện nhiệm vụ {period}"
    return f"{title} và phương hướng, nhiệm vụ {later}" if outline.tasks else title


def review_heading(outline: Outline) -> str:
    """The heading over last period's tasks, named so the recipient knows which ones."""
    from minutes.documents.news import previous_period

    period = outline.meeting.period
    if period is None:
        return "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐÃ ĐỀ RA TẠI CUỘC HỌP TRƯỚC"
    return f"KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐỀ RA TRONG {vf.format_period(previous_period(period)).upper()}"


def notice_context(outline: Outline, words: Wording) -> dict:
    """What the thông báo kết luận adds: its trích yếu, opening and the conclusions."""
    return {
        "trich_yeu": f"Kết luận của {followup.chair_title(outline)} tại {followup.meeting_name(outline.meeting.title)}",
        "opening": followup.notice_opening(outline, unit_text(outline)),
        "ket_luan": followup.notice_lines(outline, words),
    }


def has_notice_points(outline: Outline) -> bool:
    """Whether the notice has anything to conclude (praise and pledges are not directions)."""
    return bool(followup.notice_points(outline))


def report_context(outline: Outline, words: Wording) -> dict:
    """What the báo cáo adds: its trích yếu, opening, the period's headings and its parts."""
    m = outline.meeting
    period = vf.format_period(m.period) if m.period else ""
    later = vf.format_period(periods.next_period(m.period)) if m.period else "thời gian tới"
    return {
        "trich_yeu": report_title(outline, period, later),
        "opening": [f"{unit_text(outline)} báo cáo kết quả thực hiện nhiệm vụ {period or 'trong kỳ'} như sau:"],
        "period_upper": period.upper() or "TRONG KỲ",
        "next_upper": later.upper(),
        "review_heading": review_heading(outline),
        **followup.report_context(outline, outline.archive or words.archive),
    }


def invitation_context(outline: Outline, words: Wording) -> dict:
    """What the giấy mời adds (:func:`minutes.documents.followup.invitation_context`)."""
    return followup.invitation_context(outline, unit_text(outline), words)


NOTICE_SKIPPED = ("không soạn thông báo kết luận: đề cương không có kết luận (conclusion), ý kiến chỉ đạo "
                  "cần thực hiện (directions, ngoài lời biểu dương, hứa hẹn) hay nhiệm vụ (tasks)")

DATA_CHECKS = {"notice_context": (has_notice_points, NOTICE_SKIPPED)}
"""Beyond a kind's ``needs``: what its builder must find in the outline to have anything to say,
and what ``render --all`` says when it finds nothing."""


def has_data(outline: Outline, doc: DocumentType) -> bool:
    """True when ``render --all`` should make ``doc`` for ``outline``."""
    check = DATA_CHECKS.get(doc.builder)
    return doc.has_data(outline) and (check is None or check[0](outline))


def skipped(made: list[str]) -> list[tuple[str, str]]:
    """(kind, why) for each kind ``render --all`` did not make and whose builder says why."""
    return [(doc.name, DATA_CHECKS[doc.builder][1]) for doc in DOCUMENTS
            if doc.name not in made and doc.builder in DATA_CHECKS]


def document_context(outline: Outline, doc: DocumentType, words: Wording) -> dict:
    """Return what ``doc`` adds to the shared context: its tên loại, and what its ``builder`` adds."""
    extra = BUILDERS[doc.builder](outline, words) if doc.builder else {}
    if "trich_yeu" in extra:  # its first word is the tool's: HD 36/05 write it in lower case
        first, rest = extra["trich_yeu"][:1], extra["trich_yeu"][1:]
        extra["trich_yeu"] = (first.lower() if outline.style == "party" else first.upper()) + rest
        extra["trich_yeu_inline"] = first.lower() + rest  # after the tên loại: "Giấy mời dự …"
    return {"ten_loai": doc.ten_loai, **extra}


BUILDERS = {f.__name__: f for f in (notice_context, report_context, invitation_context, news_context)}
"""The functions a kind's ``builder`` names (:attr:`minutes.glossary.Kind.builder`)."""
