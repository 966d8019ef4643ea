"""Real documents in ../shared/realdocs/ (read in place, never copied): no traceback, and from the
biên bản among them the title, the date and the issuing body."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import ROOT

from minutes.importer import ImportInputError, NotMinutesError, import_docx
from minutes.outline import load_outline

REALDOCS = next((p / "shared" / "realdocs" for p in (ROOT.parent, ROOT.parent.parent)  # checkout, worktree
                 if (p / "shared" / "realdocs").is_dir()), ROOT.parent / "shared" / "realdocs")
FILES = sorted(REALDOCS.glob("*/*.docx")) if REALDOCS.is_dir() else []
BIEN_BAN = {"ttr-bb-vnpt-su-co.docx", "bb-vpi-template.docx"}  # the biên bản among them: never refused
UNREADABLE = {"gen-ck-cong-van.docx", "gen-ck-nghi-quyet-dang.docx"}  # broken XML (see SOURCES.md)

pytestmark = pytest.mark.skipif(not FILES, reason="../shared/realdocs/ is not present")


def values(result) -> dict:
    """The imported outline as plain data (the loader's YAML reader, no validation)."""
    from minutes.outline.reader import load as read_yaml

    return read_yaml(result.outline_text.encode("utf-8"), "x.yaml")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_real_document_imports_without_a_traceback(path):
    if path.name in UNREADABLE:
        with pytest.raises(ImportInputError, match=path.name):
            import_docx(path)
        return
    try:
        result = import_docx(path, today=dt.date(2026, 1, 1))
    except NotMinutesError as exc:  # a quyết định, tờ trình, thông báo…: refused, saying what it is
        assert path.name not in BIEN_BAN, path.name
        assert path.name in str(exc) and exc.kind and exc.kind in str(exc) and exc.exit_code == 3
        return
    assert result.outline_text.startswith("# Đề cương biên bản nhập từ")
    data = values(result)
    assert data["organization"]["name"], "no issuing body found"
    for problem in result.problems:  # what is missing is said in Vietnamese, with the line
        assert problem.line > 0 and problem.message


def _one(name: str) -> Path:
    found = [p for p in FILES if p.name == name]
    if not found:
        pytest.skip(f"{name} is not in ../shared/realdocs/")
    return found[0]


def test_vnpt_acceptance_minutes_after_a_submission():
    """A tờ trình followed by a biên bản nghiệm thu in one file: the biên bản part is read."""
    result = import_docx(_one("ttr-bb-vnpt-su-co.docx"))
    data = values(result)
    assert data["meeting"]["title"] == "NGHIỆM THU VÀ QUYẾT TOÁN SAU SỬA CHỮA"
    assert data["meeting"]["date"] == "09/01/2026"  # "Hôm nay, ngày 09 tháng 01 năm 2026 tại …"
    assert data["organization"]["name"] == "TỔ HẠ TẦNG PHÚC YÊN"
    assert data["organization"]["parent"] == "TRUNG TÂM HẠ TẦNG"
    assert data["meeting"]["location"].startswith("TDP Ngô Miễn")


def test_vpi_minutes_template():
    """A real biên bản form with docxtemplater fields: the field stands as the title, and the date,
    left blank in the form ("ngày … tháng … năm 2025"), is reported missing instead of invented."""
    result = import_docx(_one("bb-vpi-template.docx"))
    data = values(result)
    assert data["organization"]["name"] == "VIỆN DẦU KHÍ VIỆT NAM"
    assert data["organization"]["parent"] == "TẬP ĐOÀN CÔNG NGHIỆP-NĂNG LƯỢNG QUỐC GIA VIỆT NAM"
    assert data["organization"]["code"] == "VDKVN"
    assert data["place"] == "Hà Nội"
    assert data["meeting"]["title"].startswith("{{TenCuocHop}}")
    assert any(u.path == "meeting.title" and "thẻ" in u.reason for u in result.uncertain)
    assert data["meeting"]["date"] is None
    # a date left to fill is no error (the document prints dotted lines) but stays marked to check
    assert any(u.path == "meeting.date" for u in result.uncertain)
    assert re.search(r"^\s*date:\s+# kiểm tra lại", result.outline_text, re.M)
    assert any("năm 2025" in note for note in result.notes)


def test_an_imported_real_minutes_renders_once_completed(tmp_path):
    """Fill what the import could not find, and the outline renders."""
    from minutes.docx.render import render_bytes

    result = import_docx(_one("ttr-bb-vnpt-su-co.docx"))
    text = result.outline_text
    assert {p.path for p in result.problems} <= {"meeting.start", "chair"}
    text = text.replace("start:  #", 'start: "8:00"  #').replace("chair:  #", "chair: Ngô Tiến Mạnh - Tổ trưởng  #")
    outline = load_outline("x.yaml", data=text.encode("utf-8"))
    assert render_bytes(outline, None)[:2] == b"PK"
