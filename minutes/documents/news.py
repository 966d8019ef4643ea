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
from dataclasses import fields, is_dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from minutes import dataclass
from minutes.vietnamese import format as vf
from minutes.model import Commendation, Indicator, Item, Outline, Period, Person, Speech
from minutes.documents.naming import capitalize_first, inline, lower_first, one_line, unit_name
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


HEADLINE_WORDS = 20
"""A portal headline stays under about this many words."""


def news_item(outline: Outline) -> NewsItem:
    """Write the news item of ``outline``; paragraphs without data are left out."""
    unit, secretary = unit_name(outline), outline.secretary
    body = [results_paragraph(outline, unit),
            *(direction_paragraph(s, outline) for s in outline.directions),
            tasks_paragraph(outline, unit), commendations_paragraph(outline.commendations)]
    body.insert(1, figures_paragraph(outline, " ".join(body)))
    return NewsItem(
        headline=headline(outline, unit),
        lead=lead(outline, unit),
        paragraphs=tuple(p for p in body if p),
        byline=f"{one_line(secretary.name)}, {unit}" if secretary else "",
    )


def headline(outline: Outline, unit: str) -> str:
    """"Unit: title" as the portals write it, cut at a joint of meaning to stay short."""
    title = one_line(outline.meeting.title)
    for text in (f"{unit}: {title}", title):
        if len(text.split()) <= HEADLINE_WORDS:
            return text
    for joint in (" và ", ", "):
        short = title.split(joint)[0]
        for text in (f"{unit}: {short}", short):
            if len(text.split()) <= HEADLINE_WORDS:
                return text
    return " ".join(title.split()[:HEADLINE_WORDS])


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
    """Who held which meeting, when and where; who chaired; who came ("Hội nghị" keeps its capital)."""
    m, noun = outline.meeting, event_noun(outline.meeting.title)
    title = one_line(m.title) if noun != "cuộc họp" else lower_first(one_line(m.title))
    opening = (f"{part_of_day(m.start)} ngày {vf.format_date_short(m.date)}, tại {inline(m.location)}, "
               f"{unit} tổ chức {title}.")
    return " ".join([opening, f"Đồng chí {_person(outline.chair)} chủ trì {noun}.", *who_came(outline, noun)])


def who_came(outline: Outline, noun: str) -> list[str]:
    """Guests by role ("Dự và chỉ đạo Hội nghị có đồng chí X - position.") and the head count."""
    roles: dict[str, list[str]] = {}
    for guest in outline.guests:
        roles.setdefault(inline(guest.role) or "dự", []).append(_person(guest))
    out = [f"{capitalize_first(role)} {noun} có {'các đồng chí: ' if len(people) > 1 else 'đồng chí '}"
           f"{'; '.join(people)}." for role, people in roles.items()]
    att = outline.attendees
    present = len(att.present_people) if att.present_people else att.present
    if present is not None:
        who = "đồng chí" if wording_for(outline.style).honorific else "đại biểu"
        out.append(f"{capitalize_first(noun)} có {vf.pad2(present)} {who} tham dự.")
    return out


def _clause(item: Item, due: bool = False) -> str:
    """One item as a clause: "text, gồm: sub-point; sub-point", a deadline as "trước ngày d"."""
    text = inline(item.text)
    subs = [lower_first(inline(s)) for s in item.items if inline(s)]
    if subs:
        text = f"{text}, gồm: {'; '.join(subs)}"
    if due and item.due:
        text += f" trước ngày {vf.format_date_short(item.due)}"
    return text


def has_subject(text: str) -> bool:
    """Whether ``text`` starts with its own subject (a name: "Mặt trận và các tổ chức…")."""
    return bool(text) and lower_first(text) == text and text[:1].isupper()


SHORT_NAMES = (("ỦY BAN MẶT TRẬN", "Mặt trận"), ("ỦY BAN MTTQ", "Mặt trận"), ("CÔNG ĐOÀN", "Công đoàn"),
               ("BCH ĐOÀN", "Đoàn"), ("ĐOÀN", "Đoàn"), ("ĐẢNG ỦY", "Đảng ủy"), ("ĐẢNG BỘ", "Đảng bộ"),
               ("CHI BỘ", "Chi bộ"), ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"), ("UBND", "Ủy ban nhân dân"))
CONNECTORS = ("{} cũng", "Bên cạnh đó, {}", "Đồng thời, {}", "Ngoài ra, {}", "Cùng với đó, {}", "{} còn")


def short_name(outline: Outline) -> str:
    """How the item names the body again after the first time: "Mặt trận", "Công đoàn", "đơn vị"."""
    name = " ".join(outline.organization.name.upper().split())
    return next((short for start, short in SHORT_NAMES if name.startswith(start)), "đơn vị")


def results_paragraph(outline: Outline, unit: str) -> str:
    """The achievements of the period as sentences, each with its subject, or ""."""
    if not outline.achievements:
        return ""
    period = outline.meeting.period
    when = f"Trong {vf.format_period(period)}, " if period else "Thời gian qua, "
    short, sentences = short_name(outline), []
    for n, item in enumerate(outline.achievements):
        who = unit if n == 0 else short
        subs = [lower_first(inline(s)) for s in item.items if inline(s)]
        if subs:
            sentence = f"về {lower_first(inline(item.text))}, {who} đã {'; '.join(subs)}"
        elif has_subject(inline(item.text)):
            sentence = inline(item.text)
        else:
            verb = f"{who} đã" if n == 0 else CONNECTORS[(n - 1) % len(CONNECTORS)].format(who)
            sentence = f"{verb} {lower_first(inline(item.text))}"
        sentences.append(vf.end_sentence(capitalize_first(when + sentence if n == 0 else sentence)))
    return " ".join(sentences)


def figures_paragraph(outline: Outline, written: str) -> str:
    """The key figures the other paragraphs do not already give, each once, with its change."""
    said = [_indicator(i, outline.meeting.period) for i in outline.indicators
            if i.value is not None and not _mentioned(i, written)]  # a figure left to fill is not told
    return " ".join(vf.end_sentence(capitalize_first(s)) for s in said)


def _mentioned(i: Indicator, text: str) -> bool:
    """Whether ``text`` already gives the figure of ``i`` (in any of its written forms)."""
    forms = {vf.format_number(i.value), figure(i.value, i.unit).rsplit(" ", 1)[0]}
    if isinstance(i.value, int) and 0 <= i.value < 10:
        forms.add(vf.pad2(i.value))
    money = format_money(i.value).removesuffix(" đồng") if i.unit.strip().lower() == "đồng" else ""
    forms |= {money} - {""}
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", text) for f in forms)


def _indicator(i: Indicator, period: Period | None) -> str:
    """"Name đạt figure", plus the change against the previous period when known."""
    text = f"{inline(i.name)} đạt {figure(i.value, i.unit)}"
    if i.previous is None:
        return text
    before = f"so với {vf.format_period(previous_period(period))}" if period else "so với kỳ trước đó"
    if i.unit.strip() == "%":
        diff = i.value - i.previous
        change = f"tăng {vf.format_number(diff)}" if diff >= 0 else f"giảm {vf.format_number(-diff)}"
        return f"{text}, {change} điểm phần trăm {before}"
    return f"{text}, {vf.format_change(i.value, i.previous)} {before}"


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


def direction_paragraph(speech: Speech, outline: Outline) -> str:
    """A leader's directions in indirect speech: praise, then requests, a pledge as "cho biết"."""
    points = [inline(p) for text in speech.content for p in vf.split_lines(text) if inline(p)]
    if not points:
        return ""
    known = (p for p in (outline.chair, outline.secretary, *outline.guests) if p and p.name == speech.speaker)
    who = next((_person(p) for p in known if p.position), one_line(speech.speaker))
    praise = [lower_first(p) for p in points if p.lower().startswith(PRAISING)]
    rest = [p for p in points if not p.lower().startswith(PRAISING)]
    sentences = [f"Phát biểu chỉ đạo {event_noun(outline.meeting.title)}, đồng chí {who}"
                 + (f" {' và '.join(praise)}." if praise else " nêu một số nội dung.")]
    asks: list[str] = []
    for point in rest:
        if point.lower().startswith(ASKING):
            sentences.append(f"Đồng chí {lower_first(point)}" + "." * (not point.endswith(".")))
        elif has_subject(point):
            sentences.append(vf.end_sentence(f"Đồng chí cho biết {point}"))
        else:
            asks.append(lower_first(point))
    for n in range(0, len(asks), 3):
        lead_in = ("Đồng thời, đồng chí yêu cầu", "Đồng chí cũng đề nghị", "Bên cạnh đó, đồng chí lưu ý cần")
        sentences.insert(1 + n // 3, vf.end_sentence(f"{lead_in[min(n // 3, 2)]} {'; '.join(asks[n:n + 3])}"))
    return " ".join(sentences)


def tasks_paragraph(outline: Outline, unit: str) -> str:
    """"Năm 2021, <unit> đề ra nhiệm vụ trọng tâm là …", or "" without tasks."""
    if not outline.tasks:
        return ""
    period = outline.meeting.period
    when = capitalize_first(vf.format_period(next_period(period))) if period else "Thời gian tới"
    clauses = [lower_first(_clause(t, due=True)) for t in outline.tasks]
    return vf.end_sentence(f"{when}, {unit} tập trung thực hiện các nhiệm vụ trọng tâm: {'; '.join(clauses)}")


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
