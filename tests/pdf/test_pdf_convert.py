"""minutes.pdf.convert: one LibreOffice run per batch, PDFs beside the documents, fonts, preview.

Tests marked ``pdf`` need LibreOffice and poppler and are skipped without them; the
error paths run everywhere, with small shell scripts standing in for soffice/pdffonts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, has_pdf_tools, render_outline_bytes

from minutes.outline import load_outline
from minutes.pdf.convert import PdfError, convert_to_pdf, find_soffice, font_warnings, pdf_target, preview_png

needs_tools = pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")
posix_only = pytest.mark.skipif(os.name != "posix", reason="uses /bin/sh scripts")
BATCH = {  # folder/file -> example: two documents share a name, in different folders
    "a/bien-ban.docx": "cong-doan-quy-1-2026",
    "b/bien-ban.docx": "mat-tran-giao-ban-quy-3-2021",
    "b/toi-thieu.docx": "toi-thieu",
}


def script(path: Path, body: str) -> Path:
    """Write an executable /bin/sh script at ``path``; return it."""
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def flat(text: str) -> str:
    """NFC text with every run of white space made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(pdf: Path) -> list[str]:
    """Return the text of each page of ``pdf`` (pdftotext ends each page with a form feed)."""
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout.split("\f")[:-1]


@pytest.fixture
def docx(tmp_path) -> Path:
    """A real rendered document in its own folder."""
    path = tmp_path / "doc" / "toi-thieu.docx"
    path.parent.mkdir()
    path.write_bytes(render_outline_bytes(ROOT / "examples" / "toi-thieu.yaml"))
    return path


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Convert :data:`BATCH` in one call through a logging wrapper; return (folder, pdfs, log)."""
    if not has_pdf_tools():
        pytest.skip("LibreOffice/poppler not installed")
    folder = tmp_path_factory.mktemp("batch")
    log = folder / "soffice.log"
    wrapper = script(folder / "soffice-wrapper", f'echo "$@" >> "{log}"\nexec "{shutil.which("soffice")}" "$@"')
    paths = []
    for name, example in BATCH.items():
        path = folder / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(render_outline_bytes(ROOT / "examples" / f"{example}.yaml"))
        paths.append(path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MINUTES_SOFFICE", str(wrapper))
        pdfs = convert_to_pdf(paths)
    return folder, pdfs, log.read_text(encoding="utf-8").splitlines()


@pytest.mark.pdf
@needs_tools
def test_batch_makes_one_pdf_per_document_beside_it(batch):
    folder, pdfs, _ = batch
    assert pdfs == [folder / "a/bien-ban.pdf", folder / "b/bien-ban.pdf", folder / "b/toi-thieu.pdf"]
    assert sorted(p.name for p in (folder / "b").iterdir()) == ["bien-ban.docx", "bien-ban.pdf",
                                                                "toi-thieu.docx", "toi-thieu.pdf"]
    for pdf, example in zip(pdfs, BATCH.values()):
        pages = page_texts(pdf)
        assert len(pages) >= 1
        organization = load_outline(ROOT / "examples" / f"{example}.yaml").organization.name
        assert flat(organization) in flat(pages[0]), pdf  # same-named files did not clobber each other


@pytest.mark.pdf
@needs_tools
def test_batch_starts_exactly_one_libreoffice(batch):
    _, _, log = batch
    assert len(log) == 1
    assert "--headless" in log[0] and "-env:UserInstallation=file://" in log[0] and log[0].count(".docx") == 3


@pytest.mark.pdf
@needs_tools
@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm not installed")
def test_preview_png_writes_page_one_beside_the_pdf(batch):
    _, pdfs, _ = batch
    png = preview_png(pdfs[2])
    assert png == pdfs[2].with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not [p for p in png.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.pdf
@needs_tools
@pytest.mark.skipif(not shutil.which("pdffonts"), reason="pdffonts not installed")
def test_font_warning_when_times_new_roman_is_missing(batch):
    _, pdfs, _ = batch
    fonts = subprocess.run(["pdffonts", str(pdfs[0])], capture_output=True, text=True).stdout
    if "TimesNewRoman" in fonts:
        assert font_warnings(pdfs[0]) == []
    else:
        (warning,) = font_warnings(pdfs[0])
        assert "không có phông Times New Roman" in warning and "Liberation Serif" in warning


# ---------- everywhere: fakes stand in for LibreOffice and poppler ----------


@posix_only
def test_fake_soffice_maps_each_pdf_to_its_document(tmp_path, monkeypatch):
    log = tmp_path / "log"
    fake = script(tmp_path / "soffice", f"""echo run >> "{log}"
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) out="$2"; shift 2;;
    -*|pdf) shift;;
    *) b=$(basename "$1"); {{ printf '%%PDF-1.4\\n'; cat "$1"; }} > "$out/${{b%.*}}.pdf"; shift;;
  esac
done""")
    monkeypatch.setenv("MINUTES_SOFFICE", str(fake))
    sources = []
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        path = tmp_path / sub / "x.docx"
        with zipfile.ZipFile(path, "w") as zf:  # the smallest package the safe reader accepts
            zf.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                        'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                        '</Relationships>')
            zf.writestr("word/document.xml", "<w:document xmlns:w='urn:w'/>")
            zf.writestr("which.txt", f"document in {sub}")
        sources.append(path)
    pdfs = convert_to_pdf([*sources, sources[0]])
    assert pdfs == [tmp_path / "a/x.pdf", tmp_path / "b/x.pdf", tmp_path / "a/x.pdf"]
    for src, pdf in zip(sources, pdfs):
        assert pdf.read_bytes() == b"%PDF-1.4\n" + src.read_bytes()
    assert log.read_text().splitlines() == ["run"]
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["x.docx", "x.pdf"]  # no temp or lock file


def test_minutes_soffice_pointing_nowhere_is_named(tmp_path, monkeypatch, docx):
    monkeypatch.setenv("MINUTES_SOFFICE", str(tmp_path / "no-such-soffice"))
    with pytest.raises(PdfError, match="MINUTES_SOFFICE") as err:
        convert_to_pdf([docx])
    assert "no-such-soffice" in str(err.value)
    assert not pdf_target(docx).exists()


def test_no_libreoffice_on_path_gives_the_install_hint(tmp_path, monkeypatch):
    monkeypatch.delenv("MINUTES_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PdfError) as err:
        find_soffice()
    assert "apt-get install libreoffice-writer-nogui" in str(err.value) and "MINUTES_SOFFICE" in str(err.value)


@posix_only
def test_hanging_libreoffice_is_killed_and_leaves_no_pdf(tmp_path, monkeypatch, docx):
    pidfile = tmp_path / "sleep.pid"
    hang = script(tmp_path / "hang", f'sleep 30 &\necho $! > "{pidfile}"\nwait')
    monkeypatch.setenv("MINUTES_SOFFICE", str(hang))
    start = time.monotonic()
    with pytest.raises(PdfError, match="LibreOffice không trả lời sau 1 giây"):
        convert_to_pdf([docx], timeout=1)
    assert time.monotonic() - start < 10
    assert sorted(p.name for p in docx.parent.iterdir()) == [docx.name]
    status = Path(f"/proc/{pidfile.read_text().strip()}/status")
    if status.parent.parent.is_dir():  # Linux: the grandchild died with the process group
        time.sleep(0.2)
        assert not status.exists() or "\nState:\tZ" in status.read_text()


@posix_only
def test_libreoffice_writing_nothing_names_the_document_and_its_stderr(tmp_path, monkeypatch, docx):
    monkeypatch.setenv("MINUTES_SOFFICE", str(script(tmp_path / "mute", 'echo "Error: boom" >&2')))
    with pytest.raises(PdfError) as err:
        convert_to_pdf([docx])
    assert str(docx) in str(err.value) and "Error: boom" in str(err.value)
    assert not pdf_target(docx).exists()


def test_bad_inputs_fail_before_libreoffice_starts(tmp_path, monkeypatch, docx):
    monkeypatch.setenv("MINUTES_SOFFICE", str(tmp_path / "never-run"))
    broken = tmp_path / "broken.docx"
    broken.write_text("not a zip")
    with pytest.raises(PdfError, match="broken.docx: không phải tệp .docx hợp lệ"):
        convert_to_pdf([broken])
    with pytest.raises(PdfError, match="missing.docx: không tìm thấy tệp"):
        convert_to_pdf([tmp_path / "missing.docx"])
    twin = tmp_path / "toi-thieu.docx"
    twin.write_bytes(docx.read_bytes())
    with pytest.raises(PdfError, match="cùng ghi ra"):
        convert_to_pdf([docx, twin], outdir=tmp_path)
    with pytest.raises(PdfError, match="không tồn tại"):
        convert_to_pdf([docx], outdir=tmp_path / "nowhere")
    assert convert_to_pdf([]) == []


def test_preview_without_pdftoppm_gives_the_apt_hint(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(PdfError, match="poppler-utils"):
        preview_png(tmp_path / "x.pdf")


@posix_only
@pytest.mark.parametrize(("font", "expected"), [
    ("ABCDEF+TimesNewRomanPSMT", None),
    ("BAAAAA+LiberationSerif-Bold", "Liberation Serif (cùng kích thước chữ)"),
    ("CAAAAA+DejaVuSerif", "fonts-liberation2"),
])
def test_font_warnings_read_pdffonts(tmp_path, monkeypatch, font, expected):
    table = ("name type encoding emb sub uni object ID\\n-------- ------\\n"
             f"{font:<36} TrueType WinAnsi yes yes yes 9 0\\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script(bin_dir / "pdffonts", f'printf "{table}"')
    monkeypatch.setenv("PATH", str(bin_dir))
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    warnings = font_warnings(pdf)
    if expected is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and expected in warnings[0]


@posix_only
def test_font_warnings_fall_back_to_fc_match_without_pdffonts(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script(bin_dir / "fc-match", 'printf "Liberation Serif"')
    monkeypatch.setenv("PATH", str(bin_dir))
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    (warning,) = font_warnings(pdf)
    assert "Liberation Serif (cùng kích thước chữ)" in warning
