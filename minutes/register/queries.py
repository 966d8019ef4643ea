"""What is read from the index: the folder's outlines, the tasks to follow up, search,
numbers typed twice. Every function first brings the index up to date (:func:`index.refresh`)."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import os
import re
from pathlib import Path

import sqlalchemy as sa

from minutes.register import books, fts
from minutes.register.db import Register
from minutes.register.index import refresh
from minutes.register.schema import numbers, outline_numbers, outlines, reviews, search_text, tasks

DONE, GOING, UNREPORTED, PENDING = "done", "in progress", "not reported", "pending"
STATUS_LABELS = {DONE: "Đã hoàn thành", GOING: "Đang thực hiện", UNREPORTED: "Chưa báo cáo",
                 PENDING: "Chưa đến kỳ kiểm điểm"}
"""How each status is said in Vietnamese (the review's own words are shown beside it)."""


def folders_of(names: list[Path]) -> list[str]:
    return [str(Path(n).resolve()) for n in names]


def entries(register: Register, folder: Path) -> list[dict]:
    """The outlines of ``folder`` by file name: name, title, date as typed, style, problems."""
    refresh(register, [folder])
    c = outlines.c
    query = sa.select(c.name, c.title, c.date_text, c.style, c.problems, c.profile).where(
        c.folder == str(folder.resolve())).order_by(c.name)
    with register.engine.connect() as conn:
        return [r._asdict() for r in conn.execute(query)]


@dataclasses.dataclass(frozen=True)
class Task:
    """A task a meeting assigned, and what the next meeting's review said of it."""

    text: str
    owner: str
    due: dt.date | None
    meeting: str
    meeting_date: dt.date | None
    outline: str
    status: str
    status_text: str
    reviewed_in: str
    overdue: bool
    body: str = ""
    path: str = ""
    """The outline's file (``outline`` is its name)."""

    @property
    def status_label(self) -> str:
        """The status in Vietnamese."""
        return STATUS_LABELS[self.status]


@functools.lru_cache(maxsize=4096)
def classify(status_text: str) -> str:
    """The status a review's own words give: done, in progress, or not reported (empty)."""
    folded = " ".join(fts.fold(status_text).split())
    if not folded:
        return UNREPORTED
    if re.search(r"\b(chua|khong|dang|tiep tuc|chuyen sang)\b", folded):
        return GOING
    if re.search(r"\b(hoan thanh|da xong|xong|vuot|dat)\b", folded) or folded.startswith("da "):
        return DONE
    return GOING


def follow_up(register: Register, folders: list[Path], owner: str = "", overdue: bool = False,
              today: dt.date | None = None) -> list[Task]:
    """Every task every meeting in ``folders`` assigned, with its status; overdue ones first."""
    refresh(register, folders)
    today = today or dt.date.today()
    names = folders_of(folders)
    o, t, r = outlines.c, tasks.c, reviews.c
    with register.engine.connect() as conn:
        meetings = conn.execute(sa.select(o.path, o.body, o.date, o.title, o.name).where(
            o.folder.in_(names))).all()
        query = sa.select(t.text, t.key, t.owner, t.due, t.path, t.body, t.meeting_date).join(
            outlines, o.path == t.path).where(o.folder.in_(names))
        wanted = " ".join(fts.fold(owner).split())
        if wanted:
            query = query.where(t.owner_key.contains(wanted, autoescape=True))
        if overdue:
            query = query.where(t.due < today)  # then those done are left out below
        found = conn.execute(query).all()
        said = {(path, key): status for path, key, status in conn.execute(
            sa.select(r.path, r.key, r.status).join(outlines, o.path == r.path).where(o.folder.in_(names)))}
    held: dict[str, list] = {}
    for path, body, day, _title, name in meetings:  # a meeting not yet dated (next period's draft) comes last
        held.setdefault(body, []).append((day or dt.date.max, path, name))
    for seen in held.values():
        seen.sort()
    titles = {path: title for path, _body, _day, title, _name in meetings}
    result = []
    for text, key, who, due, path, body, meeting_date in found:
        seen = held.get(body, [])
        at = bisect.bisect_right(seen, (meeting_date, "\uffff")) if meeting_date else len(seen)
        status, words, where = PENDING, "", ""
        if at < len(seen):
            _day, next_path, where = seen[at]
            words = said.get((next_path, key), "")
            status = classify(words)
        late = bool(due and due < today and status != DONE)
        if overdue and not late:
            continue
        result.append(Task(text, who, due, titles.get(path, ""), meeting_date, os.path.basename(path), status, words,
                           where, late, body, path))
    far = dt.date.max
    result.sort(key=lambda x: (not x.overdue, x.due or far, x.meeting_date or far, x.outline, x.text))
    return result


@dataclasses.dataclass(frozen=True)
class Hit:
    """A meeting found by search: its file, date, title and the line that matched best."""

    outline: str
    date: dt.date | None
    date_text: str
    title: str
    line: str


def search(register: Register, text: str, folders: list[Path], limit: int = 50) -> list[Hit]:
    """The meetings of ``folders`` holding every word of ``text`` (diacritics optional), best first."""
    query_words = fts.words(text)
    if not query_words:
        return []
    refresh(register, folders)
    q = fts.query_text(text, register.dialect)
    o, s = outlines.c, search_text.c
    stmt = (sa.select(o.path, o.date, o.date_text, o.title, s.original).select_from(search_text)
            .join(outlines, o.path == s.path).where(fts.Matches(q), o.folder.in_(folders_of(folders)))
            .order_by(fts.Rank(q), o.date.desc()).limit(limit))
    with register.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [Hit(Path(r.path).name, r.date, r.date_text, r.title, best_line(r.original, query_words)) for r in rows]


def best_line(text: str, query_words: list[str]) -> str:
    """The line of ``text`` holding the most of ``query_words`` (YAML keys and dashes removed)."""
    best, score = "", 0
    for raw in text.splitlines():
        shown = raw.split(" #", 1)[0] if not raw.lstrip().startswith("#") else raw.lstrip("# ")
        line = re.sub(r"^\s*(-\s+)?([\w.]+:\s+)?(-\s+)?", "", shown).strip().strip("\"'")
        got = set(fts.WORD.findall(fts.fold(line)))
        points = sum(w in got for w in query_words) + (len(query_words) if " ".join(query_words) in
                                                        " ".join(fts.WORD.findall(fts.fold(line))) else 0)
        if points > score:
            best, score = line, points
    return best


def duplicates(register: Register, outline, outline_path: str) -> list[tuple[str, int, list[str]]]:
    """For each number typed in ``outline``: the other documents of its register and year that have it
    (in the register's records or in the other outlines of the index)."""
    body, year = books.body_of(outline), books.year_of(outline)
    found = []
    n, x = numbers.c, outline_numbers.c
    with register.engine.connect() as conn:
        for document, number in books.numbers_in(outline):
            book = books.book_of(outline, document)
            holders = conn.execute(sa.select(n.outline, n.document).where(
                n.body == body, n.book == book, n.year == year, n.number == number, n.void_at.is_(None))).all()
            if (outline_path, document) in {(p, d) for p, d in holders}:
                continue  # the register gave it this very number: the others are the ones in error
            others = {f"{Path(p).name} ({d})" for p, d in holders}
            others |= {f"{Path(p).name} ({d})" for p, d in conn.execute(sa.select(x.path, x.document).where(
                x.body == body, x.book == book, x.year == year, x.number == number))
                if (p, d) != (outline_path, document)}
            if others:
                found.append((document, number, sorted(others)))
    return found
