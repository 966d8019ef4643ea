"""Fit a rendered document to its page, the same on docxtpl's path and the compiled one."""

from __future__ import annotations

from minutes.docx.columns import fit_signature_columns
from minutes.docx.keeps import apply_keeps
from minutes.docx.layout import fit_rules
from minutes.docx.linebreak import break_paragraphs
from minutes.docx.ooxml import Page


def fit_page(page: Page) -> None:
    """Fit the signature columns, break names by meaning, keep lines together and size the
    rules, in that order (each pass reads what the one before it left)."""
    fit_signature_columns(page)
    break_paragraphs(page)
    apply_keeps(page)
    fit_rules(page)
