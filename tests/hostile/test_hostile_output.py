"""Points 1, 3, 4, 11 and 13: no output replaces an input, a file we did not make, a link
or a device; backups are whole and stay in the folder; names and streams get messages."""

from __future__ import annotations

import errno
import fcntl
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hostile_helpers import ROOT, assert_message, run_limited, write_outline
from patience import patience

from minutes.errors import OutputError
from minutes.files import remove_stale, temp_prefix, write_atomic


def _render(invoke, *args):
    return invoke("render", *args)


def test_render_never_replaces_its_own_outline(invoke, tmp_path):
    outline = write_outline(tmp_path)
    before = outline.read_bytes()
    for extra in ([], ["--force"]):
        result = _render(invoke, outline, "-o", outline, *extra)
        assert result.exit_code == 1 and "chính tệp đầu vào" in result.stderr
        assert outline.read_bytes() == before


def test_render_never_replaces_its_template(invoke, tmp_path):
    outline = write_outline(tmp_path)
    template = tmp_path / "mau.docx"
    assert invoke("templates", "export", "bien-ban", template).exit_code == 0
    before = template.read_bytes()
    result = _render(invoke, outline, "-t", template, "-o", template, "--force")
    assert result.exit_code == 1 and "chính tệp đầu vào" in result.stderr
    assert template.read_bytes() == before


@pytest.mark.parametrize("name", ["ghi-chu.txt", "hop.yaml.docx", "khac.yaml", "tin.md"])
def test_an_existing_file_we_did_not_make_needs_force_and_is_kept(invoke, tmp_path, name):
    outline = write_outline(tmp_path)
    target = tmp_path / name
    target.write_bytes(b"viec cua nguoi dung")
    result = _render(invoke, outline, "-o", target)
    assert result.exit_code == 1 and "không do minutes tạo ra" in result.stderr
    assert target.read_bytes() == b"viec cua nguoi dung"
    assert _render(invoke, outline, "-o", target, "--force").exit_code == 0
    backup = target.with_name(f"{target.stem}.bak{target.suffix}")
    assert backup.read_bytes() == b"viec cua nguoi dung"


def test_rendering_the_same_markdown_twice_needs_no_force(invoke, tmp_path):
    outline = write_outline(tmp_path)
    for _ in range(2):
        assert _render(invoke, outline, "--format", "md").exit_code == 0


def test_next_never_replaces_its_own_outline(invoke, tmp_path):
    outline = write_outline(tmp_path)
    before = outline.read_bytes()
    result = invoke("next", outline, "-o", outline, "--force")
    assert result.exit_code == 1 and "chính đề cương đang đọc" in result.stderr
    assert outline.read_bytes() == before


def test_a_symlink_target_is_written_through_and_stays_a_link(invoke, tmp_path):
    outline = write_outline(tmp_path)
    real = tmp_path / "that" / "hop.docx"
    real.parent.mkdir()
    assert _render(invoke, outline, "-o", real).exit_code == 0
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    outline = tmp_path / "hop.yaml"
    outline.write_text(outline.read_text(encoding="utf-8") + "secretary: Lê Văn Bình - Chuyên viên\n", encoding="utf-8")
    before = real.read_bytes()
    assert _render(invoke, outline, "-o", link).exit_code == 0
    assert link.is_symlink() and real.read_bytes() != before and real.read_bytes()[:2] == b"PK"
    assert _render(invoke, outline, "-o", link).exit_code == 0  # unchanged since generated: replaced
    assert link.is_symlink()


def test_a_dangling_symlink_target_is_refused(invoke, tmp_path):
    outline = write_outline(tmp_path)
    outside = tmp_path / "outside" / "x.docx"
    link = tmp_path / "hop.docx"
    link.symlink_to(outside)
    result = _render(invoke, outline, "--force")
    assert result.exit_code == 1 and "liên kết" in result.stderr
    assert link.is_symlink() and not os.path.lexists(outside)


def test_a_fifo_target_is_written_into_as_a_stream(tmp_path):
    outline = write_outline(tmp_path)
    fifo = tmp_path / "ong.docx"
    os.mkfifo(fifo)
    got = bytearray()

    def drain():
        with open(fifo, "rb") as handle:
            got.extend(handle.read())

    reader = threading.Thread(target=drain)
    reader.start()
    result = run_limited("render", outline, "-o", fifo)
    reader.join(30)
    assert result.returncode == 0, result.stderr.decode()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and bytes(got[:2]) == b"PK"


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_character_device_target_is_written_into_not_replaced(tmp_path):
    outline = write_outline(tmp_path)
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    result = run_limited("render", outline, "-o", null)
    assert result.returncode == 0, result.stderr.decode()
    assert stat.S_ISCHR(os.lstat(null).st_mode)


def test_dev_stdout_target_writes_into_standard_output(tmp_path):
    outline = write_outline(tmp_path)
    result = run_limited("render", outline, "-o", "/dev/stdout")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout[:2] == b"PK"
    assert os.path.lexists("/dev/stdout") and not os.path.isfile("/dev/null")


def test_backup_never_follows_a_dangling_link_out_of_the_folder(invoke, tmp_path):
    outline = write_outline(tmp_path)
    target = tmp_path / "hop.docx"
    target.write_bytes(b"edited by hand")
    outside = tmp_path / "elsewhere" / "stolen.docx"
    (tmp_path / "hop.bak.docx").symlink_to(outside)
    result = _render(invoke, outline, "--force")
    assert result.exit_code == 0, result.stderr
    assert not os.path.lexists(outside)
    assert (tmp_path / "hop.bak-2.docx").read_bytes() == b"edited by hand"


def _no_links(monkeypatch):
    """Make hard links unavailable, as on a file system without them: backups are copies."""
    from minutes.docx import fingerprint

    def refuse(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    real_link = os.link
    monkeypatch.setattr(fingerprint.os, "link",
                        lambda src, dst, **kw: refuse() if "bak" in str(dst) else real_link(src, dst))


def test_a_full_disk_leaves_no_empty_backup(invoke, tmp_path, monkeypatch):
    outline = write_outline(tmp_path)
    target = tmp_path / "hop.docx"
    target.write_bytes(b"edited by hand " * 4000)
    _no_links(monkeypatch)
    previous = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, previous[1]))
    try:
        result = _render(invoke, outline, "--force")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, previous)
        signal.signal(signal.SIGXFSZ, handler)
    assert result.exit_code == 1 and "bản lưu" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hop.docx", "hop.yaml"]
    assert target.read_bytes() == b"edited by hand " * 4000
    again = _render(invoke, outline, "--force")  # space again: hop.bak.docx, not .bak-2
    assert again.exit_code == 0, again.stderr
    assert (tmp_path / "hop.bak.docx").read_bytes() == b"edited by hand " * 4000


def test_a_backup_that_cannot_be_made_is_a_message(invoke, tmp_path, monkeypatch):
    from minutes.docx import fingerprint

    outline = write_outline(tmp_path)
    (tmp_path / "hop.docx").write_bytes(b"edited")

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fingerprint.os, "link", denied)
    result = _render(invoke, outline, "--force")
    assert result.exit_code == 1 and "không tạo được bản lưu" in result.stderr
    assert (tmp_path / "hop.docx").read_bytes() == b"edited"


def test_stale_temporary_files_of_a_killed_run_are_removed(tmp_path):
    target = tmp_path / "hop.docx"
    stale = tmp_path / f"{temp_prefix(target.name)}abc_1234.tmp"
    stale.write_bytes(b"half")
    alive = tmp_path / f"{temp_prefix(target.name)}live5678.tmp"
    alive.write_bytes(b"being written")
    other = tmp_path / ".khac.docx.abcd1234.tmp"
    other.write_bytes(b"not ours")
    with open(alive, "rb") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)  # a writer still running holds its lock
        write_atomic(target, b"whole")
    assert target.read_bytes() == b"whole"
    assert not stale.exists() and alive.exists() and other.exists()


def test_a_sigkilled_writer_leaves_a_temporary_file_that_the_next_write_removes(tmp_path):
    target = tmp_path / "hop.docx"
    code = ("import os, sys; from pathlib import Path; import minutes.files as f\n"
            "f.os.replace = lambda *a: os.kill(os.getpid(), 9)\n"
            f"f.write_atomic(Path({str(target)!r}), b'x' * 100)\n")
    subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=patience(60))
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")], "the killed writer left nothing"
    write_atomic(target, b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hop.docx"]
    assert remove_stale(tmp_path, temp_prefix(target.name)) == []


@pytest.mark.parametrize("length", [242, 250, 255])
def test_long_output_names_that_fit_are_written(invoke, tmp_path, length):
    outline = write_outline(tmp_path)
    name = "b" * (length - 5) + ".docx"
    assert _render(invoke, outline, "-o", tmp_path / name).exit_code == 0
    assert (tmp_path / name).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "hop.yaml"])


@pytest.mark.parametrize("length", [256, 300])
def test_output_names_too_long_are_a_message(invoke, tmp_path, length):
    outline = write_outline(tmp_path)
    result = _render(invoke, outline, "-o", tmp_path / ("b" * (length - 5) + ".docx"))
    assert result.exit_code == 1 and "tên tệp quá dài" in result.stderr


def test_long_vietnamese_names_are_cut_on_a_character(tmp_path):
    name = "ă" * 126 + ".docx"  # 257 bytes: too long for the system; the prefix alone must still decode
    assert len(os.fsencode(temp_prefix(name))) + len("abcd1234.tmp") <= 255
    with pytest.raises(OutputError, match="quá dài"):
        write_atomic(tmp_path / name, b"x")


@pytest.mark.parametrize("command", [["render", "{outline}", "-o", "-"], ["next", "{outline}", "-o", "-"]])
def test_closed_standard_output_is_a_message(tmp_path, command):
    outline = write_outline(tmp_path)
    args = [a.format(outline=outline) for a in command]
    code = f"import sys; sys.argv = ['minutes', *{args!r}]; from minutes.cli import main; main()"
    result = subprocess.run(["sh", "-c", 'exec "$0" -c "$1" >&-', sys.executable, code], capture_output=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=patience(120))
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err and "đầu ra chuẩn" in err, err


def test_an_empty_folder_is_a_message_for_render_and_check(invoke, tmp_path):
    empty = tmp_path / "trong"
    empty.mkdir()
    for command in ("render", "check"):
        result = invoke(command, empty)
        assert result.exit_code == 1 and "không có đề cương nào" in result.stderr


def test_refusals_hold_under_one_gigabyte(tmp_path):
    outline = write_outline(tmp_path)
    assert_message(run_limited("render", outline, "-o", outline), "chính tệp đầu vào")
    Path(tmp_path / "x.txt").write_text("mine")
    assert_message(run_limited("render", outline, "-o", tmp_path / "x.txt"), "không do minutes tạo ra")


def test_pdf_and_preview_never_replace_a_link_a_device_or_a_foreign_file(tmp_path, monkeypatch):
    from minutes.pdf.convert import PdfError, convert_to_pdf, preview_png

    outline = write_outline(tmp_path)
    assert run_limited("render", outline).returncode == 0
    docx = tmp_path / "hop.docx"
    pdf = tmp_path / "hop.pdf"
    pdf.write_text("ghi chú của tôi")
    monkeypatch.setenv("MINUTES_SOFFICE", "/bin/true")
    with pytest.raises(PdfError, match="không phải tệp PDF"):
        convert_to_pdf([docx])
    assert pdf.read_text() == "ghi chú của tôi"
    pdf.unlink()
    pdf.symlink_to(tmp_path / "elsewhere.pdf")
    with pytest.raises(PdfError, match="liên kết"):
        convert_to_pdf([docx])
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.4\n")
    png = tmp_path / "fake.png"
    png.write_text("not an image")
    if shutil.which("pdftoppm"):
        with pytest.raises(PdfError, match="không phải ảnh PNG"):
            preview_png(fake, png)
        assert png.read_text() == "not an image"


def test_stale_pdf_temporaries_are_removed_by_the_next_conversion(tmp_path, monkeypatch):
    from minutes.pdf import convert

    stale = tmp_path / f"{temp_prefix('hop.pdf')}zz9_abcd.tmp"
    stale.write_bytes(b"half a pdf")
    made = tmp_path / "made.pdf"
    made.write_bytes(b"%PDF-1.4 whole")
    convert._install({tmp_path / "hop.pdf": made})
    assert not stale.exists() and (tmp_path / "hop.pdf").read_bytes() == b"%PDF-1.4 whole"
