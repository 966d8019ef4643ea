"""Text hygiene: what :func:`scalar` does to every text value of an outline, in this order.

1. Control characters (other than tab and line breaks), lone surrogates, U+FFFE/U+FFFF
   (not allowed in a .docx) and U+FFFD "�" (text already damaged by a failed conversion;
   the letters are lost) are **errors** naming the field and the code points.
2. Unicode NFC: text typed or pasted decomposed (NFD) is composed.
3. Invisible characters are **removed with a warning** naming the field and the code
   points: zero-width U+200B, U+200C, U+200D, U+2060, U+FEFF and the bidi controls
   U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069. A zero-width joiner between
   two emoji (👨‍👩‍👧, 🏳️‍🌈) is part of the emoji and is kept.
4. Text typed in TCVN3 (.VnTime) or VNI is converted to Unicode with a warning, or
   refused when that is ambiguous: see :mod:`minutes.vietnamese.legacy`.
5. Leading and trailing white space is stripped.

Tabs and line breaks inside text are kept as typed (tests/test_outline.py
``test_tab_and_newline_are_kept``): a line break starts a new paragraph, and the
one-line places of the document (names, titles) already fold any white space,
tabs included, into one space.

Nothing else is dropped or changed: emoji, symbols, quotes, XML specials (& < > " ')
and text that looks like a template (``{{ 7*7 }}``) are kept as typed and printed
literally. Warnings are collected in :attr:`~minutes.outline.checker.Checker.warnings`, apart
from problems. Import these names from :mod:`minutes.outline.schema`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from minutes.i18n import _
from minutes.outline import reader as yamlio
from minutes.outline.checker import At, Checker
from minutes.vietnamese import legacy

_STR_TAG = "tag:yaml.org,2002:str"


def scalar(ch: Checker, at: At) -> Any:
    """The plain value at ``at``: text NFC-normalised and stripped, control characters reported."""
    value = at.value
    if type(value).__name__ == "TaggedScalar":  # ruamel's, for a tag it does not know (``!foo x``)
        if str(value.tag) != _STR_TAG:
            return ch.report(at, _("không dùng thẻ YAML '{tag}' trong đề cương; hãy xóa thẻ").format(tag=value.tag))
        value = value.value
    if not isinstance(value, str):
        return value
    found = yamlio.control_chars(value)
    if found:
        return ch.report(
            at, _("có ký tự điều khiển {found} (thường do dán từ Word hoặc PDF); hãy xóa ký tự đó").format(
                found=', '.join(found))
        )
    return clean(ch, at, str(value))


# Characters a .docx (XML 1.0) cannot hold, and the replacement character of a failed decoding.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_REPLACEMENT = "\ufffd"

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE = ZERO_WIDTH | BIDI_CONTROLS
"""Removed from text with a warning (see the module docstring)."""

_ZWJ = "\u200d"
_MODIFIERS = frozenset("\ufe0e\ufe0f" + "".join(map(chr, range(0x1F3FB, 0x1F400))))


def _emoji(char: str) -> bool:
    """A pictograph that a zero-width joiner may join (So or Sk, beyond Latin)."""
    return ord(char) >= 0x2000 and unicodedata.category(char) in ("So", "Sk")


def _joins_emoji(text: str, index: int) -> bool:
    """True when the joiner at ``index`` stands between two emoji (modifiers skipped).

    Looks back over the modifiers character by character: slicing the text before
    each joiner made 50,000 joiners take seconds.
    """
    after = text[index + 1 : index + 2]
    if not after or not _emoji(after):
        return False
    k = index - 1
    while k >= 0 and text[k] in _MODIFIERS:
        k -= 1
    return k >= 0 and _emoji(text[k])


def normalise(value: str) -> tuple[str, list[str]]:
    """Apply hygiene steps 2, 3 and 5 (no legacy conversion); return the text and the
    code points removed (``U+200B``…, each once).
    """
    value = unicodedata.normalize("NFC", value)
    removed: list[str] = []
    if not INVISIBLE.isdisjoint(value):
        kept = []
        for i, char in enumerate(value):
            if char in INVISIBLE and not (char == _ZWJ and _joins_emoji(value, i)):
                removed.append(f"U+{ord(char):04X}")
            else:
                kept.append(char)
        value = "".join(kept)
    return value.strip(), list(dict.fromkeys(removed))


def clean(ch: Checker, at: At, value: str) -> Any:
    """The text hygiene of the module docstring; returns the clean text or :data:`~minutes.outline.checker.INVALID`."""
    bad = sorted({f"U+{ord(c):04X}" for c in _NOT_XML.findall(value)})
    if bad:
        return ch.report(at, _("có ký tự không hợp lệ {bad} (không lưu được vào .docx); hãy xóa ký tự đó").format(
            bad=', '.join(bad)))
    if _REPLACEMENT in value:
        return ch.report(
            at,
            _("có ký tự hỏng '\ufffd' (U+FFFD) trong '{excerpt}': chữ đã bị mất khi chuyển bảng mã; hãy gõ lại "
              "phần chữ đó").format(excerpt=legacy.excerpt(value)),
        )
    value, removed = normalise(value)
    if removed:
        ch.warn(at, _("đã xóa ký tự vô hình {removed} (thường do dán từ web, Word hoặc PDF)").format(
            removed=', '.join(removed)))
    if _plain(value):
        return value
    verdict = legacy.detect(value)
    if verdict.ambiguous:
        return ch.report(
            at,
            _("'{excerpt}' có vẻ được gõ bằng bảng mã cũ (TCVN3/.VnTime hoặc VNI) nhưng không chuyển sang "
              "Unicode chắc chắn được; hãy chuyển mã (Unikey: Công cụ chuyển mã) rồi dán lại").format(
                excerpt=legacy.excerpt(value)),
        )
    if verdict.encoding is not None:
        ch.warn(
            at,
            _("đã chuyển chữ {label} sang Unicode: '{excerpt}' → '{excerpt2}'; hãy kiểm tra lại").format(
                label=verdict.encoding.label, excerpt=legacy.excerpt(value), excerpt2=legacy.excerpt(verdict.text)),
        )
        value = verdict.text.strip()
    return value


# --- a quick answer for ordinary text, the same as legacy.detect's ---

# Characters ordinary Vietnamese text is made of. Within them, a word is what
# legacy.detect takes for one (letters, marks and legacy-table characters), found by
# one regular expression instead of a loop; text with any other character goes to
# legacy.detect itself.
_COMMON = frozenset(
    "".join(chr(c) for c in range(0x20, 0x7F)) + "\t\n\r“”‘’–—…•°«»·×€§№"
    + "".join(legacy.LETTERS) + "".join(c.upper() for c in legacy.LETTERS)
)
_WORD = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(_COMMON)
                   if c in legacy.WORD_CHARS or unicodedata.category(c)[0] in "LM") + "]+"
)
_classify = functools.lru_cache(maxsize=4096)(legacy.classify)  # bounded: memory stays flat


def _plain(value: str) -> bool:
    """True when :func:`legacy.detect` would leave ``value`` as it is; False when detect must
    look (it may still leave it). Two quick answers, each exactly detect's own:

    * every encoding is ruled out: the text has a letter outside its table (ạ, ộ, ư…),
      so it cannot convert, and none of the table's non-Vietnamese characters (©, µ…),
      so it cannot be suspected either;
    * no word of the text reads as foreign (each word classified once per process).
    """
    if value.isascii():
        return True
    chars = set(value)
    if all(_ruled_out(encoding, chars) for encoding in legacy.ENCODINGS):
        return True
    if not _COMMON.issuperset(chars):
        return False
    return all(_classify(word) != legacy.FOREIGN for word in _WORD.findall(value))


def _ruled_out(encoding: legacy.Encoding, chars: set[str]) -> bool:
    """True when text made of ``chars`` can neither be converted from ``encoding`` nor suspected of it."""
    return encoding.strong.isdisjoint(chars) and any(
        not c.isascii() and c not in encoding.chars and unicodedata.category(c)[0] in "LM" for c in chars
    )
