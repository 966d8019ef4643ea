"""Answers of ``minutes new`` as YAML: prompt defaults and YAML values from the model, and the outline text.

The ``*_text`` functions turn model values (from an earlier outline) into prompt
defaults, the ``*_yaml`` ones into YAML values; :func:`dump_outline` writes the answers
as a commented YAML 1.2 outline whose comments come from
:data:`minutes.glossary.OUTLINE_TERMS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from minutes import model
from minutes.glossary import OUTLINE_TERMS
from minutes.outline.edit import dumps

HEADER = (
    "Đề cương biên bản, soạn bằng lệnh `minutes new`.\n"
    "Sửa trực tiếp tệp này rồi chạy: minutes check <tệp> và minutes render <tệp>."
)
FLOW = ("vote",)
"""Mappings written on one line: {agree: 22, against: 0, abstain: 0}."""
_NOTES = {t.key: t for t in OUTLINE_TERMS}


# --- model values as prompt defaults and as YAML values ---

def date_text(day: dt.date | None) -> str:
    """26/08/2021 (dd/mm/yyyy), or ""."""
    return f"{day:%d/%m/%Y}" if day else ""


def time_text(moment: dt.time | None) -> str:
    """14:00, or ""."""
    return f"{moment:%H:%M}" if moment else ""


def time_yaml(moment: dt.time) -> DoubleQuotedScalarString:
    """A time quoted for YAML: "14:00"."""
    return DoubleQuotedScalarString(time_text(moment))


def period_text(period: model.Period | None) -> str:
    """2025, Q3/2025, H1/2025 or 9/2025, or ""."""
    if period is None:
        return ""
    prefix = {"year": "", "quarter": "Q", "half": "H", "month": ""}[period.kind]
    return f"{period.year}" if period.index is None else f"{prefix}{period.index}/{period.year}"


def number_text(value: model.Number | None) -> str:
    """A figure the Vietnamese way (1.900.000.000; 87,5), or ""."""
    if value is None:
        return ""
    from minutes.vietnamese.format import format_number

    return format_number(value)


def number_yaml(value: model.Number) -> int | str:
    """A whole number as YAML int; a decimal as Vietnamese text ("87,5"), read back exactly."""
    return value if isinstance(value, int) else number_text(value)


def person_text(person: model.Person | model.Signer | None) -> str:
    """"Họ tên - Chức vụ" (or the name alone), or ""."""
    if person is None:
        return ""
    return f"{person.name} - {person.position}" if person.position else person.name


def guest_yaml(person: model.Person) -> Any:
    """A guest: the shorthand text, or a mapping when there is a role."""
    if not person.role:
        return person_text(person)
    return compact({"name": person.name, "position": person.position, "role": person.role})


def absence_yaml(absence: model.Absence) -> dict[str, Any]:
    """An absentee as a mapping (name, position, reason)."""
    return compact({"name": absence.name, "position": absence.position, "reason": absence.reason})


def item_yaml(item: model.Item) -> Any:
    """An item: plain text, or a mapping with its sub-points, owner and due date."""
    extra = {"items": list(item.items), "owner": item.owner, "due": date_text(item.due)}
    return compact({"text": item.text, **extra}) if any(extra.values()) else item.text


def indicator_yaml(indicator: model.Indicator) -> dict[str, Any]:
    """A key figure as a mapping."""
    value = None if indicator.value is None else number_yaml(indicator.value)  # None: left to fill
    previous = None if indicator.previous is None else number_yaml(indicator.previous)
    return compact({"name": indicator.name, "value": value,
                     "unit": indicator.unit, "previous": previous})


def speech_yaml(speech: model.Speech) -> dict[str, Any]:
    """A contribution or direction: speaker and content (text, or a list of points)."""
    content = speech.content[0] if len(speech.content) == 1 else list(speech.content)
    return {"speaker": speech.speaker, "content": content}


def commendation_yaml(item: model.Commendation) -> dict[str, Any]:
    """A commendation as a mapping."""
    return compact({"count": item.count, "recipient": item.recipient, "title": item.title, "by": item.by})


def signer_yaml(signer: model.Signer) -> dict[str, Any]:
    """Who signs the other documents, as a mapping."""
    return compact({"name": signer.name, "position": signer.position,
                     "authority": signer.authority.upper(), "on_behalf": signer.on_behalf})


def compact(mapping: dict[str, Any]) -> dict[str, Any]:
    """``mapping`` without its empty values."""
    return {k: v for k, v in mapping.items() if v not in (None, "", [], (), {})}


# --- writing ---

def dump_outline(data: Mapping[str, Any]) -> bytes:
    """Return ``data`` as UTF-8 YAML, each glossary key preceded by its Vietnamese comment."""
    root = _node(data, "", 0)
    root.yaml_set_start_comment(HEADER)
    return dumps(root).encode("utf-8")


def _node(value: Any, path: str, depth: int) -> Any:
    """``value`` as ruamel nodes: mappings keep their order; small ones in lists go on one line."""
    if isinstance(value, Mapping):
        node = CommentedMap((k, _node(v, f"{path}.{k}" if path else k, depth + 1)) for k, v in value.items())
        if path in FLOW:
            node.fa.set_flow_style()
        for key in value:
            note = comment(f"{path}.{key}" if path else key)
            if note:
                node.yaml_set_comment_before_after_key(key, before=note, indent=2 * depth)
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_node(v, "", depth + 1) for v in value)
        for entry in seq:
            if isinstance(entry, CommentedMap) and _is_flat(entry):
                entry.fa.set_flow_style()
        return seq
    return value


def _is_flat(mapping: Mapping[str, Any]) -> bool:
    """True for a record of a few short scalars (an indicator, an absentee), not an item or speech."""
    values = list(mapping.values())
    if "text" in mapping or "speaker" in mapping or any(isinstance(v, Mapping | list) for v in values):
        return False
    return sum(len(str(v)) for v in values) < 100


def comment(key: str) -> str:
    """The comment written above ``key``: "term: note" from the glossary, or ""."""
    found = _NOTES.get(key)
    if found is None:
        return ""
    return f"{found.term}: {found.note}" if found.note else found.term
