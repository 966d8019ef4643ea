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

from conftest import ROOT

NEW_KEY = ('    _("venue_note", "ghi chú phòng họp", "phòng, tầng", example="Phòng 2, tầng 3", section="meeting",\n'
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
    assert "| `venue_note` | ghi chú phòng họp | phòng, tầng | text | yes | emptied, to fill | no |" in keys_table.page()
    print("docs")
''')


def copy_with_new_key(tmp_path):
    """The package copied into ``tmp_path`` with ``venue_note`` added to the table and the model."""
    shutil.copytree(ROOT / "minutes", tmp_path / "minutes", ignore=shutil.ignore_patterns("__pycache__"))
    glossary = tmp_path / "minutes" / "glossary.py"
    text = glossary.read_text("utf-8")
    anchor = text.index('    _("chair", ')
    glossary.write_text(text[:anchor] + NEW_KEY + text[anchor:], "utf-8")
    model = tmp_path / "minutes" / "model.py"
    text = model.read_text("utf-8")
    model.write_text(text.replace('    source: str = ""\n', '    source: str = ""\n    venue_note: str = ""\n'), "utf-8")
    shutil.copy(ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml", tmp_path / "base.yaml")


def test_a_key_added_to_the_table_reaches_every_face(tmp_path):
    copy_with_new_key(tmp_path)
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), str(ROOT / "tools")],
                            capture_output=True, text=True, cwd=tmp_path,
                            env={"PYTHONPATH": str(tmp_path), "HOME": str(tmp_path), "MINUTES_CACHE": "off",
                                 "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["check", "form", "interview", "next", "import", "render", "docs"]
