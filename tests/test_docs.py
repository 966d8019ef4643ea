"""docs/keys.md documents every outline key; the README every command, and starts with the two commands."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from minutes.cli import main
from minutes.glossary import outline_keys

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", outline_keys())
def test_the_key_table_documents_every_outline_key(key):
    assert f"| `{key}` |" in (ROOT / "docs" / "keys.md").read_text(encoding="utf-8")


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
