"""Serialise .docx packages reproducibly.

python-docx stamps the current time on every zip member and on the core
properties, so two saves of the same document differ. :func:`document_bytes`
fixes both, so the same outline always gives the same bytes. Writing the bytes
to disk is :func:`minutes.files.write_atomic`'s job.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.opc.pkgwriter import PackageWriter

from minutes.docx import fingerprint

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def document_bytes(document, when: dt.datetime) -> bytes:
    """Return the bytes of ``document`` with ``when`` as its creation/modification time.

    The package is written once, straight into a zip whose members carry a fixed
    timestamp, so equal documents give equal bytes (python-docx's own ``save``
    stamps the current time on every member). The custom properties record a
    fingerprint of the content (:mod:`minutes.docx.fingerprint`).
    """
    props = document.core_properties
    props.created = props.modified = when
    props.revision = 1
    props.last_modified_by = "minutes"
    package = document.part.package
    parts = [p for p in package.parts if p.partname != fingerprint.CUSTOM_URI]
    members: dict[str, bytes] = {}
    for part in parts:
        part.before_marshal()
        members[part.partname.membername] = part.blob
        if len(part.rels):
            members[part.partname.rels_uri.membername] = part.rels.xml
    custom = _custom_part(package, fingerprint.content_digest(members))
    members[custom.partname.membername] = custom.blob
    out = io.BytesIO()
    writer = _FixedTimeZipWriter(out)
    # python-docx 1.x's PackageWriter steps, with our writer and the blobs computed once.
    PackageWriter._write_content_types_stream(writer, [*parts, custom])
    PackageWriter._write_pkg_rels(writer, package.rels)
    for name, blob in members.items():
        writer.write_member(name, blob)
    writer.close()
    return out.getvalue()


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


class _FixedTimeZipWriter:
    """The physical-package writer python-docx expects, with fixed member timestamps."""

    def __init__(self, stream):
        self._zip = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED)

    def write(self, pack_uri, blob: bytes) -> None:
        """Add ``blob`` as the member named by ``pack_uri``."""
        self.write_member(pack_uri.membername, blob)

    def write_member(self, name: str, blob: bytes) -> None:
        """Add ``blob`` as the member ``name``."""
        info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self._zip.writestr(info, blob)

    def close(self) -> None:
        """Finish the zip."""
        self._zip.close()
