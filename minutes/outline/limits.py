"""The limits that keep a hostile YAML file from exhausting time or memory.

:func:`minutes.outline.reader.load` and :func:`~minutes.outline.reader.parse` apply them to every
outline (and every profile it extends):

* **Size**: a file over :data:`MAX_BYTES` (1 MiB) is refused before it is decoded or
  parsed (:func:`check_size`). A real outline is a few KiB.
* **Nesting**: collections nested deeper than :data:`MAX_DEPTH` (20) levels are refused
  (the contract's deepest path, ``achievements[0].items[0]``, is 4). This is checked on
  the parser's event stream, before ruamel's recursive composer could overflow the stack.
* **Aliases** (``&anchor`` / ``*alias``, ``<<: *defaults``) stay allowed, but the nodes
  they would add when expanded are counted (each anchor's expanded size memoised, so
  the count itself is cheap) and a file whose aliases add more than
  :data:`MAX_ALIAS_NODES` (10,000) nodes is refused at the alias that crosses the bound
  ("billion laughs"); an alias inside its own anchor (a cycle) is refused too.
* **Numbers**: a plain integer of more than 4,000 digits is refused (Python will not
  convert it, and no outline needs it).
* **Keys** that are lists or mappings (``? [a, b]``, ``[1]: x``) are refused: no outline
  key is one, and ruamel cannot even hash some of them.

The last four are checked on the event stream (:func:`check_limits`, or :class:`Limits` one
event at a time as the reader's composer takes them), stopping at the first violation, so
a bomb is refused in milliseconds with bounded memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from minutes.i18n import _
from minutes.outline.syntax import fail, fail_at

MAX_BYTES = 1024 * 1024
"""The largest outline read, in bytes (1 MiB)."""
MAX_DEPTH = 20
"""The deepest nesting of mappings and lists allowed."""
MAX_ALIAS_NODES = 10_000
"""The most nodes that aliases may add to a file when expanded."""
MAX_DIGITS = 4000
"""The longest plain integer read (Python refuses to convert beyond 4,300 digits)."""

_STARTS = frozenset(("MappingStartEvent", "SequenceStartEvent"))
_ENDS = frozenset(("MappingEndEvent", "SequenceEndEvent"))
_LONG_INTEGER = re.compile(rf"[-+]?[0-9_]{{{MAX_DIGITS + 1},}}")


def check_size(size: int, name: str) -> None:
    """Refuse a file of ``size`` bytes over :data:`MAX_BYTES` (callers may check before reading it)."""
    if size > MAX_BYTES:
        mib = f"{size / MAX_BYTES:.1f}".replace(".", ",")
        shown = f"{mib} MiB" if mib != "1,0" else f"{size:,} byte".replace(",", ".")
        fail(name, 0, 0, _("tệp đề cương quá lớn ({shown}); giới hạn 1 MiB. Đề cương thường chỉ vài KiB: "
                           "hãy kiểm tra đúng tệp chưa").format(shown=shown))


class _Open:
    """A collection being read: its anchor, its size with aliases expanded, its entries so far."""

    __slots__ = ("anchor", "mapping", "size", "entries")

    def __init__(self, anchor: str | None, mapping: bool):
        self.anchor, self.mapping, self.size, self.entries = anchor, mapping, 1, 0


def check_limits(events: Iterable[Any], name: str) -> None:
    """Refuse deep nesting, alias bombs, alias cycles, huge integers and keys that are lists
    or mappings (see the module docstring).

    Walks the event stream ``events`` (ruamel's or PyYAML's) (no recursion, nothing built) and stops at the
    first violation. Syntax errors are left for the composer to report.
    """
    limits = Limits(name)
    for event in events:
        limits.see(event)


class Limits:
    """The checks of :func:`check_limits`, one event at a time, in the order a parser yields them.

    :func:`minutes.outline.reader.parse` feeds it each event as ruamel's composer takes it,
    so a file is parsed once: the first violation raises before the node it belongs to is
    composed (a nesting too deep before the composer recurses into it).
    """

    __slots__ = ("name", "open", "sizes", "collections", "added")

    def __init__(self, name: str):
        self.name = name
        self.open: list[_Open] = []
        self.sizes: dict[str, int] = {}  # anchor -> node count of its node, aliases expanded
        self.collections: set[str] = set()  # anchors of lists and mappings
        self.added = 0  # nodes that aliases add

    def _entry(self, size: int) -> None:
        if self.open:
            self.open[-1].size += size
            self.open[-1].entries += 1

    def see(self, event: Any) -> None:
        """Check one event; raise OutlineError (at the event) on the first bound crossed."""
        name, open_ = self.name, self.open
        is_key = bool(open_) and open_[-1].mapping and open_[-1].entries % 2 == 0
        kind = type(event).__name__  # ruamel's and PyYAML's events share their names
        if kind in _STARTS:
            if is_key:
                fail_at(name, event, _("khóa không hợp lệ: khóa phải là một chữ (ví dụ 'meeting'), không phải danh "
                                       "sách hay nhóm mục; hãy xóa dấu '?' hoặc dấu ngoặc [ { ở đầu khóa"))
            if len(open_) >= MAX_DEPTH:
                fail_at(name, event, _("các mục lồng nhau quá sâu (hơn {max_depth} cấp); đề cương chỉ cần "
                                       "vài cấp thụt lề, hãy kiểm tra lại thụt lề và dấu ngoặc [ {{").format(
                    max_depth=MAX_DEPTH))
            open_.append(_Open(event.anchor, kind == "MappingStartEvent"))
        elif kind in _ENDS:
            done = open_.pop()
            if done.anchor is not None:
                self.sizes[done.anchor] = done.size
                self.collections.add(done.anchor)
            self._entry(done.size)
        elif kind == "ScalarEvent":
            if event.anchor is not None:
                self.sizes[event.anchor] = 1
                self.collections.discard(event.anchor)
            if not event.style and len(event.value) > MAX_DIGITS and _LONG_INTEGER.fullmatch(event.value):
                fail_at(name, event, _("số quá dài ({count} chữ số); hãy kiểm tra lại giá trị này").format(
                    count=len(event.value)))
            self._entry(1)
        elif kind == "AliasEvent":
            if any(o.anchor == event.anchor for o in open_):
                fail_at(name, event, _("tham chiếu '*{anchor}' nằm bên trong chính neo '&{anchor}' (vòng "
                                       "lặp vô tận); hãy bỏ tham chiếu này").format(
                    anchor=event.anchor))
            if is_key and event.anchor in self.collections:
                fail_at(name, event, _("khóa không hợp lệ: '*{anchor}' là danh sách hay nhóm mục, không "
                                       "dùng làm khóa được").format(
                    anchor=event.anchor))
            size = self.sizes.get(event.anchor, 0)  # an undefined alias is reported by the composer
            self.added += size
            if self.added > MAX_ALIAS_NODES:
                bound = f"{MAX_ALIAS_NODES:_}".replace("_", ".")
                fail_at(name, event, _("các tham chiếu '*' làm đề cương phình ra quá lớn (hơn {bound} mục "
                                       "khi mở rộng); hãy bớt tham chiếu '*{anchor}'").format(
                    bound=bound, anchor=event.anchor))
            self._entry(size)
