"""The relatives in ``minutes import``: bounded reading, the safe zip reader, no own input replaced."""

from __future__ import annotations

import os

import pytest
from hostile_helpers import ROOT, assert_message, run_limited

posix_only = pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")


@posix_only
@pytest.mark.parametrize("how", ["path", "stdin"])
def test_import_of_dev_zero_is_a_message_under_one_gigabyte(tmp_path, how):
    with open("/dev/zero", "rb") as zero:
        args = ("import", "/dev/zero", "-o", tmp_path / "x.yaml") if how == "path" else ("import", "-")
        assert_message(run_limited(*args, stdin=zero), "quá lớn")


def test_import_of_a_hostile_package_is_a_message(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert_message(run_limited("import", bad), "không phải gói zip")
    assert not (tmp_path / "bad.yaml").exists()


def test_import_never_replaces_its_own_input(tmp_path):
    source = tmp_path / "bien-ban.docx"
    source.write_bytes((ROOT / "templates" / "bien-ban.state.docx").read_bytes())
    before = source.read_bytes()
    assert_message(run_limited("import", source, "-o", source, "--force"), "chính tệp đầu vào")
    assert source.read_bytes() == before
