"""Point 8: the text functions are linear, and still say the same.

No test measures time (benchmarks/linear.py does); a 20 s alarm only stops a run that
would take minutes, which is what each of these inputs took before.
"""

from __future__ import annotations

import pytest
from conftest import deadline
from hostile_helpers import MINIMAL

from minutes.outline import load_outline
from minutes.outline.textclean import normalise
from minutes.vietnamese.parse import parse_absence, parse_person


def guard(seconds: int = 20):
    """Fail a text function that is not linear instead of waiting for it."""
    return deadline(seconds, "still running: not linear, no answer")


def test_person_with_a_long_run_of_spaces():
    with guard():
        person = parse_person("A" + " " * 200_000 + "B")
    assert (person.name, person.position) == ("A" + " " * 200_000 + "B", "")


@pytest.mark.parametrize("text, name, position", [
    ("Trần Thị Bình - Chuyên viên - Văn phòng", "Trần Thị Bình", "Chuyên viên - Văn phòng"),
    ("Lê Văn An – Giám đốc", "Lê Văn An", "Giám đốc"),
    ("Lê-Văn An - Giám đốc", "Lê-Văn An", "Giám đốc"),
    ("- Giám đốc", "", None),
    ("Nguyễn Văn A -", "Nguyễn Văn A", ""),
    ("Nguyễn Văn A\t—\tPhó Giám đốc", "Nguyễn Văn A", "Phó Giám đốc"),
])
def test_dash_split_keeps_its_meaning(text, name, position):
    if not name:
        with pytest.raises(ValueError):
            parse_person(text)
        return
    assert (parse_person(text).name, parse_person(text).position) == (name, position)


def test_absentee_with_a_long_run_of_spaces():
    with guard():
        absent = parse_absence("Lê" + " " * 200_000 + "B (ốm)")
    assert absent.reason == "ốm" and absent.name.startswith("Lê") and absent.name.endswith("B")


@pytest.mark.parametrize("text, name, reason", [
    ("Phạm Văn Dũng (đi công tác)", "Phạm Văn Dũng", "đi công tác"),
    ("Phạm Văn Dũng - Phó phòng (ốm)", "Phạm Văn Dũng", "ốm"),
    ("Phạm Văn Dũng", "Phạm Văn Dũng", ""),
    ("Phạm (Văn) Dũng (nghỉ phép)", "Phạm (Văn) Dũng", "nghỉ phép"),
    ("Phạm Văn Dũng (a (b))", "Phạm Văn Dũng (a (b))", ""),
])
def test_absentee_split_keeps_its_meaning(text, name, reason):
    absent = parse_absence(text)
    assert (absent.name, absent.reason) == (name, reason)


def test_many_zero_width_joiners():
    with guard():
        text, removed = normalise("a" + "\u200d" * 300_000 + "b")
    assert text == "ab" and removed == ["U+200D"]
    assert normalise("👨\u200d👩\u200d👧")[0] == "👨\u200d👩\u200d👧"
    assert normalise("🏳\ufe0f\u200d🌈")[0] == "🏳\ufe0f\u200d🌈"


def test_long_organisation_name_with_a_long_conclusion():
    from minutes.documents.naming import unit_name

    name = " ".join(["CÔNG TY"] * 300)
    conclusion = " ".join(["công ty"] * 300)
    outline_text = MINIMAL.replace("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ", name) + f'conclusion: "Ý kiến: {conclusion}"\n'
    with guard():
        outline = load_outline("x.yaml", data=outline_text.encode())
        unit_name(outline)


def test_running_name_spelling_is_still_found():
    from minutes.documents.naming import unit_name

    text = MINIMAL.replace("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUÝ", "CÔNG TY CỔ PHẦN DỆT MAY SAO MAI")
    text += 'conclusion: "Giao Công ty Cổ phần Dệt may Sao Mai làm tiếp."\n'
    assert unit_name(load_outline("x.yaml", data=text.encode())) == "Công ty Cổ phần Dệt may Sao Mai"


def test_a_one_mebibyte_field_is_checked_and_rendered():
    from minutes.docx.render import render_bytes

    filler = ("Hội nghị thống nhất giao nhiệm vụ cho các phòng. " * 20_000)[: 1000 * 1000 // 2]
    data = (MINIMAL + f'conclusion: "{filler}"\n').encode()
    assert len(data) <= 1024 * 1024
    with guard(120):
        render_bytes(load_outline("x.yaml", data=data))


@pytest.mark.parametrize("shape", ["field", "list"])
def test_a_one_mebibyte_outline_renders_under_one_gigabyte(tmp_path, shape):
    from hostile_helpers import run_limited

    if shape == "field":
        body = f'conclusion: "{("Giao nhiệm vụ cho các phòng. " * 40_000)[:900_000 // 2]}"\n'
    else:
        body = "tasks:\n" + "".join(f"  - Việc số {i} giao cho phòng\n" for i in range(30_000))
    outline = tmp_path / "lon.yaml"
    outline.write_bytes((MINIMAL + body).encode()[: 1024 * 1024])
    assert outline.stat().st_size <= 1024 * 1024
    result = run_limited("render", outline, timeout=300)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert (tmp_path / "lon.docx").read_bytes()[:2] == b"PK"
