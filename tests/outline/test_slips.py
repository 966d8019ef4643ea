"""Slips of the keyboard are reported at their own line, all at once (issue 10, points 1, 5, 6, 7)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes.errors import OutlineError
from minutes.outline.load import load_outline

HEAD = (
    "organization: {name: SỞ NỘI VỤ, code: SNV}\n"
    "meeting:\n"
    "  title: Hội nghị giao ban\n"
    "  date: 2025-08-26\n"
    '  start: "14:00"\n'
    "  location: Hội trường\n"
    "chair: Nguyễn Văn An - Giám đốc\n"
)
FIX = "thêm một dấu cách sau dấu '-'"

# every list key, with how one of its entries is written on one line
LIST_KEYS = {
    "guests": "Lê Văn Cường {n} - Phó Chủ tịch",
    "agenda": "Đánh giá kết quả {n}",
    "review": "Việc kỳ trước {n}",
    "achievements": "Hoàn thành việc {n}",
    "indicators": "{{name: Chỉ tiêu {n}, value: {n}}}",
    "discussion": "{{speaker: Người {n}, content: Ý kiến {n}}}",
    "directions": "{{speaker: Người {n}, content: Chỉ đạo {n}}}",
    "tasks": "Nhiệm vụ {n}",
    "commendations": "{{recipient: cá nhân, title: Danh hiệu {n}}}",
    "conclusion": "Kết luận {n}",
    "recipients": "Nơi nhận {n}",
    "addressee": "Cấp trên {n}",
    "attendees.absent": "Phạm Văn {n} (đi công tác)",
    "attendees.present": "Trần Thị {n} - Chuyên viên",
    "tasks[].items": "Ý nhỏ {n}",
}


def outline_with(key: str, count: int, wrong: int, indent: int = 2) -> tuple[str, int]:
    """An outline whose list ``key`` has ``count`` entries, entry ``wrong`` without the space."""
    text, pad, entry = HEAD, " " * indent, LIST_KEYS[key]
    if key == "tasks[].items":
        text += "tasks:\n  - text: Nhiệm vụ\n    items:\n"
        pad = " " * (indent + 4)
    elif "." in key:
        parent, key = key.split(".")
        text += f"{parent}:\n  {key}:\n"
        pad = " " * (indent + 2)
    else:
        text += f"{key}:\n"
    line = 0
    for n in range(count):
        value = entry.format(n=n + 1)
        text += f"{pad}-{value}\n" if n == wrong else f"{pad}- {value}\n"
        if n == wrong:
            line = text.count("\n")
    return text + "vote: {agree: 1}\n", line


def problems(text: str) -> list[str]:
    with pytest.raises(OutlineError) as caught:
        load_outline("t.yaml", data=text.encode())
    return [str(p) for p in caught.value.problems]


@settings(max_examples=150, deadline=None)
@given(key=st.sampled_from(sorted(LIST_KEYS)), count=st.integers(1, 5), data=st.data(),
       indent=st.sampled_from([0, 2, 4]))
def test_an_item_without_the_space_is_reported_at_its_own_line(key, count, data, indent):
    wrong = data.draw(st.sampled_from(sorted({0, count // 2, count - 1})), label="wrong")  # first, middle, last
    text, line = outline_with(key, count, wrong, indent)
    found = problems(text)
    slips = [p for p in found if FIX in p]
    assert [p.split(":")[1] for p in slips] == [str(line)], "\n".join(found)
    assert not [p for p in found if "lỗi cú pháp" in p], "\n".join(found)


def test_the_issue_case_no_longer_passes_as_one_merged_item():
    text = HEAD + "agenda:\n  -Đánh giá kết quả quý III\n  - Chương trình công tác quý IV\n"
    assert problems(text) == [
        "t.yaml:9:3: agenda: thiếu dấu cách sau dấu '-' ở '-Đánh giá kết quả quý III': mục này sẽ bị gộp vào "
        "mục khác thành một dòng; hãy thêm một dấu cách sau dấu '-' (viết '- Đánh giá kết quả quý III')"
    ]


@pytest.mark.parametrize("text", [
    "conclusion: |\n  -Giao Văn phòng chuẩn bị\n  - Các phòng phối hợp\n",  # a block scalar: text as written
    'conclusion: "Hội nghị thống nhất\n  -giao Văn phòng"\n',  # inside quotes
    "indicators:\n  - name: Nhiệt độ\n    value:\n      -5\n",  # a negative number
    "agenda:\n  - Đánh giá -kết quả\n",  # a dash inside a text
    "agenda: [Đánh giá,\n  -kết quả]\n",  # inside brackets
    "recipients:\n  - Lưu:VT\n  - Phòng:Tổ chức\n",  # a colon inside a list's text
    "# -chú thích\nagenda:\n  # -Đánh giá\n  - Đánh giá\n",  # comments
])
def test_dashes_that_are_no_slip_pass(text):
    load_outline("t.yaml", data=(HEAD + text).encode())


def test_a_key_glued_to_its_value_in_a_list_entry_is_reported():
    found = problems(HEAD + "tasks:\n  - text:Báo cáo quý\n    owner: Văn phòng\n")
    assert found[0].startswith("t.yaml:9:9: tasks.text: thiếu dấu cách sau dấu ':' của khóa 'text'"), found


def test_every_tab_and_missing_space_is_reported_not_only_the_first():
    text = HEAD.replace("  location: Hội trường", "  location:Hội trường") + (
        "attendees:\n\tsummary: Lãnh đạo\n\texpected: 5\nagenda:\n  - A\n  -B\n  - C\n  -D\n")
    found = problems(text)
    assert [p.split(":")[1] for p in found] == ["6", "9", "10", "13", "15"], "\n".join(found)
    assert "thiếu dấu cách sau dấu ':' của khóa 'location'; hãy viết 'location: Hội trường'" in found[0]
    assert "không dùng phím Tab" in found[1] and "không dùng phím Tab" in found[2]
    assert all("lỗi cú pháp" not in p for p in found)


@pytest.mark.parametrize(("value", "fix"), [
    ('"Hội nghị" giao ban quý III', "hãy đặt cả giá trị trong dấu ': '\"Hội nghị\" giao ban quý III'"),
    ("'Hội nghị' giao ban", "hãy đặt cả giá trị trong dấu \": \"'Hội nghị' giao ban\""),
    ("[Dự thảo] Kế hoạch", 'được đọc là một danh sách'),
])
def test_a_value_opened_by_a_quote_or_bracket_is_not_blamed_on_indentation(value, fix):
    found = problems(HEAD.replace("title: Hội nghị giao ban", f"title: {value}"))
    assert len(found) == 1 and found[0].startswith("t.yaml:3:10: meeting.title: "), found
    assert fix in found[0] and "thụt lề" not in found[0]


def test_a_comma_inside_braces_hints_at_quotes():
    text = HEAD + "indicators:\n  - {name: Tiền ủng hộ phòng, chống dịch, value: 5, unit: đồng}\n"
    (found,) = problems(text)
    assert found.startswith("t.yaml:9:31: indicators[0].chống dịch: khóa 'chống dịch' không hợp lệ; ")
    assert 'hãy đặt cả giá trị trong dấu ngoặc kép: name: "Tiền ủng hộ phòng, chống dịch"' in found


def test_syntax_errors_are_in_vietnamese_only():
    found = problems(HEAD + "agenda:\n  - A\n  b c\n  - d\n")
    assert len(found) == 1 and "could not" not in found[0] and "lỗi cú pháp YAML: " in found[0]


@pytest.mark.parametrize(("typed", "key"), [
    ("chủ trì", "chair"), ("chu tri", "chair"), ("Chủ tọa", "chair"), ("thư ký", "secretary"),
    ("thu ky", "secretary"), ("người ghi biên bản", "secretary"), ("kết luận", "conclusion"),
    ("ket luan", "conclusion"), ("nơi nhận", "recipients"), ("biểu quyết", "vote"),
    ("chương trình", "agenda"), ("khen thưởng", "commendations"), ("đại biểu mời dự", "guests"),
])
def test_a_key_written_in_vietnamese_is_given_its_english_name(typed, key):
    text = HEAD if key != "chair" else HEAD.replace("chair:", "x:").replace("x: Nguyễn", f"{typed}: Nguyễn")
    if key != "chair":
        text += f"{typed}: Nội dung\n"
    found = problems(text)
    assert any(f"khóa '{typed}' không hợp lệ; có phải ý bạn là '{key}'?" in p for p in found), found
    assert not any("thiếu mục bắt buộc 'chair'" in p for p in found), found


@pytest.mark.parametrize(("typed", "key"), [
    ("ngày", "date"), ("ngay", "date"), ("địa điểm", "location"), ("dia diem", "location"),
    ("giờ bắt đầu", "start"), ("tên cuộc họp", "title"), ("kỳ báo cáo", "period"),
])
def test_meeting_keys_in_vietnamese(typed, key):
    if key in HEAD:
        text = HEAD.replace(f"  {key}:", f"  {typed}:")
    else:
        text = HEAD.replace("meeting:\n", f"meeting:\n  {typed}: 2025\n")
    found = problems(text)
    assert any(f"khóa '{typed}' không hợp lệ; có phải ý bạn là '{key}'?" in p for p in found), found
    assert not any("thiếu mục bắt buộc" in p for p in found), found


def test_every_glossary_term_suggests_its_key():
    from minutes.glossary import OUTLINE_TERMS, fold, key_for

    for term in OUTLINE_TERMS:
        parent, _, leaf = term.key.rpartition(".")
        for typed in (term.term.split(" (")[0], fold(term.term.split(" (")[0])):
            assert key_for(typed, parent, (leaf,)) == (leaf, f"có phải ý bạn là '{leaf}'?"), (typed, term.key)


def test_an_absentee_written_name_dash_reason_keeps_the_reason():
    from minutes.outline.load import load_outline as load

    text = HEAD + "attendees:\n  absent: [Lê Văn Bảy - đi công tác, Trần Văn Tám - Phó phòng (ốm)]\n"
    absent = load("t.yaml", data=text.encode()).attendees.absent
    assert [(a.name, a.reason, a.position) for a in absent] == [
        ("Lê Văn Bảy", "đi công tác", ""), ("Trần Văn Tám", "ốm", "Phó phòng")]
