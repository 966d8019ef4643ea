"""The register's tables, declared once for every engine (SQLAlchemy Core).

- ``counters``: the last number given in each register (issuing body, book) and year;
  the row taking a number is locked in the same transaction that records it.
- ``numbers``: every number given, with what the sổ đăng ký văn bản đi records
  (NĐ 30/2020 Phụ lục IV); a number given in error is voided (who, when, why), never
  deleted or given again.
- ``outlines``, ``outline_numbers``, ``tasks``, ``reviews``, ``search_text``: the index
  of the outlines, rebuilt from the files whenever they change (never edited by hand).
- ``sessions``: the web form's logged-in sessions, shared by every worker process.
- ``login_tries``: the web form's count of login attempts (:mod:`limits`' fixed windows),
  shared by every worker process.

``search_text`` is each engine's own full-text table: an FTS5 virtual table on SQLite,
a table with a generated ``tsvector`` column and a GIN index on PostgreSQL (made by the
first migration); both hold the outline's text folded (no diacritics, lower case).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Double,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()

counters = Table(
    "counters", metadata,
    Column("body", String(400), primary_key=True),
    Column("book", String(200), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

numbers = Table(
    "numbers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("body", String(400), nullable=False),
    Column("book", String(200), nullable=False),
    Column("year", Integer, nullable=False),
    Column("number", Integer, nullable=False),
    Column("document", String(100), nullable=False),
    Column("reference", String(200), nullable=False),
    Column("date", Date),
    Column("kind", String(200), nullable=False),
    Column("summary", Text, nullable=False),
    Column("signer", String(400), nullable=False),
    Column("recipients", Text, nullable=False),
    Column("outline", Text, nullable=False),
    Column("taken_at", DateTime(timezone=True), nullable=False),
    Column("taken_by", String(200), nullable=False),
    Column("void_at", DateTime(timezone=True)),
    Column("void_by", String(200)),
    Column("void_reason", Text),
    UniqueConstraint("body", "book", "year", "number", name="uq_numbers_number"),
)
Index("ix_numbers_outline", numbers.c.outline, numbers.c.document)

outlines = Table(
    "outlines", metadata,
    Column("path", Text, primary_key=True),
    Column("folder", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("mtime_ns", BigInteger, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("title", Text, nullable=False),
    Column("date", Date),
    Column("date_text", String(100), nullable=False),
    Column("style", String(20), nullable=False),
    Column("body", String(400), nullable=False),
    Column("problems", Integer, nullable=False),
    Column("profile", Boolean, nullable=False, server_default=false()),
)
Index("ix_outlines_folder", outlines.c.folder, outlines.c.name)

outline_numbers = Table(
    "outline_numbers", metadata,
    Column("path", Text, nullable=False),
    Column("document", String(100), nullable=False),
    Column("body", String(400), nullable=False),
    Column("book", String(200), nullable=False),
    Column("year", Integer, nullable=False),
    Column("number", Integer, nullable=False),
)
Index("ix_outline_numbers", outline_numbers.c.body, outline_numbers.c.book, outline_numbers.c.year,
      outline_numbers.c.number)
Index("ix_outline_numbers_path", outline_numbers.c.path)

tasks = Table(
    "tasks", metadata,
    Column("path", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("owner", Text, nullable=False),
    Column("owner_key", Text, nullable=False),
    Column("due", Date),
    Column("body", String(400), nullable=False),
    Column("meeting_date", Date),
)
Index("ix_tasks_path", tasks.c.path)

reviews = Table(
    "reviews", metadata,
    Column("path", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("body", String(400), nullable=False),
    Column("meeting_date", Date),
)
Index("ix_reviews_path", reviews.c.path)
Index("ix_reviews_key", reviews.c.body, reviews.c.meeting_date)

search_text = Table(
    "search_text", metadata,
    Column("path", Text, nullable=False),
    Column("folded", Text, nullable=False),
    Column("original", Text, nullable=False),
)
"""Declared here for queries only; the first migration makes it per engine."""

sessions = Table(
    "sessions", metadata,
    Column("sid", String(100), primary_key=True),
    Column("seen", DateTime(timezone=True), nullable=False),
)

login_tries = Table(
    "login_tries", metadata,
    Column("name", String(300), primary_key=True),
    Column("hits", Integer, nullable=False),
    Column("expires", Double, nullable=False),
)
"""One counter of :mod:`limits` per key: its hits in the window that ends at ``expires``
(seconds since the epoch)."""
