"""Generate minutes/docx/fontmetrics.py: advance widths of Liberation Serif (metric-compatible
with Times New Roman) for the characters the header lines use.

Run once by a maintainer: ``python tools/gen_fontmetrics.py`` (needs fontTools and
fonts-liberation2; neither is a dependency of minutes itself).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont

FONTS = Path("/usr/share/fonts/truetype/liberation2")
VIETNAMESE = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
VIETNAMESE += VIETNAMESE.lower()
CHARS = "".join(chr(c) for c in range(32, 127)) + "ĐđƠơƯư–“”‘’…"


def widths(name: str) -> dict[str, int]:
    """Return advance widths in thousandths of an em for CHARS."""
    font = TTFont(FONTS / name)
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    upem = font["head"].unitsPerEm
    return {c: round(hmtx[cmap[ord(c)]][0] * 1000 / upem) for c in CHARS if ord(c) in cmap}


def base_letter(ch: str) -> str:
    """Return the letter whose advance a Vietnamese letter shares: its base, keeping the horn."""
    nfd = unicodedata.normalize("NFD", ch)
    return unicodedata.normalize("NFC", nfd[0] + ("\u031b" if "\u031b" in nfd else ""))


def check_precomposed(name: str) -> int:
    """Return how many precomposed Vietnamese letters differ in width from their base."""
    font = TTFont(FONTS / name)
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    differ = 0
    for cp in [ord(c) for c in VIETNAMESE]:
        ch = chr(cp)
        base = base_letter(ch)
        if cp in cmap and ord(base) in cmap and base != ch and base.isalpha():
            differ += hmtx[cmap[cp]][0] != hmtx[cmap[ord(base)]][0]
    return differ


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "minutes" / "docx" / "fontmetrics.py"
    regular, bold = widths("LiberationSerif-Regular.ttf"), widths("LiberationSerif-Bold.ttf")
    assert check_precomposed("LiberationSerif-Bold.ttf") == 0
    lines = [
        '"""Advance widths (1/1000 em) of Times New Roman, read from the metric-compatible',
        "Liberation Serif by tools/gen_fontmetrics.py. Generated: do not edit by hand.",
        '"""',
        "",
        f"REGULAR = {regular!r}",
        f"BOLD = {bold!r}",
        "",
    ]
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
