"""Turn a validated :class:`~minutes.model.Outline` into the template context.

Every value a template prints is formatted here (through :mod:`minutes.vietnamese.format`),
so templates only place text: ``{{ meeting.date }}``, ``{%p for line in tasks %}``.
Names follow :mod:`minutes.glossary`: outline keys keep their names, computed
document elements use the Vietnamese element names (``so_ky_hieu``, ``noi_nhan``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from minutes.documents import body_lines, followup
from minutes.documents.kinds import (
    BIEN_BAN_SECTIONS,
    BY_NAME,
    DocumentType,
    document_context,
    document_number,
    signer_context,
)
from minutes.documents.naming import inline, lower_first, one_line, unit_text
from minutes.documents.titles import TITLE_WIDTH_PT, break_title
from minutes.documents.wording import wording_for
from minutes.glossary import BY_KEY, KEYS
from minutes.model import Outline, Person
from minutes.vietnamese import format as vf

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
TIEU_DE = {"party": "ĐẢNG CỘNG SẢN VIỆT NAM", "youth": "ĐOÀN TNCS HỒ CHÍ MINH"}
BLANK = "………………"
DOTS = "." * 110
"""A line of dots to write on by hand, as Mẫu 1.9 leaves them (fits the text width at 14 pt)."""
BLANK_CONTENT_LINES = 6

OLD_NAMES = {"numbers": "so_muc", "notes": "luu_y"}
"""Former names of computed variables, kept so that a template exported before still renders:
they were the names of outline keys that mean something else (``numbers``: the số of the
other documents; ``notes``: what import could not place, never printed)."""

CONTENT_SECTIONS = BIEN_BAN_SECTIONS
"""The content sections of a biên bản in the order of the meeting (glossary names)."""
DIEN_BIEN = CONTENT_SECTIONS[:-2]
"""The sections that Party minutes group under "2. Diễn biến hội nghị"."""


def build_context(outline: Outline, doc: DocumentType | str = "bien-ban") -> dict:
    """Return the mapping a template is rendered with; every value is display text.

    ``doc`` (a built-in document or its name) decides the tên loại, the ký hiệu
    and which sections are numbered.
    """
    doc = BY_NAME[doc] if isinstance(doc, str) else doc
    words = wording_for(outline.style)
    content = content_lines(outline, words)
    context = {
        **plain_values(outline),
        **content,
        "style": outline.style,
        "place": outline.place,
        "organization": organization_context(outline),
        "quoc_hieu": QUOC_HIEU,
        "tieu_ngu": TIEU_NGU,
        "tieu_de": TIEU_DE.get(outline.style, ""),
        "so_ky_hieu": vf.format_reference(document_number(outline, doc), doc.code or "BB",
                                          outline.organization.code, outline.style),
        "dia_danh_ngay": vf.format_place_date(outline.place, outline.issued or outline.meeting.date),
        "trich_yeu": one_line(outline.meeting.title),
        "trich_yeu_inline": one_line(outline.meeting.title),
        "meeting": meeting_context(outline),
        "chair": person_context(outline.chair),
        "secretary": person_context(outline.secretary),
        "signer": signer_context(outline, outline.style),
        "guests": [person_context(g) for g in outline.guests],
        "attendance": body_lines.attendance_lines(outline, words) or [DOTS],
        "blank_content": [] if any(content.values()) else [DOTS] * BLANK_CONTENT_LINES,
        "invitees": followup.invitee_lines(outline),
        "kinh_gui": "; ".join(one_line(a).rstrip(".;") for a in outline.addressee),
        "kinh_gui_list": [],
        "has_previous": any(i.previous is not None for i in outline.indicators),
        "so_muc": section_numbers(content, outline.style, doc.sections, doc.roman),
        "recipients": list(outline.recipients),
        "noi_nhan": recipient_lines(outline.recipients, outline.archive or words.archive),
        **document_context(outline, doc, words),
    }
    context["dia_danh_ngay"] = keep_date(context["dia_danh_ngay"])
    context.update({old: context[new] for old, new in OLD_NAMES.items() if new in context})
    size = 15 if outline.style == "party" else 14  # HD 05: trích yếu 15 pt; NĐ 30: 14 pt
    context["trich_yeu"] = break_title(context["trich_yeu"], TITLE_WIDTH_PT * 14 / size)
    return context


NBSP = "\u00a0"


def keep_date(line: str) -> str:
    """The địa danh line with "ngày … tháng … năm …" unbreakable: a narrow column may move
    the whole date to the next line, never leave the year (or "năm 2025") alone."""
    place, sep, date = line.rpartition(", ")
    return f"{place}{sep}{date.replace(' ', NBSP)}"


def keep_names(text: str) -> str:
    """``text`` with no line break inside a proper name: between two capitalised words
    ("Phú Thiện", "Việt Nam") and after an administrative unit word ("huyện Phú Thiện")."""
    from minutes.vietnamese.linebreak import ADMIN_UNITS

    words = text.split()
    out = words[:1]
    for before, word in zip(words, words[1:]):
        joined = word[:1].isupper() and (before[:1].isupper() or before.lower() in ADMIN_UNITS)
        out.append((NBSP if joined else " ") + word)
    return "".join(out)


def plain_values(outline: Outline) -> dict:
    """Each plain key of the table of keys (:data:`minutes.glossary.KEYS`) as display text:
    text as written, a list of texts as a list, a date as "ngày 26 tháng 8 năm 2025", a
    number as written; the keys the context computes otherwise are set after these."""
    shown: dict[str, Callable[[Any], Any]] = {"text": str, "texts": list, "date": vf.format_date, "whole": str}
    values = {k.key: getattr(outline, k.key) for k in KEYS if k.plain in shown}
    return {key: shown[BY_KEY[key].plain](value) if value not in (None, "") else "" for key, value in values.items()}


def content_lines(outline: Outline, words) -> dict:
    """Return every content section as display lines (indicators as table rows)."""
    return {
        "agenda": body_lines.item_lines(outline.agenda),
        "review": body_lines.review_lines(outline.review),
        "achievements": body_lines.item_lines(outline.achievements),
        "indicators": body_lines.indicator_rows(outline.indicators),
        "discussion": body_lines.speech_lines(outline.discussion, outline, words),
        "directions": body_lines.speech_lines(outline.directions, outline, words),
        "tasks": body_lines.task_lines(outline.tasks),
        "commendations": body_lines.commendation_lines(outline.commendations),
        "conclusion": body_lines.conclusion_lines(outline.conclusion),
        "vote": body_lines.vote_lines(outline.vote, outline.attendees, words),
    }


def organization_context(outline: Outline) -> dict:
    """Return the issuing body, its parent and their lines (a name may be split by the user)."""
    org = outline.organization
    return {
        "name": one_line(org.name),
        "running": unit_text(outline),
        "running_kept": keep_names(unit_text(outline)),
        "code": org.code,
        "parent": one_line(org.parent),
        "name_lines": vf.split_lines(org.name.upper()),
        "parent_lines": vf.split_lines(org.parent.upper()),
    }


def meeting_context(outline: Outline) -> dict:
    """Return the meeting's title, formatted date and times, place and period."""
    m = outline.meeting
    return {
        "title": one_line(m.title),
        "date": vf.format_date(m.date),
        "date_short": vf.format_date_short(m.date),
        "start": vf.format_time(m.start),
        "end": vf.format_time(m.end) if m.end else "",
        "location": inline(m.location),
        "period": vf.format_period(m.period) if m.period else "",
        "closing": closing_time(outline),
        "noun": followup.event_noun(m.title).capitalize(),
        "content": party_content(outline),
        "documents": party_documents(outline),
    }


def party_content(outline: Outline) -> str:
    """HD 16's "- Nội dung:" line: the agenda in one sentence, or the meeting's title."""
    items = [inline(i.text) for i in outline.agenda]
    return "; ".join(lower_first(i) for i in items) if items else followup.meeting_name(outline.meeting.title)


def party_documents(outline: Outline) -> str:
    """HD 16's "- Tài liệu sử dụng trong hội nghị:" line: the reports on the agenda, else dots."""
    found = [followup.heard_item(i.text) for i in outline.agenda]
    found = [f for f in found if f] + [inline(p) for p in outline.invitation.preparation]
    return "; ".join(dict.fromkeys(found)) or "." * 60


def closing_time(outline: Outline) -> str:
    """Return when the meeting ended, for "Cuộc họp kết thúc vào …": blanks when unknown."""
    m = outline.meeting
    if m.end is None:
        return "…… giờ …… cùng ngày"
    if m.end_date and m.end_date != m.date:
        return f"{vf.format_time(m.end)}, {vf.format_date(m.end_date)}"
    return f"{vf.format_time(m.end)} cùng ngày"


def person_context(person: Person | None) -> dict:
    """Return name, position and the "Name - position" line; blanks to fill when absent."""
    if person is None:
        return {"name": "", "position": "", "role": "", "line": BLANK}
    return {
        "name": one_line(person.name),
        "position": inline(person.position),
        "role": inline(person.role),
        "line": vf.person_line(one_line(person.name), inline(person.position)),
    }


def section_numbers(content: dict, style: str, order: tuple[str, ...] = CONTENT_SECTIONS,
                    roman: bool = False) -> dict:
    """Number the sections of ``order`` that have content, so no number is skipped.

    Sections are numbered 1, 2, 3… (I, II, III… when ``roman``). Party minutes
    (HD 16-HD/VPTW) have "1. Thành phần hội nghị" first, put what happened under
    "2. Diễn biến hội nghị" as 2.1, 2.2…, then number the conclusion and the vote.
    """
    present = [name for name in order if content[name]]
    if style != "party" or order != CONTENT_SECTIONS:
        label = vf.roman if roman else str
        numbers = {name: label(i) for i, name in enumerate(present, start=1)}
        return {**{n: numbers.get(n, "") for n in CONTENT_SECTIONS}, "dien_bien": ""}
    events = [name for name in present if name in DIEN_BIEN]
    numbers = {name: f"2.{i}" for i, name in enumerate(events, start=1)}
    top = 3 if events or not present else 2
    for offset, name in enumerate(n for n in present if n not in DIEN_BIEN):
        numbers[name] = str(top + offset)
    dien_bien = "2" if events or not present else ""  # no content at all: lines to fill under it
    return {**{n: numbers.get(n, "") for n in CONTENT_SECTIONS}, "dien_bien": dien_bien}


def recipient_lines(recipients: tuple[str, ...], archive: str) -> list[str]:
    """Return the Nơi nhận lines: "- X;" each, then the archive (Lưu) line ending with "."."""
    lines = [vf.list_line(one_line(r), last=False) for r in recipients]
    return lines + [vf.list_line(one_line(archive), last=True)]
