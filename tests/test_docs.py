"""The README starts with the two commands and names every command; docs/keys.md documents every
outline key; the command reference is what --help says; nothing points outside the project."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import ROOT

from minutes.cli import main
from minutes.glossary import outline_keys

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md"))}
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", outline_keys())
def test_the_key_table_documents_every_outline_key(key):
    assert f"| `{key}` |" in DOCS["keys.md"]


@pytest.mark.parametrize("name", sorted(main.commands))
def test_readme_documents_every_command(name):
    assert f"`minutes {name}" in README
    assert main.commands[name].help


def test_readme_opens_with_vietnamese_quick_start_and_the_two_commands():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    install, tests = blocks[0], blocks[1]
    assert README.index("Bắt đầu nhanh") < README.index("## What it is")
    assert "pip install ." in install and "minutes render examples/" in install
    assert "pytest" in tests


def test_ci_runs_exactly_the_readme_test_command():
    tests = re.findall(r"```sh\n(.*?)\n```", README, re.S)[1]
    assert tests in CI.splitlines()


def test_the_command_reference_is_what_help_says():
    result = subprocess.run([sys.executable, "tools/gen_cli_docs.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_readme_links_lead_to_pages_that_exist():
    for target in re.findall(r"\]\(([^)#]+)\)", README):
        assert (ROOT / target).exists(), target


OUTSIDE = re.compile(r"\bissues? \d+|\.\./shared|/work/|/home/\w+|/root/")
"""An issue number, or a path of the development machine or beside the repository."""


def _texts():
    """Yield (name, text) of the README, docs and every source file of the package."""
    yield "README.md", README
    yield from ((f"docs/{name}", text) for name, text in DOCS.items())
    for path in sorted((ROOT / "minutes").rglob("*")):
        if path.suffix in {".py", ".html", ".js", ".css", ".po"}:
            yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")


def test_nothing_points_outside_the_project():
    found = [f"{name}: {match.group()}" for name, text in _texts() for match in OUTSIDE.finditer(text)]
    assert found == []
