"""``minutes new``: the Vietnamese interview (minutes.interview.run) through Click, scripts and a terminal."""

from __future__ import annotations

import dataclasses
import os
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import click
import pytest
from conftest import EXAMPLES, ROOT, ctrl_c_as_at_a_terminal, open_docx
from patience import patience

from minutes.docx.read import document_text
from minutes.docx.render import render_bytes
from minutes.interview.run import run_interview
from minutes.outline import load_outline
from minutes.vietnamese.format import format_period
from minutes.vietnamese.periods import next_period
from minutes.vietnamese.periodtext import period_in

MAT_TRAN = ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml"


@click.command()
@click.argument("outline", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--from", "previous", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def new(outline: Path | None, previous: Path | None) -> None:
    """A stand-in for ``minutes new``, wired exactly as cli.py should wire it."""
    if run_interview(outline, previous) is None:
        sys.exit(1)


# Every question of a fresh session, in order, with the answer typed ("" = Enter).
SESSION = [
    ("Thể thức", ""),                                   # state
    ("Cơ quan, tổ chức chủ quản", "ỦY BAN NHÂN DÂN TỈNH TÂY NINH"),
    ("Tên cơ quan", "SỞ NỘI VỤ"),
    ("Chữ viết tắt", "SNV"),
    ("Địa danh", "Tây Ninh"),
    ("Tên cuộc họp", "Hội nghị giao ban quý III năm 2025"),
    ("Ngày họp", "31/02/2025"),                         # refused: re-asked
    ("Ngày họp", "26/8/2025"),
    ("Giờ bắt đầu", "25:70"),                           # refused: re-asked
    ("Giờ bắt đầu", "14h"),
    ("Giờ kết thúc", "13:00"),                          # before the start: re-asked
    ("Giờ kết thúc", "16h30"),
    ("Địa điểm", "Hội trường Sở Nội vụ"),
    ("Kỳ báo cáo", "Q5/2025"),                          # refused: re-asked
    ("Kỳ báo cáo", "Q3/2025"),
    ("Số văn bản", "05"),
    ("Chủ trì", "- Giám đốc Sở"),                       # no name: re-asked
    ("Chủ trì", "Nguyễn Văn An - Giám đốc Sở"),
    ("Thư ký", "Trần Thị Bình - Chuyên viên Văn phòng"),
    ("Đại biểu 1", "Lê Văn Cường - Phó Chủ tịch UBND tỉnh"),
    ("Vai trò", "dự và chỉ đạo"),
    ("Đại biểu 2", ""),
    ("Thành phần được triệu tập", "Lãnh đạo Sở và trưởng các phòng, đơn vị thuộc Sở"),
    ("Số người được triệu tập", "hai lăm"),              # refused: re-asked
    ("Số người được triệu tập", "25"),
    ("Số người có mặt", "30"),                          # more than summoned: re-asked
    ("Số người có mặt", "23"),
    ("Người vắng 1", "Phạm Văn Dũng (đi công tác)"),
    ("Người vắng 2", ""),
    ("Mục 1", "+ ý con chưa có mục"),                   # refused: nothing above it
    ("Mục 1", "Đánh giá kết quả thực hiện nhiệm vụ quý III"),
    ("Mục 2", "Triển khai nhiệm vụ quý IV"),
    ("Mục 3", "+ Phân công phụ trách"),                 # sub-point of item 2
    ("Mục 3", ""),
    ("Mục 1", "Hoàn thành 100% hồ sơ thủ tục hành chính đúng hạn."),   # achievements
    ("Mục 2", "Công tác cải cách hành chính"),
    ("Mục 3", "+ Số hóa 12.450 hồ sơ"),
    ("Mục 3", ""),
    ("Chỉ tiêu 1", "Kinh phí vận động"),
    ("Giá trị", "1.900.000.000"),
    ("Đơn vị tính", "đồng"),
    ("Giá trị kỳ trước", "1.500.000.000"),
    ("Chỉ tiêu 2", "Tỷ lệ hồ sơ đúng hạn"),
    ("Giá trị", "tám mươi"),                            # refused: re-asked
    ("Giá trị", "87,5"),
    ("Đơn vị tính", "%"),
    ("Giá trị kỳ trước", ""),
    ("Chỉ tiêu 3", ""),
    ("Người phát biểu 1", "Trưởng phòng Tổ chức"),      # discussion
    ("Nội dung", "Đề nghị bổ sung chỉ tiêu đào tạo."),
    ("Người phát biểu 2", "+ Đề nghị tăng kinh phí: 10%."),
    ("Người phát biểu 2", ""),
    ("Người phát biểu 1", ""),                          # directions: skipped
    ("Nhiệm vụ 1", "Tổ chức hội nghị tổng kết năm"),
    ("Người, đơn vị thực hiện", "Văn phòng Sở"),
    ("Thời hạn", "15/12/2025"),
    ("Nhiệm vụ 2", ""),
    ("Đối tượng được khen 1", "cá nhân"),
    ("Số lượng", "3"),
    ("Danh hiệu", "Lao động tiên tiến"),
    ("Cấp khen", "Giám đốc Sở"),
    ("Đối tượng được khen 2", ""),
    ("Mục 1", "Hội nghị thống nhất các nội dung trên."),  # conclusion
    ("Mục 2", ""),
    ("có biểu quyết không", "y"),
    ("Số tán thành", ""),                               # default: the 23 present
    ("Số không tán thành", ""),
    ("Số không biểu quyết", ""),
    ("Nơi nhận 1", "UBND tỉnh (b/c)"),
    ("Nơi nhận 2", "Các phòng, đơn vị thuộc Sở"),
    ("Nơi nhận 3", ""),
    ("Lưu đề cương vào tệp", ""),                       # default name from the date
    ("Soạn biên bản ngay", "y"),
]


def typed(session: list[tuple[str, str]]) -> str:
    """The answers of a session as standard input."""
    return "".join(answer + "\n" for _, answer in session)


class Script:
    """A scripted ``prompt``/``confirm`` pair: the first rule whose text occurs in the question
    answers it once ("" = Enter); a question no rule matches gets Enter (its default)."""

    def __init__(self, *rules: tuple[str, object]):
        self.rules = list(rules)
        self.asked: list[str] = []
        self.shown: list[str] = []

    def _answer(self, text: str) -> object:
        self.asked.append(text)
        for i, (needle, answer) in enumerate(self.rules):
            if needle in text:
                del self.rules[i]
                if isinstance(answer, type) and issubclass(answer, BaseException):
                    raise answer()
                return answer
        return ""

    def prompt(self, text: str, default: str = "", show_default: bool = True) -> str:
        answer = self._answer(text)
        return default if answer == "" else str(answer)

    def confirm(self, text: str, default: bool = False) -> bool:
        answer = self._answer(text)
        return default if answer == "" else answer in ("y", True)

    def echo(self, message: str = "", err: bool = False) -> None:
        self.shown.append(message)


def run_script(script: Script, output: Path | None, previous: Path | None = None) -> Path | None:
    return run_interview(output, previous, prompt=script.prompt, echo=script.echo, confirm=script.confirm)


def comparable(outline):
    """An Outline without what ``--from`` does not carry (issued, end_date, review) or the file name."""
    meeting = dataclasses.replace(outline.meeting, end_date=None)
    return dataclasses.replace(outline, source="", issued=None, review=(), meeting=meeting)


def test_scripted_session_writes_a_valid_outline_that_renders(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(new, [], input=typed(SESSION))
    assert result.exit_code == 0, result.output
    written = tmp_path / "bien-ban-26-08-2025.yaml"
    assert f"Đã ghi đề cương {written.name}" in result.output
    for refused in ("ngày 31/02/2025 không tồn tại (tháng 2 năm 2025 có 28 ngày)",
                    "giờ '25:70' không hợp lệ", "giờ kết thúc 13:00 trước giờ bắt đầu 14:00",
                    "'Q5/2025': quý phải từ 1 đến 4", "thiếu họ tên", "'hai lăm' không phải số",
                    "số người có mặt (30) lớn hơn số được triệu tập (25)", "'tám mươi' không phải số",
                    "chưa có mục nào ở trên"):
        assert refused in result.output
    assert all(question in result.output for question, _ in SESSION)
    outline = load_outline(written)
    assert outline.meeting.date.isoformat() == "2025-08-26" and outline.meeting.start.hour == 14
    assert outline.number == 5 and outline.meeting.period.index == 3
    assert outline.chair.name == "Nguyễn Văn An" and outline.guests[0].role == "dự và chỉ đạo"
    assert outline.attendees.present == 23 and outline.attendees.absent[0].reason == "đi công tác"
    assert outline.agenda[1].items == ("Phân công phụ trách",)
    assert outline.achievements[1].items == ("Số hóa 12.450 hồ sơ",)
    assert [i.value for i in outline.indicators] == [1900000000, Decimal("87.5")]
    assert outline.discussion[0].content[1] == "Đề nghị tăng kinh phí: 10%."
    assert outline.tasks[0].owner == "Văn phòng Sở" and outline.tasks[0].due.day == 15
    assert outline.commendations[0].count == 3 and outline.vote.agree == 23
    assert outline.recipients == ("UBND tỉnh (b/c)", "Các phòng, đơn vị thuộc Sở")
    text = written.read_text(encoding="utf-8")
    assert 'start: "14:00"' in text and "date: 26/08/2025" in text
    assert "# ngày họp: ngày/tháng/năm, ví dụ 26/8/2025" in text and "# nơi nhận:" in text
    body = document_text(open_docx(render_bytes(outline)))
    assert "Hội nghị giao ban quý III năm 2025" in body and "Lao động tiên tiến" in body
    assert (tmp_path / "bien-ban-26-08-2025.docx").stat().st_size > 0


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_from_previous_with_all_enter_never_writes_last_meeting_again(runner, tmp_path, example):
    """Enter throughout: only what stays is kept; the meeting is left to fill and check says so."""
    output = tmp_path / "moi.yaml"
    result = runner.invoke(new, [str(output), "--from", str(example)], input="\n" * 400)
    assert result.exit_code == 0, result.output
    old = load_outline(example)
    warnings = []
    made = load_outline(output, warnings=warnings)
    # what stays from one meeting to the next
    assert (made.organization, made.style, made.place, made.chair, made.secretary, made.recipients) == (
        old.organization, old.style, old.place, old.chair, old.secretary, old.recipients)
    assert made.meeting.location == old.meeting.location
    # what belongs to one meeting is never last period's
    assert made.meeting.date is None and made.meeting.start is None and made.meeting.end is None
    assert made.number is None and made.guests == ()
    assert made.attendees.present is None and made.attendees.absent == () and made.attendees.present_people == ()
    assert not (made.agenda or made.achievements or made.indicators or made.discussion or made.directions
                or made.tasks or made.commendations or made.conclusion or made.vote)
    old_period = old.meeting.period or period_in(old.meeting.title)
    if old_period is not None:
        assert made.meeting.period == next_period(old_period)
        assert format_period(old_period) not in made.meeting.title or format_period(old_period) in format_period(
            next_period(old_period))
    # check reports it as still to fill
    assert {"meeting.date", "meeting.start"} <= {w.path for w in warnings}
    assert "Giữ nguyên" not in result.output.split("Nội dung cuộc họp")[1].split("Nơi nhận")[0]


def test_from_previous_changes_only_what_is_typed(tmp_path):
    script = Script(("Ngày họp", "25/11/2021"), ("Giờ bắt đầu", "8h"), ("Số văn bản", "19"),
                    ("Mục 1", "Giao ban quý IV"), ("Mục 2", "+ Chuẩn bị tổng kết"), ("Soạn biên bản", "n"))
    path = run_script(script, tmp_path / "q4.yaml", MAT_TRAN)
    old, new_ = load_outline(MAT_TRAN), load_outline(path)
    assert new_.meeting.date.month == 11 and new_.meeting.end is None and new_.number == 19
    assert new_.meeting.period == next_period(old.meeting.period)
    assert [(i.text, i.items) for i in new_.agenda] == [("Giao ban quý IV", ("Chuẩn bị tổng kết",))]
    assert new_.tasks == () and new_.chair == old.chair
    assert any("kỳ trước: 26/08/2021" in q or "kỳ trước:" in q for q in script.asked if q.startswith("Ngày họp"))
    assert list(tmp_path.iterdir()) == [path]


def test_interrupted_by_end_of_input_writes_nothing(runner, tmp_path):
    answers = typed(SESSION[:12])  # stops in the middle of the meeting questions
    result = runner.invoke(new, [str(tmp_path / "hop.yaml")], input=answers)
    assert result.exit_code == 1
    assert "Đã dừng: chưa ghi tệp nào." in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["Nơi nhận", "Ghi đè"])
def test_ctrl_c_at_any_question_writes_nothing(tmp_path, where):
    existing = tmp_path / "hop.yaml"
    existing.write_text("cũ", encoding="utf-8")
    script = Script((where, KeyboardInterrupt))
    assert run_script(script, existing, MAT_TRAN) is None
    assert existing.read_text(encoding="utf-8") == "cũ" and len(list(tmp_path.iterdir())) == 1
    assert any("Đã dừng" in line for line in script.shown)


def test_existing_file_is_not_overwritten_without_asking(tmp_path):
    existing = tmp_path / "hop.yaml"
    existing.write_text("cũ", encoding="utf-8")
    script = Script(("Ghi đè", "n"), ("Lưu đề cương vào tệp", str(tmp_path / "hop-moi")),
                    ("Soạn biên bản", "n"))
    path = run_script(script, existing, MAT_TRAN)
    assert path == tmp_path / "hop-moi.yaml" and load_outline(path).organization.code == "MTTQ"
    assert existing.read_text(encoding="utf-8") == "cũ"
    assert any("minutes render" in line for line in script.shown)


def test_questions_use_the_glossary_terms(tmp_path):
    from minutes.glossary import term

    script = Script(("Soạn biên bản", "n"))
    run_script(script, tmp_path / "hop.yaml", MAT_TRAN)
    asked = "\n".join(script.asked + script.shown).lower()
    for key in ("organization.parent", "meeting.title", "meeting.date", "meeting.period", "chair",
                "secretary", "guests", "attendees.absent", "agenda", "achievements", "indicators",
                "discussion", "directions", "tasks", "commendations", "conclusion", "vote", "recipients"):
        assert term(key).lower() in asked, key


DRIVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    import click
    from minutes.interview.run import run_interview

    @click.command()
    @click.argument("outline", required=False, type=click.Path(path_type=Path))
    def new(outline):
        sys.exit(0 if run_interview(outline, None) else 1)

    new()
""")


def interrupt_until(child, answer: str) -> None:
    """Press Ctrl-C at ``child``'s prompt until it says ``answer``.

    A Ctrl-C that lands after the prompt is written but before readline waits for a key
    is only seen with the next key (CPython's input() checks signals before it blocks, not
    after): on a busy machine that window is wide. She presses Ctrl-C again; so does this.
    """
    import pexpect

    for _ in range(5):
        child.sendintr()
        if child.expect_exact([answer, pexpect.TIMEOUT], timeout=patience(3)) == 0:
            return
    raise AssertionError(f"no {answer!r} after five Ctrl-C; the screen ends: {child.before[-300:]!r}")


def test_real_terminal_prompts_and_ctrl_c(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
           "PYTHONPATH": str(ROOT)}
    try:
        child = pexpect.spawn(sys.executable, ["-c", DRIVER, "hop.yaml"], cwd=str(tmp_path), env=env,
                              encoding="utf-8", timeout=patience(30), dimensions=(40, 200),
                              preexec_fn=ctrl_c_as_at_a_terminal)
    except (pexpect.ExceptionPexpect, OSError) as exc:
        pytest.skip(f"pexpect cannot spawn a terminal here: {exc}")
    try:
        child.expect_exact("Thể thức")
        child.expect_exact("[state]: ")
        child.sendline("")
        child.expect_exact("Cơ quan, tổ chức chủ quản")
        child.sendline("UBND TỈNH TÂY NINH")
        child.expect_exact("Tên cơ quan, tổ chức ban hành")
        child.sendline("SỞ NỘI VỤ")
        child.expect_exact("Chữ viết tắt tên cơ quan")
        child.sendline("SNV")
        child.expect_exact("Địa danh")
        child.sendline("")
        child.expect_exact("Tên cuộc họp (trích yếu)")
        child.sendline("Giao ban")
        child.expect_exact("Ngày họp")
        child.sendline("31/02/2025")
        child.expect_exact("không tồn tại")
        child.expect_exact("Ngày họp")
        interrupt_until(child, "Đã dừng: chưa ghi tệp nào.")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 1
    assert list(tmp_path.iterdir()) == []
