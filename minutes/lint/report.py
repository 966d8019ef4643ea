"""Reports of ``minutes lint``: counts, the human report, JSON and the exit status."""

from __future__ import annotations

import json
from dataclasses import asdict

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
        lines.append(f"{name}: " + (f"{errors} lỗi, {warnings} cảnh báo" if errors or warnings else "đúng thể thức"))
        for f in sorted(findings, key=lambda f: ("error", "warning", "info").index(f.severity)):
            label = {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"}[f.severity]
            where = f" {f.where}" if f.where else ""
            lines.append(f"  {label} [{f.rule}]{where}: {f.message}")
            if f.quote:
                lines.append(f"      “{f.quote}”")
    lines.append(f"{total_e} lỗi, {total_w} cảnh báo")
    return "\n".join(lines)


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
