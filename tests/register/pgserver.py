"""A throwaway PostgreSQL cluster for the register's tests (initdb + pg_ctl on a unix socket).

``MINUTES_TEST_PG_URL``, when set, names a server to use instead. When neither works the
tests that need PostgreSQL are skipped with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

ENV = "MINUTES_TEST_PG_URL"


def _bin(tool: str) -> str | None:
    on_path = shutil.which(tool)
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}")) or ([on_path] if on_path else [])
    return found[-1] if found else None


def _as_user(args: list[str]) -> list[str]:
    """Run as the ``postgres`` user when we are root (initdb refuses root)."""
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


class Cluster:
    """A cluster in a temporary folder, listening only on a unix socket there."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="minutes-pg-"))
        self.data, self.socket = self.root / "data", self.root
        self.started = False

    def start(self) -> str:
        """Initialise and start the cluster; return the URL of its ``postgres`` database."""
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            os.chmod(self.root, 0o755)
        def run(args):
            return subprocess.run(_as_user(args), capture_output=True, text=True, timeout=120)
        done = run([initdb, "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"])
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr.strip()[-300:]}")
        options = f"-k {self.socket} -c listen_addresses='' -c fsync=off -c max_connections=200"
        done = run([pg_ctl, "-D", str(self.data), "-o", options, "-w", "-t", "60", "-l",
                    str(self.root / "log"), "start"])
        if done.returncode:
            raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()[-300:]}")
        self.started = True
        return f"postgresql://postgres@/postgres?host={self.socket}"

    def stop(self) -> None:
        """Stop the cluster and remove its folder."""
        if self.started:
            subprocess.run(_as_user([_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
                           capture_output=True, timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """Create an empty database on the server; return its URL."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    name = f"t_{uuid.uuid4().hex[:12]}"
    url = make_url(server_url).set(drivername="postgresql+psycopg")
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return url.set(database=name).render_as_string(hide_password=False)
