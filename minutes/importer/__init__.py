"""``minutes import``: recover an outline from a biên bản .docx (ours or typed in Word).

:func:`import_docx` is the library function the command line and the web form
share: it takes the .docx (a path, bytes or a binary file) and returns an
:class:`ImportResult` with the commented YAML, the values to check and what the
loader still finds missing. It never writes a file and never imports click.

The steps, one module each: :mod:`~minutes.importer.reading` (paragraphs and
tables with their positions, old fonts converted, Word numbering written out),
:mod:`~minutes.importer.header` (ô 1-4 of the three styles),
:mod:`~minutes.importer.body` with :mod:`~minutes.importer.opening`,
:mod:`~minutes.importer.entries` and :mod:`~minutes.importer.sections` (the body
by its headings), :mod:`~minutes.importer.signature` (signatures and Nơi nhận),
:mod:`~minutes.importer.emit` (the YAML) and :mod:`~minutes.importer.check` (the
loader's verdict).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from minutes.errors import MinutesError, Problem, display_name
from minutes.importer.draft import Draft, Uncertain
from minutes.lint.model import TAG

__all__ = ["ImportResult", "Uncertain", "import_docx", "ImportInputError"]

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
    """
    from minutes.documents.wording import wording_for
    from minutes.importer.body import Body
    from minutes.importer.check import check_text
    from minutes.importer.emit import dump
    from minutes.importer.header import read_header
    from minutes.importer.reading import read_source
    from minutes.lint import LintInputError

    data, shown = _data(source, name)
    try:
        found = read_source(data)
    except LintInputError as exc:
        raise ImportInputError(str(exc).replace("<bytes>", shown, 1)) from None
    draft = Draft()
    read_header(found, draft)
    if not found.is_bien_ban:
        draft.doubt("meeting.title", f"văn bản không có tên loại BIÊN BẢN ({found.title or 'không rõ'})")
    Body(draft, wording_for(found.style).honorific).read(found.body, found.title)
    _finish(draft, found)
    text = dump(draft.ordered(), draft.uncertain, shown, today or dt.date.today(), found.converted)
    return ImportResult(text, list(draft.uncertain), list(draft.notes), check_text(text, outline_name),
                        found.style, list(found.converted))


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
        raise ImportInputError(f"{display_name(source) if not hasattr(source, 'read') else shown}: "
                               f"không đọc được tệp ({exc})") from None


def _finish(draft: Draft, found) -> None:
    """Settle the dates, infer the period, mark what the document did not give."""
    from minutes.vietnamese.periods import period_code
    from minutes.vietnamese.periodtext import period_in, periods_named

    header_date = draft.data.pop("_header_date", None)
    if header_date and not draft.has("meeting.date"):
        draft.set("meeting.date", header_date, "ngày họp lấy từ dòng địa danh, ngày tháng")
    elif header_date and header_date != draft.get("meeting.date"):
        draft.set("issued", header_date)
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
