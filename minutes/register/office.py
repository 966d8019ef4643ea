"""The office's register, follow-up and search as plain functions: the library behind
``minutes register``, ``minutes tasks``, ``minutes search`` and the form's pages.

``db`` is a database URL (``--db``); None means ``MINUTES_DB``, else the SQLite file in
the outlines' folder. Errors are :class:`~minutes.errors.MinutesError` subclasses.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from pathlib import Path

from minutes.errors import Problem
from minutes.glossary import MAIN_KIND
from minutes.register.db import Register, RegisterError, exists, open_register, url_for  # noqa: F401

_OPEN: dict[str, Register] = {}


def register_for(folder: str | Path, db: str | None = None) -> Register:
    """The register of ``folder`` (or at ``db``), opened once per process (a connection pool)."""
    url = url_for(folder, db)
    if url not in _OPEN:
        _OPEN[url] = open_register(folder, url)
    return _OPEN[url]


def who() -> str:
    """Who is taking or voiding a number: the login name of this process's user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def take_number(outline: str, document: str | None = None, db: str | None = None, by: str | None = None):
    """Give ``document`` (default: the outline's own, the biên bản) of the outline file
    ``outline`` the next number of its register, write it into the outline; return it
    (:class:`minutes.register.numbers.Taken`). Taking it again returns the same number."""
    from minutes.errors import display_name
    from minutes.outline.load import load_source, read_file
    from minutes.register import numbers, writeback

    path = Path(outline).resolve()
    data = read_file(path, display_name(str(path)))  # read once: loaded, then written back if unchanged
    loaded = load_source(str(path), data=data)  # parsed once: the number goes into the tree it checked
    doc = document or MAIN_KIND
    register = register_for(path.parent, db)
    return numbers.take(register, loaded.outline, str(path), doc, by or who(),
                        write=lambda n: writeback.write_number(path, doc, n, data, loaded.tree))


def void_number(folder: str | Path, year: int, number: int, reason: str, db: str | None = None,
                by: str | None = None, body: str | None = None, book: str = "") -> dict:
    """Mark ``number`` of ``year`` in ``book`` ("" the main one) void, with who, when and why;
    return the record."""
    from minutes.register import numbers

    return numbers.void(register_for(folder, db), body, year, number, by or who(), reason, book)


def register_rows(folder: str | Path, year: int | None = None, db: str | None = None,
                  book: str | None = None) -> list[dict]:
    """Every number of the register (voided ones too), in order; only ``book``'s when given."""
    from minutes.register import numbers

    return numbers.rows(register_for(folder, db), year, book=book)


def by_book(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """``rows`` grouped by register, each named by :func:`register_titles` (the main book
    first), each group in its order."""
    return titled(by_register(rows))


def titled(groups: list[tuple[tuple[str, str, int], list[dict]]]) -> list[tuple[str, list[dict]]]:
    """The groups of :func:`by_register`, each named by :func:`register_titles`."""
    return list(zip(register_titles([key for key, _ in groups]), (found for _, found in groups)))


def by_register(rows: list[dict]) -> list[tuple[tuple[str, str, int], list[dict]]]:
    """``rows`` grouped by register: (body, book, year), each a sổ of its own (its numbers run
    from 01 each year), the main book ("") first; each group in its order."""
    groups: dict[tuple[str, str, int], list[dict]] = {}
    for row in sorted(rows, key=lambda r: (r["body"], r["book"], r["year"])):
        groups.setdefault((row["body"], row["book"], row["year"]), []).append(row)
    return list(groups.items())


def register_titles(keys: list[tuple[str, str, int]]) -> list[str]:
    """How each register of ``keys`` is named: its book ("Sổ đăng ký văn bản đi" for the main
    one), then its body and its year where the registers listed differ in them."""
    from minutes.register import sheet

    bodies, years = {body for body, _, _ in keys}, {year for _, _, year in keys}
    return [" — ".join([sheet.book_title(book), *([body] if len(bodies) > 1 else []),
                        *([f"năm {year}"] if len(years) > 1 else [])]) for body, book, year in keys]


def register_output(rows: list[dict], fmt: str, year: int | None, width: int | None = None) -> bytes:
    """The register as ``table`` (fitted to ``width`` columns when given), ``csv`` (UTF-8 with
    BOM, for Excel) or ``docx``; each register (body, book, year) apart."""
    from minutes.register import sheet

    groups = by_register(rows)
    if fmt == "docx":
        return sheet.register_docx([(key, found, _parent_of(found)) for key, found in groups], year)
    named = titled(groups)
    header, cells = list(sheet.REGISTER_COLUMNS), [sheet.register_cells(r) for r in rows]
    if fmt == "csv":
        if len(named) > 1:  # several registers: each row says which
            header, cells = [*header, "Sổ"], [[*sheet.register_cells(r), title] for title, found in named
                                              for r in found]
        return ("\ufeff" + sheet.as_csv(header, cells)).encode("utf-8")
    if len(named) > 1 or (groups and groups[0][0][1]):
        parts = [f"{title.upper()}\n{sheet.register_table(found, width)}" for title, found in named]
        return "\n".join(parts).encode("utf-8")
    return sheet.register_table(rows, width).encode("utf-8")


def _parent_of(rows: list[dict]) -> str:
    """The cơ quan chủ quản of the register's body, read from its latest outline (or dots)."""
    from minutes.errors import MinutesError
    from minutes.outline.load import load_outline

    for row in reversed(rows):
        try:
            return load_outline(row["outline"]).organization.parent  # none: no line (a commune)
        except (MinutesError, OSError):
            continue
    return "…"


def follow_up(folders: list[str | Path], owner: str = "", overdue: bool = False, db: str | None = None,
              today: dt.date | None = None, body: str = ""):
    """Every task the meetings of ``folders`` assigned, with its review status, overdue first;
    only ``body``'s (its code or name, :func:`~minutes.register.numbers.names_body`) when given."""
    from minutes.register import queries
    from minutes.register.numbers import names_body

    paths = [Path(f) for f in folders] or [Path(".")]
    found = queries.follow_up(register_for(paths[0], db), paths, owner, overdue, today)
    return [t for t in found if names_body(t.body, body)] if body.strip() else found


def tasks_output(found, fmt: str, today: dt.date | None = None, width: int | None = None,
                 overdue: bool = False, owner: str = "") -> bytes:
    """The task list as ``table`` (fitted to ``width`` columns when given), ``csv`` or ``docx``
    (a báo cáo tình hình thực hiện, which says when ``found`` was filtered by ``overdue`` or
    ``owner``)."""
    from minutes.register import sheet

    if fmt == "docx":
        from minutes.register import report

        return report.tasks_docx(found, today or dt.date.today(), overdue, bool(owner.strip()))
    if fmt == "csv":
        return ("\ufeff" + sheet.as_csv(sheet.TASK_COLUMNS, [sheet.task_cells(t) for t in found])).encode("utf-8")
    return sheet.tasks_table(found, width).encode("utf-8")


def search(words: str, folders: list[str | Path], db: str | None = None):
    """The meetings of ``folders`` holding ``words`` (with or without diacritics), best first."""
    from minutes.register import queries

    paths = [Path(f) for f in folders] or [Path(".")]
    return queries.search(register_for(paths[0], db), words, paths)


def folder_entries(folder: str | Path, db: str | None = None) -> list[dict]:
    """The outlines of ``folder`` from the index: name, title, date, style, problems."""
    from minutes.register import queries

    return queries.entries(register_for(folder, db), Path(folder))


def duplicate_problems(name: str, outline, db: str | None = None) -> list[Problem]:
    """The numbers typed in ``outline`` that another document of its register and year already
    has; nothing when the folder has no register (and no ``db``/``MINUTES_DB`` is given)."""
    from minutes.register import index, queries

    if name == "-":
        return []
    path = Path(name).resolve()
    if not exists(url_for(path.parent, db)):
        return []
    register = register_for(path.parent, db)
    index.refresh(register, [path.parent])
    found = []
    for document, number, others in queries.duplicates(register, outline, str(path)):
        key = "number" if document == "bien-ban" else f"numbers.{document}"
        found.append(Problem(name, 0, 0, key, f"số {number:02d} đã dùng cho {', '.join(others)} "
                             "trong cùng sổ và năm; hãy để trống rồi cấp số bằng: minutes register take "
                             f"{os.path.basename(name)}" + ("" if document == "bien-ban" else f" -t {document}")))
    return found


def session_add(folder: str | Path, sid: str, db: str | None = None, idle: float | None = None) -> None:
    """Record that web session ``sid`` has logged in (shared by every worker process); with
    ``idle``, forget every session unused longer (abandoned ones would otherwise stay)."""
    import sqlalchemy as sa

    from minutes.register.schema import sessions

    now = dt.datetime.now(dt.UTC)
    with register_for(folder, db).begin() as conn:
        conn.execute(sa.delete(sessions).where(sessions.c.sid == sid))
        if idle is not None:
            conn.execute(sa.delete(sessions).where(sessions.c.seen < now - dt.timedelta(seconds=idle)))
        conn.execute(sa.insert(sessions).values(sid=sid, seen=now))


def session_active(folder: str | Path, sid: str, idle: float, db: str | None = None) -> bool:
    """Whether web session ``sid`` has logged in and was used within ``idle`` seconds; marks it
    used now (a session idle longer is forgotten)."""
    import sqlalchemy as sa

    from minutes.register.schema import sessions

    now = dt.datetime.now(dt.UTC)
    with register_for(folder, db).begin() as conn:
        seen = conn.execute(sa.select(sessions.c.seen).where(sessions.c.sid == sid)).scalar()
        if seen is not None and seen.tzinfo is None:  # SQLite gives back naive UTC
            seen = seen.replace(tzinfo=dt.UTC)
        if seen is None or (now - seen).total_seconds() > idle:
            conn.execute(sa.delete(sessions).where(sessions.c.sid == sid))
            return False
        conn.execute(sa.update(sessions).where(sessions.c.sid == sid).values(seen=now))
        return True


def session_end(folder: str | Path, sid: str, db: str | None = None) -> None:
    """Forget web session ``sid`` (logout)."""
    import sqlalchemy as sa

    from minutes.register.schema import sessions

    with register_for(folder, db).begin() as conn:
        conn.execute(sa.delete(sessions).where(sessions.c.sid == sid))
