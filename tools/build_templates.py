"""Build the built-in .docx templates in templates/ from code, reproducibly.

Usage: ``python tools/build_templates.py`` (rewrites templates/*.docx) or
``python tools/build_templates.py --check`` (exit 1 if a committed file differs
in meaning from what this script builds: the same parts, each XML part equal after
canonical serialisation, see tools/equivalence.py; a newer python-docx or lxml that
only writes the same XML differently does not make the committed files stale). The
templates are ordinary Word documents with docxtpl tags: a secretary may open one in
Word, change a label, and render with ``-t``. Variable names are those of minutes.glossary; grey "Lệnh mẫu" paragraphs
are docxtpl commands and disappear when rendering.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import blocks as b  # noqa: E402
import docxkit as kit  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from equivalence import docx_differences  # noqa: E402
from forms import FORMS, Form  # noqa: E402
from other_docs import BUILDERS, REPORTS  # noqa: E402

from minutes.docx.layout import fit_rules  # noqa: E402
from minutes.docx.ooxml import Page  # noqa: E402
from minutes.docx.package import document_bytes  # noqa: E402

BUILT_AT = dt.datetime(2026, 1, 1)

CONTENT = (
    ("agenda", "Chương trình"),
    ("review", "Kết quả thực hiện nhiệm vụ kỳ trước"),
    ("achievements", "Kết quả đạt được"),
    ("indicators", "Một số chỉ tiêu chủ yếu"),
    ("discussion", "Ý kiến thảo luận"),
    ("directions", "Ý kiến chỉ đạo"),
    ("tasks", "Nhiệm vụ thời gian tới"),
    ("commendations", "Khen thưởng"),
)
"""What happened at the meeting, in its order: (context name, heading)."""

ENDING = (("conclusion", "Kết luận"), ("vote", "Biểu quyết"))


def state_body(doc, form: Form) -> None:
    """Add the body of Mẫu 1.9 (NĐ 30): fixed opening lines, content, closing sentence."""
    b.fill(doc, [
        ("Thời gian bắt đầu: {{ meeting.start }}, {{ meeting.date }}.", "NoiDung"),
        ("Địa điểm: {{ meeting.location }}.", "NoiDung"),
        ("Thành phần tham dự:", "NoiDung"),
        *b.loop("attendance", "NoiDung"),
        ("Chủ trì (chủ tọa): {{ chair.line }}.", "NoiDung"),
        ("Thư ký (người ghi biên bản): {{ secretary.line }}.", "NoiDung"),
        ("Nội dung (theo diễn biến cuộc họp):", "NoiDung"),
        *b.loop("blank_content", "NoiDung"),
    ])
    b.content(doc, form, CONTENT + ENDING)
    b.fill(doc, [(f"{{{{ meeting.noun }}}} kết thúc vào {{{{ meeting.closing }}}}{form.ending}", "NoiDung")])


def party_body(doc, form: Form) -> None:
    """Add the body in the order of HD 16-HD/VPTW: opening, 1. thành phần, 2. diễn biến…"""
    b.fill(doc, [
        ("- Thời gian: bắt đầu vào hồi {{ meeting.start }}, {{ meeting.date }}.", "NoiDung"),
        ("- Địa điểm: {{ meeting.location }}.", "NoiDung"),
        ("- Nội dung: {{ meeting.content }}.", "NoiDung"),
        ("- Người chủ trì: {{ chair.line }}.", "NoiDung"),
        ("- Người ghi biên bản: {{ secretary.line }}.", "NoiDung"),
        ("- Tài liệu sử dụng trong hội nghị: {{ meeting.documents }}.", "NoiDung"),
        ("1. Thành phần hội nghị", "MucNoiDung"),
        *b.loop("attendance", "NoiDung"),
        *b.when("so_muc.dien_bien", [("{{ so_muc.dien_bien }}. Diễn biến hội nghị", "MucNoiDung")]),
        *b.loop("blank_content", "NoiDung"),
    ])
    b.content(doc, form, CONTENT + ENDING)
    b.fill(doc, [(f"Hội nghị kết thúc vào hồi {{{{ meeting.closing }}}}{form.ending}", "NoiDung")])


def build_bien_ban(form: Form):
    """Return the biên bản template of ``form`` as a python-docx Document."""
    doc = b.new_document(form)
    b.header_block(doc, form, date_line=form.has_date_line)
    b.title_block(doc, form, "BIÊN BẢN")
    (party_body if form.name == "party" else state_body)(doc, form)
    b.signature_block(doc, form, form.secretary_title, form.chair_title,
                      "{{ secretary.name }}", "{{ chair.name }}")
    return finish(doc, "Biên bản")


def finish(doc, title: str):
    """Fit the rules to the sample text, drop unused styles and parts, set the properties."""
    fit_rules(Page(doc.element.body, doc.styles.element))
    used = {el.get(qn("w:val")) for part in (doc.part, *header_parts(doc))
            for el in part.element.iter(qn("w:pStyle"))}
    kit.prune(doc, used)
    props = doc.core_properties
    props.title, props.language, props.author = title, "vi-VN", "minutes"
    return doc


def header_parts(doc):
    """Return the header parts of ``doc``'s first section."""
    section = doc.sections[0]
    return [section.header.part, section.first_page_header.part]


def built_templates() -> dict[str, bytes]:
    """Return every built-in template as {file name: bytes}."""
    built = {}
    for style, form in FORMS.items():
        built[f"bien-ban.{style}.docx"] = document_bytes(build_bien_ban(form), BUILT_AT)
        for name, (build, title) in {**BUILDERS, **REPORTS}.items():
            built[f"{name}.{style}.docx"] = document_bytes(finish(build(form), title), BUILT_AT)
    return built


def stale_templates(built: dict[str, bytes], folder: Path) -> dict[str, list[str]]:
    """Return {file name: differences} for each built template that ``folder`` lacks or differs from."""
    stale = {}
    for name, data in built.items():
        path = folder / name
        differences = docx_differences(data, path.read_bytes()) if path.exists() else ["missing"]
        if differences:
            stale[name] = differences
    return stale


def main(argv: list[str] | None = None) -> int:
    """Write the templates, or with --check compare them with the committed files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    built = built_templates()
    if not args.check:
        for name, data in built.items():
            path = ROOT / "templates" / name
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    stale = stale_templates(built, ROOT / "templates")
    for name, differences in stale.items():
        print(f"templates/{name} differs from what tools/build_templates.py builds: "
              f"{'; '.join(differences[:3])}", file=sys.stderr)
    return 1 if stale else 0

if __name__ == "__main__":
    sys.exit(main())
