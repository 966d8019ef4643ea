"""Fixtures of the register's tests: a register URL on each engine (PostgreSQL skipped cleanly
when no server can be started). Each test module imports them (``from regfixtures import *``):
a conftest.py here would shadow the root one, which other tests import by name."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pgserver
import pytest

__all__ = ["pg_server", "db_url", "folder"]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server for the session (a throwaway cluster, or MINUTES_TEST_PG_URL)."""
    given = os.environ.get(pgserver.ENV)
    if given:
        yield given
        return
    cluster = pgserver.Cluster()
    try:
        url = cluster.start()
    except (RuntimeError, OSError) as error:
        cluster.stop()
        pytest.skip(f"no PostgreSQL server: {error}")
    try:
        yield url
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty register on each engine."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'register.sqlite'}"
    return pgserver.fresh_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder holding copies of the examples."""
    target = tmp_path / "hop"
    target.mkdir()
    for path in EXAMPLES.glob("*.yaml"):
        shutil.copy(path, target / path.name)
    return target
