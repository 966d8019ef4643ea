"""Points 11 and 12: odd values get a Vietnamese message at check time, never a crash later."""

from __future__ import annotations

import pytest
from hostile_helpers import MINIMAL, assert_message, run_limited, write_outline

from minutes.errors import OutlineError
from minutes.outline import load_outline


def _problems(extra: str, text: str = MINIMAL) -> list[str]:
    with pytest.raises(OutlineError) as caught:
        load_outline("x.yaml", data=(text + extra).encode())
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("value", [".nan", ".NaN", "1e400", ".inf", "-.inf", "-1e999"])
def test_non_finite_numbers_are_refused_at_check(value):
    (found,) = _problems(f"indicators:\n  - {{name: X, value: {value}, unit: đồng}}\n")
    assert found.startswith("x.yaml:13:") and "indicators[0].value" in found and "không phải một số hữu hạn" in found


def test_render_of_a_non_finite_number_is_a_message(tmp_path):
    outline = write_outline(tmp_path, extra="indicators:\n  - {name: X, value: .nan, unit: đồng}\n")
    assert_message(run_limited("render", outline), "không phải một số hữu hạn")
    assert not (tmp_path / "hop.docx").exists()


@pytest.mark.parametrize("date, year", [("1899-12-31", 1899), ("0001-01-01", 1), ("2201-01-01", 2201),
                                        ("9999-12-31", 9999)])
def test_iso_dates_keep_the_year_range(date, year):
    found = _problems("", MINIMAL.replace("02/3/2026", date))
    assert any(f"năm {year} không hợp lệ" in p and "meeting.date" in p for p in found), found


def test_next_past_the_last_year_is_a_message(tmp_path):
    outline = write_outline(tmp_path)
    text = outline.read_text(encoding="utf-8").replace("02/3/2026", "2200-12-31")
    outline.write_text(text.replace("tháng 3 năm 2026", "tháng 12 năm 2200"), encoding="utf-8")
    assert_message(run_limited("next", outline, "-o", tmp_path / "sau.yaml"), "năm 2201 không hợp lệ")
    assert not (tmp_path / "sau.yaml").exists()


def test_keys_null_one_and_true_are_each_reported_at_their_line():
    found = _problems("null: x\n1: a\ntrue: b\n~: c\n")
    assert [p.split(":")[1] for p in found] == ["12", "13", "14", "15"]
    assert "khóa 'null'" in found[0] and "khóa '1'" in found[1] and "khóa 'true'" in found[2]
    assert not any("None" in p for p in found)


@pytest.mark.parametrize("value, tag", [("!!binary aGVsbG8=", "!!binary"), ("!!set {a, b}", "!!set"),
                                        ("!!omap [{a: 1}]", "!!omap"), ("!!pairs [{a: 1}]", "!!pairs")])
def test_binary_and_set_values_are_named_not_shown_as_python(value, tag):
    found = _problems(f"agenda: {value}\n")
    assert found[0].startswith("x.yaml:12:9: agenda: không dùng thẻ YAML") and tag in found[0]
    assert not any("b'" in p or "set(" in p or "odict" in p for p in found)


@pytest.mark.parametrize("text", ["!!omap", "!!omap x", "!!pairs x", "!!set x"])
def test_a_collection_tag_on_a_scalar_is_a_message_not_a_traceback(text):
    with pytest.raises(OutlineError) as caught:
        load_outline("x.yaml", data=text.encode())
    assert str(caught.value.problems[0]).startswith("x.yaml")


def test_quoted_keys_stay_unknown_text():
    found = _problems('"null": x\n')
    assert "khóa 'null'" in found[0]
