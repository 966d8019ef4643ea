"""Draft Vietnamese meeting minutes (biên bản hội nghị) from a YAML outline.

The program is one pipeline; each stage is a subpackage, and a stage imports only
the stages below it (:data:`LAYERS`, enforced by ``tests/test_layers.py``)::

    outline file ──> outline/ ──> model ──> documents/ ──> docx/ ──> pdf/
    (YAML)           read, check   frozen    each document's  .docx    PDF, preview
                     and validate  objects   context          on disk
                                       reading/ reads a .docx back; lint/ and importer/ stand on it

The faces sit on top: :mod:`minutes.api` (plain functions over paths), then the
command line (:mod:`minutes.cli`), the interview (``minutes new``) and the web form
(``minutes serve``). :func:`minutes.api.load` reads an outline and
:func:`minutes.api.render` writes its documents.
"""

from __future__ import annotations

import importlib
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
    ("reading",),
    ("lint", "importer"),
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
