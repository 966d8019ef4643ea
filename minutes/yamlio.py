"""Reading YAML safely: bytes to text, text to ruamel's round-trip nodes, positions.

Every outline (and, later, every profile it extends) is read through :func:`load`,
so the limits that keep a hostile file from exhausting time or memory are here:

* **Size**: a file over :data:`MAX_BYTES` (1 MiB) is refused before it is decoded or
  parsed. A real outline is a few KiB.
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

A scalar that YAML would type but ruamel cannot convert (``2025-02-31``, ``+_``,
``!!int abc``) is kept as text, so the outline's own check reports it in words.

These checks run on the event stream and stop at the first violation, so a bomb is
refused in milliseconds with bounded memory.
Errors come out as :class:`~minutes.errors.OutlineError` with 1-based positions and
a Vietnamese hint; ruamel's own exceptions never leave this module.
"""

from __future__ import annotations

import codecs
import re
from typing import Any, NoReturn

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent, CollectionEndEvent, CollectionStartEvent, MappingStartEvent, ScalarEvent,
)
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.representer import RoundTripRepresenter

from minutes.errors import OutlineError, Problem

MINIMAL_EXAMPLE = "examples/toi-thieu.yaml"

_SAVE_AS_UTF8 = "hãy lưu lại tệp với mã hóa UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)"

# Raw control characters make ruamel stop reading. They are swapped for code points
# of Supplementary Private Use Area-A (never typed by hand) so the whole file can be
# checked and the problem reported against the field that holds it.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SENTINEL_BASE = 0xF0000
_SENTINELS = re.compile("[\U000f0000-\U000f00ff]")


MAX_BYTES = 1024 * 1024
"""The largest outline read, in bytes (1 MiB)."""
MAX_DEPTH = 20
"""The deepest nesting of mappings and lists allowed."""
MAX_ALIAS_NODES = 10_000
"""The most nodes that aliases may add to a file when expanded."""
MAX_DIGITS = 4000
"""The longest plain integer read (Python refuses to convert beyond 4,300 digits)."""


def load(data: bytes, name: str, *, problems: list[Problem] | None = None) -> Any:
    """Decode ``data`` and parse it: the root CommentedMap of a one-document YAML file.

    Refuses a file over :data:`MAX_BYTES` before reading it. ``problems``: see :func:`parse`.
    """
    check_size(len(data), name)
    return parse(decode(data, name), name, problems=problems)


def check_size(size: int, name: str) -> None:
    """Refuse a file of ``size`` bytes over :data:`MAX_BYTES` (callers may check before reading it)."""
    if size > MAX_BYTES:
        mib = f"{size / MAX_BYTES:.1f}".replace(".", ",")
        shown = f"{mib} MiB" if mib != "1,0" else f"{size:,} byte".replace(",", ".")
        _fail(name, 0, 0, f"tệp đề cương quá lớn ({shown}); giới hạn 1 MiB. Đề cương thường chỉ vài KiB: "
                          "hãy kiểm tra đúng tệp chưa")


def decode(data: bytes, name: str) -> str:
    """Return ``data`` as text: UTF-8 (BOM optional) or UTF-16 with a BOM.

    Raises OutlineError pointing at the first byte that is not UTF-8.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        _fail(name, 0, 0, f"tệp được mã hóa UTF-32; {_SAVE_AS_UTF8}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            _fail(name, 0, 0, f"tệp UTF-16 bị hỏng; {_SAVE_AS_UTF8}")
    if b"\x00" in data:
        line, col = _byte_position(data, data.index(b"\x00"))
        _fail(name, line, col, f"tệp chứa byte 0x00 (có thể là UTF-16 không có BOM); {_SAVE_AS_UTF8}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(data, exc.start)
        bad = data[exc.start]
        _fail(name, line, col, f"tệp không được mã hóa UTF-8 (byte 0x{bad:02X} không hợp lệ); {_SAVE_AS_UTF8}")


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of byte ``offset`` (the bytes before it are UTF-8)."""
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def _fail(name: str, line: int, col: int, message: str, path: str = "") -> NoReturn:
    raise OutlineError([Problem(name, line, col, path, message)])


class _Constructor(RoundTripConstructor):
    """ruamel's round-trip constructor, except that a scalar it cannot convert stays text.

    ``date: 2025-02-31``, ``number: +_`` or ``!!int abc`` would otherwise stop ruamel with
    a Python error; kept as text, they reach the outline's own checks, which say in words
    what is wrong with the field ("ngày 31/02/2025 không tồn tại").
    """


def _lenient(construct: Any) -> Any:
    def convert(self: _Constructor, node: ScalarNode) -> Any:
        try:
            return construct(self, node)
        except (ArithmeticError, LookupError, TypeError, ValueError):
            return str(node.value)

    return convert


for _tag in ("int", "float", "bool", "timestamp", "binary"):
    _Constructor.add_constructor(
        f"tag:yaml.org,2002:{_tag}", _lenient(getattr(RoundTripConstructor, f"construct_yaml_{_tag}"))
    )


def _yaml(allow_duplicates: bool = False) -> YAML:
    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    yaml.allow_duplicate_keys = allow_duplicates
    yaml.Constructor = _Constructor
    return yaml


def parse(text: str, name: str, *, problems: list[Problem] | None = None) -> Any:
    """Parse YAML 1.2 ``text`` into ruamel round-trip nodes (the root must be a mapping).

    Raises OutlineError for a syntax error, several documents, an empty file, a root
    that is not a mapping, and duplicated keys. Given a ``problems`` list, duplicated
    keys are appended to it instead (the first value is kept) so that the caller can
    report them together with the rest of the file.
    """
    check_size(len(text), name)  # characters: a text longer than this is surely over in bytes
    text = _mask_controls(text)
    _check_version(text, name)
    try:
        _check_limits(text, name)
        yaml = _yaml(allow_duplicates=True)
        node = yaml.compose(text)  # composed once: checked for duplicate keys, then constructed
        duplicates = list(_duplicates(node, name))
        if duplicates and problems is None:
            raise OutlineError(duplicates)
        data = yaml.constructor.construct_document(node) if node is not None else None
    except MarkedYAMLError as exc:
        raise OutlineError([_syntax_problem(exc, text, name)]) from None
    except YAMLError as exc:  # ReaderError: a control character we could not mask
        raise OutlineError([_reader_problem(exc, text, name)]) from None
    except (ArithmeticError, LookupError, TypeError, ValueError, RecursionError) as exc:  # a ruamel bug
        _fail(name, 0, 0, f"không đọc được tệp YAML ({type(exc).__name__}: {exc}); hãy kiểm tra phần vừa sửa "
                          "hoặc đặt các giá trị lạ trong dấu ngoặc kép")
    _check_root(data, name)
    if problems is not None:
        problems.extend(duplicates)
    return data


_DIRECTIVE = re.compile(r"^%YAML[ \t]+(\S+)", re.MULTILINE)
_LONG_INTEGER = re.compile(r"[-+]?[0-9_]{%d,}" % (MAX_DIGITS + 1))


class _Open:
    """A collection being read: its anchor, its size with aliases expanded, its entries so far."""

    __slots__ = ("anchor", "mapping", "size", "entries")

    def __init__(self, anchor: str | None, mapping: bool):
        self.anchor, self.mapping, self.size, self.entries = anchor, mapping, 1, 0


def _check_limits(text: str, name: str) -> None:
    """Refuse deep nesting, alias bombs, alias cycles, huge integers and keys that are lists
    or mappings (see the module docstring).

    Walks ruamel's event stream (no recursion, nothing built) and stops at the first
    violation. Syntax errors are left for the composer to report.
    """
    open_: list[_Open] = []
    sizes: dict[str, int] = {}  # anchor -> node count of its node, aliases expanded
    collections: set[str] = set()  # anchors of lists and mappings
    added = 0  # nodes that aliases add

    def entry(size: int) -> None:
        if open_:
            open_[-1].size += size
            open_[-1].entries += 1

    for event in _yaml().parse(text):
        is_key = bool(open_) and open_[-1].mapping and open_[-1].entries % 2 == 0
        if isinstance(event, CollectionStartEvent):
            if is_key:
                _fail_at(name, event, "khóa không hợp lệ: khóa phải là một chữ (ví dụ 'meeting'), không phải danh "
                                      "sách hay nhóm mục; hãy xóa dấu '?' hoặc dấu ngoặc [ { ở đầu khóa")
            if len(open_) >= MAX_DEPTH:
                _fail_at(name, event, f"các mục lồng nhau quá sâu (hơn {MAX_DEPTH} cấp); đề cương chỉ cần vài cấp "
                                      "thụt lề, hãy kiểm tra lại thụt lề và dấu ngoặc [ {")
            open_.append(_Open(event.anchor, isinstance(event, MappingStartEvent)))
        elif isinstance(event, CollectionEndEvent):
            done = open_.pop()
            if done.anchor is not None:
                sizes[done.anchor] = done.size
                collections.add(done.anchor)
            entry(done.size)
        elif isinstance(event, ScalarEvent):
            if event.anchor is not None:
                sizes[event.anchor] = 1
                collections.discard(event.anchor)
            if event.style is None and len(event.value) > MAX_DIGITS and _LONG_INTEGER.fullmatch(event.value):
                _fail_at(name, event, f"số quá dài ({len(event.value)} chữ số); hãy kiểm tra lại giá trị này")
            entry(1)
        elif isinstance(event, AliasEvent):
            if any(o.anchor == event.anchor for o in open_):
                _fail_at(name, event, f"tham chiếu '*{event.anchor}' nằm bên trong chính neo '&{event.anchor}' "
                                      "(vòng lặp vô tận); hãy bỏ tham chiếu này")
            if is_key and event.anchor in collections:
                _fail_at(name, event, f"khóa không hợp lệ: '*{event.anchor}' là danh sách hay nhóm mục, không "
                                      "dùng làm khóa được")
            size = sizes.get(event.anchor, 0)  # an undefined alias is reported by the composer
            added += size
            if added > MAX_ALIAS_NODES:
                bound = f"{MAX_ALIAS_NODES:_}".replace("_", ".")
                _fail_at(name, event, f"các tham chiếu '*' làm đề cương phình ra quá lớn (hơn {bound} mục "
                                      f"khi mở rộng); hãy bớt tham chiếu '*{event.anchor}'")
            entry(size)


def _fail_at(name: str, event: Any, message: str) -> NoReturn:
    mark = event.start_mark
    _fail(name, mark.line + 1, mark.column + 1, message)


def _check_version(text: str, name: str) -> None:
    """Refuse a ``%YAML 1.1`` directive: outlines are always read as YAML 1.2 (``no`` stays text)."""
    match = _DIRECTIVE.search(text)
    if match and match.group(1) != "1.2":
        line = text.count("\n", 0, match.start()) + 1
        _fail(name, line, 1, f"đề cương luôn được đọc theo YAML 1.2; hãy xóa dòng '{match.group()}'")


def _mask_controls(text: str) -> str:
    """Swap raw control characters (except tab, LF and CR) for private sentinels."""
    if _SENTINELS.search(text):
        return text
    return _CONTROL.sub(_to_sentinel, text)


def _to_sentinel(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\r":
        return char
    return chr(_SENTINEL_BASE + ord(char))


def control_chars(text: str) -> list[str]:
    """Return the control characters of ``text`` as ``U+XXXX`` (tab and newline are allowed)."""
    found = []
    for char in text:
        code = ord(char)
        if _SENTINEL_BASE <= code <= _SENTINEL_BASE + 0xFF:
            code -= _SENTINEL_BASE
        elif not _CONTROL.fullmatch(char):
            continue
        found.append(f"U+{code:04X}")
    return list(dict.fromkeys(found))


def show(text: str) -> str:
    """Return ``text`` for a message: control characters written as ``<U+XXXX>``."""
    return "".join(f"<{found[0]}>" if (found := control_chars(c)) else c for c in text)


def _check_root(data: Any, name: str) -> None:
    if data is None:
        _fail(name, 0, 0, f"tệp trống: chưa có nội dung đề cương; xem mẫu ở {MINIMAL_EXAMPLE}")
    if not hasattr(data, "keys"):
        kind = "danh sách" if isinstance(data, list) else "một giá trị đơn"
        line, col = position(data)
        _fail(
            name, line or 1, col or 1,
            f"đề cương phải gồm các mục 'khóa: giá trị' (ví dụ 'meeting:'), không phải {kind}; "
            f"xem mẫu ở {MINIMAL_EXAMPLE}",
        )


def _duplicates(node: Node | None, name: str, path: str = "", seen: set[int] | None = None):
    """Yield a Problem for each repeated key in the node graph (aliases visited once)."""
    seen = set() if seen is None else seen
    if node is None or id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, MappingNode):
        first: dict[Any, int] = {}
        for key, value in node.value:
            label = f"{path}.{key.value}" if path else str(key.value)
            if not isinstance(key, ScalarNode):  # a list or mapping as a key: reported as an unknown key
                yield from _duplicates(value, name, label, seen)
                continue
            if key.value in first and key.value != "<<":
                mark = key.start_mark
                yield Problem(
                    name, mark.line + 1, mark.column + 1, label,
                    f"khóa '{show(str(key.value))}' bị lặp lại (lần đầu ở dòng {first[key.value]}); "
                    "hãy xóa hoặc gộp một trong hai",
                )
            first.setdefault(key.value, key.start_mark.line + 1)
            yield from _duplicates(value, name, label, seen)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicates(item, name, f"{path}[{index}]", seen)


_NO_TABS = "không dùng phím Tab để thụt lề, hãy dùng dấu cách"

_HINTS: tuple[tuple[str, str], ...] = (
    ("'\\t'", _NO_TABS),
    ("tab character", _NO_TABS),
    (
        "mapping values are not allowed here",
        "dấu ':' nằm giữa giá trị hoặc thụt lề sai; hãy đặt cả giá trị trong dấu ngoặc kép "
        '(ví dụ title: "Hội nghị: quý III"), thêm dấu cách sau dấu \':\' của khóa, '
        "hoặc thụt lề thẳng hàng với các mục cùng cấp",
    ),
    (
        "escape",
        "trong dấu ngoặc kép, dấu '\\' bắt đầu một ký tự đặc biệt; hãy dùng dấu nháy đơn "
        "(ví dụ 'C:\\mau\\bien-ban.docx') hoặc viết '\\\\'",
    ),
    ("expected <block end>", "thụt lề không khớp: các mục cùng cấp phải thẳng hàng (cùng số dấu cách)"),
    ("found undefined alias", "tham chiếu '*' tới một neo '&' chưa được khai báo"),
)


def _syntax_problem(exc: MarkedYAMLError, text: str, name: str) -> Problem:
    """Translate a ruamel syntax error into one Problem with a Vietnamese hint."""
    problem, context = str(exc.problem or ""), str(exc.context or "")
    mark = exc.problem_mark or exc.context_mark
    opened = exc.context_mark
    if "another document" in problem:
        message = "tệp chỉ được chứa một đề cương; hãy xóa dòng '---' này và phần sau nó (hoặc tách ra tệp khác)"
    elif opened and "quoted scalar" in context and "end of stream" in problem:
        quote = text[opened.index] if 0 <= opened.index < len(text) else '"'  # not splitlines: U+2028 is no break
        message, mark = f"dấu {quote} mở ở đây chưa được đóng; hãy thêm dấu {quote} ở cuối giá trị", opened
    elif opened and ("flow sequence" in context or "flow mapping" in context):
        message = (
            f"thiếu dấu '{']' if 'sequence' in context else '}'}' đóng ngoặc mở ở dòng {opened.line + 1}, "
            f"cột {opened.column + 1}; nếu giá trị có dấu phẩy hoặc ':', hãy đặt nó trong dấu ngoặc kép"
        )
    else:
        hint = next((h for key, h in _HINTS if key in problem), "kiểm tra thụt lề, dấu ':' và dấu ngoặc")
        message = f"lỗi cú pháp YAML ({problem}): {hint}"
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    return Problem(name, line, col, "", message)


def _reader_problem(exc: YAMLError, text: str, name: str) -> Problem:
    """A character YAML does not allow at all (only when control characters could not be masked)."""
    offset = getattr(exc, "position", 0) or 0
    code = ord(text[offset]) if offset < len(text) else 0
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Problem(name, line, col, "", f"ký tự U+{code:04X} không được phép trong tệp YAML; hãy xóa nó")


def position(container: Any, key: Any = None, *, of_key: bool = False) -> tuple[int, int]:
    """Return the 1-based (line, column) of ``container[key]`` (or of the key itself).

    ``key`` is a mapping key or a list index; without it, or when ruamel does not know
    the place (merged keys), the container's own position is returned; (0, 0) if none.
    """
    lc = getattr(container, "lc", None)
    if lc is None:
        return (0, 0)
    if key is not None:
        try:
            if isinstance(container, list):
                line, col = lc.item(key)
            else:
                line, col = lc.key(key) if of_key else lc.value(key)
            return (line + 1, col + 1)
        except (KeyError, IndexError, TypeError):
            pass
    if lc.line is None:
        return (0, 0)
    return (lc.line + 1, (lc.col or 0) + 1)


_REPRESENTER = RoundTripRepresenter()


def source_text(scalar: int | float) -> str:
    """Return a YAML number as it was written (``05``, ``14.30``, ``1.2480``), as near as ruamel keeps it."""
    return str(_REPRESENTER.represent_data(scalar).value)
