"""Opening a register on each engine: migrations at open, the head revision, clean messages."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from regfixtures import *  # noqa: F403 (the fixtures)

from minutes.register import db


def test_open_migrates_to_head_on_each_engine(db_url):
    register = db.open_register(url=db_url)
    with register.begin() as conn:
        assert db._version(conn) == db.HEAD
        names = set(sa.inspect(conn).get_table_names())
    assert {"counters", "numbers", "outlines", "tasks", "reviews", "search_text", "sessions"} <= names
    db.open_register(url=db_url).close()  # a second open finds it up to date
    register.close()


def test_head_is_alembics_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == db.HEAD


def test_unreachable_server_is_a_clean_message(tmp_path):
    with pytest.raises(db.RegisterError) as caught:
        db.open_register(url=f"postgresql://nobody@/nothing?host={tmp_path}&connect_timeout=2")
    assert "không mở được sổ đăng ký" in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_bad_url_is_a_clean_message():
    with pytest.raises(db.RegisterError) as caught:
        db.open_register(url="mysql+nosuchdriver://x/y")
    assert "sổ đăng ký" in str(caught.value)


def test_a_login_forgets_the_sessions_left_unused(db_url, tmp_path):
    import datetime as dt

    from minutes.register import office
    from minutes.register.schema import sessions

    office.session_add(tmp_path, "abandoned", db_url)
    office.session_add(tmp_path, "recent", db_url)
    with office.register_for(tmp_path, db_url).begin() as conn:
        conn.execute(sa.update(sessions).where(sessions.c.sid == "abandoned").values(
            seen=dt.datetime.now(dt.UTC) - dt.timedelta(hours=5)))
    office.session_add(tmp_path, "new", db_url, idle=4 * 3600)
    with office.register_for(tmp_path, db_url).begin() as conn:
        assert sorted(conn.execute(sa.select(sessions.c.sid)).scalars()) == ["new", "recent"]
    assert office.session_active(tmp_path, "recent", 4 * 3600, db_url)
