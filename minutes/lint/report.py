"""Reports of ``minutes lint``: counts, the human report, JSON and the exit status."""

from __future__ import annotations

import json
from dataclasses import asdict

from minutes.i18n import N_, _, ngettext
from minutes.lint.model import Finding


def count(findings: list[Finding]) -> tuple[int, int]:
    """Return (errors, warnings) in ``findings`` (information notes are neither)."""
    errors = sum(1 for f in findings if f.severity == "error")
    return errors, sum(1 for f in findings if f.severity == "warning")


def has_errors(findings_by_file: dict[str, list[Finding]]) -> bool:
    """Return True when any file has an error (the CLI exits 1 then)."""
    return any(count(f)[0] for f in findings_by_file.values())


def format_report(findings_by_file: dict[str, list[Finding]]) -> str:
    """Return the human report: per file a header line, one line per finding with the
    quoted paragraph under it, then the summary "N lỗi, M cảnh báo"."""
    lines, total_e, total_w = [], 0, 0
    for name, findings in findings_by_file.items():
        errors, warnings = count(findings)
        total_e, total_w = total_e + errors, total_w + warnings
        lines.append(f"{name}: " + (_totals(errors, warnings) if errors or warnings else _("đúng thể thức")))
        for f in sorted(findings, key=lambda f: ("error", "warning", "info").index(f.severity)):
            label = _(LABELS[f.severity])
            where = f" {f.where}" if f.where else ""
            lines.append(f"  {label} [{f.rule}]{where}: {f.message}")
            if f.quote:
                lines.append(f"      “{f.quote}”")
    lines.append(_totals(total_e, total_w))
    return "\n".join(lines)


LABELS = {"error": N_("lỗi"), "warning": N_("cảnh báo"), "info": N_("thông tin")}
"""How a finding's severity is shown in the report."""


def _totals(errors: int, warnings: int) -> str:
    """"2 lỗi, 1 cảnh báo" in the language of the messages."""
    return (ngettext("{count} lỗi", "{count} lỗi", errors).format(count=errors) + ", "
            + ngettext("{count} cảnh báo", "{count} cảnh báo", warnings).format(count=warnings))


def to_json(findings_by_file: dict[str, list[Finding]]) -> str:
    """Return the findings as JSON with stable keys (``ensure_ascii=False``)."""
    files = []
    for name, findings in findings_by_file.items():
        errors, warnings = count(findings)
        files.append({"file": name, "errors": errors, "warnings": warnings,
                      "findings": [asdict(f) for f in findings]})
    totals = [count(f) for f in findings_by_file.values()]
    return json.dumps({"files": files, "errors": sum(e for e, _ in totals),
                       "warnings": sum(w for _, w in totals)}, ensure_ascii=False, indent=2)
