"""The table of outline keys (minutes.glossary.KEYS) is what every face of a key reads.

Each face is checked against what it really does: the check accepts the key, the web form
shows a box for it, ``minutes new`` asks it (or not) as the table says, ``minutes next``
keeps, empties or moves it as the table says, ``minutes import`` recovers it as the table
says, and docs/keys.md is the table. A key that lacks a face fails here.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import EXAMPLES, ROOT
from ruamel.yaml import YAML

from minutes import glossary
from minutes.glossary import KEYS
from minutes.outline import fields
from minutes.outline.rollover import roll_forward

FULL = ROOT / "tests" / "data" / "render" / "state-full.yaml"
NESTED = {"organization": fields.ORGANIZATION, "meeting": fields.MEETING, "attendees": fields.ATTENDEES,
          "signer": fields.SIGNER, "invitation": fields.INVITATION, "vote": fields.VOTE}


def value_at(data, key: str):
    """The value at dotted ``key`` of parsed YAML, or None."""
    for part in key.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def filled(data, key: str) -> bool:
    return value_at(data, key) not in (None, "", [], {})


def test_every_key_names_each_face_with_a_known_value():
    assert len({k.key for k in KEYS}) == len(KEYS), "a key is in the table twice"
    for k in KEYS:
        assert k.term, k.key
        assert k.control in glossary.CONTROLS and k.section in glossary.SECTIONS, k.key
        assert k.rollover in glossary.ROLLOVER and k.plain in glossary.PLAIN, k.key
        if "." in k.key:
            assert k.top in glossary.BY_KEY, f"{k.key}: its parent is not in the table"


def test_the_check_reads_every_key_of_the_table_and_no_other():
    assert tuple(fields.OUTLINE.fields) == glossary.top_keys(), "the schema's top level is the table's, in order"
    for k in KEYS:
        if "." in k.key:
            assert k.key.split(".", 1)[1] in NESTED[k.top].fields, f"{k.key}: the check does not read it"
        else:
            assert k.key in fields.OWN or k.plain, f"{k.key}: neither a converter of its own nor a plain kind"


def test_the_form_shows_a_box_for_every_key():
    from minutes.web.fields import SPECS

    boxes = [spec.key for spec in SPECS]
    for k in KEYS:
        assert any(b == k.key or b.startswith(f"{k.key}.") or k.key.startswith(f"{b}.") for b in boxes), k.key
    for spec in SPECS:
        own = glossary.BY_KEY.get(spec.key)
        if own is not None and not spec.subs:
            assert (spec.kind, spec.example) == (own.control, own.example), spec.key


def test_minutes_new_asks_what_the_table_says(tmp_path):
    """An interview from a full earlier outline, every answer its default: an asked key that
    outlives the meeting (kept or moved on by ``next``) is written again; what belongs to one
    meeting (emptied by ``next``) is asked afresh and left to fill; a key not asked is not."""
    from minutes.interview.run import CARRIED, run_interview

    answers = {"Soạn biên bản ngay": False}
    run_interview(tmp_path / "new.yaml", FULL, echo=lambda *a, **k: None,
                  prompt=lambda text, default="", show_default=True: default,
                  confirm=lambda text, default=False: answers.get(text.split("?")[0].strip(), default))
    old, new = YAML().load(FULL.read_text("utf-8")), YAML().load((tmp_path / "new.yaml").read_text("utf-8"))
    for k in KEYS:
        if filled(old, k.key) and k.key not in (*CARRIED, "organization.in_text"):  # carried unasked
            if k.rollover == "empty":  # belongs to one meeting: asked afresh, Enter leaves it to fill
                assert not filled(new, k.key), f"{k.key}: emptied by next, yet carried by new --from"
            elif k.section in ("organization", "people") and k.key != "guests":  # what stays
                # (guests: last meeting's are listed and kept only on a "có"; the default is "không")
                assert filled(new, k.key) == k.ask, f"{k.key}: ask={k.ask} in the table"


def test_minutes_next_keeps_empties_or_moves_as_the_table_says():
    text = FULL.read_text("utf-8")
    old, new = YAML().load(text), YAML().load(roll_forward(text, str(FULL)))
    groups = {k.top for k in KEYS if "." in k.key}
    for k in KEYS:
        if not filled(old, k.key) or k.key in groups:  # a group: its keys are checked one by one
            continue
        if k.rollover == "keep":
            assert value_at(new, k.key) == value_at(old, k.key), f"{k.key}: kept, says the table"
        elif k.rollover == "empty":
            assert k.key.split(".")[-1] in (value_at(new, k.key.rpartition(".")[0]) if "." in k.key else new)
            assert not filled(new, k.key), f"{k.key}: emptied, says the table"
        else:
            assert value_at(new, k.key) != value_at(old, k.key) or k.key == "agenda", f"{k.key}: moved on"


def test_minutes_import_recovers_what_the_table_says():
    from minutes.docx.render import render_bytes
    from minutes.importer import import_docx
    from minutes.outline import load_outline

    sources, recovered = [], []
    for path in [FULL, *EXAMPLES]:
        result = import_docx(render_bytes(load_outline(path)), name="x.docx", outline_name="x.yaml")
        sources.append(YAML().load(path.read_text("utf-8")))
        recovered.append(YAML().load(result.outline_text))
    for k in KEYS:
        pairs = [(s, r) for s, r in zip(sources, recovered) if filled(s, k.key)]
        found = any(filled(r, k.key) for _, r in pairs)
        if k.imported and pairs:
            assert found, f"{k.key}: the table says import recovers it"
        if not k.imported:
            assert not any(filled(r, k.key) for r in recovered), f"{k.key}: recovered, but the table says not"


def test_docs_keys_is_the_table():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "keys_table.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page = (ROOT / "docs" / "keys.md").read_text("utf-8")
    assert all(f"| `{k.key}` | {k.term} |" in page for k in KEYS)


@pytest.mark.parametrize("key", [k.key for k in KEYS if "." not in k.key])
def test_every_top_level_key_is_an_attribute_of_the_outline_or_left_out(key):
    from minutes.model import Outline

    assert key in Outline.__dataclass_fields__ or not fields.OUTLINE.fields[key].keep, key
