"""A non-editable install carries the templates: templates/ is mapped to minutes.templates."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

SCRIPT = """
import sys
from pathlib import Path
import minutes, minutes.templates
from minutes.docx.catalog import templates_dir
from minutes.outline import load_outline
from minutes.docx.render import render_bytes
assert Path(minutes.__file__).is_relative_to(sys.argv[1]), minutes.__file__
assert templates_dir().is_relative_to(sys.argv[1]), templates_dir()
print(sorted(p.name for p in templates_dir().glob('*.docx')))
print(len(render_bytes(load_outline(sys.argv[2]))))
"""


def test_non_editable_install_finds_the_templates(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(target), str(ROOT)],
        check=True, capture_output=True, cwd=tmp_path,
    )
    deps = [p for p in sys.path if p.endswith("site-packages")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *deps])}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(target), str(ROOT / "examples" / "toi-thieu.yaml")],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )
    assert result.returncode == 0, result.stderr
    names, size = result.stdout.splitlines()
    assert "bien-ban.state.docx" in names and int(size) > 10_000
