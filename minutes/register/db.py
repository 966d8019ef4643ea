"""Opening the register: which database, the engine, the migrations, the transactions.

The database is named by a URL (``--db URL`` or ``MINUTES_DB``); by default it is the
SQLite file :data:`DEFAULT_FILE` in the outlines' folder. ``postgresql://…`` uses the
psycopg 3 driver. The schema is brought up to date by Alembic when the register is
opened (the migrations ship inside this package); opening a register already up to
date costs one query.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.engine import Connection, Engine, make_url

from minutes.errors import MinutesError
from minutes.i18n import _

ENV = "MINUTES_DB"
DEFAULT_FILE = "so-dang-ky.sqlite"
"""The register of a folder when no URL is given: a SQLite file beside the outlines."""
HEAD = "r0002"
"""The newest migration (``migrations/versions``); a test checks it is Alembic's head."""
BUSY_SECONDS = 30
"""How long a SQLite writer waits for another one before the register is "busy"."""
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class RegisterError(MinutesError):
    """Raised when the register cannot be reached, is busy, or refuses what was asked."""


def url_for(folder: str | Path | None, url: str | None = None) -> str:
    """The register's URL: ``url``, else ``MINUTES_DB``, else the SQLite file in ``folder``."""
    given = url or os.environ.get(ENV) or ""
    if given:
        return given
    return f"sqlite:///{Path(folder or '.').resolve() / DEFAULT_FILE}"


def exists(url: str) -> bool:
    """Whether the register at ``url`` may hold anything (a SQLite file that is there, or a server)."""
    parsed = make_url(url)
    return parsed.get_backend_name() != "sqlite" or bool(parsed.database and Path(parsed.database).exists())


def shown(url: str) -> str:
    """``url`` as it may be printed: no password; a SQLite register by its file name."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(Path(parsed.database or "").name)
    return parsed.render_as_string(hide_password=True)


class Register:
    """An open register: an engine whose schema is up to date. Use :meth:`begin` for work."""

    def __init__(self, url: str):
        self.url = url
        self.engine = _engine(url)
        self.dialect = self.engine.dialect.name
        with self.begin() as conn:
            _migrate(conn)

    @contextlib.contextmanager
    def begin(self) -> Iterator[Connection]:
        """One transaction; on SQLite it takes the write lock at once (``BEGIN IMMEDIATE``),
        waiting up to :data:`BUSY_SECONDS` for another writer; errors become :class:`RegisterError`."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except exc.OperationalError as error:
            raise RegisterError(_unreachable(self.url, error)) from None

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_register(folder: str | Path | None = None, url: str | None = None) -> Register:
    """Open (creating or upgrading when needed) the register of ``folder`` or at ``url``."""
    target = url_for(folder, url)
    try:
        return Register(target)
    except exc.ArgumentError as error:
        raise RegisterError(_("địa chỉ sổ đăng ký không hợp lệ: {value} ({error}); ví dụ "
                              "sqlite:///so-dang-ky.sqlite hoặc postgresql://người-dùng@máy-chủ/tên-csdl").format(
            value=shown(target) if '://' in target else target, error=error)) from None
    except exc.NoSuchModuleError:
        raise RegisterError(_("không có trình điều khiển cho {target}; minutes dùng SQLite hoặc PostgreSQL "
                              "(postgresql://…)").format(target=shown(target))) from None
    except exc.OperationalError as error:
        raise RegisterError(_unreachable(target, error)) from None


def _unreachable(url: str, error: exc.OperationalError) -> str:
    """The message for a register that is busy or cannot be reached."""
    text = str(error.orig) if error.orig is not None else str(error)
    if "locked" in text or "busy" in text:
        return (_("sổ đăng ký {url} đang bận (một người khác đang ghi quá {busy_seconds} giây); chưa ghi "
                  "gì, hãy thử lại sau ít phút").format(url=shown(url), busy_seconds=BUSY_SECONDS))
    first = text.strip().splitlines()[0] if text.strip() else error
    return _("không mở được sổ đăng ký {url}: {first}; chưa ghi gì").format(url=shown(url), first=first)


def _engine(url: str) -> Engine:
    """The engine for ``url``: psycopg 3 for PostgreSQL; SQLite in WAL mode, immediate transactions."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(parsed, pool_pre_ping=True)
    if parsed.database:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(parsed, connect_args={"timeout": BUSY_SECONDS}, poolclass=sa.pool.NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi, _record) -> None:
        dbapi.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        dbapi.execute("PRAGMA journal_mode=WAL")
        dbapi.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _migrate(conn: Connection) -> None:
    """Bring the schema to :data:`HEAD` with Alembic, in the caller's transaction.

    A schema already at :data:`HEAD` costs two small queries, and Alembic is not imported. On
    PostgreSQL the processes that find it older migrate one at a time (an advisory lock
    held to the end of the transaction), each asking the version again once it holds the
    lock: the one before may have migrated it meanwhile."""
    if _version(conn) == HEAD:
        return
    if conn.dialect.name == "postgresql":  # one migrating process at a time
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(0x6D696E75)))
        if _version(conn) == HEAD:
            return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _version(conn: Connection) -> str | None:
    """The schema's Alembic revision, None for an empty database."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    version = sa.table("alembic_version", sa.column("version_num"))
    return conn.execute(sa.select(version.c.version_num)).scalar()


def upsert(conn: Connection):
    """The ``insert`` construct of the connection's engine (each has its own ``on_conflict``)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert
