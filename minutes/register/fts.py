"""Full-text search in each engine's own way, written once: two SQL constructs compiled per
dialect (SQLAlchemy's documented ``@compiles`` extension), and the folding of text.

Text is folded before it is stored or searched (no diacritics, đ → d, lower case), so
"ve sinh moi truong" finds "vệ sinh môi trường" on both engines. On SQLite the folded
text sits in an FTS5 table (``MATCH``, ranked by ``bm25``); on PostgreSQL in a table whose
generated ``tsvector`` (the ``simple`` configuration) has a GIN index (``@@``,
ranked by ``ts_rank``).
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement, literal

from minutes.register.schema import search_text

WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``text`` without diacritics and in lower case: "Vệ sinh Đường" -> "ve sinh duong"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text``, each once, in order."""
    return list(dict.fromkeys(WORD.findall(fold(text))))


class Matches(ColumnElement):
    """True for the rows of ``search_text`` holding every word of the query."""

    inherit_cache = True
    type = Float()

    def __init__(self, query: str):
        self.query = literal(query)


class Rank(FunctionElement):
    """How well a row of ``search_text`` matches the query: lower is better, on both engines."""

    inherit_cache = True
    type = Float()
    name = "rank"

    def __init__(self, query: str):
        self.query = literal(query)
        super().__init__()


def query_text(text: str, dialect: str) -> str:
    """The words of ``text`` as the engine's query: each quoted for FTS5, plain for ``plainto_tsquery``."""
    found = words(text)
    return " ".join(f'"{w}"' for w in found) if dialect == "sqlite" else " ".join(found)


@compiles(Matches, "sqlite")
def _match_sqlite(element, compiler, **kw):
    return f"search_text MATCH {compiler.process(element.query, **kw)}"


@compiles(Matches, "postgresql")
def _match_pg(element, compiler, **kw):
    return f"search_text.tsv @@ plainto_tsquery('simple', {compiler.process(element.query, **kw)})"


@compiles(Rank, "sqlite")
def _rank_sqlite(element, compiler, **kw):
    return "bm25(search_text)"


@compiles(Rank, "postgresql")
def _rank_pg(element, compiler, **kw):
    return f"-ts_rank(search_text.tsv, plainto_tsquery('simple', {compiler.process(element.query, **kw)}))"


__all__ = ["Matches", "Rank", "fold", "query_text", "search_text", "words"]
