"""``minutes lint``: the layout of any .docx checked against the rules of its style."""

from __future__ import annotations


def lint_files(files: list[str], style: str | None = None) -> tuple[str, str, bool]:
    """Check ``files``; return (the report, the same as JSON, whether any error was found)."""
    from minutes import lint as linter

    found = linter.lint_files(files, style)
    return linter.format_report(found), linter.to_json(found), linter.has_errors(found)
