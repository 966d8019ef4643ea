"""``minutes lint``: check a .docx against the thể thức rules of its style.

:func:`lint_document` opens any .docx (ours or one typed by hand in Word) and
returns :class:`Finding` objects: paper and margins, fonts, the header elements
(found by their text and position, never by our style ids), Số and ký hiệu,
the zero rule of dates, page numbers, line spacing, Nơi nhận and signatures.

The package: :mod:`~minutes.lint.model` (findings; the document model the checks
read is :mod:`minutes.reading`, shared with ``minutes import``),
:mod:`~minutes.lint.tables` (the rule tables, as data), :mod:`~minutes.lint.parts`
(a file holding several documents), :mod:`~minutes.lint.dating` (the rule set in force
on a document's date: HD 36 or HD 05), :mod:`~minutes.lint.pagecount`, the checks by topic
(:mod:`~minutes.lint.rules_page` page set-up, fonts and page numbers;
:mod:`~minutes.lint.rules_header` header elements; :mod:`~minutes.lint.rules_so_dates`
Số and dates; :mod:`~minutes.lint.rules_title` tên loại, trích yếu and typed rules;
:mod:`~minutes.lint.rules_spacing` line spacing; :mod:`~minutes.lint.rules_closing` Nơi
nhận and signatures; :mod:`~minutes.lint.rules_signer` the signers' lettering),
:mod:`~minutes.lint.families` (checks of one family of documents),
:mod:`~minutes.lint.checks` (which checks run) and :mod:`~minutes.lint.report` (reports).
Findings are errors, warnings or information notes ("info": not a deviation).

Template text: a paragraph holding a docxtpl tag (``{{``, ``{%`` or ``{#``) has
no final text yet, so the text checks (Số, dates, Nơi nhận items, signer
prefixes, body names) skip it, and a document holding any tag is not blamed for
elements that are missing (they come from the outline). Its formatting (fonts,
sizes, spacing, page set-up) is checked as usual.

API for the command line: :func:`lint_files` (or :func:`lint_document` for one
file), then :func:`format_report` or :func:`to_json`, and :func:`has_errors` for
the exit status. :data:`minutes.lint.tables.RULES_HELP` describes every rule id.

python-docx is imported inside the functions: ``minutes --help`` never loads it.
"""

from __future__ import annotations

from minutes.docx.damage import DAMAGED
from minutes.errors import display_name
from minutes.i18n import N_, _
from minutes.lint.checks import FILE_CHECKS, checks_for
from minutes.lint.dating import rules_for
from minutes.lint.model import (
    CONTROL,
    OFFICIAL_KEYS,
    QUOTE_LENGTH,
    SEPARATOR,
    STYLE_NAMES,
    TAG,
    Doc,
    Finding,
    LintInputError,
    Para,
    RunFmt,
    key,
    shorten,
)
from minutes.lint.parts import locate, split
from minutes.lint.report import count, format_report, has_errors, to_json
from minutes.lint.tables import RULES_HELP
from minutes.reading.document import TITLES, build, detect_style
from minutes.reading.model import UnreadableDocx

MAX_PER_RULE = 8

__all__ = [
    "CONTROL", "MAX_PER_RULE", "OFFICIAL_KEYS", "QUOTE_LENGTH", "RULES_HELP", "SEPARATOR", "STYLE_NAMES", "TAG",
    "TITLES", "Doc", "Finding", "LintInputError", "Para", "RunFmt", "build", "cap", "count", "detect_style",
    "format_report", "has_errors", "key", "lint_document", "lint_files", "lint_here", "read_document", "shorten",
    "to_json",
]


def lint_document(path_or_bytes, style: str | None = None) -> list[Finding]:
    """Return the findings for one .docx given as a path, bytes or a binary file.

    ``style`` is "state", "party" or "youth"; None detects it from the text
    ("ĐẢNG CỘNG SẢN VIỆT NAM" -> party, "ĐOÀN TNCS HỒ CHÍ MINH" -> youth, else
    state). Raises :class:`LintInputError` when the file is not a readable .docx, or when its
    reading passes a limit of the child process it runs in (:mod:`minutes.docx.isolate`).
    """
    from minutes.docx import isolate

    _check_style(style)
    with isolate.Reader(LintInputError) as reader:
        return _lint_in(reader, path_or_bytes, style)


def _lint_in(reader, path_or_bytes, style: str | None) -> list[Finding]:
    """:func:`lint_document` through ``reader`` (a file object is read here, with a bound)."""
    source, name = _received(path_or_bytes)
    return reader.read(lint_here, source, style, name, name=name)


def _received(path_or_bytes) -> tuple:
    """(bytes or path, display name) of a .docx given as a path, bytes or a binary file."""
    from minutes.docx.safezip import MAX_FILE_BYTES
    from minutes.files import InputError, read_bounded

    if isinstance(path_or_bytes, (bytes, bytearray)):
        return bytes(path_or_bytes), "<bytes>"
    if hasattr(path_or_bytes, "read"):
        name = getattr(path_or_bytes, "name", "<stdin>")
        name = name if isinstance(name, str) else "<stdin>"
        try:
            return read_bounded(path_or_bytes, MAX_FILE_BYTES, name, N_("tệp .docx")), name
        except InputError as exc:
            raise LintInputError(_("{name}: không đọc được tệp ({error})").format(name=name, error=exc)) from None
    return path_or_bytes, display_name(path_or_bytes)


def lint_here(path_or_bytes, style: str | None = None, name: str | None = None) -> list[Finding]:
    """:func:`lint_document` in this process, with no child (what the child runs)."""
    doc = read_document(path_or_bytes, style, name)
    parts = split(doc)
    findings = _run(FILE_CHECKS, doc, rules_for(parts[0])[0])
    for part in parts:
        rules, notes = rules_for(part)
        findings += locate(notes + _run(checks_for(part), part, rules), part)
    return cap(findings)


def read_document(path_or_bytes, style: str | None = None, name: str | None = None) -> Doc:
    """Open a .docx through :mod:`minutes.reading`; raise :class:`LintInputError` when it cannot be read."""
    from minutes.reading.document import read_document as read

    try:
        return read(path_or_bytes, style, name)
    except UnreadableDocx as exc:
        raise LintInputError(str(exc)) from None


def _run(checks, doc: Doc, rules) -> list[Finding]:
    """Run ``checks`` on ``doc``; a check that fails becomes a "lint-internal" warning, never a crash."""
    out: list[Finding] = []
    for check in checks:
        try:
            out.extend(check(doc, rules))
        except DAMAGED as exc:  # a damaged part must never stop the other checks
            out.append(Finding("lint-internal", "warning",
                               _("không kiểm tra được ({check}): {kind}: {exc}").format(
                                   check=check.__name__, kind=type(exc).__name__, exc=exc)))
    return out


def lint_files(paths, style: str | None = None) -> dict[str, list[Finding]]:
    """Lint each of ``paths`` ("-" reads standard input); return {display name: findings}.

    A file that cannot be read gives one "unreadable" error instead of stopping the
    others, so ``minutes lint *.docx`` reports every file.
    """
    import sys

    from minutes.docx import isolate

    _check_style(style)
    out: dict[str, list[Finding]] = {}
    with isolate.Reader(LintInputError) as reader:  # one child reads the files one after another
        for path in paths:
            name = display_name(path)
            try:
                out[name] = _lint_in(reader, sys.stdin.buffer if str(path) == "-" else path, style)
            except LintInputError as exc:
                out[name] = [Finding("unreadable", "error", str(exc).removeprefix(f"{name}: "), "", _("toàn tệp"))]
    return out


def _check_style(style: str | None) -> None:
    if style is not None and style not in STYLE_NAMES:
        raise LintInputError(_("kiểu thể thức không hợp lệ: {style} (chọn state, party hoặc youth)").format(
            style=style))


def cap(findings: list[Finding], limit: int = MAX_PER_RULE) -> list[Finding]:
    """Keep the first ``limit`` findings of each rule; summarise the rest in one finding."""
    kept: list[Finding] = []
    seen: dict[str, int] = {}
    extra: dict[str, list[Finding]] = {}
    for f in findings:
        seen[f.rule] = seen.get(f.rule, 0) + 1
        if seen[f.rule] <= limit:
            kept.append(f)
        else:
            extra.setdefault(f.rule, []).append(f)
    for rule, rest in extra.items():
        severity = next(s for s in ("error", "warning", "info") if any(f.severity == s for f in rest))
        kept.append(Finding(rule, severity, _("còn {count} chỗ tương tự không liệt kê; sửa như các chỗ trên").format(
            count=len(rest)),
                            "", _("nhiều đoạn")))
    return kept
