"""Slips of the keyboard found in an outline's text itself, before (and whatever) the YAML parser.

A YAML parser stops at the first syntax error, often a line late, and some slips are no
syntax error at all: ``  -Đánh giá`` as a list's first item makes the whole list one
text. So the text is read line by line here, outside block scalars (``|``, ``>``),
quoted values and ``[…]``/``{…}`` spanning lines, and each slip is reported at its own
line, all of them at once:

- a TAB in the indentation, or right after a list's "-";
- a list item without the space after "-" (``-Đánh giá``), first, middle or last;
- a key without the space after ":" (``location:Hội trường``);
- a value that starts with a quote or a bracket and goes on after its end
  (``title: "Hội nghị" quý III``, ``title: [Dự thảo] Kế hoạch``);
- ``# TODO`` comments, a place left to fill (a warning, see :func:`todos`).

Only the text and line/column positions are used, so this works with any parser.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from minutes.errors import Problem
from minutes.i18n import N_, _

SPACE_AFTER_DASH = N_("thêm một dấu cách sau dấu '-'")


@dataclass(frozen=True, slots=True)
class Line:
    """One line outside multi-line values: its number (1-based), indentation and what it holds."""

    number: int
    indent: int
    text: str  # the line without its end-of-line comment, right-stripped
    item: bool  # starts with "- " (or is a lone "-")
    key: str | None  # "key" of a "key: …" / "- key: …" line
    empty: bool  # a "key:" with nothing after it
    comment: str  # the end-of-line or whole-line comment, without "#"
    comment_col: int


_KEY = re.compile(r"(?:-[ \t]+)*(?P<key>[^\s:#\[\]{},\"'&*!|>%@`-][^:#]*?)[ \t]*:(?:[ \t]|$)")
_BLOCK = re.compile(r"[|>][-+0-9]*[ \t]*(?:#.*)?$")
_NEGATIVE = re.compile(r"-\d[\d.,]*[ \t]*$")
_SPECIAL = re.compile(r"[\"'\[{#]")
_OPENS = re.compile(r"(?:^|[:-][ \t])[ \t]*[\"'\[{]")  # a value that starts with a quote or a bracket
_NO_SPACE = re.compile(r"-[^\s-]")
_TAB_AFTER_DASH = re.compile(r"(?:-[ ]*)+\t")


def lines(text: str) -> tuple[Line, ...]:
    """The lines of ``text`` that start outside multi-line values, with their comments
    (read once per text: :func:`scan`, :func:`todos` and :func:`explained` share them)."""
    return _lines(text)


@functools.lru_cache(maxsize=4)
def _lines(text: str) -> tuple[Line, ...]:
    return tuple(_read_lines(text))


def _read_lines(text: str) -> Iterator[Line]:
    block, closing, depth = -1, "", 0
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip("\r")
        stripped = raw.lstrip(" \t")
        indent = len(raw) - len(stripped)
        if block >= 0:
            if not stripped or indent > block:
                continue
            block = -1
        if closing or depth:  # inside a quoted value or a bracket opened on an earlier line
            end, closing, depth = _scan(raw, 0, closing, depth)
            continue
        if not stripped:
            continue
        if stripped.startswith("#"):
            yield Line(number, indent, "", False, None, False, stripped[1:], indent + 1)
            continue
        end, closing, depth = _scan(raw, indent, "", 0)
        body = raw[:end].rstrip()
        comment = raw[end + 1:] if end < len(raw) and raw[end] == "#" else ""
        content = body[indent:]
        match = _KEY.match(content)
        rest = content[match.end():].strip() if match else ""
        if _BLOCK.match(rest or _after_dash(content)):
            block = indent
        yield Line(number, indent, body, content == "-" or content.startswith(("- ", "-\t")),
                   match["key"] if match else None, bool(match) and not rest, comment, end + 1)


def _after_dash(content: str) -> str:
    return content.lstrip("- \t") if content.startswith(("- ", "-\t")) else ""


def _in_quote(text: str, i: int, closing: str) -> tuple[int, bool]:
    """Read ``text[i]`` inside a quote opened by ``closing``: return where to read next and
    whether the quote closed there (YAML's escapes: ``\\x`` inside "…", ``''`` inside '…')."""
    c = text[i]
    if c == "\\" and closing == '"':
        return i + 2, False
    if c == closing:
        if closing == "'" and text[i + 1:i + 2] == "'":
            return i + 2, False
        return i + 1, True
    return i + 1, False


def _scan(raw: str, start: int, closing: str, depth: int) -> tuple[int, str, int]:
    """Walk ``raw`` from ``start``: return where its comment starts (or its length), and the
    quote or bracket depth still open at its end."""
    if not closing and not depth and not _SPECIAL.search(raw, start):
        return len(raw), "", 0  # most lines: no quote, bracket or comment
    i, value_start = start, not closing and not depth
    while i < len(raw):
        c = raw[i]
        if closing:
            i, closed = _in_quote(raw, i, closing)
            if closed:
                closing, value_start = "", False
            continue
        if c == "#" and (i == 0 or raw[i - 1] in " \t"):
            return i, closing, depth
        if c in "\"'" and (value_start or depth):
            closing = c
        elif c in "[{" and (value_start or depth):
            depth += 1
        elif c in "]}" and depth:
            depth -= 1
        elif c == ":" and raw[i + 1:i + 2] in ("", " ", "\t"):
            value_start = True
            i += 1
            continue
        if c not in " \t-" or (c == "-" and raw[i + 1:i + 2] not in ("", " ", "\t")):
            value_start = c in ",[{" and depth > 0
        i += 1
    return len(raw), closing, depth


def scan(text: str, name: str) -> list[Problem]:
    """Return the slips of ``text`` (file ``name``) as problems, each at its own line."""
    found: list[Problem] = []
    keys: list[tuple[int, str]] = []  # (indent, key) of the mappings above the current line
    siblings: dict[int, Line] = {}  # the last line at each indentation
    previous: Line | None = None
    for line in lines(text):
        if not line.text:
            continue
        keys = [(i, k) for i, k in keys if i < line.indent or (i == line.indent and line.item and k)]
        path = ".".join(k for _, k in keys)
        for indent in [i for i in siblings if i > line.indent]:
            del siblings[indent]
        content = line.text[line.indent:]
        if "\t" in line.text:
            found += _tabs(line, name, path)
        sibling = siblings.get(line.indent)
        if content[:1] == "-" and content[1:2] not in (" ", "\t", "-", ""):
            found += _dash(line, name, path, sibling, previous)
        if line.key is None and ":" in content:
            found += _colon(line, name, path, sibling, previous)
        if _OPENS.search(content):
            found += _quoted(line, name, f"{path}.{line.key}".strip(".") if line.key else path)
        if line.key is not None:
            keys.append((line.indent + (len(line.text) - len(line.text.lstrip("- \t")) - line.indent), line.key))
        siblings[line.indent], previous = line, line
    return found


def clip(text: str, limit: int) -> str:
    """``text`` shortened to about ``limit`` characters at a word's end, "…" marking the cut
    (a suggestion is never cut inside a word: copied, it would be a wrong value)."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rstrip()
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def _problem(name: str, line: Line, col: int, path: str, message: str) -> Problem:
    return Problem(name, line.number, col, path, message)


def _tabs(line: Line, name: str, path: str) -> list[Problem]:
    lead = line.text[:line.indent]
    if "\t" in lead:
        return [_problem(name, line, lead.index("\t") + 1, path,
                         _("dòng này thụt lề bằng phím Tab: không dùng phím Tab để thụt lề, hãy dùng dấu cách"))]
    after = _TAB_AFTER_DASH.match(line.text[line.indent:])
    if line.item and after:
        return [_problem(name, line, line.indent + after.end(), path,
                         _("sau dấu '-' là phím Tab; hãy thay Tab bằng một dấu cách"))]
    return []


def _dash(line: Line, name: str, path: str, sibling: Line | None, previous: Line | None) -> list[Problem]:
    """``-Đánh giá``: an item without the space after "-", where a list item belongs."""
    content = line.text[line.indent:]
    if not _NO_SPACE.match(content) or _NEGATIVE.fullmatch(content) or line.key is not None:
        return []
    first = previous is not None and previous.empty and line.indent >= previous.indent
    middle = sibling is not None and sibling.item
    continued = previous is not None and previous.item and line.indent > previous.indent
    if not (first or middle or continued):
        return []
    shown = clip(content, 40)
    return [_problem(
        name, line, line.indent + 1, path,
        _("thiếu dấu cách sau dấu '-' ở '{shown}': mục này sẽ bị gộp vào mục khác thành một dòng; hãy "
          "{space_after_dash} (viết '- {clip}')").format(
            shown=shown, space_after_dash=_(SPACE_AFTER_DASH), clip=clip(content[1:], 60)),
    )]


_GLUED = re.compile(r"(?:-[ \t]+)?(?P<key>[^\W\d][\w.]*):(?P<value>[^\s/:])")


def _colon(line: Line, name: str, path: str, sibling: Line | None, previous: Line | None) -> list[Problem]:
    """``location:Hội trường``: a key without the space after ":", where a key belongs."""
    content = line.text[line.indent:]
    match = _GLUED.match(content)
    if not match or line.key is not None or (line.item and not re.fullmatch(r"[a-z_]+", match["key"])):
        return []  # in a list, "- Lưu:VT" is text; only "- text:…", "- name:…" are keys
    first = previous is not None and previous.empty and line.indent > previous.indent
    if not (first or (sibling is not None and sibling.key is not None)):
        return []
    key, value = match["key"], content[match.end("key") + 1:]
    return [_problem(
        name, line, line.indent + match.end("key") + 1, f"{path}.{key}".strip("."),
        _("thiếu dấu cách sau dấu ':' của khóa '{key}'; hãy viết '{key}: {clip}'").format(
            key=key, clip=clip(value, 60)),
    )]


def _quoted(line: Line, name: str, path: str) -> list[Problem]:
    """``title: "Hội nghị" quý III``: a value opened by a quote or bracket that goes on after it."""
    content = line.text[line.indent:]
    match = _KEY.match(content)
    start = match.end() if match else len(content) - len(_after_dash(content)) if line.item else -1
    value = content[start:].lstrip() if start >= 0 else ""
    if not value or value[0] not in "\"'[{":
        return []
    end, closing, depth = _scan(value, 0, "", 0)
    if closing or depth:
        return []  # goes on over several lines: the parser says where it is not closed
    close = _closed_at(value)
    rest = value[close:].strip() if close else ""
    if not rest or rest.startswith("#"):
        return []
    col = line.indent + start + (len(content[start:]) - len(value)) + 1
    if value[0] in "\"'":
        mark = value[0]
        other = "'" if mark == '"' else '"'
        message = (_("giá trị bắt đầu bằng dấu {mark} thì phải kết thúc bằng dấu {mark} đó, nhưng sau nó "
                     "còn '{clip}'; hãy đặt cả giá trị trong dấu {other}: {other}{clip2}{other}").format(
            mark=mark, clip=clip(rest, 30), other=other, clip2=clip(value, 80)))
    else:
        message = (_("giá trị bắt đầu bằng '{value}' được đọc là một {value2}, nhưng sau dấu đóng ngoặc còn "
                     '\'{clip}\'; nếu đây là văn bản, hãy đặt cả giá trị trong dấu ngoặc kép: "{clip2}"').format(
            value=value[0], value2=_("danh sách") if value[0] == "[" else _("nhóm mục con"), clip=clip(rest, 30),
            clip2=clip(value, 80)))
    return [_problem(name, line, col, path, message)]


def _closed_at(value: str) -> int:
    """Index just after the quote or bracket that closes the one ``value`` opens with (0: none)."""
    closing, depth, i = "", 0, 0
    while i < len(value):
        c = value[i]
        if closing:
            i, closed = _in_quote(value, i, closing)
            if closed:
                closing = ""
                if not depth:
                    return i
            continue
        if c in "\"'":
            closing = c
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if not depth:
                return i + 1
        i += 1
    return 0


_TODO = re.compile(r"\s*(?:(?:TODO|FIXME|XXX)\b|(?P<check>kiểm tra lại)(?!\w))[:\s]*(?P<what>.*)", re.IGNORECASE)
CONFIRM = (N_("xác nhận ngày, tháng"), N_("kiểm tra lại"))
"""Words of a mark that asks her to confirm a text (not to fill a place): it is listed even on
a line that also has a place to fill (in the words of the message or of her note)."""


def todos(text: str, name: str) -> list[Problem]:
    """Return each ``# TODO`` comment of ``text`` as a warning at its line: a place to fill."""
    found: list[Problem] = []
    keys: list[tuple[int, str]] = []
    for line in lines(text):
        if line.text:
            keys = [(i, k) for i, k in keys if i < line.indent or (i == line.indent and line.item and k)]
        match = _TODO.match(line.comment)
        if match:
            path = ".".join(k for _, k in keys + ([(line.indent, line.key)] if line.key else []))
            what = match["what"].strip() or _("cần điền hoặc xác nhận")
            found.append(Problem(name, line.number, line.comment_col, path, _todo_message(what, bool(match["check"]))))
        if line.text and line.key is not None:
            keys.append((line.indent + (len(line.text) - len(line.text.lstrip("- \t")) - line.indent), line.key))
    return found


def _todo_message(what: str, check: bool) -> str:
    if check:  # written by minutes import: a value it is unsure of
        return (_("kiểm tra lại: {what} (ghi chú của minutes import); đối chiếu với văn bản gốc, sửa nếu "
                  "cần rồi xóa ghi chú này").format(what=what))
    return _("còn phải điền: {what} (ghi chú TODO); điền xong hãy xóa ghi chú này").format(what=what)


def unchecked(text: str, name: str) -> list[Problem]:
    """The ``# kiểm tra lại`` marks ``minutes import`` left in ``text`` (values still to check)."""
    return [p for p in todos(text, name) if p.message.startswith(_("kiểm tra lại:"))]


def explained(problem: Problem, slips: list[Problem], text: str) -> bool:
    """True when a parser's ``problem`` is a consequence of one of ``slips``: on its line or
    on the next line that holds something."""
    numbers = {s.line for s in slips}
    after = {_next_line(text, s.line) for s in slips}
    return problem.line in numbers | after


def _next_line(text: str, number: int) -> int:
    for line in lines(text):
        if line.number > number and line.text:
            return line.number
    return number + 1
