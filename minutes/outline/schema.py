"""The small validation kit behind :mod:`minutes.outline.fields`: import it from here.

A :class:`Record` is a declarative table: the keys allowed in one YAML mapping, how
each value is converted, which are required, and the model class to build. Converters
take a :class:`Checker` (which collects every :class:`~minutes.errors.Problem`) and an
:class:`At` (a value with its place in the file) and return the converted value, or
:data:`INVALID` after reporting. Nothing stops at the first problem.

This module holds the converters (:func:`text`, :func:`parsed`, :func:`whole`,
:func:`choice`, :func:`list_of`, …) and re-exports the rest of the kit:

* :mod:`minutes.outline.checker`: :class:`At`, :class:`Checker`, :class:`Field`,
  :class:`Record`, :data:`INVALID` and :func:`record`, the walk of one mapping;
* :mod:`minutes.outline.textclean`: :func:`scalar` and :func:`clean`, the text hygiene applied
  to every text value (control characters refused, NFC, invisible characters removed
  with a warning, TCVN3/VNI converted, white space stripped).

Warnings are collected in :attr:`Checker.warnings`, apart from problems.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from minutes.i18n import N_, _
from minutes.outline import reader as yamlio
from minutes.outline.checker import (  # noqa: F401 (re-exported: the kit is imported from here)
    INVALID,
    At,
    Checker,
    Convert,
    Field,
    Record,
    is_empty,
    label,
    record,
)
from minutes.outline.textclean import BIDI_CONTROLS, INVISIBLE, ZERO_WIDTH, clean, normalise, scalar  # noqa: F401
from minutes.vietnamese.parse import parse_number


def text(ch: Checker, at: At) -> Any:
    """Text; a whole number is accepted as written (``05`` stays "05")."""
    value = scalar(ch, at)
    if isinstance(value, int) and not isinstance(value, bool):
        return yamlio.source_text(value)
    if value is INVALID or isinstance(value, str):
        return value
    hint = (
        _("hãy viết nội dung ngay sau dấu ':', trên cùng một dòng")
        if isinstance(value, list | Mapping) else _("hãy đặt giá trị trong dấu ngoặc kép")
    )
    return ch.report(at, _("phải là văn bản (đang là {kind}); {hint}").format(kind=_kind(value), hint=hint))


def _kind(value: Any) -> str:
    """What YAML made of ``value``, for messages ("một ngày", "số thập phân '1.5'")."""
    if isinstance(value, bool):
        return _("giá trị đúng/sai '{lower}'").format(lower=str(value).lower())
    if isinstance(value, float):
        return _("số thập phân '{source_text}'").format(source_text=yamlio.source_text(value))
    if isinstance(value, dt.date):
        return _("một ngày")
    if isinstance(value, list):
        return _("một danh sách")
    if isinstance(value, Mapping):
        return _("một nhóm mục con")
    return _("giá trị '{value}'").format(value=value)


def parsed(parse: Callable[[Any], Any]) -> Convert:
    """A converter that applies a :mod:`minutes.vietnamese.parse` parser; a YAML float is
    passed as written ("14.30", "1.248") so it reads the Vietnamese way."""

    def convert(ch: Checker, at: At) -> Any:
        value = scalar(ch, at)
        if value is INVALID:
            return value
        if isinstance(value, list | Mapping):
            return ch.report(at, _("phải là một giá trị đơn (đang là {kind})").format(kind=_kind(value)))
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
    wanted = N_("số nguyên dương, ví dụ 5") if minimum > 0 else N_("số nguyên từ 0 trở lên, ví dụ 25")

    def convert(ch: Checker, at: At) -> Any:
        quiet = Checker(ch.name)
        value = number(quiet, at)
        if isinstance(value, int) and value >= minimum:
            ch.warnings.extend(w for w in quiet.warnings if w not in ch.warnings)
            return value
        return ch.report(at, _("{describe} không hợp lệ; hãy viết {wanted}").format(
            describe=_describe(at.value), wanted=_(wanted)))

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
        import difflib  # imported only for a wrong value

        close = difflib.get_close_matches(value.lower(), options, n=1)
        hint = _("; có phải ý bạn là '{close}'?").format(close=close[0]) if close else ""
        return ch.report(at, _("'{value}' không hợp lệ; chọn một trong: {options}{hint}").format(
            value=value, options=', '.join(options), hint=hint))

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
        return ch.report(at, _("mục trống; hãy điền nội dung hoặc xóa dòng '-' thừa"))
    value = convert(ch, at)
    if value is not INVALID and is_empty(value):
        return ch.report(at, _("mục trống; hãy điền nội dung hoặc xóa dòng '-' thừa"))
    return value


texts = list_of(text)
