"""Every problem at once, even when one slip is at the YAML level (a ": " in a title, a TAB,
``location:Hội…``): the date, key and count errors further down come in the same run."""

from __future__ import annotations

import pytest
from conftest import deadline

from minutes.errors import OutlineError
from minutes.outline import load_outline

BODY = """\
organization:
  name: SỞ NỘI VỤ
  code: SNV
meeting:
  title: Hội nghị giao ban quý III
  date: 31/02/2025
  start: "14:00"
  location: Phòng họp
  period: Q5/2025
chair: Nguyễn Văn An - Giám đốc Sở
attendees:
  expected: 10
  present: 12
agenda:
  - Đánh giá
locaton: x
"""
SLIPS = {
    "colon in a title": ("  title: Hội nghị giao ban quý III", "  title: Hội nghị: giao ban quý III"),
    "tab": ("  location: Phòng họp", "\tlocation: Phòng họp"),
    "glued colon": ("  location: Phòng họp", "  location:Phòng họp"),
    "glued dash": ("  - Đánh giá", "  -Đánh giá"),
    "quoted then more": ("  title: Hội nghị giao ban quý III", '  title: "Hội nghị" giao ban quý III'),
}
REST = [(6, "meeting.date", "không tồn tại"), (9, "meeting.period", "quý phải từ 1 đến 4"),
        (13, "attendees.present", "lớn hơn số được triệu tập"), (16, "locaton", "không hợp lệ")]


@pytest.mark.parametrize("slip", SLIPS)
def test_a_yaml_slip_and_every_other_problem_in_one_run(tmp_path, slip):
    before, after = SLIPS[slip]
    text = BODY.replace(before, after)
    with pytest.raises(OutlineError) as caught:
        load_outline(tmp_path / "x.yaml", data=text.encode("utf-8"))
    problems = caught.value.problems
    slip_line = text.split("\n").index(after) + 1
    assert any(p.line == slip_line for p in problems), problems
    for line, path, words in REST:
        assert any(p.line == line and p.path == path and words in p.message for p in problems), (line, problems)
    assert [(p.line, p.column) for p in problems] == sorted((p.line, p.column) for p in problems)


def test_several_slips_at_once(tmp_path):
    text = BODY
    for before, after in (SLIPS["colon in a title"], SLIPS["tab"], SLIPS["glued dash"]):
        text = text.replace(before, after)
    with pytest.raises(OutlineError) as caught:
        load_outline(tmp_path / "x.yaml", data=text.encode("utf-8"))
    lines = {p.line for p in caught.value.problems}
    assert {5, 8, 15} <= lines and {6, 9, 13, 16} <= lines


def test_a_line_is_mended_once_so_reading_on_stays_cheap(tmp_path):
    # A value whose fix is quoting it, quoted again at every round, doubled the line each
    # time: this 231-byte document (found by a property test) took seconds, then minutes.
    path = tmp_path / "hop.yaml"
    path.write_bytes(b'%YAML 1.2\n---\n- "\\x14~\xf1\xb3\x9a\xb9": 0940-12-28\n  name: []\n'
                     b'- - 0555-08-30\n  - {}\n  - - 26/8/2025\n'
                     b'  - Nguy\xe1\xbb\x85n V\xc4\x83n An - Gi\xc3\xa1m \xc4\x91\xe1\xbb\x91c\n- []\n')
    with deadline(10), pytest.raises(OutlineError):
        load_outline(path)
