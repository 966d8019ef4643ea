"""Messages that give the fix: a decimal comma inside ``{…}``, a ": " inside a list item,
a 2-digit year quoted back as typed, suggestions never cut inside a word."""

from __future__ import annotations

import re

import pytest

from minutes.errors import OutlineError
from minutes.outline import load_outline

HEAD = """\
organization: {name: SỞ NỘI VỤ, code: SNV}
meeting:
  title: Giao ban
  date: 26/8/2025
  start: "14:00"
  location: Phòng họp
chair: Nguyễn Văn An - Giám đốc Sở
"""


def problems(tmp_path, text: str) -> list:
    with pytest.raises(OutlineError) as caught:
        load_outline(tmp_path / "x.yaml", data=text.encode("utf-8"))
    return caught.value.problems


def fixed_by(tmp_path, text: str, bad: str, good: str) -> None:
    """The outline loads once ``bad`` is replaced by what the message said."""
    load_outline(tmp_path / "y.yaml", data=text.replace(bad, good).encode("utf-8"))


@pytest.mark.parametrize("number", ["97,7", "87,5"])
def test_a_decimal_comma_inside_braces_gets_the_decimal_hint(tmp_path, number):
    text = HEAD + f"indicators:\n  - {{name: Tỷ lệ, value: {number}, unit: \"%\"}}\n"
    found = problems(tmp_path, text)
    assert len(found) == 1
    advice = re.search(r'hãy đặt số trong dấu ngoặc kép: (value: "[\d,]+")', found[0].message)
    assert advice and f"số thập phân {number}" in found[0].message
    fixed_by(tmp_path, text, f"value: {number}", advice.group(1))


def test_a_colon_inside_a_list_item_gets_advice_that_fixes_it(tmp_path):
    text = HEAD + "agenda:\n  - Đánh giá: kết quả quý III\n  - Triển khai nhiệm vụ\n"
    found = problems(tmp_path, text)
    assert len(found) == 1, found  # no second "missing text" for the same slip
    advice = re.search(r'hãy đặt cả mục trong dấu ngoặc kép: (- ".*")$', found[0].message)
    assert advice
    fixed_by(tmp_path, text, "- Đánh giá: kết quả quý III", advice.group(1))


@pytest.mark.parametrize("typed", ["26/8/18", "26-08-18", "26.8.18"])
def test_a_two_digit_year_is_quoted_back_as_typed(tmp_path, typed):
    found = problems(tmp_path, HEAD.replace("26/8/2025", typed))
    message = found[0].message
    assert "không viết 18)" in message and "2018" in message and "25" not in message.split(";")[0]


def test_fix_suggestions_are_never_cut_inside_a_word(tmp_path):
    long = "Hội trường tầng ba của Ủy ban nhân dân tỉnh Tây Ninh, số 83 đường Phạm Tung"
    text = HEAD.replace("  location: Phòng họp", f"  location:{long}")
    found = problems(tmp_path, text)
    quoted = re.search(r"hãy viết 'location: (.*?)'", found[0].message).group(1)
    assert long.startswith(quoted.rstrip("…"))
    shown = quoted.rstrip("…")
    assert len(shown) == len(long) or long[len(shown)] in " ,"
    item = "-Kiểm điểm việc thực hiện nhiệm vụ đề ra tại hội nghị quý IV năm 2025 và các việc tồn đọng"
    found = problems(tmp_path, HEAD + f"agenda:\n  {item}\n  - Hai\n")
    quoted = re.search(r"viết '- (.*?)'\)", found[0].message).group(1).rstrip("…")
    assert item[1:].startswith(quoted) and item[1 + len(quoted)] in " ,"
