"""Every variable a template is given is an outline key or a computed name in the glossary,
and none of them means something else than the outline key of the same name."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES, ROOT

from minutes import glossary
from minutes.documents.context import OLD_NAMES, build_context
from minutes.outline import load_outline

OUTLINES = [*EXAMPLES, ROOT / "tests" / "data" / "render" / "state-full.yaml"]
COMPUTED = {t.key for t in glossary.DOCUMENT_TERMS}
OUTLINE_KEYS = set(glossary.top_keys())


@pytest.mark.parametrize("path", OUTLINES, ids=[p.stem for p in OUTLINES])
def test_every_template_variable_is_in_the_glossary(path):
    outline = load_outline(path)
    for kind in glossary.KINDS:
        for style in ("state", "party", "youth"):
            names = set(build_context(outline.__class__(**{**_fields(outline), "style": style}), kind))
            unknown = names - COMPUTED - OUTLINE_KEYS
            assert not unknown, f"{kind.name} ({style}): not in the glossary: {sorted(unknown)}"
            assert not COMPUTED & OUTLINE_KEYS, "a computed name is also an outline key"


def test_an_outline_key_in_the_context_is_that_key_or_a_documented_former_name():
    outline = load_outline(OUTLINES[-1])
    for kind in glossary.KINDS:
        context = build_context(outline, kind)
        for old, new in OLD_NAMES.items():
            if new in context:
                assert context[old] is context[new] and old in OUTLINE_KEYS
        assert "so_muc" in context


def test_the_built_in_templates_use_the_new_names_only():
    import zipfile

    for path in sorted((ROOT / "templates").glob("*.docx")):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        assert "numbers." not in xml and "notes" not in xml, path.name


def _fields(outline):
    return {name: getattr(outline, name) for name in outline.__dataclass_fields__}
