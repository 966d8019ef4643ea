"""Step 6: the loader's verdict on the recovered outline, as ``check`` would give it.

The YAML text is read by the same loader as ``minutes check`` (so the import and
``check`` can never disagree); each problem is a :class:`~minutes.errors.Problem`
naming the line, the field and what to write there, in Vietnamese.
"""

from __future__ import annotations

from minutes.errors import OutlineError, Problem


def check_text(text: str, name: str) -> list[Problem]:
    """Return the problems the loader finds in the outline ``text`` (empty: it passes ``check``)."""
    from minutes.outline import load_outline

    try:
        load_outline(name, data=text.encode("utf-8"))
    except OutlineError as exc:
        return list(exc.problems)
    return []
