"""minutes' own large outputs are read back: ``lint``, ``import`` and ``pdf`` never call them
too large or a zip bomb.

An outline of about 550 KB with a big table of indicators (what ``check`` accepts) renders a
.docx of some 50,000 paragraphs and runs counted as the safe reader counts them: over the
fixed budget of 45,000 the reader had, under the budget that grows with the file's size. The
outline is built and rendered once for the module (a few seconds: it is large on purpose).
"""

from __future__ import annotations

import re
import zipfile

import pytest
from hostile_helpers import MINIMAL

ROWS = 5600
REFUSED = ("quá lớn", "bom nén", "zip bomb", "vượt giới hạn", "quá nhiều")


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """(the outline, the .docx minutes renders from it)."""
    from minutes import api

    folder = tmp_path_factory.mktemp("large")
    rows = "".join(f"  - {{name: Chỉ tiêu phát triển kinh tế - xã hội số {i} của đơn vị, value: {i * 1000 + 7}, "
                   f"unit: đồng, previous: {i * 900}}}\n" for i in range(ROWS))
    outline = folder / "lon.yaml"
    outline.write_text(MINIMAL + "indicators:\n" + rows, encoding="utf-8")
    assert 500_000 < outline.stat().st_size < 1024 * 1024  # what check accepts
    api.render([str(outline)], output=str(folder / "lon.docx"))
    return outline, folder / "lon.docx"


def _counted(path) -> float:
    """Paragraphs plus half the runs, as the safe reader counts them."""
    with zipfile.ZipFile(path) as package:
        xml = b"".join(package.read(n) for n in package.namelist() if n.endswith(".xml"))
    return len(re.findall(rb"<w:p[\s/>]", xml)) + len(re.findall(rb"<w:r[\s/>]", xml)) / 2


def test_the_output_is_over_the_old_fixed_budget(large):
    assert _counted(large[1]) > 45_000


def test_lint_reads_it(invoke, large):
    result = invoke("lint", large[1])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output, result.output[-2000:]
    assert f"{large[1]}:" in result.output and "unreadable" not in result.output, result.output[-2000:]
    assert not any(word in result.output for word in REFUSED), result.output[-2000:]


def test_import_reads_it_back_row_for_row(invoke, large, tmp_path):
    result = invoke("import", large[1], "-o", tmp_path / "lai.yaml")
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output[-2000:]
    assert not any(word in result.output for word in REFUSED), result.output[-2000:]
    text = (tmp_path / "lai.yaml").read_text(encoding="utf-8")  # the import checked it: read the rows
    names = re.findall(r"^  - \{name: (Chỉ tiêu phát triển kinh tế - xã hội số (\d+) của đơn vị), value: (\d+)", text,
                       re.MULTILINE)
    assert [(int(n), int(v)) for _, n, v in names] == [(i, i * 1000 + 7) for i in range(ROWS)]


def test_pdf_reads_it(invoke, large, monkeypatch):
    """What minutes guards is the reading; LibreOffice itself is replaced by a program that fails,
    so the message is about LibreOffice, never about the file's size (a real conversion of a
    thousand pages is the printing tests' business)."""
    monkeypatch.setenv("MINUTES_SOFFICE", "/bin/false")  # found, run after the reading, and fails
    result = invoke("pdf", large[1])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output[-2000:]
    assert "LibreOffice" in result.stderr, result.stderr
    assert not any(word in result.stderr for word in REFUSED), result.stderr
