"""Serialise .docx packages reproducibly.

python-docx stamps the current time on every zip member and on the core
properties, so two saves of the same document differ. :func:`document_bytes`
fixes both, so the same outline always gives the same bytes. Writing the bytes
to disk is :func:`minutes.files.write_atomic`'s job.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import zipfile

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from docx.opc.part import Part
from docx.opc.pkgwriter import PackageWriter
from docx.opc.rel import Relationships

from minutes.docx import fingerprint
from minutes.docx.archive import zip_bytes


def document_bytes(document, when: dt.datetime) -> bytes:
    """Return the bytes of ``document`` with ``when`` as its creation/modification time.

    The package is written once, straight into a zip whose members carry a fixed
    timestamp, so equal documents give equal bytes (python-docx's own ``save``
    stamps the current time on every member). The custom properties record a
    fingerprint of the content (:mod:`minutes.docx.fingerprint`).
    """
    stamp(document, when)
    return zip_bytes(package_members(document))


def stamp(document, when: dt.datetime) -> None:
    """Set the core properties minutes owns: created and modified ``when``, revision 1."""
    props = document.core_properties
    props.created = props.modified = when
    props.revision = 1
    props.last_modified_by = "minutes"


def package_members(document, digest: str | None = None) -> list[tuple[str, bytes]]:
    """Return the members of ``document``'s package in the order they are zipped: content
    types, package relationships, each part with its relationships, custom properties.

    ``digest`` is the fingerprint to record (default: computed from the content); the
    compiled templates (:mod:`minutes.docx.compiled`) pass a placeholder.
    """
    package = document.part.package
    parts = [p for p in package.parts if p.partname != fingerprint.CUSTOM_URI]
    members: dict[str, bytes] = {}
    for part in parts:
        part.before_marshal()
        members[part.partname.membername] = part.blob
        if len(part.rels):
            members[part.partname.rels_uri.membername] = part.rels.xml
    custom = _custom_part(package, digest or fingerprint.content_digest(members))
    members[custom.partname.membername] = custom.blob
    return _head(package, [*parts, custom]) + list(members.items())


def _head(package, parts) -> list[tuple[str, bytes]]:
    """Return the content types of ``parts`` and the package relationships, as python-docx writes them."""
    types = tuple(dict.fromkeys((part.partname, part.content_type) for part in parts))
    return [(CONTENT_TYPES_URI.membername, _content_types(types)),
            (PACKAGE_URI.rels_uri.membername, package.rels.xml)]


@functools.lru_cache(maxsize=64)
def _content_types(types: tuple[tuple[PackURI, str], ...]) -> bytes:
    """``[Content_Types].xml`` for parts of these (name, content type), from python-docx's own
    writer (``PackageWriter.write``, what ``save`` calls) given stand-ins that carry a name and
    a content type but no content: its zip is small, and the same parts give the same bytes,
    so a batch writes it once."""
    stand_ins = [Part(name, content_type) for name, content_type in types]
    out = io.BytesIO()
    PackageWriter.write(out, Relationships(PACKAGE_URI.baseURI), stand_ins)
    with zipfile.ZipFile(out) as written:
        return written.read(CONTENT_TYPES_URI.membername)


def _custom_part(package, digest: str):
    """Return the custom-properties part holding ``digest``: a copy of the package's own with
    ``digest`` merged in (the package keeps its part as it was), or a new part related to the
    package when it has none."""
    for rel in package.rels.values():
        if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external:
            part = rel.target_part
            return Part(part.partname, part.content_type,
                        fingerprint.merge_custom_properties(part.blob, digest))
    part = Part(PackURI(fingerprint.CUSTOM_URI), CT.OFC_CUSTOM_PROPERTIES,
                fingerprint.custom_properties_xml(digest), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
    return part
