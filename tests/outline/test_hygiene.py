"""Hostile input and data safety: legacy encodings (minutes.vietnamese.legacy), Unicode hygiene of
text fields (minutes.outline.schema), the reading limits of minutes.outline.reader, and the nasty corpus
tests/data/nasty/strings.txt rendered into every text field."""

from __future__ import annotations

import io
import re
import time
import unicodedata

import pytest
from conftest import EXAMPLES, GOLDEN, MINIMAL, ROOT, deadline, open_docx
from ruamel.yaml import YAML

from minutes.docx.read import document_text
from minutes.docx.render import render_bytes
from minutes.errors import OutlineError, Problem
from minutes.outline import OUTLINE, load_outline
from minutes.outline import reader as yamlio
from minutes.outline.schema import INVISIBLE, At, Checker, clean, record
from minutes.vietnamese import legacy

NASTY = ROOT / "tests" / "data" / "nasty" / "strings.txt"
FULL = ROOT / "tests" / "data" / "render" / "state-full.yaml"



def load_checked(text: str, name: str = "t.yaml"):
    """Load an outline given as text the way minutes.outline.fields.validate does; return
    (outline, warnings as printed). Raises OutlineError like load_outline."""
    found: list[Problem] = []
    node = yamlio.load(text.encode("utf-8"), name, problems=found)
    ch = Checker(name, list(found))
    outline = record(ch, At(node), OUTLINE, source=name)
    if ch.problems:
        raise OutlineError(ch.sorted())
    return outline, [str(w) for w in ch.sorted_warnings()]


def problems_of(text: str | bytes, name: str = "t.yaml") -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(OutlineError) as caught:
        load_outline(name, data=data)
    return [str(p) for p in caught.value.problems]


def quoted(value: str) -> str:
    """``value`` as a YAML double-quoted scalar (every character escaped as ruamel would read it)."""
    return '"' + "".join(f"\\U{ord(c):08X}" if not c.isascii() or c in '"\\' else c for c in value) + '"'


# --- legacy encodings: the tables ---------------------------------------------------------

LOWER = sorted({legacy.letter(v, t) for v in legacy.VOWELS for t in range(6)} | {"đ"})
"""Every lower-case Vietnamese letter: 12 vowels with 6 tones, and đ (73)."""


def test_tcvn3_table_holds_every_lower_case_letter_and_the_plain_capitals():
    assert len(LOWER) == 73
    non_ascii = {c for c in LOWER if not c.isascii()}
    assert set(legacy.TCVN3.values()) == non_ascii | set("ĂÂÊÔƠƯĐ")
    assert len(legacy.TCVN3) == len(non_ascii) + 7  # one code per letter
    assert all("\xa1" <= code <= "\xfe" for code in legacy.TCVN3)  # VN3: no curly quotes, dashes, "…"


def test_tcvn3_codes_match_the_published_table():
    # A few landmarks of TCVN 5712:1993 VN3, as the bytes read in Windows-1252.
    assert legacy.TCVN3["\xb8"] == "á" and legacy.TCVN3["\xb5"] == "à" and legacy.TCVN3["\xb9"] == "ạ"
    assert legacy.TCVN3["\xa9"] == "â" and legacy.TCVN3["\xca"] == "ấ" and legacy.TCVN3["\xcb"] == "ậ"
    assert legacy.TCVN3["\xae"] == "đ" and legacy.TCVN3["\xa7"] == "Đ" and legacy.TCVN3["\xad"] == "ư"
    assert legacy.TCVN3["\xfb"] == "ỷ" and legacy.TCVN3["\xf1"] == "ủ" and legacy.TCVN3["\xfe"] == "ỵ"
    assert "".join(legacy.TCVN3.get(c, c) for c in "C¸c ®¬n vÞ ho¹t ®éng tèt") == "Các đơn vị hoạt động tốt"


def test_vni_table_holds_every_letter_in_both_cases():
    letters = {c for c in LOWER if not c.isascii()}
    assert set(legacy.VNI.values()) == letters | {c.upper() for c in letters}
    assert legacy.VNI["aù"] == "á" and legacy.VNI["aâ"] == "â" and legacy.VNI["aá"] == "ấ"
    assert legacy.VNI["aê"] == "ă" and legacy.VNI["aú"] == "ẳ" and legacy.VNI["aü"] == "ẵ"
    assert legacy.VNI["ô"] == "ơ" and legacy.VNI["ö"] == "ư" and legacy.VNI["ñ"] == "đ"
    assert legacy.VNI["æ"] == "ỉ" and legacy.VNI["ó"] == "ĩ" and legacy.VNI["ò"] == "ị" and legacy.VNI["î"] == "ỵ"
    assert legacy.VNI["UÛ"] == "Ủ" and legacy.VNI["Ñ"] == "Đ" and legacy.VNI["AË"] == "Ặ"


def _word(letter: str) -> str:
    """A syllable around ``letter``: t + letter + n (ty + tone for y, đi for đ)."""
    if letter.lower() == "đ":
        return letter + ("I" if letter.isupper() else "i")
    base = unicodedata.normalize("NFD", letter.lower())[0]
    tail = "" if base == "y" else "n"
    return ("T" + letter + tail.upper()) if letter.isupper() else ("t" + letter + tail)


@pytest.mark.parametrize("letter", LOWER)
def test_every_letter_round_trips_through_both_encodings(letter):
    """Unicode → legacy mojibake (inverse table) → detect + convert → the same Unicode."""
    phrases = [
        f"hội nghị {_word(letter)} đã được tổ chức",
        f"HỘI NGHỊ {_word(letter.upper())} ĐÃ ĐƯỢC TỔ CHỨC",  # TCVN3: capitals as .VnTimeH writes them
    ]
    title = letter.upper() + ("" if letter in "yýỳỷỹỵ" else "m")  # the capital at the start of a word
    for encoding, encode in (("TCVN3", legacy.to_tcvn3), ("VNI", legacy.to_vni)):
        cases = list(phrases)
        # VN3 has no capitals with tone marks: a Title-case word can only start with a plain one.
        if encoding == "VNI" or letter.upper() in "ĂÂÊÔƠƯĐ":
            cases.append(f"Hội nghị {title} đã được tổ chức")
        for phrase in cases:
            mojibake = encode(phrase)
            assert mojibake != phrase
            verdict = legacy.detect(mojibake)
            assert (verdict.text, verdict.encoding and verdict.encoding.name) == (phrase, encoding), mojibake


@pytest.mark.parametrize(
    ("mojibake", "unicode", "encoding"),
    [
        ("Uû ban nh©n d©n", "Uỷ ban nhân dân", "TCVN3"),  # the spelling is kept: old-style "Uỷ"
        ("UÛy ban nhaân daân", "Ủy ban nhân dân", "VNI"),
        ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TCVN3"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc", "TCVN3"),
        ("Së Néi vô tØnh T©y Ninh", "Sở Nội vụ tỉnh Tây Ninh", "TCVN3"),
        ("Nguyeãn Vaên An", "Nguyễn Văn An", "VNI"),
        ("Tröôøng THPT Leâ Quyù Ñoân", "Trường THPT Lê Quý Đôn", "VNI"),
        ("Hoäi nghò giao ban quyù III/2025", "Hội nghị giao ban quý III/2025", "VNI"),
        ("Tænh Ñaék Laék", "Tỉnh Đắk Lắk", "VNI"),
        ("tÊn", "tấn", "TCVN3"),  # a capital after a small letter is not typed by hand
    ],
)
def test_known_samples_are_converted(mojibake, unicode, encoding):
    verdict = legacy.detect(mojibake)
    assert (verdict.text, verdict.encoding.name, verdict.ambiguous) == (unicode, encoding, False)


def _scalars(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _scalars(value)
    elif isinstance(node, list):
        for value in node:
            yield from _scalars(value)
    elif isinstance(node, str):
        yield node


def test_no_false_positive_on_the_examples_and_golden_texts():
    yaml = YAML(typ="rt")
    texts = [s for path in [*EXAMPLES, FULL] for s in _scalars(yaml.load(path.read_text("utf-8")))]
    texts += [line for path in GOLDEN.glob("*.txt") for line in path.read_text("utf-8").splitlines()]
    assert len(texts) > 500
    for text in texts:
        text = unicodedata.normalize("NFC", text)
        verdict = legacy.detect(text)
        assert (verdict.text, verdict.encoding, verdict.ambiguous) == (text, None, False), text


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_load_without_warnings(path):
    _, warnings = load_checked(path.read_text("utf-8"), str(path))
    assert warnings == []


@pytest.mark.parametrize(
    "text",
    [
        "Meeting minutes of the board, 3rd quarter",
        "Hội nghị giao ban quý III năm 2025",
        "Hòa, hoà, thủy, thuỷ, khỏe, khoẻ, Huế, người, khuỷu, ngoằn ngoèo, quyết, giường",
        "Café Müller, São Paulo, Straße, Peña, Zoë, Ærø, naïve, façade, crème brûlée, déjà vu",
        "Đại diện Nestlé Việt Nam và Hôtel Métropole Hà Nội",
        "«Hội nghị» © 2025 ® ™ § ¶ · ½ ¼ × ÷ ± °C µm Ø60",
        "5 µm", "Ø 60", "½", "© Sở Nội vụ",
        "NĐ 30/2020/NĐ-CP, HĐND, CĐCS, ĐTN, TWĐTN, UBMTTQ",
        "Mét vuông, mét khối", "Buôn Ma Thuột, Đắk Lắk, Krông Pắc, Pleiku, Kon Tum",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert legacy.detect(text) == legacy.Verdict(text)


# --- legacy encodings: in the outline -----------------------------------------------------


def test_tcvn3_field_is_converted_with_a_warning_naming_the_field():
    outline, warnings = load_checked(MINIMAL + "place: T©y Ninh\n")
    assert outline.place == "Tây Ninh"
    assert warnings == [
        "t.yaml:8:8: place: đã chuyển chữ TCVN3 (.VnTime) sang Unicode: 'T©y Ninh' → 'Tây Ninh'; hãy kiểm tra lại"
    ]


def test_vni_and_tcvn3_fields_in_one_outline():
    text = MINIMAL.replace("title: Hội nghị giao ban", "title: Hoäi nghò giao ban") + (
        "attendees:\n  absent:\n    - {name: NguyÔn V¨n B×nh, reason: ®i c«ng t¸c}\n"
    )
    outline, warnings = load_checked(text)
    assert outline.meeting.title == "Hội nghị giao ban"
    assert outline.attendees.absent[0].name == "Nguyễn Văn Bình"
    assert outline.attendees.absent[0].reason == "đi công tác"
    assert [w.split(": ", 1)[0] for w in warnings] == [
        "t.yaml:3:10", "t.yaml:10:14", "t.yaml:10:39"]
    assert "meeting.title: đã chuyển chữ VNI (VNI-Times) sang Unicode" in warnings[0]
    assert "attendees.absent[0].name: đã chuyển chữ TCVN3 (.VnTime)" in warnings[1]


def test_capitals_typed_with_vntimeh():
    """.VnTimeH draws the small-letter codes as capitals: the words around them say which."""
    outline, warnings = load_checked(MINIMAL.replace("{name: SỞ NỘI VỤ,", "{name: UBND TØNH §åNG NAI,"))
    assert outline.organization.name == "UBND TỈNH ĐỒNG NAI" and len(warnings) == 1
    # a field with small ASCII letters: only words of two or more capitals are upper-cased
    outline, _ = load_checked(MINIMAL.replace("{name: SỞ NỘI VỤ,", "{name: Së NéI Vô tØnh,"))
    assert outline.organization.name == "Sở NỘI Vụ tỉnh"


def test_converted_text_is_not_reported_as_unchanged():
    _, warnings = load_checked(MINIMAL + "recipients: [Uû ban nh©n d©n tØnh (b/c)]\n")
    (warning,) = warnings
    assert warning.startswith("t.yaml:8:14: recipients[0]: đã chuyển chữ TCVN3")
    assert "'Uû ban nh©n d©n tØnh (b/c)' → 'Uỷ ban nhân dân tỉnh (b/c)'" in warning


@pytest.mark.parametrize(
    "value",
    [
        "Báo cáo của Uû ban nh©n d©n tØnh",  # Unicode and TCVN3 mixed in one field
        "Hîp t¸c víi Nestlé",  # converts, but a foreign word would be damaged
        "Thö hôn",  # TCVN3 reads "Thử hụn", VNI "Thư hơn": both Vietnamese
    ],
)
def test_ambiguous_legacy_text_is_refused_at_the_field(value):
    (found,) = problems_of(MINIMAL + f"place: {value}\n")
    assert found.startswith(f"t.yaml:8:8: place: '{legacy.excerpt(value)}' có vẻ được gõ bằng bảng mã cũ")
    assert "Unikey" in found


def test_long_values_are_shortened_in_messages():
    value = "Uû ban nh©n d©n tØnh §ång Nai vµ c¸c së, ban, ngµnh trùc thuéc"
    _, (warning,) = load_checked(MINIMAL + f"place: {value}\n")
    assert "'Uû ban nh©n d©n tØnh §ång Nai vµ c¸c së…' → 'Uỷ ban nhân dân tỉnh Đồng Nai và các sở…'" in warning


# --- Unicode hygiene -----------------------------------------------------------------------


@pytest.mark.parametrize("char", sorted(INVISIBLE), ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_characters_are_removed_with_a_warning(char):
    outline, warnings = load_checked(MINIMAL + f"place: {quoted('Tây' + char + ' Ninh')}\n")
    assert outline.place == "Tây Ninh"
    assert warnings == [
        f"t.yaml:8:8: place: đã xóa ký tự vô hình U+{ord(char):04X} (thường do dán từ web, Word hoặc PDF)"
    ]


def test_the_brief_list_of_invisible_characters_is_covered():
    listed = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    assert {chr(c) for c in listed} <= INVISIBLE


def test_several_invisible_characters_are_named_once_each_in_order():
    value = "\u202eSở\u200b Nội\u200b vụ\u202c"
    outline, (warning,) = load_checked(MINIMAL.replace("title: Hội nghị giao ban", f"title: {quoted(value)}"))
    assert outline.meeting.title == "Sở Nội vụ"
    assert warning.endswith("meeting.title: đã xóa ký tự vô hình U+202E, U+200B, U+202C (thường do dán từ web, "
                            "Word hoặc PDF)")


def test_zero_width_joiner_inside_an_emoji_is_kept():
    value = "Gia đình 👨\u200d👩\u200d👧 và cờ 🏳️\u200d🌈 ❤️ 👍🏽 🇻🇳"
    outline, warnings = load_checked(MINIMAL + f"place: {quoted(value)}\n")
    assert outline.place == value and warnings == []


def test_zero_width_joiner_between_letters_is_removed():
    outline, (warning,) = load_checked(MINIMAL + f"place: {quoted('Tây' + chr(0x200D) + 'Ninh 👍')}\n")
    assert outline.place == "TâyNinh 👍" and "U+200D" in warning


def test_nfd_is_composed_silently():
    outline, warnings = load_checked(MINIMAL + "place: " + unicodedata.normalize("NFD", "Tây Ninh Đồng Nai") + "\n")
    assert outline.place == "Tây Ninh Đồng Nai" and warnings == []


def test_tabs_emoji_symbols_and_template_text_are_kept():
    value = 'A\tB 🎉 & < > " \' {{ 7*7 }} {% if x %} ½ © “”'
    outline, warnings = load_checked(MINIMAL + f"place: {quoted(value)}\n")
    assert outline.place == value and warnings == []


def test_replacement_character_is_an_error():
    (found,) = problems_of(MINIMAL + "place: Nguye\ufffdn\n")
    assert found == ("t.yaml:8:8: place: có ký tự hỏng '\ufffd' (U+FFFD) trong 'Nguye\ufffdn': chữ đã bị mất khi "
                     "chuyển bảng mã; hãy gõ lại phần chữ đó")


@pytest.mark.parametrize("escape", ["\\ud800", "\\uDFFF", "\\uFFFE", "\\uFFFF"])
def test_characters_a_docx_cannot_hold_are_errors(escape):
    (found,) = problems_of(MINIMAL + f'place: "Tây{escape}Ninh"\n')
    assert found.startswith(f"t.yaml:8:8: place: có ký tự không hợp lệ U+{escape[2:].upper()}")


def test_warnings_of_a_number_field_are_kept():
    outline, warnings = load_checked(MINIMAL + f"number: {quoted('1' + chr(0x200B) + '2')}\n")
    assert outline.number == 12
    assert warnings == ["t.yaml:8:9: number: đã xóa ký tự vô hình U+200B (thường do dán từ web, Word hoặc PDF)"]


def test_clean_applies_every_step():
    ch = Checker("t")
    typed = "  " + unicodedata.normalize("NFD", "Héi") + "\u200b nh©n d©n  "  # NFD, zero width, TCVN3
    assert clean(ch, At(""), typed) == "Hội nhân dân"
    assert len(ch.warnings) == 2 and not ch.problems


def test_load_outline_signature_is_unchanged():
    outline = load_outline("t.yaml", data=(MINIMAL + "place: T©y Ninh\n").encode("utf-8"))
    assert outline.place == "Tây Ninh"


# --- limits --------------------------------------------------------------------------------


def _refused(data: bytes | str, name: str = "<stdin>") -> tuple[list[str], float]:
    """The problems of ``data`` and the seconds it took to refuse it."""
    data = data.encode("utf-8") if isinstance(data, str) else data
    started = time.perf_counter()
    with deadline(), pytest.raises(OutlineError) as caught:
        load_outline(name, data=data)
    return [str(p) for p in caught.value.problems], time.perf_counter() - started


def test_a_ten_megabyte_file_is_refused_before_parsing():
    (found,), seconds = _refused("place: " + "x" * (10 * 1024 * 1024) + "\n")
    assert found == ("<stdin>: tệp đề cương quá lớn (10,0 MiB); giới hạn 1 MiB. Đề cương thường chỉ vài KiB: "
                     "hãy kiểm tra đúng tệp chưa")
    print(f"10 MB refused in {seconds * 1000:.1f} ms")


def test_size_limit_is_exactly_one_mebibyte():
    body = MINIMAL.encode("utf-8")
    padding = yamlio.MAX_BYTES - len(body) - 3
    exact = body + b"# " + b"x" * padding + b"\n"
    assert len(exact) == yamlio.MAX_BYTES
    with deadline():
        assert load_outline("t.yaml", data=exact).place == ""
    (found,), _ = _refused(exact + b"\n", "t.yaml")
    assert found.startswith("t.yaml: tệp đề cương quá lớn (1.048.577 byte); giới hạn 1 MiB")


def _nested(levels: int) -> str:
    """A root mapping and ``levels - 1`` lists inside it: ``levels`` levels of nesting."""
    return "agenda: " + "[" * (levels - 1) + "x" + "]" * (levels - 1) + "\n"


def test_nesting_up_to_twenty_levels_is_read():
    assert yamlio.load(_nested(20).encode(), "t.yaml")["agenda"] is not None


def test_nesting_deeper_than_twenty_levels_is_refused():
    (found,), _ = _refused(_nested(21), "t.yaml")
    assert found == ("t.yaml:1:28: các mục lồng nhau quá sâu (hơn 20 cấp); đề cương chỉ cần vài cấp thụt lề, "
                     "hãy kiểm tra lại thụt lề và dấu ngoặc [ {")


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 1_000_000,  # would overflow ruamel's recursive composer
        "{a: " * 250_000,
        "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "x\n",
        "- " * 400_000 + "x\n",
    ],
    ids=["flow-lists", "flow-maps", "block-maps", "block-lists"],
)
def test_deep_nesting_bombs_are_refused_quickly(text):
    (found,), seconds = _refused(text)
    assert "các mục lồng nhau quá sâu (hơn 20 cấp)" in found
    print(f"{len(text):,} characters of nesting refused in {seconds * 1000:.1f} ms")


BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_billion_laughs_is_refused_at_the_alias_that_crosses_the_bound():
    (found,), seconds = _refused(BILLION_LAUGHS)
    assert found == ("<stdin>:5:8: các tham chiếu '*' làm đề cương phình ra quá lớn (hơn 10.000 mục khi mở rộng); "
                     "hãy bớt tham chiếu '*d'")
    print(f"billion laughs refused in {seconds * 1000:.1f} ms")


def test_alias_expansion_bound_is_ten_thousand_nodes():
    anchor = "x: &x [" + ", ".join(["a"] * 99) + "]\n"  # a list of 99 scalars: 100 nodes
    fits = anchor + "y: [" + ", ".join(["*x"] * 100) + "]\n"
    assert len(yamlio.load(fits.encode(), "t.yaml")["y"]) == 100
    (found,), _ = _refused(anchor + "y: [" + ", ".join(["*x"] * 101) + "]\n", "t.yaml")
    assert found.startswith("t.yaml:2:") and "phình ra quá lớn" in found


def test_an_alias_inside_its_own_anchor_is_refused():
    (found,), _ = _refused(MINIMAL + "agenda: &loop [a, *loop]\n", "t.yaml")
    assert found == ("t.yaml:8:19: tham chiếu '*loop' nằm bên trong chính neo '&loop' (vòng lặp vô tận); "
                     "hãy bỏ tham chiếu này")


def test_ordinary_anchors_aliases_and_merge_keys_still_work():
    text = """\
organization: &org {name: SỞ NỘI VỤ, code: SNV}
meeting:
  <<: &when {date: 26/8/2025, start: 14h}
  title: Hội nghị giao ban
  location: Hội trường
chair: &an {name: Nguyễn Văn An, position: Giám đốc Sở}
signer: *an
agenda: [&item Báo cáo kết quả, *item]
"""
    outline = load_outline("t.yaml", data=text.encode("utf-8"))
    assert outline.signer.name == outline.chair.name == "Nguyễn Văn An"
    assert outline.meeting.start.hour == 14 and len(outline.agenda) == 2


def test_an_integer_python_cannot_read_is_refused():
    (found,), _ = _refused(MINIMAL + "number: " + "1" * 5000 + "\n", "t.yaml")
    assert found == "t.yaml:8:9: số quá dài (5000 chữ số); hãy kiểm tra lại giá trị này"
    outline = load_outline("t.yaml", data=(MINIMAL + f"place: '{'1' * 5000}'\n").encode())  # quoted: text
    assert len(outline.place) == 5000


@pytest.mark.parametrize("key", ["? [a, b]\n: c\n", "[1]: 2\n", "{a: 1}: 2\n"])
def test_a_list_or_mapping_as_a_key_is_an_unknown_key(key):
    found = problems_of(MINIMAL + key)
    assert any("không hợp lệ" in line for line in found)


# --- the nasty corpus, in every text field -------------------------------------------------


def nasty_strings() -> list[str]:
    return [line for line in NASTY.read_text("utf-8").split("\n") if line]


def test_the_corpus_has_every_kind_of_nasty_string():
    strings = nasty_strings()
    assert any(len(s) == 10_000 for s in strings)
    assert "{{ 7*7 }}" in strings and any("{%" in s for s in strings)
    assert any(not unicodedata.is_normalized("NFC", s) for s in strings)
    assert any(set(s) & set("\u200e\u200f\u202b\u202e") for s in strings)
    assert any(set(s) & {"\u200b", "\ufeff", "\u2060"} for s in strings)
    assert any("🎉" in s for s in strings) and any("“" in s and "«" in s for s in strings)
    assert any("&" in s and "<" in s and '"' in s and "'" in s for s in strings)
    assert any(legacy.detect(s).encoding and legacy.detect(s).encoding.name == "TCVN3" for s in strings)
    assert any(legacy.detect(s).encoding and legacy.detect(s).encoding.name == "VNI" for s in strings)


_YAML = YAML(typ="rt")
_YAML.version = (1, 2)
_YAML.width = 1_000_000

NOT_TEXT = {"template", "style", "number", "meeting.date", "meeting.start", "meeting.end", "meeting.period"}
UPPER_CASE = {"organization.name", "organization.parent"}  # the header prints them in capitals


def _full_outline():
    node = _YAML.load(FULL.read_text("utf-8"))
    node["secretary"] = {"name": "Trần Thị Bình", "position": "Chuyên viên Văn phòng"}
    return node


def _text_paths(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _text_paths(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _text_paths(value, f"{path}[{index}]")
    elif isinstance(node, str) and path not in NOT_TEXT:
        yield path


TEXT_PATHS = list(_text_paths(_full_outline()))


def _set(node, path: str, value: str) -> None:
    parts = [int(p[1:-1]) if p.startswith("[") else p for p in re.findall(r"[^.\[\]]+|\[\d+\]", path)]
    for part in parts[:-1]:
        node = node[part]
    node[parts[-1]] = value


def _dump(node) -> bytes:
    out = io.StringIO()
    _YAML.dump(node, out)
    return out.getvalue().encode("utf-8")


def _rendered_text(data: bytes, templates=(None,)) -> str:
    outline = load_outline("<nasty>", data=data)
    text = "\n".join(document_text(open_docx(render_bytes(outline, t))) for t in templates)
    return " ".join(text.split())


def _expected(value: str) -> str:
    """``value`` after the documented normalisation, then as a one-line place prints it."""
    ch = Checker("t")
    cleaned = clean(ch, At(value), value)
    assert not ch.problems, ch.problems
    return " ".join(cleaned.split()).rstrip(" .;,")


def test_text_paths_cover_the_full_outline():
    assert len(TEXT_PATHS) >= 40
    assert {"organization.parent", "meeting.title", "secretary.name", "achievements[1].items[1]",
            "indicators[2].unit", "commendations[1].by", "conclusion", "recipients[1]", "place"} <= set(TEXT_PATHS)


@pytest.mark.parametrize("index", range(len(nasty_strings())))
def test_nasty_string_in_every_text_field_renders_literally(index):
    """Every text field gets the string behind its own tag ⟦nn⟧; each is found in the
    biên bản (or, for place and organization.in_text, in the thông báo kết luận)."""
    nasty = nasty_strings()[index]
    node = _full_outline()
    for number, path in enumerate(TEXT_PATHS):
        _set(node, path, f"⟦{number:02d}⟧ {nasty}")
    with deadline(60):
        text = _rendered_text(_dump(node), (None, "thong-bao-ket-luan"))
    missing = []
    for number, path in enumerate(TEXT_PATHS):
        needle = _expected(f"⟦{number:02d}⟧ {nasty}")
        if path in UPPER_CASE:
            needle = needle.upper()
        if needle not in text:
            missing.append(path)
    assert missing == [], (nasty[:80], missing)


@pytest.mark.parametrize("path", ["meeting.title", "organization.name", "chair.position"])
def test_a_title_or_name_longer_than_255_characters_renders(path):
    """These reach the .docx core properties (title, subject), which hold 255 characters."""
    node = _full_outline()
    _set(node, path, "Hội nghị " * 40)
    text = _rendered_text(_dump(node), (None, "thong-bao-ket-luan"))
    assert "Hội nghị " * 39 in text or "HỘI NGHỊ " * 39 in text


@pytest.mark.parametrize(
    ("nasty", "shown"),
    [
        ("Uû ban nh©n d©n tØnh §ång Nai", "Uỷ ban nhân dân tỉnh Đồng Nai"),
        ("UÛy ban nhaân daân tænh Ñoàng Nai", "Ủy ban nhân dân tỉnh Đồng Nai"),
        ("\u200fשלום\u200e và \u202bمرحبا\u202c", "שלום và مرحبا"),
        (unicodedata.normalize("NFD", "Nguyễn Thị Hường"), "Nguyễn Thị Hường"),
        ("Sở\u200bNội\u200cvụ\u2060 tỉnh\ufeff Tây\u200dNinh", "SởNộivụ tỉnh TâyNinh"),
        ("Gia đình 👨\u200d👩\u200d👧", "Gia đình 👨\u200d👩\u200d👧"),
    ],
)
def test_documented_normalisation_of_nasty_strings(nasty, shown):
    assert _expected(nasty) == shown


def test_template_syntax_in_each_field_in_turn_is_printed_not_run():
    """{{ 7*7 }} put into one field at a time: the document shows it, never 49."""
    baseline = _rendered_text(_dump(_full_outline()), (None, "thong-bao-ket-luan"))
    for path in TEXT_PATHS:
        node = _full_outline()
        _set(node, path, "{{ 7*7 }}")
        text = _rendered_text(_dump(node), (None if path not in {"place", "organization.in_text"}
                                            else "thong-bao-ket-luan",))
        assert "{{ 7*7 }}" in text, path
        assert text.count("49") <= baseline.count("49"), path
