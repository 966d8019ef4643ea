"""Point 2: LibreOffice converts a copy cut off from the outside world.

A .docx (or a user template) with images linked instead of embedded, over http and
file://, and with INCLUDEPICTURE/INCLUDETEXT fields: converting it must send no
request (a local HTTP server on 127.0.0.1 records every hit) and embed no local file
(pdfimages lists no image). Without the cut, LibreOffice does both.
"""

from __future__ import annotations

import http.server
import io
import shutil
import struct
import subprocess
import threading
import zipfile
import zlib
from pathlib import Path

import pytest
from hostile_helpers import ROOT, write_outline
from linked_docx import linked_docx
from patience import patience

from minutes.docx.sanitize import strip_external
from minutes.pdf.lockdown import SETTINGS, lock_profile


def _png(size: int = 64) -> bytes:
    raw = b"".join(b"\0" + b"\xff\x00\x00" * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@pytest.fixture
def server():
    """A local HTTP server that records the path of every request it gets."""
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(_png())

        do_HEAD = do_GET

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", hits
    httpd.shutdown()
    httpd.server_close()


def _hostile(tmp_path: Path, base: str) -> Path:
    from minutes.docx.render import render_bytes
    from minutes.outline import load_outline

    secret = tmp_path / "secret.png"
    secret.write_bytes(_png())
    path = tmp_path / "lien-ket.docx"
    path.write_bytes(linked_docx(render_bytes(load_outline(ROOT / "examples" / "toi-thieu.yaml")), base, secret))
    return path


def _images(pdf: Path) -> list[str]:
    done = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, timeout=patience(60))
    assert done.returncode == 0, done.stderr
    listing = done.stdout
    return [line for line in listing.splitlines()[2:] if line.strip()]


def test_strip_external_removes_every_way_out(tmp_path):
    data = _hostile(tmp_path, "http://127.0.0.1:9")
    clean = strip_external(data.read_bytes())
    with zipfile.ZipFile(io.BytesIO(clean)) as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
        document = package.read("word/document.xml").decode()
    assert 'TargetMode="External"' not in rels.replace("hyperlink", "")
    assert "rIdExt" not in rels and 'r:link="rIdExt' not in document
    assert "INCLUDEPICTURE" not in document and "INCLUDE" not in document and "field-text" not in document
    assert "Linked 901" in document  # the picture frame stays, empty


def test_strip_external_leaves_a_clean_document_byte_identical(rendered):
    for data in rendered.values():
        assert strip_external(data) == data


def test_profile_settings_never_update_links(tmp_path):
    written = lock_profile(tmp_path / "profile")
    assert written.read_text(encoding="utf-8") == SETTINGS
    assert '<prop oor:name="Link" oor:op="fuse"><value>2</value>' in SETTINGS


pdf_tools = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdfimages")),
                               reason="needs LibreOffice and poppler")


@pytest.mark.pdf
@pdf_tools
def test_pdf_of_a_linked_document_fetches_nothing_and_embeds_nothing(tmp_path, server, invoke):
    base, hits = server
    source = _hostile(tmp_path, base)
    result = invoke("pdf", source)
    assert result.exit_code == 0, result.stderr
    assert hits == []
    assert source.with_suffix(".pdf").read_bytes()[:5] == b"%PDF-"
    assert _images(source.with_suffix(".pdf")) == []


@pytest.mark.pdf
@pdf_tools
def test_render_pdf_with_a_linked_user_template_fetches_nothing(tmp_path, server, invoke):
    base, hits = server
    template = tmp_path / "mau.docx"
    secret = tmp_path / "secret.png"
    secret.write_bytes(_png())
    template.write_bytes(linked_docx((ROOT / "templates" / "bien-ban.state.docx").read_bytes(), base, secret))
    outline = write_outline(tmp_path)
    result = invoke("render", outline, "-t", template, "--pdf")
    assert result.exit_code == 0, result.stderr
    pdf = tmp_path / "hop-mau.pdf"
    assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
    assert hits == [] and _images(pdf) == []


@pytest.mark.pdf
@pdf_tools
def test_control_without_the_cut_libreoffice_does_fetch_and_embed(tmp_path, server):
    """The harness can see a leak: the same file converted directly, without minutes, leaks."""
    base, hits = server
    source = _hostile(tmp_path, base)
    subprocess.run([shutil.which("soffice"), "--headless", "--norestore",
                    f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "raw"), str(source)], capture_output=True, timeout=patience(180))
    assert hits and _images(tmp_path / "raw" / "lien-ket.pdf")
