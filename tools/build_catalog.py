"""Compile minutes/locale/*/LC_MESSAGES/messages.po to .mo with babel.

Usage: ``python tools/build_catalog.py`` (``--check``: exit 1 if a .mo is stale).
``--locale DIR`` works on another locale folder (the tests check a changed copy).

``--check`` compares what the catalogues say (tools/equivalence.py), not their bytes:
a newer babel writes another "Generated-By" header into identical catalogues.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from equivalence import catalogue_differences  # noqa: E402

LOCALE = HERE.parent / "minutes" / "locale"


def compiled(po: Path) -> bytes:
    """Return the .mo bytes of ``po``."""
    with po.open("rb") as handle:
        catalog = read_po(handle)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Write each .mo beside its .po, or with --check report the stale ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--locale", type=Path, default=LOCALE, help="the locale folder")
    args = parser.parse_args(argv)
    stale = 0
    for po in sorted(args.locale.glob("*/LC_MESSAGES/*.po")):
        mo, data = po.with_suffix(".mo"), compiled(po)
        if args.check:
            differences = catalogue_differences(data, mo.read_bytes()) if mo.exists() else ["missing"]
            if differences:
                print(f"{mo} is stale ({'; '.join(differences[:3])}): "
                      "run python tools/build_catalog.py", file=sys.stderr)
                stale += 1
        else:
            mo.write_bytes(data)
            print(f"wrote {mo}")
    return 1 if stale else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
