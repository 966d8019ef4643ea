"""Compiled templates (minutes.docx.compiled) give docxtpl's bytes, and are kept on disk."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import docx
import pytest
from conftest import EXAMPLES, ROOT
from docx.text.paragraph import Paragraph
from lxml import etree

from minutes.documents.kinds import DOCUMENTS
from minutes.docx import cache, catalog, compiled
from minutes.docx.ooxml import Page, RunFormat, paragraph_text, qn
from minutes.docx.read import effective
from minutes.docx.render import Renderer, TemplateEnvironment
from minutes.errors import TemplateError
from minutes.outline import load_outline

CASES = [(path, doc.name) for path in EXAMPLES for doc in DOCUMENTS if doc.has_data(load_outline(path))]


def docxtpl_only() -> Renderer:
    """A renderer that never uses the compiled path: docxtpl and python-docx, as before."""
    renderer = Renderer()
    renderer._compiled_template = lambda path: None
    return renderer


@pytest.mark.parametrize(("path", "document"), CASES, ids=[f"{p.stem}-{d}" for p, d in CASES])
def test_compiled_path_gives_docxtpls_bytes(path, document):
    outline = load_outline(path)
    fast, slow = Renderer(), docxtpl_only()
    data = fast.render(outline, document)
    assert fast.last_path == "compiled", "a built-in template must render on the compiled path"
    assert data == slow.render(outline, document)


def test_every_built_in_template_compiles(tmp_path):
    for doc in DOCUMENTS:
        for style in ("state", "party", "youth"):
            ref = catalog.resolve(doc.name, style)
            data = compiled.compile_template(ref.path.read_bytes(), TemplateEnvironment())
            assert data["main"] == "word/document.xml" and data["code"], ref.label


def test_a_second_process_reads_the_compiled_template_from_disk(monkeypatch):
    outline = load_outline(EXAMPLES[0])
    first = Renderer().render(outline)

    def refuse(*args):
        raise AssertionError("compiled again although the cache holds it")

    monkeypatch.setattr("minutes.docx.render.compile_template", refuse)
    second = Renderer()
    assert second.render(outline) == first and second.last_path == "compiled"


def test_a_damaged_or_foreign_cache_entry_is_never_used(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_CACHE_DIR", str(tmp_path / "c"))
    outline = load_outline(EXAMPLES[0])
    expected = docxtpl_only().render(outline)
    assert Renderer().render(outline) == expected
    [entry] = (tmp_path / "c").glob("*.bin")
    entry.write_bytes(entry.read_bytes()[:100])  # cut short
    assert Renderer().render(outline) == expected
    entry.write_bytes(b"\x00garbage")
    assert Renderer().render(outline) == expected
    if hasattr(os, "geteuid"):
        os.chmod(tmp_path / "c", 0o777)  # anyone may write: not trusted
        assert cache.load(entry.stem) is None
        os.chmod(tmp_path / "c", 0o700)
    assert not list((tmp_path / "c").glob(".*.tmp"))


def test_cache_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("MINUTES_CACHE", "off")
    renderer = Renderer()
    renderer.render(load_outline(EXAMPLES[0]))
    assert renderer.last_path == "compiled" and not (tmp_path / "c").exists()


def test_an_unwritable_cache_folder_costs_nothing_but_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MINUTES_CACHE_DIR", str(blocker / "c"))
    outline = load_outline(EXAMPLES[0])
    assert Renderer().render(outline) == docxtpl_only().render(outline)


def with_raw_text(tmp_path, invoke, text: str):
    """The exported state biên bản with ``text`` (raw characters) in its trích yếu paragraph."""
    target = tmp_path / "mau.docx"
    assert invoke("templates", "export", "bien-ban", target).exit_code == 0
    document = docx.Document(target)
    paragraph = next(p for p in document.paragraphs if p.text == "{{ trich_yeu }}")
    paragraph.runs[0]._r.find(qn("w:t")).text = text
    document.save(target)
    return target


@pytest.mark.parametrize(("text", "path"), [
    ("{{ trich_yeu }}\tphụ lục", "docxtpl"),  # a tab: docxtpl makes runs of it
    ("{{ trich_yeu }}\nphụ lục", "compiled"),  # a line break: done the same way here
])
def test_what_the_compiled_path_does_not_cover_goes_through_docxtpl(tmp_path, invoke, text, path):
    template = with_raw_text(tmp_path, invoke, text)
    outline = load_outline(EXAMPLES[-1])
    fast = Renderer()
    data = fast.render(outline, str(template))
    assert fast.last_path == path
    assert data == docxtpl_only().render(outline, str(template))


def test_jinja_in_the_core_properties_goes_through_docxtpl(tmp_path, invoke):
    target = tmp_path / "mau.docx"
    assert invoke("templates", "export", "bien-ban", target).exit_code == 0
    document = docx.Document(target)
    document.core_properties.comments = "{{ meeting.location }}"
    document.save(target)
    fast = Renderer()
    data = fast.render(load_outline(EXAMPLES[-1]), str(target))
    assert fast.last_path == "docxtpl"
    assert docx.Document(io.BytesIO(data)).core_properties.comments != "{{ meeting.location }}"


def test_a_fresh_render_with_a_warm_cache_imports_neither_docxtpl_nor_python_docx(tmp_path):
    code = ("import sys; from minutes.cli import main\n"
            "try: main([*sys.argv[1:]])\nexcept SystemExit: pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'docxtpl'}))")
    argv = [sys.executable, "-c", code, "render", str(EXAMPLES[0]), "-o", str(tmp_path / "x.docx"), "--force"]
    env = {**os.environ, "MINUTES_CACHE_DIR": str(tmp_path / "cache")}
    first = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
    second = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.strip().endswith("['docx', 'docxtpl']")  # compiling uses them
    assert second.stdout.strip().endswith("[]")


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_page_reads_every_paragraph_as_python_docx_does(path):
    outline = load_outline(path)
    for doc in DOCUMENTS:
        if doc.name == "tin-bai" or not doc.has_data(outline):
            continue
        document = docx.Document(io.BytesIO(Renderer().render(outline, doc.name)))
        page = Page(document.element.body, document.styles.element)
        section = document.sections[0]
        assert page.width == (section.page_width - section.left_margin - section.right_margin) // 635
        for p in document.element.body.iter(qn("w:p")):
            paragraph = Paragraph(p, document)
            want, got = effective(paragraph, document), page.format(p)
            assert (got.size, got.bold, got.first_indent_cm, got.style_id) == \
                (want.size, want.bold, want.first_indent_cm, want.style_id), paragraph.text
            assert paragraph_text(p) == paragraph.text


def test_page_follows_style_rules_python_docx_follows():
    styles = etree.fromstring(
        f'<w:styles xmlns:w="{qn("w:p")[1:].split("}")[0]}">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:b w:val="0"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/>'
        '<w:pPr><w:ind w:hanging="567"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/>'
        '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="C"/></w:styles>')
    body = etree.fromstring(
        f'<w:body xmlns:w="{qn("w:p")[1:].split("}")[0]}">'
        '<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t> </w:t></w:r>'
        '<w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>x</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="C"/></w:pPr><w:r><w:t>y</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:b w:val="yes"/></w:rPr><w:t>z</w:t></w:r></w:p></w:body>')
    page = Page(body, styles)
    circle, character, plain = (page.format(p) for p in body)
    # a basedOn circle ends; the size is the first visible run's; a hanging indent is negative
    assert circle == RunFormat(size=12.0, bold=True, first_indent_cm=-567 * 635 / 360000, style_id="A")
    # a character style's id gives the default paragraph style, as in python-docx
    assert character == RunFormat(size=13.0, bold=False, first_indent_cm=0.0, style_id="Normal")
    assert plain.bold is False  # "yes" is not an ST_OnOff true value


def test_the_cache_keeps_the_newest_entries_and_clears_old_temporaries(tmp_path):
    for n in range(5):
        (tmp_path / f"{n}.bin").write_bytes(b"x")
        os.utime(tmp_path / f"{n}.bin", ns=(n * 10**9, n * 10**9))
    (tmp_path / ".old.1.tmp").write_bytes(b"x")
    os.utime(tmp_path / ".old.1.tmp", (0, 0))
    (tmp_path / ".new.2.tmp").write_bytes(b"x")  # another process is writing it now
    cache.prune(tmp_path, keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".new.2.tmp", "3.bin", "4.bin"]


def test_a_template_edited_while_the_renderer_lives_is_read_again(tmp_path, invoke):
    template = with_raw_text(tmp_path, invoke, "Lần một: {{ trich_yeu }}")
    outline, renderer = load_outline(EXAMPLES[-1]), Renderer()
    first = docx.Document(io.BytesIO(renderer.render(outline, str(template))))
    assert any(p.text.startswith("Lần một:") for p in first.paragraphs)
    document = docx.Document(template)
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Lần một:"))
    paragraph.runs[0].text = "Lần hai: {{ trich_yeu }}"
    document.save(template)
    os.utime(template, ns=(10**18, 10**18))  # a later time, whatever the clock's resolution
    second = docx.Document(io.BytesIO(renderer.render(outline, str(template))))
    assert any(p.text.startswith("Lần hai:") for p in second.paragraphs)


@pytest.mark.parametrize("text", ["{_{ x }_}", "A\t{_%", "100%_}", "a_b {_ }_ %_"])
def test_text_that_looks_like_docxtpls_marks_prints_as_typed(tmp_path, text):
    from conftest import MINIMAL

    from minutes.docx.read import document_text

    path = tmp_path / "o.yaml"
    path.write_text(MINIMAL + f"conclusion:\n  - {json_string(text)}\n", encoding="utf-8")
    outline = load_outline(path)
    for renderer in (Renderer(), docxtpl_only()):
        printed = document_text(docx.Document(io.BytesIO(renderer.render(outline))))
        assert text.replace("\t", " ") in printed.replace("\t", " ")


def json_string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_styled_paragraphs_are_the_paragraphs_style_id_names(path):
    from minutes.docx.ooxml import style_id, styled_paragraphs

    body = docx.Document(io.BytesIO(Renderer().render(load_outline(path)))).element.body
    styles = {style_id(p) for p in body.iter(qn("w:p"))} - {None}
    assert len(styles) > 5
    for chosen in ({s} for s in styles):
        assert styled_paragraphs(body, chosen) == [p for p in body.iter(qn("w:p")) if style_id(p) in chosen]


def without_grid(tmp_path, invoke, text: str | None = None):
    """The exported state biên bản with the grid of its first table taken out (and ``text``
    in its trích yếu paragraph)."""
    target = with_raw_text(tmp_path, invoke, text) if text else tmp_path / "mau.docx"
    if not text:
        assert invoke("templates", "export", "bien-ban", target).exit_code == 0
    document = docx.Document(target)
    table = document.element.body.find(qn("w:tbl"))
    table.remove(table.find(qn("w:tblGrid")))
    document.save(target)
    return target


def test_a_table_without_a_grid_is_rendered_not_a_traceback(tmp_path, invoke):
    template = without_grid(tmp_path, invoke)
    result = invoke("render", EXAMPLES[-1], "-t", template, "-o", tmp_path / "out.docx")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and (tmp_path / "out.docx").exists()


def test_what_docxtpl_cannot_render_is_said_in_a_sentence(tmp_path, invoke):
    template = without_grid(tmp_path, invoke, "{{ trich_yeu }}\tphụ lục")  # a tab: docxtpl's path
    result = invoke("render", EXAMPLES[-1], "-t", template, "-o", tmp_path / "out.docx")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    assert "không dựng được văn bản từ mẫu này" in result.stderr and "hãy mở mẫu bằng Word" in result.stderr
    assert not (tmp_path / "out.docx").exists()


class _Bug(Exception):
    """Stands for a defect of the compiled path itself."""


@pytest.mark.parametrize("raised", [_Bug, KeyError, AttributeError, etree.XMLSyntaxError])
def test_a_fault_of_the_compiled_path_is_an_error_not_a_silent_detour(monkeypatch, raised):
    """Only what the compiled path declines (Unsupported) or the template's own Jinja error
    goes to docxtpl's path; anything else it raises is seen, never hidden as slowness."""
    outline = load_outline(EXAMPLES[0])

    def broken(self, context, when, properties):
        if raised is etree.XMLSyntaxError:
            etree.fromstring(b"<w:p>")
        raise raised("fault")

    monkeypatch.setattr(compiled.Compiled, "render", broken)
    renderer = Renderer()
    if raised is etree.XMLSyntaxError:  # malformed XML out of a template: a sentence, not a traceback
        with pytest.raises(TemplateError, match="không dựng được văn bản"):
            renderer.render(outline)
    else:
        with pytest.raises(raised):
            renderer.render(outline)
    assert renderer.last_path != "docxtpl"


def test_what_the_compiled_path_declines_is_rendered_by_docxtpl(monkeypatch):
    outline = load_outline(EXAMPLES[0])

    def declines(self, context, when, properties):
        raise compiled.Unsupported("a tab in the text")

    expected = docxtpl_only().render(outline)
    monkeypatch.setattr(compiled.Compiled, "render", declines)
    renderer = Renderer()
    assert renderer.render(outline) == expected and renderer.last_path == "docxtpl"
