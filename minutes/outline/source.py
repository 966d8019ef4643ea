"""An outline as text, for editors that keep the file as the one source of truth (``minutes serve``).

Read it with its version, check it as ``minutes check`` does without raising, get its
round-trip tree and write the tree back with the file's own layout, and save it only
if nobody saved another version meanwhile (:class:`ConflictError`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from minutes.errors import MinutesError, Problem
from minutes.i18n import _
from minutes.outline.load import load_outline


class ConflictError(MinutesError):
    """Raised when an outline changed on disk since the version the caller last read."""


def version_of(data: bytes | None) -> str:
    """Return the version tag of a file's bytes ("new" for a file that does not exist yet)."""
    import hashlib

    return "new" if data is None else hashlib.sha256(data).hexdigest()[:20]


def read_outline_text(path: str | Path) -> tuple[str, str]:
    """Return the text of the outline at ``path`` and its version; ("", "new") when absent."""
    from minutes.outline import reader
    from minutes.outline.load import read_file

    path = Path(path)
    if not path.exists():
        return "", version_of(None)
    data = read_file(path, path.name)
    return reader.decode(data, path.name), version_of(data)


@dataclass
class Checked:
    """What the loader of ``minutes check`` says about an outline text."""

    outline: object = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    profile: bool = False  # a shared profile, checked on its own (it has no outline to render)
    tree: object = None
    """With ``keep_tree``: the text's own round-trip tree (None when reading changed something
    in it, or the outline has problems); the caller copies it before editing."""


def check_text(text: str, path: str | Path, within: str | Path | None = None, *, keep_tree: bool = False) -> Checked:
    """Load ``text`` as the outline at ``path`` (its ``extends`` start there); never raises OutlineError.

    With ``within``, every path it names must stay inside that folder (the web form's). With
    ``keep_tree``, the round-trip tree the text was parsed into is kept (:attr:`Checked.tree`),
    so that the next edit of the same text need not parse it again."""
    from minutes.errors import OutlineError
    from minutes.outline.load import load_source

    result = Checked()
    try:
        if keep_tree:
            loaded = load_source(str(path), data=text.encode("utf-8"), warnings=result.warnings, within=within)
            result.outline, result.tree = loaded.outline, loaded.tree
        else:
            result.outline = load_outline(str(path), data=text.encode("utf-8"), warnings=result.warnings,
                                          within=within)
    except OutlineError as exc:
        result.problems = list(exc.problems)
        _as_profile(result, text, str(path))
    return result


def _as_profile(result: Checked, text: str, path: str) -> None:
    """When ``text`` is a shared profile, keep only the problems that are its own."""
    from minutes.errors import OutlineError
    from minutes.outline import profiles

    try:
        tree = outline_tree(text, path)
    except OutlineError:
        return
    if profiles.is_profile(tree):
        result.profile = True
        result.problems = profiles.own_problems(tree, path, result.problems)


def outline_tree(text: str, name: str, *, checked: bool = False):
    """Return the round-trip tree of an outline text (OutlineError when it is not readable YAML).

    The text is parsed once: the tree the loader's limits and syntax checks were run on
    (:func:`minutes.outline.reader.read`) is the one returned, unless reading had to change
    something in it (then the text is read again as written). ``checked``: the text has just
    passed the loader's checks (``load_outline`` of the same bytes), so they are not run again."""
    from ruamel.yaml.comments import CommentedMap

    from minutes.outline import reader

    if not text.strip():
        return CommentedMap()
    if not checked:
        reading = reader.read(text, name, quotes=True)  # the loader's limits and syntax checks first
        if reading.exact:
            return reading.root
    return _as_written(text, name)


def _as_written(text: str, name: str):
    """The round-trip tree of ``text`` exactly as written (no character masked, no value kept as
    text); OutlineError naming the place when ruamel cannot read it so."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    from minutes.errors import OutlineError
    from minutes.outline.edit import loader
    from minutes.outline.syntax import reader_problem, syntax_problem

    text = text.replace("\r\n", "\n")  # tree_text puts CRLF back
    try:
        return loader().load(text)
    except MarkedYAMLError as exc:
        raise OutlineError([syntax_problem(exc, text, name)]) from None
    except YAMLError as exc:  # ReaderError: a control character, kept as typed
        raise OutlineError([reader_problem(exc, text, name)]) from None
    except (ArithmeticError, LookupError, TypeError, ValueError) as exc:  # a value ruamel cannot convert
        raise OutlineError([Problem(name, 0, 0, "", _(
            "không ghi được vào đề cương: có giá trị trình đọc YAML không chuyển được ({exc}); hãy đặt giá trị "
            "đó trong dấu ngoặc kép rồi làm lại").format(exc=exc))]) from None


def tree_text(tree, like_text: str) -> str:
    """Return ``tree`` written back as YAML with the layout (indents, line ends) of ``like_text``."""
    import io

    from minutes.outline.edit import dumper

    out = io.StringIO()
    dumper(like_text).dump(tree, out)
    return out.getvalue().replace("\n", "\r\n") if "\r\n" in like_text else out.getvalue()


def set_key(mapping, key: str, value, before: tuple[str, ...]) -> None:
    """Set ``mapping[key]`` (a new key goes after the last of ``before``; None removes it), comments kept."""
    from minutes.outline.edit import insert_after, replace

    if value is None:
        mapping.pop(key, None)
    elif key in mapping:
        replace(mapping, key, value)
    else:
        insert_after(mapping, before, key, value)


def write_outline_text(path: str | Path, text: str, version: str) -> str:
    """Write ``text`` to the outline at ``path`` if it is still at ``version``; return the new version.

    The version is compared with the file's bytes on disk at the moment of writing, under an
    advisory lock on the file's real folder (``flock``), so two writers through different names
    of one file (a symlink) or from two servers cannot both pass the check.
    """
    from minutes.files import write_atomic

    path = Path(path)
    with writing(path):
        if version_of(path.read_bytes() if path.exists() else None) != version:
            raise ConflictError(_("{name}: tệp đã được sửa ở nơi khác sau khi bạn mở nó").format(name=path.name))
        write_atomic(path, text.encode("utf-8"))
    return version_of(text.encode("utf-8"))


@contextlib.contextmanager
def writing(path: str | Path):
    """Hold the write lock of the folder that really holds ``path`` (symlinks followed)."""
    import fcntl
    import os

    fd = os.open(Path(path).resolve().parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
