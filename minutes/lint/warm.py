"""Imported by the fork server of :mod:`minutes.docx.isolate`: lint a small built-in document once.

Every child that lints a received file is forked from that server, so it starts with what
the first lint of a process does once already done (python-docx's and minutes' lazy
imports, compiled patterns, cached tables): about 20 ms less per file.
"""

from __future__ import annotations


def warm() -> None:
    """Lint the built-in state biên bản template (its findings are thrown away)."""
    from minutes.docx.catalog import templates_dir
    from minutes.docx.damage import DAMAGED
    from minutes.errors import MinutesError
    from minutes.lint import lint_here

    try:
        lint_here(templates_dir() / "bien-ban.state.docx")
    except (MinutesError, *DAMAGED):  # a damaged installation: the children start cold, that is all
        pass


warm()
