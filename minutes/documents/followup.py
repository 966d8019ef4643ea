"""The body of the documents that follow a meeting, as a văn thư issues them.

* Thông báo kết luận (NĐ 30 Mẫu 1.4): who held the meeting, who chaired and attended,
  what was heard; then the conclusions, numbered, with a leader's directions folded in
  ("Tiếp thu ý kiến chỉ đạo của đồng chí …") and the tasks assigned.
* Báo cáo (Mẫu 1.4) sent upward: a "Kính gửi:" block naming the recipients marked
  "(b/c)", and a Nơi nhận starting "- Như trên;" (Phụ lục I, II.9).
* Giấy mời (Mẫu 1.7): dated before the meeting, "Chủ trì:", the notes to heed, and a
  Nơi nhận "- Như thành phần mời;".
"""

from __future__ import annotations

import datetime as dt
import re

from minutes.documents import sections
from minutes.documents.naming import inline, lower_first, one_line
from minutes.documents.signing import relevant_part
from minutes.model import Outline, Person
from minutes.vietnamese import format as vf

FOR_SUPERIORS = re.compile(r"\s*\(\s*b/c\s*\)\s*[.;,]?\s*$", re.IGNORECASE)
"""The "(b/c)" mark of a recipient the document is sent to for report (để báo cáo)."""

EVENTS = ("Hội nghị", "Đại hội", "Hội thảo")
HEARD = ("đánh giá", "sơ kết", "tổng kết", "kiểm điểm")
BLANK_DAY = "……"
DOTS = "." * 110


def event_noun(title: str) -> str:
    """How the meeting is named again: "Hội nghị", "Đại hội", "Hội thảo" or "cuộc họp"."""
    return next((e for e in EVENTS if one_line(title).startswith(e + " ")), "cuộc họp")


def meeting_name(title: str) -> str:
    """The meeting's title to follow a verb: a named event keeps its capital, "Cuộc họp" does not."""
    title = one_line(title)
    return title if event_noun(title) != "cuộc họp" else lower_first(title)


def for_superiors(recipient: str) -> str:
    """``recipient`` without its "(b/c)" mark when it has one, else ""."""
    text = one_line(recipient)
    return FOR_SUPERIORS.sub("", text) if FOR_SUPERIORS.search(text) else ""


def addressees(outline: Outline) -> list[str]:
    """Whom a report is addressed to: ``addressee``, or the recipients marked "(b/c)"."""
    if outline.addressee:
        return [inline(a) for a in outline.addressee]
    return [name for name in map(for_superiors, outline.recipients) if name]


def kinh_gui(names: list[str]) -> str:
    """The text after "Kính gửi:": one name on the line, several each on a line of its own."""
    if len(names) == 1:
        return names[0]
    return "\n" + "\n".join(vf.list_line(n, last=i == len(names) - 1) for i, n in enumerate(names))


def report_recipients(outline: Outline, archive: str, names: list[str]) -> list[str]:
    """Nơi nhận of a report: "- Như trên;" when it has a Kính gửi, then the other recipients."""
    rest = [r for r in outline.recipients if not for_superiors(r) or outline.addressee]
    rest = [r for r in rest if inline(r) not in names]
    lines = ["Như trên"] * bool(names) + [one_line(r) for r in rest]
    return [vf.list_line(x, last=False) for x in lines] + [vf.list_line(archive, last=True)]


def invitation_recipients(archive: str) -> list[str]:
    """Nơi nhận of a giấy mời: those invited, then the archive (Mẫu 1.7)."""
    return [vf.list_line("Như thành phần mời", last=False), vf.list_line(archive, last=True)]


def invitation_date(outline: Outline) -> str:
    """The date line of a giấy mời: ``issued`` when before the meeting, else the day left blank."""
    m = outline.meeting
    if outline.issued and (m.date is None or outline.issued < m.date):
        return vf.format_place_date(outline.place, outline.issued)
    if m.date is None:
        return vf.format_place_date(outline.place, None)
    month = f"{m.date.month:02d}" if m.date.month < 3 else str(m.date.month)
    return f"{outline.place.strip() or vf.PLACE_BLANK}, ngày {BLANK_DAY} tháng {month} năm {m.date.year}"


def invitee_lines(outline: Outline) -> list[str]:
    """Who a giấy mời invites: each guest as "Đồng chí …", then the groups summoned."""
    guests, groups = sections.summary_guests(outline.attendees.summary)
    lines = [f"Đồng chí {_person(g)}" for g in outline.guests]
    lines += [g[:1].upper() + g[1:] for g in filter(None, [guests, *(" ".join(x.split()) for x in groups)])]
    return [vf.list_line(x, last=i == len(lines) - 1) for i, x in enumerate(lines)]


def invitation_context(outline: Outline, org: str, words) -> dict:
    """What the giấy mời prints besides the shared context."""
    invitees = invitee_lines(outline)
    opening = f"{org} trân trọng kính mời:"
    if len(invitees) == 1:
        opening += " " + invitees.pop()[2:]
    elif not invitees:
        opening += " " + "…" * 30
    inv = outline.invitation
    notes = []
    if inv.preparation:
        notes.append("Đề nghị đại biểu nghiên cứu trước, chuẩn bị ý kiến:" if len(inv.preparation) > 1
                      else f"Đề nghị đại biểu chuẩn bị: {lower_first(inline(inv.preparation[0]))}.")
        if len(inv.preparation) > 1:
            notes += [vf.list_line(p, last=i == len(inv.preparation) - 1)
                      for i, p in enumerate(inv.preparation)]
    if inv.contact:
        notes.append(f"Thông tin liên hệ: {inline(inv.contact)}.")
    return {
        "trich_yeu": f"Dự {meeting_name(outline.meeting.title)}",
        "opening": [opening],
        "invitees": invitees,
        "meeting_name": meeting_name(outline.meeting.title),
        "chu_tri": f"đồng chí {_person(outline.chair)}",
        "notes": notes,
        "weekday": vf.format_weekday(outline.meeting.date),
        "invited": "các đồng chí" if words.honorific else "quý đại biểu",
        "dia_danh_ngay": invitation_date(outline),
        "noi_nhan": invitation_recipients(outline.archive or words.archive),
    }


def _person(p: Person) -> str:
    return vf.person_line(one_line(p.name), inline(p.position))


def chair_title(outline: Outline) -> str:
    """The chair's title as the notice names the one who concluded: "đồng chí Chủ tịch …"."""
    part = relevant_part(outline.chair.position, outline.organization.name)
    return f"đồng chí {part}" if part else "người chủ trì"


def heard_item(text: str) -> str:
    """The report an agenda item names ("Thông qua báo cáo X" → "báo cáo X"), or ""."""
    item = inline(text)
    at = item.lower().find("báo cáo ")
    return item[at:] if at >= 0 else ""


def heard(outline: Outline) -> str:
    """What the meeting heard, from the agenda: "báo cáo …" (the first report-like item)."""
    items = [inline(i.text) for i in outline.agenda]
    for item in items:
        if heard_item(item):
            return heard_item(item)
    for verb in HEARD:  # a report of the period before a review of last time's tasks
        for item in items:
            if item.lower().startswith(verb):
                return "báo cáo " + lower_first(item)
    return "báo cáo"


def notice_opening(outline: Outline, org: str) -> list[str]:
    """The notice's opening: when, who held it, who chaired, who attended, what was heard."""
    m, noun = outline.meeting, event_noun(outline.meeting.title)
    first = [f"{vf.format_date(m.date).capitalize()}, tại {inline(m.location)}, {org} tổ chức "
             f"{meeting_name(m.title)}.", f"Đồng chí {_person(outline.chair)} chủ trì {noun}."]
    guests, groups = sections.summary_guests(outline.attendees.summary)
    present = [f"đồng chí {_person(g)}" for g in outline.guests] + [lower_first(guests)] * bool(guests)
    present += [lower_first(" ".join(g.split()).rstrip(".;")) for g in groups]
    if present:
        first.append(f"Tham dự {noun} có {'; '.join(present)}.")
    talk = "ý kiến thảo luận của các đại biểu" if outline.discussion else "ý kiến của các đại biểu"
    second = f"Sau khi nghe {heard(outline)} và {talk}, {chair_title(outline)} kết luận như sau:"
    return [" ".join(first), second]


def notice_lines(outline: Outline, words) -> list[str]:
    """The numbered conclusions of a thông báo kết luận, directions and tasks folded in."""
    points: list[list[str]] = [conclusion_point(item, outline, words) for item in outline.conclusion]
    for speech in outline.directions:
        who = next((p for p in (outline.chair, *outline.guests) if p.name == speech.speaker), None)
        said = [inline(x) for text in speech.content for x in vf.split_lines(text) if inline(x)]
        if not said:
            continue
        if who is outline.chair:
            points.append(["Đồng chí chủ trì chỉ đạo:", *_dashes(said)])
        else:
            name = _person(who) if who else one_line(speech.speaker)
            points.append([f"Tiếp thu ý kiến chỉ đạo của đồng chí {name}:", *_dashes(said)])
    if outline.tasks:
        points.append(["Giao nhiệm vụ cụ thể như sau:", *sections.task_lines(outline.tasks)])
    if not points:
        return [DOTS] * 4
    if len(points) == 1 and len(points[0]) == 1:
        return points[0]
    return [line for i, point in enumerate(points, 1) for line in [f"{i}. {point[0]}", *point[1:]]]


def conclusion_point(item, outline: Outline, words) -> list[str]:
    """One conclusion as a point; "danh sách khen thưởng (nêu trên)" brings the list with it."""
    text = vf.end_sentence(inline(item.text))
    subs = [vf.end_sentence("- " + inline(s)) for s in item.items]
    if re.search(r"danh sách khen thưởng", text, re.IGNORECASE):
        text = re.sub(r"\s*\(?nêu trên\)?", "", text)
        if outline.commendations:
            text = text.rstrip(".") + ":"
            subs += sections.commendation_lines(outline.commendations)
    return [text, *subs]


def _dashes(points: list[str]) -> list[str]:
    return [vf.end_sentence("- " + p) for p in points]


def report_context(outline: Outline, archive: str) -> dict:
    """The report's Kính gửi and Nơi nhận (Phụ lục I, II.9)."""
    names = addressees(outline)
    return {"kinh_gui": kinh_gui(names) if names else "",
            "noi_nhan": report_recipients(outline, archive, names)}


def is_before(d: dt.date | None, meeting: dt.date) -> bool:
    """Whether ``d`` is a date before ``meeting`` (an invitation must be)."""
    return d is not None and d < meeting
