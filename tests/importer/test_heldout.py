"""Import recall on the held-out set (tests/importer/heldout.py, rounds 1-4,
tests/importer/heldout_late.py, rounds 5 and 6, and tests/importer/heldout_r7.py, round 7), written
without reading the set the importer was tuned on: at least 90 % of the fields a careful secretary
would write are right, and no value the document does not state is invented. Run with ``-s`` for
the misses (field, what was read, what the document says) and any invented value."""

from __future__ import annotations

import datetime as dt
import re

import heldout
import heldout_late
import heldout_r7
import pytest
from test_recall import compare

from minutes.importer import import_docx


def values(result) -> dict:
    from minutes.outline.reader import load as read_yaml

    return read_yaml(result.outline_text.encode("utf-8"), "x.yaml")


DEGREE = re.compile(r"^(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|CN|KS|ĐD|DS|YS)\.\s*)+")
"""An academic or professional title written before a name ("TS.", "BSCKII.", "ĐD."): part of how
the name is written in the document; either way is right."""


def field(data: dict, path: str):
    """The value at ``path``; a person as the name only, without honorifics or degrees."""
    value = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if path in ("chair", "secretary"):
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str):
            value = DEGREE.sub("", value.split(" - ")[0].strip())
    if path == "attendees.present" and isinstance(value, list):
        value = len(value)
    if path in ("attendees.absent", "agenda") and isinstance(value, list):  # names, or items' texts
        value = [_entry(item, "name" if path == "attendees.absent" else "text") for item in value]
    return value


def _entry(item, key: str) -> str:
    """An absentee's name or an agenda item's text, from a mapping or a "Name (reason)" string."""
    if isinstance(item, dict):
        item = item.get(key) or ""
    text = str(item)
    if key == "name":
        text = DEGREE.sub("", text.split(" (")[0].split(" - ")[0].strip())
    return text


def _title(text: str) -> str:
    text = " ".join(str(text).split()).casefold()
    return text[4:] if text.startswith("họp ") else text


def same(path: str, got, want) -> bool:
    if got in (None, "", [], {}):
        return False
    if path.endswith(("date", "start", "end")):
        return [int(n) for n in re.findall(r"\d+", str(got))] == [int(n) for n in re.findall(r"\d+", str(want))]
    if path == "meeting.title":  # its first letter's case and a leading "Họp" are the typist's choice
        return _title(got) == _title(want)
    if isinstance(want, int):
        return str(got).strip() == str(want)
    if isinstance(want, list):  # absentees' names, agenda items: the same ones, in the order written
        return isinstance(got, list) and [_plain(g) for g in got] == [_plain(w) for w in want]
    return " ".join(str(got).split()).rstrip(".") == " ".join(want.split())


def _plain(text) -> str:
    """A list item as compared: spaces collapsed, the closing "." or ";" of a typed list dropped."""
    return " ".join(str(text).split()).rstrip(".;")


def build(name: str) -> bytes:
    module = heldout_r7 if name in heldout_r7.EXPECTED7 else heldout_late if name in LATE_NAMES else heldout
    data = getattr(module, name)()
    if data is None:
        pytest.skip("LibreOffice is not installed")
    return data


SETS = {"round 1": heldout.EXPECTED, "round 2": heldout.EXPECTED2, "round 3": heldout.EXPECTED3,
        "round 4": heldout.EXPECTED4}
LATE = {"round 5": heldout_late.EXPECTED5, "round 6": heldout_late.EXPECTED6, "round 7": heldout_r7.EXPECTED7}
"""Rounds 5 and 6 (tests/importer/heldout_late.py) and round 7 (tests/importer/heldout_r7.py), scored
on main before any change made for them."""
LATE_NAMES = {name for expected in LATE.values() for name in expected}
ALL = {**heldout.EXPECTED, **heldout.EXPECTED2, **heldout.EXPECTED3, **heldout.EXPECTED4,
       **heldout_late.EXPECTED5, **heldout_late.EXPECTED6, **heldout_r7.EXPECTED7}

ON_MAIN: dict[str, str] = {}
"""Rounds still expected to fall short, with what they scored on main (none: rounds 5 and 6 scored
86/118 = 72.9 % and 98/118 = 83.1 % on main before their fixes, nothing invented, and round 7
113/152 = 74.3 % with one value invented; all three are now held to the bar like rounds 1-4;
docs/import-evaluation.md has the figures after)."""

INVENTED_ON_MAIN: dict[str, str] = {}
"""Documents for which main writes a value the document does not state (none now: round 7's
"Vắng: không." (nobody absent), once read as an absentee named "không" on main, is held to the
no-invention test like every other document)."""


def _round(round_: str):
    if round_ not in ON_MAIN:
        return round_
    return pytest.param(round_, marks=pytest.mark.xfail(strict=False, reason=f"on main before its fixes: "
                                                                             f"{ON_MAIN[round_]}"))


def _document(name: str):
    if name not in INVENTED_ON_MAIN:
        return name
    return pytest.param(name, marks=pytest.mark.xfail(strict=False, reason=f"on main before its fixes: "
                                                                          f"{INVENTED_ON_MAIN[name]}"))


def score(name: str):
    """(right, fields stated, misses, invented) for the held-out document ``name``."""
    data = values(import_docx(build(name), name=f"{name}.docx", today=dt.date(2026, 1, 1)))
    return compare(name, data, ALL[name], field, same)  # its own reading of a name and a title


@pytest.mark.parametrize("name", [_document(name) for name in sorted(ALL)])
def test_nothing_is_invented_on_the_held_out_set(name):
    assert score(name)[3] == []


@pytest.mark.parametrize("round_", [_round(round_) for round_ in [*sorted(SETS), *sorted(LATE)]])
def test_recall_on_the_held_out_set_is_at_least_90_percent(round_):
    right = total = 0
    misses: list[str] = []
    invented: list[str] = []
    for name in sorted({**SETS, **LATE}[round_]):
        r, t, m, i = score(name)
        right, total, misses, invented = right + r, total + t, misses + m, invented + i
    print(f"\nimport recall on the held-out set, {round_}: {right}/{total} = {right / total:.1%}")
    print("\n".join(misses + [f"invented: {line}" for line in invented]))
    assert right / total >= 0.90, f"{right}/{total} = {right / total:.1%}\n" + "\n".join(misses)


def test_the_old_encodings_of_this_set_are_read_as_written():
    """The set's own TCVN3/VNI encoders agree with the reader: the titles come back in Unicode."""
    from minutes.reading.lines import read_source

    for name, words in (("commune_vntime", "Họp giao ban Ủy ban nhân dân xã tháng 6"),
                        ("cooperative_vni", "Họp Hội đồng quản trị quý IV năm 2026")):
        text = [line.text for line in read_source(build(name)).body if hasattr(line, "text")]
        assert words in text, (name, text[:12])


@pytest.mark.parametrize("text,agree", [
    ("Biên bản đã được thông qua trước chi bộ, 25/25 đồng chí tán thành (100%).", 25),
    ("Hội nghị biểu quyết: 35/35 đại biểu tán thành (100%).", 35),
    ("+ Hội nghị biểu quyết thông qua quy chế. Số tán thành: 30/30.", 30),
    ("Biên bản được thông qua, nhất trí 25/25.", 25),
    ("Không tán thành: 0/25", None),
    ("Hội nghị nhất trí cao với báo cáo.", None),
    ("Có mặt 25/27 đồng chí, nhất trí với dự thảo.", None),
    ("Tỷ lệ 96/100 hộ đồng ý làm đường.", None),
    ("Có mặt 25/27 đồng chí nhất trí với dự thảo.", None),
    ("Kết quả bỏ phiếu: 5/5 thành viên Hội đồng đồng ý (đạt 100%).", 5),
])
def test_a_vote_said_in_a_sentence_is_read_and_a_count_that_is_not_one_is_not(text, agree):
    from minutes.importer.body import stated_vote

    found = stated_vote(text)
    assert (found[0]["agree"] if found else None) == agree
    if found:
        assert "biểu quyết đọc từ câu" in found[1]  # marked to check


def _typed(*lines: str) -> bytes:
    import io

    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("lines,kind", [
    (("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH", "Số: 215/UBND-VP", "V/v tổ chức hội nghị sơ kết 6 tháng",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kính gửi: Các xã, thị trấn",
      "Ủy ban nhân dân huyện đề nghị các xã họp sơ kết trước ngày 15/7/2026."), "công văn"),
    (("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐƠN ĐỀ NGHỊ CẤP LẠI GIẤY TỜ",
      "Kính gửi: Ủy ban nhân dân xã Hòa Bình", "Tôi tên là: Lã Văn Cường"), "đơn"),
    (("ỦY BAN NHÂN DÂN", "TỈNH HÀ TIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)", "HỘI NGƯỜI CAO TUỔI XÃ BÌNH AN", "Chương I", "QUY ĐỊNH CHUNG"), "điều lệ"),
])
def test_a_document_without_a_ten_loai_that_is_plainly_another_kind_is_refused(lines, kind):
    """A công văn (V/v and Kính gửi), an đơn, an Điều lệ under a title the reader does not know."""
    from minutes.importer import NotMinutesError

    with pytest.raises(NotMinutesError) as caught:
        import_docx(_typed(*lines), name="x.docx")
    assert caught.value.kind == kind


def test_a_note_of_a_meeting_with_no_title_is_still_imported():
    data = values(import_docx(_typed("ỦY BAN NHÂN DÂN XÃ AN BÌNH", "Kính gửi: Thường trực Đảng ủy",
                                     "Họp tổ công tác cải cách hành chính", "Thời gian: 8 giờ 00, ngày 04/3/2026",
                                     "Địa điểm: Phòng họp xã", "Chủ trì: Ông Lưu Văn Toàn - Phó Chủ tịch"),
                              name="x.docx"))
    assert field(data, "chair") == "Lưu Văn Toàn"
