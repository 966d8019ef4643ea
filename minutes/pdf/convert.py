"""PDF output through LibreOffice: convert .docx files, check fonts, preview page 1.

:func:`convert_to_pdf` starts ONE LibreOffice process for a whole batch (start-up
costs seconds, a document well under one), with its own throw-away profile so that
it never hands the job to a LibreOffice the user has open, and kills the process
group when it hangs. Inputs are copied into a private folder first (two files
named alike in different folders cannot clobber each other, and LibreOffice's
``.~lock`` files never appear beside the user's documents); the PDFs are checked,
then moved beside each .docx (or into ``outdir``) through temporary names and
``os.replace``: all or nothing, never a half-written PDF.

Standard library only, so the command line can import this cheaply.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from minutes.errors import MinutesError
from minutes.files import remove_stale, temp_prefix
from minutes.i18n import N_, _
from minutes.pdf.lockdown import lock_profile
from minutes.pdf.options import convert_to_argument
from minutes.pdf.xmp import mend_xmp

SOFFICE_ENV = "MINUTES_SOFFICE"
"""Environment variable naming the LibreOffice executable (overrides PATH)."""
SOFFICE_HINT = N_("hãy cài LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) hoặc đặt "
                   "biến {soffice_env} là đường dẫn tới soffice")
"""Shown with ``_(SOFFICE_HINT).format(soffice_env=SOFFICE_ENV)``."""
POPPLER_HINT = N_("hãy cài poppler (Debian/Ubuntu: apt-get install poppler-utils)")
METRIC_TWINS = {"liberationserif": "Liberation Serif", "tinos": "Tinos"}
"""Fonts with the widths of Times New Roman (normalised name: shown name)."""
_NOISE = ("javaldx", "using filter")  # LibreOffice chatter left out of error messages


class PdfError(MinutesError):
    """Raised when a PDF or its preview cannot be made: LibreOffice or poppler missing,
    a document LibreOffice cannot convert, a conversion that hangs, an output folder
    that cannot be written. No PDF of the batch is then written.
    """


def find_soffice() -> str:
    """Return the LibreOffice executable: ``$MINUTES_SOFFICE`` if set, else ``soffice``
    or ``libreoffice`` on PATH. Raises :class:`PdfError` with the fix otherwise."""
    value = os.environ.get(SOFFICE_ENV, "").strip()
    if value:
        found = shutil.which(value)
        if not found:
            raise PdfError(_("biến {soffice_env}={value} không chỉ tới một tệp chạy được; hãy sửa thành "
                             "đường dẫn tới soffice (vd. /usr/bin/soffice) hoặc bỏ biến này").format(
                soffice_env=SOFFICE_ENV, value=value))
        return found
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise PdfError(_("không tìm thấy LibreOffice (soffice); {soffice_hint}").format(
            soffice_hint=_(SOFFICE_HINT).format(soffice_env=SOFFICE_ENV)))
    return found


def pdf_target(docx: str | os.PathLike, outdir: str | os.PathLike | None = None) -> Path:
    """Return where :func:`convert_to_pdf` writes the PDF of ``docx``: ``X.docx`` -> ``X.pdf``."""
    docx = Path(docx)
    return Path(outdir if outdir is not None else docx.parent) / f"{docx.stem}.pdf"


def convert_to_pdf(docx_paths: Iterable[str | os.PathLike], outdir: str | os.PathLike | None = None,
                   *, timeout: float = 180, office: Any = None, plain: bool = False,
                   made_here: bool = False) -> list[Path]:
    """Convert every document to PDF in one LibreOffice run; return the PDFs in input order.

    The PDFs are PDF/A-2b unless ``plain`` (see :mod:`minutes.pdf.options`).

    PDFs go beside each document, or into ``outdir`` (which must exist). Raises
    :class:`PdfError` naming the document and the fix; then no PDF was written.
    With ``office`` (a :class:`minutes.pdf.server.WarmOffice`), the documents are
    converted in that running LibreOffice, and in one fresh run only if it fails; a warm
    instance writes LibreOffice's ordinary PDF (previews), so pass ``plain=True`` with it.
    ``made_here``: the documents were just rendered by minutes itself (``render --pdf``, the
    form's preview and PDF download), whose size is bounded by the outline's and whose template
    already ran under limits; they are cut off from outside in this process instead of in a
    reading child (a received file never is).
    """
    sources = [Path(p) for p in docx_paths]
    if not sources:
        return []
    targets = _plan(sources, outdir)
    soffice = find_soffice()
    with _stop_on_hangup(), tempfile.TemporaryDirectory(prefix="minutes-pdf-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        staged = _stage(sources, work / "in", made_here)
        (work / "out").mkdir()
        lock_profile(work / "profile")
        copies = [copy for _, copy in staged.values()]
        if office is None or not office.convert_all(copies, work / "out"):
            log = _run_soffice(soffice, copies, work / "out", work / "profile", timeout, _names(sources),
                               convert_to_argument(plain))
        else:
            log = ""
        made = {key: _check_pdf(src, work / "out" / f"{copy.stem}.pdf", log) for key, (src, copy) in staged.items()}
        for pdf in made.values():
            mend_xmp(pdf)
        _install({target: made[src.resolve()] for src, target in zip(sources, targets)})
    return targets


@contextlib.contextmanager
def _stop_on_hangup():
    """While a conversion runs in the main thread, SIGTERM and SIGHUP (``timeout``, a supervisor,
    a closed terminal) end it as Ctrl-C does: LibreOffice is killed and the work folder, with
    its profile, removed, then the process exits with 128 + the signal's number."""
    wanted = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        raise SystemExit(128 + signum)

    before = {sig: signal.signal(sig, stop) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def _plan(sources: list[Path], outdir: str | os.PathLike | None) -> list[Path]:
    """Check inputs and output folders before LibreOffice starts; return the targets."""
    if outdir is not None and not Path(outdir).is_dir():
        raise PdfError(_("thư mục {outdir} không tồn tại; hãy tạo thư mục hoặc chọn nơi lưu khác").format(
            outdir=outdir))
    owner: dict[Path, Path] = {}
    for src in sources:
        if not src.is_file():
            raise PdfError(_("{src}: không tìm thấy tệp; hãy kiểm tra đường dẫn").format(src=src))
        if src.suffix.lower() == ".docx" and not zipfile.is_zipfile(src):
            with open(src, "rb") as head:
                if head.read(4) == b"\xd0\xcf\x11\xe0":  # a password-protected .docx or a renamed .doc
                    from minutes.docx.safezip import ole_message

                    raise PdfError(ole_message(head.read(1 << 20), str(src)))
            raise PdfError(_("{src}: không phải tệp .docx hợp lệ (hỏng hoặc rỗng); hãy tạo lại bằng minutes "
                             "render").format(src=src))
        target = pdf_target(src, outdir)
        _check_target(target)
        first = owner.setdefault(target.resolve(), src)
        if first.resolve() != src.resolve():
            raise PdfError(_("{first} và {src} cùng ghi ra {target}; hãy đổi tên một tệp hoặc chuyển đổi "
                             "riêng từng tệp").format(first=first, src=src, target=target))
    return [pdf_target(src, outdir) for src in sources]


def _check_target(target: Path, magic: bytes = b"%PDF-", kind: str = N_("tệp PDF")) -> None:
    """Refuse to replace a link, a device or an existing file that is not a PDF (or ``kind``)."""
    if os.path.islink(target) or (os.path.lexists(target) and not target.is_file()):
        raise PdfError(_("{target}: là liên kết hoặc thiết bị, không phải tệp thường; không ghi đè lên đó. "
                         "Hãy xóa nó hoặc chuyển tệp .docx sang thư mục khác").format(
            target=target))
    if target.is_file():
        try:
            with target.open("rb") as fh:
                found = fh.read(len(magic))
        except OSError:
            found = b""
        if found != magic:
            raise PdfError(_("{target}: đã có và không phải {kind}; không ghi đè để khỏi mất dữ liệu. Hãy "
                             "đổi tên hoặc xóa tệp đó rồi chạy lại").format(
                target=target, kind=_(kind)))


def _stage(sources: list[Path], folder: Path, made_here: bool = False) -> dict[Path, tuple[Path, Path]]:
    """Copy each distinct input (a file named twice is converted once) into ``folder``
    under a unique name; return {resolved input: (input, copy)}. Each input is read and cut
    off (:func:`_cut_off`) in a child under limits (:class:`minutes.docx.isolate.Reader`),
    or here when minutes ``made_here`` the inputs itself."""
    from minutes.docx import isolate

    folder.mkdir()
    staged: dict[Path, tuple[Path, Path]] = {}
    taken: set[str] = set()
    with contextlib.nullcontext() if made_here else isolate.Reader(PdfError) as reader:
        for src in sources:
            if src.resolve() in staged:
                continue
            name, n = src.name, 1
            while name.casefold() in taken:
                n += 1
                name = f"{src.stem}-{n}{src.suffix}"
            taken.add(name.casefold())
            data = _cut_off(src) if reader is None else reader.read(_cut_off, src, name=str(src))
            try:
                (folder / name).write_bytes(data)
            except OSError as exc:
                raise PdfError(_("{src}: không đọc được tệp ({strerror})").format(
                    src=src, strerror=exc.strerror)) from exc
            staged[src.resolve()] = (src, folder / name)
    return staged


def _cut_off(src: Path) -> bytes:
    """The bytes of ``src`` read safely, without anything LibreOffice could fetch from outside."""
    from minutes.docx.safezip import read_package
    from minutes.docx.sanitize import strip_external
    from minutes.files import InputError

    try:
        return strip_external(read_package(src, str(src), text_budget=False), str(src))
    except (InputError, MinutesError) as exc:
        raise PdfError(str(exc)) from None


def _names(paths: list[Path], most: int = 3) -> str:
    """``a.docx, b.docx, c.docx và 17 tệp khác``: the documents of a batch, for messages."""
    more = _(" và {count} tệp khác").format(count=len(paths) - most) if len(paths) > most else ""
    return ", ".join(map(str, paths[:most])) + more


def _run_soffice(soffice: str, files: list[Path], outdir: Path, profile: Path, timeout: float, what: str,
                 convert_to: str = "pdf") -> str:
    """Run one headless LibreOffice over ``files``; return the tail of its messages."""
    cmd = [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
           "--convert-to", convert_to, "--outdir", str(outdir), *map(str, files)]
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as exc:
        raise PdfError(_("{what}: không chạy được {soffice} ({strerror}); {soffice_hint}").format(
            what=what, soffice=soffice, strerror=exc.strerror,
            soffice_hint=_(SOFFICE_HINT).format(soffice_env=SOFFICE_ENV))) from exc
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        out, err = _kill(proc)
        raise PdfError(_("{what}: LibreOffice không trả lời sau {timeout:g} giây nên đã bị dừng; chưa ghi "
                         "tệp PDF nào. Hãy thử lại, chuyển ít tệp hơn mỗi lần, hoặc mở tệp bằng LibreOffice "
                         "Writer để kiểm tra{tail}").format(
            what=what, timeout=timeout, tail=_tail(out, err))) from None
    finally:
        if proc.poll() is None:  # KeyboardInterrupt and the like: leave no LibreOffice behind
            _kill(proc)
    code = _(" (LibreOffice trả mã {returncode})").format(returncode=proc.returncode) if proc.returncode else ""
    return code + _tail(out, err)


def _kill(proc: subprocess.Popen) -> tuple[bytes, bytes]:
    """Kill ``proc`` and every process of its group; return what it printed."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (AttributeError, OSError):  # no process groups (Windows) or already gone
        proc.kill()
    try:
        return proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:  # a grandchild escaped the group and holds the pipes
        return b"", b""


def _tail(out: bytes | None, err: bytes | None, lines: int = 6) -> str:
    """Return ``: <last lines of stderr>`` (stdout if stderr says nothing), or ``""``."""
    for stream in (err, out):
        text = (stream or b"").decode("utf-8", errors="replace").splitlines()
        kept = [ln.strip() for ln in text if ln.strip() and not any(n in ln for n in _NOISE)]
        if kept:
            return ": " + " | ".join(kept[-lines:])[-800:]
    return ""


def _check_pdf(src: Path, pdf: Path, log: str) -> Path:
    """Return ``pdf`` if LibreOffice wrote a real PDF there; else PdfError naming ``src``."""
    try:
        with pdf.open("rb") as fh:
            if fh.read(5) == b"%PDF-":
                return pdf
    except OSError:
        pass
    raise PdfError(_("{src}: LibreOffice không tạo được PDF; hãy mở tệp bằng LibreOffice Writer để xem lỗi, "
                     "hoặc tạo lại bằng minutes render; chưa ghi tệp PDF nào{log}").format(
        src=src, log=log))


def _install(moves: dict[Path, Path]) -> None:
    """Copy each made PDF to a temporary name beside its target, then rename all."""
    temps: list[tuple[str, Path]] = []
    target = None
    try:
        for target, made in moves.items():
            remove_stale(target.parent, temp_prefix(target.name))  # left by a killed run
            fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".tmp", dir=target.parent)
            fcntl.flock(fd, fcntl.LOCK_EX)  # held while it is written: a live file is never cleaned up
            temps.append((tmp, target))
            with os.fdopen(fd, "wb") as fh, made.open("rb") as src:
                shutil.copyfileobj(src, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
        for tmp, target in temps:
            os.replace(tmp, target)
    except OSError as exc:
        for tmp, _written in temps:
            Path(tmp).unlink(missing_ok=True)
        raise PdfError(_("{target}: không ghi được tệp PDF ({strerror}); hãy kiểm tra quyền ghi và chỗ "
                         "trống trên đĩa; chưa ghi tệp PDF nào").format(
            target=target, strerror=exc.strerror)) from exc


def font_warnings(pdf: str | os.PathLike) -> list[str]:
    """Return Vietnamese warnings when the PDF does not use Times New Roman.

    Reads the fonts really embedded in the PDF with ``pdffonts`` (poppler): that is
    what LibreOffice used, whereas ``fc-match`` only says what fontconfig would pick
    (LibreOffice has its own replacement table). Without pdffonts, falls back to
    ``fc-match "Times New Roman"``; with neither, or when a tool fails: no warning.
    Messages describe the machine, not the file: print each distinct one once.
    """
    pdf = Path(pdf)
    if not pdf.is_file():
        raise PdfError(_("{pdf}: không tìm thấy tệp PDF").format(pdf=pdf))
    if shutil.which("pdffonts"):
        rows = _output(["pdffonts", str(pdf)]).splitlines()[2:]  # after the heading and the dashes
        families = [_family(row.split()[0]) for row in rows if row.strip() and not row.startswith("[")]
    elif shutil.which("fc-match"):
        families = [_family(_output(["fc-match", "-f", "%{family}", "Times New Roman"]))]
    else:
        return []
    families = list(dict.fromkeys(f for f in families if f))
    keys = [_normal(f) for f in families]
    if not families or any("timesnewroman" in k for k in keys):
        return []
    twins = [name for key, name in METRIC_TWINS.items() if key in keys]
    if twins:
        return [_("máy này không có phông Times New Roman; LibreOffice dùng {twins} (cùng kích thước chữ) "
                  "để tạo PDF — bản in trên máy có Times New Roman sẽ giống hệt về bố cục").format(
            twins=twins[0])]
    return [_("máy này không có phông Times New Roman; LibreOffice dùng {families} để tạo PDF — chữ rộng "
              "hẹp khác nên chỗ xuống dòng và số trang có thể khác; hãy cài phông Times New Roman hoặc "
              "Liberation Serif (Debian/Ubuntu: apt-get install fonts-liberation2)").format(
        families=', '.join(families))]


def _family(name: str) -> str:
    """``ABCDEF+LiberationSerif-Bold`` -> ``LiberationSerif`` (subset tag and style dropped)."""
    return name.split("+", 1)[-1].split("-", 1)[0].split(",", 1)[0].strip()


def _normal(name: str) -> str:
    """``Times New Roman``, ``TimesNewRomanPS`` -> ``timesnewroman…``: lower-case letters and digits."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _output(cmd: list[str]) -> str:
    """Return what ``cmd`` prints, or ``""`` when it cannot run, hangs or fails."""
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout if done.returncode == 0 else ""


def preview_png(pdf: str | os.PathLike, png: str | os.PathLike | None = None, *, dpi: int = 80) -> Path:
    """Write page 1 of ``pdf`` as a PNG (``X.pdf`` -> ``X.png`` by default); return its path."""
    pdf = Path(pdf)
    png = Path(png) if png is not None else pdf.with_suffix(".png")
    tool = shutil.which("pdftoppm")
    if not tool:
        raise PdfError(_("{png}: không tìm thấy pdftoppm để tạo ảnh xem trước; {poppler_hint}").format(
            png=png, poppler_hint=_(POPPLER_HINT)))
    if not pdf.is_file():
        raise PdfError(_("{pdf}: không tìm thấy tệp PDF").format(pdf=pdf))
    if not png.parent.is_dir():
        raise PdfError(_("{png}: thư mục {parent} không tồn tại; hãy tạo thư mục hoặc chọn nơi lưu khác").format(
            png=png, parent=png.parent))
    _check_target(png, b"\x89PNG", N_("ảnh PNG"))
    try:
        with tempfile.TemporaryDirectory(prefix=f".{png.stem}.", dir=png.parent, ignore_cleanup_errors=True) as tmp:
            made = _pdftoppm(tool, pdf, Path(tmp) / "page", dpi)
            os.replace(made, png)
    except OSError as exc:
        raise PdfError(_("{png}: không ghi được ảnh xem trước ({strerror}); hãy kiểm tra quyền ghi").format(
            png=png, strerror=exc.strerror)) from exc
    return png


def _pdftoppm(tool: str, pdf: Path, root: Path, dpi: int) -> Path:
    """Render page 1 of ``pdf`` to ``root.png``; return it."""
    cmd = [tool, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(root)]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired as exc:
        raise PdfError(_("{pdf}: pdftoppm không trả lời sau 120 giây; tệp PDF có thể hỏng").format(pdf=pdf)) from exc
    made = root.with_suffix(".png")
    if done.returncode != 0 or not made.is_file() or made.stat().st_size == 0:
        raise PdfError(_("{pdf}: pdftoppm không tạo được ảnh trang 1; tệp PDF có thể hỏng{tail}").format(
            pdf=pdf, tail=_tail(done.stdout, done.stderr)))
    return made
