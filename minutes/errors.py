"""The one exception hierarchy of minutes; the CLI catches :class:`MinutesError` once.

Messages are Vietnamese (marked for their English, :mod:`minutes.i18n`) and written
for the secretary: each names the file, the place in it and, where there is one, the fix.
They never start with "Error:"; the command line adds its own prefix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from minutes.i18n import _, ngettext


class MinutesError(Exception):
    """Base of every error the tool reports to a user. Raised never on its own."""

    exit_code = 1

    def __reduce__(self):
        """Pickle any subclass whatever its ``__init__`` takes: its arguments and attributes
        are restored without calling it (a batch's worker process sends errors back)."""
        return _rebuild, (type(self), self.args), self.__dict__

    def report(self) -> str:
        """Return the text shown on standard error: ``Lỗi: …`` by default."""
        return _("Lỗi: {message}").format(message=self)


def _rebuild(cls: type, args: tuple) -> MinutesError:
    """Return a bare ``cls`` with ``args``; pickle then sets its attributes."""
    return cls.__new__(cls, *args)


@dataclass(frozen=True)
class Problem:
    """One problem found in a file: where it is, which field, what is wrong.

    ``line`` and ``column`` are 1-based; 0 means "the file as a whole".
    """

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class OutlineError(MinutesError):
    """Raised when an outline (or a profile it extends) cannot be read or is invalid.

    Carries every problem found in the file, not only the first.
    """

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def report(self) -> str:
        """Return one ``FILE:LINE:COL: path: message`` line per problem, then a summary."""
        files = sorted({p.file for p in self.problems})
        summary = ngettext("Lỗi: {count} vấn đề trong {files}; chưa ghi tệp nào.",
                           "Lỗi: {count} vấn đề trong {files}; chưa ghi tệp nào.",
                           len(self.problems)).format(count=len(self.problems), files=", ".join(files))
        return f"{self}\n{summary}"


class TemplateNotFoundError(MinutesError):
    """Raised when ``-t``/``template:`` names neither a built-in nor a readable .docx."""


class TemplateError(MinutesError):
    """Raised when a template cannot be rendered: Jinja syntax, a missing variable,
    a sandbox violation or a runaway loop. The message names the template and the place.
    """


class OutputError(MinutesError):
    """Raised when the output cannot be written (missing or read-only folder, full disk,
    a document edited since it was generated). Nothing is left half-written.
    """


def display_name(path: str | os.PathLike[str] | None) -> str:
    """Return how a file is named in messages: ``<stdin>`` for standard input."""
    if path is None or str(path) == "-":
        return "<stdin>"
    return str(path)
