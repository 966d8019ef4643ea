"""The plumbing of ``minutes new``: asking one checked question at a time, and the file.

:class:`Asker` wraps the three terminal calls (``click.prompt``, ``click.echo``,
``click.confirm`` by default, so Click's test runner and piped answers work) and
re-asks until an answer parses; :func:`whole` and :func:`choice` are parsers that
:mod:`minutes.vietnamese.parse` has not. :func:`choose_output`, :func:`save` and
:func:`offer_render` pick, check and write the outline's file, then offer the document.
Yes/no, the style and "<" (go back) are :mod:`minutes.interview.answers`.
The YAML side (``*_text``, ``*_yaml``, :func:`dump_outline`) is :mod:`minutes.interview.emit`,
whose names are importable from here too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from minutes.files import write_atomic
from minutes.glossary import OUTLINE_TERMS
from minutes.i18n import N_, _
from minutes.interview.answers import BACK, GoBack, confirm, parse_yes, style_choice
from minutes.interview.emit import (
    FLOW,
    HEADER,
    absence_yaml,
    commendation_yaml,
    comment,
    compact,
    date_text,
    dump_outline,
    guest_yaml,
    indicator_yaml,
    item_yaml,
    number_text,
    number_yaml,
    period_text,
    person_text,
    signer_yaml,
    speech_yaml,
    time_text,
    time_yaml,
)
from minutes.outline.fields import parse_absentee as parse_absent
from minutes.outline.load import load_outline
from minutes.vietnamese.parse import parse_number

__all__ = [
    "BACK", "CLEAR", "END_HINT", "GoBack", "confirm", "parse_absent", "parse_yes", "style_choice", "FLOW", "HEADER",
    "INTERRUPTED", "SUB", "Asker", "absence_yaml", "add_point", "choice",
    "choose_output", "clean", "comment", "commendation_yaml", "compact", "date_text", "dump_outline", "guest_yaml",
    "indicator_yaml", "item_yaml", "number_text", "number_yaml", "offer_render", "period_text", "person_text",
    "question", "save", "signer_yaml", "speech_yaml", "time_text", "time_yaml", "whole",
]

END_HINT = N_("(để trống để kết thúc)")
CLEAR = "-"
"""Typed alone, clears the default of an optional question."""
SUB = "+ "
"""A list answer starting with this is a sub-point of the previous item."""

INTERRUPTED = (click.Abort, KeyboardInterrupt, EOFError)
"""What stops an interview: Ctrl-C, end of input (Click turns both into Abort in its prompts)."""
_NOTES = {t.key: t for t in OUTLINE_TERMS}


def clean(value: object) -> str:
    """An answer as text: NFC, stripped."""
    return unicodedata.normalize("NFC", str(value)).strip()


def question(key: str, hint: str = "") -> str:
    """The question for outline ``key``: its glossary term, capitalised, with ``hint`` or its note."""
    found = _NOTES[key]
    extra = _(hint or found.note)  # the glossary's terms and notes are in the catalogue
    term = _(found.term)
    shown = term[:1].upper() + term[1:]
    if not extra:
        return shown
    return f"{shown} — {extra}" if "(" in extra + shown else f"{shown} ({extra})"


@dataclass
class Asker:
    """Asks questions through ``prompt``/``echo``/``confirm`` and checks answers.

    Every answer is recorded. When the user types :data:`BACK`, :class:`GoBack` is raised;
    the caller drops the last answer and asks again from the start, and the recorded answers
    are replayed silently (:attr:`position`), so the user is back at the question before.
    """

    prompt: Callable[..., Any] = click.prompt
    echo: Callable[..., Any] = click.echo
    confirm: Callable[..., Any] = confirm
    answers: list[Any] = field(default_factory=list)
    position: int = 0

    @property
    def replaying(self) -> bool:
        """True while recorded answers are given again (nothing is shown)."""
        return self.position < len(self.answers)

    def restart(self, back: bool = False) -> None:
        """Start again from the first question; with ``back``, without the last answer."""
        if back and self.answers:
            self.answers.pop()
        self.position = 0

    def forget(self) -> None:
        """Drop every recorded answer (what was asked so far cannot be gone back to)."""
        self.answers, self.position = [], 0

    def _ask(self, ask: Callable[[], Any]) -> Any:
        if self.replaying:
            self.position += 1
            return self.answers[self.position - 1]
        answer = ask()
        if isinstance(answer, str) and answer.strip() == BACK:
            raise GoBack
        self.answers.append(answer)
        self.position += 1
        return answer

    def say(self, message: str = "") -> None:
        """Print a line for the user (not while replaying)."""
        if not self.replaying:
            self.echo(message)

    def warn(self, message: str) -> None:
        """Print why an answer was refused (standard error; not while replaying)."""
        if not self.replaying:
            self.echo(_("  Lỗi: {message}").format(message=message), err=True)

    def yes(self, text: str, default: bool) -> bool:
        """Ask a yes/no question."""
        return bool(self._ask(lambda: self.confirm(text, default=default)))

    def text(self, text: str, default: str = "", *, required: bool = False) -> str:
        """Ask for text; Enter keeps ``default``; "-" clears the default of an optional question."""
        while True:
            answer = clean(self._ask(lambda: self.prompt(text, default=default, show_default=bool(default))))
            if answer == CLEAR and not required:
                return ""
            if answer and answer != CLEAR or not required:
                return answer
            self.warn(_("câu này bắt buộc, không được để trống"))

    def parsed(self, text: str, parse: Callable[[str], Any], default: str = "", *,
               required: bool = False) -> Any:
        """Ask until ``parse`` accepts the answer (its ValueError message is shown); "" gives None."""
        while True:
            answer = self.text(text, default, required=required)
            if not answer:
                return None
            try:
                return parse(answer)
            except ValueError as exc:
                self.warn(str(exc))

    def attach(self, done: list[Any], answer: str, key: str) -> None:
        """Add a "+ " answer to the last entry of ``done`` (its ``key``: sub-points, a speaker's points)."""
        if not done:
            self.warn(_('chưa có mục nào ở trên để thêm ý con; hãy bỏ dấu "+ "'))
            return
        point = clean(answer[len(SUB):])
        if point:
            add_point(done, point, key)

    def collect(self, title: str, previous: Sequence[Any],
                read: Callable[[int, list[Any]], Any], keep: bool = True) -> list[Any]:
        """Ask a list item by item until a blank answer.

        With a ``previous`` list, first offer to keep it whole (Enter: ``keep``); new items are
        added after it.
        ``read(number, done)`` asks for one item and returns it, or None to end the list.
        """
        self.say(f"{title} {_(END_HINT)}")
        done: list[Any] = []
        if previous:
            for number, entry in enumerate(previous, 1):
                self.say(f"  {number}. {_summary(entry)}")
            if self.yes(_("  Giữ nguyên {count} mục kỳ trước?").format(count=len(previous)), keep):
                done = list(previous)
        while (entry := read(len(done) + 1, done)) is not None:
            done.append(entry)
        return done


def _summary(entry: Any, width: int = 70) -> str:
    """One short line naming a list entry (for the "keep the previous list?" question)."""
    if isinstance(entry, Mapping):
        entry = next((entry[k] for k in ("text", "name", "speaker", "title") if k in entry), "")
        if isinstance(entry, list):
            entry = entry[0]
    shown = str(entry)
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def add_point(done: list[Any], point: str, key: str = "items") -> None:
    """Add ``point`` as a sub-point (``key``) of the last entry of ``done``."""
    last = done[-1]
    if isinstance(last, str):
        last = done[-1] = {"text": last}
    points = last.get(key)
    last[key] = [] if points is None else [points] if isinstance(points, str) else list(points)
    last[key].append(point)


# --- answers: parsers that are not in vnparse ---

def whole(minimum: int) -> Callable[[str], int]:
    """A parser for a whole number >= ``minimum`` ("07" and "1.200" are accepted)."""
    wanted = _("số nguyên dương, ví dụ 5") if minimum > 0 else _("số nguyên từ 0 trở lên, ví dụ 25")

    def parse(answer: str) -> int:
        value = parse_number(answer)
        if not isinstance(value, int) or value < minimum:
            raise ValueError(_("'{answer}' không hợp lệ; hãy viết {wanted}").format(answer=answer, wanted=wanted))
        return value

    return parse


def choice(options: Sequence[str]) -> Callable[[str], str]:
    """A parser for one of ``options`` (case-insensitive)."""

    def parse(answer: str) -> str:
        if answer.lower() not in options:
            raise ValueError(_("'{answer}' không hợp lệ; chọn một trong: {options}").format(
                answer=answer, options=', '.join(options)))
        return answer.lower()

    return parse


# --- the file: where, checked, written; then the document ---

def choose_output(a: Asker, output: Path | None, day: str) -> Path:
    """The outline's file: ``output`` or asked (default bien-ban-dd-mm-yyyy.yaml); never
    an existing file unless the user agrees to overwrite it, nor a folder that is not there."""
    path, suggestion = output, output or Path(f"bien-ban-{day.replace('/', '-')}.yaml")
    while True:
        if path is None:
            path = Path(a.text(_("Lưu đề cương vào tệp"), str(suggestion), required=True))
        path = path if path.suffix.lower() in (".yaml", ".yml") else path.with_name(path.name + ".yaml")
        if path.is_dir() or not (path.parent if str(path.parent) else Path(".")).is_dir():
            a.warn(_("không ghi được vào '{path}': thư mục không tồn tại hoặc đó là một thư mục").format(path=path))
        elif not path.exists() or a.yes(_("Tệp {path} đã có. Ghi đè?").format(path=path), False):
            return path
        else:
            suggestion = free_name(path)
        path = None


def free_name(path: Path) -> Path:
    """``path`` with "-2", "-3"… added to its name, the first that is not taken."""
    number = 2
    while (found := path.with_name(f"{path.stem}-{number}{path.suffix}")).exists():
        number += 1
    return found


def save(path: Path, data: Mapping[str, Any], echo: Callable[..., Any] = click.echo) -> None:
    """Check the outline as ``minutes check`` would, then write it whole (atomically).

    When it cannot be saved, the YAML is printed (standard output) before the error is
    raised, so that no answer is lost: it can be copied into a file by hand.
    """
    from minutes.errors import MinutesError

    blob = dump_outline(data)
    try:
        load_outline(path, data=blob)
        write_atomic(path, blob)
    except MinutesError:
        echo(_("Không ghi được đề cương vào {path}. Các câu trả lời ở dưới đây; hãy chép lại vào một tệp "
               ".yaml:").format(path=path),
             err=True)
        echo(blob.decode("utf-8"))
        raise


def offer_render(a: Asker, path: Path, template: str | None) -> None:
    """Offer to render the outline now, as ``minutes render`` would; a built-in document
    never overwrites an existing .docx without asking."""
    later = _("Khi cần, soạn biên bản bằng lệnh: minutes render {path}").format(path=path)
    target = path.with_suffix(".docx")
    try:
        wanted = a.yes(_("Soạn biên bản ngay bây giờ?"), True) and (
            template is not None or not target.exists() or a.yes(_("Tệp {target} đã có. Ghi đè?").format(
                target=target), False))
    except (*INTERRUPTED, GoBack):
        wanted = False
        a.say("")
    if not wanted:
        a.say(later)
        return
    from minutes import api

    written = api.render_file(str(path))
    a.say(_("Đã ghi {written}").format(written=written))
