"""The declarative records of :mod:`minutes.outline.schema`: values with their place, problems, the walk.

A :class:`Record` is a declarative table: the keys allowed in one YAML mapping, how
each value is converted, which are required, and the model class to build. Converters
take a :class:`Checker` (which collects every :class:`~minutes.errors.Problem`) and an
:class:`At` (a value with its place in the file) and return the converted value, or
:data:`INVALID` after reporting. :func:`record` walks one mapping by its Record:
unknown keys (with a suggestion), missing and empty required keys, then each value.
Nothing stops at the first problem.

Import these names from :mod:`minutes.outline.schema`, which also holds the converters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from minutes.errors import Problem
from minutes.glossary import field_term, key_for
from minutes.i18n import N_, _
from minutes.outline import reader as yamlio

INVALID: Any = type("Invalid", (), {"__repr__": lambda self: "INVALID"})()
"""Returned by a converter that has reported a problem."""

BLANK: Any = type("Blank", (), {"__repr__": lambda self: "BLANK"})()
"""A key written with no value: a place left to fill by hand (reported as a warning)."""

NO_BLANK: Any = type("NoBlank", (), {"__repr__": lambda self: "NO_BLANK"})()
"""For :attr:`Field.blank`: a blank value is dropped (the key counts as absent)."""

UNFILLED = N_("chưa được điền")
"""In the warning about each place left to fill (see :func:`unfilled`)."""


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
    wants_warnings: bool = True
    """False when nobody reads the warnings: checks that could only warn may be skipped."""

    def report(self, at: At, message: str, *, path: str | None = None, of_key: bool = False) -> Any:
        """Record a problem about ``at`` and return :data:`INVALID`."""
        line, col = at.where(of_key=of_key)
        self.problems.append(Problem(self.name, line, col, at.path if path is None else path, message))
        return INVALID

    def warn(self, at: At, message: str, *, of_key: bool = False) -> None:
        """Record a warning about ``at`` (once, however often the value is read)."""
        line, col = at.where(of_key=of_key)
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
    """One allowed key: its converter, whether it is required, whether the model gets it.

    ``blank``: what the model gets for the key written with no value (a place to fill);
    by default nothing (the model's default). A required key with a ``blank`` may be left
    to fill; without one, leaving it empty is an error.
    """

    convert: Convert
    required: bool = False
    keep: bool = True
    blank: Any = NO_BLANK


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
    """The glossary term for a dotted path (indices ignored), or "" when it has none;
    in the language of the messages (the glossary's terms are in the catalogue)."""
    return _(field_term(path))


def is_empty(value: Any) -> bool:
    """True for what counts as "not given": null, empty text, an empty list."""
    return value is None or (isinstance(value, str | tuple | list) and not value)


def record(ch: Checker, at: At, spec: Record, **extra: Any) -> Any:
    """Convert the mapping at ``at`` by ``spec``: unknown keys, missing keys and each value."""
    if not isinstance(at.value, Mapping):
        keys = ", ".join(spec.fields)
        return ch.report(at, _("phải là một nhóm các mục con ({keys}), mỗi mục một dòng, thụt lề vào").format(
            keys=keys))
    reported = len(ch.problems)
    suggested = _unknown_keys(ch, at, spec)
    values = {key: _field(ch, at, key, rule, suggested) for key, rule in spec.fields.items()}
    if spec.check:
        spec.check(ch, at, {k: None if v is BLANK else v for k, v in values.items()})
    if len(ch.problems) > reported:
        return INVALID
    made = {}
    for key, value in values.items():
        rule = spec.fields[key]
        if rule.keep and value is BLANK and rule.blank is not NO_BLANK:
            made[key] = rule.blank
        elif rule.keep and value is not BLANK and not is_empty(value):
            made[key] = value
    return spec.make(**made, **extra)


def _field(ch: Checker, at: At, key: str, rule: Field, suggested: set[str]) -> Any:
    if key not in at.value:
        if rule.required and key not in suggested:
            return _missing(ch, at, key)
        return None
    child = at.child(key)
    if child.value is None or isinstance(child.value, str) and not child.value.strip():
        if rule.required and rule.blank is NO_BLANK:  # "key:" with nothing after it: point at the key
            return ch.report(child, _empty(child.path), of_key=child.value is None)
        ch.warn(child, unfilled(child.path), of_key=child.value is None)
        return BLANK
    value = rule.convert(ch, child)
    if rule.required and value is not INVALID and is_empty(value):
        return ch.report(child, _empty(child.path))
    return value


def unfilled(path: str) -> str:
    """The warning for a key written with no value: the document leaves room to write it in."""
    name = label(path) or f"'{path.rsplit('.', 1)[-1]}'"
    return (_("{name} {unfilled}: văn bản sẽ để dòng chấm (……) để ghi tay; hãy điền trước khi in, hoặc xóa "
              "cả dòng nếu không dùng").format(name=name, unfilled=_(UNFILLED)))


def _missing(ch: Checker, at: At, key: str) -> Any:
    path = f"{at.path}.{key}" if at.path else key
    name = label(path)
    return ch.report(at, _("thiếu mục bắt buộc '{key}'").format(key=key) + (f" ({name})" if name else ""),
                     path=path)


def _empty(path: str) -> str:
    name = label(path) or f"'{path.rsplit('.', 1)[-1]}'"
    return _("{name} không được để trống").format(name=name)


def _comma_hint(mapping: Mapping, key: Any) -> str:
    """A key without a value right after a text value: most likely a comma inside ``{…}``."""
    keys = list(mapping)
    before = keys[keys.index(key) - 1] if keys.index(key) else None
    if not isinstance(mapping.get(before), str):
        return ""
    joined = f"{mapping[before]}, {yamlio.show(str(key))}"
    return (_("có lẽ dấu phẩy trong giá trị đã cắt nó làm hai; hãy đặt cả giá trị trong dấu ngoặc kép: "
              '{before}: "{joined}" (nếu không, ').format(before=before, joined=joined))


def _decimal_hint(mapping: Mapping, key: Any) -> str:
    """``{value: 97,7}``: a Vietnamese decimal comma inside ``{…}`` splits the number in two."""
    keys = list(mapping)
    before = keys[keys.index(key) - 1] if keys.index(key) else None
    previous = mapping.get(before)
    if not (isinstance(previous, int) and not isinstance(previous, bool) and str(key).isdigit()):
        return ""
    number = f"{yamlio.source_text(previous)},{key}"
    return (_("có lẽ đây là số thập phân {number} viết bằng dấu phẩy: trong dấu {{…}} dấu phẩy ngăn các "
              'mục, nên số bị cắt làm hai; hãy đặt số trong dấu ngoặc kép: {before}: "{number}"').format(
        number=number, before=before))


def _item_hint(at: At, key: Any, spec: Record) -> str:
    """``- Đánh giá: kết quả``: a ": " inside a list item made the text a key and a value."""
    if not at.path.endswith("]") or len(at.value) != 1 or not isinstance(key, str):
        return ""
    value = at.value[key]
    if isinstance(value, (Mapping, list)) or "text" not in spec.fields:
        return ""
    whole = f"{key}: {value}" if value is not None else f"{key}:"
    shown = whole.replace("\\", "\\\\").replace('"', '\\"')
    return (_('dấu hai chấm và dấu cách (": ") trong mục danh sách làm mục thành một cặp khóa: giá trị; hãy '
              'đặt cả mục trong dấu ngoặc kép: - "{shown}"').format(shown=shown))


def _unknown_keys(ch: Checker, at: At, spec: Record) -> set[str]:
    """Report every key ``spec`` does not allow; return the allowed keys they resemble."""
    suggested: set[str] = set()
    allowed = list(spec.fields)
    for key in at.value:
        if isinstance(key, str) and key in spec.fields:
            continue
        shown = yamlio.show(str(key))
        known = key_for(str(key), at.path, allowed)
        import difflib  # imported only when a key is wrong

        close = difflib.get_close_matches(str(key).strip().lower(), allowed, n=1, cutoff=0.6)
        if known is not None:
            suggested.add(known[0])
            hint = known[1]
        elif close:
            suggested.add(close[0])
            hint = _("có phải ý bạn là '{close}'?").format(close=close[0])
        else:
            hint = _("các khóa được phép ở đây: {keys}").format(keys=", ".join(allowed))
        if at.value[key] is None and known is None and not close:
            decimal = _decimal_hint(at.value, key)
            comma = _comma_hint(at.value, key)
            hint = decimal or (f"{comma}{hint})" if comma else hint)
        item = _item_hint(at, key, spec)
        if item:
            hint = item
            suggested.update(name for name, rule in spec.fields.items() if rule.required)
        path = f"{at.path}.{shown}" if at.path else shown
        ch.report(at.child(key), _("khóa '{shown}' không hợp lệ; {hint}").format(
            shown=shown, hint=hint), path=path, of_key=True)
    return suggested
