"""Sentences of the biên bản's body, built from the outline: one string per paragraph.

Each function returns a list of lines; the template prints each line as its own
paragraph, so lists and multi-line texts never become soft line breaks. Items
start with "- ", their sub-points with "+ ".
"""

from __future__ import annotations

from minutes.documents.naming import after_verb, lower_first
from minutes.documents.wording import Wording
from minutes.model import (
    Absence,
    Attendees,
    Commendation,
    Indicator,
    Item,
    Outline,
    Person,
    ReviewItem,
    Speech,
    ToFill,
    Vote,
)
from minutes.vietnamese import format as vf

ITEM, SUB = "- ", "+ "
TITLES = ("Lao động tiên tiến", "Chiến sĩ thi đua", "Tập thể lao động", "Anh hùng", "Giấy khen", "Bằng khen", "“")
"""Danh hiệu and forms of award that keep their capital after a colon."""
FILL = "……"
"""Where one figure is left to fill by hand (a value the outline leaves empty)."""
FILL_LINE = "." * 110
"""A line of dots to write on by hand (as :data:`minutes.documents.context.DOTS`)."""
FILL_LINES = 3
"""How many dotted lines a section left to fill gets."""


def to_fill(values) -> bool:
    """True for a list the outline leaves to fill (its key written with no value)."""
    return isinstance(values, ToFill)


def _blank(value) -> str:
    """A count as printed, or dots when it is left to fill."""
    return FILL if value is None else vf.pad2(value)


def _marked(text: str, marker: str) -> list[str]:
    """Return the lines of ``text``, the first with ``marker``, the last ending a sentence."""
    lines = vf.split_lines(text)
    if not lines:
        return []
    lines[-1] = vf.end_sentence(lines[-1])
    return [marker + lines[0], *lines[1:]]


def item_lines(items: tuple[Item, ...]) -> list[str]:
    """Return "- item" lines, each followed by its "+ sub-point" lines."""
    if to_fill(items):
        return [FILL_LINE] * FILL_LINES
    out: list[str] = []
    for item in items:
        out += _marked(item.text, ITEM)
        for sub in item.items:
            out += _marked(sub, SUB)
    return out


def task_lines(tasks: tuple[Item, ...]) -> list[str]:
    """Return task lines with who leads them and the deadline: "- X (chủ trì: Y; thời hạn: Z)."."""
    if to_fill(tasks):
        return [FILL_LINE] * FILL_LINES
    out: list[str] = []
    for task in tasks:
        lines = _marked(task.text, ITEM)
        details = "; ".join(filter(None, (
            f"chủ trì: {after_verb(' '.join(task.owner.split()))}" if task.owner else "",
            f"thời hạn: {vf.format_date_short(task.due)}" if task.due else "",
        )))
        if details and lines:
            lines[-1] = f"{lines[-1].rstrip('.;')} ({details})."
        out += lines
        for sub in task.items:
            out += _marked(sub, SUB)
    return out


def review_lines(review: tuple[ReviewItem, ...]) -> list[str]:
    """Return last period's tasks with their results; an empty result is left to fill by hand."""
    if to_fill(review):
        return [FILL_LINE] * FILL_LINES
    out = []
    for entry in review:
        text = " ".join(vf.split_lines(entry.text)).rstrip(" .;")
        status = lower_first(" ".join(vf.split_lines(entry.status))) or "……………………"
        out.append(vf.end_sentence(f"{ITEM}{text}: {status}"))
    return out


def conclusion_lines(conclusion: tuple[Item, ...]) -> list[str]:
    """Return the conclusion: plain paragraphs when it is one text, "- " items when a list."""
    if to_fill(conclusion):
        return [FILL_LINE] * FILL_LINES
    if len(conclusion) == 1 and not conclusion[0].items:
        return [vf.end_sentence(line) for line in vf.split_lines(conclusion[0].text)]
    return item_lines(conclusion)


def speech_lines(speeches: tuple[Speech, ...], outline: Outline, words: Wording) -> list[str]:
    """Return who said what: one line for a single point, a "+ " list for several."""
    if to_fill(speeches):
        return [FILL_LINE] * FILL_LINES
    out: list[str] = []
    for speech in speeches:
        speaker = speaker_label(speech.speaker, outline, words)
        points = [line for text in speech.content for line in vf.split_lines(text)]
        if len(points) == 1:
            out.append(vf.end_sentence(f"{ITEM}{speaker}: {lower_first(points[0])}"))
        else:
            out.append(f"{ITEM}{speaker}:")
            out += [vf.end_sentence(SUB + p) for p in points]
    return out


def speaker_label(speaker: str, outline: Outline, words: Wording) -> str:
    """Return the speaker as written, with the position added when the name is a known person."""
    for person in (outline.chair, outline.secretary, *outline.guests):
        if person and person.name == speaker and person.position:
            return _honour(vf.person_line(person.name, person.position), words)
    return speaker


def _honour(text: str, words: Wording) -> str:
    return f"{words.honorific.capitalize()} {text}" if words.honorific else text


def commendation_lines(commendations: tuple[Commendation, ...]) -> list[str]:
    """Return "- [Who] khen thưởng 03 cá nhân: title." lines."""
    if to_fill(commendations):
        return [FILL_LINE] * FILL_LINES
    out = []
    for c in commendations:
        who = f"{c.by} khen thưởng" if c.by else "Khen thưởng"
        title = c.title if c.title.startswith(TITLES) else lower_first(c.title)
        out.append(vf.end_sentence(f"{ITEM}{who} {vf.format_count(c.count, c.recipient)}: {title}"))
    return out


def vote_lines(vote: Vote | None, attendees: Attendees, words: Wording) -> list[str]:
    """Return the vote as one sentence, with the share of those present who agreed."""
    if vote is None:
        return []
    counts = (vote.agree, vote.against, vote.abstain)
    total = attendees.present if attendees.present is not None else (
        len(attendees.present_people) or (None if None in counts else sum(c for c in counts if c is not None)))
    if vote.agree is None or total is None:
        share = FILL
    else:
        share = vf.format_percent(vote.agree / total) if total else "0%"
    return [
        f"Số {words.person_unit} tán thành: {_blank(vote.agree)}/{_blank(total)} ({share}); "
        f"không tán thành: {_blank(vote.against)}; không biểu quyết: {_blank(vote.abstain)}."
    ]


def indicator_rows(indicators: tuple[Indicator, ...]) -> list[dict]:
    """Return the indicators table's rows with Vietnamese number formatting; a value left
    to fill is printed as dots, never as last period's figure."""
    if to_fill(indicators):
        return [{"stt": str(n), "name": FILL, "unit": "", "value": FILL, "previous": "", "change": ""}
                for n in range(1, FILL_LINES + 1)]
    return [
        {
            "stt": str(n),
            "name": i.name,
            "unit": i.unit,
            "value": vf.format_number(i.value) if i.value is not None else FILL,
            "previous": vf.format_number(i.previous) if i.previous is not None else "",
            "change": change(i) if None not in (i.value, i.previous) else "",
        }
        for n, i in enumerate(indicators, start=1)
    ]


def change(i: Indicator) -> str:
    """The change against last period: a rate (unit "%") in "điểm phần trăm", others in per cent."""
    value, previous = i.value, i.previous
    if value is None or previous is None:  # nothing to compare (the table leaves the cell empty)
        return ""
    if i.unit.strip() != "%":
        return vf.format_change(value, previous)
    diff = value - previous
    if not diff:
        return "không đổi"
    word = "tăng" if diff > 0 else "giảm"
    return f"{word} {vf.format_number(diff if diff > 0 else -diff)} điểm phần trăm"


GUEST_LABELS = ("đại biểu mời", "đại biểu mời dự", "khách mời")


def summary_guests(summary: str) -> tuple[str, list[str]]:
    """Split ``attendees.summary`` into its "Đại biểu mời:" part and its other sentences."""
    sentences = _sentences(" ".join(summary.split()))
    labelled = [x.partition(":") for x in sentences]
    found = [i for i, (label, _, body) in enumerate(labelled)
             if body.strip() and label.strip().lower() in GUEST_LABELS]
    if not found:  # nothing to take apart: the summary as typed
        return "", [summary] if summary.strip() else []
    guests = labelled[found[0]][2].strip().rstrip(".;")
    return guests, [x.rstrip(".;") for i, x in enumerate(sentences) if i != found[0]]


def _sentences(text: str) -> list[str]:
    """The sentences of ``text``: a full stop followed by a capital ends one."""
    out: list[str] = []
    for piece in text.split(". "):
        if out and piece[:1].islower():
            out[-1] += ". " + piece
        elif piece.strip():
            out.append(piece.strip())
    return out


def attendance_lines(outline: Outline, words: Wording) -> list[str]:
    """Return the lines under "Thành phần tham dự": guests, who was summoned, present, absent.

    Party minutes with guests split them as HD 16 does: "1.1. Đại biểu chính thức",
    "1.2. Đại biểu mời dự".
    """
    att, unit = outline.attendees, words.person_unit
    invited, groups = summary_guests(att.summary)
    guests = guest_lines(outline.guests, invited)
    members = [line for g in groups for line in _marked(g, ITEM)] if not invited else \
        [vf.end_sentence(ITEM + g) for g in groups]
    members += present_lines(att, unit) + absence_lines(att, unit)
    if outline.style == "party" and guests:
        return ["1.1. Đại biểu chính thức", *members, "1.2. Đại biểu mời dự", *guests]
    return guests + members


def present_lines(att: Attendees, unit: str) -> list[str]:
    """Return the "Có mặt" line (or list)."""
    out: list[str] = []
    if att.present_people:
        out.append(f"{ITEM}Có mặt: {vf.format_count(len(att.present_people), unit)}:")
        out += [vf.list_line(_person(p), last=i == len(att.present_people) - 1, marker="+")
                for i, p in enumerate(att.present_people)]
    elif att.present is not None or "present" in att.unfilled:
        of = f"/{vf.pad2(att.expected)}" if att.expected is not None else ""
        out.append(f"{ITEM}Có mặt: {_blank(att.present)}{of} {unit}.")
    return out


def absentee(absence: Absence) -> str:
    """One absentee as written after "Vắng mặt": "Name - position (reason)", each part when given."""
    who = vf.person_line(absence.name, absence.position)
    return f"{who} ({absence.reason})" if absence.reason else who


def absence_lines(att: Attendees, unit: str) -> list[str]:
    """Return the "Vắng mặt" line: how many, who and why (dots where left to fill)."""
    if to_fill(att.absent) or ("present" in att.unfilled and not att.absent):
        return [f"{ITEM}Vắng mặt: {FILL} {unit}: {FILL_LINE[:60]}"]
    count = len(att.absent)
    if att.expected is not None and att.present is not None:
        count = max(count, att.expected - att.present)
    if not count:
        return []
    names = "; ".join(absentee(a) for a in att.absent)
    return [f"{ITEM}Vắng mặt: {vf.format_count(count, unit)}" + (f": {names}." if names else ".")]


def guest_lines(guests: tuple[Person, ...], others: str = "") -> list[str]:
    """Return the invited guests: one line for one guest, a "+ " list for several.

    ``others`` are guests the summary names as a group ("lãnh đạo các ban Đảng…"); they
    join the same line, so "Đại biểu mời dự" is printed once.
    """
    names = [_person(g) for g in guests] + [others[:1].upper() + others[1:]] * bool(others)
    if len(names) == 1:
        return [vf.end_sentence(f"{ITEM}Đại biểu mời dự: {names[0] if guests else lower_first(others)}")]
    if not names:
        return []
    lines = [vf.list_line(n, last=i == len(names) - 1, marker="+") for i, n in enumerate(names)]
    return [f"{ITEM}Đại biểu mời dự:", *lines]


def _person(p: Person) -> str:
    text = vf.person_line(p.name, p.position)
    return f"{text} ({p.role})" if p.role else text
