"""Taking, voiding and listing the numbers of a register (sổ đăng ký văn bản đi).

A number is taken in one transaction: the register's counter row for the year is
incremented by an upsert (``INSERT … ON CONFLICT DO UPDATE … RETURNING``, each
engine's own), which locks the row until commit, and the number is recorded in the
same transaction; on SQLite the transaction holds the write lock from its start
(``BEGIN IMMEDIATE``). Fifty processes at once get fifty different, consecutive
numbers. Numbers are never deleted or given again: one given in error is voided.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from minutes.glossary import MAIN_KIND
from minutes.i18n import _
from minutes.model import Outline
from minutes.register import books
from minutes.register.db import Register, RegisterError, upsert
from minutes.register.schema import counters, numbers


@dataclasses.dataclass(frozen=True)
class Taken:
    """A number given: the record as the sổ holds it, and whether it was given just now."""

    number: int
    reference: str
    year: int
    document: str
    fresh: bool
    by_hand: bool = False
    """The number was typed in the outline (given on paper before) and is now recorded."""
    following: int = 0
    """With ``by_hand``: the number the register gives next."""


def next_number(conn: Connection, body: str, book: str, year: int) -> int:
    """Increment and return the register's counter for ``year`` (1 the first time), in ``conn``'s transaction."""
    insert = upsert(conn)
    stmt = insert(counters).values(body=body, book=book, year=year, last=1)
    stmt = stmt.on_conflict_do_update(index_elements=["body", "book", "year"],
                                      set_={"last": counters.c.last + 1}).returning(counters.c.last)
    return conn.execute(stmt).scalar_one()


def recorded(conn: Connection, outline_path: str, document: str, body: str, book: str, year: int):
    """The live (not voided) record of ``document`` of the outline at ``outline_path``, or None."""
    c = numbers.c
    return conn.execute(sa.select(numbers).where(
        c.outline == outline_path, c.document == document, c.body == body, c.book == book, c.year == year,
        c.void_at.is_(None)).order_by(c.number.desc())).first()


def record_values(outline: Outline, document: str, number: int) -> dict:
    """What the sổ records of a document (NĐ 30 Phụ lục IV): số ký hiệu, date, tên loại and
    trích yếu, signer, Nơi nhận."""
    from minutes.documents.context import build_context

    numbered = (dataclasses.replace(outline, number=number) if document == MAIN_KIND else
                dataclasses.replace(outline, numbers=tuple((k, v) for k, v in outline.numbers if k != document)
                                    + ((document, number),)))
    context = build_context(numbered, document)
    reference = context["so_ky_hieu"].removeprefix("Số:").removeprefix("Số").strip()
    signer = context["chair"]["name"] if document == MAIN_KIND else context["signer"]["name"]
    return {
        "reference": reference,
        "date": outline.issued or outline.meeting.date,
        "kind": context["ten_loai"].capitalize(),
        "summary": " ".join(context["trich_yeu_inline"].split()),  # after the tên loại: "Giấy mời dự …"
        "signer": signer,
        "recipients": "\n".join(line.strip("-;. ").strip() for line in context["noi_nhan"]),
    }


def take(register: Register, outline: Outline, outline_path: str, document: str, by: str,
         write=None) -> Taken:
    """Give ``document`` of ``outline`` the next number of its register for its year.

    Taking it again returns the same number. ``write(number)``, when given, writes the
    number into the outline inside the transaction: if it fails, nothing is taken. A number
    already typed in the outline is recorded as it is (:func:`record_typed`).
    """
    if document not in books.NUMBERED:
        raise RegisterError(_("'{document}' không phải văn bản được cấp số; hãy chọn một trong: {kinds}").format(
            document=document, kinds=", ".join(books.NUMBERED)))
    body, book, year = books.body_of(outline), books.book_of(outline, document), books.dated_year(outline)
    typed = books.number_of(outline, document)
    with register.begin() as conn:
        row = recorded(conn, outline_path, document, body, book, year)
        if row is not None:
            if typed != row.number and write is not None:
                write(row.number)
            return Taken(row.number, row.reference, year, document, False)
        register_of = (body, book, year)
        if typed is not None:
            return record_typed(conn, register_of, outline, outline_path, document, by, typed)
        number = next_number(conn, body, book, year)
        values = record(conn, register_of, number, outline, outline_path, document, by)
        if write is not None:
            write(number)
    return Taken(number, values["reference"], year, document, True)


def record(conn: Connection, register_of: tuple[str, str, int], number: int, outline: Outline,
           outline_path: str, document: str, by: str) -> dict:
    """Write ``number`` of the register ``register_of`` (body, book, year) as ``document``'s
    of the outline, with what the sổ holds of it; return that (:func:`record_values`)."""
    body, book, year = register_of
    values = record_values(outline, document, number)
    conn.execute(sa.insert(numbers).values(
        body=body, book=book, year=year, number=number, document=document, outline=outline_path,
        taken_at=dt.datetime.now(dt.UTC), taken_by=by, **values))
    return values


def record_typed(conn: Connection, register_of: tuple[str, str, int], outline: Outline, outline_path: str,
                 document: str, by: str, typed: int) -> Taken:
    """Record the number ``typed`` in the outline (given on paper, before the register) as
    ``document``'s in the register ``register_of`` (body, book, year); the register's counter
    moves past it. A number the register already holds, live or voided, is refused: it is
    never given twice."""
    body, book, year = register_of
    c = numbers.c
    holder = conn.execute(sa.select(numbers).where(c.body == body, c.book == book, c.year == year,
                                                  c.number == typed)).first()
    if holder is not None:
        raise RegisterError(_held(outline_path, typed, holder))
    try:
        values = record(conn, register_of, typed, outline, outline_path, document, by)
    except sa.exc.IntegrityError:  # recorded by another secretary at this moment: the transaction is undone
        raise RegisterError(_held(outline_path, typed, None)) from None
    insert = upsert(conn)
    counter = insert(counters).values(body=body, book=book, year=year, last=typed).on_conflict_do_update(
        index_elements=["body", "book", "year"],
        set_={"last": sa.case((counters.c.last < typed, typed), else_=counters.c.last)}).returning(counters.c.last)
    last = conn.execute(counter).scalar_one()
    return Taken(typed, values["reference"], year, document, True, by_hand=True, following=last + 1)


def _held(outline_path: str, typed: int, holder) -> str:
    """Why the number ``typed`` in the outline at ``outline_path`` cannot be recorded."""
    name = Path(outline_path).name
    if holder is None:
        return _("{name}: số {typed:02d} gõ trong đề cương vừa được ghi vào sổ cho văn bản khác; hãy xóa số "
                 "đó trong đề cương rồi cấp số").format(name=name, typed=typed)
    if holder.void_at is not None:
        return _("{name}: số {typed:02d} gõ trong đề cương đã bị hủy trong sổ ({reason}) và không được dùng "
                 "lại; hãy xóa số đó trong đề cương rồi cấp số").format(name=name, typed=typed,
                                                                          reason=holder.void_reason)
    return _("{name}: số {typed:02d} gõ trong đề cương đã có trong sổ: {reference} của {outline}; hãy xóa "
             "số đó trong đề cương rồi cấp số").format(name=name, typed=typed, reference=holder.reference,
                                                          outline=Path(holder.outline).name)


def names_body(key: str, typed: str) -> bool:
    """Whether ``typed`` names the body whose register key is ``key`` ("NAME (CODE)"): the key,
    the name or the code, in any case."""
    typed = " ".join(unicodedata.normalize("NFC", typed).split()).casefold()
    name, code = books.name_and_code(key)
    return typed in {key.casefold(), name.casefold(), code.casefold()} - {""}


def _bodies(rows) -> str:
    """"01/BB-UBND của ỦY BAN NHÂN DÂN … (UBND); …" for the numbers ``rows``."""
    return "; ".join(_("{reference} của {body}").format(reference=r.reference, body=r.body) for r in rows)


def code_of(key: str) -> str:
    """The code of a register key "NAME (CODE)" (the key itself, quoted, when it has none)."""
    code = books.name_and_code(key)[1]
    return code if code and " " not in code else f'"{key}"'


def void(register: Register, body: str | None, year: int, number: int, by: str, reason: str, book: str = "") -> dict:
    """Mark number ``number`` of ``year`` void (who, when, why); it is never given again."""
    if not reason.strip():
        raise RegisterError(_('cần ghi lý do hủy số (--reason "…")'))
    c = numbers.c
    with register.begin() as conn:
        query = sa.select(numbers).where(c.year == year, c.number == number, c.book == book)
        every = conn.execute(query.order_by(c.body)).all()
        rows = [r for r in every if body is None or names_body(r.body, body)]
        if not rows and every:
            raise RegisterError(_("sổ không có số {number:02d} năm {year} của cơ quan {body}; số này có ở: {which}")
                                .format(number=number, year=year, body=body, which=_bodies(every)))
        if not rows:
            raise RegisterError(_("sổ không có số {number:02d} năm {year}").format(number=number, year=year))
        if len(rows) > 1:
            raise RegisterError(_("số {number:02d} năm {year} có ở nhiều cơ quan: {which}; hãy chỉ rõ cơ quan, "
                                  "ví dụ --body {code}").format(number=number, year=year, which=_bodies(rows),
                                                              code=code_of(rows[0].body)))
        row = rows[0]
        if row.void_at is not None:
            raise RegisterError(_("số {reference} đã bị hủy ngày {void_at:%d/%m/%Y} ({void_reason})").format(
                reference=row.reference, void_at=row.void_at, void_reason=row.void_reason))
        now = dt.datetime.now(dt.UTC)
        conn.execute(sa.update(numbers).where(c.id == row.id)
                     .values(void_at=now, void_by=by, void_reason=reason.strip()))
    return {**row._asdict(), "void_at": now, "void_by": by, "void_reason": reason.strip()}


def rows(register: Register, year: int | None = None, body: str | None = None,
         book: str | None = None) -> list[dict]:
    """Every number given (voided ones too), by register, book, year and number; only ``book``'s
    when it is given ("" the main one)."""
    c = numbers.c
    query = sa.select(numbers).order_by(c.body, c.book, c.year, c.number)
    if year is not None:
        query = query.where(c.year == year)
    if body:
        query = query.where(c.body == body)
    if book is not None:
        query = query.where(c.book == book)
    with register.engine.connect() as conn:
        return [r._asdict() for r in conn.execute(query)]


def taken_elsewhere(conn: Connection, body: str, book: str, year: int, number: int,
                    outline_path: str, document: str) -> list[str]:
    """The outlines (other than this one's ``document``) the register gave ``number`` to."""
    c = numbers.c
    found = conn.execute(sa.select(c.outline, c.document).where(
        c.body == body, c.book == book, c.year == year, c.number == number, c.void_at.is_(None))).all()
    return [f"{Path(o).name} ({d})" for o, d in found if (o, d) != (outline_path, document)]
