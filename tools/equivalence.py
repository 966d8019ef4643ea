"""What a built file means, compared apart from the bytes a tool's version may change.

The committed catalogues (.mo) and built-in templates (.docx) are made by babel,
python-docx and lxml, whose versions float with each fresh install. A new release may
write a different "Generated-By" header, another attribute order or other whitespace
while the product is unchanged; the checks in tools/ therefore compare meaning:

- a catalogue: every message (id, context, translation, plural forms) and the header
  fields that change how it is read (Content-Type, Plural-Forms, Language);
- a .docx: the same part names, every XML part equal after canonical serialisation
  (C14N 2.0, which fixes attribute order, namespace declarations and quoting), every
  other part equal byte for byte.
"""

from __future__ import annotations

import io
import zipfile

from babel.messages.mofile import read_mo
from lxml import etree

READING_HEADERS = ("content-type", "plural-forms", "language")
"""Header fields of a catalogue that change how its messages are read."""


def catalogue_meaning(mo: bytes) -> dict:
    """Return what the compiled catalogue ``mo`` says, without who generated it."""
    catalog = read_mo(io.BytesIO(mo))
    messages = {(message.context, message.id if isinstance(message.id, str) else tuple(message.id)):
                message.string if isinstance(message.string, str) else tuple(message.string)
                for message in catalog if message.id}
    headers = {key.lower(): value for key, value in catalog.mime_headers
               if key.lower() in READING_HEADERS}
    return {"messages": messages, "headers": headers}


def catalogue_differences(built: bytes, committed: bytes) -> list[str]:
    """Return a line for each message or reading header that differs (empty when equivalent)."""
    new, old = catalogue_meaning(built), catalogue_meaning(committed)
    lines = [f"header {key}: {old['headers'].get(key)!r} -> {new['headers'].get(key)!r}"
             for key in sorted(set(new["headers"]) | set(old["headers"]))
             if new["headers"].get(key) != old["headers"].get(key)]
    for key in sorted(set(new["messages"]) | set(old["messages"]), key=repr):
        if new["messages"].get(key) != old["messages"].get(key):
            lines.append(f"message {key[1]!r}: {old['messages'].get(key)!r} -> "
                         f"{new['messages'].get(key)!r}")
    return lines


def _canonical(data: bytes) -> bytes:
    """Return the C14N 2.0 form of the XML ``data``."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
    return etree.tostring(etree.fromstring(data, parser), method="c14n2")


def docx_differences(built: bytes, committed: bytes) -> list[str]:
    """Return the names of the parts that differ in meaning (empty when equivalent)."""
    with zipfile.ZipFile(io.BytesIO(built)) as new, zipfile.ZipFile(io.BytesIO(committed)) as old:
        names_new, names_old = set(new.namelist()), set(old.namelist())
        lines = [f"only built: {name}" for name in sorted(names_new - names_old)]
        lines += [f"only committed: {name}" for name in sorted(names_old - names_new)]
        for name in sorted(names_new & names_old):
            a, b = new.read(name), old.read(name)
            if a == b:
                continue
            xml = name.endswith((".xml", ".rels"))
            if not xml or _canonical(a) != _canonical(b):
                lines.append(f"part differs: {name}")
    return lines
