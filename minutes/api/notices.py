"""What ``check`` and ``render`` say about a document beyond the outline's own problems:
a signer or a running-text name the tool could not derive, a document ``--all`` did not write."""

from __future__ import annotations

from collections.abc import Callable

from minutes.errors import Problem
from minutes.glossary import KINDS

Warn = Callable[[Problem], None]
"""Where a verb says what is not an error but should be heard (``Lưu ý: …``)."""


def quiet(problem: Problem) -> None:
    """Drop a warning (the default when no caller listens)."""


def signer_warning(name: str, outline, warn: Warn) -> None:
    """Say when the signer of the notice, report and invitation was guessed, and when the
    issuing body's running-text name cannot be derived (``organization.in_text``)."""
    from minutes.documents.naming import unit_note
    from minutes.documents.signing import signer_note

    note = signer_note(outline)
    if note:
        warn(Problem(name, 0, 0, "signer", note))
    note = unit_note(outline)
    if note:
        warn(Problem(name, 0, 0, "organization.in_text", note))


FOLLOW_UPS = tuple(kind.name for kind in KINDS[1:])
"""Every document that follows the biên bản (the first kind)."""


def document_warnings(name: str, outline, documents: list[str], warn: Warn) -> None:
    """When a follow-up document is rendered, say as loudly as ``check`` what it could not derive."""
    if any(d in FOLLOW_UPS for d in documents):
        signer_warning(name, outline, warn)


def skipped_warnings(name: str, documents: list[str], warn: Warn) -> None:
    """Say which documents ``render --all`` did not write and why (a notice with nothing concluded)."""
    from minutes.documents.kinds import skipped

    for doc, why in skipped(documents):
        warn(Problem(name, 0, 0, doc, why))
