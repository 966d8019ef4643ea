"""Every example in examples/ validates, renders, matches its golden text, and is reproducible.

Regenerate the golden files on purpose with ``MINUTES_UPDATE_GOLDEN=1 python -m pytest
tests/test_examples.py`` and review the diff.
"""

from __future__ import annotations

import os
import unicodedata

import pytest
from conftest import EXAMPLES, GOLDEN, open_docx, render_outline_bytes

from minutes.documents.body_lines import summary_guests
from minutes.docx.read import document_text
from minutes.outline import load_outline

NAMES = [p.stem for p in EXAMPLES]


def test_there_are_examples_for_every_style():
    styles = {load_outline(p).style for p in EXAMPLES}
    assert {"state", "party", "youth"} <= styles
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_example_matches_golden_text(rendered, name):
    text = document_text(open_docx(rendered[name])) + "\n"
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("MINUTES_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", EXAMPLES, ids=NAMES)
def test_same_outline_gives_identical_bytes(rendered, path):
    assert render_outline_bytes(path) == rendered[path.stem]


def _outline_texts(value):
    """Yield every text and number the secretary typed into an outline object."""
    from dataclasses import fields, is_dataclass

    if is_dataclass(value):
        for f in fields(value):
            if f.name not in ("template", "style", "source", "code", "kind", "index",
                              "numbers", "invitation"):  # for the other documents, not the biên bản
                yield from _outline_texts(getattr(value, f.name))
    elif isinstance(value, tuple):
        for v in value:
            yield from _outline_texts(v)
    elif isinstance(value, str) and value:
        yield from (line.strip() for line in value.splitlines() if line.strip())


@pytest.mark.parametrize("path", EXAMPLES, ids=NAMES)
def test_every_text_of_the_outline_appears(rendered, path):
    outline = load_outline(path)
    text = " ".join(document_text(open_docx(rendered[path.stem])).split())
    folded = unicodedata.normalize("NFC", text).casefold()
    texts = [t for t in _outline_texts(outline) if t != outline.attendees.summary.strip()]
    texts += [piece for piece in (*summary_guests(outline.attendees.summary)[1],
                                  summary_guests(outline.attendees.summary)[0]) if piece]  # printed in parts
    missing = [t for t in texts if " ".join(t.split()).rstrip(".;").casefold() not in folded]
    assert not missing
