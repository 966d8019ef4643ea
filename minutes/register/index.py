"""The index of a folder's outlines: title, date, problems, numbers, tasks, reviews, text.

It is rebuilt from the files whenever they change: a file whose modification time or
size differs from what the index holds is read again (and parsed again only when its
SHA-256 differs); a file gone is dropped. Nothing here is ever edited by hand, so
there is never a second copy to keep in step; an index lost is rebuilt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from pathlib import Path

import sqlalchemy as sa

from minutes.errors import MinutesError
from minutes.register import books
from minutes.register.db import Register
from minutes.register.fts import fold
from minutes.register.schema import outline_numbers, outlines, reviews, search_text, tasks

SUFFIXES = (".yaml", ".yml")
CHILDREN = (outline_numbers, tasks, reviews, search_text)
WRITING = 0x6D696E76
"""The PostgreSQL advisory lock held by the one process writing the index at a time."""


@dataclasses.dataclass
class Facts:
    """What the index keeps of one outline file."""

    path: str
    folder: str
    name: str
    mtime_ns: int
    size: int
    sha256: str
    title: str = ""
    date: dt.date | None = None
    date_text: str = ""
    style: str = "state"
    body: str = ""
    problems: int = 0
    profile: bool = False  # a shared profile (offered to new outlines, never rolled over)
    numbers: list[dict] = dataclasses.field(default_factory=list)
    tasks: list[dict] = dataclasses.field(default_factory=list)
    reviews: list[dict] = dataclasses.field(default_factory=list)
    text: str = ""

    def row(self) -> dict:
        """The row of ``outlines``."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if f.name not in ("numbers", "tasks", "reviews", "text")}


def key(text: str) -> str:
    """How a task and the review of it are matched: folded, single-spaced, without end punctuation."""
    return " ".join(fold(text).split()).rstrip(".;:!")


def files_of(folder: Path) -> dict[str, os.stat_result]:
    """The outline files directly in ``folder`` by absolute path (links leading out are skipped)."""
    found = {}
    real = folder.resolve()
    with os.scandir(real) as entries:
        for entry in entries:
            if entry.name.startswith(".") or not entry.name.lower().endswith(SUFFIXES):
                continue
            try:
                if entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(real):
                    continue
                if entry.is_file():
                    found[os.path.join(real, entry.name)] = entry.stat()
            except OSError:
                continue
    return found


def refresh(register: Register, folders: list[Path]) -> int:
    """Bring the index of ``folders`` up to date with the files; return how many were (re)read."""
    seen: dict[str, os.stat_result] = {}
    for folder in folders:
        seen |= files_of(folder)
    names = [str(f.resolve()) for f in folders]
    c = outlines.c
    with register.engine.connect() as conn:
        known = {r.path: r for r in conn.execute(sa.select(c.path, c.mtime_ns, c.size, c.sha256)
                                                 .where(c.folder.in_(names)))}
    stale = [(p, st.st_mtime_ns, st.st_size, known[p].sha256 if p in known else "") for p, st in seen.items()
             if p not in known or (known[p].mtime_ns, known[p].size) != (st.st_mtime_ns, st.st_size)]
    gone = [p for p in known if p not in seen]
    if not stale and not gone:
        return 0
    facts, touched = [], []
    for outcome in _examined(stale):
        if isinstance(outcome, Facts):
            facts.append(outcome)
        elif outcome[0] == "gone":
            gone.append(outcome[1])
        else:
            touched.append({"p": outcome[1], "m": outcome[2], "s": outcome[3]})
    _store(register, facts, touched, gone)
    return len(facts)


PARALLEL_FROM = 64
"""Re-reading at least this many outlines is shared among worker processes (:mod:`minutes.batch`)."""


def _examined(stale: list[tuple]) -> list:
    """:func:`examine` on each of ``stale``, in worker processes when there are many."""
    if len(stale) < PARALLEL_FROM:
        return [examine(item) for item in stale]
    from contextlib import closing

    from minutes import batch

    with closing(batch.ordered_map(examine, stale)) as outcomes:
        return list(outcomes)


def examine(item: tuple[str, int, int, str]):
    """Read one changed file: its :class:`Facts`, ("same", path, mtime, size) when its bytes
    are those indexed, or ("gone", path) when it cannot be read."""
    path, mtime_ns, size, known = item
    data = _read(path)
    if data is None:
        return ("gone", path)
    digest = hashlib.sha256(data).hexdigest()
    if digest == known:
        return ("same", path, mtime_ns, size)
    return read_facts(path, data, mtime_ns, size, digest)


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _store(register: Register, facts: list[Facts], touched: list[dict], gone: list[str]) -> None:
    """Write what changed in one transaction, one process at a time: two processes indexing the
    same new file at once (two workers of ``minutes serve`` showing the folder) would otherwise
    both insert it. SQLite's write lock serialises them already; on PostgreSQL an advisory lock
    held to the end of the transaction does, and the later one's deletes see what the earlier wrote."""
    replaced = gone + [f.path for f in facts]
    with register.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(WRITING)))
        for start in range(0, len(replaced), 500):
            chunk = replaced[start:start + 500]
            for table in (outlines, *CHILDREN):
                conn.execute(sa.delete(table).where(table.c.path.in_(chunk)))
        if touched:
            conn.execute(sa.update(outlines).where(outlines.c.path == sa.bindparam("p"))
                         .values(mtime_ns=sa.bindparam("m"), size=sa.bindparam("s")), touched)
        if not facts:
            return
        conn.execute(sa.insert(outlines), [f.row() for f in facts])
        for table, rows in ((outline_numbers, [r for f in facts for r in f.numbers]),
                            (tasks, [r for f in facts for r in f.tasks]),
                            (reviews, [r for f in facts for r in f.reviews]),
                            (search_text, [{"path": f.path, "folded": fold(f.text), "original": f.text}
                                           for f in facts])):
            if rows:
                conn.execute(sa.insert(table), rows)


def read_facts(path: str, data: bytes, mtime_ns: int, size: int, digest: str) -> Facts:
    """Parse one outline (never raises): what the folder page, tasks, numbers and search need."""
    from minutes.outline.reader import decode
    from minutes.outline.source import check_text, outline_tree

    where = Path(path)
    facts = Facts(path, str(where.parent), where.name, mtime_ns, size, digest)
    try:
        text = decode(data, where.name)
    except MinutesError:
        facts.problems = 1
        return facts
    facts.text = text
    checked = check_text(text, where)
    facts.problems, facts.profile = len(checked.problems), checked.profile
    if checked.outline is not None:
        _from_outline(facts, checked.outline)
        return facts
    facts.problems = max(facts.problems, 1)
    try:  # what can be shown of an outline with problems: its title and date as typed
        tree = outline_tree(text, where.name)
        meeting = tree.get("meeting") if hasattr(tree, "get") else None
        if meeting is not None and hasattr(meeting, "get"):
            facts.title = str(meeting.get("title") or "")
            facts.date_text = str(meeting.get("date") or "")
        facts.style = str(tree.get("style") or "state") if hasattr(tree, "get") else "state"
    except MinutesError:
        pass
    return facts


def _from_outline(facts: Facts, outline) -> None:
    """Fill the facts a valid outline gives."""
    from minutes.vietnamese.format import format_date_short

    meeting, path = outline.meeting, facts.path
    facts.title, facts.date, facts.style = " ".join(meeting.title.split()), meeting.date, outline.style
    facts.date_text = format_date_short(meeting.date) if meeting.date else ""
    facts.body = books.body_of(outline)
    year = books.year_of(outline)
    facts.numbers = [{"path": path, "document": d, "body": facts.body, "book": books.book_of(outline, d),
                      "year": year, "number": n} for d, n in books.numbers_in(outline) if year is not None]
    facts.tasks = [{"path": path, "position": i, "text": " ".join(t.text.split()), "key": key(t.text),
                    "owner": t.owner, "owner_key": " ".join(fold(t.owner).split()), "due": t.due, "body": facts.body,
                    "meeting_date": meeting.date}
                   for i, t in enumerate(outline.tasks)]
    facts.reviews = [{"path": path, "key": key(r.text), "status": r.status, "body": facts.body,
                      "meeting_date": meeting.date} for r in outline.review]
