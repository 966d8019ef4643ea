"""How a body is named in running text, from the capitals of the header.

The outline writes the issuing body in capitals ("SỞ NỘI VỤ", as the header
prints it). Running text (notices, reports, the news item) needs it as Phụ lục
II of NĐ 30 writes names. ``organization.in_text`` says it outright; without it
:func:`unit_name` makes a careful guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields, is_dataclass
from typing import Any

from minutes.model import Outline
from minutes.vietnamese.linebreak import ADMIN_UNIT_WORDS

ADMIN_UNITS = ADMIN_UNIT_WORDS
NOT_PLACES = ("ủy", "đoàn", "đội", "hội")  # "huyện ủy", "tỉnh đoàn", "xã hội": no place follows
PROPER = ("Mặt trận Tổ quốc", "Việt Nam", "Hồ Chí Minh", "Cộng sản")  # keep their capitals
ACRONYMS = ("UBND", "TAND")  # abbreviations with a vowel letter (those without one are kept anyway)


def one_line(text: str) -> str:
    """Return ``text`` with every run of white space made one space."""
    return " ".join(text.split())


def inline(text: str) -> str:
    """Return ``text`` on one line without the end punctuation a template adds itself."""
    return one_line(text).rstrip(" .;,")


def capitalize_first(text: str) -> str:
    """``text`` with its first letter in upper case, the rest untouched."""
    return text[:1].upper() + text[1:]


BODY_WORDS = (
    "Văn phòng", "Công ty", "Công đoàn", "Liên đoàn", "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn",
    "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Đảng ủy", "Đảng bộ", "Chi bộ", "Chi đoàn", "Ủy ban", "Hội",
    "Ban", "Sở", "Phòng", "Trung tâm", "Trường", "Bộ", "Đoàn", "Mặt trận", "Nhà nước", "Chính phủ",
    "Quốc hội", "Thường trực", "Nhân dân", "Khối", "Nghị quyết",
)
"""Words that start a proper name in running text even when the next word is lower case."""


def lower_first(text: str) -> str:
    """``text`` to follow a verb or a colon: first letter lower case unless a proper name begins it.

    Kept: a first word in capitals (UBND), one followed by a capitalised word (Ban
    Thường vụ), or a name of a body (:data:`BODY_WORDS`: "Văn phòng Sở", "Huyện đoàn").
    """
    words = text.split(maxsplit=2) + ["", ""]
    proper = (len(words[0]) > 1 and words[0].isupper()) or words[1][:1].isupper()
    body = any(text.startswith(f"{w} ") for w in BODY_WORDS)
    return text if proper or body else text[:1].lower() + text[1:]


def running_case(name: str) -> str:
    """An upper-case body name in running-text case, roughly as Phụ lục II NĐ 30 writes it.

    First letter capital, the rest lower case, except abbreviations (BCH, UBND), a place
    name after an administrative-unit word, and :data:`PROPER`. Words naming a body's
    function ("Sở Nội vụ") cannot be recognised and end up in lower case.
    """
    words, out, place, i = one_line(name).split() + [""], [], False, 0
    while i < len(words) - 1:
        pair = f"{words[i]} {words[i + 1]}".lower()
        size = 2 if pair in ADMIN_UNITS else int(words[i].lower() in ADMIN_UNITS)
        if size:
            place = words[i + size].lower() not in NOT_PLACES
            out += [w.lower() for w in words[i : i + size]]
        else:
            word, base = words[i], unicodedata.normalize("NFD", words[i].upper())
            keep = word in ACRONYMS or not any(letter in "AEIOUY" for letter in base)
            out.append(word if keep else word.capitalize() if place else word.lower())
        i += size or 1
    text = " ".join(out)
    for phrase in PROPER:
        text = re.sub(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", phrase, text)
    return capitalize_first(text)


MAX_GUESS_WORDS = 60
"""Names longer than this (no real one is) are not matched against the outline's texts."""
MAX_RUN = 16
"""The longest run of words looked up at once; a longer spelling is found run by run."""


def unit_name(outline: Outline) -> str:
    """The organization's name in running text: ``organization.in_text``, or a guess.

    The guess is spelt as the outline spells the name elsewhere.

    Starting from :func:`running_case`, each run of two or more words of the name that
    another text of the outline writes mid-sentence, not in capitals, takes that
    spelling, longest runs first ("… Công ty Cổ phần Dệt may Sao Mai"). The work is
    bounded: at most :data:`MAX_GUESS_WORDS` words, runs of at most :data:`MAX_RUN`,
    each looked up in one lower-cased copy of the texts, and a start whose first two
    words appear nowhere is skipped at once.
    """
    return _guess(outline)[0]


def unit_certain(outline: Outline) -> bool:
    """Whether :func:`unit_name` is certain: ``in_text`` is given, the outline itself spells
    every word of the name mid-sentence, or every word is one whose running-text case is
    fixed (:data:`STRUCTURE_WORDS`, an administrative unit and its place, an abbreviation)."""
    return _guess(outline)[1]


def unit_text(outline: Outline) -> str:
    """The issuing body as the documents write it in running text: :func:`unit_name` when
    it is certain, else the name exactly as typed (``check`` asks for ``organization.in_text``)."""
    name, certain = _guess(outline)
    return name if certain else one_line(outline.organization.name)


def unit_note(outline: Outline) -> str:
    """What ``check`` and ``render`` say when the running-text name cannot be derived ("" if it can)."""
    if unit_certain(outline):
        return ""
    return (f"không suy ra chắc chắn cách viết tên \"{one_line(outline.organization.name)}\" trong câu văn "
            f"(chữ hoa, chữ thường); thông báo, báo cáo, giấy mời, tin bài sẽ giữ nguyên chữ in hoa. "
            "Hãy khai báo organization.in_text: tên cơ quan như viết trong câu văn (ví dụ: Sở Nội vụ)")


def _guess(outline: Outline) -> tuple[str, bool]:
    global _LAST
    last = _LAST  # one read: another thread may set it meanwhile
    if last[0] is outline:
        return last[1]
    found = _unit_name(outline)
    _LAST = (outline, found)
    return found


STRUCTURE_WORDS = frozenset([
    "các", "cơ", "quan", "đoàn", "thể", "ban", "chấp", "hành", "thường", "vụ", "trực", "ủy", "uỷ", "nhân", "dân",
    "sở", "chi", "bộ", "khối", "hội", "liên", "hiệp", "phụ", "nữ", "nông", "cựu", "chiến", "binh", "thanh", "niên",
    "lao", "động", "đồng", "việt", "nam", "mặt", "trận", "tổ", "quốc", "hồ", "chí", "minh",
])
"""Words whose case in a body's running-text name is fixed by :func:`running_case` (a
word naming a function, "Nội vụ", "Giáo dục", or a company's name is not among them)."""


_LAST: tuple = (None, ("", False))
"""The last outline :func:`unit_name` was asked about and its answer: a document's context
asks for it more than once."""


def _unit_name(outline: Outline) -> tuple[str, bool]:
    if outline.organization.in_text:
        return one_line(outline.organization.in_text), True
    words = running_case(outline.organization.name).split()
    words = ["Ban", "Chấp", "hành"] + words[1:] if words[:1] == ["BCH"] else words  # spelt out in running text
    if len(words) > MAX_GUESS_WORDS:
        return capitalize_first(" ".join(words)), False
    fixed = _fixed_words(words)
    texts = [(t, t.lower()) for t in map(one_line, _strings(outline, ("organization", "source", "template", "style")))
             if len(t.lower()) == len(t)]
    everything = "\n".join(lower for _, lower in texts)
    i = 0
    while i < len(words):
        if " ".join(words[i : i + 2]).lower() not in everything:
            i += 1
            continue
        for j in range(min(len(words), i + MAX_RUN), i + 1, -1):
            phrase = " ".join(words[i:j]).lower()
            found = _spelling(phrase, texts) if phrase in everything else ""
            if found:
                words[i:j] = found.split()
                fixed[i:j] = [True] * (j - i)
                i = j
                break
        else:
            i += 1
    return capitalize_first(" ".join(words)), all(fixed)


def _fixed_words(words: list[str]) -> list[bool]:
    """For each word of a :func:`running_case` name, whether its case is certain."""
    out, place = [], False  # the first word is capitalised whatever it is
    for n, word in enumerate(words):
        if n == 0:
            out.append(True)
            place = word.lower() in ADMIN_UNITS
            continue
        low = word.lower()
        admin = low in ADMIN_UNITS or (n + 1 < len(words) and f"{low} {words[n + 1].lower()}" in ADMIN_UNITS) \
            or (n and f"{words[n - 1].lower()} {low}" in ADMIN_UNITS)
        vowel = any(c in "AEIOUY" for c in unicodedata.normalize("NFD", word.upper()))
        acronym = word.isupper() and len(word) > 1 and (word in ACRONYMS or not vowel)
        out.append(bool(admin or place or low in STRUCTURE_WORDS or acronym) and "&" not in word and len(word) > 1)
        place = (admin and not (n + 1 < len(words) and f"{low} {words[n + 1].lower()}" in ADMIN_UNITS)) or (
            place and word[:1].isupper())
        if admin and n + 1 < len(words) and words[n + 1].lower() in NOT_PLACES:
            place = False
    return out


def _spelling(phrase: str, texts: list[tuple[str, str]]) -> str:
    """How ``texts`` (each with its lower-case copy) spell ``phrase`` mid-sentence, not in
    capitals; "" if nowhere."""
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    for text, lower in texts:
        for match in pattern.finditer(lower):
            found = text[match.start() : match.end()]
            k = match.start() - 1
            while k >= 0 and text[k].isspace():
                k -= 1
            if k >= 0 and text[k] not in ".!?:;" and not found.isupper():
                return found
    return ""


def _strings(value: Any, skip: tuple[str, ...]) -> list[str]:
    """Every text inside an outline object, in field order (fields named in ``skip`` left out)."""
    if is_dataclass(value):
        value = tuple(getattr(value, f.name) for f in fields(value) if f.name not in skip)
    if isinstance(value, tuple):
        return [text for v in value for text in _strings(v, skip)]
    return [value] if isinstance(value, str) else []


DETERMINERS = ("Các ", "Những ", "Mọi ", "Toàn thể ", "Tất cả ")
"""Words that begin a group's name and are never a name themselves: the only words of hers
the tool lowers, after a verb it wrote ("Giao các chi bộ trực thuộc chủ trì …")."""

GROUP_WORDS = frozenset({"đại", "lãnh", "các", "những", "ban", "đoàn", "tổ", "hội", "phòng", "sở", "ủy", "uỷ",
                         "văn", "thường", "chi", "đảng", "công", "mặt", "trung", "thành", "toàn", "mọi"})
"""First words of a group or a body ("Đại diện …", "Lãnh đạo …", "Ban …"): never a person's
family name, so "đồng chí" is not put before them."""


def after_verb(text: str) -> str:
    """``text`` to follow a word the tool wrote: a leading :data:`DETERMINERS` word lowered, all else kept."""
    return text[:1].lower() + text[1:] if text.startswith(DETERMINERS) else text


def is_person(name: str) -> bool:
    """Whether ``name`` reads as one person's name ("Nguyễn Văn An"): two to six words, each
    with a capital and the rest lower case, no digit, not starting with a group's word."""
    words = one_line(name).split()
    return (1 < len(words) <= 6 and words[0].lower() not in GROUP_WORDS
            and all(w[:1].isupper() and (w[1:].islower() or not w[1:]) and w.isalpha() for w in words))


def honoured(name: str, text: str | None = None) -> str:
    """``text`` (default ``name``) after "đồng chí" when ``name`` is a person's; a group as typed."""
    text = name if text is None else text
    return f"đồng chí {text}" if is_person(name) else text
