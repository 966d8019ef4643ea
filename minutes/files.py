"""Files in and out: the one place where the tool reads input and writes to the user's disk.

Reading: :func:`read_bounded` is used for every input (outlines, standard input,
profiles, templates, documents to lint or convert). It reads at most ``limit + 1``
bytes whatever size the system reports (devices and pipes report 0), never blocks
on a FIFO or a device that sends nothing, and raises :class:`InputError` with a
Vietnamese message.

Writing: :func:`write_atomic` writes through a temporary file in the target folder
and renames it into place, so an output is either whole or untouched. A symlink is
written through (its target replaced, the link kept); a dangling one, a block device
or a directory is refused; a character device or a FIFO (``/dev/stdout``) is written
into as a stream. Temporary files that a killed run left behind are removed on the
next write of the same name. :func:`write_stdout` reports a closed standard output.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import select
import stat
import sys
import tempfile
from pathlib import Path

from minutes.errors import MinutesError, OutputError
from minutes.i18n import N_, _

READ_IDLE_SECONDS = 20.0
WHATS = (N_("tệp"), N_("tệp .docx"), N_("mẫu .docx"), N_("mẫu"), N_("hồ sơ dùng chung"), N_("phiếu hồ sơ"),
         N_("đề cương"))
"""What the callers name a file in messages (``what``), for the catalogue; shown with ``_(what)``."""
"""How long a pipe or a device may send nothing before reading it is given up."""
_CHUNK = 1 << 16
_NAME_MAX = 255
_TMP_EXTRA = len("..XXXXXXXX.tmp")


class InputError(MinutesError):
    """Raised when an input cannot be read within its bounds: missing, a folder, a device
    that blocks, a pipe that sends nothing, or larger than the limit."""


class InputTooLarge(InputError):
    """Raised when an input holds more than its limit; ``size`` is its size as far as known."""

    def __init__(self, message: str, size: int, limit: int):
        super().__init__(message)
        self.size, self.limit = size, limit


def human_size(size: int) -> str:
    """``1 MiB``, ``20 MiB``, ``512 KiB``, ``700 byte``: a size for messages."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            value = f"{size / scale:.1f}".replace(".", ",").removesuffix(",0")
            return f"{value} {unit}"
    return f"{size} byte"


def read_bounded(source, limit: int, name: str | None = None, what: str = "tệp") -> bytes:
    """Return the bytes of ``source``: a path, "-" (standard input) or a binary file.

    Reads at most ``limit + 1`` bytes; raises :class:`InputTooLarge` past ``limit`` and
    :class:`InputError` when the source cannot be read (``what`` names it in messages).
    """
    shown = name or ("<stdin>" if str(source) == "-" else str(source))
    if str(source) == "-" and not hasattr(source, "read"):
        source = getattr(sys.stdin, "buffer", None)
        if source is None:
            raise InputError(_("không đọc được đầu vào chuẩn (đã bị đóng); hãy chỉ rõ {what} cần đọc").format(
                what=_(what)))
    if hasattr(source, "read"):
        return _read_object(source, limit, shown, what)
    try:
        fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        raise InputError(_open_message(exc, shown, what)) from None
    try:
        return _read_fd(fd, limit, shown, what, owned=True)
    finally:
        os.close(fd)


def _open_message(exc: OSError, name: str, what: str) -> str:
    if exc.errno == errno.ENOENT:
        return _("không tìm thấy {what} '{name}'; hãy kiểm tra tên tệp và thư mục").format(what=_(what), name=name)
    if exc.errno == errno.EISDIR:
        return _("'{name}' là một thư mục, không phải {what}").format(name=name, what=_(what))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _("không có quyền đọc {what} '{name}'").format(what=_(what), name=name)
    if exc.errno == errno.ENAMETOOLONG:
        return _("tên tệp '{name}…' quá dài").format(name=name[:60])
    return _("không đọc được {what} '{name}': {value}").format(what=_(what), name=name, value=exc.strerror or exc)


def _read_object(handle, limit: int, name: str, what: str) -> bytes:
    try:
        fd = handle.fileno()
    except (AttributeError, OSError, ValueError):  # io.BytesIO, a test runner's input
        data = handle.read(limit + 1)
        return _bounded(data, len(data), limit, name, what)
    return _read_fd(fd, limit, name, what, owned=False)


def _read_fd(fd: int, limit: int, name: str, what: str, owned: bool) -> bytes:
    try:
        info = os.fstat(fd)
    except OSError as exc:
        raise InputError(_open_message(exc, name, what)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(_("'{name}' là một thư mục, không phải {what}").format(name=name, what=_(what)))
    if stat.S_ISBLK(info.st_mode):
        raise InputError(_("'{name}' là một thiết bị lưu trữ, không phải {what}; hãy chọn một tệp thường").format(
            name=name, what=_(what)))
    if stat.S_ISREG(info.st_mode):
        if info.st_size > limit:
            raise InputTooLarge(_too_large(name, what, limit, info.st_size), info.st_size, limit)
        data = _read_loop(fd, limit, name, what, wait=None)
        return _bounded(data, max(len(data), info.st_size), limit, name, what)
    idle = None if os.isatty(fd) else READ_IDLE_SECONDS
    data = _read_loop(fd, limit, name, what, wait=idle, nonblocking=owned)
    if not data and owned and stat.S_ISFIFO(info.st_mode):
        raise InputError(_("'{name}' là một ống (FIFO) không có dữ liệu; hãy dùng một tệp thường làm {what}").format(
            name=name, what=_(what)))
    return _bounded(data, len(data), limit, name, what)


def _read_loop(fd: int, limit: int, name: str, what: str, wait: float | None, nonblocking: bool = False) -> bytes:
    """Read up to ``limit + 1`` bytes; for a stream, wait at most ``wait`` seconds for each chunk."""
    data = bytearray()
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLPRI)
    must_wait = wait is not None and not nonblocking
    while len(data) <= limit:
        if must_wait and not poller.poll(None if wait is None else int(wait * 1000)):
            raise InputError(_("'{name}' không gửi dữ liệu sau {wait:g} giây (ống hoặc thiết bị chưa có ai "
                               "ghi); hãy dùng một tệp thường làm {what}").format(
                name=name, wait=wait, what=_(what)))
        try:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - len(data)))
        except BlockingIOError:
            must_wait = True
            continue
        except OSError as exc:
            raise InputError(_open_message(exc, name, what)) from None
        if not chunk:
            break
        data += chunk
        must_wait = wait is not None and not nonblocking
    return bytes(data)


def _bounded(data: bytes, size: int, limit: int, name: str, what: str) -> bytes:
    if len(data) > limit or size > limit:
        raise InputTooLarge(_too_large(name, what, limit, size if size > len(data) else None), size, limit)
    return data


def _too_large(name: str, what: str, limit: int, size: int | None) -> str:
    shown = human_size(size) if size else _("hơn {limit}").format(limit=human_size(limit))
    return _("{what} '{name}' quá lớn ({shown}); giới hạn {limit}").format(
        what=_(what), name=name, shown=shown, limit=human_size(limit))


# --- writing -------------------------------------------------------------------------------

def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, or raise :class:`OutputError` and leave it untouched.

    A regular file is written through a temporary file and a rename; a symlink is
    followed (the link is kept); a character device or a FIFO is written into as a
    stream; a dangling link, a folder or a block device is refused.
    """
    target = Path(path)
    kind, real = target_kind(target)
    if kind == "stream":
        return _write_stream(target, data)
    folder = real.parent
    if not folder.is_dir():
        raise OutputError(_("{target}: thư mục {folder} không tồn tại; hãy tạo thư mục hoặc chọn nơi lưu "
                            "khác").format(target=target, folder=folder))
    tmp, fd = _temporary(real, target)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, real)  # still holding the lock: no cleaner can take the file away
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(_("{target}: không ghi được tệp ({strerror}); tệp cũ (nếu có) vẫn giữ nguyên").format(
            target=target, strerror=exc.strerror)) from exc
    except BaseException:  # Ctrl-C in the middle: no temporary left behind either
        Path(tmp).unlink(missing_ok=True)
        raise


def target_kind(target: Path) -> tuple[str, Path]:
    """Return ("file", real path) for a path to write atomically, or ("stream", path).

    A link is followed (the real file is replaced, the link kept); a character
    device, a FIFO, or anything under /dev or /proc (``/dev/stdout``) is a stream.
    Raises :class:`OutputError` for a dangling link, a folder, a block device or a
    name longer than the system allows.
    """
    size = len(os.fsencode(target.name))
    if size > _NAME_MAX:
        raise OutputError(_("{target}…: tên tệp quá dài ({size} byte; tối đa {name_max}); hãy chọn tên ngắn "
                            "hơn").format(
            target=str(target)[:80], size=size, name_max=_NAME_MAX))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        if os.path.islink(target):
            raise OutputError(_("{target}: là liên kết tới '{readlink}' không tồn tại; không ghi qua liên "
                                "kết hỏng, hãy chọn tên khác").format(
                target=target, readlink=os.readlink(target))) from None
        return "file", target
    except OSError:
        return "file", target  # the write will say what is wrong
    if stat.S_ISDIR(mode):
        raise OutputError(_("{target}: là một thư mục; hãy chọn tên tệp").format(target=target))
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or str(target).startswith(("/dev/", "/proc/")):
        return "stream", target
    if not stat.S_ISREG(mode):
        raise OutputError(_("{target}: không phải tệp thường (thiết bị hoặc socket); không ghi vào đó").format(
            target=target))
    return "file", Path(os.path.realpath(target)) if os.path.islink(target) else target


def _write_stream(target: Path, data: bytes) -> None:
    """Write ``data`` into a character device or a FIFO (never replacing the node)."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        why = _("không có chương trình nào đọc ở đầu kia") if exc.errno == errno.ENXIO else exc.strerror
        raise OutputError(_("{target}: không ghi được ({why})").format(target=target, why=why)) from None
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        raise OutputError(_("{target}: không ghi được ({strerror})").format(
            target=target, strerror=exc.strerror)) from None
    finally:
        os.close(fd)


def _temporary(real: Path, shown: Path) -> tuple[str, int]:
    """Create and lock ``.NAME.XXXXXXXX.tmp`` beside ``real``; remove stale ones of the same name."""

    prefix = temp_prefix(real.name)
    remove_stale(real.parent, prefix)
    for _attempt in range(8):
        try:
            fd, tmp = _create_temporary(real.parent, prefix)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:
            raise OutputError(_("{shown}: không ghi được vào thư mục {parent} ({strerror})").format(
                shown=shown, parent=real.parent, strerror=exc.strerror)) from exc
        # Another run's remove_stale may have taken the file for stale between its creation and
        # the lock, and unlinked it: then the lock holds a nameless file; make another.
        if _still_named(fd, tmp):
            return tmp, fd
        os.close(fd)
    raise OutputError(_("{shown}: không giữ được tệp tạm trong thư mục {parent} (nhiều lần chạy cùng ghi "
                        "một tệp); hãy thử lại").format(shown=shown, parent=real.parent))


def _still_named(fd: int, path: str) -> bool:
    """True when ``path`` still names the open file ``fd``."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path, follow_symlinks=False))
    except OSError:
        return False


def _create_temporary(folder: Path, prefix: str) -> tuple[int, str]:
    """Create ``PREFIX + 8 chars + .tmp`` in ``folder``; return its descriptor and path (not yet locked)."""
    return tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)


def temp_prefix(name: str) -> str:
    """``.NAME.``, shortened so that the temporary name still fits in 255 bytes."""
    room = _NAME_MAX - _TMP_EXTRA
    raw = os.fsencode(name)
    if len(raw) > room:
        name = raw[:room].decode("utf-8", errors="ignore") if sys.getfilesystemencoding() == "utf-8" else name[:room]
    return f".{name}."


def remove_stale(folder: Path, prefix: str) -> list[Path]:
    """Remove ``PREFIX + 8 chars + .tmp`` files in ``folder`` that no live writer holds; return them."""
    removed: list[Path] = []
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix)]
    except OSError:
        return removed
    pattern = re.compile(re.escape(prefix) + r"[a-z0-9_]{8}\.tmp")
    for found in names:
        if pattern.fullmatch(found) and _unlocked_remove(folder / found):
            removed.append(folder / found)
    return removed


def _unlocked_remove(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a writer still alive holds it
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def write_new(path: Path, data) -> None:
    """Create ``path`` holding ``data`` (bytes or a binary file) whole, never replacing anything.

    Written to a temporary file first and then linked into place, so a full disk
    leaves no empty or partial file behind. Raises FileExistsError when the name is
    taken, :class:`OutputError` for any other failure.
    """
    import shutil

    tmp, fd = _temporary(path, path)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray, memoryview)):
                fh.write(data)
            else:
                shutil.copyfileobj(data, fh, _CHUNK)
            fh.flush()
            os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            _place_new(tmp, path)
    except FileExistsError:
        raise
    except OSError as exc:
        raise OutputError(_("{path}: không ghi được bản lưu ({strerror}); chưa ghi đè tệp nào").format(
            path=path, strerror=exc.strerror)) from exc
    finally:
        Path(tmp).unlink(missing_ok=True)


def _place_new(tmp: str, path: Path) -> None:
    """Give the finished ``tmp`` the name ``path`` unless it is taken (a link: never replaces)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError as exc:  # a file system without hard links (FAT, some network shares)
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "exists", str(path)) from None
        os.rename(tmp, path)


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when ``a`` and ``b`` are the same existing file (links and ``..`` resolved)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def write_stdout(data: bytes) -> None:
    """Write ``data`` to standard output; :class:`OutputError` when it is closed."""
    stream = getattr(sys.stdout, "buffer", None)
    try:
        if stream is None:
            raise OSError(errno.EBADF, "closed")
        stream.write(data)
        stream.flush()
    except (OSError, ValueError) as exc:
        raise OutputError(_("không ghi được ra đầu ra chuẩn (đã bị đóng hoặc ngắt); "
                            "hãy ghi ra tệp bằng -o TỆP")) from exc


class OutsideError(InputError):
    """Raised when a path a user names leads out of the folder it must stay in."""


def resolve_named(value: str, base: str | os.PathLike, root: str | os.PathLike | None = None,
                  what: str = "tệp") -> Path:
    """Return the file a user names with ``value`` (a template, a profile, an outline name),
    decided before anything is opened: the one place every such path is resolved.

    ``value`` is relative to ``base``, the folder of the file that names it. With ``root``
    (the folder the web form serves) the path must stay inside ``root`` once every
    symlink is followed: an absolute path, ``~`` or a ``..`` or a link that leads out
    is refused with :class:`OutsideError`. Without ``root`` (the command line, where
    she names her own files) ``~`` is her home folder and any path is taken. A NUL or a
    name too long for the file system is refused with :class:`InputError`.
    """
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        raise InputError(_("tên {what} '{value}' không hợp lệ; hãy ghi tên tệp").format(
            what=_(what), value=_shown(value)))
    if any(len(part.encode("utf-8", "surrogatepass")) > _NAME_MAX for part in Path(value).parts):
        raise InputError(_("tên {what} '{value}' quá dài (tối đa {name_max} byte mỗi phần); hãy đặt tên "
                           "ngắn hơn").format(
            what=_(what), value=_shown(value), name_max=_NAME_MAX))
    if root is None:
        return Path(os.path.normpath(Path(base) / Path(value).expanduser()))
    path = Path(value)
    if path.is_absolute() or value.startswith("~") or path.drive:
        raise OutsideError(_outside(value, what))
    full = Path(os.path.normpath(Path(base) / path))
    real_root = os.path.realpath(root)
    if not _within(full, real_root):
        raise OutsideError(_outside(value, what))
    return full


def _within(path: Path, real_root: str) -> bool:
    """True when ``path``, every symlink followed, is ``real_root`` or inside it."""
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return False
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def _outside(value: str, what: str) -> str:
    return (_("{what} '{value}' nằm ngoài thư mục đề cương; hãy chép tệp vào thư mục này rồi ghi tên tệp "
              "(không ghi đường dẫn tuyệt đối, '~' hay '..')").format(what=_(what), value=_shown(value)))


def _shown(value) -> str:
    """``value`` as a message may quote it: one line, no control characters, not too long."""
    text = re.sub(r"[\x00-\x1f\x7f]", "?", str(value))
    return text if len(text) <= 80 else text[:77] + "…"


def keep_backup(path: Path) -> Path:
    """Keep ``path`` as ``NAME.bak.EXT`` beside it (a hard link, else a whole copy); return it.

    Never follows a link at the backup name and never leaves a partial backup: the
    copy goes through a temporary file and is linked into place.
    """
    while True:
        backup = backup_name(path)
        try:
            os.link(path, backup, follow_symlinks=False)
            return backup
        except FileExistsError:
            continue  # taken meanwhile: try the next name
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise OutputError(_("{path}: không tạo được bản lưu {name} ({strerror}); chưa ghi đè tệp nào").format(
                    path=path, name=backup.name, strerror=exc.strerror)) from exc
        try:
            with path.open("rb") as source:
                write_new(backup, source)
            return backup
        except FileExistsError:
            continue
        except OSError as exc:
            raise OutputError(_("{path}: không đọc được tệp cũ để lưu ({strerror}); chưa ghi đè tệp nào").format(
                path=path, strerror=exc.strerror)) from exc


def backup_name(path: Path) -> Path:
    """Return a free backup name beside ``path``: ``hop.bak.docx``, ``hop.bak-2.docx``…

    A name taken by anything, a dangling link included, is skipped.
    """
    candidate, n = path.with_name(f"{path.stem}.bak{path.suffix}"), 2
    while os.path.lexists(candidate):
        candidate, n = path.with_name(f"{path.stem}.bak-{n}{path.suffix}"), n + 1
    return candidate


def keep_if_changed(target: str | Path, data: bytes) -> Path | None:
    """Before ``--force`` replaces ``target``: keep it as ``NAME.bak.EXT`` unless it already
    holds ``data`` (a file she edited is never lost); return the backup made, if any.
    A link is followed (its file is kept); a device or a FIFO has nothing to keep."""
    kind, real = target_kind(Path(target))
    if kind != "file" or not os.path.lexists(real):
        return None
    try:
        with open(real, "rb") as fh:
            same = os.fstat(fh.fileno()).st_size == len(data) and fh.read(len(data) + 1) == data
    except OSError:
        same = False
    return None if same else keep_backup(real)
