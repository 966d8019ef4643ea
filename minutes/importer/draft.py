"""The outline being recovered: values by dotted path, the doubts about them, and notes.

Every step writes into one :class:`Draft`: ``set("meeting.date", "26/8/2025")``,
``doubt("meeting.date", "reason")`` for a value to check, ``note(text)`` for text
that could not be placed. :mod:`minutes.importer.emit` writes it as YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from minutes.glossary import sub_keys, top_keys

ORDER = top_keys()
"""Top-level keys in the order of the table of keys (:data:`minutes.glossary.KEYS`)."""

SUB_ORDER = {top: sub_keys(top) for top in ("organization", "meeting", "attendees")}
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Uncertain:
    """A value the import is not sure of: its dotted path and why, in Vietnamese."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Draft:
    """Values found so far, with their doubts and the notes."""

    data: dict[str, Any] = field(default_factory=dict)
    uncertain: list[Uncertain] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def set(self, path: str, value: Any, unsure: str = "") -> None:
        """Set the value at ``path`` ("meeting.title"); ``unsure`` marks it to check, with the reason."""
        keys = path.split(".")
        node = self.data
        for k in keys[:-1]:
            node = node.setdefault(k, {})
        node[keys[-1]] = value
        if unsure:
            self.doubt(path, unsure)

    def get(self, path: str, default: Any = None) -> Any:
        """The value at ``path`` ("meeting.title", "tasks[0].due"), or ``default``."""
        node: Any = self.data
        for name, index in _STEP.findall(path):
            try:
                node = node[int(index)] if index else node[name]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    def has(self, path: str) -> bool:
        """True when ``path`` holds a value."""
        return self.get(path) not in (None, "", [], {})

    def doubt(self, path: str, reason: str) -> None:
        """Mark the value at ``path`` to be checked, saying why."""
        if not any(u.path == path and u.reason == reason for u in self.uncertain):
            self.uncertain.append(Uncertain(path, reason))

    def note(self, text: str) -> None:
        """Keep text that could not be placed."""
        text = " ".join(text.split())
        if text and text not in self.notes:
            self.notes.append(text)

    def ordered(self) -> dict[str, Any]:
        """The values in the contract's key order, notes last."""
        out = {}
        data = {**self.data, **({"notes": list(self.notes)} if self.notes else {})}
        for k in ORDER:
            if k in data and data[k] not in ("", [], {}):
                value = data[k]
                if k in SUB_ORDER and isinstance(value, dict):
                    value = {s: value[s] for s in SUB_ORDER[k] if s in value and value[s] not in ("", [], {})} | {
                        s: v for s, v in value.items() if s not in SUB_ORDER[k] and v not in ("", [], {})}
                out[k] = value
        for k, v in data.items():
            if k not in out and v not in ("", [], {}):
                out[k] = v
        return out
