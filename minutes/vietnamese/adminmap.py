"""Vietnam's administrative map since 01/7/2025: 34 provinces, no district level.

The names come from the data the ``vietnamadminunits`` package ships (its 2025
conversion table: each of the 34 provinces with the provinces merged into it, and the
names of the 63 before), read as files from the installed package: nothing of it is
imported and nothing is fetched at run time. :func:`findings` says what an issuing body's
name still names of the old map, with the present name where the data knows it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib.metadata
import json
import re
import unicodedata
from dataclasses import dataclass

REFORM = dt.date(2025, 7, 1)
"""The day the 34 provinces and the two-level local government took effect
(Nghị quyết 202/2025/QH15; Luật Tổ chức chính quyền địa phương 2025)."""

PACKAGE = "vietnamadminunits"
_FIRST_KEY = re.compile(r'\s*\{\s*"DICT_PROVINCE"\s*:\s*')


@dataclass(frozen=True, slots=True)
class Merged:
    """A province that no longer exists: its old name and the one it is part of now."""

    old: str
    now: str


def _key(text: str) -> str:
    """The package's key of a name: no accents, no spaces, lower case ("Tỉnh Bình Dương" → tinhbinhduong)."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def province_table(name: str) -> dict:
    """The ``DICT_PROVINCE`` table of the package's data file ``name``.

    The table is the file's first key and a few kilobytes of its megabytes (the rest are
    wards): it is decoded alone with ``JSONDecoder.raw_decode``, which stops at the end of
    the value, so reading the map costs milliseconds, not the tens a whole file takes.
    Decoded whole when the file is laid out otherwise.
    """
    path = importlib.metadata.distribution(PACKAGE).locate_file(f"{PACKAGE}/data/{name}")
    # typeshed types locate_file() as SimplePath, whose read_text() takes no encoding for Python 3.11;
    # at run time it is a pathlib.Path
    text = path.read_text(encoding="utf-8")  # type: ignore[call-arg]
    head = _FIRST_KEY.match(text)
    if head is not None:
        with contextlib.suppress(ValueError):
            table, _end = json.JSONDecoder().raw_decode(text[head.end():])
            if isinstance(table, dict):
                return table
    return json.loads(text)["DICT_PROVINCE"]


@functools.lru_cache(maxsize=1)
def merged_provinces() -> dict[str, Merged]:
    """{key of an old province's name: Merged} for each province merged into another one.

    Empty when the package is not installed (then nothing is said about provinces).
    """
    try:
        moves = province_table("converter_2025.json")
        old = province_table("parser_legacy.json")
        new = province_table("parser_from_2025.json")
    except (importlib.metadata.PackageNotFoundError, OSError, KeyError, ValueError):
        return {}
    found = {}
    for now, parts in moves.items():
        for part in parts:
            if part != now and part in old and now in new:
                found[_key(old[part]["provinceShort"])] = Merged(old[part]["province"], new[now]["province"])
    return found


_PROVINCE = re.compile(r"(?<!\w)(?:TỈNH(?:\s+ỦY)?|THÀNH PHỐ|THÀNH ỦY|TP\.?)\s+"
                       r"(?P<name>[^\W\d_]+(?:(?:\s+|\s*-\s*)[^\W\d_]+){0,4})", re.IGNORECASE)
_DISTRICT = re.compile(r"(?<!\w)(?P<unit>HUYỆN|QUẬN|THỊ XÃ)(?!\w)", re.IGNORECASE)


def merged_in(text: str) -> Merged | None:
    """The first province ``text`` names ("UBND TỈNH BÌNH DƯƠNG") that was merged into another."""
    for match in _PROVINCE.finditer(text):
        table = merged_provinces()  # read only for a text that names a province
        words = re.split(r"\s+|\s*-\s*", match["name"])
        for size in range(len(words), 0, -1):  # "TỈNH BÌNH DƯƠNG CŨ": the longest name that is one
            found = table.get(_key(" ".join(words[:size])))
            if found is not None:
                return found
    return None


def district_in(text: str) -> str | None:
    """The district-level word ``text`` names ("HUYỆN", "QUẬN", "THỊ XÃ"), if any."""
    match = _DISTRICT.search(text)
    return match["unit"] if match else None
