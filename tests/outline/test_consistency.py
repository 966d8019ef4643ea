"""The relations checked across fields (minutes.outline.consistency), one row per rule and case."""

from __future__ import annotations

import pytest

from minutes.errors import OutlineError
from minutes.outline.consistency import RULES
from minutes.outline.load import load_outline

HEAD = (
    "organization: {name: SỞ NỘI VỤ, code: SNV}\n"
    "meeting:\n"
    "  title: Hội nghị giao ban quý III năm 2025\n"
    "  date: 2025-08-26\n"
    '  start: "14:00"\n'
    "  location: Hội trường\n"
    "chair: Nguyễn Văn An - Giám đốc\n"
)

# (rule, what is added to the outline, "error"/"warning", the line's start, words of the message)
CASES = [
    ("vote_vs_present", "attendees: {present: 19}\nvote: {agree: 25}\n", "error", "9:7: vote:",
     "tổng số biểu quyết 25 (tán thành 25, không tán thành 0, không biểu quyết 0) nhiều hơn số người có mặt (19)"),
    ("vote_vs_present", "attendees: {present: 19}\nvote: {agree: 15, against: 2}\n", "warning", "9:7: vote:",
     "tổng số biểu quyết 17 (tán thành 15, không tán thành 2, không biểu quyết 0) ít hơn số người có mặt (19): "
     "2 người không được tính"),
    ("vote_vs_present", "attendees: {expected: 10}\nvote: {agree: 8, abstain: 3}\n", "error", "9:7: vote:",
     "nhiều hơn số người được triệu tập (10)"),
    ("present_vs_expected", "attendees: {expected: 20, present: 23}\n", "error", "8:36: attendees.present:",
     "số người có mặt (23) lớn hơn số được triệu tập (20)"),
    ("absent_vs_expected", "attendees: {expected: 20, present: 19, absent: [A (ốm), B (đi học)]}\n", "error",
     "8:48: attendees.absent:", "có mặt 19 cộng vắng mặt 2 là 21, nhiều hơn số được triệu tập (20)"),
    ("absent_vs_expected", "attendees: {expected: 20, present: 15, absent: [A (ốm)]}\n", "warning",
     "8:48: attendees.absent:", "biên bản sẽ ghi vắng 5 người nhưng chỉ nêu tên 1"),
    ("present_people_vs_absent", "attendees:\n  present: [Lê Văn A, Trần Thị B]\n  absent: [Lê Văn A (ốm)]\n",
     "error", "10:12: attendees.absent[0]:", "'Lê Văn A' vừa có tên trong danh sách có mặt vừa trong danh sách vắng"),
    ("present_people_vs_absent", "attendees:\n  present: [Lê Văn A, Trần Thị B, lê văn a]\n", "warning",
     "9:35: attendees.present[2]:", "'lê văn a' có tên hai lần trong danh sách có mặt"),
    ("end_vs_start", "", "error", "6:8: meeting.end:", "giờ kết thúc 13:00 trước giờ bắt đầu 14:00"),
    ("end_vs_start", "", "warning", "6:8: meeting.end:", "giờ kết thúc bằng giờ bắt đầu (14:00)"),
    ("end_date_vs_date", "", "error", "6:13: meeting.end_date:", "ngày kết thúc 25/08/2025 trước ngày họp 26/08/2025"),
    ("end_date_vs_date", "", "warning", "6:13: meeting.end_date:", "cuộc họp kéo dài 11 ngày"),
    ("issued_vs_date", "issued: 2025-08-01\n", "warning", "8:9: issued:",
     "ngày ban hành 01/08/2025 trước ngày họp 26/08/2025"),
    ("tasks_vs_date", "tasks:\n  - {text: Báo cáo, due: 2024-09-15}\n", "warning", "9:26: tasks[0].due:",
     "thời hạn 15/09/2024 trước ngày họp 26/08/2025"),
    ("period_vs_date", "", "warning", "6:11: meeting.period:",
     "kỳ báo cáo (quý I năm 2025) đã kết thúc ngày 31/03/2025, hơn ba tháng trước ngày họp 26/08/2025"),
    ("period_vs_date", "", "warning", "6:11: meeting.period:",
     "kỳ báo cáo (quý IV năm 2026) bắt đầu ngày 01/10/2026, sau ngày họp 26/08/2025"),
    ("issuing_body", "", "warning", "1:24: organization.parent:",
     "Tỉnh Bình Dương không còn từ ngày 01/7/2025 (nay thuộc Thành phố Hồ Chí Minh), nhưng cuộc họp ngày 26/08/2025"),
    ("commendation_counts", "commendations:\n  - {count: 3, recipient: 5 cá nhân, title: Lao động tiên tiến}\n",
     "error", "9:27: commendations[0].recipient:",
     "số lượng nằm trong đối tượng '5 cá nhân' (biên bản sẽ in '03 5 cá nhân'); hãy viết count: 5, recipient: cá nhân"),
]
MEETING_LINES = {  # the meeting lines that some cases need (inserted after "start")
    ("end_vs_start", "error"): '  end: "13:00"\n', ("end_vs_start", "warning"): '  end: "14:00"\n',
    ("end_date_vs_date", "error"): "  end_date: 2025-08-25\n",
    ("end_date_vs_date", "warning"): "  end_date: 2025-09-05\n",
}
PERIODS = {"period_vs_date": iter(["Q1/2025", "Q4/2026"])}
ORGANIZATIONS = {"issuing_body": "organization: {parent: TỈNH BÌNH DƯƠNG, name: SỞ NỘI VỤ, code: SNV}\n"}


def outline_for(rule: str, level: str, extra: str) -> str:
    text = HEAD
    if rule in ORGANIZATIONS:
        text = text.replace(HEAD.splitlines(keepends=True)[0], ORGANIZATIONS[rule])
    if (rule, level) in MEETING_LINES:
        text = text.replace('  start: "14:00"\n', '  start: "14:00"\n' + MEETING_LINES[rule, level])
    if rule in PERIODS:
        text = text.replace('  start: "14:00"\n', f'  start: "14:00"\n  period: {next(PERIODS[rule])}\n')
    return text + extra


@pytest.mark.parametrize(("rule", "extra", "level", "where", "message"), CASES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_each_rule_with_its_message(rule, extra, level, where, message):
    text = outline_for(rule, level, extra)
    warnings: list = []
    try:
        load_outline("t.yaml", data=text.encode(), warnings=warnings)
        found, got = [str(w) for w in warnings], "warning"
    except OutlineError as exc:
        found, got = [str(p) for p in exc.problems], "error"
    assert got == level, found
    assert len(found) == 1, found
    assert found[0].startswith(f"t.yaml:{where} "), found
    assert message in found[0], found


def test_every_rule_has_a_case_and_consistent_outlines_say_nothing():
    assert {rule.name for rule in RULES} == {case[0] for case in CASES}
    text = HEAD.replace('  start: "14:00"\n', '  start: "14:00"\n  end: "16:00"\n  period: Q3/2025\n') + (
        "issued: 2025-08-27\n"
        "attendees: {expected: 25, present: 23, absent: [A (ốm), B (đi học)]}\n"
        "tasks:\n  - {text: Báo cáo, due: 2025-09-15}\n"
        "commendations:\n  - {count: 3, recipient: cá nhân, title: Lao động tiên tiến}\n"
        "vote: {agree: 22, against: 1, abstain: 0}\n"
    )
    warnings: list = []
    load_outline("t.yaml", data=text.encode(), warnings=warnings)
    assert warnings == []


def test_consistency_errors_come_with_the_other_problems_at_once():
    text = HEAD.replace("  date: 2025-08-26", "  date: 2025-02-31") + "attendees: {present: 19}\nvote: {agree: 25}\n"
    with pytest.raises(OutlineError) as caught:
        load_outline("t.yaml", data=text.encode())
    found = [str(p) for p in caught.value.problems]
    assert len(found) == 2 and "31/02/2025 không tồn tại" in found[0] and "nhiều hơn số người có mặt" in found[1]


def test_the_issue_vote_no_longer_prints_131_percent(invoke, tmp_path):
    outline = tmp_path / "hop.yaml"
    outline.write_text(HEAD + "attendees: {present: 19}\nvote: {agree: 25}\n", encoding="utf-8")
    result = invoke("render", outline)
    assert result.exit_code == 1 and "nhiều hơn số người có mặt (19)" in result.stderr
    assert not outline.with_suffix(".docx").exists()
