"""Reading and checking outlines: ``minutes check``, and what every other verb loads first.

Also the small parsers the web form shows an outline's values with."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from minutes.api.notices import Warn, quiet, signer_warning
from minutes.errors import MinutesError, OutlineError, Problem
from minutes.files import InputError
from minutes.i18n import _
from minutes.outline.load import load_outline


def load(name: str, warn: Warn = quiet):
    """Return the validated outline ``name`` ("-": standard input), passing its warnings to ``warn``."""
    warnings: list[Problem] = []
    outline = load_outline(name, data=read_source(name), warnings=warnings)
    for problem in warnings:
        warn(problem)
    return outline


def read_source(name: str) -> bytes | None:
    """Return standard input's bytes for "-", else None (the loader reads the file)."""
    if name != "-":
        return None
    from minutes.outline.load import read_file

    return read_file(name, "<stdin>")  # bounded: at most the outline limit and one byte


def expand_outlines(names: Iterable[str]) -> list[str]:
    """Return the outline files named: a folder stands for the .yaml/.yml files inside it."""
    found: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            inside = sorted(str(p) for p in path.iterdir() if p.suffix.lower() in (".yaml", ".yml"))
            if not inside:
                raise InputError(_("thư mục '{name}' không có đề cương nào (tệp .yaml hoặc .yml); hãy chỉ "
                                   "tới đúng thư mục hoặc tệp đề cương").format(
                    name=name))
            found += inside
        else:
            found.append(name)
    return found


def check_files(names: Iterable[str], ok: Callable[[str], None], bad: Callable[[MinutesError], None],
                warn: Warn = quiet) -> int:
    """Validate each outline, report it through ``ok`` or ``bad``; return how many failed."""
    failed = 0
    for name in names:
        try:
            outline = load(name, warn)
        except MinutesError as exc:
            failed += 1
            bad(exc)
        else:
            duplicates = number_duplicates(name, outline, warn)
            if duplicates:
                failed += 1
                bad(OutlineError(duplicates))
                continue
            signer_warning(name, outline, warn)
            ok(name)
    return failed


def number_duplicates(name: str, outline, warn: Warn = quiet) -> list[Problem]:
    """The numbers typed in the outline that another document of its register and year has
    (only where a register exists: see :func:`minutes.register.office.duplicate_problems`);
    a register that cannot be reached is a warning, and the numbers go unchecked."""
    from minutes.register import office

    try:
        return office.duplicate_problems(name, outline)
    except MinutesError as exc:
        warn(Problem(name, 0, 0, "number", _("chưa kiểm tra được số trùng: {exc}").format(exc=exc)))
        return []


def split_person(value: str) -> tuple[str, str]:
    """Return (name, position) of "Họ tên - Chức vụ"."""
    from minutes.vietnamese.parse import parse_person

    try:
        person = parse_person(value)
    except ValueError:
        return value, ""
    return person.name, person.position


def split_absence(value: str) -> tuple[str, str, str]:
    """Return (name, position, reason) of "Họ tên - Chức vụ (lý do)"."""
    from minutes.vietnamese.parse import parse_absence

    try:
        found = parse_absence(value)
    except ValueError:
        return value, "", ""
    return found.name, found.position, found.reason


def number_text(value: int | float) -> str:
    """Return a YAML number as it was written in the file (``1.248``, ``05``)."""
    from minutes.outline.reader import source_text

    return source_text(value)
