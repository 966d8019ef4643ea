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

from minutes.documents import body_lines
from minutes.documents.naming import after_verb, honoured, inline, lower_first, one_line
from minutes.documents.signing import leading_part
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


COMMON_MEETINGS = ("Cuộc họp ", "Phiên họp ", "Buổi họp ", "Buổi làm việc ")
"""Common nouns that may begin a meeting's title: lowered after a verb (never a name)."""


def meeting_name(title: str) -> str:
    """The meeting's title to follow a verb: a named event ("Hội nghị …") as typed, "Cuộc họp
    …" with its common noun lowered, any other title in quotation marks after "cuộc họp",
    so the sentence reads whatever she typed."""
    title = one_line(title).rstrip(" .;:")
    if event_noun(title) != "cuộc họp":
        return title
    if title.startswith(COMMON_MEETINGS):
        return title[:1].lower() + title[1:]
    return f"cuộc họp “{title}”"


PRAISING = ("ghi nhận", "đánh giá cao", "biểu dương", "hoan nghênh", "chúc mừng", "khen ngợi", "cảm ơn")
PLEDGING = ("xin hứa", "hứa", "cam kết", "xin tiếp thu", "tiếp thu", "quyết tâm")
"""Praise and pledges begin with these words: they are not directions to act on."""


def is_direction(point: str) -> bool:
    """Whether a point of a speech asks something to be done (not praise, not a pledge)."""
    low = point.lower()
    return not low.startswith(PRAISING + PLEDGING)


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
    year = str(m.date.year)
    if m.date.day == 1:  # no day of the meeting's month is before it: the month is written by hand
        month = BLANK_DAY
        year = BLANK_DAY if m.date.month == 1 else year
    return f"{outline.place.strip() or vf.PLACE_BLANK}, ngày {BLANK_DAY} tháng {month} năm {year}"


def invitee_lines(outline: Outline) -> list[str]:
    """Who a giấy mời invites: each guest as "Đồng chí …", then the groups summoned."""
    guests, groups = body_lines.summary_guests(outline.attendees.summary)
    lines = [honoured(g.name, _person(g)) for g in outline.guests]
    lines += list(filter(None, [guests, *(" ".join(x.split()) for x in groups)]))
    lines = [x[:1].upper() + x[1:] for x in lines]  # a list line begins a sentence
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
                      else f"Đề nghị đại biểu chuẩn bị: {inline(inv.preparation[0])}.")
        if len(inv.preparation) > 1:
            notes += [vf.list_line(p, last=i == len(inv.preparation) - 1)
                      for i, p in enumerate(inv.preparation)]
    if inv.contact:
        notes.append(f"Thông tin liên hệ: {inline(inv.contact)}.")
    if not notes:  # Mẫu 1.7, ghi chú 8: the line is there, to fill by hand
        notes.append("Các vấn đề cần lưu ý: " + "." * 80)
    return {
        "trich_yeu": f"Dự {meeting_name(outline.meeting.title)}",
        "opening": [opening],
        "invitees": invitees,
        "meeting_name": meeting_name(outline.meeting.title),
        "chu_tri": honoured(outline.chair.name, _person(outline.chair)),
        "luu_y": notes,
        "weekday": vf.format_weekday(outline.meeting.date),
        "invited": "các đồng chí" if words.honorific else "quý đại biểu",
        "dia_danh_ngay": invitation_date(outline),
        "noi_nhan": invitation_recipients(outline.archive or words.archive),
    }


def _person(p: Person) -> str:
    return vf.person_line(one_line(p.name), inline(p.position))


def chair_title(outline: Outline) -> str:
    """Who concluded, as the notice names them: "đồng chí" and the chair's leading position in
    the issuing body when certain (:func:`~minutes.documents.signing.leading_part`), else the
    chair's name as typed."""
    part = leading_part(outline.chair.position, outline.organization.name)
    return f"đồng chí {part}" if part else honoured(one_line(outline.chair.name))


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
    chair = honoured(outline.chair.name, _person(outline.chair))
    first = [f"{vf.format_date(m.date).capitalize()}, tại {inline(m.location)}, {org} tổ chức "
             f"{meeting_name(m.title)}.", f"{chair[:1].upper()}{chair[1:]} chủ trì {noun}."]
    guests, groups = body_lines.summary_guests(outline.attendees.summary)
    present = [honoured(g.name, _person(g)) for g in outline.guests] + [guests] * bool(guests)
    present += [" ".join(g.split()).rstrip(".;") for g in groups]
    if present:
        first.append(f"Thành phần tham dự: {'; '.join(present)}.")
    talk = "ý kiến thảo luận của các đại biểu" if outline.discussion else "ý kiến của các đại biểu"
    second = f"Sau khi nghe {heard(outline)} và {talk}, {chair_title(outline)} kết luận như sau:"
    return [" ".join(first), second]


BACK_REFERENCES = ("nêu trên", "trên đây")
"""Words that point at what comes before: a point with them goes after the tasks."""


def notice_points(outline: Outline) -> list[list[str]]:
    """The notice's points, each a lead line and its lines: conclusions, the chair's and
    other leaders' directions (praise and pledges left out), then the tasks as assignments;
    a point that says "nêu trên" comes after all it may point at."""
    points: list[list[str]] = [conclusion_point(item, outline) for item in outline.conclusion]
    for speech in outline.directions:
        who = next((p for p in (outline.chair, *outline.guests) if p.name == speech.speaker), None)
        said = [inline(x) for text in speech.content for x in vf.split_lines(text) if inline(x)]
        said = [x for x in said if is_direction(x)]
        if not said:
            continue
        if who is outline.chair:
            points += [[vf.end_sentence(x)] for x in said]
        else:
            name = honoured(who.name, _person(who)) if who else honoured(one_line(speech.speaker))
            points.append([f"Tiếp thu ý kiến chỉ đạo của {name}:", *_dashes(said)])
    points += task_points(outline.tasks)
    late = [p for p in points if any(w in p[0].lower() for w in BACK_REFERENCES)]
    return [p for p in points if p not in late] + late


def task_points(tasks) -> list[list[str]]:
    """Tasks as assignments: her task as its own sentence, then "Giao X chủ trì thực hiện,
    hoàn thành trước ngày d." (the tool's words only, so it reads whatever she typed);
    tasks that name nobody are listed under one point, each with its deadline."""
    if body_lines.to_fill(tasks):
        return [["Giao nhiệm vụ:", *body_lines.task_lines(tasks)]]
    points, unowned = [], []
    for task in tasks:
        text, subs = sentence_start(inline(task.text)), [vf.end_sentence("+ " + inline(s)) for s in task.items]
        due = f"hoàn thành trước ngày\u00a0{vf.format_date_short(task.due)}" if task.due else ""  # one unit
        if task.owner:
            giao = f"Giao {after_verb(one_line(task.owner))} chủ trì thực hiện" + (f", {due}" if due else "") + "."
            if subs:
                points.append([text if text.endswith(":") else f"{text}:", *subs, giao])
            else:
                points.append([f"{vf.end_sentence(text)} {giao}"])
        else:
            unowned += [vf.end_sentence(f"- {text.rstrip(':')}" + (f"; {due}" if due else "")), *subs]
    if unowned:
        points.append(["Các nhiệm vụ cần thực hiện:", *unowned])
    return points


def sentence_start(text: str) -> str:
    """``text`` to begin a sentence: its first letter in upper case (orthography, not a guess)."""
    return text[:1].upper() + text[1:]


def notice_lines(outline: Outline, words=None) -> list[str]:
    """The numbered conclusions of a thông báo kết luận, directions and tasks folded in."""
    points = notice_points(outline)
    if not points:
        return [DOTS] * 4
    if len(points) == 1 and len(points[0]) == 1:
        return points[0]
    return [line for i, point in enumerate(points, 1) for line in [f"{i}. {point[0]}", *point[1:]]]


def conclusion_point(item, outline: Outline, words=None) -> list[str]:
    """One conclusion as a point; "danh sách khen thưởng (nêu trên)" brings the list with it."""
    text = vf.end_sentence(inline(item.text))
    subs = [vf.end_sentence("- " + inline(s)) for s in item.items]
    if re.search(r"danh sách khen thưởng", text, re.IGNORECASE):
        text = re.sub(r"\s*\(?nêu trên\)?", "", text)
        if outline.commendations:
            text = text.rstrip(".") + ":"
            subs += body_lines.commendation_lines(outline.commendations)
    return [text, *subs]


def _dashes(points: list[str]) -> list[str]:
    return [vf.end_sentence("- " + p) for p in points]


def report_context(outline: Outline, archive: str) -> dict:
    """The report's Kính gửi and Nơi nhận (Phụ lục I, II.9)."""
    names = addressees(outline)
    several = len(names) > 1
    return {"kinh_gui": names[0] if len(names) == 1 else "",
            "kinh_gui_list": [vf.list_line(n, last=i == len(names) - 1) for i, n in enumerate(names)] * several,
            "noi_nhan": report_recipients(outline, archive, names)}


def is_before(d: dt.date | None, meeting: dt.date) -> bool:
    """Whether ``d`` is a date before ``meeting`` (an invitation must be)."""
    return d is not None and d < meeting
