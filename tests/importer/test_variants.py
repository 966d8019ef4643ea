"""Import on the many ways a văn thư types the same biên bản (tests/importer/variants.py): every
class of layout there is read, at least 95 % of the fields right over the set, and no value is
invented."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import variants
from test_recall import compare, values

from minutes.importer import import_docx

DEGREE = re.compile(r"^(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|CN|KS|ĐD|DS|YS)\.\s*)+")
"""A title written before a name ("BSCKII.", "ĐD."): kept or left, either way is right."""


def field(data: dict, path: str):
    """The value at ``path``: a person as the name only, absentees as their names joined by "; "."""
    value = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if path in ("chair.position", "secretary.position"):
        found = data.get(path.split(".")[0])
        value = found.get("position") if isinstance(found, dict) else \
            found.split(" - ", 1)[1] if isinstance(found, str) and " - " in found else None
    if path in ("chair", "secretary"):
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str):
            value = DEGREE.sub("", value.split(" - ")[0].strip())
    if path == "attendees.absent" and isinstance(value, list):
        value = "; ".join(v["name"] if isinstance(v, dict) else str(v) for v in value)
    return value


def same(path: str, got, want) -> bool:
    if got in (None, "", [], {}):
        return False
    if path.endswith(("date", "start", "end")):
        return [int(n) for n in re.findall(r"\d+", str(got))] == [int(n) for n in re.findall(r"\d+", str(want))]
    if path == "meeting.title":  # the first letter's case and a leading "Họp" are the typist's choice
        def plain(text):
            text = " ".join(str(text).split()).casefold()
            return text[4:] if text.startswith("họp ") else text
        return plain(got) == plain(want)
    if isinstance(want, int):
        return str(got).strip() == str(want)
    return " ".join(str(got).split()).rstrip(".") == " ".join(want.split())


def score(name: str):
    data = values(import_docx(getattr(variants, name)(), name=f"{name}.docx", today=dt.date(2026, 1, 1)))
    return compare(name, data, variants.EXPECTED[name], field, same)


@pytest.mark.parametrize("name", sorted(variants.EXPECTED))
def test_no_value_is_invented_whatever_the_typing(name):
    assert score(name)[3] == []


def test_the_typing_variants_are_read():
    right = total = 0
    wrong: list[str] = []
    for name in sorted(variants.EXPECTED):
        r, t, w, _ = score(name)
        right, total, wrong = right + r, total + t, wrong + w
    print(f"import on the typing variants: {right}/{total} = {right / total:.1%}")
    print("\n".join(wrong))
    assert right / total >= 0.95, f"{right}/{total} = {right / total:.1%}\n" + "\n".join(wrong)
