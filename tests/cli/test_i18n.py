"""Click's own messages are Vietnamese by default, English with MINUTES_LANG=en."""

from __future__ import annotations

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


def test_compiled_catalogue_matches_its_source():
    result = subprocess.run([sys.executable, "tools/build_catalog.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_top_level_help_is_vietnamese(invoke):
    out = invoke("--help").stdout
    assert "In phiên bản rồi thoát." in out and "In hướng dẫn này rồi thoát." in out
    assert "Show the version" not in out and "Lệnh:" in out
