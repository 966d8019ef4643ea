"""Nothing guessed or carried over by ``minutes next`` prints as the new meeting's fact.

Each rolled outline is rendered (every document it has data for) and read back with
python-docx: the old meeting's date, start time and figures never appear as the new
one's, and a carried text naming a date or another period is marked so ``check`` lists it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, open_docx

from minutes import api
from minutes.errors import OutlineError, Problem
from minutes.outline import load_outline
from minutes.outline.rollover import CARRIED_NOTE, roll_forward
from minutes.vietnamese import format as vf
from minutes.vietnamese.periodtext import period_in

DATA = ROOT / "tests" / "data"


def _outlines() -> list[Path]:
    """Every outline the project holds that can be rolled (valid, with a period)."""
    found = []
    for path in EXAMPLES + sorted(DATA.rglob("*.yaml")):
        try:
            outline = load_outline(path)
        except OutlineError:
            continue
        if outline.meeting.period or period_in(outline.meeting.title):
            found.append(path)
    return found


OUTLINES = _outlines()


def rolled(path: Path) -> tuple[str, object, list[Problem]]:
    """Next period's text of ``path``, its outline and what ``check`` lists for it."""
    text = roll_forward(path.read_text(encoding="utf-8"), str(path))
    warnings: list[Problem] = []
    return text, load_outline(path, data=text.encode("utf-8"), warnings=warnings), warnings


def document_text(outline) -> str:
    """The text of every document the outline has data for, paragraphs and tables."""
    parts = []
    for kind in api.documents_of(outline, None, every=True):
        doc = open_docx(api.document_data(outline, kind, "docx"))
        parts += [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def test_the_round_trip_covers_examples_and_test_outlines():
    assert len(OUTLINES) >= len(EXAMPLES) + 3


@pytest.mark.parametrize("path", OUTLINES, ids=[p.stem for p in OUTLINES])
def test_next_then_render_prints_nothing_of_the_old_meeting_as_the_new_ones(path):
    old = load_outline(path)
    text, new, warnings = rolled(path)
    printed = document_text(new)
    # the guessed date and time are dotted lines, never last period's (a start time kept in
    # a profile the outline extends is hers to keep: it is not last meeting's)
    own = re.search(r"^\s+start:", path.read_text(encoding="utf-8"), re.M) is not None
    assert new.meeting.date is None and (new.meeting.start is None or not own)
    assert vf.format_date(old.meeting.date) not in printed
    assert vf.format_date_short(old.meeting.date) not in printed
    if own:
        assert f"Thời gian bắt đầu: {vf.format_time(old.meeting.start)}" not in printed
    # no figure of the old period printed as this one's
    for indicator in new.indicators:
        assert indicator.value is None
    # a carried text naming a date or another period is marked, and check lists the mark
    marked = [line for line in text.splitlines() if CARRIED_NOTE in line]
    listed = [w for w in warnings if "xác nhận ngày, tháng, quý, năm" in w.message]
    assert len(listed) == len(marked)
    old_period = vf.format_period(old.meeting.period or period_in(old.meeting.title))
    review = " ".join(r.text for r in new.review)
    for line in printed.splitlines():
        if old_period in line and " ".join(line.split()) not in review:
            assert any(_words(m) & _words(line) for m in marked), f"old period unmarked: {line}"
    # the date and start are listed as still to fill
    paths = {w.path for w in warnings}
    assert {"meeting.date"} | ({"meeting.start"} if own else set()) <= paths


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{4,}", text.split("#")[0].lower()))


AGENDA_OUTLINE = """\
organization: {name: SỞ NỘI VỤ, code: SNV}
meeting:
  title: Hội nghị giao ban quý III năm 2025
  date: 26/9/2025
  start: "14:00"
  location: Phòng họp
  period: Q3/2025
agenda:
  - Đánh giá kết quả quý III năm 2025
  - Chiến dịch từ ngày 01/7 đến ngày 14/9/2025
  - {text: "Nhiệm vụ hội nghị Ban Chấp hành quý I năm 2026 đề ra", owner: Văn phòng}
  - Ý kiến của khách mời
chair: Nguyễn Văn An - Giám đốc Sở
"""


def test_carried_texts_naming_a_date_or_another_period_are_listed_by_check(tmp_path):
    source = tmp_path / "q3.yaml"
    source.write_text(AGENDA_OUTLINE, encoding="utf-8")
    text = roll_forward(AGENDA_OUTLINE, str(source))
    warnings: list[Problem] = []
    load_outline(source, data=text.encode("utf-8"), warnings=warnings)
    lines = text.splitlines()
    listed = {lines[w.line - 1].split("#")[0].strip() for w in warnings if "xác nhận ngày" in w.message}
    assert listed == {"- Chiến dịch từ ngày 01/7 đến ngày 14/9/2025",
                      '- {text: "Nhiệm vụ hội nghị Ban Chấp hành quý II năm 2026 đề ra", owner: Văn phòng}'}
    # the period the tool moved itself is not a guess to confirm
    assert "  - Đánh giá kết quả quý IV năm 2025" in lines


def test_a_half_year_roll_marks_a_quarter_it_leaves_alone(tmp_path):
    text = AGENDA_OUTLINE.replace("quý III năm 2025", "6 tháng đầu năm 2026").replace("Q3/2025", "H1/2026")
    rolled_text = roll_forward(text.replace("26/9/2025", "20/6/2026"), str(tmp_path / "h1.yaml"))
    line = next(x for x in rolled_text.splitlines() if "quý I năm 2026 đề ra" in x)
    assert CARRIED_NOTE in line


def test_guessed_date_and_start_print_as_dotted_lines_until_filled(tmp_path):
    source = tmp_path / "q3.yaml"
    source.write_text(AGENDA_OUTLINE, encoding="utf-8")
    text = roll_forward(AGENDA_OUTLINE, str(source))
    assert re.search(r"^  date:  # gợi ý: 26/12/2025 \(kỳ trước \+ 3 tháng\)", text, re.M)
    assert re.search(r"^  start:  # gợi ý: 14:00 \(như kỳ trước\)", text, re.M)
    outline = load_outline(source, data=text.encode("utf-8"))
    printed = document_text(outline)
    assert "Thời gian bắt đầu: …… giờ ……, ngày …… tháng …… năm ……" in printed
    assert "26 tháng 12" not in printed and "14 giờ 00" not in printed
    # filling the values (nothing else: the comment stays) clears the reminder
    filled = text.replace("  date:  #", "  date: 27/12/2025  #").replace("  start:  #", "  start: '8:00'  #")
    warnings: list[Problem] = []
    outline = load_outline(source, data=filled.encode("utf-8"), warnings=warnings)
    assert not [w for w in warnings if w.path in ("meeting.date", "meeting.start")]
    assert outline.meeting.date == dt.date(2025, 12, 27)
    assert "Thời gian bắt đầu: 8 giờ 00, ngày 27 tháng 12 năm 2025" in document_text(outline)


def test_rolling_an_unfilled_outline_moves_the_suggestion_on(tmp_path):
    source = tmp_path / "q3.yaml"
    twice = roll_forward(roll_forward(AGENDA_OUTLINE, str(source)), str(source))
    assert re.search(r"^  date:  # gợi ý: 26/3/2026 \(kỳ trước \+ 3 tháng\); điền ngày họp$", twice, re.M)
    assert twice.count("gợi ý") == 2


@pytest.mark.parametrize(
    ("period", "date", "before"),
    [("10/2025", "04/10/2025", "tháng 9 năm 2025"), ("Q1/2026", "10/01/2026", "quý IV năm 2025"),
     ("2026", "20/01/2026", "năm 2025"), ("H2/2025", "05/07/2025", "6 tháng đầu năm 2025")],
)
def test_a_period_barely_begun_on_the_meeting_day_is_warned_about(tmp_path, period, date, before):
    text = AGENDA_OUTLINE.replace("Q3/2025", period).replace("26/9/2025", date)
    warnings: list[Problem] = []
    load_outline(tmp_path / "x.yaml", data=text.encode("utf-8"), warnings=warnings)
    found = [w.message for w in warnings if w.path == "meeting.period"]
    assert len(found) == 1 and f"thuộc {before}" in found[0]


@pytest.mark.parametrize(("period", "date"), [("10/2025", "28/10/2025"), ("Q3/2025", "26/9/2025"),
                                               ("Q4/2025", "28/09/2025"), ("2025", "20/12/2025")])
def test_a_period_well_under_way_is_not_warned_about(tmp_path, period, date):
    text = AGENDA_OUTLINE.replace("Q3/2025", period).replace("26/9/2025", date)
    warnings: list[Problem] = []
    load_outline(tmp_path / "x.yaml", data=text.encode("utf-8"), warnings=warnings)
    assert not [w for w in warnings if w.path == "meeting.period"]
