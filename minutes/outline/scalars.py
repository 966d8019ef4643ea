"""YAML 1.2 plain scalars as ruamel's ``VersionedResolver((1, 2))`` reads them, by our own rules.

:func:`resolve` turns the text of a plain (unquoted, untagged) scalar into its value:
``~``/``null``/empty is None, ``true``/``false`` (three spellings each) a bool, numbers
an :class:`Int` or :class:`Float` that keeps the text it was written as (``05`` is 5
written "05", ``14.30`` and ``1.248`` floats written so), ``2025-02-05`` a date and a
full timestamp a naive datetime (the zone dropped, as ruamel does). Everything else,
``14:00``, ``no``, ``on``, ``yes`` included, stays text, and so does a scalar that looks
like a number or a date but cannot be converted (``2025-02-31``, ``+_``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any


class Unresolved(Exception):
    """A plain scalar that ruamel reads in its own way (``=``): let ruamel read the file."""


class Int(int):
    """A plain YAML integer that remembers how it was written (``05``, ``1_000``)."""

    source: str


class Float(float):
    """A plain YAML float that remembers how it was written (``14.30``, ``1.2480``)."""

    source: str


_FLOAT = re.compile(r"""[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN)""", re.X)
_INT = re.compile(r"[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+")
_TIMESTAMP = re.compile(r"""(?P<y>[0-9]{4})-(?P<m>[0-9][0-9]?)-(?P<d>[0-9][0-9]?)
    (?:(?:[Tt]|[ \t]+)(?P<H>[0-9][0-9]?):(?P<M>[0-9][0-9]):(?P<S>[0-9][0-9])(?:\.(?P<f>[0-9]*))?
    (?:[ \t]*(?P<tz>Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?""", re.X)
_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NUMERIC_START = frozenset("+-.0123456789")


def resolve(value: str) -> Any:
    """The value of a plain (unquoted, untagged) scalar under YAML 1.2; text when it is none
    of null, bool, number or date, or when it looks like one but cannot be converted."""
    if value in _NULL:
        return None
    first = value[0]
    if first in "tTfF" and value in _BOOL:
        return _BOOL[value]
    if first not in _NUMERIC_START:
        if value == "=":
            raise Unresolved  # ruamel's "value" tag: let it say what it makes of it
        return value
    try:
        if _FLOAT.fullmatch(value):
            return _float(value)
        if _INT.fullmatch(value):
            return _int(value)
        if first.isdigit() and _TIMESTAMP.fullmatch(value) and (
            _DATE_ONLY.fullmatch(value) or len(value) > 10
        ):
            return _timestamp(value)
    except (ArithmeticError, ValueError):
        pass
    return value


def _float(value: str) -> Float:
    digits = value.replace("_", "")
    lower = digits.lower()
    if lower.endswith(".inf"):
        number = float("-inf") if digits.startswith("-") else float("inf")
    elif lower == ".nan":
        number = float("nan")
    else:
        number = float(digits)
    result = Float(number)
    result.source = value
    return result


def _int(value: str) -> Int:
    digits = value.replace("_", "")
    sign = -1 if digits.startswith("-") else 1
    body = digits.lstrip("+-")
    if body.startswith("0b"):
        number = int(body[2:], 2)
    elif body.startswith("0x"):
        number = int(body[2:], 16)
    elif body.startswith("0o"):
        number = int(body[2:], 8)
    else:
        number = int(body)
    result = Int(sign * number)
    result.source = value
    return result


def _timestamp(value: str) -> dt.date:
    found = _TIMESTAMP.fullmatch(value)
    year, month, day = int(found["y"]), int(found["m"]), int(found["d"])
    if found["H"] is None:
        return dt.date(year, month, day)
    fraction = int((found["f"] or "0")[:6].ljust(6, "0"))
    # as ruamel: the time as written, the zone dropped
    return dt.datetime(year, month, day, int(found["H"]), int(found["M"]), int(found["S"]), fraction)
