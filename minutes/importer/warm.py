"""Imported by the fork server of :mod:`minutes.docx.isolate` when asked: import a small built-in document once.

A process that starts many reading children asks for it (:func:`minutes.api.warm_readers`: the
web server); each child forked from that server then starts with what the first import of a
process does once already done (lazy imports, the YAML writer set up, compiled patterns):
about 40 ms of CPU less per file. A one-file ``minutes import`` does not ask: the warm-up would
cost more than the one child saves (benchmarks/reading_fresh.py).
"""

from __future__ import annotations


def warm() -> None:
    """Import the built-in state biên bản template (the outline made is thrown away)."""
    from minutes.docx.catalog import templates_dir
    from minutes.docx.damage import DAMAGED
    from minutes.errors import MinutesError
    from minutes.importer import import_here

    path = templates_dir() / "bien-ban.state.docx"
    try:
        import_here(path.read_bytes(), path.name)
    except (OSError, MinutesError, *DAMAGED):  # a damaged installation: the children start cold, that is all
        pass


warm()
