"""A news item (tin bài) for the agency's web portal, written from the outline.

In the manner of the district portals' "Tin tức" (/work/shared/seeds): headline "Unit:
meeting title", lead "Chiều ngày 18/01/2021, <unit> tổ chức …", paragraphs for results,
key figures, directions, next period's tasks and commendations (left out without data),
byline "<secretary>, <unit>". Figures, dates and counts go through :mod:`minutes.vietnamese.format`.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass, fields, is_dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from minutes.vietnamese import format as vf
from minutes.model import Commendation, Indicator, Item, Outline, Period, Person, Speech
from minutes.documents.naming import capitalize_first, inline, one_line, unit_name
from minutes.vietnamese.periods import next_period
from minutes.documents.wording import wording_for

EVENTS = ("Hội nghị", "Đại hội", "Hội thảo")  # named events keep their capital mid-sentence
PRAISING = ("ghi nhận", "đánh giá cao", "biểu dương", "hoan nghênh", "chúc mừng")
ASKING = ("yêu cầu", "đề nghị", "giao", "chỉ đạo")  # directions that carry their own verb
_md = partial(re.compile(r"([\\`*_\[\]<>&])").sub, r"\\\1")  # backslash before Markdown markup


@dataclass(frozen=True)
class NewsItem:
    """A news item: headline, lead (sapo), body paragraphs and byline ("" when unknown)."""

    headline: str
    lead: str
    paragraphs: tuple[str, ...]
    byline: str


def news_item(outline: Outline) -> NewsItem:
    """Write the news item of ``outline``; paragraphs without data are left out."""
    unit, secretary = unit_name(outline), outline.secretary
    paragraphs = (results_paragraph(outline, unit), figures_paragraph(outline),
                  *(direction_paragraph(s, outline) for s in outline.directions),
                  tasks_paragraph(outline, unit), commendations_paragraph(outline.commendations))
    return NewsItem(
        headline=f"{unit}: {one_line(outline.meeting.title)}",
        lead=lead(outline, unit),
        paragraphs=tuple(p for p in paragraphs if p),
        byline=f"{one_line(secretary.name)}, {unit}" if secretary else "",
    )


def lower_first(text: str) -> str:
    """``text`` to follow a verb: first letter lower case unless it looks like a proper name.

    Kept: a first word in capitals (UBND) or one followed by a capitalised word (Ban
    Thường vụ). A one-word proper name ("Huyện đoàn", "Công ty") is not recognised.
    """
    words = text.split(maxsplit=2) + ["", ""]
    proper = (len(words[0]) > 1 and words[0].isupper()) or words[1][:1].isupper()
    return text if proper else text[:1].lower() + text[1:]


def event_noun(title: str) -> str:
    """How the item names the meeting again: "Hội nghị", "Đại hội", "Hội thảo" or "cuộc họp"."""
    return next((e for e in EVENTS if one_line(title).startswith(e + " ")), "cuộc họp")


def part_of_day(start: dt.time) -> str:
    """"Sáng" before 12:00, "Chiều" until 17:59, "Tối" from 18:00."""
    return "Sáng" if start.hour < 12 else "Chiều" if start.hour < 18 else "Tối"


def format_money(value: int | Decimal | float) -> str:
    """An amount in đồng as the portals write it: in tỷ or triệu when exact to two decimals.

    >>> format_money(1900000000), format_money(1085000000), format_money(1234567)
    ('1,9 tỷ đồng', '1.085 triệu đồng', '1.234.567 đồng')
    """
    amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    for exponent, word in ((9, "tỷ"), (6, "triệu")):
        scaled = amount.scaleb(-exponent)
        if abs(scaled) >= 1 and scaled == scaled.quantize(Decimal("0.01")):
            return f"{vf.format_number(scaled)} {word} đồng"
    return vf.format_number(value) + " đồng"


def _person(person: Person) -> str:
    """"Name - position" on one line."""
    return vf.person_line(one_line(person.name), inline(person.position))


def lead(outline: Outline, unit: str) -> str:
    """When, who held which meeting ("Hội nghị" keeps its capital, as in the seeds), who chaired."""
    m, noun = outline.meeting, event_noun(outline.meeting.title)
    title = one_line(m.title) if noun != "cuộc họp" else lower_first(one_line(m.title))
    opening = f"{part_of_day(m.start)} ngày {vf.format_date_short(m.date)}, {unit} tổ chức {title}."
    return " ".join([opening, f"Đồng chí {_person(outline.chair)} chủ trì {noun}.", *who_came(outline, noun)])


def who_came(outline: Outline, noun: str) -> list[str]:
    """Guests by role ("Dự và chỉ đạo Hội nghị có đồng chí X - position.") and the head count."""
    roles: dict[str, list[str]] = {}
    for guest in outline.guests:
        roles.setdefault(inline(guest.role) or "dự", []).append(_person(guest))
    out = [f"{capitalize_first(role)} {noun} có {'các đồng chí: ' if len(people) > 1 else 'đồng chí '}"
           f"{'; '.join(people)}." for role, people in roles.items()]
    att, person_unit = outline.attendees, wording_for(outline.style).person_unit
    present = len(att.present_people) if att.present_people else att.present
    if present is not None:
        of = f"/{vf.pad2(att.expected)}" if att.expected is not None else ""
        out.append(f"{capitalize_first(noun)} có {vf.pad2(present)}{of} {person_unit} tham dự.")
    return out


def _prose(item: Item, due: bool = False) -> str:
    """One item as a sentence: "Text (thời hạn: d): sub-point; sub-point."."""
    text = inline(item.text)
    if due and item.due:
        text += f" (thời hạn: {vf.format_date_short(item.due)})"
    subs = [inline(s) for s in item.items if inline(s)]
    return vf.end_sentence(f"{text}: {'; '.join(subs)}" if subs else text)


def results_paragraph(outline: Outline, unit: str) -> str:
    """The achievements of the period as flowing prose, or "" when there are none."""
    if not outline.achievements:
        return ""
    period = outline.meeting.period
    when = f"Trong {vf.format_period(period)}" if period else "Thời gian qua"
    return " ".join([f"{when}, {unit} đã đạt được những kết quả sau.", *map(_prose, outline.achievements)])


def figures_paragraph(outline: Outline) -> str:
    """The key figures written out, with the change against last period when known."""
    known = [i for i in outline.indicators if i.value is not None]  # a figure left to fill is not told
    if not known:
        return ""
    period = outline.meeting.period
    when = f" {vf.format_period(period)}" if period else ""
    figures = "; ".join(map(_indicator, known))
    return f"Các số liệu chủ yếu{when} được nêu tại {event_noun(outline.meeting.title)} gồm: {figures}."


def _indicator(i: Indicator) -> str:
    """"Name: figure", plus ", tăng 26,7% so với kỳ trước (figure)" when last period's is known."""
    text = f"{inline(i.name)}: {figure(i.value, i.unit)}"
    if i.previous is None:
        return text
    return f"{text}, {vf.format_change(i.value, i.previous)} so với kỳ trước ({figure(i.previous, i.unit)})"


def figure(value: int | Decimal, unit: str) -> str:
    """A figure with its unit: :func:`format_money` for "đồng", ``format_quantity`` otherwise."""
    return format_money(value) if unit.strip().lower() == "đồng" else vf.format_quantity(value, unit)


def direction_paragraph(speech: Speech, outline: Outline) -> str:
    """"Phát biểu chỉ đạo Hội nghị, đồng chí X - position ghi nhận …. Đồng thời, đồng chí yêu cầu …"."""
    points = [inline(p) for text in speech.content for p in vf.split_lines(text) if inline(p)]
    if not points:
        return ""
    praise = [p for p in points if p.lower().startswith(PRAISING)]
    asks = [p for p in points if p not in praise]
    known = (p for p in (outline.chair, outline.secretary, *outline.guests) if p and p.name == speech.speaker)
    who = next((_person(p) for p in known if p.position), one_line(speech.speaker))
    opening = f"Phát biểu chỉ đạo {event_noun(outline.meeting.title)}, đồng chí {who}"
    if praise:
        opening += " " + "; ".join(map(lower_first, praise)) + "."
    if not asks:
        return opening
    verb = "" if asks[0].lower().startswith(ASKING) else " yêu cầu"
    ask = f"{'Đồng thời, đồng chí' if praise else opening}{verb} {lower_first(asks[0])}."
    return " ".join([opening] * bool(praise) + [ask, *map(vf.end_sentence, asks[1:])])


def tasks_paragraph(outline: Outline, unit: str) -> str:
    """"Năm 2021, <unit> đề ra nhiệm vụ trọng tâm là …", or "" without tasks."""
    if not outline.tasks:
        return ""
    period = outline.meeting.period
    when = capitalize_first(vf.format_period(next_period(period))) if period else "Thời gian tới"
    first, *rest = [_prose(t, due=True) for t in outline.tasks]
    return " ".join([f"{when}, {unit} đề ra nhiệm vụ trọng tâm là {lower_first(first)}", *rest])


def commendations_paragraph(commendations: tuple[Commendation, ...]) -> str:
    """"Dịp này có 01 tập thể … được biểu dương, khen thưởng. Bên cạnh đó, X khen thưởng …"."""
    groups: dict[str, list[str]] = {}
    for c in commendations:
        award = f"{vf.format_count(c.count, one_line(c.recipient))} {lower_first(inline(c.title))}"
        groups.setdefault(inline(c.by), []).append(award)
    plain = groups.pop("", None)
    sentences = [f"Dịp này có {', '.join(plain)} được biểu dương, khen thưởng."] if plain else []
    for by, awards in groups.items():
        opener = "Bên cạnh đó, " if sentences else "Dịp này, "
        sentences.append(f"{opener}{by} khen thưởng {', '.join(awards)}.")
    return " ".join(sentences)


def to_markdown(item: NewsItem) -> str:
    """The item as Markdown: "# headline", bold lead, paragraphs, italic byline; markup escaped."""
    blocks = [f"# {_md(item.headline)}", f"**{_md(item.lead)}**", *map(_md, item.paragraphs)]
    return "\n\n".join(blocks + [f"*{_md(item.byline)}*"] * bool(item.byline)) + "\n"


def to_html(item: NewsItem) -> str:
    """One escaped ``<article lang="vi">`` fragment for the portal's editor (whose page is UTF-8)."""
    e = html.escape
    lines = ['<article lang="vi">', f"<h1>{e(item.headline)}</h1>", f'<p class="lead">{e(item.lead)}</p>']
    lines += [f"<p>{e(p)}</p>" for p in item.paragraphs]
    lines += [f'<p class="byline">{e(item.byline)}</p>'] * bool(item.byline)
    return "\n".join([*lines, "</article>"]) + "\n"
