"""Adding a plain key to the outline is one line in the table of keys (and its attribute on
the model): a copy of the package with one key added shows it on every face.

The copy lives in a temporary folder and runs in a child process, so the package under
test is never changed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import zipfile

from conftest import ROOT

NEW_KEY = ('    K("venue_note", "ghi chú phòng họp", "phòng, tầng", example="Phòng 2, tầng 3", section="meeting",\n'
           '      ask=True, rollover="empty", plain="text"),\n')

CHILD = textwrap.dedent('''
    import sys
    from pathlib import Path

    import docx
    from ruamel.yaml import YAML

    folder = Path(sys.argv[1])
    sys.path.insert(0, sys.argv[2])  # the repository's tools/

    import minutes
    assert Path(minutes.__file__).parent == folder / "minutes", minutes.__file__

    from minutes import api
    from minutes.outline import load_outline
    from minutes.outline.rollover import roll_forward

    outline_text = (folder / "base.yaml").read_text("utf-8") + "venue_note: Phòng 2, tầng 3\\n"
    (folder / "hop.yaml").write_text(outline_text, "utf-8")

    # check: the key is read, its value on the outline
    outline = load_outline(folder / "hop.yaml")
    assert outline.venue_note == "Phòng 2, tầng 3"
    print("check")

    # form: a box in the meeting's section, with the table's example
    from minutes.web import fields
    meeting = dict(fields.SECTIONS)["Cuộc họp"]
    box = [spec for spec in meeting if spec.key == "venue_note"]
    assert box and box[0].example == "Phòng 2, tầng 3" and box[0].label == "Ghi chú phòng họp", box
    print("form")

    # interview: asked in the meeting's section, written in the table's order
    from minutes.interview.run import run_interview
    asked = []

    def prompt(text, default="", show_default=True):
        asked.append(text)
        return "Phòng 5" if text.startswith("Ghi chú phòng họp") else default

    run_interview(folder / "new.yaml", folder / "hop.yaml", prompt=prompt, echo=lambda *a, **k: None,
                  confirm=lambda text, default=False: False)
    written = YAML().load((folder / "new.yaml").read_text("utf-8"))
    assert written["venue_note"] == "Phòng 5", written
    keys = list(written)
    assert keys.index("meeting") < keys.index("venue_note") < keys.index("chair"), keys
    print("interview")

    # next: emptied, the key kept, to fill
    rolled = YAML().load(roll_forward(outline_text, str(folder / "hop.yaml")))
    assert "venue_note" in rolled and rolled["venue_note"] is None, rolled.get("venue_note")
    print("next")

    # import: an outline import writes puts the key in the table's place
    from minutes.importer.draft import Draft
    draft = Draft()
    draft.set("chair", "Nguyễn Văn An"), draft.set("venue_note", "Phòng 2"), draft.set("meeting.title", "Họp")
    assert list(draft.ordered()) == ["meeting", "venue_note", "chair"], list(draft.ordered())
    print("import")

    # render: a template prints it
    template = docx.Document()
    template.add_paragraph("Phòng: {{ venue_note }}")
    template.save(folder / "mau.docx")
    api.render([str(folder / "hop.yaml")], output=str(folder / "hop.docx"), template=str(folder / "mau.docx"))
    assert "Phòng: Phòng 2, tầng 3" in [p.text for p in docx.Document(folder / "hop.docx").paragraphs]
    print("render")

    # docs: the generated key table has its row
    import keys_table
    row = "| `venue_note` | ghi chú phòng họp | phòng, tầng | text | yes | emptied, to fill | no |"
    assert row in keys_table.page()
    print("docs")
''')


def copy_with_new_key(tmp_path):
    """The package copied into ``tmp_path`` with ``venue_note`` added to the table and the model."""
    shutil.copytree(ROOT / "minutes", tmp_path / "minutes", ignore=shutil.ignore_patterns("__pycache__"))
    glossary = tmp_path / "minutes" / "glossary.py"
    text = glossary.read_text("utf-8")
    anchor = text.index('    K("chair", ')
    glossary.write_text(text[:anchor] + NEW_KEY + text[anchor:], "utf-8")
    model = tmp_path / "minutes" / "model.py"
    text = model.read_text("utf-8")
    field = '    source: str = ""\n'
    model.write_text(text.replace(field, field + '    venue_note: str = ""\n'), "utf-8")
    shutil.copy(ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml", tmp_path / "base.yaml")


def test_a_key_added_to_the_table_reaches_every_face(tmp_path):
    copy_with_new_key(tmp_path)
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), str(ROOT / "tools")],
                            capture_output=True, text=True, cwd=tmp_path,
                            env={"PYTHONPATH": str(tmp_path), "HOME": str(tmp_path), "MINUTES_CACHE": "off",
                                 "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["check", "form", "interview", "next", "import", "render", "docs"]


# --- a document kind ---

NEW_KIND = ('    Kind("giay-trieu-tap", "GTT", "GIẤY TRIỆU TẬP", "Giấy triệu tập dự cuộc họp",\n'
            '         sections=("agenda",), numbered=True, number_example="22", family="giay-trieu-tap",\n'
            '         builder="invitation_context"),\n')

KIND_CHILD = textwrap.dedent('''
    import subprocess
    import sys
    from pathlib import Path

    import docx
    from ruamel.yaml import YAML

    folder = Path(sys.argv[1])
    import minutes
    assert Path(minutes.__file__).parent == folder / "minutes", minutes.__file__
    from minutes.docx.catalog import templates_dir
    assert templates_dir() == folder / "minutes" / "templates", templates_dir()
    from minutes import api
    from minutes.outline import load_outline
    from minutes.outline.rollover import roll_forward

    text = (folder / "base.yaml").read_text("utf-8") + "numbers:\\n  giay-trieu-tap: 22\\n"
    (folder / "hop.yaml").write_text(text, "utf-8")

    # check: its số is read under numbers
    outline = load_outline(folder / "hop.yaml")
    assert ("giay-trieu-tap", 22) in outline.numbers, outline.numbers
    print("check")

    # form: a box for its số
    from minutes.web import fields
    box = [spec for spec in fields.SPECS if spec.key == "numbers.giay-trieu-tap"]
    assert box and box[0].kind == "number" and box[0].example == "22", box
    print("form")

    # interview: an earlier outline naming it as its template keeps it
    (folder / "old.yaml").write_text("template: giay-trieu-tap\\n" + text, "utf-8")
    from minutes.interview.run import run_interview
    run_interview(folder / "new.yaml", folder / "old.yaml", echo=lambda *a, **k: None,
                  prompt=lambda text, default="", show_default=True: default,
                  confirm=lambda text, default=False: False)
    assert YAML().load((folder / "new.yaml").read_text("utf-8"))["template"] == "giay-trieu-tap"
    print("interview")

    # next: its số is kept and next period's outline is valid
    rolled = roll_forward(text, str(folder / "hop.yaml"))
    assert YAML().load(rolled)["numbers"]["giay-trieu-tap"] == 22
    print("next")

    # render: --all makes it, with its số and tên loại; `minutes templates` lists it
    result = api.render([str(folder / "hop.yaml")], every=True, directory=str(folder / "out"), jobs=1)
    made = folder / "out" / "hop-giay-trieu-tap.docx"
    assert made in result.written, [str(e) for _, e in result.failed]
    texts = [p.text for p in docx.Document(made).paragraphs] + [
        p.text for t in docx.Document(made).tables for c in t._cells for p in c.paragraphs]
    assert any("22/GTT-" in t for t in texts) and "GIẤY TRIỆU TẬP" in texts, texts
    listed = subprocess.run([sys.executable, "-m", "minutes", "templates"], capture_output=True, text=True)
    assert "giay-trieu-tap" in listed.stdout, listed.stdout + listed.stderr
    print("render")

    # import knows its tên loại (and, not a biên bản, refuses it by name); lint gives it the kind's family
    from minutes.importer import NotMinutesError, import_docx
    try:
        import_docx(made.read_bytes(), name="x.docx", outline_name="x.yaml")
    except NotMinutesError as refused:
        assert "GIẤY TRIỆU TẬP" in str(refused), str(refused)
    else:
        raise AssertionError("a giấy triệu tập was imported as a biên bản")
    print("import")
    from minutes.lint.families import family_of
    from minutes.reading.document import read_document
    found = read_document(made)
    assert family_of(found) == "giay-trieu-tap", (family_of(found), found.title)
    print("lint")
''')


def copy_with_new_kind(tmp_path):
    """The package and its templates copied into ``tmp_path`` with ``giay-trieu-tap`` added:
    one entry in the table of kinds, and its templates (the giấy mời's, retitled)."""
    shutil.copytree(ROOT / "minutes", tmp_path / "minutes", ignore=shutil.ignore_patterns("__pycache__"))
    templates = tmp_path / "minutes" / "templates"  # where an installed package has them (minutes.templates)
    shutil.copytree(ROOT / "templates", templates, ignore=shutil.ignore_patterns("__pycache__"))
    glossary = tmp_path / "minutes" / "glossary.py"
    text = glossary.read_text("utf-8")
    anchor = text.index('    Kind("tin-bai", ')
    glossary.write_text(text[:anchor] + NEW_KIND + text[anchor:], "utf-8")
    for style in ("state", "party", "youth"):
        source = zipfile.ZipFile(ROOT / "templates" / f"giay-moi.{style}.docx")
        with zipfile.ZipFile(templates / f"giay-trieu-tap.{style}.docx", "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "word/document.xml":
                    data = data.replace("GIẤY MỜI".encode(), "GIẤY TRIỆU TẬP".encode())
                target.writestr(item, data)
    shutil.copy(ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml", tmp_path / "base.yaml")


def test_a_kind_added_to_the_table_reaches_every_face(tmp_path):
    copy_with_new_kind(tmp_path)
    result = subprocess.run([sys.executable, "-c", KIND_CHILD, str(tmp_path)], capture_output=True, text=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(tmp_path), "HOME": str(tmp_path),
                                               "MINUTES_CACHE": "off", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["check", "form", "interview", "next", "render", "import", "lint"]
