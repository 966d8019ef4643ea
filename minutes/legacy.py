"""Text typed in the old Vietnamese encodings, recognised and converted to Unicode.

Documents typed before Unicode (fonts .VnTime/.VnArial, keyboard ABC: **TCVN3**;
fonts VNI-Times: **VNI Windows**) store one byte per glyph. Copied out of such a
document, the bytes arrive as the Windows-1252 (Latin-1) letters that share their
codes, so "Ủy ban nhân dân" turns up as ``Uû ban nh©n d©n`` (TCVN3) or
``UÛy ban nhaân daân`` (VNI). :func:`detect` recognises such a field and returns
it in Unicode; :mod:`minutes.schema` converts it and warns (naming the field and
showing before → after) so the secretary can check it.

Decisions
---------
* **Per field, all or nothing.** A field is converted only when (1) every letter
  outside ASCII in it is a character of that encoding's table, (2) at least one
  word is not Vietnamese as it stands (not a valid syllable: ``nh©n``, ``aâ``,
  a tone mark on a stop-final syllable as in ``tèt``, mixed case as in ``tÊn``)
  and becomes a valid Vietnamese syllable after conversion (two different such
  words of two letters or more, or one of three letters or more: "5 µm" or "Ø 60"
  stay as typed), and (3) after
  conversion every word that has a letter outside ASCII is a valid Vietnamese
  syllable. Conversion is character for character: the spelling is kept
  (``Uû`` is the old-style "Uỷ", it does not become "Ủy").
* **Refuse rather than guess.** When both encodings fit, when only part of a field
  converts cleanly, or when legacy words are mixed with Unicode Vietnamese letters
  in one field, :func:`detect` returns ``ambiguous`` and the loader reports an
  error at the field; the fix is to convert with Unikey (Công cụ chuyển mã) and
  paste again.
* **Plain text is never touched.** ASCII text returns at once; Unicode Vietnamese,
  English, and foreign names with Latin-1 letters (Café, Müller, São Paulo, «…»,
  ©, ½) are left alone, because they either contain no non-Vietnamese word or do
  not become Vietnamese when converted.
* **TCVN3 is the VN3 table** (bytes A1-FE): the lower-case letters with every
  tone and the upper-case Ă Â Ê Ô Ơ Ư Đ. VN3 has no upper-case letters with tone
  marks: capitals were set in the .VnTimeH fonts, which draw the lower-case codes
  as capitals. So a converted word whose ASCII letters are all capitals (two or
  more), or any word of a field with no lower-case ASCII letter at all, is
  upper-cased: ``CéNG HOµ`` → ``CỘNG HOÀ``. The VN1 upper-case codes at 0x80-0x9F
  and 0x01-0x17 are not decoded: in Windows text those positions are the curly
  quotes, dashes and "…" that ordinary Unicode text is full of.
* **VNI Windows** writes a base letter followed by a separate mark byte
  (``aù`` = á, ``aâ`` = â, ``aá`` = ấ, ``aê`` = ă, ``ô`` = ơ, ``ö`` = ư, ``ñ`` = đ;
  i and ỵ are single bytes). Decoding takes the longest match at each position.

:func:`to_tcvn3` and :func:`to_vni` are the inverse tables (used by the tests to
produce the mojibake of any Unicode text).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
"""Tone marks in the order of the tables: none, sắc, huyền, hỏi, ngã, nặng."""

VOWELS = "aăâeêioôơuưy"


def letter(base: str, tone: int) -> str:
    """The letter ``base`` (a, ă, …, y) with tone number ``tone`` (0-5, see :data:`TONES`)."""
    return unicodedata.normalize("NFC", base + TONES[tone])


# --- TCVN3 (ABC, .VnTime): one byte per letter, read as Latin-1 --------------------------

_TCVN3_CODES = {
    # base: codes for (none, sắc, huyền, hỏi, ngã, nặng); "" = the ASCII letter itself
    "a": ("", "\xb8", "\xb5", "\xb6", "\xb7", "\xb9"),
    "ă": ("\xa8", "\xbe", "\xbb", "\xbc", "\xbd", "\xc6"),
    "â": ("\xa9", "\xca", "\xc7", "\xc8", "\xc9", "\xcb"),
    "e": ("", "\xd0", "\xcc", "\xce", "\xcf", "\xd1"),
    "ê": ("\xaa", "\xd5", "\xd2", "\xd3", "\xd4", "\xd6"),
    "i": ("", "\xdd", "\xd7", "\xd8", "\xdc", "\xde"),
    "o": ("", "\xe3", "\xdf", "\xe1", "\xe2", "\xe4"),
    "ô": ("\xab", "\xe8", "\xe5", "\xe6", "\xe7", "\xe9"),
    "ơ": ("\xac", "\xed", "\xea", "\xeb", "\xec", "\xee"),
    "u": ("", "\xf3", "\xef", "\xf1", "\xf2", "\xf4"),
    "ư": ("\xad", "\xf8", "\xf5", "\xf6", "\xf7", "\xf9"),
    "y": ("", "\xfd", "\xfa", "\xfb", "\xfc", "\xfe"),
}
_TCVN3_UPPER = {"Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}

TCVN3: dict[str, str] = {"\xae": "đ"}
"""TCVN3 character (as Latin-1) -> Unicode letter."""
for _base, _codes in _TCVN3_CODES.items():
    for _tone, _code in enumerate(_codes):
        if _code:
            TCVN3[_code] = letter(_base, _tone)
TCVN3.update({code: letter for letter, code in _TCVN3_UPPER.items()})

_TO_TCVN3 = {letter: code for code, letter in TCVN3.items()}


def to_tcvn3(text: str) -> str:
    """Return ``text`` as TCVN3 bytes read as Latin-1 (capitals with tones as .VnTimeH writes them)."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        code = _TO_TCVN3.get(char)
        if code is None and char != char.lower():
            code = _TO_TCVN3.get(char.lower())
        out.append(code if code is not None else char)
    return "".join(out)


# --- VNI Windows: base letter + mark byte ------------------------------------------------

_VNI_TONE = ("", "ù", "ø", "û", "õ", "ï")
_VNI_CIRCUMFLEX = ("â", "á", "à", "å", "ã", "ä")
_VNI_BREVE = ("ê", "é", "è", "ú", "ü", "ë")
_VNI_I = ("i", "í", "ì", "æ", "ó", "ò")


def _vni_lower() -> dict[str, str]:
    table: dict[str, str] = {"ñ": "đ"}
    for tone in range(6):
        for base, prefix, marks in (
            ("a", "a", _VNI_TONE), ("â", "a", _VNI_CIRCUMFLEX), ("ă", "a", _VNI_BREVE),
            ("e", "e", _VNI_TONE), ("ê", "e", _VNI_CIRCUMFLEX),
            ("o", "o", _VNI_TONE), ("ô", "o", _VNI_CIRCUMFLEX), ("ơ", "ô", _VNI_TONE),
            ("u", "u", _VNI_TONE), ("ư", "ö", _VNI_TONE),
        ):
            table[prefix + marks[tone]] = letter(base, tone)
        table[_VNI_I[tone]] = letter("i", tone)
        table["î" if tone == 5 else "y" + _VNI_TONE[tone]] = letter("y", tone)
    return {code: letter for code, letter in table.items() if code != letter or len(code) == 1}


_VNI_LOWER = _vni_lower()
VNI: dict[str, str] = {
    **{code: letter for code, letter in _VNI_LOWER.items() if not code.isascii()},
    **{code.upper(): letter.upper() for code, letter in _VNI_LOWER.items() if not code.isascii()},
}
"""VNI Windows sequence (one or two characters, as Latin-1) -> Unicode letter."""
_TO_VNI = {letter: code for code, letter in VNI.items()}


def to_vni(text: str) -> str:
    """Return ``text`` as VNI Windows bytes read as Latin-1."""
    return "".join(_TO_VNI.get(char, char) for char in unicodedata.normalize("NFC", text))


def _decode_vni(word: str) -> str:
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if len(pair) == 2 and pair in VNI:
            out.append(VNI[pair])
            i += 2
        else:
            out.append(VNI.get(word[i], word[i]))
            i += 1
    return "".join(out)


# --- Vietnamese syllables ----------------------------------------------------------------

LETTERS = frozenset(
    letter(base, tone) for base in VOWELS for tone in range(6)
) | frozenset("đbcdghklmnpqrstvx")
"""The lower-case letters of Vietnamese (vowels with every tone)."""
_ALL_LETTERS = LETTERS | {c.upper() for c in LETTERS}

_ONSETS = (
    "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p q r s t v x"
    " bl br kl kr kp pl pr dr"  # names of the Central Highlands: Blơ, Krông, Kpă, Pleiku
).split()
_OPEN_ONLY = set(  # end in a glide or are complete without a final consonant
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu oai oao oay oeo uây uôi uya uyu "
    "iêu yêu ươi ươu y".split()
)
_NEED_FINAL = set("iê yê uô ươ oă uâ uyê oo".split())  # ă and â may end names (Kpă), so not here
_NUCLEI = _OPEN_ONLY | _NEED_FINAL | set("a ă â e ê i o ô ơ u ư y oa oe uê uy uơ".split())
_FINALS = ("ng", "nh", "ch", "c", "k", "m", "n", "p", "t", "")
_STOPS = ("c", "ch", "k", "p", "t")  # -k: Đắk Lắk, Búk
_PALATAL_NUCLEI = ("a", "ê", "i", "oa", "uê", "uy")  # the only ones before -ch / -nh


def is_syllable(word: str) -> bool:
    """True when ``word`` is one well-formed Vietnamese syllable (case-insensitive).

    Checks the letters, at most one tone mark, onset + vowel nucleus + final from
    the inventories of Vietnamese, that -c/-ch/-p/-t syllables carry sắc or nặng,
    and that the tone mark sits on a vowel that can carry it ("lẽo", not "leõ").
    """
    bare, tones, where = [], [], -1
    for char in word.lower():
        parts = unicodedata.normalize("NFD", char)
        marks = [c for c in parts if c in TONES[1:]]
        if marks:
            tones += marks
            where = len(bare)
        bare.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES[1:])))
    text = "".join(bare)
    if len(tones) > 1 or len(text) != len(bare) or not text or any(c not in LETTERS for c in text):
        return False
    return any(
        _rhyme_ok(text[len(onset):], tones, where - len(onset))
        for onset in (*_ONSETS, "")
        if text.startswith(onset) and (where < 0 or where >= len(onset))
    )


def _rhyme_ok(rhyme: str, tones: list[str], where: int) -> bool:
    for final in _FINALS:
        if not rhyme.endswith(final):
            continue
        nucleus = rhyme[: len(rhyme) - len(final)] if final else rhyme
        if nucleus not in _NUCLEI:
            continue
        if final and nucleus in _OPEN_ONLY:
            continue
        if not final and nucleus in _NEED_FINAL:
            continue
        if final in ("ch", "nh") and nucleus not in _PALATAL_NUCLEI:
            continue
        if nucleus == "oo" and (final, tones) not in (("ng", []), ("c", ["\u0301"])):  # xoong, moóc
            continue
        if final in _STOPS and tones not in (["\u0301"], ["\u0323"]):
            continue
        if tones and where not in _tone_places(nucleus, final):
            continue
        return True
    return False


_MARKED = "ăâêôơư"


def _tone_places(nucleus: str, final: str) -> set[int]:
    """Where the tone mark may sit in ``nucleus`` (both the old "hoà, thuỷ" and the new
    "hòa, thủy" placements are accepted)."""
    marked = [i for i, c in enumerate(nucleus) if c in _MARKED]
    if marked:
        return {marked[-1]}
    if len(nucleus) == 1 or final:
        return {len(nucleus) - 1}
    if nucleus in ("oa", "oe", "uy"):
        return {0, 1}
    if len(nucleus) == 3:
        return {1}
    return {0}


def _regular_case(word: str) -> bool:
    """lower, UPPER or Title case (a capital after a small letter is not typed by hand)."""
    letters = [c for c in word if c.isalpha()]
    rest = "".join(letters[1:])
    return rest == rest.lower() or rest == rest.upper()


# --- detection ---------------------------------------------------------------------------

NEUTRAL, VIETNAMESE, FOREIGN = "neutral", "vietnamese", "foreign"


_CONSONANTS = frozenset("bcdđfghjklmnpqrstvwxzBCDĐFGHJKLMNPQRSTVWXZ")


def classify(token: str) -> str:
    """How a word reads as Unicode: neutral (ASCII only, or no vowel: an abbreviation such
    as NĐ, HĐND), Vietnamese (one valid syllable), or neither (foreign).
    """
    if token.isascii() or all(c in _CONSONANTS for c in token):
        return NEUTRAL
    if _regular_case(token) and is_syllable(token):
        return VIETNAMESE
    return FOREIGN


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


@dataclass(frozen=True)
class Encoding:
    """One legacy encoding: its name for messages and how to decode a word."""

    name: str
    label: str  # for messages: "TCVN3 (.VnTime)"
    chars: frozenset[str]  # every non-ASCII character of its table
    strong: frozenset[str]  # those that are not Vietnamese Unicode letters

    def decode(self, word: str, capitals: bool) -> str:
        if self.name == "TCVN3":
            out = "".join(TCVN3.get(c, c) for c in word)
            ascii_letters = [c for c in word if c.isascii() and c.isalpha()]
            upper = capitals or (len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters))
            return out.upper() if upper and any(c in TCVN3 for c in word) else out
        return _decode_vni(word)


def _encoding(name: str, label: str, keys) -> Encoding:
    chars = frozenset(c for key in keys for c in key if not c.isascii())
    return Encoding(name, label, chars, frozenset(c for c in chars if c not in _ALL_LETTERS))


ENCODINGS = (
    _encoding("TCVN3", "TCVN3 (.VnTime)", TCVN3),
    _encoding("VNI", "VNI (VNI-Times)", VNI),
)
_WORD_CHARS = frozenset().union(*(e.chars for e in ENCODINGS))


@dataclass(frozen=True)
class Verdict:
    """What :func:`detect` found: ``encoding`` is None for ordinary text.

    ``ambiguous`` means the field looks like legacy text that cannot be converted
    safely; ``text`` is then unchanged.
    """

    text: str
    encoding: Encoding | None = None
    ambiguous: bool = False


def _tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the words of ``text``: runs of letters, marks and legacy-table characters."""
    spans, start = [], None
    for i, char in enumerate(text):
        if char in _WORD_CHARS or _is_letter(char):
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def detect(text: str) -> Verdict:
    """Recognise TCVN3 or VNI text; return it converted to Unicode, or unchanged.

    See the module docstring for the rules. ``text`` should be NFC already.
    """
    if text.isascii():
        return Verdict(text)
    spans = _tokens(text)
    words = [text[a:b] for a, b in spans]
    before = [classify(w) for w in words]
    if FOREIGN not in before:
        return Verdict(text)
    capitals = any(c.isascii() and c.isupper() for c in text) and not any(
        c.isascii() and c.islower() for c in text
    )
    fitting, suspicious = [], False
    for encoding in ENCODINGS:
        converted = [encoding.decode(w, capitals) for w in words]
        after = [classify(w) for w in converted]
        fixed = [
            i for i, (old, new) in enumerate(zip(before, after))
            if old == FOREIGN and new == VIETNAMESE and converted[i] != words[i]
        ]
        if not _enough({converted[i] for i in fixed}):
            continue
        consistent = all(
            c in encoding.chars or c.isascii() or not _is_letter(c) for c in text
        )
        if consistent and FOREIGN not in after:
            fitting.append((encoding, _replace(text, spans, converted)))
        elif any(any(c in encoding.strong for c in words[i]) for i in fixed):
            suspicious = True
    if len(fitting) == 1 or (len(fitting) == 2 and fitting[0][1] == fitting[1][1]):
        encoding, converted_text = fitting[0]
        return Verdict(converted_text, encoding)
    if fitting or suspicious:
        return Verdict(text, ambiguous=True)
    return Verdict(text)


def _enough(fixed: set[str]) -> bool:
    """Evidence worth acting on: two different words of two letters or more fixed, or one
    of three letters or more. Short words ("µm" in "5 µm", "Ø" for a diameter) are not enough.
    """
    lengths = [sum(_is_letter(c) for c in word) for word in fixed]
    return sum(n >= 2 for n in lengths) >= 2 or any(n >= 3 for n in lengths)


def _replace(text: str, spans: list[tuple[int, int]], words: list[str]) -> str:
    out, last = [], 0
    for (start, end), word in zip(spans, words):
        out += [text[last:start], word]
        last = end
    out.append(text[last:])
    return "".join(out)


def excerpt(text: str, limit: int = 40) -> str:
    """The start of ``text`` on one line, for a message."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
