"""Tests of reading outlines: minutes.outline.reader (YAML to nodes) and minutes.outline.fields (nodes to model)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import MINIMAL

from minutes import model
from minutes.errors import OutlineError
from minutes.glossary import outline_keys
from minutes.outline import OUTLINE, load_outline, validate
from minutes.outline.reader import decode, parse, position
from minutes.outline.schema import Record

DATA = Path(__file__).parents[1] / "data" / "outlines"



def load_text(text: str, name: str = "t.yaml") -> model.Outline:
    """Load an outline given as text."""
    return load_outline(name, data=text.encode("utf-8"))


def problems_of(source: str | bytes | Path, name: str = "t.yaml") -> list[str]:
    """Return the problems (as printed) of an invalid outline: a fixture path, text or bytes."""
    with pytest.raises(OutlineError) as caught:
        if isinstance(source, Path):
            load_outline(source)
        else:
            load_outline(name, data=source.encode("utf-8") if isinstance(source, str) else source)
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return [str(p) for p in caught.value.problems]


# --- fixtures: every problem of a file, in file order, with FILE:LINE:COL: path: ---

INVALID_FIXTURES = {
    "empty.yaml": [(":", "tệp trống: ")],
    # a YAML-level slip does not hide the rest of the file (here: keys the fixture leaves out)
    "invalid-syntax.yaml": [(":1:1: chair:", "thiếu mục bắt buộc 'chair'"),
                            (":5:3: meeting.start:", "thiếu mục bắt buộc 'start'"),
                            (":5:3: meeting.location:", "thiếu mục bắt buộc 'location'"),
                            (":5:18:", "lỗi cú pháp YAML: dấu ':' nằm giữa giá trị")],
    "invalid-tab-indent.yaml": [(":1:1: meeting:", "thiếu mục bắt buộc 'meeting'"),
                                (":1:1: chair:", "thiếu mục bắt buộc 'chair'"),
                                (":3:1:", "không dùng phím Tab để thụt lề, hãy dùng dấu cách")],
    "invalid-top-level-list.yaml": [(":1:1:", "không phải danh sách")],
    "invalid-missing-required.yaml": [
        (":3:3: organization.code:", "thiếu mục bắt buộc 'code' (chữ viết tắt tên cơ quan)"),
        (":5:3: meeting.date:", "thiếu mục bắt buộc 'date' (ngày họp)"),
        (":5:3: meeting.location:", "thiếu mục bắt buộc 'location' (địa điểm)"),
        (":5:10: meeting.title:", "tên cuộc họp (trích yếu) không được để trống"),
        (":8:3: chair.name:", "thiếu mục bắt buộc 'name'"),
    ],
    "invalid-wrong-types.yaml": [
        (":3:9: organization.code:", "phải là văn bản (đang là một danh sách)"),
        (":4:8: place:", "phải là văn bản (đang là giá trị đúng/sai 'true'); hãy đặt giá trị trong dấu ngoặc kép"),
        (":5:9: number:", "'ba' không hợp lệ; hãy viết số nguyên dương"),
        (":10:13: meeting.location:", "phải là văn bản (đang là số thập phân '1.5')"),
        (":12:8: style:", "'official' không hợp lệ; chọn một trong: state, party, youth"),
        (":14:13: attendees.expected:", "'nhiều' không hợp lệ; hãy viết số nguyên từ 0 trở lên"),
        (":16:15: vote.agree:", "'có' không hợp lệ"),
        (":18:29: indicators[0].value:", "'khoảng một tỷ' không phải số"),
    ],
    "invalid-dates-times.yaml": [
        (":2:9: issued:", "ngày 29/02/2025 không tồn tại (tháng 2 năm 2025 có 28 ngày)"),
        (":5:9: meeting.date:", "ngày 31/02/2025 không tồn tại (tháng 2 năm 2025 có 28 ngày)"),
        (":6:10: meeting.start:", "giờ '25:70' không hợp lệ: giờ phải từ 0 đến 23, phút từ 0 đến 59"),
        (":7:8: meeting.end:", "giờ '14g65' không hợp lệ"),
        (":9:11: meeting.period:", "'Q5/2025': quý phải từ 1 đến 4"),
        (":12:27: tasks[0].due:", "tháng 26 không tồn tại; ngày luôn viết trước tháng"),
    ],
    "invalid-unknown-keys.yaml": [
        (":4:1: meetng:", "khóa 'meetng' không hợp lệ; có phải ý bạn là 'meeting'?"),
        (":9:1: chiar:", "khóa 'chiar' không hợp lệ; có phải ý bạn là 'chair'?"),
        (":11:3: attendees.expectd:", "có phải ý bạn là 'expected'?"),
        (":13:22: tasks[0].deadline:", "các khóa được phép ở đây: text, items, owner, due"),
    ],
    "invalid-control-chars.yaml": [
        (":2:9: organization.name:", "có ký tự điều khiển U+000B"),
        (":5:10: meeting.title:", "có ký tự điều khiển U+0001"),
        (":8:13: meeting.location:", "có ký tự điều khiển U+007F"),
        (":10:8: place:", "có ký tự điều khiển U+0085"),
        (":12:5: recipients[0]:", "có ký tự điều khiển U+001F"),
    ],
    "invalid-duplicate-key.yaml": [
        (":9:3: meeting.date:", "khóa 'date' bị lặp lại (lần đầu ở dòng 6)"),
        (":11:9: number:", "'bốn' không hợp lệ"),
    ],
}


@pytest.mark.parametrize("fixture", sorted(INVALID_FIXTURES))
def test_invalid_fixture_reports_every_problem_at_once(fixture):
    path = DATA / fixture
    found = problems_of(path)
    expected = INVALID_FIXTURES[fixture]
    assert len(found) == len(expected), "\n".join(found)
    for line, (where, message) in zip(found, expected):
        assert line.startswith(f"{path}{where} "), line
        assert message in line


def test_every_fixture_is_tested():
    tested = set(INVALID_FIXTURES) | {"valid-minimal.yaml", "valid-full.yaml", "valid-yaml12.yaml"}
    assert {p.name for p in DATA.glob("*.yaml")} == tested


def test_not_utf8_points_at_the_first_bad_byte(tmp_path):
    path = tmp_path / "cp1258.yaml"
    path.write_bytes(MINIMAL.replace("Hội trường", "Phòng họp").encode("utf-8")
                     + "place: Tây Ninh\n".encode("cp1258"))
    (found,) = problems_of(path)
    assert found == (
        f"{path}:8:9: tệp không được mã hóa UTF-8 (byte 0xE2 không hợp lệ); hãy lưu lại tệp với mã hóa "
        "UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)"
    )


def test_latin1_in_the_middle_of_a_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("organization: {name: Sở, code: café}\n".encode().replace(b"\xc3\xa9", b"\xe9"))
    (found,) = problems_of(path)
    assert found.startswith(f"{path}:1:35: tệp không được mã hóa UTF-8 (byte 0xE9 không hợp lệ)")


# --- valid outlines ---

def test_valid_minimal():
    outline = load_outline(DATA / "valid-minimal.yaml")
    assert outline == model.Outline(
        organization=model.Organization("SỞ NỘI VỤ", "SNV"),
        meeting=model.Meeting("Hội nghị giao ban tháng 9 năm 2025", dt.date(2025, 9, 26), dt.time(14),
                              "Phòng họp số 1"),
        chair=model.Person("Nguyễn Văn An", "Giám đốc Sở"),
        source=str(DATA / "valid-minimal.yaml"),
    )
    assert outline.secretary is None
    assert (outline.template, outline.style) == ("bien-ban", "state")


def test_valid_full_sets_every_field():
    outline = load_outline(DATA / "valid-full.yaml")
    blank = model.Outline(outline.organization, outline.meeting, outline.chair)
    for f in dataclasses.fields(model.Outline):
        if f.name not in {"template", "style"}:  # the file spells out the defaults
            assert getattr(outline, f.name) != getattr(blank, f.name) or f.name in {
                "organization", "meeting", "chair"}, f.name
    for f in dataclasses.fields(model.Meeting):
        assert getattr(outline.meeting, f.name) is not None, f.name
    assert outline.indicators[1] == model.Indicator("Hồ sơ số hóa", 12450, "hồ sơ", 9800)
    assert outline.indicators[2].value == Decimal("87.5")
    assert outline.attendees.absent[1] == model.Absence("Hoàng Thị Lan", "nghỉ phép", "Phó Chánh Văn phòng")
    assert outline.directions[0].content[1] == "Hoàn thành kế hoạch năm.\nBáo cáo kết quả trước ngày 15/12/2025."
    assert outline.conclusion == (model.Item("Hội nghị thống nhất các nội dung trên."),)
    assert outline.review[1] == model.ReviewItem("Tổ chức thi tuyển công chức")
    assert outline.archive == "Lưu: VT, VP."


def test_yaml_12_semantics_and_nfc():
    outline = load_outline(DATA / "valid-yaml12.yaml")
    assert (DATA / "valid-yaml12.yaml").read_text("utf-8") != unicodedata.normalize(
        "NFC", (DATA / "valid-yaml12.yaml").read_text("utf-8"))  # the fixture really is NFD
    assert outline.meeting.start == dt.time(14, 0)  # "14:00" is text, not 840
    assert outline.meeting.end == dt.time(16, 30)  # 16.30 read as written, not 16.3
    assert outline.number == 5  # 05
    assert outline.place == "no"
    assert outline.meeting.location == "on"
    assert outline.organization.name == "SỞ NỘI VỤ" == unicodedata.normalize("NFC", "SỞ NỘI VỤ")
    assert unicodedata.is_normalized("NFC", outline.chair.name + outline.chair.position + outline.meeting.title)


def test_examples_load():
    for path in (Path(__file__).parents[2] / "examples").glob("*.yaml"):
        assert load_outline(path).source == str(path)


# --- single rules, on the minimal outline plus one change ---

def extra(text: str) -> model.Outline:
    return load_text(MINIMAL + text)


@pytest.mark.parametrize(
    ("text", "attribute", "expected"),
    [
        ("number: '07'\n", "number", 7),
        ("number: 12\n", "number", 12),
        ("style: Party\n", "style", "party"),
        ("template: ''\n", "template", "bien-ban"),
        ("template: ./mau/bien-ban.docx\n", "template", "mau/bien-ban.docx"),  # relative to the outline's folder
        ("place: 2025\n", "place", "2025"),
        ("issued: ngày 27 tháng 8 năm 2025\n", "issued", dt.date(2025, 8, 27)),
        ("secretary: {name: Trần Bình}\n", "secretary", model.Person("Trần Bình")),
        ("secretary:\n", "secretary", None),
        ("agenda: Một nội dung\n", "agenda", (model.Item("Một nội dung"),)),
        ("agenda: []\n", "agenda", ()),
        ("recipients: Như trên\n", "recipients", ("Như trên",)),
        ("guests: Lê Văn C - Phó Chủ tịch\n", "guests", (model.Person("Lê Văn C", "Phó Chủ tịch"),)),
        ("conclusion: [A, {text: B, items: C}]\n", "conclusion", (model.Item("A"), model.Item("B", ("C",)))),
        ("tasks:\n  - {text: T, owner: VP, due: 15/12/2025}\n", "tasks",
         (model.Item("T", owner="VP", due=dt.date(2025, 12, 15)),)),
        ("review: [{text: R, status: xong}]\n", "review", (model.ReviewItem("R", "xong"),)),
        ("indicators: [{name: N, value: 1.248}]\n", "indicators", (model.Indicator("N", 1248),)),
        ("indicators: [{name: N, value: 1.2480, previous: 87.5}]\n", "indicators",
         (model.Indicator("N", Decimal("1.2480"), previous=Decimal("87.5")),)),
        ("indicators: [{name: N, value: '1.248,5', unit: tấn}]\n", "indicators",
         (model.Indicator("N", Decimal("1248.5"), "tấn"),)),
        ("discussion: [{speaker: A, content: B}]\n", "discussion", (model.Speech("A", ("B",)),)),
        ("commendations: [{recipient: tập thể, title: T}]\n", "commendations",
         (model.Commendation(1, "tập thể", "T"),)),
        ("vote: {agree: 20}\n", "vote", model.Vote(20)),
        ("attendees: {present: [A - X, {name: B}], expected: 2}\n", "attendees",
         model.Attendees(expected=2, present=2, present_people=(model.Person("A", "X"), model.Person("B")))),
        ("attendees: {present: '1.200', absent: C (ốm)}\n", "attendees",
         model.Attendees(present=1200, absent=(model.Absence("C", "ốm"),))),
        ("place: \"  Tây   Ninh \"\n", "place", "Tây   Ninh"),
        ("place: !!str 123\n", "place", "123"),
    ],
)
def test_accepted_forms(text, attribute, expected):
    assert getattr(extra(text), attribute) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meeting:\n  title: T\n  date: 26/8/2025\n  start: '8:00'\n  location: L\n  end: 16.30\n", dt.time(16, 30)),
        ("meeting:\n  title: T\n  date: 26/8/2025\n  start: 8\n  location: L\n", dt.time(8)),
    ],
)
def test_time_written_as_yaml_numbers(text, expected):
    outline = load_text(MINIMAL.split("meeting:")[0] + text + "chair: A\n")
    assert expected in (outline.meeting.start, outline.meeting.end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("number: 0\n", ":8:9: number: '0' không hợp lệ; hãy viết số nguyên dương, ví dụ 5"),
        ("number: 2.5\n", ":8:9: number: số thập phân '2.5' không hợp lệ"),
        ("style: stat\n",
         ":8:8: style: 'stat' không hợp lệ; chọn một trong: state, party, youth; có phải ý bạn là 'state'?"),
        ("place: [a]\n", ":8:8: place: phải là văn bản (đang là một danh sách)"),
        ("place: 2025-08-26\n", ":8:8: place: phải là văn bản (đang là một ngày); hãy đặt giá trị trong dấu ngoặc kép"),
        ("place: !foo x\n", ":8:8: place: không dùng thẻ YAML '!foo'"),
        ("agenda:\n  - A\n  -\n", ":10:4: agenda[1]: mục trống; hãy điền nội dung hoặc xóa dòng '-' thừa"),
        ("agenda: ['']\n", ":8:10: agenda[0]: mục trống"),
        ("agenda: [{items: [x]}]\n", ":8:10: agenda[0].text: thiếu mục bắt buộc 'text'"),
        ("chair2: x\n", ":8:1: chair2: khóa 'chair2' không hợp lệ; có phải ý bạn là 'chair'?"),
        # a section's key typed at the top (its indent lost) names its section, not a look-alike
        ("present: 23\n", ":8:1: present: khóa 'present' không hợp lệ; "
                           "có phải ý bạn là 'present' (trong 'attendees:')?"),
        ("authority: tm\n", ":8:1: authority: khóa 'authority' không hợp lệ; "
                             "có phải ý bạn là 'authority' (trong 'signer:')?"),
        ("guests: [{name: A, rol: x}]\n", ":8:20: guests[0].rol: khóa 'rol' không hợp lệ; có phải ý bạn là 'role'?"),
        ("secretary: [a]\n", ":8:12: secretary: danh sách ở chỗ cần một mục"),
        ("attendees: {expected: 20, present: 23}\n",
         ":8:36: attendees.present: số người có mặt (23) lớn hơn số được triệu tập (20)"),
        ("attendees: {expected: 1, present: [A, B]}\n", ":8:35: attendees.present: số người có mặt (2) lớn hơn"),
        ("attendees: {present: hai mươi}\n", ":8:22: attendees.present: số người có mặt phải là một số"),
        ("vote: {against: 1}\n", ":8:7: vote.agree: thiếu mục bắt buộc 'agree'"),
        ("vote: {agree: true}\n", ":8:15: vote.agree: giá trị đúng/sai 'true' không hợp lệ"),
        ("commendations: [{count: 0, recipient: a, title: b}]\n", ":8:25: commendations[0].count: '0' không hợp lệ"),
        ("discussion: [{speaker: A}]\n", ":8:14: discussion[0].content: thiếu mục bắt buộc 'content'"),
        ("discussion: [{speaker: A, content: []}]\n",
         ":8:36: discussion[0].content: nội dung phát biểu không được để trống"),
        ("indicators: [{name: A, value: true}]\n", ":8:31: indicators[0].value: 'true' không phải số"),
        ("extends: [a]\n", ":8:10: extends: phải là văn bản"),
        ("meeting: x\n", ":8:1: meeting: khóa 'meeting' bị lặp lại (lần đầu ở dòng 2)"),
    ],
)
def test_rejected_forms(text, expected):
    (found,) = problems_of(MINIMAL + text)
    assert found.startswith("t.yaml" + expected), found


def test_meeting_cross_checks():
    head = "organization: {name: A, code: B}\nchair: C\nmeeting:\n  title: T\n  location: L\n"
    found = problems_of(head + "  date: 26/8/2025\n  start: 14h\n  end_date: 25/8/2025\n")
    assert found == ["t.yaml:8:13: meeting.end_date: ngày kết thúc 25/08/2025 trước ngày họp 26/08/2025"]
    found = problems_of(head + "  date: 26/8/2025\n  start: 14h\n  end: 13h\n")
    assert found[0].startswith("t.yaml:8:8: meeting.end: giờ kết thúc 13:00 trước giờ bắt đầu 14:00")
    overnight = load_text(head + "  date: 26/8/2025\n  start: 20h\n  end: 1h\n  end_date: 27/8/2025\n")
    assert overnight.meeting.end == dt.time(1)


def test_missing_sections_and_suppressed_duplicates():
    found = problems_of("meetng: {}\nplace: X\n")
    assert found == [  # no "missing meeting": the misspelt key already says so
        "t.yaml:1:1: meetng: khóa 'meetng' không hợp lệ; có phải ý bạn là 'meeting'?",
        "t.yaml:1:1: organization: thiếu mục bắt buộc 'organization' (cơ quan, tổ chức ban hành)",
        "t.yaml:1:1: chair: thiếu mục bắt buộc 'chair' (chủ trì (chủ tọa))",
    ]


def test_empty_required_section():
    found = problems_of(MINIMAL.replace("chair: Nguyễn Văn An - Giám đốc Sở", "chair:"))
    assert found == ["t.yaml:7:1: chair: chủ trì (chủ tọa) không được để trống"]


def test_control_characters_escaped_in_double_quotes():
    found = problems_of(MINIMAL + 'place: "a\\x1bb"\nrecipients: ["x\\tok", "y\\u0085"]\n')
    assert found == [
        "t.yaml:8:8: place: có ký tự điều khiển U+001B (thường do dán từ Word hoặc PDF); hãy xóa ký tự đó",
        "t.yaml:9:23: recipients[1]: có ký tự điều khiển U+0085 (thường do dán từ Word hoặc PDF); hãy xóa ký tự đó",
    ]


def test_tab_and_newline_are_kept():
    outline = extra('conclusion: "a\\tb"\nplace: |\n  dòng 1\n  dòng 2\n')
    assert outline.conclusion[0].text == "a\tb"
    assert outline.place == "dòng 1\ndòng 2"


def test_control_character_in_a_key():
    (found,) = problems_of(MINIMAL + "pla\x0bce: x\n")
    assert found == "t.yaml:8:1: pla<U+000B>ce: khóa 'pla<U+000B>ce' không hợp lệ; có phải ý bạn là 'place'?"


def test_crlf_line_endings_and_bom():
    outline = load_outline("t.yaml", data=b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode("utf-8"))
    assert outline.meeting.location == "Hội trường"


# --- reading: files, standard input, encodings, syntax ---

def test_missing_file(tmp_path):
    (found,) = problems_of(tmp_path / "khong-co.yaml")
    missing = tmp_path / "khong-co.yaml"
    assert found == f"{missing}: không tìm thấy tệp '{missing}'; hãy kiểm tra tên tệp và thư mục"


def test_directory_is_not_an_outline(tmp_path):
    (found,) = problems_of(tmp_path)
    assert "là một thư mục" in found


def test_standard_input(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(MINIMAL.encode("utf-8"))))
    assert load_outline("-").source == "<stdin>"
    with pytest.raises(OutlineError, match="^<stdin>:8:1: platz:"):
        load_outline("-", data=(MINIMAL + "platz: x\n").encode("utf-8"))


def test_validate_an_already_parsed_mapping():
    node = parse(MINIMAL, "n.yaml")
    assert validate(node, "n.yaml").chair == model.Person("Nguyễn Văn An", "Giám đốc Sở")
    node["meeting"]["date"] = "31/4/2025"
    with pytest.raises(OutlineError, match=r"^n\.yaml:4:9: meeting\.date: ngày 31/04/2025 không tồn tại"):
        validate(node, "n.yaml")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (MINIMAL.encode("utf-16"), "Hội trường"),
        (MINIMAL.encode("utf-16-be").join([b"\xfe\xff", b""]), "Hội trường"),
        (b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"), "Hội trường"),
    ],
)
def test_decode_accepts_bom_encodings(data, expected):
    assert expected in decode(data, "t.yaml")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (MINIMAL.encode("utf-16-le"), "t.yaml:1:2: tệp chứa byte 0x00 (có thể là UTF-16 không có BOM)"),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "t.yaml: tệp được mã hóa UTF-32"),
        (b"a: b\nc: \xff\n", "t.yaml:2:4: tệp không được mã hóa UTF-8 (byte 0xFF không hợp lệ)"),
    ],
)
def test_decode_rejects(data, expected):
    with pytest.raises(OutlineError) as caught:
        decode(data, "t.yaml")
    assert str(caught.value).startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\n---\nb: 2\n", "t.yaml:2:1: tệp chỉ được chứa một đề cương; hãy xóa dòng '---'"),
        ("a: 'abc\nb: 1\n", "t.yaml:1:4: dấu ' mở ở đây chưa được đóng; hãy thêm dấu ' ở cuối giá trị"),
        ('a: "abc\nb: 1\n', 't.yaml:1:4: dấu " mở ở đây chưa được đóng'),
        ("a: [x, y\nb: 1\n", "t.yaml:2:2: thiếu dấu ']' đóng ngoặc mở ở dòng 1, cột 4"),
        ("a: {x: 1\n", "t.yaml:2:1: thiếu dấu '}' đóng ngoặc mở ở dòng 1, cột 4"),
        ('template: "C:\\mau\\a.docx"\n', "t.yaml:1:15: lỗi cú pháp YAML: "
         "trong dấu ngoặc kép, dấu '\\' bắt đầu một ký tự đặc biệt; hãy dùng dấu nháy đơn"),
        ("a: x\n  b: 1\n", "t.yaml:2:4: lỗi cú pháp YAML: dấu ':' nằm giữa giá trị"),
        ("a:\n  b: 1\n c: 2\n", "t.yaml:3:2: lỗi cú pháp YAML: "
         "thụt lề không khớp"),
        ("a: *nowhere\n", "t.yaml:1:4: lỗi cú pháp YAML: tham chiếu '*'"),
        ("a:\n\t- b\n", "t.yaml:2:1: lỗi cú pháp YAML: "
         "không dùng phím Tab để thụt lề, hãy dùng dấu cách"),
        ("# chỉ có chú thích\n\n", "t.yaml: tệp trống: chưa có nội dung đề cương; xem mẫu ở examples/toi-thieu.yaml"),
        ("~\n", "t.yaml: tệp trống"),
        ("chỉ một dòng chữ\n",
         "t.yaml:1:1: đề cương phải gồm các mục 'khóa: giá trị' (ví dụ 'meeting:'), không phải một giá trị đơn"),
        ("a: 1\nb: {x: 1, x: 2}\n", "t.yaml:2:11: b.x: khóa 'x' bị lặp lại (lần đầu ở dòng 2)"),
        ("# x\n%YAML 1.1\n---\na: yes\n", "t.yaml:2:1: đề cương luôn được đọc theo YAML 1.2; hãy xóa dòng '%YAML 1.1'"),
        ("a: b\ufffe\n", "t.yaml:1:5: ký tự U+FFFE không được phép trong tệp YAML; hãy xóa nó"),
        # a file that already holds the private characters used to mask control characters
        ("a: \U000f0001\nb: x\x01y\n", "t.yaml:2:5: ký tự U+0001 không được phép trong tệp YAML"),
    ],
)
def test_parse_errors(text, expected):
    with pytest.raises(OutlineError) as caught:
        parse(text, "t.yaml")
    assert len(caught.value.problems) == 1
    assert str(caught.value).startswith(expected), str(caught.value)


def test_parse_accepts_a_yaml_12_directive():
    assert parse("%YAML 1.2\n---\na: no\n", "t.yaml") == {"a": "no"}


def test_parse_reports_every_duplicate_and_aliases_once():
    text = "base: &b {x: 1, x: 2}\nother: *b\nlist:\n  - {y: 1, y: 2}\n  - {y: 1}\nbase: 3\n"
    with pytest.raises(OutlineError) as caught:
        parse(text, "t.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "t.yaml:1:17: base.x: khóa 'x' bị lặp lại (lần đầu ở dòng 1); hãy xóa hoặc gộp một trong hai",
        "t.yaml:4:12: list[0].y: khóa 'y' bị lặp lại (lần đầu ở dòng 4); hãy xóa hoặc gộp một trong hai",
        "t.yaml:6:1: base: khóa 'base' bị lặp lại (lần đầu ở dòng 1); hãy xóa hoặc gộp một trong hai",
    ]


def test_position_of_keys_values_and_items():
    node = parse("a: 1\nb:\n  c: [x, y]\n  d: {e: f}\n<<: {m: 1}\n", "t.yaml")
    assert position(node, "a", of_key=True) == (1, 1)
    assert position(node, "a") == (1, 4)
    assert position(node["b"], "c") == (3, 6)
    assert position(node["b"]["c"], 1) == (3, 10)
    assert position(node["b"]["d"], "e", of_key=True) == (4, 7)
    assert position(node, "m") == position(node) == (1, 1)  # merged key: the mapping itself
    assert position("plain") == (0, 0)


# --- the schema and the glossary describe the same keys ---

def schema_keys(spec: Record = OUTLINE, prefix: str = "") -> set[str]:
    """Every dotted key the outline schema allows, nested records included."""
    from minutes.outline import fields as outline

    nested = {"organization": outline.ORGANIZATION, "meeting": outline.MEETING,
              "attendees": outline.ATTENDEES, "signer": outline.SIGNER, "invitation": outline.INVITATION}
    keys = set()
    for key in spec.fields:
        keys.add(prefix + key)
        if not prefix and key in nested:
            keys |= schema_keys(nested[key], key + ".")
    return keys


def test_schema_allows_every_glossary_key():
    assert set(outline_keys()) <= schema_keys()
    top = {k for k in schema_keys() if "." not in k}
    assert top == {k for k in outline_keys() if "." not in k}
