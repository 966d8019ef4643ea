"""Which register (sổ) a document's number belongs to, and the year it counts in.

Numbers run per issuing body, book and year. A book is a register's name within the body
(``""`` for the main one): the outline's ``registers`` (normally set in the office's shared
profile) names the book of each kind, e.g. ``bien-ban: Sổ biên bản``; a kind it does not
name goes to the main one. Without the key the body has one register for every kind.
"""

from __future__ import annotations

from minutes.errors import MinutesError
from minutes.glossary import KINDS, MAIN_KIND
from minutes.i18n import _
from minutes.model import Outline

NUMBERED = (MAIN_KIND, *(kind.name for kind in KINDS if kind.numbered))
"""The documents that take a number: the biên bản (``number``) and those under ``numbers``."""


class UndatedError(MinutesError):
    """Raised when a number is asked for an outline with no date yet: its year is not known."""


def body_of(outline: Outline) -> str:
    """The issuing body a register belongs to (its name, with the code to tell apart homonyms)."""
    org = outline.organization
    return f"{org.name} ({org.code})"


def name_and_code(body: str) -> tuple[str, str]:
    """The name and the code of a register's body as :func:`body_of` wrote it ("NAME (CODE)");
    the whole text and "" for a key without a code."""
    if body.endswith(")") and " (" in body:
        name, code = body.rsplit(" (", 1)
        return name, code[:-1]
    return body, ""


def book_of(outline: Outline, document: str) -> str:
    """The register (book) of ``document`` the outline's ``registers`` names, else the main one ("")."""
    return dict(outline.registers).get(document, "")


def year_of(outline: Outline) -> int | None:
    """The year a number counts in: the year of the document's date (issued, else the
    meeting's); None while neither is filled in."""
    date = outline.issued or outline.meeting.date
    return date.year if date else None


def dated_year(outline: Outline) -> int:
    """:func:`year_of`, or :class:`UndatedError` when the outline has no date yet."""
    year = year_of(outline)
    if year is None:
        raise UndatedError(_("đề cương chưa có ngày họp (meeting.date): số văn bản chạy theo năm, hãy điền ngày họp "
                             "rồi cấp số"))
    return year


def number_of(outline: Outline, document: str) -> int | None:
    """The number the outline already gives ``document`` (typed by hand or taken before)."""
    if document == MAIN_KIND:
        return outline.number
    return dict(outline.numbers).get(document)


def numbers_in(outline: Outline) -> list[tuple[str, int]]:
    """(document, number) for every number written in the outline."""
    found = [(MAIN_KIND, outline.number)] if outline.number is not None else []
    return found + list(outline.numbers)
