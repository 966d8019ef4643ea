"""The committed templates are exactly what tools/build_templates.py builds."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_committed_templates_are_what_the_script_builds():
    result = subprocess.run([sys.executable, "tools/build_templates.py", "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_builder_is_deterministic():
    sys.path[:0] = [str(ROOT / "tools")]
    try:
        import build_templates
    finally:
        del sys.path[0]
    assert build_templates.built_templates() == build_templates.built_templates()
