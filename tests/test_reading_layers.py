"""Lint and import stand side by side on one reader (minutes.reading) and never import each other."""

from __future__ import annotations

from test_layers import graph, layer_of, unit

import minutes


def _imports_of_stage(stage: str) -> set[str]:
    return {t for name, targets in graph().items() if unit(name) == stage for t in targets}


def test_reading_sits_below_lint_and_import():
    assert layer_of("minutes.reading") < layer_of("minutes.lint")
    assert layer_of("minutes.reading") < layer_of("minutes.importer")
    assert layer_of("minutes.lint") == layer_of("minutes.importer")  # siblings: neither may import the other
    assert ("lint", "importer") in minutes.LAYERS


def test_lint_and_import_both_read_through_reading():
    for stage in ("lint", "importer"):
        assert {"minutes.reading.document", "minutes.reading.model"} & _imports_of_stage(stage), stage


def test_neither_imports_the_other():
    assert not {t for t in _imports_of_stage("lint") if unit(t) == "importer"}
    assert not {t for t in _imports_of_stage("importer") if unit(t) == "lint"}


def test_reading_imports_neither():
    assert not {t for t in _imports_of_stage("reading") if unit(t) in {"lint", "importer"}}


def test_import_opens_files_with_python_docx_only_in_reading():
    """No stage above reading parses a .docx itself: ``docx.Document(`` appears only in reading."""
    import re
    from pathlib import Path

    root = Path(minutes.__file__).parent
    for stage in ("lint", "importer"):
        for path in (root / stage).rglob("*.py"):
            assert not re.search(r"docx\.Document\(", path.read_text(encoding="utf-8")), path
