"""minutes.outline.compose and .scalars: the one-pass C reading gives what ruamel's round trip gave.

Every file and snippet below is read both ways, and the values (with their Python
types), every key's and item's position, and the duplicated keys must agree; the
examples must take the fast pass (not fall back to ruamel).
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from minutes.outline import compose, reader
from minutes.outline.limits import check_limits
from minutes.outline.scalars import Float, Int, resolve

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "examples").glob("*.yaml")) + sorted((ROOT / "tests" / "data").rglob("*.yaml"))
SCALARS = [
    "14:00", "no", "on", "yes", "off", "y", "05", "007", "0o17", "0x1F", "0b101", "1_000", "_", "+_", "1.248",
    "14.30", "1.2480", ".5", "-.5", "+1", "-0", "1e5", "1E-3", "1.", ".inf", "-.Inf", ".NaN", "~", "null", "NULL",
    "true", "True", "FALSE", "2025-02-05", "2025-02-31", "2025-2-5", "2025-02-05 10:20:30",
    "2025-02-05T10:20:30.5Z", "2025-02-05 10:20:30 +07:00", "<<x", "1:2", "12:30:45", "0.", "00", "+", "0o", "0x",
    "1__2", "1,5", "1.2.3", "123456789012345678901234567890", "Hội nghị", "'quoted'", '"05"',
]
SNIPPETS = [
    "a: &x {b: 1}\nc:\n  <<: *x\n  d: 2\n",
    "a: [1, 2, {b: c}]\nb:\n- x\n-\n  - y\n",
    "a:\nb: ''\nc: |\n  x\n  y\nd: >-\n  p\n  q\n",
    "a: 1\na: 2\nb: {c: 1, c: 2}\n",
    "a: &s text\nb: *s\n",
    "x:\n  - &m {a: 1}\n  - <<: [*m, {b: 2}]\n    c: 3\n",
    "? a\n: b\n",
    "a:\nb:\n  c:\n  d:\ne: 1\n",
    "a:\n  -\n  - b\n  -\n",
    "a: &e\nb: *e\n",
    "a: # c\n# d\n\nb: x\n",
    "a: [Nguyễn Văn A, Trần Thị B, {x: ệ, y: [ô, ơ]}]\nb: 'Ủy ban'\n",
    "a: 1\r\nb:\r\n  - x\r\n  -\r\nc: [ồ, ộ]\r\n",
    "- a\n- b\n",
]


def fast(text: str):
    found: list = []
    data = compose.compose(text, "t.yaml", check_limits, found)
    return data, [reader._duplicate("t.yaml", *d) for d in found]


def slow(text: str):
    return reader._parse_ruamel(text, "t.yaml", [])


def plain(value):
    """``value`` with ruamel's and our own types reduced to the Python types they stand for."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    for kind in (bool, int, float, str, dt.datetime, dt.date):
        if isinstance(value, kind):
            if kind is dt.datetime:
                value = dt.datetime(*value.timetuple()[:6], value.microsecond)
            return (kind.__name__, kind(value) if kind in (bool, int, float, str) else value)
    return (type(value).__name__, repr(value))


def places(value, path="", out=None):
    """Every position the ``lc`` of ``value`` and its children hold, by path."""
    out = {} if out is None else out
    lc = getattr(value, "lc", None)
    if lc is not None and isinstance(value, dict | list):
        out[path] = (lc.line, lc.col)
        for key, where in (lc.data or {}).items():
            out[f"{path}/{key}"] = tuple(where)
    for key, child in (value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list)
                       else ()):
        places(child, f"{path}.{key}", out)
    return out


def same(text: str, *, must_be_fast: bool = True) -> None:
    got, got_dups = fast(text)
    if got is None:
        assert not must_be_fast, "the fast pass declined"
        return
    want, want_dups = slow(text)
    assert plain(got) == plain(want)
    assert places(got) == places(want)
    assert got_dups == want_dups


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_files_read_the_same_both_ways(path):
    text = reader._mask_controls(path.read_text(encoding="utf-8-sig"))
    same(text, must_be_fast=path.parent.name == "examples")


@pytest.mark.parametrize("scalar", SCALARS)
def test_scalars_resolve_as_ruamel_does(scalar):
    same(f"k: {scalar}\n")


@pytest.mark.parametrize("text", SNIPPETS)
def test_snippets_read_the_same_both_ways(text):
    same(text)


@pytest.mark.parametrize("text", [
    "a: !!int 5\n",            # a tag: ruamel's constructors decide
    "a: !foo x\n",
    "a: x\u2028y\n",           # a line break only in YAML 1.1
    "a: [x\n",                 # a syntax error: ruamel words it
    "",                        # empty: ruamel's message
    "a: 1\n---\nb: 2\n",       # two documents
    "k: =\n",                  # ruamel's "value" tag
])
def test_what_the_fast_pass_leaves_to_ruamel(text):
    assert fast(text)[0] is None


def test_yaml_12_rules_and_numbers_keep_their_spelling():
    assert resolve("14:00") == "14:00" and resolve("no") == "no" and resolve("on") == "on"
    five = resolve("05")
    assert isinstance(five, Int) and five == 5 and five.source == "05"
    assert isinstance(resolve("1.2480"), Float) and resolve("1.2480").source == "1.2480"
    assert resolve("2025-02-05") == dt.date(2025, 2, 5)
    assert resolve("2025-02-31") == "2025-02-31"  # no such day: text, for the outline's own message
    assert resolve("~") is None and resolve("TRUE") is True
    assert reader.source_text(resolve("14.30")) == "14.30"


def test_the_limits_still_stop_a_bomb_on_the_fast_pass():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi")
    )
    with pytest.raises(reader.OutlineError, match="phình ra"):
        reader.parse(bomb, "t.yaml")
