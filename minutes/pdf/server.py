"""A LibreOffice kept running between conversions, for the form's page previews.

Starting LibreOffice costs seconds; converting one biên bản in a running one costs
a few hundred milliseconds. :class:`WarmOffice` starts :mod:`minutes.pdf.worker`
under LibreOffice's own Python (the one that can ``import uno``), which starts a
headless soffice with a private profile and pipe and converts on request.

* **Lock**: one conversion at a time per instance (LibreOffice's UNO is not made
  for parallel loads); callers from several threads wait their turn.
* **Timeout and watchdog**: a conversion that does not answer within ``timeout``
  seconds has its process group killed (worker and soffice together).
* **Restart**: after a kill, a crash or a LibreOffice that died on its own, the
  next conversion starts a fresh one; a failed conversion is retried once on a
  fresh instance.
* **Fallback**: :func:`convert_warm` uses the warm instance when it can and otherwise the
  one-shot run of :func:`minutes.pdf.convert.convert_to_pdf` (no Python with
  ``uno``, a start that fails or hangs, a document the warm run could not convert):
  the result is the same PDF, only slower.

Standard library only (the worker runs in another interpreter).
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from minutes.i18n import _
from minutes.pdf.convert import PdfError, convert_to_pdf, find_soffice
from minutes.pdf.lockdown import lock_profile

UNO_PYTHON_ENV = "MINUTES_UNO_PYTHON"
"""Environment variable naming a Python that can ``import uno`` (overrides the search)."""
WORKER = Path(__file__).with_name("worker.py")
START_SECONDS = 120.0
"""How long a cold start (profile creation included) may take."""
CONVERT_SECONDS = 60.0
"""How long one warm conversion may take before the instance is killed."""


def find_uno_python(soffice: str | None = None) -> str | None:
    """A Python that can ``import uno``: ``$MINUTES_UNO_PYTHON``, the ``python`` beside
    soffice (LibreOffice's bundled one), or the system's python3 (Debian python3-uno)."""
    wanted = os.environ.get(UNO_PYTHON_ENV, "").strip()
    candidates = [wanted] if wanted else []
    if soffice:
        real = Path(soffice).resolve().parent
        candidates += [str(real / "python"), str(real / "python.exe")]
    candidates += ["/usr/bin/python3", shutil.which("python3") or ""]
    for candidate in dict.fromkeys(c for c in candidates if c):
        if _can_import_uno(candidate):
            return candidate
    return None


_UNO_OK: dict[str, bool] = {}


def _can_import_uno(python: str) -> bool:
    if python not in _UNO_OK:
        try:
            done = subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=30)
            _UNO_OK[python] = done.returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            _UNO_OK[python] = False
    return _UNO_OK[python]


class WarmOffice:
    """One LibreOffice kept running: :meth:`convert` a .docx to PDF in it (see the module)."""

    def __init__(self, *, soffice: str | None = None, python: str | None = None,
                 start_timeout: float = START_SECONDS, timeout: float = CONVERT_SECONDS):
        self.soffice, self.python = soffice, python
        self.start_timeout, self.timeout = start_timeout, timeout
        self.starts = 0  # how many times an instance was started (cold starts and restarts)
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._replies: queue.Queue[dict | None] = queue.Queue()
        self._pump: threading.Thread | None = None
        self._home: tempfile.TemporaryDirectory | None = None

    # --- life cycle ---

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs (its process group holds soffice too)."""
        return self._proc.pid if self._proc and self._proc.poll() is None else None

    def start(self) -> None:
        """Start the instance now if it is not running (a conversion does it when needed)."""
        with self._lock:
            self._ensure()

    def close(self) -> None:
        """Stop LibreOffice and the worker; the next conversion starts them again."""
        with self._lock:
            self._stop()

    def __enter__(self) -> WarmOffice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self._stop()
        soffice = self.soffice or find_soffice()
        python = self.python or find_uno_python(soffice)
        if python is None:
            raise PdfError(_("không tìm thấy Python có mô-đun uno của LibreOffice (Debian/Ubuntu: apt-get "
                             "install python3-uno) hoặc đặt biến {uno_python_env}").format(
                uno_python_env=UNO_PYTHON_ENV))
        self._home = tempfile.TemporaryDirectory(prefix="minutes-office-", ignore_cleanup_errors=True)
        pipe = f"minutes-{os.getpid()}-{id(self):x}-{self.starts}"
        lock_profile(Path(self._home.name) / "profile")  # never update links (minutes.pdf.lockdown)
        cmd = [python, str(WORKER), soffice, str(Path(self._home.name) / "profile"), pipe]
        self._replies = queue.Queue()
        try:
            self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                          text=True, encoding="utf-8", start_new_session=True)
        except OSError as exc:
            raise PdfError(_("không chạy được {python} ({strerror})").format(
                python=python, strerror=exc.strerror)) from exc
        self.starts += 1
        self._pump = threading.Thread(target=_pump, args=(self._proc, self._replies), daemon=True)
        self._pump.start()
        reply = self._reply(self.start_timeout)
        if not reply.get("ready"):
            self._stop()
            raise PdfError(_("LibreOffice không khởi động được để chuyển PDF ({get})").format(
                get=reply.get("error", _("không rõ lỗi"))))

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            try:
                if proc.stdin is not None:
                    proc.stdin.close()  # the worker closes LibreOffice and ends
                proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
            self._discard(proc)
        if self._home is not None:
            self._home.cleanup()
            self._home = None

    def _reply(self, timeout: float) -> dict:
        """The worker's next answer; kills the instance and raises PdfError when none comes in time."""
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            reply = {"error": _("không trả lời sau {timeout:g} giây").format(timeout=timeout), "hung": True}
        if reply is None:
            reply = {"error": _("LibreOffice đã dừng"), "hung": True}
        if reply.get("hung"):
            proc, self._proc = self._proc, None
            if proc is not None:
                self._discard(proc)
        return reply

    def _discard(self, proc: subprocess.Popen) -> None:
        """Kill ``proc``'s group (worker and soffice), let the reader thread end, close the pipes."""
        _kill_group(proc)
        if self._pump is not None:
            self._pump.join(timeout=10)
        for pipe in (proc.stdin, proc.stdout):
            if pipe is None:
                continue
            try:
                pipe.close()
            except (OSError, ValueError):  # a broken pipe: nothing left to flush
                pass

    # --- conversions ---

    def convert(self, docx: str | os.PathLike, pdf: str | os.PathLike) -> Path:
        """Convert ``docx`` to ``pdf`` (written as LibreOffice writes it: use a private path);
        one retry on a fresh instance. Raises PdfError when both attempts fail."""
        with self._lock:
            error = ""
            for _attempt in range(2):
                try:
                    self._ensure()
                except PdfError as exc:
                    error = str(exc)
                    continue
                request = {"in": str(Path(docx).resolve()), "out": str(Path(pdf).resolve())}
                stdin = self._proc.stdin if self._proc is not None else None
                try:
                    if stdin is None:
                        raise OSError("the worker is gone")
                    stdin.write(json.dumps(request) + "\n")
                    stdin.flush()
                except OSError:
                    self._reply(0)
                    error = _("LibreOffice đã dừng")
                    continue
                reply = self._reply(self.timeout)
                if reply.get("ok"):
                    return Path(pdf)
                error = reply.get("error", "")
            raise PdfError(_("{docx}: LibreOffice (đang chạy sẵn) không tạo được PDF ({error})").format(
                docx=docx, error=error))


    def convert_all(self, copies: list[Path], outdir: Path) -> bool:
        """Convert each of ``copies`` to ``outdir/NAME.pdf``; False, and nothing kept, when one fails
        (for :func:`~minutes.pdf.convert.convert_to_pdf`, which then runs LibreOffice once)."""
        try:
            for copy in copies:
                self.convert(copy, outdir / f"{copy.stem}.pdf")
        except PdfError:
            for made in outdir.iterdir():
                made.unlink(missing_ok=True)
            return False
        return True


def _pump(proc: subprocess.Popen, replies: queue.Queue) -> None:
    """Move the worker's answer lines into ``replies``; None when its output ends."""
    try:
        for line in proc.stdout or ():
            try:
                replies.put(json.loads(line))
            except ValueError:
                continue
    except (OSError, ValueError):  # the pipe was closed under us
        pass
    replies.put(None)


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (AttributeError, OSError):
        proc.kill()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


_SHARED: list[WarmOffice] = []
_SHARED_LOCK = threading.Lock()


def shared() -> WarmOffice:
    """The process's own warm instance, started on first use and stopped at exit."""
    with _SHARED_LOCK:
        if not _SHARED:
            _SHARED.append(WarmOffice())
            atexit.register(_SHARED[0].close)
        return _SHARED[0]


def convert_warm(docx_paths: Iterable[str | os.PathLike], outdir: str | os.PathLike | None = None, *,
            office: WarmOffice | None = None, timeout: float = 180) -> list[Path]:
    """:func:`~minutes.pdf.convert.convert_to_pdf` through a warm instance (``office``,
    default :func:`shared`), falling back to the one-shot run when the warm one fails."""
    return convert_to_pdf(docx_paths, outdir, timeout=timeout, office=office or shared(), plain=True)


def started_in(office: WarmOffice) -> float:
    """Start ``office`` now; return the seconds it took (0 when it was already running)."""
    begin = time.perf_counter()
    running = office.pid is not None
    office.start()
    return 0.0 if running else time.perf_counter() - begin


def page_png(docx: str | os.PathLike, png: str | os.PathLike, *, office: WarmOffice | None = None,
             dpi: int = 80) -> Path:
    """Page 1 of ``docx`` as a PNG at ``png``, through the warm instance (the form's preview)."""
    from minutes.pdf.convert import preview_png

    with tempfile.TemporaryDirectory(prefix="minutes-preview-", ignore_cleanup_errors=True) as tmp:
        pdf = convert_warm([docx], tmp, office=office)[0]
        return preview_png(pdf, png, dpi=dpi)
