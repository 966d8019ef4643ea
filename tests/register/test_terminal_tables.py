"""The register's and the task list's tables on a terminal: nothing cut, fitted to its width."""

from __future__ import annotations

import unicodedata

import pytest
from click.testing import CliRunner

from minutes.cli import main
from minutes.register import sheet
from minutes.register.commands import terminal_width

LONG = ("Phối hợp các ngành liên quan tuyên truyền, vận động Nhân dân thực hiện nguyên tắc 5K "
        "và tiêm vắc-xin phòng COVID-19 theo kế hoạch của Ban Chỉ đạo huyện")
ROWS = [
    [LONG, "Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "30/11/2021",
     "Chưa đến kỳ kiểm điểm (quá hạn)", "mat-tran-giao-ban-quy-3-2021.yaml"],
    ["Kết nạp thêm 30 đoàn viên mới", "Các tổ công đoàn", "30/06/2026", "Chưa báo cáo (quá hạn)",
     "cong-doan-quy-1-2026.yaml"],
    ["Báo cáo", "", "", "Hoàn thành", "a.yaml"],
]
HEADER = ["Nhiệm vụ", "Thực hiện", "Thời hạn", "Tình trạng", "Đề cương"]
WIDEST = [50, 26, 10, 30, 34]
WRAPS = (0, 1, 4)
OWNER = "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã"


def columns_back(table: str) -> list[list[str]]:
    """Each row's cells read back from a table, without spaces: the dashes give the columns, a
    row's lines (set apart by empty lines when rows wrap) are joined column by column."""
    lines = table.rstrip("\n").split("\n")
    dashes = next(i for i, line in enumerate(lines) if set(line) <= {"-", " "} and line)
    spans, at = [], 0
    for run in lines[dashes].split("  "):
        spans.append((at, at + len(run)))
        at += len(run) + 2
    body = lines[dashes + 1:]
    blocks: list[list[str]] = [[]]
    for line in body:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    if all(len(b) == 1 for b in blocks if b) and len(blocks) == 1:  # rows that never wrap: one line each
        blocks = [[line] for line in blocks[0]]
    return [["".join("".join(line[a:b].split()) for line in block) for a, b in spans] for block in blocks if block]


def squeezed(rows) -> list[list[str]]:
    """The cells without their spaces (a long word may be broken at the column's edge)."""
    return [["".join(c.split()) for c in row] for row in rows]


@pytest.mark.parametrize("width", [None, 160, 120, 100, 80])
def test_every_cell_is_read_back_whole_and_the_table_fits(width):
    table = sheet.as_table(HEADER, ROWS, WIDEST, width, cut=WRAPS)
    assert "…" not in table
    assert columns_back(table) == squeezed(ROWS)
    widest_line = max(len(line) for line in table.split("\n"))
    if width is not None:
        assert widest_line <= width
    for status in ("Chưa đến kỳ kiểm điểm (quá hạn)", "Chưa báo cáo (quá hạn)"):  # a status is never broken
        assert any(status in line for line in table.split("\n"))


def test_a_table_narrower_than_its_columns_can_be_keeps_every_cell():
    table = sheet.as_table(HEADER, ROWS, WIDEST, 40, cut=WRAPS)  # below the least of each column
    assert columns_back(table) == squeezed(ROWS)


def test_decomposed_vietnamese_lines_up_like_composed():
    decomposed = [[unicodedata.normalize("NFD", c) for c in row] for row in ROWS]
    assert sheet.as_table(HEADER, decomposed, WIDEST, 100, cut=WRAPS) == sheet.as_table(HEADER, ROWS, WIDEST, 100,
                                                                                          cut=WRAPS)


def test_short_rows_take_one_line_each_and_no_empty_lines():
    table = sheet.as_table(HEADER, [row[:1] + ["A", "", "Hoàn thành", "a.yaml"] for row in ROWS[1:]], WIDEST,
                           None, cut=WRAPS)
    assert "" not in table.rstrip("\n").split("\n")
    assert len(table.rstrip("\n").split("\n")) == 2 + 2


def test_the_widths_fit_in_proportion():
    assert sheet.fit_widths([50, 26, 10, 31, 33], (0, 1, 4), None) == [50, 26, 10, 31, 33]
    assert sheet.fit_widths([50, 26, 10, 31, 33], (0, 1, 4), 200) == [50, 26, 10, 31, 33]
    fitted = sheet.fit_widths([50, 26, 10, 31, 33], (0, 1, 4), 120)
    assert fitted[2:4] == [10, 31] and sum(fitted) + 2 * 4 <= 120 and fitted[0] > fitted[1]
    assert sheet.fit_widths([50, 5, 10], (0, 1), 20) == [sheet.LEAST, 5, 10]  # never below the least


def test_the_tasks_command_prints_every_task_whole(tmp_path):
    folder = tmp_path / "hop"
    folder.mkdir()
    (folder / "hop.yaml").write_text(f"""organization:
  name: ỦY BAN NHÂN DÂN XÃ AN BÌNH
  code: UBND
meeting:
  title: Cuộc họp giao ban tháng 3 năm 2026
  date: 02/03/2026
  start: "07:30"
  location: Hội trường Ủy ban nhân dân xã
chair: Nguyễn Văn An - Chủ tịch Ủy ban nhân dân xã
tasks:
  - text: {LONG}
    owner: {OWNER}
    due: 30/04/2026
""", encoding="utf-8")
    result = CliRunner().invoke(main, ["tasks", str(folder), "--db", f"sqlite:///{tmp_path / 'so.sqlite'}"])
    assert result.exit_code == 0, result.output
    cells = columns_back(result.output)
    assert [row[:2] for row in cells] == squeezed([[LONG, OWNER]])


def test_output_to_a_file_or_a_pipe_is_not_fitted():
    assert terminal_width() is None  # pytest captures standard output: not a terminal
