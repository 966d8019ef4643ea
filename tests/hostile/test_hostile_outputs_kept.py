"""Nothing lost, no process left: backups before ``--force``, the record sheet, temporary files
of runs writing one output at once, FIFO outputs, SIGTERM/SIGHUP to ``minutes pdf``, the PDF/A
title in XMP, upper-case .DOCX outputs and batch errors that name their outline."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import hostile_docx as h
import pytest
from hostile_helpers import ROOT, assert_message, run_limited, write_outline

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and signals")


# --- .bak before --force ------------------------------------------------------------------

def test_import_force_keeps_the_outline_she_edited(invoke, tmp_path):
    source = tmp_path / "bien-ban.docx"
    source.write_bytes(h.plain())
    assert invoke("import", source).exit_code in (0, 1)
    outline = tmp_path / "bien-ban.yaml"
    edited = outline.read_text(encoding="utf-8") + "# chị đã sửa ở đây\n"
    outline.write_text(edited, encoding="utf-8")
    invoke("import", source, "--force")
    assert (tmp_path / "bien-ban.bak.yaml").read_text(encoding="utf-8") == edited
    assert "chị đã sửa" not in outline.read_text(encoding="utf-8")


def test_import_force_over_the_same_text_makes_no_backup(invoke, tmp_path):
    source = tmp_path / "bien-ban.docx"
    source.write_bytes(h.plain())
    invoke("import", source)
    invoke("import", source, "--force")
    assert not (tmp_path / "bien-ban.bak.yaml").exists()


def test_next_force_keeps_the_outline_she_edited(invoke, tmp_path):
    outline = write_outline(tmp_path)
    result = invoke("next", outline, "-o", tmp_path / "sau.yaml")
    assert result.exit_code == 0, result.stderr
    edited = (tmp_path / "sau.yaml").read_text(encoding="utf-8") + "# ghi chú của chị\n"
    (tmp_path / "sau.yaml").write_text(edited, encoding="utf-8")
    assert invoke("next", outline, "-o", tmp_path / "sau.yaml", "--force").exit_code == 0
    assert (tmp_path / "sau.bak.yaml").read_text(encoding="utf-8") == edited


def test_record_keeps_a_sheet_she_edited_and_replaces_its_own(invoke, tmp_path):
    outline = write_outline(tmp_path)
    assert invoke("render", outline, "--record").exit_code == 0
    sheet = tmp_path / "hop.record.json"
    assert invoke("render", outline, "--record").exit_code == 0
    assert not (tmp_path / "hop.record.bak.json").exists()  # its own sheet: replaced, no backup
    data = json.loads(sheet.read_text(encoding="utf-8"))
    data["retention"] = "Vĩnh viễn (chị tự ghi)"
    sheet.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert invoke("render", outline, "--record").exit_code == 0
    kept = json.loads((tmp_path / "hop.record.bak.json").read_text(encoding="utf-8"))
    assert kept["retention"] == "Vĩnh viễn (chị tự ghi)"


# --- temporary files of two runs writing one output ------------------------------------

def test_a_fresh_temporary_taken_for_stale_by_another_run_does_not_fail_the_write(tmp_path, monkeypatch):
    """Another run cleans the folder between this run's creating its temporary file and locking
    it: the write must still succeed (before, it failed with "No such file or directory")."""
    from minutes import files

    real, calls = files._create_temporary, []

    def racing(folder, prefix):
        made = real(folder, prefix)
        if not calls:  # the first time only: another process runs its clean-up right now
            code = ("from pathlib import Path; from minutes.files import remove_stale; "
                    f"print(len(remove_stale(Path({str(folder)!r}), {prefix!r})))")
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True).stdout
            calls.append(int(out))
        return made

    monkeypatch.setattr(files, "_create_temporary", racing)
    target = tmp_path / "hop.docx"
    files.write_atomic(target, b"noi dung")
    assert calls == [1] and target.read_bytes() == b"noi dung"
    assert [p.name for p in tmp_path.iterdir()] == ["hop.docx"]


def test_many_processes_writing_one_output_all_succeed(tmp_path):
    code = ("import sys\nfrom minutes.files import write_atomic\n"
            "for i in range(40): write_atomic(sys.argv[1], (sys.argv[2] * 1000).encode())")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    target = tmp_path / "chung.docx"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(target), str(n)], stderr=subprocess.PIPE, env=env)
             for n in range(4)]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert all(p.returncode == 0 for p in procs), errors
    assert [p.name for p in tmp_path.iterdir()] == ["chung.docx"]


# --- FIFO outputs, X.DOCX, batch errors ---------------------------------------------------

@posix_only
@pytest.mark.parametrize("option", ["--record", "--pdf"])
def test_a_fifo_output_with_record_or_pdf_is_refused_up_front(tmp_path, option):
    outline = write_outline(tmp_path)
    fifo = tmp_path / "ong.docx"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.DEVNULL)  # someone reads: no ENXIO
    try:
        result = run_limited("render", outline, "-o", fifo, option, timeout=60,
                             env={"MINUTES_SOFFICE": "/bin/false"})
    finally:
        try:  # let cat end if nothing was written (no wait: it may have ended already)
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
        reader.wait(timeout=30)
    assert_message(result, "không phải tệp thường (ống FIFO hoặc thiết bị)", "--record")


def test_an_upper_case_docx_output_gets_its_record(invoke, tmp_path):
    outline = write_outline(tmp_path)
    result = invoke("render", outline, "-o", tmp_path / "X.DOCX", "--record")
    assert result.exit_code == 0, result.stderr
    sheet = json.loads((tmp_path / "X.record.json").read_text(encoding="utf-8"))
    assert sheet["files"][0]["name"] == "X.DOCX"


def test_batch_errors_name_their_outline(invoke, tmp_path):
    bad = tmp_path / "mau.docx"
    bad.write_bytes(h.strict())
    a, b = write_outline(tmp_path, "a.yaml"), write_outline(tmp_path, "b.yaml")
    result = invoke("render", a, b, "-t", bad, "-d", tmp_path / "ra", "-j", "1")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "Strict Open XML" in line]
    assert len(lines) == 2 and lines[0].startswith(str(a)) and lines[1].startswith(str(b)), result.stderr


# --- minutes pdf ends with SIGTERM and SIGHUP ---------------------------------------------

def _fake_soffice(folder: Path) -> Path:
    """A LibreOffice that records its arguments and its pid, then hangs."""
    fake = folder / "soffice"
    fake.write_text(f"#!/bin/sh\necho $$ > '{folder}/pid'\necho \"$@\" > '{folder}/args'\nexec sleep 300\n")
    fake.chmod(0o755)
    return fake


def _wait_for(path: Path, seconds: float = 60) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists() and path.read_text().strip():
            return path.read_text().strip()
        time.sleep(0.05)
    raise AssertionError(f"{path} never appeared")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat")
    return not (state.exists() and state.read_text().split()[2] == "Z")


@posix_only
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_to_minutes_pdf_stops_libreoffice_and_removes_its_profile(tmp_path, sig):
    work = tmp_path / "tmp"
    work.mkdir()
    source = tmp_path / "hop.docx"
    source.write_bytes(h.plain())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MINUTES_SOFFICE": str(_fake_soffice(tmp_path)), "TMPDIR": str(work)}
    proc = subprocess.Popen([sys.executable, "-m", "minutes", "pdf", str(source)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    office = int(_wait_for(tmp_path / "pid"))
    assert "UserInstallation=file://" + str(work) in _wait_for(tmp_path / "args")
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig
    end = time.monotonic() + 30
    while _alive(office) and time.monotonic() < end:
        time.sleep(0.05)
    assert not _alive(office)
    assert list(work.iterdir()) == [] and not (tmp_path / "hop.pdf").exists()


# --- the PDF/A title ------------------------------------------------------------------------

XMP = (b"%PDF-1.7\n1 0 obj<</Type/Metadata/Length 200>>stream\n<?xpacket begin=''?>"
       b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:li xml:lang="x-default">Kinh t\xe1\xba\xbf &amp;amp; '
       b"X\xc3\xa3 h\xe1\xbb\x99i &amp;lt;1&amp;gt;</rdf:li></x:xmpmeta>\n<?xpacket end='w'?>\nendstream\n")


def test_a_title_escaped_twice_in_xmp_is_mended_in_place(tmp_path):
    from minutes.pdf.xmp import mend_xmp

    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(XMP)
    assert mend_xmp(pdf)
    data = pdf.read_bytes()
    assert len(data) == len(XMP)  # the cross-reference offsets stay right
    assert "Kinh tế &amp; Xã hội &lt;1&gt;</rdf:li>".encode() in data and b"&amp;amp;" not in data
    assert not mend_xmp(pdf)  # escaped once now: left alone


def test_a_title_escaped_once_is_left_alone(tmp_path):
    from minutes.pdf.xmp import mend_xmp

    once = XMP.replace(b"&amp;amp;", b"&amp;  ").replace(b"&amp;lt;1&amp;gt;", b"&amp; 1")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(once)
    assert not mend_xmp(pdf) and pdf.read_bytes() == once


def test_the_record_and_the_metadata_carry_one_title_on_one_line():
    from minutes.docx.metadata import title_of

    context = {"trich_yeu": "Hội nghị Kinh tế & Xã hội\nquý I năm 2026"}
    assert title_of(context) == "Hội nghị Kinh tế & Xã hội quý I năm 2026"


@pytest.mark.skipif(not (os.path.exists("/usr/bin/soffice") or os.environ.get("MINUTES_SOFFICE")),
                    reason="needs LibreOffice")
def test_pdfa_xmp_title_matches_the_record_sheet(tmp_path):
    long_title = ("Hội nghị sơ kết công tác Kinh tế & Xã hội, quốc phòng - an ninh quý I và triển khai "
                  "nhiệm vụ trọng tâm quý II năm 2026 của Ủy ban nhân dân đặc khu")
    text = write_outline(tmp_path).read_text(encoding="utf-8")
    outline = tmp_path / "hop.yaml"
    import re

    outline.write_text(re.sub(r"(?m)^  title: .*$", f'  title: "{long_title}"', text, count=1), encoding="utf-8")
    result = run_limited("render", outline, "--pdf", "--record", timeout=300)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    sheet = json.loads((tmp_path / "hop.record.json").read_text(encoding="utf-8"))
    data = (tmp_path / "hop.pdf").read_bytes()
    start = data.index(b"<dc:title>")
    xmp_title = data[start : data.index(b"</dc:title>", start)].decode()
    assert "&amp;amp;" not in xmp_title and "\n" not in sheet["title"] and "&" in sheet["title"]
    escaped = sheet["title"].replace("&", "&amp;")
    assert f'<rdf:li xml:lang="x-default">{escaped}</rdf:li>' in xmp_title
    info = subprocess.run(["pdfinfo", str(tmp_path / "hop.pdf")], capture_output=True, text=True).stdout
    assert f"Title:           {sheet['title']}" in info
