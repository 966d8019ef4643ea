"""The first schema: counters, numbers, the outlines' index, full-text search, web sessions.

Revision ID: r0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "r0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table; the full-text table in each engine's own way."""
    op.create_table(
        "counters",
        sa.Column("body", sa.String(400), primary_key=True),
        sa.Column("book", sa.String(200), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "numbers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("body", sa.String(400), nullable=False),
        sa.Column("book", sa.String(200), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("document", sa.String(100), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("kind", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("signer", sa.String(400), nullable=False),
        sa.Column("recipients", sa.Text, nullable=False),
        sa.Column("outline", sa.Text, nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_by", sa.String(200), nullable=False),
        sa.Column("void_at", sa.DateTime(timezone=True)),
        sa.Column("void_by", sa.String(200)),
        sa.Column("void_reason", sa.Text),
        sa.UniqueConstraint("body", "book", "year", "number", name="uq_numbers_number"),
    )
    op.create_index("ix_numbers_outline", "numbers", ["outline", "document"])
    op.create_table(
        "outlines",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_text", sa.String(100), nullable=False),
        sa.Column("style", sa.String(20), nullable=False),
        sa.Column("body", sa.String(400), nullable=False),
        sa.Column("problems", sa.Integer, nullable=False),
        sa.Column("profile", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_outlines_folder", "outlines", ["folder", "name"])
    op.create_table(
        "outline_numbers",
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("document", sa.String(100), nullable=False),
        sa.Column("body", sa.String(400), nullable=False),
        sa.Column("book", sa.String(200), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
    )
    op.create_index("ix_outline_numbers", "outline_numbers", ["body", "book", "year", "number"])
    op.create_index("ix_outline_numbers_path", "outline_numbers", ["path"])
    op.create_table(
        "tasks",
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("owner", sa.Text, nullable=False),
        sa.Column("owner_key", sa.Text, nullable=False),
        sa.Column("due", sa.Date),
        sa.Column("body", sa.String(400), nullable=False),
        sa.Column("meeting_date", sa.Date),
    )
    op.create_index("ix_tasks_path", "tasks", ["path"])
    op.create_table(
        "reviews",
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("body", sa.String(400), nullable=False),
        sa.Column("meeting_date", sa.Date),
    )
    op.create_index("ix_reviews_path", "reviews", ["path"])
    op.create_index("ix_reviews_key", "reviews", ["body", "meeting_date"])
    op.create_table(
        "sessions",
        sa.Column("sid", sa.String(100), primary_key=True),
        sa.Column("seen", sa.DateTime(timezone=True), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.create_table(
            "search_text",
            sa.Column("path", sa.Text, nullable=False),
            sa.Column("folded", sa.Text, nullable=False),
            sa.Column("original", sa.Text, nullable=False),
            sa.Column("tsv", postgresql.TSVECTOR, sa.Computed("to_tsvector('simple', folded)", persisted=True)),
        )
        op.create_index("ix_search_text_tsv", "search_text", ["tsv"], postgresql_using="gin")
        op.create_index("ix_search_text_path", "search_text", ["path"])
    else:  # SQLite: an FTS5 table (the text is folded already; unicode61 folds what is left)
        op.execute("CREATE VIRTUAL TABLE search_text USING fts5(path UNINDEXED, folded, original UNINDEXED, "
                   "tokenize = 'unicode61 remove_diacritics 2')")


def downgrade() -> None:
    """Drop every table (never run by minutes itself)."""
    for table in ("search_text", "sessions", "reviews", "tasks", "outline_numbers", "outlines", "numbers",
                  "counters"):
        op.drop_table(table)
