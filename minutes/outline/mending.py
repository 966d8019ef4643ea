"""Reading on past a YAML-level slip, so that every other problem is reported in the same run.

A TAB, a missing space (``location:Hội…``, ``-Đánh giá``) or a ": " inside a plain title
stops the YAML parser at the first one; the date, key and count errors further down would
only show on the next run. :func:`mended` rewrites each line the parser (or
:mod:`minutes.outline.slips`) stopped at, one line for one line, by the fix its message
gives, until the text parses or no fix helps. The mended text is never used as the
outline: it only lets :func:`minutes.outline.load.load_outline` validate the rest, and the
problems found on mended lines are dropped (the slip there is already reported).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minutes.errors import OutlineError, Problem
from minutes.i18n import N_, _

MAX_MENDS = 20
"""Lines mended at most before giving up (a file that is not YAML at all)."""
MAX_CHARS = 50_000
"""A longer text is not mended (each mend parses it again; outlines are a few kilobytes)."""

_KEY_VALUE = re.compile(r"^(?P<lead>[ \t]*(?:-[ \t]+)*)(?P<key>[^\s:#\"'\[\]{}-][^:#]*?):[ \t]+(?P<value>.+?)[ \t]*$")
_ITEM = re.compile(r"^(?P<lead>[ \t]*-[ \t]+)(?P<value>.+?)[ \t]*$")


def _tabs(line: str, width: int) -> str:
    lead = len(line) - len(line.lstrip(" \t"))
    text = line[:lead].replace("\t", " " * width) + line[lead:]
    return re.sub(r"^([ ]*-)\t", r"\1 ", text)


def _space_after_dash(line: str) -> str:
    return re.sub(r"^([ \t]*)-(?=[^\s-])", r"\1- ", line)


def _space_after_colon(line: str) -> str:
    return re.sub(r"^([ \t]*(?:-[ \t]+)?[^\W\d][\w.]*):(?=[^\s/:])", r"\1: ", line)


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quote_value(line: str) -> str:
    """``key: a: b`` → ``key: "a: b"``; ``- a: b c`` → ``- "a: b c"`` (comments dropped)."""
    body = re.sub(r"[ \t]+#.*$", "", line)
    match = _KEY_VALUE.match(body)
    if match:
        return f"{match['lead']}{match['key']}: {_quoted(match['value'])}"
    match = _ITEM.match(body)
    return f"{match['lead']}{_quoted(match['value'])}" if match else line


def _emptied(line: str) -> str:
    """Last resort: the value dropped (``key:``), or the line made a comment."""
    match = _KEY_VALUE.match(line)
    return f"{match['lead']}{match['key']}:" if match else "#" + line


FIXES: tuple[Callable[[str], str], ...] = (
    lambda line: _tabs(line, 2), lambda line: _tabs(line, 4), _space_after_dash, _space_after_colon,
    _quote_value, _emptied,
)


_SLIPS = (N_("lỗi cú pháp YAML"), N_("phím Tab"), N_("thiếu dấu cách sau dấu"), N_("giá trị bắt đầu bằng"))
"""Words of the slips' messages; their English must be words of the messages' English too."""


def is_slip(problem: Problem) -> bool:
    """True for a syntax slip the rest of the file can be read past (not a bound or an empty file)."""
    return any(_(word) in problem.message for word in _SLIPS)


def mended(text: str, parse: Callable[[str], object], first: list[Problem]) -> tuple[object, set[int]] | None:
    """Return the parsed mended ``text`` and the numbers of the lines mended, or None.

    ``parse`` raises OutlineError (its problems carry lines) when the text does not parse;
    ``first`` are the problems already reported (their lines are tried first).
    """
    if len(text) > MAX_CHARS:
        return None
    lines = text.split("\n")
    touched: set[int] = set()
    for number in sorted({p.line for p in first if 0 < p.line <= len(lines)}):
        for fix in FIXES[:4]:  # the slips found by reading the text: their own fix
            fixed = fix(lines[number - 1])
            if fixed != lines[number - 1]:
                lines[number - 1] = fixed
                touched.add(number)
    for _attempt in range(MAX_MENDS):
        try:
            return parse("\n".join(lines)), touched
        except OutlineError as exc:
            line = min((p.line for p in exc.problems if p.line > 0), default=0)
        if not line or not _mend_at(lines, line, parse, touched):
            return None
    return None


def _mend_at(lines: list[str], line: int, parse: Callable[[str], object], touched: set[int]) -> bool:
    """Rewrite the line the parser stopped at (or the one before it) so that it reads on.

    A line is mended once: mending it again would only feed a fix its own output (a quoted
    value quoted again doubles at every round)."""
    for number in (line, _previous(lines, line)):
        if not 0 < number <= len(lines) or number in touched:
            continue
        for fix in FIXES:
            fixed = fix(lines[number - 1])
            if fixed == lines[number - 1]:
                continue
            trial = lines[:number - 1] + [fixed] + lines[number:]
            if _reads_past(trial, number, parse):
                lines[number - 1] = fixed
                touched.add(number)
                return True
    return False


def _reads_past(lines: list[str], number: int, parse: Callable[[str], object]) -> bool:
    try:
        parse("\n".join(lines))
    except OutlineError as exc:
        return min((p.line for p in exc.problems if p.line > 0), default=0) > number
    return True


def _previous(lines: list[str], number: int) -> int:
    for before in range(number - 1, 0, -1):
        if lines[before - 1].strip() and not lines[before - 1].lstrip().startswith("#"):
            return before
    return 0
