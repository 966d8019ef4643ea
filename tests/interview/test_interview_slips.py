"""``minutes new`` forgives a slip (issue 10, points 4 and 8): forms that agree with the prompts,
Vietnamese yes/no and style names, going back one answer, overwrite asked first, YAML kept."""

from __future__ import annotations

import pytest
from test_interview import MAT_TRAN, SESSION, Script, new, run_script, typed

from minutes.errors import OutputError
from minutes.interview.asking import parse_absent, parse_yes, style_choice
from minutes.outline import load_outline


def session_with(*changes: tuple[str, str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """SESSION with the answer to the question ``needle`` (its ``nth`` time, from 1) replaced by ``answers``."""
    out, seen = [], {}
    for question, answer in SESSION:
        seen[question] = seen.get(question, 0) + 1
        for needle, nth, answers in changes:
            if question == needle and seen[question] == int(nth):
                out += answers
                break
        else:
            out.append((question, answer))
    return out


@pytest.mark.parametrize(("typed_answer", "name", "reason", "position"), [
    ("Lê Văn Bảy - đi công tác", "Lê Văn Bảy", "đi công tác", ""),   # the answer
    ("Lê Văn Bảy (đi công tác)", "Lê Văn Bảy", "đi công tác", ""),    # the prompt's example
    ("Lê Văn Bảy - Phó phòng (ốm)", "Lê Văn Bảy", "ốm", "Phó phòng"),
    ("Lê Văn Bảy", "Lê Văn Bảy", "", ""),
])
def test_every_absence_form_shown_keeps_its_reason(typed_answer, name, reason, position):
    found = parse_absent(typed_answer)
    assert (found.name, found.reason, found.position) == (name, reason, position)


def test_an_absence_typed_with_a_dash_is_saved_with_its_reason(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    session = session_with(("Người vắng 1", 1, [("Người vắng 1", "Lê Văn Bảy - đi công tác")]))
    result = runner.invoke(new, [], input=typed(session))
    assert result.exit_code == 0, result.output
    assert "Họ tên - lý do" in result.output and "Lê Văn Bảy (đi công tác)" in result.output
    absent = load_outline(tmp_path / "bien-ban-26-08-2025.yaml").attendees.absent
    assert [(a.name, a.reason) for a in absent] == [("Lê Văn Bảy", "đi công tác")]


@pytest.mark.parametrize(("answer", "expected"), [
    ("có", True), ("c", True), ("Có", True), ("co", True), ("y", True), ("đồng ý", True),
    ("không", False), ("k", False), ("khong", False), ("n", False), ("", None), ("có lẽ", "refused"),
])
def test_yes_no_in_vietnamese(answer, expected):
    found = parse_yes(answer, None)
    assert found == (None if expected == "refused" else expected)


def test_yes_no_prompts_take_co_and_khong(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    session = session_with(("có biểu quyết không", 1, [("có biểu quyết không", "có lẽ"),
                                                       ("có biểu quyết không", "có")]),
                           ("Soạn biên bản ngay", 1, [("Soạn biên bản ngay", "không")]))
    result = runner.invoke(new, [], input=typed(session))
    assert result.exit_code == 0, result.output
    assert "[c/K]" in result.output or "[C/k]" in result.output
    assert "hãy trả lời c (có) hoặc k (không)" in result.output
    assert load_outline(tmp_path / "bien-ban-26-08-2025.yaml").vote.agree == 23
    assert not (tmp_path / "bien-ban-26-08-2025.docx").exists()


@pytest.mark.parametrize(("answer", "style"), [
    ("Đảng", "party"), ("dang", "party"), ("ĐẢNG", "party"), ("Đoàn", "youth"), ("doan", "youth"),
    ("Nhà nước", "state"), ("nha nuoc", "state"), ("party", "party"), ("Youth", "youth"),
])
def test_style_by_its_vietnamese_name(answer, style):
    assert style_choice(answer) == style


def test_party_style_shows_party_examples(tmp_path):
    script = Script(("Thể thức", "Đảng"), ("Soạn biên bản", "n"))
    run_script(script, tmp_path / "hop.yaml", MAT_TRAN)
    asked = "\n".join(script.asked)
    code = next(q for q in script.asked if q.startswith("Chữ viết tắt"))
    assert '"ĐU"' in code and '"SNV"' not in code
    recipients = next(line for line in script.shown if line.startswith("Nơi nhận ("))
    assert "Lưu Văn phòng." in recipients and "Lưu: VT" not in recipients
    assert load_outline(tmp_path / "hop.yaml").style == "party" and "Thể thức" in asked


def test_going_back_one_answer_fixes_a_slip_in_a_list(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    session = session_with(("Mục 2", 1, [("Mục 2", "Phân công phụ trách"),   # a sub-point typed without "+ "
                                         ("Mục 3", "<"),                     # back: item 2 is asked again
                                         ("Mục 2", "Triển khai nhiệm vụ quý IV")]))
    result = runner.invoke(new, [], input=typed(session))
    assert result.exit_code == 0, result.output
    assert "Gõ < rồi Enter để quay lại" in result.output and "(quay lại câu trước)" in result.output
    outline = load_outline(tmp_path / "bien-ban-26-08-2025.yaml")
    assert [i.text for i in outline.agenda] == ["Đánh giá kết quả thực hiện nhiệm vụ quý III",
                                                "Triển khai nhiệm vụ quý IV"]
    assert outline.agenda[1].items == ("Phân công phụ trách",)  # later answers are not shifted
    assert outline.recipients == ("UBND tỉnh (b/c)", "Các phòng, đơn vị thuộc Sở")


def test_going_back_twice(tmp_path):
    script = Script(("Tên cuộc họp", "Giao ban sai"), ("Ngày họp", "1/1/2020"), ("Giờ bắt đầu", "<"), ("Ngày họp", "<"),
                    ("Tên cuộc họp", "Giao ban quý IV"), ("Ngày họp", "25/11/2021"),
                    ("Soạn biên bản", "n"))
    path = run_script(script, tmp_path / "hop.yaml", MAT_TRAN)
    outline = load_outline(path)
    assert outline.meeting.title == "Giao ban quý IV" and outline.meeting.date.year == 2021
    assert len([q for q in script.asked if q.startswith("Giờ bắt đầu")]) >= 2


def test_overwriting_is_asked_before_the_first_question(tmp_path):
    existing = tmp_path / "hop.yaml"
    existing.write_text("cũ", encoding="utf-8")
    script = Script(("Ghi đè", "n"), ("Lưu đề cương vào tệp", str(tmp_path / "khac")), ("Soạn biên bản", "n"))
    path = run_script(script, existing, MAT_TRAN)
    assert script.asked[0].startswith(f"Tệp {existing} đã có. Ghi đè?")
    assert script.asked[1].startswith("Lưu đề cương vào tệp") and script.asked[2].startswith("Thể thức")
    assert path == tmp_path / "khac.yaml" and existing.read_text(encoding="utf-8") == "cũ"


def test_declining_to_overwrite_suggests_a_free_name(tmp_path):
    existing = tmp_path / "hop.yaml"
    existing.write_text("cũ", encoding="utf-8")
    script = Script(("Ghi đè", "n"), ("Soạn biên bản", "n"))
    assert run_script(script, existing, MAT_TRAN) == tmp_path / "hop-2.yaml"


def test_an_outline_that_cannot_be_saved_is_printed(tmp_path, monkeypatch):
    def full_disk(path, data):
        raise OutputError(f"không ghi được {path}: đĩa đầy")

    monkeypatch.setattr("minutes.interview.asking.write_atomic", full_disk)
    script = Script(("Soạn biên bản", "n"))
    with pytest.raises(OutputError):
        run_script(script, tmp_path / "hop.yaml", MAT_TRAN)
    shown = "\n".join(script.shown)
    assert "Không ghi được đề cương" in shown and "hãy chép lại" in shown
    assert "organization:" in shown and "Rah Lan Thuận" in shown
