"""Point 5: every input is read with a bound, and nothing blocks on a pipe or a device.

Each case runs ``minutes`` in a child process limited to 1 GB of address space: the
answer must be a message, never a MemoryError or a traceback.
"""

from __future__ import annotations

import os
import subprocess
import threading

import pytest
from hostile_helpers import assert_message, run_limited, write_outline
from patience import patience

from minutes.errors import OutlineError
from minutes.files import InputError, InputTooLarge, read_bounded

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_check_of_an_endless_device_is_refused_in_bounded_memory(device):
    assert_message(run_limited("check", device), "quá lớn", "giới hạn 1 MiB")


@posix_only
def test_check_of_dev_stdin_fed_by_yes():
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        result = run_limited("check", "/dev/stdin", stdin=yes.stdout)
    finally:
        yes.kill()
        yes.wait()
        yes.stdout.close()
    assert_message(result, "quá lớn")


@posix_only
@pytest.mark.parametrize("command", ["check", "render"])
def test_standard_input_from_dev_zero(command):
    with open("/dev/zero", "rb") as zero:
        assert_message(run_limited(command, "-", stdin=zero), "quá lớn")


@posix_only
def test_extends_dev_zero_is_reported_on_the_extends_line(tmp_path):
    outline = write_outline(tmp_path, extra="extends: /dev/zero\n")
    err = assert_message(run_limited("check", outline), "hồ sơ dùng chung '/dev/zero' quá lớn")
    assert f"{outline}:12:10: extends:" in err


@posix_only
@pytest.mark.parametrize("how", ["path", "stdin"])
def test_lint_of_dev_zero(how):
    with open("/dev/zero", "rb") as zero:
        result = run_limited("lint", "/dev/zero" if how == "path" else "-", stdin=zero)
    out = result.stdout.decode() + result.stderr.decode()
    assert "Traceback" not in out and "MemoryError" not in out
    assert result.returncode == 1 and "quá lớn" in out


@posix_only
def test_a_fifo_without_writer_as_outline_or_profile_does_not_block(tmp_path):
    fifo = tmp_path / "ong.yaml"
    os.mkfifo(fifo)
    assert_message(run_limited("check", fifo, timeout=60), "là một ống (FIFO) không có dữ liệu")
    outline = write_outline(tmp_path, extra=f"extends: {fifo.name}\n")
    err = assert_message(run_limited("check", outline, timeout=60), "hồ sơ dùng chung")
    assert f"{outline}:12:10: extends:" in err and "FIFO" in err


@posix_only
def test_a_fifo_whose_writer_sends_nothing_times_out_with_a_message(tmp_path):
    fifo = tmp_path / "ong.yaml"
    os.mkfifo(fifo)
    holder = subprocess.Popen(["sh", "-c", f"exec 3>'{fifo}'; sleep 60"])
    try:
        assert_message(run_limited("check", fifo, idle=1, timeout=60), "không gửi dữ liệu sau 1 giây")
    finally:
        holder.kill()
        holder.wait()


def test_a_pipe_is_read_whole_when_the_writer_is_slow_but_alive(tmp_path):
    read_end, write_end = os.pipe()
    data = write_outline(tmp_path).read_bytes()

    def feed():
        with os.fdopen(write_end, "wb") as out:
            for i in range(0, len(data), 100):
                out.write(data[i : i + 100])
                out.flush()

    writer = threading.Thread(target=feed)
    writer.start()
    with os.fdopen(read_end, "rb") as handle:
        assert read_bounded(handle, 1 << 20, "<pipe>") == data
    writer.join()


def test_reader_refuses_past_the_limit_and_reports_the_size(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * 2000)
    with pytest.raises(InputTooLarge) as caught:
        read_bounded(big, 1000, str(big))
    assert caught.value.size == 2000 and "giới hạn 1000 byte" in str(caught.value)
    assert read_bounded(big, 2000) == b"#" * 2000


def test_reader_messages_for_a_folder_and_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="là một thư mục"):
        read_bounded(tmp_path, 100)
    with pytest.raises(InputError, match="không tìm thấy"):
        read_bounded(tmp_path / "khong-co.yaml", 100)


def test_outline_from_dev_null_is_an_empty_file_message():
    from minutes.outline import load_outline

    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    with pytest.raises(OutlineError, match="tệp trống"):
        load_outline("/dev/null")


def test_closed_standard_input_is_a_message(tmp_path):
    import sys

    from hostile_helpers import ROOT

    code = "import sys; sys.argv = ['minutes', 'check', '-']; from minutes.cli import main; main()"
    result = subprocess.run(["sh", "-c", 'exec "$0" -c "$1" <&-', sys.executable, code], capture_output=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=patience(120))
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err and "đầu vào chuẩn (đã bị đóng)" in err, err
