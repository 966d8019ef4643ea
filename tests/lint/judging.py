"""Judge ``minutes lint`` on the real documents against the hand-made verdicts in
data/realdocs-judgement.yaml: which findings are true deviations, which false alarms, and
which clear deviations are missed. Used by test_realdocs.py; run it directly for a report:
``python tests/lint/judging.py [REALDOCS]``."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

DATA = Path(__file__).parent / "data" / "realdocs-judgement.yaml"
ROOT = Path(__file__).resolve().parents[2]
REALDOCS = Path(os.environ.get("MINUTES_REALDOCS") or ROOT.parent / "shared" / "realdocs")
"""../shared/realdocs beside the repository (MINUTES_REALDOCS names another place, e.g. from a worktree)."""


def load() -> dict:
    """Return the judgement data."""
    return YAML(typ="safe").load(DATA.read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return " ".join(str(text).split())


def matches(entry: dict, finding) -> bool:
    """True when ``finding`` is the one ``entry`` judges: same rule, same paragraph, same point."""
    if entry["rule"] != finding.rule:
        return False
    quote = _norm(entry.get("quote", ""))
    if quote and not _norm(finding.quote).startswith(quote):
        return False
    match = entry.get("match")
    return not match or any(m in finding.message or m in finding.where for m in match.split("|"))


@dataclass
class Verdict:
    """The findings of one file sorted by the judgement."""

    true: list = field(default_factory=list)  # findings that match an entry judged true
    false: list = field(default_factory=list)  # findings that match only entries judged false
    unjudged: list = field(default_factory=list)  # findings no entry judges
    found: int = 0  # true entries (findings judged true, missed, any) that some finding matches
    deviations: int = 0  # true entries that are single deviations (findings judged true and missed)
    missed: list = field(default_factory=list)  # true entries no finding matches


def judge(entry_file: dict, findings) -> Verdict:
    """Sort ``findings`` (info notes left out) by the judgement of one file."""
    trues = [e for e in entry_file.get("findings", []) if e["verdict"]] + list(entry_file.get("missed") or [])
    falses = [e for e in entry_file.get("findings", []) if not e["verdict"]]
    anys = list(entry_file.get("any") or [])
    v = Verdict(deviations=len(trues))
    shown = [f for f in findings if f.severity != "info"]
    for f in shown:
        if any(matches(e, f) for e in trues + anys):
            v.true.append(f)
        elif any(matches(e, f) for e in falses):
            v.false.append(f)
        else:
            v.unjudged.append(f)
    for e in trues:
        if any(matches(e, f) for f in shown):
            v.found += 1
        else:
            v.missed.append(e)
    return v


def run(realdocs: Path = REALDOCS) -> dict[str, Verdict]:
    """Lint every file of the judgement found under ``realdocs``; return {path: Verdict} of those in scope."""
    from minutes.lint import lint_document

    data = load()
    out = {}
    for name, entry in data["files"].items():
        path = realdocs / name
        if entry["scope"] == "in" and path.exists():
            out[name] = judge(entry, lint_document(path, style=entry["style"]))
    return out


def figures(verdicts: dict[str, Verdict]) -> tuple[float, float, int, int, int, int]:
    """Return (precision, recall, true findings, other findings, deviations found, deviations)."""
    true = sum(len(v.true) for v in verdicts.values())
    other = sum(len(v.false) + len(v.unjudged) for v in verdicts.values())
    found = sum(v.found for v in verdicts.values())
    total = sum(v.deviations for v in verdicts.values())
    return true / max(true + other, 1), found / max(total, 1), true, other, found, total


if __name__ == "__main__":
    result = run(Path(sys.argv[1]) if len(sys.argv) > 1 else REALDOCS)
    for name, v in result.items():
        for f in v.false:
            print(f"FALSE    {name}: [{f.rule}] {f.where}: {f.message[:110]} | {f.quote[:50]}")
        for f in v.unjudged:
            print(f"UNJUDGED {name}: [{f.rule}] {f.where}: {f.message[:110]} | {f.quote[:50]}")
        for e in v.missed:
            print(f"MISSED   {name}: {e}")
    p, r, t, o, fd, d = figures(result)
    print(f"precision {p:.3f} ({t} true of {t + o} findings); recall {r:.3f} ({fd} of {d} deviations)")
