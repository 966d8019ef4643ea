"""Processes indexing the same new outlines at once (the workers of ``minutes serve --workers N``
each showing the folder page after a save) all succeed, and each outline is indexed once;
on both engines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from regfixtures import *  # noqa: F403 (the fixtures)

from minutes.register import office
from minutes.register.schema import outlines

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "toi-thieu.yaml"
ROUNDS, PROCESSES, NEW = 2, 4, 10


def test_processes_indexing_the_same_new_outlines_at_once_all_succeed(tmp_path, db_url):
    folder = tmp_path / "hop"
    folder.mkdir()
    office.register_for(folder, db_url)  # the schema exists before the race
    text = EXAMPLE.read_text(encoding="utf-8")
    code = ("import sys\nfrom minutes.register import office\n"
            "print(len(office.folder_entries(sys.argv[1], sys.argv[2])))")
    for round in range(ROUNDS):
        for i in range(NEW):
            (folder / f"hop-{round}-{i}.yaml").write_text(text, encoding="utf-8")
        procs = [subprocess.Popen([sys.executable, "-c", code, str(folder), db_url], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(PROCESSES)]
        answers = [p.communicate(timeout=300) for p in procs]
        assert all(p.returncode == 0 for p in procs), [err[-600:] for _, err in answers if err]
        assert {out.strip() for out, _ in answers} == {str((round + 1) * NEW)}
    with office.register_for(folder, db_url).begin() as conn:
        paths = conn.execute(sa.select(outlines.c.path)).scalars().all()
    assert len(paths) == len(set(paths)) == ROUNDS * NEW
