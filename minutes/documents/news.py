"""A news item (tin bài) for the agency's web portal, written from the outline.

In the manner of the district portals' "Tin tức": a headline with a subject and a verb
("<unit> đánh giá kết quả năm 2020, triển khai nhiệm vụ năm 2021"), a short lead
("Chiều ngày 18/01/2021, <unit> tổ chức …"), then who came, four to six main results,
the leaders' directions in indirect speech, next period's tasks and the commendations
(each left out without data), byline "<secretary>, <unit>". Sentences the item writes
around her words end in ":" over her lines, so they read whatever she typed; amounts
in đồng are in news style ("625 triệu đồng").
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from minutes.documents.followup import is_direction, meeting_name
from minutes.documents.naming import capitalize_first, honoured, inline, one_line, unit_text
from minutes.documents.wording import wording_for
from minutes.model import Indicator, Outline, Period, Person, Speech
from minutes.vietnamese import format as vf
from minutes.vietnamese.linebreak import COUNTED
from minutes.vietnamese.periods import next_period

EVENTS = ("Hội nghị", "Đại hội", "Hội thảo")  # named events keep their capital mid-sentence
_md = partial(re.compile(r"([\\`*_\[\]<>&])").sub, r"\\\1")  # backslash before Markdown markup


@dataclass(frozen=True)
class NewsItem:
    """A news item: headline, lead (sapo), body paragraphs and byline ("" when unknown)."""

    headline: str
    lead: str
    paragraphs: tuple[str, ...]
    byline: str


HEADLINE_WORDS = 20
"""A portal headline stays under about this many words."""


def news_item(outline: Outline) -> NewsItem:
    """Write the news item of ``outline``; paragraphs without data are left out.

    Every sentence the item writes around her words has a frame whose grammar does not
    depend on them (a lead-in ending in ":" over her lines); her words keep their case.
    """
    unit, secretary = unit_text(outline), outline.secretary
    body = [*guests_lines(outline), *results_lines(outline, unit),
            *(line for s in outline.directions for line in direction_lines(s, outline)),
            *tasks_lines(outline, unit), *commendation_lines(outline)]
    return NewsItem(
        headline=headline(outline, unit),
        lead=lead(outline, unit),
        paragraphs=tuple(news_figures(p) for p in body if p),
        byline=f"{one_line(secretary.name)}, {unit}" if secretary else "",
    )


NBSP = "\u00a0"
NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
"""A number on its own (not one that ends a clause with a comma)."""


def keep_numbers(text: str) -> str:
    """``text`` never broken around a number or after a word that counts ("năm 2026", "quý III",
    "6 tháng")."""
    words = text.split()
    out = words[:1]
    for before, word in zip(words, words[1:]):
        glue = word[:1].isdigit() or before in COUNTED or bool(NUMBER.fullmatch(before))
        out.append((NBSP if glue else " ") + word)
    return "".join(out)


def headline(outline: Outline, unit: str) -> str:
    """A news headline with a subject and a verb, from what the outline has (never its title):
    "<unit> đánh giá kết quả <period>, triển khai nhiệm vụ <next>"."""
    period = outline.meeting.period
    later = vf.format_period(next_period(period)) if period else "thời gian tới"
    parts = []
    if outline.achievements or outline.indicators:
        parts.append(f"đánh giá kết quả {vf.format_period(period)}" if period else "đánh giá kết quả công tác")
    if outline.tasks:
        parts.append(f"triển khai nhiệm vụ {later}")
    if not parts:
        parts.append(f"tổ chức {event_noun(outline.meeting.title)}")
    while len(parts) > 1 and len(f"{unit} {', '.join(parts)}".split()) > HEADLINE_WORDS:
        parts.pop()
    return keep_numbers(f"{unit} {', '.join(parts)}")


def event_noun(title: str) -> str:
    """How the item names the meeting again: "Hội nghị", "Đại hội", "Hội thảo" or "cuộc họp"."""
    return next((e for e in EVENTS if one_line(title).startswith(e + " ")), "cuộc họp")


def part_of_day(start: dt.time | None) -> str:
    """"Sáng" before 12:00, "Chiều" until 17:59, "Tối" from 18:00 ("Vào buổi ……" when not known)."""
    if start is None:
        return "Vào buổi ……"
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
    """The sapo: when and where, who held which meeting, who chaired it."""
    m, noun = outline.meeting, event_noun(outline.meeting.title)
    opening = (f"{part_of_day(m.start)} ngày {vf.format_date_short(m.date)}, tại {inline(m.location)}, "
               f"{unit} tổ chức {meeting_name(m.title)}.")
    chair = honoured(outline.chair.name, _person(outline.chair))
    return f"{opening} {capitalize_first(chair)} chủ trì {noun}."


def guests_lines(outline: Outline) -> list[str]:
    """Who came: the guests with their role, then the head count."""
    noun = event_noun(outline.meeting.title)
    guests = [honoured(g.name, _person(g)) + (f" ({inline(g.role)})" if inline(g.role) else "")
              for g in outline.guests]
    out = [vf.end_sentence(f"Tham dự {noun} có: {'; '.join(guests)}")] if guests else []
    att = outline.attendees
    present = len(att.present_people) if att.present_people else att.present
    if present is not None:
        who = "đồng chí" if wording_for(outline.style).honorific else "đại biểu"
        out.append(f"{capitalize_first(noun)} có {vf.pad2(present)} {who} tham dự.")
    return [" ".join(out)] if out else []


MAIN_RESULTS = (4, 6)
"""A news item gives between four and six main results (fewer when the outline has fewer)."""


def results_lines(outline: Outline, unit: str) -> list[str]:
    """The main results: a lead-in, then four to six of her items as she wrote them (an
    item's sub-points as "+ " lines under it), then figures not already told while room is left."""
    if not outline.achievements and not any(i.value is not None for i in outline.indicators):
        return []
    items = [i for i in outline.achievements if inline(i.text)]
    results = [[inline(i.text), *(inline(x) for x in i.items if inline(x))] for i in items]
    if len(results) < MAIN_RESULTS[0] and any(i.items for i in items):  # too few: the sub-points are the results
        results = [[x] for r in results for x in (r[1:] or r[:1])]
    results = results[:MAIN_RESULTS[1]]
    written = " ".join(x for r in results for x in r)
    figures = [_indicator(i, outline.meeting.period) for i in outline.indicators
               if i.value is not None and not _mentioned(i, written)]
    results += [[f] for f in figures[:max(0, MAIN_RESULTS[1] - len(results))]]
    period = outline.meeting.period
    when = f"trong {vf.format_period(period)}" if period else "thời gian qua"
    lines = [f"Theo báo cáo tại {event_noun(outline.meeting.title)}, {when}, {unit} đạt được một số kết quả chính:"]
    for head, *subs in results:
        lines.append(f"- {head.rstrip(':')}:" if subs else vf.end_sentence(f"- {head}"))
        lines += [vf.end_sentence(f"+ {x}") for x in subs]
    return lines


def _mentioned(i: Indicator, text: str) -> bool:
    """Whether ``text`` already gives the figure of ``i`` (in any of its written forms)."""
    value = i.value
    if value is None:  # left to fill: no figure to find
        return False
    forms = {vf.format_number(value), figure(value, i.unit).rsplit(" ", 1)[0]}
    if isinstance(value, int) and 0 <= value < 10:
        forms.add(vf.pad2(value))
    money = format_money(value).removesuffix(" đồng") if i.unit.strip().lower() == "đồng" else ""
    forms |= {money} - {""}
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", text) for f in forms)


def _indicator(i: Indicator, period: Period | None) -> str:
    """"Name: figure", plus the change against the previous period when known."""
    value, previous = i.value, i.previous
    assert value is not None, "only the figures given are written"  # the caller leaves out those to fill
    text = f"{inline(i.name)}: {figure(value, i.unit)}"
    if previous is None:
        return text
    before = f"so với {vf.format_period(previous_period(period))}" if period else "so với kỳ trước đó"
    if i.unit.strip() == "%":
        diff = value - previous
        change = f"tăng {vf.format_number(diff)}" if diff >= 0 else f"giảm {vf.format_number(-diff)}"
        return f"{text}, {change} điểm phần trăm {before}"
    return f"{text}, {vf.format_change(value, previous)} {before}"


def previous_period(period: Period) -> Period:
    """The period before ``period`` (same kind)."""
    if period.kind == "year":
        return Period("year", period.year - 1)
    count = {"quarter": 4, "half": 2, "month": 12}[period.kind]
    if (period.index or 1) == 1:
        return Period(period.kind, period.year - 1, count)
    return Period(period.kind, period.year, (period.index or 1) - 1)


def figure(value: int | Decimal, unit: str) -> str:
    """A figure with its unit: :func:`format_money` for "đồng", "97,5%" for a rate, else quantity."""
    if unit.strip() == "%":
        return f"{vf.format_number(value)}%"
    return format_money(value) if unit.strip().lower() == "đồng" else vf.format_quantity(value, unit)


def direction_lines(speech: Speech, outline: Outline) -> list[str]:
    """A leader's directions as reported speech: "Phát biểu chỉ đạo Hội nghị, đồng chí X nêu
    một số nội dung:" over her points, which may be requests or a leader's own pledge
    ("Công ty bố trí …"); praise and thanks are not directions and are left out."""
    points = [inline(p) for text in speech.content for p in vf.split_lines(text) if inline(p)]
    points = [p for p in points if is_direction(p)]
    if not points:
        return []
    known = (p for p in (outline.chair, outline.secretary, *outline.guests) if p and p.name == speech.speaker)
    person = next((p for p in known if p.position), None)
    who = honoured(person.name, _person(person)) if person else honoured(one_line(speech.speaker))
    lead_in = f"Phát biểu chỉ đạo {event_noun(outline.meeting.title)}, {who} nêu một số nội dung:"
    return [lead_in, *(vf.end_sentence(f"- {p}") for p in points)]


def tasks_lines(outline: Outline, unit: str) -> list[str]:
    """The next period's tasks: "<When>, <unit> xác định các nhiệm vụ trọng tâm:" over her tasks."""
    tasks = [t for t in outline.tasks if inline(t.text)]
    if not tasks:
        return []
    period = outline.meeting.period
    when = capitalize_first(vf.format_period(next_period(period))) if period else "Thời gian tới"
    return [f"{when}, {unit} xác định các nhiệm vụ trọng tâm:",
            *(vf.end_sentence(f"- {inline(t.text).rstrip(':')}") for t in tasks)]


def commendation_lines(outline: Outline) -> list[str]:
    """"Dịp này, <by> khen thưởng:" over "- <title as typed>: 01 tập thể" lines (a danh hiệu
    keeps its case: it begins the line)."""
    groups: dict[str, list[str]] = {}
    for c in outline.commendations:
        title = inline(c.title)
        award = f"- {title[:1].upper()}{title[1:]}: {vf.format_count(c.count, one_line(c.recipient))}"
        groups.setdefault(inline(c.by), []).append(vf.end_sentence(award))
    out: list[str] = []
    for by, awards in groups.items():
        opener = "Bên cạnh đó" if out else "Dịp này"
        out += [f"{opener}, {by} khen thưởng:" if by else f"{opener}, {event_noun(outline.meeting.title)} "
                "biểu dương, khen thưởng:", *awards]
    return out


MONEY = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3}){2,})(?![\d]|[.,]\d)(\s+đồng)")
"""An amount in đồng written in full ("348.000.000 đồng")."""


def news_figures(text: str) -> str:
    """``text`` with amounts in đồng in news style: "348.000.000 đồng" → "348 triệu đồng"."""
    return MONEY.sub(lambda m: format_money(int(m.group(1).replace(".", ""))), text)


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
