"""The register and the task list laid out: a terminal table, CSV, or a .docx to print.

The sổ đăng ký văn bản đi follows NĐ 30/2020 Phụ lục IV, mục I: a cover (cơ quan chủ quản,
cơ quan, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", năm, từ ngày … đến ngày, từ số … đến số, quyển số)
and the ten columns (1)–(10); what the register does not know (bản lưu, số lượng bản,
ngày chuyển, ký nhận) is left blank to fill by hand. The task list's .docx is a báo cáo
tình hình thực hiện.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import textwrap
import unicodedata

REGISTER_COLUMNS = ("Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản",
                    "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản",
                    "Ngày chuyển", "Ký nhận", "Ghi chú")
"""The ten columns of the sổ đăng ký văn bản đi (NĐ 30/2020 Phụ lục IV, mục I.2)."""
TASK_COLUMNS = ("Nhiệm vụ", "Người/đơn vị thực hiện", "Thời hạn", "Cuộc họp giao", "Tình trạng",
                "Kết quả kiểm điểm", "Quá hạn")
DOTS = "…"


def short_date(day: dt.date | None) -> str:
    """dd/mm/yyyy, or empty."""
    return day.strftime("%d/%m/%Y") if day else ""


def note_of(row: dict) -> str:
    """Column (10): a voided number says so, with who, when and why."""
    if row.get("void_at") is None:
        return ""
    return f"Hủy ngày {row['void_at']:%d/%m/%Y} ({row['void_by']}): {row['void_reason']}"


def register_cells(row: dict) -> list[str]:
    """The ten cells of one number: the Nơi nhận's "Lưu: …" line goes to column (6), bản lưu."""
    lines = [line for line in row["recipients"].split("\n") if line]
    kept = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Lưu")]
    sent = [line for line in lines if not line.startswith("Lưu")]
    return [row["reference"], short_date(row["date"]), f"{row['kind']} {row['summary']}".strip(), row["signer"],
            "; ".join(sent), "; ".join(kept), "", "", "", note_of(row)]


def task_cells(task) -> list[str]:
    """The cells of one task."""
    return [task.text, task.owner, short_date(task.due), f"{task.meeting} ({short_date(task.meeting_date)})",
            task.status_label, task.status_text, "Quá hạn" if task.overdue else ""]


def as_csv(header, rows) -> str:
    """CSV with a header line (UTF-8; Excel reads it with the BOM the caller adds)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def as_table(header, rows, widths, width: int | None = None, cut: tuple[int, ...] = ()) -> str:
    """A plain text table for the terminal; nothing in it is cut.

    ``widths`` holds each column's widest: a longer cell wraps onto more lines. The columns
    listed in ``cut`` wrap; the others (a date, a number, a status) are as wide as their
    longest cell. With ``width`` (the terminal's columns) the wrapping columns narrow, in
    proportion and none below :data:`LEAST`, so that the table fits. When a row takes more
    than one line, an empty line sets the rows apart.
    """
    header = [unicodedata.normalize("NFC", c) for c in header]
    rows = [[unicodedata.normalize("NFC", c) for c in row] for row in rows]
    longest = [max(len(c) for c in column) for column in zip(header, *rows)]
    natural = [min(n, w) if i in cut else n for i, (n, w) in enumerate(zip(longest, widths))]
    fitted = fit_widths(natural, cut, width)
    blocks = [_row_lines(row, fitted) for row in rows]
    apart = any(len(block) > 1 for block in blocks)
    out = [*_row_lines(header, fitted), "  ".join("-" * w for w in fitted)]
    for block in blocks:
        out.extend(([""] if apart else []) + block)
    return "\n".join(out) + "\n"


LEAST = 8
"""The narrowest a wrapping column of a terminal table gets."""


def fit_widths(natural: list[int], cut: tuple[int, ...], width: int | None, gap: int = 2) -> list[int]:
    """Column widths: ``natural``; with ``width``, the columns in ``cut`` narrowed in proportion
    (none below :data:`LEAST` or its natural width) so that the columns and gaps fit."""
    if width is None:
        return list(natural)
    flexible = sum(natural[i] for i in cut)
    spare = width - gap * (len(natural) - 1) - (sum(natural) - flexible)
    if flexible <= spare:
        return list(natural)
    return [max(min(n, LEAST), n * max(spare, 0) // flexible) if i in cut else n for i, n in enumerate(natural)]


def _row_lines(cells: list[str], widths: list[int]) -> list[str]:
    """One row of a terminal table as lines, each cell wrapped at word breaks in its column."""
    parts = [textwrap.wrap(c, w, break_on_hyphens=False) or [""] for c, w in zip(cells, widths)]
    return ["  ".join((p[k] if k < len(p) else "").ljust(w) for p, w in zip(parts, widths)).rstrip()
            for k in range(max(map(len, parts)))]


def register_table(rows: list[dict], width: int | None = None) -> str:
    """The register on the terminal: số, date, trích yếu, signer, note (see :func:`as_table`)."""
    cells = [[c for i, c in enumerate(register_cells(r)) if i in (0, 1, 2, 3, 9)] for r in rows]
    return as_table(["Số, ký hiệu", "Ngày", "Tên loại và trích yếu", "Người ký", "Ghi chú"], cells,
                    [16, 10, 60, 22, 30], width, cut=(2, 3, 4))


def tasks_table(found, width: int | None = None) -> str:
    """The tasks on the terminal: task, owner, due date, status, outline (see :func:`as_table`)."""
    cells = [[t.text, t.owner, short_date(t.due), t.status_label + (" (quá hạn)" if t.overdue else ""),
              t.outline] for t in found]
    return as_table(["Nhiệm vụ", "Thực hiện", "Thời hạn", "Tình trạng", "Đề cương"], cells, [50, 26, 10, 30, 34],
                    width, cut=(0, 1, 4))


def _document(landscape: bool):
    """An A4 document in Times New Roman 13 pt with NĐ 30's margins."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    return doc


def _centred(doc, text: str, bold: bool = False, size: int = 13):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.bold, run.font.size = bold, Pt(size)
    return para


REGISTER_WIDTHS_MM = (30, 20, 58, 26, 32, 24, 14, 16, 16, 16)
"""Column widths of the sổ on landscape A4 (252 mm between NĐ 30's margins)."""


def _grid(doc, header, rows, widths, size: int = 11) -> None:
    """A bordered table: the header, the column numbers (1)…(n), then the rows."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    table = doc.add_table(rows=0, cols=len(header))
    table.style, table.autofit = "Table Grid", False
    for column, width in zip(table.columns, widths):
        column.width = Mm(width)  # the grid, which LibreOffice and Word lay out by
    numbers = [f"({i})" for i in range(1, len(header) + 1)]
    for cells, kind in ((header, "head"), (numbers, "numbers"), *((r, "") for r in rows)):
        row = table.add_row().cells
        for cell, text, width in zip(row, cells, widths):
            cell.width = Mm(width)
            para = cell.paragraphs[0]
            if kind:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(text)
            run.bold, run.font.size = kind == "head", Pt(size)


MAIN_BOOK = "Sổ đăng ký văn bản đi"
"""The title of the body's main register (book "")."""


def book_title(book: str) -> str:
    """How a register is named: its book's name, or the main one's title."""
    return book or MAIN_BOOK


def register_docx(registers: list[tuple[tuple[str, str, int | None], list[dict], str]], year: int | None) -> bytes:
    """The registers as .docx: for each ((body, book, year), rows, cơ quan chủ quản), its cover
    page then its ten-column table; with none, one empty register of ``year`` to fill by hand."""
    from docx.enum.text import WD_BREAK

    from minutes.register.books import name_and_code

    doc = _document(landscape=True)
    for i, ((body, book, its_year), rows, parent) in enumerate(registers or [(("", "", year), [], "")]):
        if i:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _register_book(doc, rows, parent, name_and_code(body)[0], its_year, book_title(book))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _register_book(doc, rows: list[dict], parent: str, body: str, year: int | None, title: str) -> None:
    """One register: its cover page (Phụ lục IV), then its table."""
    from docx.enum.text import WD_BREAK

    given = [r["number"] for r in rows]
    dates = [r["date"] for r in rows if r["date"]]
    if parent:
        _centred(doc, parent.upper())
    _centred(doc, body.upper() if body else DOTS * 6, bold=True)
    for _ in range(4):
        doc.add_paragraph()
    _centred(doc, title.upper(), bold=True, size=20)
    _centred(doc, f"Năm: {year if year else DOTS * 3}")
    _centred(doc, f"Từ ngày {short_date(min(dates)) if dates else DOTS * 3} đến ngày "
                  f"{short_date(max(dates)) if dates else DOTS * 3}")
    _centred(doc, f"Từ số {min(given):02d} đến số {max(given):02d}" if given else f"Từ số {DOTS * 3} đến số {DOTS * 3}")
    _centred(doc, f"Quyển số: {DOTS * 3}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _grid(doc, REGISTER_COLUMNS, [register_cells(r) for r in rows], REGISTER_WIDTHS_MM, size=10)
