"""Compile minutes/locale/*/LC_MESSAGES/*.po to .mo with babel; extract the command line's messages.

Usage: ``python tools/build_catalog.py`` (``--check``: exit 1 if a .mo is stale).
``--locale DIR`` works on another locale folder (the tests check a changed copy).
``--extract`` first brings minutes/locale/en/LC_MESSAGES/cli.po up to date with the code:
every message marked ``_``, ``N_`` or ``ngettext`` in the package (babel's Python extractor; the
web pages have their own domain) and every help text of the commands; a new message gets an
empty English to fill, a message gone from the code is dropped.

``--check`` compares what the catalogues say (tools/equivalence.py), not their bytes:
a newer babel writes another "Generated-By" header into identical catalogues.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from equivalence import catalogue_differences  # noqa: E402

PACKAGE = HERE.parent / "minutes"
LOCALE = PACKAGE / "locale"
CLI_PO = LOCALE / "en" / "LC_MESSAGES" / "cli.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
"""The marks of minutes.i18n, as babel's extractor reads them."""


def cli_messages() -> dict[str | tuple[str, str], list[str]]:
    """Every message of the command line's domain: msgid (a pair if plural) -> where it is."""
    found: dict[str | tuple[str, str], list[str]] = {}
    method_map = [("web/**", "ignore"), ("**.py", "python")]
    for filename, line, message, _comments, _context in extract_from_dir(
            str(PACKAGE), method_map=method_map, keywords=KEYWORDS):
        found.setdefault(message if isinstance(message, str) else tuple(message), []).append(
            f"minutes/{filename}:{line}")
    sys.path.insert(0, str(HERE.parent))
    from minutes import cli, i18n

    for item, attribute, source in i18n.help_texts(cli.main):
        found.setdefault(i18n.help_msgid(source), []).append(f"{attribute} of {getattr(item, 'name', '')}")
    for term in glossary_terms():
        found.setdefault(term, []).append("minutes/glossary.py")
    return found


def glossary_terms() -> set[str]:
    """The glossary's terms of the outline's keys, which messages name (``checker.label``), and
    their notes, which the interview's questions show (``interview.asking.question``)."""
    from minutes import glossary

    return ({key.term for key in glossary.KEYS if key.term} | {key.note for key in glossary.KEYS if key.note}
            | set(glossary.FIELD_TERMS.values()))


def extract(po: Path = CLI_PO) -> None:
    """Bring ``po`` up to date with :func:`cli_messages`, keeping every translation it has."""
    with po.open("rb") as handle:
        catalog = read_po(handle)
    template = Catalog(creation_date=catalog.creation_date)  # a date only when a message is new
    for message in cli_messages():
        template.add(message)
    catalog.update(template, no_fuzzy_matching=True)
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, omit_header=False, ignore_obsolete=True,
             sort_output=True)
    po.write_bytes(out.getvalue())
    print(f"wrote {po}")


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
    parser.add_argument("--extract", action="store_true", help="update the command line's cli.po first")
    args = parser.parse_args(argv)
    if args.extract:
        extract()
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
