"""``register take`` parses its outline once: the limits are checked on the events as the
outline is composed, the tree that is validated is the tree the number is written into, and
the written file keeps its own keys, comments and order exactly, with a profile merged or a
template resolved while loading it. The parses are counted from outside, with Python's
profiling hook (``sys.setprofile``): each text ruamel parses starts one stream."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from ruamel.yaml.parser import Parser

from minutes.outline import reader, slips
from minutes.outline.load import load_outline, load_source
from minutes.register import office, writeback

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def calls(job, *functions) -> list[int]:
    """Run ``job``; how many times each of ``functions`` was called meanwhile."""
    codes = [f.__code__ for f in functions]
    counts = [0] * len(codes)

    def profile(frame, event, arg):
        if event == "call" and frame.f_code in codes:
            counts[codes.index(frame.f_code)] += 1

    before = sys.getprofile()
    sys.setprofile(profile)
    try:
        job()
    finally:
        sys.setprofile(before)
    return counts


def parses(job) -> int:
    """How many YAML texts ruamel parsed while ``job`` ran."""
    return calls(job, Parser.parse_stream_start)[0]


def unnumbered(folder: Path, example: str, name: str | None = None) -> Path:
    target = folder / (name or example)
    text = (EXAMPLES / example).read_text(encoding="utf-8")
    target.write_text(re.sub(r"(?m)^number:.*\n", "", text), encoding="utf-8")
    return target


def db(folder: Path) -> str:
    return f"sqlite:///{folder / 'so.sqlite'}"


@pytest.mark.parametrize("example", ["toi-thieu.yaml", "cong-doan-quy-1-2026.yaml"])
def test_a_take_parses_the_outline_once_and_looks_for_no_todo(tmp_path, example):
    office.register_for(tmp_path, db(tmp_path))  # the register created before counting
    outline = unnumbered(tmp_path, example)
    before = outline.read_text(encoding="utf-8")
    taken = []
    count, todos = calls(lambda: taken.append(office.take_number(str(outline), db=db(tmp_path))),
                         Parser.parse_stream_start, slips.todos)
    assert taken[0].fresh and taken[0].number == 1
    assert count == 1  # neither the limits nor the writing parse it again
    assert todos == 0  # no warnings are shown: the TODO marks are not looked for
    after = outline.read_text(encoding="utf-8")
    assert [line for line in after.splitlines() if line != "number: 1"] == before.splitlines()


def test_checking_still_reports_the_todo_marks(tmp_path):
    outline = tmp_path / "a.yaml"
    outline.write_text((EXAMPLES / "toi-thieu.yaml").read_text(encoding="utf-8").replace(
        "chair:", "secretary:  # TODO: thư ký\nchair:"), encoding="utf-8")
    warnings = []
    assert parses(lambda: load_outline(str(outline), warnings=warnings)) == 1
    assert any("thư ký" in w.message for w in warnings)


PROFILE = """\
# Hồ sơ dùng chung của Ủy ban
organization:
  name: ỦY BAN NHÂN DÂN XÃ AN BÌNH  # tên đầy đủ
  code: UBND
secretary: Trần Thị Bình - Công chức Văn phòng
meeting:
  location: Hội trường Ủy ban   # phòng họp thường kỳ
"""

OUTLINE = """\
# Giao ban tháng 3
extends: ho-so.yaml   # cơ quan, thư ký, nơi họp
template: mau/bien-ban.docx
meeting:
  title: "Họp giao ban tháng 3"   # tên cuộc họp
  date: 02/3/2026
  start: '07:30'
chair: Nguyễn Văn An - Chủ tịch

# Nội dung
agenda:
  - Kiểm điểm công việc tháng 2   # TODO: bổ sung
"""


def test_a_profile_merged_and_a_template_resolved_never_reach_the_written_file(tmp_path):
    (tmp_path / "ho-so.yaml").write_text(PROFILE, encoding="utf-8")
    outline = tmp_path / "giao-ban.yaml"
    outline.write_text(OUTLINE, encoding="utf-8")
    loaded = load_source(str(outline), data=OUTLINE.encode("utf-8"))
    assert loaded.outline.organization.code == "UBND" and loaded.outline.meeting.location == "Hội trường Ủy ban"
    assert "organization" not in loaded.tree and loaded.tree["template"] == "mau/bien-ban.docx"
    count = parses(lambda: office.take_number(str(outline), db=db(tmp_path)))
    assert count == 2  # the outline and its profile, each once
    expected = OUTLINE.replace("template: mau/bien-ban.docx\n", "template: mau/bien-ban.docx\nnumber: 1\n")
    assert outline.read_text(encoding="utf-8") == expected
    assert (tmp_path / "ho-so.yaml").read_text(encoding="utf-8") == PROFILE


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
@pytest.mark.parametrize("document", ["bien-ban", "thong-bao"])
@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_the_tree_kept_from_loading_writes_what_parsing_again_writes(tmp_path, example, document, line_end):
    """Every example, without its number, Windows line ends or not: the number written into the
    tree the loader kept gives the same bytes as parsing the text again for the writing."""
    shutil.copytree(EXAMPLES, tmp_path, dirs_exist_ok=True)  # what an example names beside it
    outline = unnumbered(tmp_path, example)
    data = outline.read_text(encoding="utf-8").replace("\n", line_end).encode("utf-8")
    outline.write_bytes(data)
    loaded = load_source(str(outline), data=data)
    assert loaded.tree is not None
    writeback.write_number(outline, document, 9, data, loaded.tree)
    kept = outline.read_bytes()
    outline.write_bytes(data)
    writeback.write_number(outline, document, 9, data)
    assert kept == outline.read_bytes()
    assert kept.count(b"\r\n") == kept.count(b"\n") if line_end == "\r\n" else b"\r" not in kept


@pytest.mark.parametrize("change", [
    ("\nmeeting:", "\n# chuông \x07\nmeeting:"),  # a control character, masked to be read
    ("  date: 02/3/2026", "  date: 02/3/2026\n  period: 2026-02-31"),  # a date ruamel cannot convert
    ("\nmeeting:", "\n1: một\nmeeting:"),  # a key YAML reads as a number, made text
])
def test_a_tree_that_reading_had_to_change_is_not_exact(change):
    """Written back, such a tree would not give the file as typed (the writer parses the text again)."""
    text = (EXAMPLES / "toi-thieu.yaml").read_text(encoding="utf-8")
    assert reader.read(text, "a.yaml", problems=[], quotes=True).exact
    changed = text.replace(*change)
    assert changed != text
    assert not reader.read(changed, "a.yaml", problems=[], quotes=True).exact


def test_a_comment_holding_a_control_character_loads_without_a_tree(tmp_path):
    text = (EXAMPLES / "toi-thieu.yaml").read_text(encoding="utf-8").replace("\nmeeting:", "\n# chuông \x07\nmeeting:")
    loaded = load_source(str(tmp_path / "a.yaml"), data=text.encode("utf-8"))
    assert loaded.outline.meeting.title and loaded.tree is None


def test_a_take_does_not_read_the_administrative_map_whose_findings_only_warn(tmp_path):
    """The map of 2025 only gives warnings, which ``register take`` does not show; ``check`` still
    reads it and warns."""
    from minutes.vietnamese import adminmap

    outline = unnumbered(tmp_path, "cong-doan-quy-1-2026.yaml")
    office.register_for(tmp_path, db(tmp_path))
    read = calls(lambda: office.take_number(str(outline), db=db(tmp_path)), adminmap.merged_in, adminmap.province_table)
    assert read == [0, 0] and "number: 1" in outline.read_text(encoding="utf-8")
    old = outline.read_text(encoding="utf-8").replace("TỈNH THANH HÓA", "TỈNH BÌNH DƯƠNG")
    outline.write_text(old, encoding="utf-8")
    warnings = []
    read = calls(lambda: load_outline(str(outline), warnings=warnings), adminmap.merged_in)
    assert read[0] >= 1 and any("nay thuộc Thành phố Hồ Chí Minh" in w.message for w in warnings)


@pytest.mark.parametrize(("change", "said"), [
    (("\nmeeting:", "\n# chuông \x07\nmeeting:"), "ký tự U+0007 không được phép"),
    (("title: ", "title: 2025-02-31 # "), "hãy đặt giá trị đó trong dấu ngoặc kép"),
])
def test_an_outline_the_writer_cannot_read_as_written_is_refused_in_words(tmp_path, change, said):
    """A comment holding a control character, a plain value ruamel cannot convert: the outline
    loads, but the number cannot be written keeping the file as typed; a clear message, the
    file untouched, no number taken (it was a traceback)."""
    from minutes.errors import OutlineError

    outline = unnumbered(tmp_path, "toi-thieu.yaml")
    text = outline.read_text(encoding="utf-8").replace(*change, 1)
    outline.write_text(text, encoding="utf-8")
    with pytest.raises(OutlineError) as raised:
        office.take_number(str(outline), db=db(tmp_path))
    assert said in str(raised.value)
    assert outline.read_text(encoding="utf-8") == text
    assert office.register_rows(tmp_path, db=db(tmp_path)) == []


def test_the_editor_tree_is_parsed_once_and_written_back_as_typed():
    """The form's tree of an outline (``outline_tree``): checked and built from one parse."""
    from minutes.outline.source import outline_tree, tree_text

    text = (EXAMPLES / "cong-doan-quy-1-2026.yaml").read_text(encoding="utf-8")
    trees = []
    assert parses(lambda: trees.append(outline_tree(text, "a.yaml"))) == 1
    assert tree_text(trees[0], text) == text
    crlf = text.replace("\n", "\r\n")
    assert tree_text(outline_tree(crlf, "a.yaml"), crlf) == crlf
