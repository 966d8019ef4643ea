"""Text typed in the old Vietnamese encodings, recognised and converted to Unicode.

Documents typed before Unicode (fonts .VnTime/.VnArial, keyboard ABC: **TCVN3**;
fonts VNI-Times: **VNI Windows**) store one byte per glyph. Copied out of such a
document, the bytes arrive as the Windows-1252 (Latin-1) letters that share their
codes, so "Ủy ban nhân dân" turns up as ``Uû ban nh©n d©n`` (TCVN3) or
``UÛy ban nhaân daân`` (VNI). :func:`detect` recognises such a field and returns
it in Unicode; :mod:`minutes.outline.textclean` converts it and warns (naming the field and
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
* **The tables** (:mod:`minutes.vietnamese.legacy_tables`): TCVN3 is the VN3 table, one byte per
  letter, with capitals drawn by the .VnTimeH fonts from the lower-case codes: so a
  converted word whose ASCII letters are all capitals (two or more), or any word of a
  field with no lower-case ASCII letter at all, is upper-cased: ``CéNG HOµ`` →
  ``CỘNG HOÀ``. VNI Windows writes a base letter followed by a separate mark byte.
* **Syllables** are checked by :func:`minutes.vietnamese.syllable.is_syllable`.

:func:`to_tcvn3` and :func:`to_vni` are the inverse tables (used by the tests to
produce the mojibake of any Unicode text). The tables and the syllable check are
re-exported here.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from minutes.vietnamese.legacy_tables import TCVN3, VNI, decode_vni, to_tcvn3, to_vni  # noqa: F401 (re-exported)
from minutes.vietnamese.syllable import LETTERS, TONES, VOWELS, is_syllable, letter  # noqa: F401 (re-exported)

_ALL_LETTERS = LETTERS | {c.upper() for c in LETTERS}


def _regular_case(word: str) -> bool:
    """lower, UPPER or Title case (a capital after a small letter is not typed by hand)."""
    letters = [c for c in word if c.isalpha()]
    rest = "".join(letters[1:])
    return rest == rest.lower() or rest == rest.upper()


# --- detection ---------------------------------------------------------------------------

NEUTRAL, VIETNAMESE, FOREIGN = "neutral", "vietnamese", "foreign"


_CONSONANTS = frozenset("bcdđfghjklmnpqrstvwxzBCDĐFGHJKLMNPQRSTVWXZ")


@functools.lru_cache(maxsize=1 << 16)
def classify(token: str) -> str:
    """How a word reads as Unicode: neutral (ASCII only, or no vowel: an abbreviation such
    as NĐ, HĐND), Vietnamese (one valid syllable), or neither (foreign).

    Memoised: a long field repeats its words, and each is looked up once.
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
        return decode_vni(word)


def _encoding(name: str, label: str, keys) -> Encoding:
    chars = frozenset(c for key in keys for c in key if not c.isascii())
    return Encoding(name, label, chars, frozenset(c for c in chars if c not in _ALL_LETTERS))


ENCODINGS = (
    _encoding("TCVN3", "TCVN3 (.VnTime)", TCVN3),
    _encoding("VNI", "VNI (VNI-Times)", VNI),
)
#: Every non-ASCII character of the legacy encodings' tables: part of a word in text typed with them.
WORD_CHARS = frozenset().union(*(e.chars for e in ENCODINGS))


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
        if char in WORD_CHARS or _is_letter(char):
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
