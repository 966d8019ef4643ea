"""The fork server that reading children come from warms what the process needs, no more.

A ``minutes lint`` of one file does not make its fork server import (and run once) the
importer, nor an import the linter; the web server asks for both (``api.warm_readers``).
Each case runs in a fresh interpreter (the fork server is started once per process): it reads
one file the way the command does, then asks a second child of the same server which of
minutes' modules it found already imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hostile_helpers import ROOT
from patience import patience

PROBE = '''
import sys


def loaded():
    """Which of the modules of interest this child found imported (inherited from its server)."""
    return sorted(name for name in ("minutes.lint.warm", "minutes.importer.warm", "minutes.importer.body",
                                    "minutes.docx.render") if name in sys.modules)
'''

CHILD = '''
import json, sys
from minutes import api
from minutes.docx import isolate
if sys.argv[1] == "serve":
    assert api.warm_readers()
doc = sys.argv[2]
if sys.argv[1] == "lint":
    api.lint_files([doc])
else:
    from minutes.importer import import_docx
    import_docx(doc)
from probe import loaded
print(json.dumps(isolate.read_received(loaded, name="probe")))
print(json.dumps(api.warm_readers()))  # too late now: the server runs
'''


def _loaded(kind: str, tmp_path) -> tuple[list[str], bool]:
    (tmp_path / "probe.py").write_text(PROBE)
    doc = ROOT / "templates" / "bien-ban.state.docx"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    done = subprocess.run([sys.executable, "-c", CHILD, kind, str(doc)], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=patience(120))
    assert done.returncode == 0, done.stderr[-2000:]
    modules, late = (json.loads(line) for line in done.stdout.splitlines()[-2:])
    return modules, late


@pytest.mark.parametrize("kind, unwanted", [("lint", "minutes.importer"), ("import", "minutes.lint.warm")])
def test_a_one_file_command_warms_neither_reader(kind, unwanted, tmp_path):
    """Warming for one child costs more CPU than it saves (benchmarks/reading_fresh.py)."""
    modules, _ = _loaded(kind, tmp_path)
    assert not [name for name in modules if name.startswith(unwanted)], modules
    assert "minutes.lint.warm" not in modules and "minutes.importer.warm" not in modules, modules


def test_the_web_server_warms_both_readers_and_the_renderer(tmp_path):
    modules, late = _loaded("serve", tmp_path)
    assert modules == ["minutes.docx.render", "minutes.importer.body", "minutes.importer.warm",
                       "minutes.lint.warm"]
    assert late is False  # asked once the server ran: said to come too late
