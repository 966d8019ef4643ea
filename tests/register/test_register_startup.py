"""What a fresh ``minutes register take`` process loads: only the register's path (the
outline's loader, SQLAlchemy Core with the engine's own driver, ruamel.yaml), never the web,
.docx, lint or importer stacks, and not Alembic once the register's schema is up to date.
The modules are read from the real process (``python -X importtime``); no time is asserted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HEAVY = {"docx", "docxtpl", "lxml", "babel", "jinja2", "starlette", "uvicorn", "anyio", "httpx", "PIL", "pypdf",
         "mako", "pygments", "psycopg"}
"""Packages ``register take`` on a SQLite register needs none of."""
OTHER_STAGES = ("minutes.api", "minutes.web", "minutes.docx", "minutes.lint", "minutes.importer", "minutes.pdf",
                "minutes.reading", "minutes.interview", "minutes.batch")
"""minutes' own stacks the command does not use."""


def take(outline: Path) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Run ``minutes register take outline`` in a fresh process; its result and every module it imported."""
    env = {k: v for k, v in os.environ.items() if k != "MINUTES_DB"}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "minutes", "register", "take", str(outline)],
                          capture_output=True, text=True, env=env, timeout=120)
    modules = {line.split("|")[2].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    modules.discard("imported package")  # the header line
    return done, modules


def copy(folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copy(EXAMPLES / "toi-thieu.yaml", target)
    return target


def test_take_imports_only_what_it_needs(tmp_path):
    first, created = take(copy(tmp_path, "a.yaml"))
    assert first.returncode == 0, first.stderr[-2000:]
    assert "sqlalchemy" in created and "minutes.register.db" in created  # the probe saw the real path
    second, modules = take(copy(tmp_path, "b.yaml"))
    assert second.returncode == 0, second.stderr[-2000:]
    assert "02/BB-UBND" in second.stdout
    assert "number: 2" in (tmp_path / "b.yaml").read_text(encoding="utf-8")
    tops = {name.split(".")[0] for name in modules}
    assert tops & HEAVY == set()
    assert [m for m in modules if m.startswith(OTHER_STAGES)] == []
    assert "alembic" not in tops  # the schema is up to date: one query, no migration machinery
    assert "sqlalchemy.dialects.postgresql" not in modules


def test_taking_again_imports_no_more(tmp_path):
    outline = copy(tmp_path, "a.yaml")
    assert take(outline)[0].returncode == 0
    again, modules = take(outline)
    assert again.returncode == 0 and "đã có số 01/BB-UBND" in again.stdout
    assert {name.split(".")[0] for name in modules} & (HEAVY | {"alembic"}) == set()


def test_the_number_is_written_into_the_bytes_that_were_checked_or_not_at_all(tmp_path):
    """``register take`` reads the outline once: the number goes into the text it loaded and
    checked; a file edited since then is refused (nothing is taken) and left as it is."""
    from minutes.outline.source import ConflictError
    from minutes.register import office, writeback

    outline = copy(tmp_path, "a.yaml")
    loaded = outline.read_bytes()
    writeback.write_number(outline, "bien-ban", 7, loaded)
    assert "number: 7" in outline.read_text(encoding="utf-8")
    edited = outline.read_text(encoding="utf-8").replace("number: 7\n", "").replace("Phòng họp", "Hội trường")
    outline.write_text(edited, encoding="utf-8")
    with pytest.raises(ConflictError):
        writeback.write_number(outline, "bien-ban", 8, loaded)
    assert outline.read_text(encoding="utf-8") == edited
    taken = office.take_number(str(outline), db=f"sqlite:///{tmp_path / 'so.sqlite'}")
    assert taken.number == 1 and "number: 1" in outline.read_text(encoding="utf-8")
