"""The committed templates are what tools/build_templates.py builds, in meaning.

The builder runs once per session (it takes seconds); the comparison is by parts and
canonical XML (tools/equivalence.py), so a newer python-docx or lxml that writes the same
XML differently does not turn the suite red, while a changed template still does.
"""

from __future__ import annotations

import io
import sys
import zipfile

import pytest
from conftest import ROOT

sys.path[:0] = [str(ROOT / "tools")]
try:
    import build_templates
    from equivalence import docx_differences
finally:
    del sys.path[0]


@pytest.fixture(scope="session")
def built() -> dict[str, bytes]:
    """Every built-in template as the builder makes it now, built once."""
    return build_templates.built_templates()


def _rewrite(data: bytes, part: str, change) -> bytes:
    """Return the .docx ``data`` with ``part`` replaced by ``change(part bytes)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            body = old.read(item.filename)
            new.writestr(item, change(body) if item.filename == part else body)
    return out.getvalue()


def test_committed_templates_are_what_the_script_builds(built):
    assert build_templates.stale_templates(built, ROOT / "templates") == {}


def test_builder_is_deterministic(built):
    form = build_templates.FORMS["party"]
    again = build_templates.document_bytes(build_templates.build_bien_ban(form),
                                           build_templates.BUILT_AT)
    assert again == built["bien-ban.party.docx"]


def test_a_changed_template_is_caught(built, tmp_path):
    data = built["bien-ban.state.docx"]

    def relabel(xml: bytes) -> bytes:
        # A label a maintainer changed by hand: the first piece of text gets one more word.
        start = xml.index(b"<w:t") + xml[xml.index(b"<w:t"):].index(b">") + 1
        return xml[:start] + "Sửa ".encode() + xml[start:]

    (tmp_path / "bien-ban.state.docx").write_bytes(_rewrite(data, "word/document.xml", relabel))
    stale = build_templates.stale_templates({"bien-ban.state.docx": data}, tmp_path)
    assert stale == {"bien-ban.state.docx": ["part differs: word/document.xml"]}
    missing = build_templates.stale_templates({"bien-ban.party.docx": data}, tmp_path)
    assert missing == {"bien-ban.party.docx": ["missing"]}


def test_the_same_xml_written_otherwise_is_not_a_difference(built):
    data = built["bien-ban.state.docx"]

    def reserialise(xml: bytes) -> bytes:
        # Another writer: attributes reordered, double quotes for single, no declaration.
        from lxml import etree
        root = etree.fromstring(xml)
        for element in root.iter():
            items = sorted(element.attrib.items(), reverse=True)
            element.attrib.clear()
            element.attrib.update(dict(items))
        return etree.tostring(root, encoding="UTF-8", xml_declaration=False)

    changed = _rewrite(data, "word/document.xml", reserialise)
    assert changed != data
    assert docx_differences(changed, data) == []
