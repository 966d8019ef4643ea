"""The validated outline as typed, frozen objects (see :mod:`minutes.glossary` for names).

Nothing here parses or formats: :mod:`minutes.outline.fields` builds these objects from
YAML and :mod:`minutes.documents.context` turns them into display text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

STYLES = ("state", "party", "youth")
"""Document styles: NĐ 30/2020 (state), HD 05-HD/VPTW (party), HD 29-HD/TWĐTN-VP (youth)."""

Number = int | Decimal
"""A figure from the outline: whole numbers stay ``int``, others are exact ``Decimal``."""


class ToFill(tuple):
    """An empty list left to fill by hand: its key is written in the outline with no value
    (``achievements:``, as ``minutes next`` leaves it). Empty and falsy like ``()``, but
    the document prints dotted lines for it instead of leaving the section out."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "TO_FILL"


TO_FILL = ToFill()
"""The one :class:`ToFill` value."""


@dataclass(frozen=True, slots=True)
class Person:
    """A person: chủ trì, thư ký, đại biểu. ``role`` is what a guest came for ("dự và chỉ đạo")."""

    name: str
    position: str = ""
    role: str = ""


AUTHORITIES = ("tm", "kt", "tl", "tuq", "q")
"""Quyền hạn ký: thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền (NĐ 30 Phụ lục I II.7)."""


@dataclass(frozen=True, slots=True)
class Signer:
    """Who signs a notice, report or invitation (ô 7): ``authority`` ``on_behalf`` / position / name.

    ``authority`` is one of :data:`AUTHORITIES`; ``on_behalf`` the body or title signed for:
    TM ỦY BAN NHÂN DÂN, KT GIÁM ĐỐC, TL GIÁM ĐỐC.
    """

    name: str
    position: str = ""
    authority: str = ""
    on_behalf: str = ""


@dataclass(frozen=True, slots=True)
class Invitation:
    """What a giấy mời adds to the meeting: documents to prepare, whom to contact (Mẫu 1.7, ô 8)."""

    preparation: tuple[str, ...] = ()
    contact: str = ""


@dataclass(frozen=True, slots=True)
class Absence:
    """Someone who was summoned but absent, with the reason (lý do vắng mặt)."""

    name: str
    reason: str = ""
    position: str = ""


@dataclass(frozen=True, slots=True)
class Organization:
    """Cơ quan ban hành (``name``), its abbreviation (``code``) and cơ quan chủ quản (``parent``)."""

    name: str
    code: str
    parent: str = ""
    in_text: str = ""


@dataclass(frozen=True, slots=True)
class Period:
    """Kỳ báo cáo: a year, quarter (1-4), half (1-2) or month (1-12) of ``year``.

    ``index`` is ``None`` for a whole year.
    """

    kind: str  # "year" | "quarter" | "half" | "month"
    year: int
    index: int | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    """The meeting itself: tên cuộc họp (= trích yếu), when, where, and the period it covers.

    ``date`` and ``start`` are None while left to fill (next period's outline before the
    secretary confirms them): the documents print dotted lines there.
    """

    title: str
    date: dt.date | None
    start: dt.time | None
    location: str
    end: dt.time | None = None
    end_date: dt.date | None = None
    period: Period | None = None


@dataclass(frozen=True, slots=True)
class Attendees:
    """Thành phần tham dự: who was summoned, how many came, who was absent and why.

    ``present`` is a head count; ``present_people`` lists names when the outline gives them;
    ``absent`` is :data:`TO_FILL` when it is left to fill.
    """

    summary: str = ""
    expected: int | None = None
    present: int | None = None
    present_people: tuple[Person, ...] = ()
    absent: tuple[Absence, ...] = ()
    unfilled: tuple[str, ...] = ()
    """Keys written with no value, left to fill by hand ("present", "absent")."""


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a list of content (agenda, achievements, tasks, conclusion).

    ``items`` are its sub-points; tasks also carry ``owner`` and ``due``.
    """

    text: str
    items: tuple[str, ...] = ()
    owner: str = ""
    due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A task of the previous period and how it went (kết quả thực hiện nhiệm vụ kỳ trước)."""

    text: str
    status: str = ""
    owner: str = ""
    due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Indicator:
    """A key figure (số liệu chủ yếu) with its unit and, optionally, last period's value.

    ``value`` is None when it is left to fill (``minutes next`` empties it).
    """

    name: str
    value: Number | None
    unit: str = ""
    previous: Number | None = None


@dataclass(frozen=True, slots=True)
class Speech:
    """A contribution to the discussion or a direction: who spoke and what they said."""

    speaker: str
    content: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Commendation:
    """Khen thưởng: ``count`` recipients of a kind, the title, and who awards it."""

    count: int
    recipient: str
    title: str
    by: str = ""


@dataclass(frozen=True, slots=True)
class Vote:
    """Biểu quyết: how many agreed, were against, abstained; None: left to fill by hand."""

    agree: int | None
    against: int | None = 0
    abstain: int | None = 0


@dataclass(frozen=True, slots=True)
class Outline:
    """One meeting, validated. Built only by :func:`minutes.outline.load.load_outline`.

    A content list written with no value is :data:`TO_FILL` (dotted lines in the document).
    """

    organization: Organization
    meeting: Meeting
    chair: Person
    secretary: Person | None = None
    template: str = "bien-ban"
    style: str = "state"
    place: str = ""
    number: int | None = None
    issued: dt.date | None = None
    guests: tuple[Person, ...] = ()
    attendees: Attendees = field(default_factory=Attendees)
    agenda: tuple[Item, ...] = ()
    review: tuple[ReviewItem, ...] = ()
    achievements: tuple[Item, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    discussion: tuple[Speech, ...] = ()
    directions: tuple[Speech, ...] = ()
    tasks: tuple[Item, ...] = ()
    commendations: tuple[Commendation, ...] = ()
    conclusion: tuple[Item, ...] = ()
    vote: Vote | None = None
    recipients: tuple[str, ...] = ()
    archive: str = ""
    signer: Signer | None = None
    addressee: tuple[str, ...] = ()
    numbers: tuple[tuple[str, int], ...] = ()  # (document name, số) of the notice, report, invitation
    registers: tuple[tuple[str, str], ...] = ()  # (document name, its register's name); others: the main one
    invitation: Invitation = field(default_factory=Invitation)
    file_code: str = ""
    retention: str = ""
    source: str = ""
