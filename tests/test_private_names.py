"""The guide's "no private APIs", checked on the package's syntax tree.

A name starting with one underscore is private to the module or class that defines it.
The package may use such a name only on ``self`` or ``cls`` (its own class's) or as a
plain name in the module that defines it. It fails on:

* ``x._name`` read, written or deleted, where ``x`` is anything but ``self``/``cls``
  (another object, a module, ``super()``, a call's result);
* ``self._name`` in a class with bases when neither the class nor a base defined in the same
  module defines ``_name``: a private name inherited from a dependency's class;
* ``getattr(x, "_name")`` (and ``setattr``/``hasattr``/``delattr``) with such a literal;
* ``from X import _name`` and ``import X._name``, whatever X is: a dependency, the
  standard library or another module of the package.

Dunder names (``__class__``, ``__wrapped__``) are the language's protocols and ``_`` alone is
gettext's translation function: neither is private.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "minutes"

#: Documented public APIs that start with an underscore, each with where it is documented.
ALLOWED = {
    "_asdict": "collections.namedtuple and SQLAlchemy Row._asdict() (documented public methods)",
    "_fields": "collections.namedtuple (documented: the underscore avoids clashes with field names)",
    "_replace": "collections.namedtuple (documented public method)",
    "_make": "collections.namedtuple (documented public class method)",
    "_mapping": "SQLAlchemy Row._mapping (documented public attribute)",
    "_exit": "os._exit (documented: exit a forked child without cleanup)",
}

OWN_NAMES = {"self", "cls"}
ATTRIBUTE_FUNCTIONS = {"getattr", "setattr", "hasattr", "delattr"}


def _private(name: str) -> bool:
    """A name with a leading underscore; not ``_`` alone (gettext's, public), not a dunder."""
    dunder = name.startswith("__") and name.endswith("__")
    return name.startswith("_") and len(name) > 1 and not dunder and name not in ALLOWED


def private_uses(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """Return (line, what) for each use of another module's or object's private name in ``source``."""
    found: list[tuple[int, str]] = []
    tree = ast.parse(source, filename)
    found += _inherited_private_uses(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            if not (isinstance(node.value, ast.Name) and node.value.id in OWN_NAMES):
                found.append((node.lineno, f"{ast.unparse(node.value)}.{node.attr}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ATTRIBUTE_FUNCTIONS and len(node.args) >= 2:
            owner, name = node.args[0], node.args[1]
            if isinstance(name, ast.Constant) and isinstance(name.value, str) and _private(name.value) \
                    and not (isinstance(owner, ast.Name) and owner.id in OWN_NAMES):
                found.append((node.lineno, f"{node.func.id}({ast.unparse(owner)}, {name.value!r})"))
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            for alias in node.names:
                if _private(alias.name):
                    found.append((node.lineno, f"from {module} import {alias.name}"))
            if any(_private(part) for part in (node.module or "").split(".")):
                found.append((node.lineno, f"from {module} import …"))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if any(_private(part) for part in alias.name.split(".")):
                    found.append((node.lineno, f"import {alias.name}"))
    return found


def _defined(cls: ast.ClassDef) -> set[str]:
    """Names a class defines: methods, class-level assignments, ``self.x = …`` in its methods."""
    names = {n.name for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}
    for node in ast.walk(cls):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) \
                and isinstance(node.value, ast.Name) and node.value.id in OWN_NAMES:
            names.add(node.attr)
    for node in cls.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) else []
        names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def _inherited_private_uses(tree: ast.Module) -> list[tuple[int, str]]:
    """``self._name`` in a subclass that neither it nor a base class of this module defines."""
    classes = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    found = []
    for cls in classes.values():
        if not cls.bases:
            continue
        known = _defined(cls).union(*(_defined(classes[b.id]) for b in cls.bases
                                      if isinstance(b, ast.Name) and b.id in classes))
        for node in ast.walk(cls):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id in OWN_NAMES and _private(node.attr) and node.attr not in known:
                found.append((node.lineno, f"{node.value.id}.{node.attr} (inherited by {cls.name})"))
    return found


def package_private_uses() -> list[str]:
    """Every private use in the package, as "path:line: what"."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT)
        out += [f"{rel}:{line}: {what}" for line, what in private_uses(path.read_text("utf-8"), str(rel))]
    return out


def test_the_package_uses_no_private_name_of_another_module_or_object():
    found = package_private_uses()
    assert not found, "private names used from outside their module or class (use public API):\n" \
        + "\n".join(found)


@pytest.mark.parametrize("source, what", [
    ("paragraph._p.pPr", "paragraph._p"),
    ("x = self.document._body", "self.document._body"),
    ("part._blob = b''", "part._blob"),
    ("del part._blob", "part._blob"),
    ("super()._parse(s)", "super()._parse"),
    ("legacy._WORD_CHARS", "legacy._WORD_CHARS"),
    ("PackageWriter._write_pkg_rels(a, b)", "PackageWriter._write_pkg_rels"),
    ("getattr(fa, '_flow_style')", "getattr(fa, '_flow_style')"),
    ("setattr(part, '_blob', b'')", "setattr(part, '_blob')"),
    ("hasattr(obj, '_x')", "hasattr(obj, '_x')"),
    ("from docx.opc.pkgwriter import _ContentTypesItem", "from docx.opc.pkgwriter import _ContentTypesItem"),
    ("from minutes.docx.isolate import _NO_MEMORY", "from minutes.docx.isolate import _NO_MEMORY"),
    ("from .body_lines import _to_fill", "from .body_lines import _to_fill"),
    ("import docx._private", "import docx._private"),
    ("from ruamel.yaml._comments import X", "from ruamel.yaml._comments import …"),
    ("class S(SandboxedEnvironment):\n    def f(self):\n        return self._parse('')",
     "self._parse (inherited by S)"),
])
def test_each_kind_of_private_use_is_found(source, what):
    assert [found for _, found in private_uses(source)] == [what]


@pytest.mark.parametrize("source", [
    "self._cache = {}",
    "cls._instances.clear()",
    "_helper(x)",
    "def _helper(): pass",
    "row._asdict()",
    "row._mapping['id']",
    "os._exit(3)",
    "point._replace(x=1)",
    "Point._fields",
    "obj.__class__.__name__",
    "getattr(f, '__wrapped__', f)",
    "getattr(self, '_seen', None)",
    "from minutes.docx.read import iter_paragraphs",
    "from minutes.i18n import _",
    "class A:\n    def f(self):\n        return self._x",  # a mixin: no base to inherit from
    "class A(Base):\n    _y = 1\n    def __init__(self):\n        self._x = 1\n    def f(self):\n"
    "        return self._x + self._y + self._g()\n    def _g(self):\n        return 0",
    "class A:\n    def __init__(self):\n        self._x = 1\nclass B(A):\n    def f(self):\n        return self._x",
])
def test_own_and_documented_underscore_names_pass(source):
    assert private_uses(source) == []
