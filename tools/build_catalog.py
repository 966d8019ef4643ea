"""Compile minutes/locale/*/LC_MESSAGES/messages.po to .mo with babel.

Usage: ``python tools/build_catalog.py`` (``--check``: exit 1 if a .mo is stale).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[1] / "minutes" / "locale"


def compiled(po: Path) -> bytes:
    """Return the .mo bytes of ``po``."""
    with po.open("rb") as handle:
        catalog = read_po(handle)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Write each .mo beside its .po, or with --check report the stale ones."""
    stale = 0
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        mo, data = po.with_suffix(".mo"), compiled(po)
        if "--check" in argv:
            if not mo.exists() or mo.read_bytes() != data:
                print(f"{mo} is stale: run python tools/build_catalog.py", file=sys.stderr)
                stale += 1
        else:
            mo.write_bytes(data)
            print(f"wrote {mo}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
