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


FORM_WORDS = (
    # advice about the YAML file, said as what to do in the form
    (re.compile(r"\s*\(ghi chú TODO\);?\s*điền xong hãy xóa ghi chú này"), ""),
    (re.compile(r"hãy điền trước khi in, hoặc xóa cả dòng nếu không dùng"), "hãy điền ô này trước khi in"),
    (re.compile(r"\(ghi chú TODO\)"), ""),
)


def form_words(message: str) -> str:
    """A loader message as the form says it: outline keys named by their labels, advice about
    comments and lines of the YAML file said as what to do in the form."""
    for pattern, words in FORM_WORDS:
        message = pattern.sub(words, message)

    def named(match: re.Match) -> str:
        key = re.sub(r"\[\d+\]", "", match.group(2))
        term = (label_of(match.group(2)) if "[" in match.group(2) else
                glossary.field_term(key) or glossary.term(key))
        return f"{match.group(1)}{term}{match.group(3)}" if term else match.group(0)

    message = re.sub(r"(['\"“]?)\b([a-z_]+(?:\[\d+\])?(?:\.[a-z_-]+(?:\[\d+\])?)*)\b(['\"”]?)",
                     lambda m: named(m) if m.group(1) or "_" in m.group(2) or "." in m.group(2)
                     or m.group(2) in KEY_WORDS else m.group(0), message)
    return message.strip()


KEY_WORDS = frozenset(spec.key for spec in SPECS if "." not in spec.key) - {"place", "number", "template"}
"""Outline keys that are English words: named by their label when a message quotes them."""


def place(problems: list[Problem], values: dict) -> tuple[dict[str, list[str]], list[Note]]:
    """Return the messages by box name, and every problem for the summary at the top."""
    known = anchors(values)
    beside: dict[str, list[str]] = {}
    notes: list[Note] = []
    for problem in problems:
        anchor = anchor_of(problem.path, known)
        message = form_words(problem.message)
        if anchor:
            beside.setdefault(anchor, []).append(message)
        notes.append(Note(anchor, label_of(problem.path), message))
    return beside, notes
