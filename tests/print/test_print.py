"""What a văn thư sees on the printed page, read from the PDF (not the .docx).

Every example x every document it has data for x the three styles, plus an outline
whose indicator table runs over a page, converted in one LibreOffice run (the
session fixture ``printed``, tests/print/printbatch.py). The PDFs are PDF/A-2b.
Skipped where LibreOffice or poppler is not installed.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import has_pdf_tools, open_docx
from printbatch import TABLE_ROWS, Printed, cases, flat, row_name

from minutes.vietnamese.format import format_date_short

pytestmark = [pytest.mark.pdf, pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")]

CASES = [case[0] for case in cases()]
OFFICIAL = [c for c in CASES if ".tin-bai." not in c]
LONG_TABLES = [c for c in CASES if c.startswith("bang-dai.")]
LEFT_MARGIN_PT = 30 * 72 / 25.4
TEXT_WIDTH_PT = {"state": 165 * 72 / 25.4, "party": 165 * 72 / 25.4, "youth": 160 * 72 / 25.4}


def blocks(lines):
    """Group the lines of a page into blocks: the lines of one centred name or title
    (same size and weight, one under the other, same centre)."""
    out = []
    for line in sorted(lines, key=lambda ln: ln.top):
        for block in out:
            last = block[-1]
            if (last.size == line.size and last.bold == line.bold and abs(last.centre - line.centre) < 4
                    and 0 < line.top - last.top <= 1.6 * line.size):
                block.append(line)
                break
        else:
            out.append([line])
    return out


@pytest.mark.parametrize("case", OFFICIAL)
def test_names_signers_and_titles_break_by_meaning(printed, case):
    """Point 1: no line of a centred name, signer line or trích yếu ends inside a word of two
    syllables or on an administrative unit away from its name."""
    from minutes.vietnamese.linebreak import bad_breaks

    doc: Printed = printed[case]
    for number, page in enumerate(doc.lines, start=1):
        for block in blocks(page):
            texts = [line.text for line in block]
            if len(block) > 1 and (block[0].bold or texts[0].isupper()):
                assert not bad_breaks(texts), (case, number, texts, bad_breaks(texts))


@pytest.mark.parametrize("case", OFFICIAL)
def test_header_names_stay_in_their_column(printed, case):
    """Point 1: the bodies' names sit inside the left header column (none overflows it)."""
    doc = printed[case]
    page = doc.lines[0]
    number = next(line for line in page if line.text.startswith("Số"))
    names = [line for line in page if line.top < number.top and line.x1 < 300 and line.text.isupper()]
    assert names, (case, [line.text for line in page[:8]])
    left = min(line.x0 for line in names)
    right = max(line.x1 for line in names)
    assert left > 40 and right < 300, (case, left, right)


@pytest.mark.parametrize("case", LONG_TABLES)
def test_indicator_table_header_repeats_and_rows_do_not_split(printed, case):
    """Point 2: the header row opens the table on every page, never ends a page, and each
    row (its name wraps over two lines) is on one page."""
    doc = printed[case]
    pages_with_rows = []
    for number, page in enumerate(doc.lines):
        rows = [line for line in page if "Chỉ tiêu " in line.text and " về " in line.text]
        header = [line for line in page if line.text == "Chỉ tiêu" and line.bold]
        if rows:
            pages_with_rows.append(number)
            assert header and header[0].top < rows[0].top, (case, number)
        elif header:
            pytest.fail(f"{case}: the table header stands alone at the bottom of page {number + 1}")
    assert len(pages_with_rows) >= 2, (case, "the table should run over a page break")
    for n in range(1, TABLE_ROWS + 1):
        first = row_name(n).split(" về")[0] + " về"
        on = [i for i, page in enumerate(doc.lines) if any(first in line.text for line in page)]
        end = [i for i, page in enumerate(doc.lines) if any(line.text.endswith(f"mã {n}") for line in page)]
        assert on and on == end, (case, n, on, end)


def body_lines(doc: Printed, page):
    """The lines that start at the left margin in the body size (not the table, not the header)."""
    return [line for line in page if abs(line.x0 - LEFT_MARGIN_PT) < 1.5 and line.size >= 13]


@pytest.mark.parametrize("case", CASES)
def test_no_word_stands_alone_on_the_last_line_of_a_paragraph(printed, case):
    """Point 3: no body line holds one short word ("0.", "ngày.") on its own."""
    doc = printed[case]
    width = TEXT_WIDTH_PT[doc.style]
    for number, page in enumerate(doc.lines, start=1):
        for line in body_lines(doc, page):
            lone = len(line.words) == 1 and (line.x1 - line.x0) < 0.2 * width and not line.bold
            assert not lone, (case, number, line.text)


HEADING = re.compile(r"^([0-9]+(\.[0-9]+)*|[IVX]+)\.\s")


@pytest.mark.parametrize("case", CASES)
def test_no_heading_or_lead_in_at_the_bottom_of_a_page(printed, case):
    """Point 3: the last line of a page is never a numbered heading or a line ending with ":"."""
    doc = printed[case]
    for number, page in enumerate(doc.lines[:-1], start=1):
        bottom = max((line for line in page if line.size >= 13), key=lambda line: line.top)
        heading = bottom.bold and HEADING.match(bottom.text)
        assert not heading and not bottom.text.endswith(":"), (case, number, bottom.text)


@pytest.mark.parametrize("case", OFFICIAL)
def test_noi_nhan_items_are_printed_whole(printed, case):
    """Point 4: each Nơi nhận item of the examples is printed on one line."""
    from minutes.docx.read import iter_paragraphs

    doc = printed[case]
    items = [flat(p.text) for p in iter_paragraphs(open_docx(doc.docx.read_bytes()))
             if p.style.style_id == "NoiNhanMuc"]
    printed_lines = {flat(line.text) for page in doc.lines for line in page}
    assert items and all(item in printed_lines for item in items), (case, [i for i in items if i not in printed_lines])


@pytest.mark.parametrize("case", CASES)
def test_pdf_is_pdfa_2b_with_fonts_embedded_and_metadata(printed, case):
    """Point 6: XMP says PDF/A-2 level B; every font is embedded; title, author, keywords set."""
    doc = printed[case]
    data = doc.pdf.read_bytes()
    assert re.search(rb"<pdfaid:part>2</pdfaid:part>", data), case
    assert re.search(rb"<pdfaid:conformance>B</pdfaid:conformance>", data), case
    fonts = subprocess.run(["pdffonts", str(doc.pdf)], capture_output=True, text=True, check=True).stdout
    rows = [row.split() for row in fonts.splitlines()[2:] if row.strip()]
    assert rows and all(row[-5] == "yes" for row in rows), (case, fonts)
    info = subprocess.run(["pdfinfo", str(doc.pdf)], capture_output=True, text=True, check=True).stdout
    props = open_docx(doc.docx.read_bytes()).core_properties
    assert f"Title:           {props.title}" in info
    assert f"Author:          {props.author}" in info and props.author == flat(doc.outline.organization.name)
    assert format_date_short(doc.outline.meeting.date) in info.split("Keywords:")[1].splitlines()[0]
