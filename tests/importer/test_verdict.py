"""The loader's verdict on an imported outline is given by the caller, not in the reading child.

The child that reads a received .docx (:mod:`minutes.docx.isolate`) does the reading
(:func:`minutes.importer.read_here`); ``check`` of the outline it wrote, with the loader's own
limits, is done where ``minutes check`` would do it. Whichever way an import is run, the verdict
is the same, and names the outline as asked.
"""

from __future__ import annotations

import datetime as dt

from conftest import ROOT

from minutes.importer import import_docx, import_here, read_here

TEMPLATE = ROOT / "templates" / "bien-ban.state.docx"  # a biên bản with places left to fill
TODAY = dt.date(2026, 1, 5)


def test_the_reading_child_leaves_the_verdict_to_the_caller():
    data = TEMPLATE.read_bytes()
    read = read_here(data, "mau.docx", TODAY)
    here = import_here(data, "mau.docx", TODAY, outline_name="mau.yaml")
    isolated = import_docx(data, name="mau.docx", today=TODAY, outline_name="mau.yaml")
    assert read.problems == [] and read.outline_text == here.outline_text == isolated.outline_text
    assert here.problems and isolated.problems == here.problems  # the template leaves fields empty
    assert all(problem.file == "mau.yaml" for problem in isolated.problems)
    assert not isolated.ok
