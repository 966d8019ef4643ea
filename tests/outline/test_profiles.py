"""Shared profiles: ``extends:`` merges a profile (and the profiles it extends) under an outline."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from minutes.docx.render import render_bytes
from minutes.errors import OutlineError
from minutes.model import Person
from minutes.outline import load_outline

DATA = ROOT / "tests" / "data" / "profiles"


def problems(name: str | Path, data: bytes | None = None) -> list[str]:
    """The problems of an outline, as printed, with the data folder shortened to ``@``."""
    with pytest.raises(OutlineError) as caught:
        load_outline(DATA / name if isinstance(name, str) else name, data=data)
    return [str(p).replace(str(DATA), "@") for p in caught.value.problems]


def test_outline_wins_mappings_merge_lists_are_replaced_through_a_chain():
    outline = load_outline(DATA / "giao-ban.yaml")  # giao-ban → van-phong → base/common
    org = outline.organization
    assert (org.name, org.code, org.parent, org.in_text) == (
        "SỞ NỘI VỤ TỈNH TÂY NINH", "SNV", "ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "Sở Nội vụ")
    assert outline.chair == Person("Lê Văn Cường", "Phó Giám đốc Sở")          # the outline's
    assert outline.secretary == Person("Trần Thị Bình", "Chuyên viên Văn phòng")  # van-phong's
    assert outline.recipients == ("Văn phòng Sở",)                            # van-phong's list, whole
    assert (outline.place, outline.style, outline.archive) == ("Tây Ninh", "state", "Lưu: VT, VP.")
    assert (outline.attendees.summary, outline.attendees.expected, outline.attendees.present) == (
        "Lãnh đạo Sở và trưởng các phòng, đơn vị thuộc Sở", 25, 23)
    assert outline.meeting.location == "Hội trường Sở Nội vụ"
    assert outline.meeting.start.hour == 14 and outline.meeting.title == "Hội nghị giao ban quý III năm 2025"
    assert outline.source == str(DATA / "giao-ban.yaml")
    assert render_bytes(outline)[:2] == b"PK"


def test_one_profile_and_the_outline_list_replaces_the_profile_list():
    outline = load_outline(DATA / "truc-tiep.yaml")
    assert outline.recipients == ("Giám đốc Sở",)
    assert outline.chair == Person("Nguyễn Văn An", "Giám đốc Sở")
    assert outline.organization.in_text == ""  # only van-phong.yaml gives it


def test_an_empty_key_in_the_outline_takes_the_profile_value(tmp_path):
    outline = tmp_path / "hop.yaml"
    text = (DATA / "truc-tiep.yaml").read_text(encoding="utf-8")
    text = text.replace("extends: base/common.yaml", f"extends: {DATA / 'base' / 'common.yaml'}")
    outline.write_text(text + "chair:\nplace: Hòa Thành\n", encoding="utf-8")
    loaded = load_outline(outline)
    assert loaded.chair.name == "Nguyễn Văn An" and loaded.place == "Hòa Thành"


def test_standard_input_extends_from_the_current_folder(monkeypatch):
    monkeypatch.chdir(DATA)
    outline = load_outline("-", data=(DATA / "truc-tiep.yaml").read_bytes())
    assert outline.organization.code == "SNV" and outline.source == "<stdin>"


def test_a_missing_profile_is_reported_on_the_extends_line():
    assert problems("thieu-ho-so.yaml") == [
        "@/thieu-ho-so.yaml:2:10: extends: không tìm thấy hồ sơ dùng chung '@/khong-co.yaml'; "
        "đường dẫn tính từ thư mục của tệp ghi extends",
        "@/thieu-ho-so.yaml:8:3: meeting.pariod: khóa 'pariod' không hợp lệ; có phải ý bạn là 'period'?",
    ]  # the outline's own problems are still reported; keys the profile would give are not "missing"


def test_a_missing_profile_further_down_the_chain_names_both_files():
    found = problems("qua-noi-hong.yaml")
    assert len(found) == 2
    assert found[0].startswith("@/qua-noi-hong.yaml:1:10: extends: lỗi ở hồ sơ dùng chung @/noi-hong.yaml: "
                               "không tìm thấy hồ sơ dùng chung '@/khong-co-nua.yaml'")
    assert found[1].startswith("@/noi-hong.yaml:1:10: extends: không tìm thấy hồ sơ dùng chung '@/khong-co-nua.yaml'")


def test_a_cycle_is_reported_where_it_closes_and_on_the_outline():
    found = problems("vong.yaml")
    cycle = "hồ sơ dùng chung lặp vòng (@/vong.yaml → @/vong-a.yaml → @/vong-b.yaml → @/vong-a.yaml)"
    assert found == [
        f"@/vong.yaml:1:10: extends: lỗi ở hồ sơ dùng chung @/vong-b.yaml: {cycle}; hãy bỏ một dòng extends",
        f"@/vong-b.yaml:2:10: extends: {cycle}; hãy bỏ một dòng extends",
    ]


def test_an_outline_extending_itself_is_a_cycle():
    assert problems("tu-than.yaml") == [
        "@/tu-than.yaml:1:10: extends: hồ sơ dùng chung lặp vòng (@/tu-than.yaml → @/tu-than.yaml); "
        "hãy bỏ một dòng extends"
    ]


def test_problems_inside_a_profile_carry_its_own_file_line_and_column():
    found = problems("dung-ho-so-sai.yaml")
    misplaced = "thuộc đề cương của từng cuộc họp, không ghi trong hồ sơ dùng chung"
    assert [p.split(": ", 2)[:2] for p in found] == [
        ["@/ho-so-sai.yaml:3:3", "organization.code"],  # missing in the merged outline: the profile gave it
        ["@/ho-so-sai.yaml:6:3", "chair.positon"],
        ["@/ho-so-sai.yaml:7:8", "style"],              # reported although the outline overrides it
        ["@/ho-so-sai.yaml:8:1", "number"],
        ["@/ho-so-sai.yaml:10:3", "meeting.title"],
        ["@/ho-so-sai.yaml:12:1", "recipents"],
    ]
    assert "có phải ý bạn là 'position'?" in found[1] and "có phải ý bạn là 'recipients'?" in found[5]
    assert misplaced in found[3] and misplaced in found[4]


def test_a_syntax_error_in_a_profile_comes_with_the_outline_problems():
    assert problems("dung-cu-phap-sai.yaml") == [
        "@/dung-cu-phap-sai.yaml:4:9: meeting.date: ngày 31/02/2025 không tồn tại (tháng 2 năm 2025 có 28 ngày)",
        "@/cu-phap-sai.yaml:4:1: thiếu dấu ']' đóng ngoặc mở ở dòng 3, cột 9; "
        "nếu giá trị có dấu phẩy hoặc ':', hãy đặt nó trong dấu ngoặc kép",
    ]


def test_a_profile_that_is_not_a_mapping(tmp_path):
    (tmp_path / "ho-so.yaml").write_text("- SỞ NỘI VỤ\n", encoding="utf-8")
    outline = tmp_path / "hop.yaml"
    outline.write_text("extends: ho-so.yaml\n", encoding="utf-8")
    found = [str(p) for p in pytest.raises(OutlineError, load_outline, outline).value.problems]
    assert found[0] == f"{outline}:1:1: meeting: thiếu mục bắt buộc 'meeting' (cuộc họp)"  # no profile gives it
    assert found[1].startswith(f"{tmp_path / 'ho-so.yaml'}:1:1: đề cương phải gồm các mục")
    assert len(found) == 2  # organization and chair could have come from the profile


def test_check_prints_the_profile_positions(invoke):
    result = invoke("check", DATA / "dung-ho-so-sai.yaml")
    assert result.exit_code == 1
    assert f"{DATA / 'ho-so-sai.yaml'}:6:3: chair.positon:" in result.stderr
