"""``minutes lint``: the layout of any .docx checked against the rules of its style."""

from __future__ import annotations


def lint_files(files: list[str], style: str | None = None, as_json: bool = False) -> tuple[str, bool]:
    """Check ``files``; return (the report, as text or as JSON, whether any error was found)."""
    from minutes import lint as linter

    found = linter.lint_files(files, style)
    report = linter.to_json(found) if as_json else linter.format_report(found)
    return report, linter.has_errors(found)
