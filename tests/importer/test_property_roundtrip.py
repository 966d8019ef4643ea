"""Property: any outline made of Vietnamese words, in any style, survives render → import → render.

Hypothesis builds outlines with every optional section present or not, several-line
items, sub-points, tasks with and without owner and date, speeches of one or more
points, indicators with decimals: the second document's paragraphs equal the first's.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from test_roundtrip import paragraphs, render_text

from minutes.importer import import_docx
from minutes.importer.line_parts import HONORIFICS
from minutes.vietnamese import legacy

VOWELS = sorted({legacy.letter(v, t) for v in legacy.VOWELS for t in range(6)})
SYLLABLE = st.builds(lambda c, v, e: c + v + e,
                     st.sampled_from(["", "b", "c", "đ", "h", "l", "m", "n", "th", "tr", "ng"]),
                     st.sampled_from(VOWELS), st.sampled_from(["", "n", "m", "c", "t", "ng"]))


def words(low: int = 1, high: int = 6):
    return st.lists(SYLLABLE, min_size=low, max_size=high).map(lambda ws: " ".join(ws).capitalize())


# A name that starts with an honorific ("Bà A", "Anh Tú") reads, in a document, as that honorific
# before a shorter name; the importer drops the honorific, so such names cannot round-trip.
name = st.lists(SYLLABLE.map(str.capitalize), min_size=2, max_size=4).map(" ".join).filter(
    lambda n: not n.lower().startswith(tuple(h + " " for h in HONORIFICS)))
day = st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 28)).map(lambda d: f"{d.day}/{d.month}/{d.year}")
lines = st.lists(words(2, 8), min_size=1, max_size=2).map("\n".join)
item = st.one_of(lines, st.fixed_dictionaries({"text": words(), "items": st.lists(lines, min_size=1, max_size=3)}))
task = st.fixed_dictionaries({"text": words()}, optional={"owner": words(1, 4), "due": day,
                                                         "items": st.lists(words(), min_size=1, max_size=2)})
speech = st.fixed_dictionaries({"speaker": st.one_of(name, words(2, 5)),
                                "content": st.one_of(words(2, 9), st.lists(words(2, 9), min_size=2, max_size=3))})
number = st.one_of(st.integers(0, 10**9), st.decimals("0.1", "999.9", places=1).map(lambda d: str(d).replace(".", ",")))
indicator = st.fixed_dictionaries({"name": words(), "value": number},
                                  optional={"unit": words(1, 2), "previous": number})
commendation = st.fixed_dictionaries({"count": st.integers(1, 30), "recipient": words(1, 3), "title": words(2, 8)},
                                     optional={"by": words(2, 5)})
person = st.builds(lambda n, p: f"{n} - {p}", name, words(1, 6))
guest = st.fixed_dictionaries({"name": name}, optional={"position": words(1, 5), "role": words(1, 3)})


@st.composite
def outlines(draw) -> dict:
    present = draw(st.integers(1, 60))
    out = {
        "style": draw(st.sampled_from(["state", "party", "youth"])),
        "organization": {"name": draw(words(2, 6)).upper(),
                         "code": draw(st.sampled_from(["SNV", "ĐU", "ĐTN", "UBND"]))},
        "meeting": {"title": draw(words(3, 12)), "date": draw(day), "start": "8:30", "location": draw(words(2, 6))},
        "chair": draw(person),
    }
    optional = {
        "number": st.integers(1, 120),
        "place": words(1, 3),
        "secretary": person,
        "guests": st.lists(guest, min_size=1, max_size=3),
        "attendees": st.fixed_dictionaries({"present": st.just(present)}, optional={
            "summary": words(3, 10), "expected": st.integers(present, present + 5),
            "absent": st.lists(st.fixed_dictionaries({"name": name}, optional={"reason": words(1, 4)}), max_size=2)}),
        "agenda": st.lists(item, min_size=1, max_size=3),
        "review": st.lists(st.fixed_dictionaries({"text": words()}, optional={"status": words()}),
                           min_size=1, max_size=2),
        "achievements": st.lists(item, min_size=1, max_size=3),
        "indicators": st.lists(indicator, min_size=1, max_size=3),
        "discussion": st.lists(speech, min_size=1, max_size=3),
        "directions": st.lists(speech, min_size=1, max_size=2),
        "tasks": st.lists(task, min_size=1, max_size=3),
        "commendations": st.lists(commendation, min_size=1, max_size=2),
        "conclusion": st.one_of(lines, st.lists(item, min_size=2, max_size=3)),
        "vote": st.builds(lambda a, b: {"agree": a, "against": b, "abstain": 0}, st.integers(0, present),
                          st.integers(0, 3)),
        "recipients": st.lists(words(2, 5), min_size=1, max_size=3),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            out[key] = draw(strategy)
    if "end" not in out["meeting"] and draw(st.booleans()):
        out["meeting"]["end"] = "11:45"
    if "vote" in out:  # figures that agree (minutes.outline.consistency): no more votes than people present
        out["vote"]["against"] = min(out["vote"]["against"], present - out["vote"]["agree"])
    attendees = out.get("attendees", {})
    if "expected" in attendees:  # nor more present and absent than convened
        attendees["expected"] = max(attendees["expected"], present + len(attendees.get("absent", [])))
    return out


def to_yaml(data: dict) -> str:
    import io

    yaml = YAML()
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(outlines())
def test_any_outline_survives_render_import_render(data):
    first = render_text(to_yaml(data))
    result = import_docx(first)
    assert result.problems == [], [str(p) for p in result.problems]
    assert paragraphs(render_text(result.outline_text)) == paragraphs(first)
