"""Vietnam's administrative map since 01/7/2025: 34 provinces, no district level.

The names come from the data the ``vietnamadminunits`` package ships (its 2025
conversion table: each of the 34 provinces with the provinces merged into it, and the
names of the 63 before), read as files from the installed package: nothing of it is
imported and nothing is fetched at run time. :func:`findings` says what an issuing body's
name still names of the old map, with the present name where the data knows it.
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Merged:
    """A province that no longer exists: its old name and the one it is part of now."""

    old: str
    now: str


def _key(text: str) -> str:
    """The package's key of a name: no accents, no spaces, lower case ("Tỉnh Bình Dương" → tinhbinhduong)."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def _data(name: str) -> dict:
    path = importlib.metadata.distribution(PACKAGE).locate_file(f"{PACKAGE}/data/{name}")
    # typeshed types locate_file() as SimplePath, whose read_text() takes no encoding for Python 3.11;
    # at run time it is a pathlib.Path
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[call-arg]


@functools.lru_cache(maxsize=1)
def merged_provinces() -> dict[str, Merged]:
    """{key of an old province's name: Merged} for each province merged into another one.

    Empty when the package is not installed (then nothing is said about provinces).
    """
    try:
        moves = _data("converter_2025.json")["DICT_PROVINCE"]
        old = _data("parser_legacy.json")["DICT_PROVINCE"]
        new = _data("parser_from_2025.json")["DICT_PROVINCE"]
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
    table = merged_provinces()
    for match in _PROVINCE.finditer(text):
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
