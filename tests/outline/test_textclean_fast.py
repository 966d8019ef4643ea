"""The quick answers of minutes.outline.textclean agree with legacy.detect, which they skip."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from minutes.outline import reader, textclean
from minutes.vietnamese import legacy

ROOT = Path(__file__).resolve().parents[2]


def strings(value):
    """Every text held in a read outline."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield str(key)
            yield from strings(child)
    elif isinstance(value, list):
        for child in value:
            yield from strings(child)
    elif isinstance(value, str):
        yield value


def corpus() -> list[str]:
    texts = []
    for path in sorted((ROOT / "examples").glob("*.yaml")) + sorted((ROOT / "tests" / "data").rglob("*.yaml")):
        try:
            texts += strings(reader.load(path.read_bytes(), path.name, problems=[]))
        except reader.OutlineError:
            continue
    unicode = [t for t in texts if not t.isascii()]
    legacy_forms = [f(t) for t in unicode[:200] for f in (legacy.to_tcvn3, legacy.to_vni)]
    mixed = [f"{a} {b}" for a, b in zip(unicode[:100], legacy_forms[:100])]
    odd = ["Café Müller, São Paulo", "5 µm", "Ø 60", "© 2025 ½", "tèt", "tÊn", "CéNG HOµ", "Uû ban nh©n d©n",
           "UÛy ban nhaân daân", "Hà Nội © µ", "Bà Ba", "à á â", "Đoàn", "ĐẢNG ỦY"]
    return [unicodedata.normalize("NFC", t) for t in unicode + legacy_forms + mixed + odd]


@pytest.mark.parametrize("text", corpus())
def test_a_quick_answer_is_detects_answer(text):
    if textclean._plain(text):
        verdict = legacy.detect(text)
        assert verdict.encoding is None and not verdict.ambiguous and verdict.text == text


def test_legacy_text_is_still_looked_at():
    assert not textclean._plain("Uû ban nh©n d©n")
    assert not textclean._plain("UÛy ban nhaân daân")
    assert textclean._plain("Ủy ban nhân dân tỉnh")
