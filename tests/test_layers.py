"""The package is a pipeline: each stage imports only the stages below it.

Walks the imports of every module of ``minutes`` (lazy ones inside functions too)
and checks them against :data:`minutes.LAYERS`, the one place the order is declared.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import minutes

PACKAGE = Path(minutes.__file__).parent


def module_name(path: Path) -> str:
    """``minutes/docx/read.py`` -> ``minutes.docx.read``; a package's ``__init__`` is the package."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py") if "templates" not in p.parts}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of ``minutes`` that ``path`` imports, at any depth of the code."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add(child if child in known else base)
    return {m for m in found if m in known and m != name}


def unit(name: str) -> str:
    """The stage a module belongs to: its first component under ``minutes``."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "errors"  # the root package is part of the base


def layer_of(name: str) -> int:
    for index, names in enumerate(minutes.LAYERS):
        if unit(name) in names:
            return index
    raise AssertionError(f"{name}: its stage '{unit(name)}' is not declared in minutes.LAYERS")


def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(name, path, set(found)) for name, path in found.items()}


def test_every_module_belongs_to_a_declared_layer():
    for name in graph():
        layer_of(name)


def test_no_upward_or_sideways_import():
    bad = []
    for name, targets in graph().items():
        for target in targets:
            if unit(target) == unit(name):
                continue
            if layer_of(target) > layer_of(name):
                bad.append(f"{name} imports {target} (a higher stage)")
            elif layer_of(target) == layer_of(name) and layer_of(name) != 0:
                bad.append(f"{name} imports its sibling {target}")
    assert not bad, "\n".join(sorted(bad))


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_no_import_circle():
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("upward", ["minutes.api", "minutes.cli", "minutes.docx.render"])
def test_an_upward_import_would_be_caught(upward):
    """The check itself can fail: a base module importing a higher stage is flagged."""
    assert layer_of(upward) > layer_of("minutes.model")


def test_top_level_stays_small():
    top = [p.name for p in PACKAGE.glob("*.py")]
    assert len(top) <= 10, top


def test_every_subpackage_is_installed():
    """setup.cfg lists the packages by name: a new stage's folder must be listed, or
    ``pip install .`` leaves it out."""
    import configparser

    config = configparser.ConfigParser()
    config.read(PACKAGE.parent / "setup.cfg", encoding="utf-8")
    listed = set(config["options"]["packages"].split())
    folders = {module_name(p.parent / "__init__.py") for p in PACKAGE.rglob("__init__.py")}
    assert folders - listed == set()
