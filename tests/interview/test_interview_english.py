"""``minutes new`` asks in English with MINUTES_LANG=en; what it writes stays the same Vietnamese outline."""

from __future__ import annotations

import re

from test_interview import SESSION, new, typed

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|\[[^\]]*\]")


def test_the_interview_asks_in_english_and_writes_the_same_outline(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    vietnamese = runner.invoke(new, ["vi.yaml"], input=typed(SESSION))
    assert vietnamese.exit_code == 0, vietnamese.output
    monkeypatch.setenv("MINUTES_LANG", "en")
    english = runner.invoke(new, ["en.yaml"], input=typed(SESSION))
    assert english.exit_code == 0, english.output
    out = english.output
    assert "Drafting the outline of minutes: answer each question, then press Enter." in out
    assert "== 1/5. Issuing organization ==" in out and "Meeting date (day/month/year, for example 26/8/2025)" in out
    assert "the date 31/02/2025 does not exist (month 2 of 2025 has 28 days)" in out
    assert "Draft the minutes now? [Y/n]" in out and "Wrote the outline en.yaml" in out
    asked = [line for line in out.splitlines() if line.strip()]
    assert len(asked) > 60
    answers = sorted({answer for _, answer in SESSION if answer}, key=len, reverse=True)
    for line in asked:  # her answers echo after the prompts; the prompts themselves are English
        prompt = next((line[:-len(a)] for a in answers if line.endswith(a)), line)
        assert not VIETNAMESE.search(QUOTED.sub("", prompt)), line
    # the outline is her document: the same Vietnamese words and comments either way
    assert (tmp_path / "en.yaml").read_text(encoding="utf-8") == (tmp_path / "vi.yaml").read_text(encoding="utf-8")
