"""The record sheet (phiếu hồ sơ): a document's metadata as JSON, beside the file.

Luật Lưu trữ 33/2024/QH15 gives digital records full value, and TT 05/2025/TT-BNV
lists what must be kept with each one. ``minutes render … --record`` writes
``X.record.json`` beside ``X.docx`` with: the mã hồ sơ (outline ``file_code``),
the trích yếu, the tên loại, the date, the issuing body, the số and ký hiệu, the
language, the page count (from the PDF), the thời hạn bảo quản (outline
``retention``), and the size and SHA-256 of the .docx and of the PDF; its ``checksum``
(the SHA-256 of the other keys) tells a sheet changed by hand, which a new render keeps
as ``X.record.bak.json`` before writing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from minutes import __version__
from minutes.documents.context import build_context
from minutes.docx import catalog
from minutes.docx.metadata import title_of
from minutes.files import keep_backup, write_atomic
from minutes.model import Outline

SCHEMA = "minutes-record/1"
MEDIA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}
_NUMBER = re.compile(r"^Số:?\s*")


def record_path(docx: str | Path) -> Path:
    """Return where the record sheet of ``docx`` goes: ``hop.docx`` -> ``hop.record.json``."""
    docx = Path(docx)
    return docx.with_name(f"{docx.stem}.record.json")


def record_sheet(outline: Outline, template: str | None, docx: Path, pdf: Path | None = None,
                 pdfa: bool = True) -> dict:
    """Return the record sheet of the document ``docx`` rendered from ``outline`` with ``template``."""
    document = catalog.resolve(template or outline.template, outline.style).document
    context = build_context(outline, document)
    number = _NUMBER.sub("", context["so_ky_hieu"]).strip()
    files = [_file(docx)] + ([_file(pdf) | {"conformance": "PDF/A-2b" if pdfa else None}] if pdf else [])
    return {
        "schema": SCHEMA,
        "basis": "Luật Lưu trữ 33/2024/QH15; TT 05/2025/TT-BNV",
        "file_code": outline.file_code or None,
        "title": title_of(context),  # the same title as the PDF's metadata
        "document_type": document.ten_loai.capitalize(),
        "date": _iso(outline.issued or outline.meeting.date),
        "meeting_date": _iso(outline.meeting.date),
        "issuing_body": context["organization"]["name"],
        "parent_body": context["organization"]["parent"] or None,
        "number_and_symbol": number if outline.number is not None else None,
        "language": "vi",
        "pages": pdf_pages(pdf) if pdf else None,
        "retention": outline.retention or None,
        "files": files,
        "generator": f"minutes {__version__}",
    }


def write_record(outline: Outline, template: str | None, docx: Path, pdf: Path | None = None,
                 pdfa: bool = True) -> Path:
    """Write the record sheet of ``docx`` beside it (whole or not at all); return its path."""
    sheet = record_sheet(outline, template, docx, pdf, pdfa)
    sheet["checksum"] = _checksum(sheet)
    target = record_path(docx)
    if os.path.lexists(target) and not _written_by_minutes(target):
        keep_backup(target)  # a sheet she edited (or one that is not ours) is kept as NAME.record.bak.json
    write_atomic(target, (json.dumps(sheet, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return target


def _checksum(sheet: dict) -> str:
    """The SHA-256 of the sheet's other keys: a sheet changed by hand no longer matches it."""
    rest = {k: v for k, v in sheet.items() if k != "checksum"}
    return "sha256:" + hashlib.sha256(json.dumps(rest, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _written_by_minutes(path: Path) -> bool:
    """True when ``path`` is a record sheet minutes wrote and nobody changed since."""
    from minutes.errors import MinutesError
    from minutes.files import read_bounded

    try:
        sheet = json.loads(read_bounded(path, 1 << 20, str(path), "phiếu hồ sơ"))
    except (MinutesError, ValueError):
        return False
    return isinstance(sheet, dict) and sheet.get("checksum") == _checksum(sheet)


def _file(path: Path) -> dict:
    data = Path(path).read_bytes()
    return {"name": Path(path).name, "media_type": MEDIA_TYPES.get(Path(path).suffix.lower()),
            "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def pdf_pages(pdf: Path) -> int:
    """Return the page count of ``pdf``: pdfinfo's when poppler is installed, else the page objects."""
    tool = shutil.which("pdfinfo")
    if tool:
        try:
            out = subprocess.run([tool, str(pdf)], capture_output=True, text=True, errors="replace",
                                 timeout=60).stdout
            found = re.search(r"^Pages:\s+(\d+)", out, re.M)
            if found:
                return int(found.group(1))
        except (OSError, subprocess.TimeoutExpired):
            pass
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", Path(pdf).read_bytes()))


def _iso(day: object) -> str | None:
    """A date in ISO form, or None while it is left to fill."""
    return None if day is None else day.isoformat()  # type: ignore[attr-defined]
