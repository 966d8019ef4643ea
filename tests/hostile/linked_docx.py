"""Build a .docx that points outside itself: linked images (http and file://) and fetching fields."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def _picture(rid: str, pid: int) -> str:
    return (
        f'<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="1905000" cy="1905000"/><wp:docPr id="{pid}" name="Linked {pid}"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="x{pid}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:link="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1905000" cy="1905000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r></w:p>"
    )


def _fields(base: str) -> str:
    simple = (f'<w:p><w:fldSimple w:instr=\' INCLUDEPICTURE "{base}/field-simple.png" \\d \'>'
              '<w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>')
    complex_ = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r>'
        f'<w:r><w:instrText xml:space="preserve">TEXT "{base}/field-text.docx" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    return simple + complex_


def linked_docx(source: bytes, base_url: str, local_file: Path) -> bytes:
    """``source`` (a .docx) with two linked images (``base_url``/img.png and ``local_file``) and
    two fetching fields added at the end of the body."""
    with zipfile.ZipFile(io.BytesIO(source)) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    rels = parts["word/_rels/document.xml.rels"].decode()
    extra = (f'<Relationship Id="rIdExt1" Type="{IMAGE_REL}" Target="{base_url}/img.png" TargetMode="External"/>'
             f'<Relationship Id="rIdExt2" Type="{IMAGE_REL}" Target="{local_file.as_uri()}" TargetMode="External"/>')
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", extra + "</Relationships>").encode()
    document = parts["word/document.xml"].decode()
    if "xmlns:wp=" not in document[:3000]:
        document = document.replace("<w:document ", '<w:document xmlns:wp="http://schemas.openxmlformats.org/'
                                    'drawingml/2006/wordprocessingDrawing" ', 1)
    if "xmlns:r=" not in document[:3000]:
        document = document.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/'
                                    'officeDocument/2006/relationships" ', 1)
    added = _picture("rIdExt1", 901) + _picture("rIdExt2", 902) + _fields(base_url)
    document = re.sub(r"(<w:sectPr[ >])", lambda m: added + m.group(1), document, count=1)
    parts["word/document.xml"] = document.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    return out.getvalue()
