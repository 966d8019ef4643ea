"""A document edited after it was generated is never overwritten silently; writes are atomic."""

from __future__ import annotations

import os
import shutil
import zipfile

import docx
import pytest
from conftest import ROOT

from minutes.docx import fingerprint

MINIMAL = ROOT / "examples" / "toi-thieu.yaml"


@pytest.fixture
def rendered(invoke, tmp_path):
    """An outline in tmp_path and the .docx rendered from it."""
    outline = shutil.copy(MINIMAL, tmp_path / "hop.yaml")
    assert invoke("render", outline).exit_code == 0
    return outline, tmp_path / "hop.docx"


def test_generated_document_carries_its_fingerprint(rendered):
    _, target = rendered
    assert fingerprint.state(target) == "unchanged"
    with zipfile.ZipFile(target) as z:
        assert fingerprint.PROPERTY.encode() in z.read("docProps/custom.xml")


def test_unchanged_document_is_simply_re_rendered(invoke, rendered):
    outline, target = rendered
    assert invoke("render", outline).exit_code == 0
    assert not list(target.parent.glob("*.bak*"))


def test_a_file_holding_the_very_bytes_to_write_is_unchanged_and_only_those(rendered, tmp_path):
    _, target = rendered
    data = target.read_bytes()
    assert fingerprint.state(target, data) == "unchanged"
    odd = tmp_path / "odd.docx"
    odd.write_bytes(b"not a package")  # not ours, unless it is exactly what is to be written
    assert fingerprint.state(odd, b"not a package") == "unchanged"
    assert fingerprint.state(odd, data) == "foreign" and fingerprint.state(odd) == "foreign"


def test_edited_document_is_kept_unless_forced_then_backed_up(invoke, rendered):
    outline, target = rendered
    document = docx.Document(target)
    document.add_paragraph("Ghi chú thêm của thư ký")
    document.save(target)
    edited = target.read_bytes()
    assert fingerprint.state(target) == "edited"
    refused = invoke("render", outline)
    assert refused.exit_code == 1 and "đã được sửa sau khi tạo" in refused.stderr and "--force" in refused.stderr
    assert target.read_bytes() == edited
    forced = invoke("render", outline, "--force")
    assert forced.exit_code == 0
    backup = target.with_name("hop.bak.docx")
    assert backup.read_bytes() == edited and fingerprint.state(target) == "unchanged"


def test_a_file_not_made_by_minutes_is_not_overwritten(invoke, tmp_path):
    outline = shutil.copy(MINIMAL, tmp_path / "hop.yaml")
    (tmp_path / "hop.docx").write_bytes(b"my own letter")
    result = invoke("render", outline)
    assert result.exit_code == 1 and "không do minutes tạo ra" in result.stderr
    assert (tmp_path / "hop.docx").read_bytes() == b"my own letter"


def test_missing_folder_is_created_as_with_d(invoke, tmp_path):
    result = invoke("render", MINIMAL, "-o", tmp_path / "khong-co" / "x.docx")
    assert result.exit_code == 0 and (tmp_path / "khong-co" / "x.docx").is_file()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder_is_a_clear_error(invoke, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = invoke("render", MINIMAL, "-o", folder / "x.docx")
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 1 and "không ghi được" in result.stderr and not list(folder.iterdir())


def test_a_failing_write_leaves_the_old_file_and_no_temporary(monkeypatch, tmp_path):
    from minutes import files as docxio
    from minutes.errors import OutputError

    target = tmp_path / "x.docx"
    target.write_bytes(b"old")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docxio.os, "fsync", full_disk)
    with pytest.raises(OutputError, match="không ghi được tệp"):
        docxio.write_atomic(target, b"new")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["x.docx"]


def test_permission_denied_is_a_clear_error_even_as_root(monkeypatch, tmp_path):
    from minutes import files as docxio
    from minutes.errors import OutputError

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(docxio.tempfile, "mkstemp", denied)
    with pytest.raises(OutputError, match="không ghi được vào thư mục"):
        docxio.write_atomic(tmp_path / "x.docx", b"new")
    assert not list(tmp_path.iterdir())
