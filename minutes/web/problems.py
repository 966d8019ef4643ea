"""Put each problem of the loader beside the box it is about (from its dotted path)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes import glossary
from minutes.errors import Problem
from minutes.web.fields import SPECS, capital

GROUPS = {"organization": "organization.name", "meeting": "meeting.title", "attendees": "attendees.summary",
          "vote": "vote.agree"}


@dataclass(frozen=True)
class Note:
    """One problem as the summary lists it: the box it belongs to, its label, the message."""

    anchor: str
    label: str
    message: str


def anchors(values: dict) -> dict[str, str]:
    """Every dotted name a problem may carry, mapped to the box (or list) it is shown beside."""
    found: dict[str, str] = dict(GROUPS)
    for spec in SPECS:
        value = values.get(spec.key)
        if spec.kind == "person":
            found[spec.key] = f"{spec.key}.{spec.subs[0].name}"
            found.update({f"{spec.key}.{sub.name}": f"{spec.key}.{sub.name}" for sub in spec.subs})
        elif spec.kind == "list":
            found[spec.key] = spec.key
            for i in range(len(value or ())):
                found[f"{spec.key}.{i}"] = f"{spec.key}.{i}.{spec.subs[0].name}"
                found.update({f"{spec.key}.{i}.{sub.name}": f"{spec.key}.{i}.{sub.name}" for sub in spec.subs})
        else:
            found[spec.key] = spec.key
    return found


def anchor_of(path: str, known: dict[str, str]) -> str:
    """The box a problem at ``path`` (``agenda[2].items[1]``) is shown beside; "" for none."""
    tokens = re.sub(r"\[(\d+)\]", r".\1", path).split(".") if path else []
    while tokens:
        name = ".".join(tokens)
        if name in known:
            return known[name]
        tokens.pop()
    return ""


def label_of(path: str) -> str:
    """How a problem's place is named in the summary: "Ngày họp", "Nhiệm vụ kỳ tới, mục 3"."""
    if not path:
        return ""
    rows = re.findall(r"\[(\d+)\]", path)
    label = capital(glossary.field_term(path) or glossary.term(path) or path)
    owner = glossary.term(path)
    if rows:
        where = f"{capital(owner)}, mục {int(rows[0]) + 1}"
        return where if label.lower() == owner.lower() else f"{where}: {label.lower()}"
    return label


def place(problems: list[Problem], values: dict) -> tuple[dict[str, list[str]], list[Note]]:
    """Return the messages by box name, and every problem for the summary at the top."""
    known = anchors(values)
    beside: dict[str, list[str]] = {}
    notes: list[Note] = []
    for problem in problems:
        anchor = anchor_of(problem.path, known)
        if anchor:
            beside.setdefault(anchor, []).append(problem.message)
        notes.append(Note(anchor, label_of(problem.path), problem.message))
    return beside, notes
