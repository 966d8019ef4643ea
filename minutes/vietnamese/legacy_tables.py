"""The TCVN3 and VNI Windows tables: legacy bytes (read as Latin-1) to Unicode and back.

* **TCVN3 is the VN3 table** (bytes A1-FE): the lower-case letters with every
  tone and the upper-case Ă Â Ê Ô Ơ Ư Đ. VN3 has no upper-case letters with tone
  marks: capitals were set in the .VnTimeH fonts, which draw the lower-case codes
  as capitals (:mod:`minutes.vietnamese.legacy` upper-cases such words when it decodes them).
  The VN1 upper-case codes at 0x80-0x9F and 0x01-0x17 are not decoded: in Windows
  text those positions are the curly quotes, dashes and "…" that ordinary Unicode
  text is full of.
* **VNI Windows** writes a base letter followed by a separate mark byte
  (``aù`` = á, ``aâ`` = â, ``aá`` = ấ, ``aê`` = ă, ``ô`` = ơ, ``ö`` = ư, ``ñ`` = đ;
  i and ỵ are single bytes). :func:`decode_vni` takes the longest match at each position.

:func:`to_tcvn3` and :func:`to_vni` are the inverse tables (used by the tests to
produce the mojibake of any Unicode text). Import these names from :mod:`minutes.vietnamese.legacy`.
"""

from __future__ import annotations

import unicodedata

from minutes.vietnamese.syllable import letter

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


def decode_vni(word: str) -> str:
    """Decode one word of VNI Windows text, taking the longest sequence at each position."""
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
