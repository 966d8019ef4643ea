"""The web form's login attempts counted in the register's database: a storage of :mod:`limits`
shared by every worker process of ``minutes serve --workers N``.

It serves :class:`limits.strategies.FixedWindowRateLimiter`, which needs one primitive that
changes anything: :meth:`TriesStorage.incr`, one upsert in one transaction (a row lock on
PostgreSQL, the write lock on SQLite), so two processes counting at once never lose a hit.
"""

from __future__ import annotations

import time
from pathlib import Path

import sqlalchemy as sa
from limits.storage import Storage

from minutes.register.db import Register, RegisterError, upsert
from minutes.register.schema import login_tries


class TriesStorage(Storage):
    """The counters of :mod:`limits` in the table ``login_tries`` of the register of ``folder``
    (or at ``db``). A counter whose window has ended counts from zero again; ended ones are
    removed as new hits come."""

    def __init__(self, folder: str | Path, db: str | None = None):
        super().__init__()
        self.folder, self.db = folder, db

    @property
    def base_exceptions(self) -> tuple[type[Exception], ...]:
        """What a database that fails raises."""
        return RegisterError, sa.exc.SQLAlchemyError

    def _register(self) -> Register:
        from minutes.register.office import register_for

        return register_for(self.folder, self.db)

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        """Add ``amount`` to the counter ``key`` (a fresh window of ``expiry`` seconds when it has
        none or its window has ended); return the new count."""
        now = time.time()
        table = login_tries
        with self._register().begin() as conn:
            new = upsert(conn)(table).values(name=key, hits=amount, expires=now + expiry)
            ended = table.c.expires <= now
            counted = conn.execute(new.on_conflict_do_update(index_elements=[table.c.name], set_={
                "hits": sa.case((ended, new.excluded.hits), else_=table.c.hits + new.excluded.hits),
                "expires": sa.case((ended, new.excluded.expires), else_=table.c.expires),
            }).returning(table.c.hits)).scalar_one()
            # after the upsert, and never waiting for a row another process holds: no deadlock
            gone = sa.select(table.c.name).where(table.c.expires <= now).with_for_update(skip_locked=True)
            conn.execute(sa.delete(table).where(table.c.name.in_(gone)))
        return counted

    def get(self, key: str) -> int:
        """The count of ``key`` in its current window (0 when it has none)."""
        with self._register().begin() as conn:
            hits = conn.execute(sa.select(login_tries.c.hits).where(
                login_tries.c.name == key, login_tries.c.expires > time.time())).scalar()
        return hits or 0

    def get_expiry(self, key: str) -> float:
        """When the window of ``key`` ends (seconds since the epoch; now when it has none)."""
        with self._register().begin() as conn:
            ends = conn.execute(sa.select(login_tries.c.expires).where(login_tries.c.name == key)).scalar()
        return time.time() if ends is None else float(ends)

    def check(self) -> bool:
        """Whether the register can be reached."""
        try:
            with self._register().begin() as conn:
                conn.execute(sa.select(1))
        except self.base_exceptions:
            return False
        return True

    def reset(self) -> int | None:
        """Remove every counter; return how many there were."""
        with self._register().begin() as conn:
            return conn.execute(sa.delete(login_tries)).rowcount

    def clear(self, key: str) -> None:
        """Remove the counter ``key``."""
        with self._register().begin() as conn:
            conn.execute(sa.delete(login_tries).where(login_tries.c.name == key))
