"""Vietnamese letters and syllables: the tone marks, and whether a word is one syllable.

:func:`letter` builds a letter from its base and tone; :data:`LETTERS` is the lower-case
alphabet with every tone; :func:`is_syllable` checks a word against the inventories of
onsets, nuclei and finals, the tones that stop-final syllables allow and where the tone
mark may sit. :mod:`minutes.vietnamese.legacy` uses them to tell TCVN3/VNI text from Vietnamese
and from foreign words; import them from there or from here.
"""

from __future__ import annotations

import unicodedata

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
"""Tone marks in the order of the tables: none, sắc, huyền, hỏi, ngã, nặng."""

VOWELS = "aăâeêioôơuưy"


def letter(base: str, tone: int) -> str:
    """The letter ``base`` (a, ă, …, y) with tone number ``tone`` (0-5, see :data:`TONES`)."""
    return unicodedata.normalize("NFC", base + TONES[tone])


LETTERS = frozenset(
    letter(base, tone) for base in VOWELS for tone in range(6)
) | frozenset("đbcdghklmnpqrstvx")
"""The lower-case letters of Vietnamese (vowels with every tone)."""

_ONSETS = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
    "bl", "br", "kl", "kr", "kp", "pl", "pr", "dr",  # names of the Central Highlands: Blơ, Krông, Kpă, Pleiku
]
_OPEN_ONLY = {  # end in a glide or are complete without a final consonant
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
    "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "iêu", "yêu", "ươi", "ươu", "y",
}
_NEED_FINAL = {"iê", "yê", "uô", "ươ", "oă", "uâ", "uyê", "oo"}  # ă and â may end names (Kpă), so not here
_NUCLEI = _OPEN_ONLY | _NEED_FINAL | {
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "uơ",
}
_FINALS = ("ng", "nh", "ch", "c", "k", "m", "n", "p", "t", "")
_STOPS = ("c", "ch", "k", "p", "t")  # -k: Đắk Lắk, Búk
_PALATAL_NUCLEI = ("a", "ê", "i", "oa", "uê", "uy")  # the only ones before -ch / -nh


def is_syllable(word: str) -> bool:
    """True when ``word`` is one well-formed Vietnamese syllable (case-insensitive).

    Checks the letters, at most one tone mark, onset + vowel nucleus + final from
    the inventories of Vietnamese, that -c/-ch/-p/-t syllables carry sắc or nặng,
    and that the tone mark sits on a vowel that can carry it ("lẽo", not "leõ").
    """
    bare: list[str] = []
    tones: list[str] = []
    where = -1
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
