"""Reading YAML safely: bytes to text, text to ruamel's round-trip nodes, positions.

Every outline (and, later, every profile it extends) is read through :func:`load`,
so limits on size and on alias expansion (issue 6) have one place to go.
Errors come out as :class:`~minutes.errors.OutlineError` with 1-based positions and
a Vietnamese hint; ruamel's own exceptions never leave this module.
"""

from __future__ import annotations

import codecs
import re
from typing import Any, NoReturn

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode
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


def load(data: bytes, name: str, *, problems: list[Problem] | None = None) -> Any:
    """Decode ``data`` and parse it: the root CommentedMap of a one-document YAML file.

    ``problems``: see :func:`parse`.
    """
    return parse(decode(data, name), name, problems=problems)


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


def _yaml(allow_duplicates: bool = False) -> YAML:
    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    yaml.allow_duplicate_keys = allow_duplicates
    return yaml


def parse(text: str, name: str, *, problems: list[Problem] | None = None) -> Any:
    """Parse YAML 1.2 ``text`` into ruamel round-trip nodes (the root must be a mapping).

    Raises OutlineError for a syntax error, several documents, an empty file, a root
    that is not a mapping, and duplicated keys. Given a ``problems`` list, duplicated
    keys are appended to it instead (the first value is kept) so that the caller can
    report them together with the rest of the file.
    """
    text = _mask_controls(text)
    _check_version(text, name)
    try:
        duplicates = list(_duplicates(_yaml().compose(text), name))
        if duplicates and problems is None:
            raise OutlineError(duplicates)
        data = _yaml(allow_duplicates=True).load(text)
    except MarkedYAMLError as exc:
        raise OutlineError([_syntax_problem(exc, text, name)]) from None
    except YAMLError as exc:  # ReaderError: a control character we could not mask
        raise OutlineError([_reader_problem(exc, text, name)]) from None
    _check_root(data, name)
    if problems is not None:
        problems.extend(duplicates)
    return data


_DIRECTIVE = re.compile(r"^%YAML[ \t]+(\S+)", re.MULTILINE)


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
        quote = text.splitlines()[opened.line][opened.column]
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
