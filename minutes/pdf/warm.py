"""A LibreOffice kept running between conversions, for previews after every save.

Starting LibreOffice costs seconds; converting a four-page biên bản well under one.
:class:`WarmOffice` starts one headless LibreOffice with its own throw-away profile,
listening on a private pipe, and a small worker (:mod:`minutes.pdf.uno_worker`) that
drives it through LibreOffice's Python bridge (``uno``). The worker runs under a
Python that has ``uno`` (``$MINUTES_UNO_PYTHON``, else /usr/bin/python3 with Debian's
python3-uno). Without one, or when the warm process fails, each conversion falls back
to :func:`minutes.pdf.convert.convert_to_pdf` (a fresh LibreOffice each time).
"""

from __future__ import annotations

import json
import os
import secrets
import select
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from minutes.pdf.convert import PdfError, _kill, convert_to_pdf, find_soffice

UNO_PYTHON_ENV = "MINUTES_UNO_PYTHON"
WORKER = Path(__file__).resolve().parent / "uno_worker.py"


def uno_python() -> str | None:
    """A Python that can ``import uno`` (None when there is none)."""
    for candidate in (os.environ.get(UNO_PYTHON_ENV), "/usr/bin/python3"):
        if candidate and shutil.which(candidate):
            done = subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=30)
            if done.returncode == 0:
                return candidate
    return None


class WarmOffice:
    """One running LibreOffice and its worker; :meth:`convert` is thread-safe, :meth:`close` ends both."""

    def __init__(self, timeout: float = 120):
        self.timeout, self.lock = timeout, threading.Lock()
        self.office: subprocess.Popen | None = None
        self.worker: subprocess.Popen | None = None
        self.profile: Path | None = None
        self.failed = False

    def convert(self, docx: str | os.PathLike) -> Path:
        """Write ``X.pdf`` beside ``X.docx``; return it. Falls back to a fresh LibreOffice."""
        docx = Path(docx)
        with self.lock:
            if not self.failed:
                try:
                    return self._convert_warm(docx)
                except (OSError, PdfError, ValueError):
                    self.failed = True
                    self._stop()
        return convert_to_pdf([docx])[0]

    def _convert_warm(self, docx: Path) -> Path:
        if self.worker is None or self.worker.poll() is not None:
            self._start()
        pdf = docx.with_suffix(".pdf")
        self.worker.stdin.write(json.dumps({"docx": str(docx.resolve()), "pdf": str(pdf.resolve())}) + "\n")
        self.worker.stdin.flush()
        answer = json.loads(self._line())
        if not answer.get("ok") or not pdf.is_file():
            raise PdfError(f"{docx}: LibreOffice không chuyển được sang PDF: {answer.get('error', '')}")
        return pdf

    def _line(self) -> str:
        """The worker's next line, waiting at most ``timeout`` seconds."""
        ready, _, _ = select.select([self.worker.stdout], [], [], self.timeout)
        line = self.worker.stdout.readline() if ready else ""
        if not line:
            raise PdfError(f"LibreOffice không trả lời sau {self.timeout:g} giây")
        return line

    def _start(self) -> None:
        python = uno_python()
        if python is None:
            raise PdfError("không có Python nào có mô-đun uno của LibreOffice (Debian: apt-get install python3-uno)")
        self._stop()
        self.profile = Path(tempfile.mkdtemp(prefix="minutes-office-"))
        pipe = f"minutes-{secrets.token_hex(8)}"
        self.office = subprocess.Popen(
            [find_soffice(), "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
             f"-env:UserInstallation={self.profile.as_uri()}", f"--accept=pipe,name={pipe};urp;"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.worker = subprocess.Popen([python, str(WORKER), pipe], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, text=True, start_new_session=True)
        if self._line().strip() != "ready":
            raise PdfError("không khởi động được LibreOffice để xem trước")

    def _stop(self) -> None:
        for proc in (self.worker, self.office):
            if proc is not None and proc.poll() is None:
                _kill(proc)
        self.worker = self.office = None
        if self.profile is not None:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None

    def close(self) -> None:
        """Stop LibreOffice and the worker, and remove the profile."""
        with self.lock:
            self._stop()
