"""The 2025 administrative map: an outline dated after 01/7/2025 naming a merged province or a
district-level body is warned about, with the unit's present name; so is a body that does not
issue documents, and a Party biên bản issued by "ĐẢNG BỘ …"."""

from __future__ import annotations

import pytest

from minutes.errors import Problem
from minutes.outline import load_outline
from minutes.outline.rollover import roll_forward
from minutes.vietnamese import adminmap

OUTLINE = """\
style: {style}
organization: {{parent: "{parent}", name: "{name}", code: X}}
meeting:
  title: Hội nghị giao ban
  date: {date}
  start: "14:00"
  location: Hội trường
  period: {period}
chair: Nguyễn Văn An - Chủ tịch
"""


def warnings_of(tmp_path, *, parent="ỦY BAN NHÂN DÂN TỈNH TÂY NINH", name="SỞ NỘI VỤ", date="26/9/2025",
                period="Q3/2025", style="state") -> list[Problem]:
    text = OUTLINE.format(parent=parent, name=name, date=date, period=period, style=style)
    found: list[Problem] = []
    load_outline(tmp_path / "x.yaml", data=text.encode("utf-8"), warnings=found)
    return [w for w in found if w.path.startswith("organization")]


def test_the_package_data_has_the_29_merged_provinces():
    assert len(adminmap.merged_provinces()) == 63 - 34
    assert adminmap.merged_in("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG").now == "Thành phố Hồ Chí Minh"
    assert adminmap.merged_in("TỈNH BÀ RỊA - VŨNG TÀU").now == "Thành phố Hồ Chí Minh"
    assert adminmap.merged_in("TỈNH ỦY HÀ GIANG").now == "Tỉnh Tuyên Quang"
    assert adminmap.merged_in("ỦY BAN NHÂN DÂN TỈNH TÂY NINH") is None  # Long An merged into it: it stays


@pytest.mark.parametrize(("parent", "name", "words"), [
    ("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", "SỞ NỘI VỤ", "nay thuộc Thành phố Hồ Chí Minh"),
    ("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "UBND HUYỆN DẦU TIẾNG", "'HUYỆN' là cấp huyện"),
    ("ĐẢNG BỘ TỈNH TÂY NINH", "BAN THƯỜNG VỤ QUẬN ĐOÀN 1", "'QUẬN' là cấp huyện"),
])
def test_after_the_reform_an_old_unit_is_warned_about(tmp_path, parent, name, words):
    found = warnings_of(tmp_path, parent=parent, name=name)
    assert any(words in w.message and "01/7/2025" in w.message for w in found), found


def test_before_the_reform_the_old_map_is_right(tmp_path):
    assert not warnings_of(tmp_path, parent="ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", name="UBND HUYỆN DẦU TIẾNG",
                           date="26/6/2025", period="Q2/2025")


def test_next_across_the_reform_is_warned_about(tmp_path):
    text = OUTLINE.format(parent="ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", name="UBND HUYỆN DẦU TIẾNG",
                          date="26/6/2025", period="Q2/2025", style="state")
    rolled = roll_forward(text, str(tmp_path / "q2.yaml"))
    found: list[Problem] = []
    load_outline(tmp_path / "q3.yaml", data=rolled.encode("utf-8"), warnings=found)
    said = " ".join(w.message for w in found if w.path.startswith("organization"))
    assert "Thành phố Hồ Chí Minh" in said and "'HUYỆN' là cấp huyện" in said


def test_a_khoi_is_not_an_issuing_body(tmp_path):
    found = warnings_of(tmp_path, name="KHỐI THI ĐUA CÁC SỞ, NGÀNH")
    assert any("không phải cơ quan ban hành văn bản" in w.message for w in found)
    assert not warnings_of(tmp_path, name="ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", parent="TỈNH ỦY TÂY NINH")


def test_a_party_record_is_issued_by_the_committee_not_the_dang_bo(tmp_path):
    found = warnings_of(tmp_path, style="party", parent="ĐẢNG BỘ TỈNH TÂY NINH", name="ĐẢNG BỘ XÃ TÂN BIÊN")
    assert any("'ĐẢNG ỦY XÃ TÂN BIÊN' thay cho 'ĐẢNG BỘ XÃ TÂN BIÊN'" in w.message for w in found)
    assert not warnings_of(tmp_path, style="party", parent="ĐẢNG BỘ TỈNH TÂY NINH", name="ĐẢNG ỦY XÃ TÂN BIÊN")


def test_a_text_naming_no_province_does_not_read_the_map():
    adminmap.merged_provinces.cache_clear()
    assert adminmap.merged_in("ỦY BAN NHÂN DÂN XÃ AN BÌNH") is None
    assert adminmap.merged_provinces.cache_info().misses == 0
    assert adminmap.merged_in("UBND TỈNH BÌNH DƯƠNG") is not None
    assert adminmap.merged_provinces.cache_info().misses == 1


def test_the_province_table_is_the_one_the_whole_file_holds():
    import importlib.metadata
    import json

    for name in ("converter_2025.json", "parser_legacy.json", "parser_from_2025.json"):
        path = importlib.metadata.distribution(adminmap.PACKAGE).locate_file(f"{adminmap.PACKAGE}/data/{name}")
        whole = json.loads(path.read_text(encoding="utf-8"))["DICT_PROVINCE"]
        assert adminmap.province_table(name) == whole
