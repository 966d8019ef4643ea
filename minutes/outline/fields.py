"""Validate an outline (đề cương biên bản): parsed YAML -> :class:`minutes.model.Outline`.

The allowed keys of every level are the tables below (the outline's contract, docs/outline.md);
the machinery that walks them is :mod:`minutes.outline.schema`. Every problem in a file is
collected and raised together as one :class:`~minutes.errors.OutlineError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from minutes import model
from minutes.errors import OutlineError, Problem
from minutes.glossary import BY_KEY, KIND_BY_NAME, KINDS, MAIN_KIND, top_keys
from minutes.i18n import _
from minutes.model import TO_FILL
from minutes.outline import consistency
from minutes.outline.schema import (
    INVALID,
    At,
    Checker,
    Convert,
    Field,
    Record,
    choice,
    list_of,
    number,
    parsed,
    record,
    scalar,
    text,
    texts,
    whole,
)
from minutes.vietnamese.parse import parse_absence, parse_date, parse_period, parse_person, parse_time

date = parsed(parse_date)
time = parsed(parse_time)
period = parsed(parse_period)
count = whole(0)
positive = whole(1)


def shorthand(spec: Record, parse: Callable[[str], Any]) -> Convert:
    """A converter for a mapping by ``spec``, or for its one-line text form read by ``parse``."""

    def convert(ch: Checker, at: At) -> Any:
        if isinstance(at.value, Mapping):
            return record(ch, at, spec)
        if isinstance(at.value, list):
            keys = ", ".join(spec.fields)
            return ch.report(
                at, _("danh sách ở chỗ cần một mục; hãy viết một dòng văn bản hoặc nhóm mục con ({keys})").format(
                    keys=keys)
            )
        value = text(ch, at)
        if value is INVALID:
            return value
        try:
            return parse(value)
        except ValueError as exc:
            return ch.report(at, str(exc))

    return convert


def parse_absentee(value: object) -> model.Absence:
    """An absentee: "Họ tên (lý do)", "Họ tên - Chức vụ (lý do)" or "Họ tên - lý do".

    Without brackets, what follows the dash is the reason (it is printed in brackets after
    the name, so nothing typed is lost); with them, it is the position, printed after the name.
    """
    found = parse_absence(value)
    if isinstance(value, str) and "(" not in value and found.position and not found.reason:
        return model.Absence(found.name, found.position)
    return found


def by(spec: Record) -> Convert:
    """A converter for a mapping by ``spec``."""
    return lambda ch, at: record(ch, at, spec)


def _present(ch: Checker, at: At) -> Any:
    """A head count, or the list of people present."""
    value = scalar(ch, at)
    if value is INVALID:
        return value
    if isinstance(value, list | Mapping):
        return list_of(shorthand(PERSON, parse_person))(ch, at)
    if isinstance(value, str) and not value.replace(".", "").isdigit():
        return ch.report(at, _("số người có mặt phải là một số (ví dụ 23) hoặc danh sách người"))
    return count(ch, at)


def _attendees(present: Any = None, absent: Any = (), **rest: Any) -> model.Attendees:
    unfilled = (("present",) if isinstance(present, model.ToFill) else ()) + (
        ("absent",) if isinstance(absent, model.ToFill) else ())
    if isinstance(present, tuple) and not isinstance(present, model.ToFill):
        return model.Attendees(present=len(present), present_people=present, absent=absent, unfilled=unfilled, **rest)
    return model.Attendees(present=None if unfilled[:1] == ("present",) else present, absent=absent,
                           unfilled=unfilled, **rest)


def _commendation(count: int = 1, **rest: Any) -> model.Commendation:
    return model.Commendation(count=count, **rest)


# --- the allowed keys of every level (contract.md §1) ---

PERSON = Record(model.Person, {"name": Field(text, required=True), "position": Field(text)})
GUEST = Record(model.Person, {**PERSON.fields, "role": Field(text)})
ABSENCE = Record(model.Absence, {**PERSON.fields, "reason": Field(text)})
ORGANIZATION = Record(model.Organization, {
    "parent": Field(text),
    "name": Field(text, required=True),
    "code": Field(text, required=True),
    "in_text": Field(text),
})
MEETING = Record(model.Meeting, {
    "title": Field(text, required=True),
    "date": Field(date, required=True, blank=None),
    "start": Field(time, required=True, blank=None),
    "end": Field(time),
    "end_date": Field(date),
    "location": Field(text, required=True),
    "period": Field(period),
})
ATTENDEES = Record(_attendees, {
    "summary": Field(text),
    "expected": Field(count),
    "present": Field(_present, blank=model.TO_FILL),
    "absent": Field(list_of(shorthand(ABSENCE, parse_absentee)), blank=model.TO_FILL),
})
ITEM = Record(model.Item, {
    "text": Field(text, required=True),
    "items": Field(texts),
    "owner": Field(text),
    "due": Field(date),
})
REVIEW = Record(model.ReviewItem, {
    "text": Field(text, required=True),
    "status": Field(text),
    "owner": Field(text),
    "due": Field(date),
})
INDICATOR = Record(model.Indicator, {
    "name": Field(text, required=True),
    "value": Field(number, required=True, blank=None),
    "unit": Field(text),
    "previous": Field(number),
})
SPEECH = Record(model.Speech, {
    "speaker": Field(text, required=True),
    "content": Field(texts, required=True),
})
COMMENDATION = Record(_commendation, {
    "count": Field(positive),
    "recipient": Field(text, required=True),
    "title": Field(text, required=True),
    "by": Field(text),
})
VOTE = Record(model.Vote, {
    "agree": Field(count, required=True, blank=None),
    "against": Field(count, blank=None),
    "abstain": Field(count, blank=None),
})

SIGNER = Record(model.Signer, {
    **PERSON.fields,
    "authority": Field(choice(model.AUTHORITIES)),
    "on_behalf": Field(text),
})

NUMBERED = tuple(kind.name for kind in KINDS if kind.numbered)
"""The documents registered with a số of their own (``numbers``); the biên bản takes ``number``."""
NUMBERS = Record(lambda **given: tuple((k, given[k]) for k in NUMBERED if k in given),
                 {name: Field(positive) for name in NUMBERED})
REGISTERED = (MAIN_KIND, *NUMBERED)
"""The documents that go into a register (sổ), the keys of ``registers``."""


def registers(ch: Checker, at: At) -> Any:
    """``registers``: each numbered kind mapped to the name of its register (sổ)."""
    allowed = ", ".join(REGISTERED)
    if not isinstance(at.value, Mapping):
        return ch.report(at, _("phải là một nhóm mục con, mỗi dòng một loại văn bản và tên sổ của nó, ví dụ "
                               "'bien-ban: Sổ biên bản' (các loại: {allowed})").format(
            allowed=allowed))
    found: list[tuple[str, str]] = []
    for key in at.value:
        child = at.child(key)
        if key not in REGISTERED:
            why = (_("không có số văn bản riêng nên không vào sổ") if key in KIND_BY_NAME
                   else _("không phải loại văn bản"))
            ch.report(child, _("'{key}' {why}; hãy dùng một trong các loại: {allowed}").format(
                key=key, why=why, allowed=allowed),
                      path=f"{at.path}.{key}", of_key=True)
            continue
        name = text(ch, child) if child.value is not None else ""
        if name is INVALID:
            continue
        if not name.strip():
            ch.report(child, _('tên sổ của \'{key}\' đang để trống; hãy ghi tên sổ (ví dụ "Sổ văn bản đi"), '
                               "hoặc xóa cả dòng để loại này dùng sổ chính").format(
                key=key), of_key=child.value is None)
            continue
        found.append((key, name.strip()))
    return tuple(found) if len(found) == len(at.value) else INVALID


INVITATION = Record(model.Invitation, {
    "preparation": Field(texts),
    "contact": Field(text),
})

person = shorthand(PERSON, parse_person)
items = list_of(shorthand(ITEM, model.Item))
speeches = list_of(by(SPEECH))

OWN: dict[str, Field] = {
    "style": Field(choice(model.STYLES)),
    "extends": Field(text, keep=False),  # a shared profile, merged in by minutes.outline.profiles
    "organization": Field(by(ORGANIZATION), required=True),
    "number": Field(positive),
    "meeting": Field(by(MEETING), required=True),
    "chair": Field(person, required=True),
    "secretary": Field(person),
    "guests": Field(list_of(shorthand(GUEST, parse_person))),
    "attendees": Field(by(ATTENDEES), blank=model.Attendees(absent=TO_FILL, unfilled=("present", "absent"))),
    "agenda": Field(items, blank=TO_FILL),
    "review": Field(list_of(shorthand(REVIEW, model.ReviewItem)), blank=TO_FILL),
    "achievements": Field(items, blank=TO_FILL),
    "indicators": Field(list_of(by(INDICATOR)), blank=TO_FILL),
    "discussion": Field(speeches, blank=TO_FILL),
    "directions": Field(speeches, blank=TO_FILL),
    "tasks": Field(items, blank=TO_FILL),
    "commendations": Field(list_of(by(COMMENDATION)), blank=TO_FILL),
    "conclusion": Field(items, blank=TO_FILL),
    "vote": Field(by(VOTE), blank=model.Vote(None, None, None)),
    "signer": Field(shorthand(SIGNER, lambda value: model.Signer(**vars_of(parse_person(value))))),
    "numbers": Field(by(NUMBERS)),
    "registers": Field(registers),
    "invitation": Field(by(INVITATION)),
    "notes": Field(texts, keep=False),  # text `minutes import` could not place; never printed
}
"""The top-level keys read by a converter of their own; a plain key is read by its ``plain``."""
PLAIN: dict[str, Convert] = {"text": text, "texts": texts, "date": date, "whole": positive}
"""How a plain key of the table of keys is read (:attr:`minutes.glossary.Key.plain`)."""

OUTLINE = Record(model.Outline, {
    key: OWN[key] if key in OWN else Field(PLAIN[BY_KEY[key].plain]) for key in top_keys()
}, check=consistency.check)
"""The outline's top level, in the order of the table of keys (:data:`minutes.glossary.KEYS`)."""


def vars_of(person: model.Person) -> dict[str, str]:
    """Return the name and position of a person parsed from the "Name - position" shorthand."""
    return {"name": person.name, "position": person.position}


def validate(node: Any, name: str, *, problems: Iterable[Problem] = (),
             warnings: list[Problem] | None = None) -> model.Outline:
    """Validate an already-parsed outline (a ruamel CommentedMap) and build the Outline.

    Raises OutlineError holding every problem, sorted by position, including the
    ``problems`` already found while reading (duplicated keys). What was repaired
    (legacy encodings, zero-width characters) is added to ``warnings``; without it, the
    relations that could only warn are not checked.
    """
    ch = Checker(name, list(problems), wants_warnings=warnings is not None)
    outline = record(ch, At(node), OUTLINE, source=name)
    if warnings is not None:
        warnings.extend(ch.sorted_warnings())
    if ch.problems or outline is INVALID:
        raise OutlineError(ch.sorted())
    return outline
