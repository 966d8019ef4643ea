"""Imported by the fork server of :mod:`minutes.docx.isolate` when asked: lint a small built-in document once.

A process that starts many reading children asks for it (:func:`minutes.api.warm_readers`: the
web server); each child forked from that server then starts with what the first lint of a
process does once already done (python-docx's and minutes' lazy imports, compiled patterns,
cached tables): about 5 ms of CPU less per file. A one-file ``minutes lint`` does not ask: the
warm-up would cost more than the one child saves (benchmarks/reading_fresh.py).
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
