"""Point 8: every .docx minutes writes opens cleanly in Word.

Each built-in template, and each example rendered as every document it has data
for in the three styles (and the long-table outline), is checked against the
Office Open XML schema and Word's structural rules by openxml-audit (pure
Python, from PyPI): zero findings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from printbatch import cases

openxml_audit = pytest.importorskip("openxml_audit")

TEMPLATES = sorted((ROOT / "templates").glob("*.docx"))
CASES = list(cases())


@pytest.fixture(scope="module")
def validator():
    return openxml_audit.OpenXmlValidator()


def findings(validator, path: Path) -> list[str]:
    result = validator.validate(str(path))
    return [str(error) for error in result.errors]


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.name for t in TEMPLATES])
def test_built_in_template_is_valid_ooxml(validator, template):
    assert findings(validator, template) == []


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_rendered_document_is_valid_ooxml(validator, case, tmp_path):
    from minutes.docx.render import render_bytes

    name, _example, _style, document, outline = case
    path = tmp_path / f"{name}.docx"
    path.write_bytes(render_bytes(outline, document))
    assert findings(validator, path) == []


def test_the_validator_finds_a_schema_error(validator, tmp_path):
    """The check can fail: one misspelt element in a real document is a finding."""
    import io
    import zipfile

    source = TEMPLATES[0].read_bytes()
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:tblLayout ", b"<w:tblLayot ", 1)
            zout.writestr(item, data)
    path = tmp_path / "broken.docx"
    path.write_bytes(broken.getvalue())
    assert any("tblLayot" in f for f in findings(validator, path))
