"""``minutes import``: recover an outline from a biên bản .docx (ours or typed in Word).

:func:`import_docx` is the library function the command line and the web form
share: it takes the .docx (a path, bytes or a binary file) and returns an
:class:`ImportResult` with the commented YAML, the values to check and what the
loader still finds missing. It never writes a file and never imports click.

The steps, one module each: :mod:`minutes.reading.lines` (below the importer, shared
with lint: paragraphs and tables with their positions, old fonts converted, Word
numbering written out, tracked changes accepted),
:mod:`~minutes.importer.header` (ô 1-4 of the three styles),
:mod:`~minutes.importer.body` with :mod:`~minutes.importer.opening`,
:mod:`~minutes.importer.entries` and :mod:`~minutes.importer.content` (the body
by its headings), :mod:`~minutes.importer.signature` (signatures and Nơi nhận),
:mod:`~minutes.importer.emit` (the YAML) and :mod:`~minutes.importer.check` (the
loader's verdict). A document that is another kind of văn bản raises
:class:`NotMinutesError` (exit status 3) before anything is written.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field

from minutes.errors import MinutesError, Problem, display_name
from minutes.i18n import _
from minutes.importer.draft import Draft, Uncertain
from minutes.reading.model import TAG

__all__ = ["ImportResult", "Uncertain", "import_docx", "import_here", "read_here", "ImportInputError",
           "NotMinutesError"]

REQUIRED = (
    ("organization.name", "tên cơ quan ban hành"),
    ("organization.code", "chữ viết tắt tên cơ quan (như trong “Số: 05/BB-SNV”)"),
    ("meeting.title", "tên cuộc họp (trích yếu)"),
    ("meeting.date", "ngày họp"),
    ("meeting.start", "giờ bắt đầu"),
    ("meeting.location", "địa điểm"),
    ("chair", "người chủ trì (“Họ tên - Chức vụ”)"),
)
"""What the loader needs, and how to say it when the document does not have it."""


class NotMinutesError(MinutesError):
    """Raised when the .docx given to ``minutes import`` is another kind of văn bản (a quyết định,
    a tờ trình…): nothing is written. ``kind`` names what it looks like; the exit status is 3."""

    exit_code = 3

    def __init__(self, message: str, kind: str = ""):
        super().__init__(message)
        self.kind = kind

    def __reduce__(self):
        """Pickle with the kind (a batch worker sends its errors to the parent)."""
        return (type(self), (str(self.args[0]), self.kind))


class ImportInputError(MinutesError):
    """Raised when the file given to ``minutes import`` cannot be read as a .docx."""


@dataclass
class ImportResult:
    """What an import recovered: the YAML text, the values to check, and the loader's verdict."""

    outline_text: str
    uncertain: list[Uncertain] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # empty: the outline passes ``check``
    style: str = "state"
    converted: list[str] = field(default_factory=list)  # old fonts whose text was converted to Unicode

    @property
    def ok(self) -> bool:
        """True when the outline passes ``check`` as written."""
        return not self.problems


def import_docx(source, name: str | None = None, today: dt.date | None = None,
                outline_name: str = "de-cuong.yaml") -> ImportResult:
    """Read the biên bản ``source`` (path, bytes or binary file) and return the recovered outline.

    ``name`` is how the source is named in the YAML's header comment (default: the
    path's file name); ``today`` the import date written there (default: today);
    ``outline_name`` how the loader's problems name the outline.

    The file is read in a child process under CPU, memory and wall-clock limits
    (:mod:`minutes.docx.isolate`); a file that passes one raises :class:`ImportInputError`.
    """
    from minutes.docx import isolate

    data, shown = _data(source, name)
    read = isolate.read_received(read_here, data, shown, today, name=shown, error=ImportInputError)
    return _checked(read, outline_name)


def import_here(data: bytes, shown: str, today: dt.date | None = None,
                outline_name: str = "de-cuong.yaml") -> ImportResult:
    """:func:`import_docx` of the bytes ``data`` (named ``shown``) in this process, with no child."""
    return _checked(read_here(data, shown, today), outline_name)


def _checked(read: ImportResult, outline_name: str) -> ImportResult:
    """``read`` with the loader's verdict on its outline (:func:`minutes.importer.check.check_text`).

    The verdict is ``minutes check`` of the outline the import wrote, with the loader's own
    limits, as ``check`` reads any outline: it is not the reading of the received file, and
    is done outside the child that read it (on a 1 MiB outline, the loader takes as long as
    the reading of the file itself)."""
    from dataclasses import replace

    from minutes.importer.check import check_text

    return replace(read, problems=check_text(read.outline_text, outline_name))


def read_here(data: bytes, shown: str, today: dt.date | None = None) -> ImportResult:
    """The reading of the bytes ``data`` (named ``shown``) into an outline, before the loader's
    verdict on it (``problems`` left empty): what the child runs for :func:`import_docx`."""
    from minutes.documents.wording import wording_for
    from minutes.importer.body import Body
    from minutes.importer.emit import dump
    from minutes.importer.header import read_header
    from minutes.reading.lines import read_source
    from minutes.reading.model import UnreadableDocx

    try:
        found = read_source(data)
    except UnreadableDocx as exc:
        raise ImportInputError(str(exc).replace("<bytes>", shown, 1)) from None
    if not found.is_bien_ban and found.title:
        kind = found.title.split("\n")[0].strip().lower()
        raise NotMinutesError(_("{shown}: đây là {kind} (tên loại “{title}”), không phải biên bản; "
                                "minutes import chỉ lập đề cương từ một biên bản. Không ghi tệp nào.").format(
            shown=shown, kind=kind, title=found.title), kind)
    if not found.title:
        other = _other_kind(found)
        if other:
            kind, why = other
            raise NotMinutesError(_("{shown}: đây là {kind} ({why}), không phải biên bản; "
                                    "minutes import chỉ lập đề cương từ một biên bản. Không ghi tệp nào.").format(
                shown=shown, kind=kind, why=why), kind)
        _untitled(found)
    draft = Draft()
    read_header(found, draft)
    if not found.is_bien_ban:
        draft.doubt("meeting.title", "văn bản không có tên loại BIÊN BẢN; tên cuộc họp lấy từ dòng đầu nội dung")
    Body(draft, wording_for(found.style).honorific).read(found.body, found.title)
    _finish(draft, found)
    text = dump(draft.ordered(), draft.uncertain, shown, today or dt.date.today(), found.converted)
    return ImportResult(text, list(draft.uncertain), list(draft.notes), [], found.style, list(found.converted))


OTHER_KINDS = ("ĐIỀU LỆ", "ĐƠN", "VĂN BẢN THỎA THUẬN", "VĂN BẢN THOẢ THUẬN", "GIẢI TRÌNH", "HƯỚNG DẪN", "QUY CHẾ",
               "QUY ĐỊNH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "TỜ TRÌNH", "BÁO CÁO", "THÔNG BÁO", "KẾ HOẠCH", "GIẤY",
               "HỢP ĐỒNG", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "PHƯƠNG ÁN", "CÔNG VĂN")
"""Kinds of văn bản a line in capitals at the top may name when the reader found no tên loại of its
own ("ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)", "ĐƠN KHỞI KIỆN", "GIẢI TRÌNH BỔ SUNG …")."""


def _other_kind(found) -> tuple[str, str] | None:
    """(kind, why) when a document with no tên loại is plainly another kind of văn bản: a công văn
    ("V/v …" and "Kính gửi"), or a first capital line naming a kind ("ĐƠN KHỞI KIỆN"); None when it
    may be a note of a meeting (its lines give a time, place, chair or secretary)."""
    from minutes.importer.line_parts import key, split_label, split_marker
    from minutes.importer.opening import label_kind
    from minutes.reading.model import OFFICIAL_KEYS

    lines = [line for line in [*found.header, *found.body] if hasattr(line, "clean") and line.clean]
    for line in lines:
        labelled = split_label(split_marker(line.full)[2])
        if labelled and label_kind(labelled[0]) in ("time", "location", "chair", "secretary"):
            return None
    top = [line.clean for line in lines[:14]]
    greeting = any(key(text).startswith("kinhgui") for text in top)
    subject = next((text for text in top if re.match(r"^\(?V/v\b", text)), "")
    if subject and greeting and not any(text.upper().startswith("ĐƠN ") for text in top):
        return "công văn", f"trích yếu “{subject[:60]}” và “Kính gửi”, không có tên loại"
    for text in top:
        if key(text) in OFFICIAL_KEYS or text != text.upper() or not any(c.isalpha() for c in text):
            continue
        kind = next((k for k in OTHER_KINDS if text == k or text.startswith(k + " ")), "")
        if kind:
            return kind.lower(), f"dòng “{text[:60]}”"
    return None


def _untitled(found) -> None:
    """A note with no tên loại: the header ends at its first line in sentence case (the meeting's
    name), so that the lines under it (time, place, chair…) are read as the opening, never lost."""
    from minutes.importer.line_parts import split_label, split_marker
    from minutes.importer.opening import label_kind

    def opening(line) -> bool:
        labelled = split_label(split_marker(line.full)[2])
        return bool(labelled and label_kind(labelled[0]) in ("time", "location", "chair", "secretary"))

    for at, line in enumerate(found.header):
        text = line.clean
        if at and any(c.isalpha() for c in text) and text != text.upper() and not line.indented \
                and any(opening(after) for after in found.header[at:]):
            found.body = [*found.header[at:], *found.body]
            found.header = found.header[:at]
            return


UNIT = re.compile(r"\b(?:TỈNH|THÀNH PHỐ|TP\.|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?P<name>[^\d,;()]+)$")
"""An administrative unit ending a body's name: "… HUYỆN PHÚ THIỆN", "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA"."""


def _place_from_bodies(draft: Draft) -> None:
    """A state biên bản has no place-and-date line (Mẫu 1.9): take the place the later documents need
    from the administrative unit the issuing body (else its parent) is named after, marked to check."""
    from minutes.importer.line_parts import is_blank

    for path in ("organization.name", "organization.parent"):
        text = " ".join(str(draft.get(path) or "").split())
        found = UNIT.search(text)
        if found and not is_blank(found["name"]) and len(found["name"].split()) <= 4:
            place = " ".join(w[:1].upper() + w[1:].lower() for w in found["name"].split())
            draft.set("place", place, f"địa danh suy ra từ tên cơ quan “{text}”: văn bản không có dòng "
                                      "địa danh, ngày tháng")
            return


def _data(source, name: str | None) -> tuple[bytes, str]:
    """The bytes of ``source`` read with a bound (:func:`minutes.files.read_bounded`); the
    package itself is checked by the lint reader (:mod:`minutes.docx.safezip`)."""
    from minutes.docx.safezip import MAX_FILE_BYTES
    from minutes.files import InputError, read_bounded

    if isinstance(source, (bytes, bytearray)):
        return bytes(source), name or "<bytes>"
    if hasattr(source, "read"):
        shown = name or display_name(getattr(source, "name", "-"))
    else:
        shown = name or os.path.basename(os.fspath(source))
    try:
        return read_bounded(source, MAX_FILE_BYTES, shown, "tệp .docx"), shown
    except InputError as exc:
        raise ImportInputError(_("{name}: không đọc được tệp ({exc})").format(
            name=display_name(source) if not hasattr(source, "read") else shown, exc=exc)) from None


def _finish(draft: Draft, found) -> None:
    """Settle the dates, infer the period, mark what the document did not give."""
    from minutes.vietnamese.periods import period_code
    from minutes.vietnamese.periodtext import period_in, periods_named

    header_date = draft.data.pop("_header_date", None)
    if header_date and not draft.has("meeting.date"):
        draft.set("meeting.date", header_date, "ngày họp lấy từ dòng địa danh, ngày tháng")
    elif header_date and header_date != draft.get("meeting.date"):
        draft.set("issued", header_date)
    if not draft.has("place"):
        _place_from_bodies(draft)
    title = draft.get("meeting.title") or ""
    if TAG.search(title):
        draft.doubt("meeting.title", "đây là thẻ của một mẫu văn bản, chưa có nội dung; ghi tên cuộc họp")
    period = period_in(title) if title else None
    named = sorted({(i, y) for k, i, y in periods_named(title) if period is not None and k == period.kind})
    if period is not None and len({i for i, _ in named}) > 1:  # "sơ kết quý III, triển khai quý IV năm 2025"
        draft.set("meeting.period", None, "tên cuộc họp nêu nhiều kỳ; hãy ghi kỳ mà cuộc họp đánh giá "
                                          "(ví dụ Q3/2025)")
    elif period is not None:
        draft.set("meeting.period", period_code(period), "kỳ báo cáo suy ra từ tên cuộc họp")
    for path, what in REQUIRED:
        if not draft.has(path):
            draft.set(path, None, f"không thấy {what} trong văn bản; hãy điền")
