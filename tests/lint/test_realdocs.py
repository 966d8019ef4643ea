"""``minutes lint`` on documents written by real offices (../shared/realdocs, never copied into
the project), judged finding by finding against data/realdocs-judgement.yaml (issue 16)."""

from __future__ import annotations

import judging
import pytest

pytestmark = pytest.mark.skipif(not judging.REALDOCS.is_dir(), reason="../shared/realdocs is absent")


@pytest.fixture(scope="module")
def verdicts():
    return judging.run(judging.REALDOCS)


def _describe(findings) -> str:
    return "\n".join(f"  [{f.rule}] {f.where}: {f.message} | {f.quote}" for f in findings)


@pytest.mark.parametrize("name", [n for n, e in judging.load()["files"].items() if e["scope"] == "in"])
def test_no_finding_judged_false_comes_back(name, verdicts):
    if name not in verdicts:
        pytest.skip(f"{name} is absent")
    v = verdicts[name]
    assert not v.false, f"{name}: findings judged false alarms:\n{_describe(v.false)}"


def test_precision_and_recall_on_real_documents(verdicts):
    precision, recall, true, other, found, total = judging.figures(verdicts)
    unjudged = [f for v in verdicts.values() for f in v.unjudged]
    missed = [(n, e) for n, v in verdicts.items() for e in v.missed]
    # The target: at least 19 of 20 findings true, at least 9 of 10 clear deviations found.
    assert precision >= 0.95, f"precision {precision:.3f}; findings nobody judged:\n{_describe(unjudged)}"
    assert recall >= 0.90, f"recall {recall:.3f}; missed: {missed}"


def test_out_of_scope_and_broken_files_do_not_stop_lint():
    from minutes.lint import lint_files

    data = judging.load()["files"]
    paths = [judging.REALDOCS / n for n, e in data.items() if e["scope"] != "in" and (judging.REALDOCS / n).exists()]
    result = lint_files(paths)
    assert len(result) == len(paths)
    assert not [f for fs in result.values() for f in fs if f.rule == "lint-internal"]


def test_judgement_data_is_complete():
    data = judging.load()
    for name, entry in data["files"].items():
        assert entry["scope"] in {"in", "oos", "unreadable"}, name
        for e in entry["findings"] + list(entry.get("missed") or []) + list(entry.get("any") or []):
            assert e["basis"] in data["bases"], (name, e)
            assert len(e.get("quote", "")) <= 40, (name, e)  # a short quote only: no document text is copied
