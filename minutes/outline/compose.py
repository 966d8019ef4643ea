"""One fast pass from YAML text to plain containers: libyaml's events, our own YAML 1.2 schema.

:func:`compose` reads ``text`` with libyaml's C parser (through PyYAML), checks the
limits of :mod:`minutes.outline.limits` on the events as they come, and builds the
document from the same events: :class:`Map` and :class:`Seq` (a dict and a list
that carry a ruamel-style ``lc`` with every key's and item's 0-based line and
column), and scalars resolved by the **YAML 1.2** rules that ruamel applies
(``14:00``, ``no`` and ``on`` stay text, ``05`` is 5, ``1.248`` a float,
``2025-02-05`` a date). A number keeps the text it was written as
(:attr:`Int.source`, :attr:`Float.source`). Duplicated keys are found on the way
(the first value is kept); ``<<`` merge keys are applied as ruamel does.

The fast pass covers what outlines are made of. It returns None (and the caller
reads the file with ruamel instead, which words every error as before) when
libyaml reports a problem, when a tag is written (``!!int``, ``!foo``), or when
the text holds a character that YAML 1.1 and 1.2 read differently (NEL, U+2028,
U+2029 are line breaks only in 1.1).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

try:  # PyYAML with libyaml; without it every file takes ruamel's path
    from yaml._yaml import CParser as _CParser
    from yaml.error import YAMLError as _YAMLError
    from yaml.events import (
        AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent,
    )
except ImportError:  # pragma: no cover (PyYAML is a dependency; a build without libyaml lacks CParser)
    _CParser = None

from minutes.outline.scalars import Float, Int, Unresolved, resolve  # noqa: F401 (Int, Float re-exported)

_NOT_11 = re.compile("[\x85\u2028\u2029]")


class LineCol:
    """Positions in the style of ruamel's ``lc``: ``line``/``col`` of the container and
    ``data`` {key: [key line, key col, value line, value col]} or {index: [line, col]}."""

    __slots__ = ("line", "col", "data")

    def __init__(self, line: int, col: int):
        self.line, self.col, self.data = line, col, {}

    def key(self, key: Any) -> tuple[int, int]:
        """0-based (line, column) of mapping key ``key``."""
        found = self.data[key]
        return found[0], found[1]

    def value(self, key: Any) -> tuple[int, int]:
        """0-based (line, column) of the value under ``key``."""
        found = self.data[key]
        return found[2], found[3]

    def item(self, index: int) -> tuple[int, int]:
        """0-based (line, column) of list item ``index``."""
        found = self.data[index]
        return found[0], found[1]


class Map(dict):
    """A YAML mapping: a dict with the positions of its keys and values in ``lc``."""

    __slots__ = ("lc",)


class Seq(list):
    """A YAML sequence: a list with the positions of its items in ``lc``."""

    __slots__ = ("lc",)


# --- events to containers ---


class _Fallback(Exception):
    """The fast pass cannot read this text the way ruamel would: let ruamel read it."""


def available() -> bool:
    """True when libyaml's C parser can be used."""
    return _CParser is not None


def compose(text: str, name: str, check: Callable[[Iterator[Any], str], None],
            duplicates: list[tuple[int, int, str, str, int]]) -> Any:
    """Return the document of ``text`` (None when the fast pass cannot read it: see the module).

    ``check`` is called first with the event stream (as it is read) and may raise to
    refuse the file. Each duplicated key is appended to ``duplicates`` as (1-based line,
    column, dotted path, key as written, line of its first occurrence).
    """
    if _CParser is None or _NOT_11.search(text):
        return None
    events: list[Any] = []
    parser = _CParser(text)
    try:
        check(_record(parser, events), name)
        return _Composer(events, name, duplicates, text).document()
    except (_YAMLError, _Fallback, Unresolved):
        return None
    finally:
        parser.dispose()


def _record(parser: Any, events: list[Any]) -> Iterator[Any]:
    """The events of ``parser`` one by one, each also kept in ``events``."""
    while parser.check_event():
        event = parser.get_event()
        if getattr(event, "tag", None) is not None:
            raise _Fallback
        events.append(event)
        yield event


class _Composer:
    """Builds the document from a recorded event list (one document: else fallback)."""

    def __init__(self, events: list[Any], name: str, duplicates: list[Any], text: str):
        self.events, self.index, self.name, self.duplicates = events, 0, name, duplicates
        self.text, self.lines = text, None
        self.anchors: dict[str, Any] = {}
        self.marks: dict[str, tuple[int, int]] = {}  # anchor -> where its node starts

    def document(self) -> Any:
        events = self.events
        starts = [i for i, e in enumerate(events) if type(e).__name__ == "DocumentStartEvent"]
        if len(starts) != 1:
            raise _Fallback  # empty file or several documents: ruamel words it
        self.index = starts[0] + 1
        return self.node("")

    def node(self, path: str) -> Any:
        event = self.events[self.index]
        self.index += 1
        kind = type(event)
        if kind is ScalarEvent:
            value = resolve(event.value) if event.implicit[0] else event.value
        elif kind is AliasEvent:
            if event.anchor not in self.anchors:
                raise _Fallback
            return self.anchors[event.anchor]
        elif kind is MappingStartEvent:
            value = self.mapping(event, path)
        elif kind is SequenceStartEvent:
            value = self.sequence(event, path)
        else:
            raise _Fallback
        if event.anchor is not None:
            self.anchors[event.anchor] = value
            self.marks[event.anchor] = self.place(self.index - 1)
        return value

    def place(self, index: int, value: bool = False) -> tuple[int, int]:
        """Where ruamel places the node of event ``index``: an alias at its anchor's node, an
        empty block-mapping value with nothing after it on its line at what follows it."""
        event = self.events[index]
        if value and type(event) is ScalarEvent and not event.value and event.implicit[0] and self._line_ends(event):
            event = self.events[index + 1]
        elif type(event) is AliasEvent:
            return self.marks.get(event.anchor) or (event.start_mark.line, event.start_mark.column)
        return event.start_mark.line, event.start_mark.column

    def _line_ends(self, event: Any) -> bool:
        """True when nothing but blanks follows ``event`` on its line (no comment, no flow)."""
        if self.lines is None:
            self.lines = self.text.split("\n")
        mark = event.start_mark
        rest = self.lines[mark.line][mark.column:] if mark.line < len(self.lines) else ""
        return not rest.strip()

    def sequence(self, start: Any, path: str) -> Seq:
        seq = Seq()
        seq.lc = lc = LineCol(start.start_mark.line, start.start_mark.column)
        if start.anchor is not None:
            self.anchors[start.anchor] = seq
        events = self.events
        while type(events[self.index]) is not SequenceEndEvent:
            lc.data[len(seq)] = list(self.place(self.index))
            seq.append(self.node(f"{path}[{len(seq)}]"))
        self.index += 1
        return seq

    def mapping(self, start: Any, path: str) -> Map:
        mapping = Map()
        mapping.lc = lc = LineCol(start.start_mark.line, start.start_mark.column)
        if start.anchor is not None:
            self.anchors[start.anchor] = mapping
        events, merges, first = self.events, [], {}
        while type(events[self.index]) is not MappingEndEvent:
            key_event = events[self.index]
            if type(key_event) is not ScalarEvent:
                raise _Fallback  # an alias as a key: rare, ruamel reads it
            raw = key_event.value
            key = self.node("")
            if key is None or isinstance(key, (bool, int, float)):
                key = raw or "null"  # keys are text as typed: `null:` is 'null', `1:` and `true:` are two keys
            label = f"{path}.{raw}" if path else raw
            value_line, value_col = self.place(self.index, value=True)
            value = self.node(label)
            if raw == "<<" and key_event.implicit[0]:
                merges.append(value)
                continue
            kmark = key_event.start_mark
            if raw in first:
                self.duplicates.append((kmark.line + 1, kmark.column + 1, label, raw, first[raw]))
                if key in mapping:
                    continue  # the first value is kept
            first.setdefault(raw, kmark.line + 1)
            mapping[key] = value
            lc.data[key] = [kmark.line, kmark.column, value_line, value_col]
        self.index += 1
        for merged in merges:
            _merge(mapping, merged)
        return mapping


def _merge(mapping: Map, merged: Any) -> None:
    """Apply ``<<: value``: keys of the merged mapping(s) that ``mapping`` lacks, the first wins."""
    sources = merged if isinstance(merged, list) else [merged]
    for source in sources:
        if not isinstance(source, dict):
            raise _Fallback  # ruamel reports a merge of something else
        for key, value in source.items():
            if key not in mapping:
                mapping[key] = value
