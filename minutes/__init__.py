"""Draft Vietnamese meeting minutes (biên bản hội nghị) from a YAML outline.

The program is one pipeline; each stage is a subpackage, and a stage imports only
the stages below it (:data:`LAYERS`, enforced by ``tests/test_layers.py``)::

    outline file ──> outline/ ──> model ──> documents/ ──> docx/ ──> pdf/
    (YAML)           read, check   frozen    each document's  .docx    PDF, preview
                     and validate  objects   context          on disk
                                                    lint/ and importer/ read .docx back

The faces sit on top: :mod:`minutes.api` (plain functions over paths), then the
command line (:mod:`minutes.cli`), the interview (``minutes new``) and the web form
(``minutes serve``). :func:`minutes.api.load` reads an outline and
:func:`minutes.api.render` writes its documents.
"""

from __future__ import annotations

import importlib
import marshal
import os
import sys
from collections.abc import Callable
from typing import Any

__version__ = "0.1.0"

LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "glossary", "i18n", "model", "files"),
    ("vietnamese",),
    ("outline",),
    ("documents",),
    ("docx",),
    ("pdf",),
    ("lint",),
    ("importer",),
    ("batch",),
    ("register",),
    ("api",),
    ("interview", "web"),
    ("cli",),
    ("__main__",),
)
"""The stages from the lowest to the highest. A module may import from its own
layer's packages or from lower layers, never from a higher one; two names on one
line are siblings and may not import each other."""


def lazy_exports(package: str, names: dict[str, str]) -> Callable[[str], Any]:
    """Return a module ``__getattr__`` giving each public name of ``package`` from its module.

    ``names`` maps a name to the submodule that defines it. The submodule is
    imported on first use, so ``import minutes.docx.catalog`` does not pull in
    docxtpl and a package's ``__init__`` can never start an import circle.
    """
    def __getattr__(name: str) -> Any:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{names[name]}"), name)

    return __getattr__


def dataclass(cls: type | None = None, /, **params: Any) -> Any:
    """:func:`dataclasses.dataclass` itself, with the code of the methods it writes kept on disk.

    ``dataclasses`` writes the ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``…
    of each class as source text and compiles it: about a millisecond a class, over
    the thirty classes of a render a fifth of a fresh process's work before the docx
    stage. The same text always compiles to the same code, so the code is kept, per
    Python version, beside minutes' bytecode (:data:`CODE_CACHE`, written like a .pyc)
    and reused. The class is made by ``dataclasses.dataclass(**params)`` as usual;
    only its compile calls are answered from the cache (``dataclasses.exec`` is
    shadowed for the duration of the call; a class another thread makes meanwhile
    gets the very code it would have compiled).
    """
    import dataclasses

    def wrap(cls: type) -> type:
        dataclasses.exec = _exec_cached
        try:
            return dataclasses.dataclass(cls, **params)
        finally:
            vars(dataclasses).pop("exec", None)

    return wrap if cls is None else wrap(cls)


CODE_CACHE = os.path.join(os.path.dirname(__file__), "__pycache__",
                          f"dataclasses.{sys.implementation.cache_tag}.marshal")
"""Where :func:`dataclass` keeps the compiled methods: (:data:`_HEADER`, {source: code}), marshalled."""
_HEADER = ("minutes dataclass code", sys.version, sys.flags.optimize)
_CODE_TYPE = type(lazy_exports.__code__)
_code: dict[str, Any] | None = None  # the cache, loaded on first use
_new = False  # whether code was compiled that the file does not have yet


def _exec_cached(source: Any, globals: dict | None = None, locals: dict | None = None) -> None:
    """``exec`` as ``dataclasses`` calls it, with the code of ``source`` taken from the cache."""
    if globals is None:  # never so in 3.11; exec would use the dataclasses module's globals
        import dataclasses

        globals = vars(dataclasses)
    exec(_compiled(source) if isinstance(source, str) else source, globals, locals)


def _compiled(source: str) -> Any:
    """The code of ``source``, as ``exec`` compiles it inside ``dataclasses`` (no future flags)."""
    global _code, _new
    if _code is None:
        _code = _load_code()
    code = _code.get(source)
    if type(code) is not _CODE_TYPE:
        code = _code[source] = compile(source, "<string>", "exec", dont_inherit=True)
        if not _new:
            import atexit

            _new = True
            atexit.register(_save_code)
    return code


def _load_code() -> dict[str, Any]:
    """The cached code; empty when there is none, or it is unreadable or of another Python."""
    try:
        with open(CODE_CACHE, "rb") as fh:
            header, code = marshal.loads(fh.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return code if header == _HEADER and isinstance(code, dict) else {}


def _save_code() -> None:
    """Write the cache, whole or not at all, unless bytecode is not to be written."""
    if sys.dont_write_bytecode or sys.pycache_prefix or not _code:
        return
    temp = f"{CODE_CACHE}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(CODE_CACHE), exist_ok=True)
        with open(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644), "wb") as fh:
            fh.write(marshal.dumps((_HEADER, _code)))
        os.replace(temp, CODE_CACHE)
    except (OSError, ValueError):
        try:
            os.unlink(temp)
        except OSError:
            pass
