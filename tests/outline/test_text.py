"""An outline as text: versions, checks that never raise, and saves refused from an old version."""

from __future__ import annotations

import pytest
from conftest import MINIMAL

from minutes.outline.source import (
    ConflictError,
    check_text,
    outline_tree,
    read_outline_text,
    tree_text,
    write_outline_text,
)


def test_a_save_from_an_old_version_is_refused(tmp_path):
    path = tmp_path / "hop.yaml"
    assert read_outline_text(path) == ("", "new")
    first = write_outline_text(path, MINIMAL, "new")
    text, version = read_outline_text(path)
    assert (text, version) == (MINIMAL, first)
    with pytest.raises(ConflictError):
        write_outline_text(path, MINIMAL + "place: Huế\n", "new")
    write_outline_text(path, MINIMAL + "place: Huế\n", first)
    with pytest.raises(ConflictError):
        write_outline_text(path, MINIMAL, first)
    assert path.read_text(encoding="utf-8").endswith("place: Huế\n")


def test_check_text_reports_instead_of_raising(tmp_path):
    good = check_text(MINIMAL, tmp_path / "hop.yaml")
    assert good.outline is not None and not good.problems
    bad = check_text(MINIMAL.replace("26/8/2025", "31/02/2025"), tmp_path / "hop.yaml")
    assert bad.outline is None and [p.path for p in bad.problems] == ["meeting.date"]


def test_the_tree_is_written_back_with_the_file_layout():
    text = "# đầu tệp\r\n" + MINIMAL.replace("\n", "\r\n")
    assert tree_text(outline_tree(text, "hop.yaml"), text) == text
