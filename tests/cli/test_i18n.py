"""Click's own messages are Vietnamese by default, English with MINUTES_LANG=en."""

from __future__ import annotations

import shutil
import subprocess
import sys

from conftest import ROOT


def test_usage_error_is_vietnamese(invoke):
    result = invoke("render")
    assert result.exit_code == 2
    assert "Cách dùng: " in result.stderr and "Lỗi: Thiếu đối số 'OUTLINES...'." in result.stderr


def test_unknown_option_and_command(invoke):
    assert "Không có tùy chọn '--khong-co'." in invoke("check", "--khong-co").stderr
    assert "Không có lệnh 'rendr'." in invoke("rendr").stderr


def test_english_on_request(invoke, monkeypatch):
    monkeypatch.setenv("MINUTES_LANG", "en")
    assert "Error: Missing argument" in invoke("render").stderr


def _check_catalogues(locale=None) -> subprocess.CompletedProcess:
    """Run tools/build_catalog.py --check (on ``locale``, a copy of the locale folder)."""
    extra = ["--locale", str(locale)] if locale else []
    return subprocess.run([sys.executable, "tools/build_catalog.py", "--check", *extra],
                          cwd=ROOT, capture_output=True, text=True)


def test_compiled_catalogue_matches_its_source():
    result = _check_catalogues()
    assert result.returncode == 0, result.stderr


def test_catalogue_check_sees_a_changed_message_not_a_new_babel(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "minutes" / "locale", locale)
    mo = locale / "vi" / "LC_MESSAGES" / "messages.mo"
    # Another babel writes another header into the same messages: still current.
    data = mo.read_bytes()
    assert b"Generated-By: Babel" in data
    mo.write_bytes(data.replace(b"Generated-By: Babel", b"Generated-By: Lebab"))
    assert _check_catalogues(locale).returncode == 0
    # A translation changed in the source and not compiled: stale, and said which.
    po = locale / "vi" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    assert 'msgstr "Lỗi: {message}"' in text
    po.write_text(text.replace('msgstr "Lỗi: {message}"', 'msgstr "Sai: {message}"'),
                  encoding="utf-8")
    result = _check_catalogues(locale)
    assert result.returncode == 1 and "messages.mo is stale" in result.stderr
    assert "Sai: {message}" in result.stderr


def test_top_level_help_is_vietnamese(invoke):
    out = invoke("--help").stdout
    assert "In phiên bản rồi thoát." in out and "In hướng dẫn này rồi thoát." in out
    assert "Show the version" not in out and "Lệnh:" in out
