"""The small validation kit behind :mod:`minutes.outline`.

A :class:`Record` is a declarative table: the keys allowed in one YAML mapping, how
each value is converted, which are required, and the model class to build. Converters
take a :class:`Checker` (which collects every :class:`~minutes.errors.Problem`) and an
:class:`At` (a value with its place in the file) and return the converted value, or
:data:`INVALID` after reporting. Nothing stops at the first problem.

Text hygiene (:func:`scalar`, applied to every text value, in this order):

1. Control characters (other than tab and line breaks), lone surrogates, U+FFFE/U+FFFF
   (not allowed in a .docx) and U+FFFD "�" (text already damaged by a failed conversion;
   the letters are lost) are **errors** naming the field and the code points.
2. Unicode NFC: text typed or pasted decomposed (NFD) is composed.
3. Invisible characters are **removed with a warning** naming the field and the code
   points: zero-width U+200B, U+200C, U+200D, U+2060, U+FEFF and the bidi controls
   U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069. A zero-width joiner between
   two emoji (👨‍👩‍👧, 🏳️‍🌈) is part of the emoji and is kept.
4. Text typed in TCVN3 (.VnTime) or VNI is converted to Unicode with a warning, or
   refused when that is ambiguous: see :mod:`minutes.legacy`.
5. Leading and trailing white space is stripped.

Tabs and line breaks inside text are kept as typed (tests/test_outline.py
``test_tab_and_newline_are_kept``): a line break starts a new paragraph, and the
one-line places of the document (names, titles) already fold any white space,
tabs included, into one space.

Nothing else is dropped or changed: emoji, symbols, quotes, XML specials (& < > " ')
and text that looks like a template (``{{ 7*7 }}``) are kept as typed and printed
literally. Warnings are collected in :attr:`Checker.warnings`, apart from problems.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import TaggedScalar

from minutes import legacy, yamlio
from minutes.errors import Problem
from minutes.glossary import field_term
from minutes.vnparse import parse_number

INVALID: Any = type("Invalid", (), {"__repr__": lambda self: "INVALID"})()
"""Returned by a converter that has reported a problem."""

_STR_TAG = "tag:yaml.org,2002:str"


@dataclass(frozen=True)
class At:
    """A YAML value with its dotted path and the container/key it sits under."""

    value: Any
    path: str = ""
    parent: Any = None
    key: Any = None

    def child(self, key: Any) -> At:
        """The value under ``key`` (a mapping key or a list index)."""
        if isinstance(self.value, list):
            path = f"{self.path}[{key}]"
        else:
            path = f"{self.path}.{key}" if self.path else str(key)
        return At(self.value[key], path, self.value, key)

    def where(self, *, of_key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value, or of its key."""
        if self.parent is None:
            return yamlio.position(self.value)
        return yamlio.position(self.parent, self.key, of_key=of_key)


@dataclass
class Checker:
    """Collects the problems of one file, and apart from them its warnings.

    A warning (text converted from TCVN3, invisible characters removed) does not stop
    the outline from being used; it tells the secretary what was changed.
    """

    name: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def report(self, at: At, message: str, *, path: str | None = None, of_key: bool = False) -> Any:
        """Record a problem about ``at`` and return :data:`INVALID`."""
        line, col = at.where(of_key=of_key)
        self.problems.append(Problem(self.name, line, col, at.path if path is None else path, message))
        return INVALID

    def warn(self, at: At, message: str) -> None:
        """Record a warning about ``at`` (once, however often the value is read)."""
        line, col = at.where()
        warning = Problem(self.name, line, col, at.path, message)
        if warning not in self.warnings:
            self.warnings.append(warning)

    def sorted(self) -> list[Problem]:
        """The problems in file order."""
        return sorted(self.problems, key=lambda p: (p.line, p.column))

    def sorted_warnings(self) -> list[Problem]:
        """The warnings in file order."""
        return sorted(self.warnings, key=lambda p: (p.line, p.column))


Convert = Callable[[Checker, At], Any]


@dataclass(frozen=True)
class Field:
    """One allowed key: its converter, whether it is required, whether the model gets it."""

    convert: Convert
    required: bool = False
    keep: bool = True


@dataclass(frozen=True)
class Record:
    """The allowed keys of one mapping and the model built from it.

    ``check`` runs after conversion, with the converted values (None when absent,
    INVALID when already reported), for rules that involve several keys.
    """

    make: Callable[..., Any]
    fields: Mapping[str, Field]
    check: Callable[[Checker, At, dict[str, Any]], None] | None = None


def label(path: str) -> str:
    """The glossary term for a dotted path (indices ignored), or "" when it has none."""
    return field_term(path)


def is_empty(value: Any) -> bool:
    """True for what counts as "not given": null, empty text, an empty list."""
    return value is None or (isinstance(value, str | tuple | list) and not value)


def record(ch: Checker, at: At, spec: Record, **extra: Any) -> Any:
    """Convert the mapping at ``at`` by ``spec``: unknown keys, missing keys and each value."""
    if not isinstance(at.value, Mapping):
        keys = ", ".join(spec.fields)
        return ch.report(at, f"phải là một nhóm các mục con ({keys}), mỗi mục một dòng, thụt lề vào")
    reported = len(ch.problems)
    suggested = _unknown_keys(ch, at, spec)
    values = {key: _field(ch, at, key, rule, suggested) for key, rule in spec.fields.items()}
    if spec.check:
        spec.check(ch, at, values)
    if len(ch.problems) > reported:
        return INVALID
    kept = {k: v for k, v in values.items() if spec.fields[k].keep and not is_empty(v)}
    return spec.make(**kept, **extra)


def _field(ch: Checker, at: At, key: str, rule: Field, suggested: set[str]) -> Any:
    if key not in at.value:
        if rule.required and key not in suggested:
            return _missing(ch, at, key)
        return None
    child = at.child(key)
    if child.value is None:  # "key:" with nothing after it: point at the key
        return ch.report(child, _empty(child.path), of_key=True) if rule.required else None
    if isinstance(child.value, str) and not child.value.strip():
        return ch.report(child, _empty(child.path)) if rule.required else None
    value = rule.convert(ch, child)
    if rule.required and value is not INVALID and is_empty(value):
        return ch.report(child, _empty(child.path))
    return value


def _missing(ch: Checker, at: At, key: str) -> Any:
    path = f"{at.path}.{key}" if at.path else key
    name = label(path)
    return ch.report(at, f"thiếu mục bắt buộc '{key}'" + (f" ({name})" if name else ""), path=path)


def _empty(path: str) -> str:
    name = label(path) or f"'{path.rsplit('.', 1)[-1]}'"
    return f"{name} không được để trống"


def _unknown_keys(ch: Checker, at: At, spec: Record) -> set[str]:
    """Report every key ``spec`` does not allow; return the allowed keys they resemble."""
    suggested: set[str] = set()
    allowed = list(spec.fields)
    for key in at.value:
        if isinstance(key, str) and key in spec.fields:
            continue
        shown = yamlio.show(str(key))
        close = difflib.get_close_matches(str(key).strip().lower(), allowed, n=1, cutoff=0.6)
        if close:
            suggested.add(close[0])
            hint = f"có phải ý bạn là '{close[0]}'?"
        else:
            hint = "các khóa được phép ở đây: " + ", ".join(allowed)
        path = f"{at.path}.{shown}" if at.path else shown
        ch.report(at.child(key), f"khóa '{shown}' không hợp lệ; {hint}", path=path, of_key=True)
    return suggested


def scalar(ch: Checker, at: At) -> Any:
    """The plain value at ``at``: text NFC-normalised and stripped, control characters reported."""
    value = at.value
    if isinstance(value, TaggedScalar):
        if str(value.tag) != _STR_TAG:
            return ch.report(at, f"không dùng thẻ YAML '{value.tag}' trong đề cương; hãy xóa thẻ")
        value = value.value
    if not isinstance(value, str):
        return value
    found = yamlio.control_chars(value)
    if found:
        return ch.report(
            at, f"có ký tự điều khiển {', '.join(found)} (thường do dán từ Word hoặc PDF); hãy xóa ký tự đó"
        )
    return clean(ch, at, str(value))


# Characters a .docx (XML 1.0) cannot hold, and the replacement character of a failed decoding.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_REPLACEMENT = "\ufffd"

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE = ZERO_WIDTH | BIDI_CONTROLS
"""Removed from text with a warning (see the module docstring)."""

_ZWJ = "\u200d"
_EMOJI_TAIL = re.compile("[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]+$")


def _emoji(char: str) -> bool:
    """A pictograph that a zero-width joiner may join (So or Sk, beyond Latin)."""
    return ord(char) >= 0x2000 and unicodedata.category(char) in ("So", "Sk")


def _joins_emoji(text: str, index: int) -> bool:
    before = _EMOJI_TAIL.sub("", text[:index])
    after = text[index + 1 : index + 2]
    return bool(before) and _emoji(before[-1]) and bool(after) and _emoji(after)


def normalise(value: str) -> tuple[str, list[str]]:
    """Apply hygiene steps 2, 3 and 5 (no legacy conversion); return the text and the
    code points removed (``U+200B``…, each once).
    """
    value = unicodedata.normalize("NFC", value)
    removed: list[str] = []
    if not INVISIBLE.isdisjoint(value):
        kept = []
        for i, char in enumerate(value):
            if char in INVISIBLE and not (char == _ZWJ and _joins_emoji(value, i)):
                removed.append(f"U+{ord(char):04X}")
            else:
                kept.append(char)
        value = "".join(kept)
    return value.strip(), list(dict.fromkeys(removed))


def clean(ch: Checker, at: At, value: str) -> Any:
    """The text hygiene of the module docstring; returns the clean text or :data:`INVALID`."""
    bad = sorted({f"U+{ord(c):04X}" for c in _NOT_XML.findall(value)})
    if bad:
        return ch.report(at, f"có ký tự không hợp lệ {', '.join(bad)} (không lưu được vào .docx); hãy xóa ký tự đó")
    if _REPLACEMENT in value:
        return ch.report(
            at,
            f"có ký tự hỏng '\ufffd' (U+FFFD) trong '{legacy.excerpt(value)}': chữ đã bị mất khi chuyển "
            "bảng mã; hãy gõ lại phần chữ đó",
        )
    value, removed = normalise(value)
    if removed:
        ch.warn(at, f"đã xóa ký tự vô hình {', '.join(removed)} (thường do dán từ web, Word hoặc PDF)")
    verdict = legacy.detect(value)
    if verdict.ambiguous:
        return ch.report(
            at,
            f"'{legacy.excerpt(value)}' có vẻ được gõ bằng bảng mã cũ (TCVN3/.VnTime hoặc VNI) nhưng không "
            "chuyển sang Unicode chắc chắn được; hãy chuyển mã (Unikey: Công cụ chuyển mã) rồi dán lại",
        )
    if verdict.encoding is not None:
        ch.warn(
            at,
            f"đã chuyển chữ {verdict.encoding.label} sang Unicode: '{legacy.excerpt(value)}' → "
            f"'{legacy.excerpt(verdict.text)}'; hãy kiểm tra lại",
        )
        value = verdict.text.strip()
    return value


def text(ch: Checker, at: At) -> Any:
    """Text; a whole number is accepted as written (``05`` stays "05")."""
    value = scalar(ch, at)
    if isinstance(value, int) and not isinstance(value, bool):
        return yamlio.source_text(value)
    if value is INVALID or isinstance(value, str):
        return value
    hint = (
        "hãy viết nội dung ngay sau dấu ':', trên cùng một dòng"
        if isinstance(value, list | Mapping) else "hãy đặt giá trị trong dấu ngoặc kép"
    )
    return ch.report(at, f"phải là văn bản (đang là {_kind(value)}); {hint}")


def _kind(value: Any) -> str:
    """What YAML made of ``value``, for messages ("một ngày", "số thập phân '1.5'")."""
    if isinstance(value, bool):
        return f"giá trị đúng/sai '{str(value).lower()}'"
    if isinstance(value, float):
        return f"số thập phân '{yamlio.source_text(value)}'"
    if isinstance(value, dt.date):
        return "một ngày"
    if isinstance(value, list):
        return "một danh sách"
    if isinstance(value, Mapping):
        return "một nhóm mục con"
    return f"giá trị '{value}'"


def parsed(parse: Callable[[Any], Any]) -> Convert:
    """A converter that applies a :mod:`minutes.vnparse` parser; a YAML float is
    passed as written ("14.30", "1.248") so it reads the Vietnamese way."""

    def convert(ch: Checker, at: At) -> Any:
        value = scalar(ch, at)
        if value is INVALID:
            return value
        if isinstance(value, list | Mapping):
            return ch.report(at, f"phải là một giá trị đơn (đang là {_kind(value)})")
        try:
            if isinstance(value, float):
                try:
                    return parse(yamlio.source_text(value))
                except ValueError:
                    pass
            return parse(value)
        except ValueError as exc:
            return ch.report(at, str(exc))

    return convert


number = parsed(parse_number)


def whole(minimum: int) -> Convert:
    """A converter for a whole number >= ``minimum`` ("07" and "1.200" are accepted)."""
    wanted = "số nguyên dương, ví dụ 5" if minimum > 0 else "số nguyên từ 0 trở lên, ví dụ 25"

    def convert(ch: Checker, at: At) -> Any:
        quiet = Checker(ch.name)
        value = number(quiet, at)
        if isinstance(value, int) and value >= minimum:
            ch.warnings.extend(w for w in quiet.warnings if w not in ch.warnings)
            return value
        return ch.report(at, f"{_describe(at.value)} không hợp lệ; hãy viết {wanted}")

    return convert


def _describe(value: Any) -> str:
    if isinstance(value, str | int) and not isinstance(value, bool):
        return f"'{yamlio.show(str(value).strip())}'"
    return _kind(value)


def choice(options: tuple[str, ...]) -> Convert:
    """A converter for one of ``options`` (case-insensitive)."""

    def convert(ch: Checker, at: At) -> Any:
        value = text(ch, at)
        if value is INVALID:
            return value
        if value.lower() in options:
            return value.lower()
        close = difflib.get_close_matches(value.lower(), options, n=1)
        hint = f"; có phải ý bạn là '{close[0]}'?" if close else ""
        return ch.report(at, f"'{value}' không hợp lệ; chọn một trong: {', '.join(options)}{hint}")

    return convert


def list_of(convert: Convert) -> Convert:
    """A converter for a list whose entries ``convert`` accepts; one lone entry is a list of one."""

    def convert_list(ch: Checker, at: At) -> Any:
        if not isinstance(at.value, list):
            one = convert(ch, at)
            return one if one is INVALID else (one,)
        items = [_entry(ch, at.child(i), convert) for i in range(len(at.value))]
        return INVALID if any(item is INVALID for item in items) else tuple(items)

    return convert_list


def _entry(ch: Checker, at: At, convert: Convert) -> Any:
    if is_empty(at.value) or (isinstance(at.value, str) and not at.value.strip()):
        return ch.report(at, "mục trống; hãy điền nội dung hoặc xóa dòng '-' thừa")
    value = convert(ch, at)
    if value is not INVALID and is_empty(value):
        return ch.report(at, "mục trống; hãy điền nội dung hoặc xóa dòng '-' thừa")
    return value


texts = list_of(text)
