"""Reading YAML safely: bytes to text, text to mappings and lists with positions.

A file is read by ruamel.yaml's round trip, as YAML 1.2, and by nothing else: mappings
and lists that carry ``lc``, each key's and item's place in the file. It is parsed and
composed once, the limits checked on each event as the composer takes it; the node graph
is checked for duplicated keys and odd tags, then constructed. :func:`read` can keep the
quoting of scalars, so that the same tree is edited and written back (``register take``).

Every outline (and, later, every profile it extends) is read through :func:`load`,
so the limits of :mod:`minutes.outline.limits` that keep a hostile file from exhausting
time or memory (size, nesting, alias expansion, huge integers, keys that are lists or
mappings) apply to all of them; their constants and :func:`check_size` are re-exported
here.

A scalar that YAML would type but ruamel cannot convert (``2025-02-31``, ``+_``,
``!!int abc``) is kept as text, so the outline's own check reports it in words.

Errors come out as :class:`~minutes.errors.OutlineError` with 1-based positions and
a Vietnamese hint (worded by :mod:`minutes.outline.syntax`); ruamel's own exceptions never
leave this module.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

from minutes.errors import OutlineError, Problem
from minutes.i18n import N_, _
from minutes.outline.limits import (  # noqa: F401 (re-exported: the limits are part of this API)
    MAX_ALIAS_NODES,
    MAX_BYTES,
    MAX_DEPTH,
    MAX_DIGITS,
    Limits,
    check_limits,
    check_size,
)
from minutes.outline.syntax import fail as _fail
from minutes.outline.syntax import reader_problem as _reader_problem
from minutes.outline.syntax import syntax_problem as _syntax_problem

MINIMAL_EXAMPLE = "examples/toi-thieu.yaml"

_SAVE_AS_UTF8 = N_("hãy lưu lại tệp với mã hóa UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)")

# Raw control characters make ruamel stop reading. They are swapped for code points
# of Supplementary Private Use Area-A (never typed by hand) so the whole file can be
# checked and the problem reported against the field that holds it.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SENTINEL_BASE = 0xF0000
_SENTINELS = re.compile("[\U000f0000-\U000f00ff]")
_ANY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\U000f0000-\U000f00ff]")


def load(data: bytes, name: str, *, problems: list[Problem] | None = None) -> Any:
    """Decode ``data`` and parse it: the root mapping of a one-document YAML file.

    Refuses a file over :data:`MAX_BYTES` before reading it. ``problems``: see :func:`parse`.
    """
    check_size(len(data), name)
    return parse(decode(data, name), name, problems=problems)


def decode(data: bytes, name: str) -> str:
    """Return ``data`` as text: UTF-8 (BOM optional) or UTF-16 with a BOM.

    Raises OutlineError pointing at the first byte that is not UTF-8.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        _fail(name, 0, 0, _("tệp được mã hóa UTF-32; {save_as_utf8}").format(save_as_utf8=_(_SAVE_AS_UTF8)))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            _fail(name, 0, 0, _("tệp UTF-16 bị hỏng; {save_as_utf8}").format(save_as_utf8=_(_SAVE_AS_UTF8)))
    if b"\x00" in data:
        line, col = _byte_position(data, data.index(b"\x00"))
        _fail(name, line, col, _("tệp chứa byte 0x00 (có thể là UTF-16 không có BOM); {save_as_utf8}").format(
            save_as_utf8=_(_SAVE_AS_UTF8)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(data, exc.start)
        bad = data[exc.start]
        _fail(name, line, col, _("tệp không được mã hóa UTF-8 (byte 0x{bad:02X} không hợp lệ); "
                                 "{save_as_utf8}").format(
            bad=bad, save_as_utf8=_(_SAVE_AS_UTF8)))


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of byte ``offset`` (the bytes before it are UTF-8)."""
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def _yaml(allow_duplicates: bool = False, quotes: bool = False) -> Any:
    """ruamel's round-trip reader for YAML 1.2, with the lenient constructor and the parser
    that checks the limits (both imported on first use); ``quotes``: keep each scalar's quoting."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    yaml.allow_duplicate_keys = allow_duplicates
    yaml.preserve_quotes = quotes or None
    yaml.Constructor = _constructor()
    yaml.Parser = _parser()
    return yaml


_CONSTRUCTOR: list[Any] = []


def _constructor() -> Any:
    """ruamel's round-trip constructor, except that a scalar it cannot convert stays text.

    ``date: 2025-02-31``, ``number: +_`` or ``!!int abc`` would otherwise stop ruamel with
    a Python error; kept as text, they reach the outline's own checks, which say in words
    what is wrong with the field ("ngày 31/02/2025 không tồn tại"). Such a scalar sets the
    constructor's ``kept_as_text``.
    """
    if _CONSTRUCTOR:
        return _CONSTRUCTOR[0]
    from ruamel.yaml.constructor import RoundTripConstructor

    class Constructor(RoundTripConstructor):
        kept_as_text = False

    def lenient(construct: Any) -> Any:
        def convert(self: Any, node: Any) -> Any:
            try:
                return construct(self, node)
            except (ArithmeticError, LookupError, TypeError, ValueError):
                self.kept_as_text = True
                return str(node.value)

        return convert

    for tag in ("int", "float", "bool", "timestamp", "binary"):
        Constructor.add_constructor(
            f"tag:yaml.org,2002:{tag}", lenient(getattr(RoundTripConstructor, f"construct_yaml_{tag}"))
        )
    _CONSTRUCTOR.append(Constructor)
    return Constructor


_PARSER: list[Any] = []


def _parser() -> Any:
    """ruamel's round-trip parser, except that each event the composer takes is first checked
    against the limits it was given (:meth:`watch`): the text is parsed once, checked while
    it is composed, and a bound crossed stops the composer before it builds that node."""
    if _PARSER:
        return _PARSER[0]
    from ruamel.yaml.parser import RoundTripParser

    class Parser(RoundTripParser):
        limits: Limits | None = None

        def watch(self, limits: Limits) -> None:
            """Check every event taken from now on with ``limits``."""
            self.limits = limits

        def get_event(self) -> Any:
            event = super().get_event()
            if self.limits is not None and event is not None:
                self.limits.see(event)
            return event

    _PARSER.append(Parser)
    return Parser


def parse(text: str, name: str, *, problems: list[Problem] | None = None) -> Any:
    """Parse YAML 1.2 ``text`` into mappings and lists with positions (the root must be a mapping).

    Raises OutlineError for a syntax error, several documents, an empty file, a root
    that is not a mapping, and duplicated keys. Given a ``problems`` list, duplicated
    keys are appended to it instead (the first value is kept) so that the caller can
    report them together with the rest of the file.
    """
    return read(text, name, problems=problems).root


@dataclass(frozen=True)
class Reading:
    """What :func:`read` made of a text: its root mapping, and whether that tree is the file as
    written (``exact``): False when reading it had to change something (a control character
    masked, a key such as ``null`` or ``1`` made text, a refused tag made plain, a scalar
    ruamel could not convert kept as text), so that the tree, written back, would not give
    back those places as they were typed."""

    root: Any
    exact: bool


def read(text: str, name: str, *, problems: list[Problem] | None = None, quotes: bool = False) -> Reading:
    """:func:`parse`, telling also whether the tree is exact (:class:`Reading`).

    ``quotes``: the tree keeps each scalar's quoting (ruamel's ``preserve_quotes``), as
    :func:`minutes.outline.edit.loader` reads, so that it can be edited and written back
    (:func:`minutes.outline.source.tree_text`) instead of parsing the text a second time.
    Windows line ends (CRLF) are read as LF (the same lines and columns; the writer puts
    them back).
    """
    check_size(len(text), name)  # characters: a text longer than this is surely over in bytes
    text = text.replace("\r\n", "\n")
    masked = _mask_controls(text)
    _check_version(masked, name)
    data, duplicates, exact = _parse_ruamel(masked, name, problems, quotes)
    _check_root(data, name)
    if problems is not None:
        problems.extend(duplicates)
    return Reading(data, exact and masked == text)


def _parse_ruamel(text: str, name: str, problems: list[Problem] | None,
                  quotes: bool = False) -> tuple[Any, list[Problem], bool]:
    """The round-trip reading of ``text``: its data, its duplicated keys, and whether nothing
    was changed to read it (see :class:`Reading`).

    The text is parsed once: the limits are checked on the events as the composer takes
    them (:func:`_parser`), the node graph is checked for duplicated keys and odd tags,
    then constructed."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        yaml = _yaml(allow_duplicates=True, quotes=quotes)
        yaml.parser.watch(Limits(name))
        node = yaml.compose(text)  # composed once: checked for duplicate keys, then constructed
        retagged: list[Any] = []
        duplicates = list(_duplicates(node, name)) + list(_odd_tags(node, name, retagged=retagged))
        if duplicates and problems is None:
            raise OutlineError(duplicates)
        data = yaml.constructor.construct_document(node) if node is not None else None
        exact = not (duplicates or retagged or yaml.constructor.kept_as_text)
    except MarkedYAMLError as exc:
        raise OutlineError([_syntax_problem(exc, text, name)]) from None
    except YAMLError as exc:  # ReaderError: a control character we could not mask
        raise OutlineError([_reader_problem(exc, text, name)]) from None
    except (ArithmeticError, AttributeError, LookupError, TypeError, ValueError,
            RecursionError) as exc:  # a ruamel bug ("!!omap" on a scalar: AttributeError)
        _fail(name, 0, 0, _("không đọc được tệp YAML ({kind}: {exc}); hãy kiểm tra phần vừa sửa hoặc đặt "
                            "các giá trị lạ trong dấu ngoặc kép").format(
            kind=type(exc).__name__, exc=exc))
    return data, duplicates, exact


_DIRECTIVE = re.compile(r"^%YAML[ \t]+(\S+)", re.MULTILINE)


def _check_version(text: str, name: str) -> None:
    """Refuse a ``%YAML 1.1`` directive: outlines are always read as YAML 1.2 (``no`` stays text)."""
    match = _DIRECTIVE.search(text)
    if match and match.group(1) != "1.2":
        line = text.count("\n", 0, match.start()) + 1
        _fail(name, line, 1, _("đề cương luôn được đọc theo YAML 1.2; hãy xóa dòng '{group}'").format(
            group=match.group()))


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
    if not _ANY_CONTROL.search(text):
        return []
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
        _fail(name, 0, 0, _("tệp trống: chưa có nội dung đề cương; xem mẫu ở {minimal_example}").format(
            minimal_example=MINIMAL_EXAMPLE))
    if not hasattr(data, "keys"):
        kind = _("danh sách") if isinstance(data, list) else _("một giá trị đơn")
        line, col = position(data)
        _fail(
            name, line or 1, col or 1,
            _("đề cương phải gồm các mục 'khóa: giá trị' (ví dụ 'meeting:'), không phải {kind}; xem mẫu ở "
              "{minimal_example}").format(kind=kind, minimal_example=MINIMAL_EXAMPLE),
        )


def _duplicates(node: Any, name: str, path: str = "", seen: set[int] | None = None):
    """Yield a Problem for each repeated key in the node graph (aliases visited once)."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

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
                yield _duplicate(name, mark.line + 1, mark.column + 1, label, str(key.value), first[key.value])
            first.setdefault(key.value, key.start_mark.line + 1)
            yield from _duplicates(value, name, label, seen)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicates(item, name, f"{path}[{index}]", seen)


_TEXT_KEYS = ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
              "tag:yaml.org,2002:float")
_REFUSED_TAGS = {"tag:yaml.org,2002:binary": "!!binary", "tag:yaml.org,2002:set": "!!set",
                 "tag:yaml.org,2002:omap": "!!omap", "tag:yaml.org,2002:pairs": "!!pairs"}


def _odd_tags(node: Any, name: str, path: str = "", seen: set[int] | None = None,
              retagged: list[Any] | None = None):
    """Make plain keys such as ``null``, ``1`` or ``true`` text (as typed), so each is
    reported as the key it is, at its own line (each such key is added to ``retagged``);
    yield a Problem for each value tagged ``!!binary``, ``!!set``, ``!!omap`` or ``!!pairs``
    (no outline value is one), whose value is then read as plain text (``!!binary``) or a
    list (the others)."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    seen = set() if seen is None else seen
    if node is None or id(node) in seen:
        return
    seen.add(id(node))
    tag = str(getattr(node.tag, "value", node.tag) or "")
    if tag in _REFUSED_TAGS:
        mark = node.start_mark
        yield Problem(name, mark.line + 1, mark.column + 1, path,
                      _("không dùng thẻ YAML '{refused_tags}' trong đề cương; hãy xóa thẻ và viết giá trị "
                        "như văn bản thường").format(refused_tags=_REFUSED_TAGS[tag]))
        return
    if isinstance(node, MappingNode):
        for index, (key, value) in enumerate(node.value):
            key_tag = str(getattr(key.tag, "value", key.tag) or "")
            if isinstance(key, ScalarNode) and key_tag in _TEXT_KEYS and key.style is None:
                key.tag = "tag:yaml.org,2002:str"
                key.value = key.value or "null"
                if retagged is not None:
                    retagged.append(key)
            label = f"{path}.{key.value}" if path else str(key.value)
            yield from _odd_tags(value, name, label, seen, retagged)
            node.value[index] = (key, _plain(value))
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            yield from _odd_tags(item, name, f"{path}[{index}]", seen, retagged)
            node.value[index] = _plain(item)


def _plain(node: Any) -> Any:
    """``node``, or for a refused tag its plain form: a scalar as text, a set or pairs as a list."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    if str(getattr(node.tag, "value", node.tag) or "") not in _REFUSED_TAGS:
        return node
    if isinstance(node, ScalarNode):
        node.tag = "tag:yaml.org,2002:str"
        return node
    items = [key for key, _ in node.value] if isinstance(node, MappingNode) else node.value
    return SequenceNode("tag:yaml.org,2002:seq", items, node.start_mark, node.end_mark, flow_style=True)


def _duplicate(name: str, line: int, col: int, path: str, key: str, first: int) -> Problem:
    """The problem of a key written twice in one mapping (``first``: the line of the first)."""
    return Problem(name, line, col, path,
                   _("khóa '{key}' bị lặp lại (lần đầu ở dòng {first}); hãy xóa hoặc gộp một trong hai").format(
                       key=show(key), first=first))


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


def source_text(scalar: int | float) -> str:
    """Return a YAML number as it was written (``05``, ``14.30``, ``1.2480``), as near as ruamel keeps it."""
    source = getattr(scalar, "source", None)
    if source is not None:
        return source
    from ruamel.yaml.representer import RoundTripRepresenter

    return str(RoundTripRepresenter().represent_data(scalar).value)
