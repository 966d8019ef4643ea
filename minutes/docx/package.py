"""Serialise .docx packages reproducibly.

python-docx stamps the current time on every zip member and on the core
properties, so two saves of the same document differ. :func:`document_bytes`
fixes both, so the same outline always gives the same bytes. Writing the bytes
to disk is :func:`minutes.files.write_atomic`'s job.
"""

from __future__ import annotations

import datetime as dt

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.opc.pkgwriter import PackageWriter

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
    head = _Members()
    # python-docx 1.x's PackageWriter steps, with the blobs computed once.
    PackageWriter._write_content_types_stream(head, [*parts, custom])
    PackageWriter._write_pkg_rels(head, package.rels)
    return head.members + list(members.items())


class _Members:
    """Collects what python-docx's PackageWriter writes, as (member name, bytes)."""

    def __init__(self) -> None:
        self.members: list[tuple[str, bytes]] = []

    def write(self, pack_uri, blob: bytes) -> None:
        """Keep ``blob`` under the member name of ``pack_uri``."""
        self.members.append((pack_uri.membername, blob))


def _custom_part(package, digest: str):
    """Return the package's custom-properties part holding ``digest``, creating it if needed."""
    for rel in package.rels.values():
        if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external:
            part = rel.target_part
            part._blob = fingerprint.merge_custom_properties(part.blob, digest)
            return part
    part = Part(PackURI(fingerprint.CUSTOM_URI), CT.OFC_CUSTOM_PROPERTIES,
                fingerprint.custom_properties_xml(digest), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
    return part
