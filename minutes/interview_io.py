"""The plumbing of ``minutes new``: asking one checked question at a time, and writing YAML.

:class:`Asker` wraps the three terminal calls (``click.prompt``, ``click.echo``,
``click.confirm`` by default, so Click's test runner and piped answers work) and
re-asks until an answer parses. The ``*_text`` and ``*_yaml`` functions turn model
values (from an earlier outline) into prompt defaults and into YAML values; and
:func:`dump_outline` writes the answers as a commented YAML 1.2 outline whose
comments come from :data:`minutes.glossary.OUTLINE_TERMS`.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from minutes import model
from minutes.docxio import write_atomic
from minutes.glossary import OUTLINE_TERMS
from minutes.outline import load_outline
from minutes.vnparse import parse_number

END_HINT = "(để trống để kết thúc)"
CLEAR = "-"
"""Typed alone, clears the default of an optional question."""
SUB = "+ "
"""A list answer starting with this is a sub-point of the previous item."""

INTERRUPTED = (click.Abort, KeyboardInterrupt, EOFError)
"""What stops an interview: Ctrl-C, end of input (Click turns both into Abort in its prompts)."""
HEADER = (
    "Đề cương biên bản, soạn bằng lệnh `minutes new`.\n"
    "Sửa trực tiếp tệp này rồi chạy: minutes check <tệp> và minutes render <tệp>."
)
FLOW = ("vote",)
"""Mappings written on one line: {agree: 22, against: 0, abstain: 0}."""
_NOTES = {t.key: t for t in OUTLINE_TERMS}


def clean(value: object) -> str:
    """An answer as text: NFC, stripped."""
    return unicodedata.normalize("NFC", str(value)).strip()


def question(key: str, hint: str = "") -> str:
    """The question for outline ``key``: its glossary term, capitalised, with ``hint`` or its note."""
    found = _NOTES[key]
    extra = hint or found.note
    shown = found.term[:1].upper() + found.term[1:]
    if not extra:
        return shown
    return f"{shown} — {extra}" if "(" in extra + shown else f"{shown} ({extra})"


@dataclass
class Asker:
    """Asks questions through ``prompt``/``echo``/``confirm`` (Click's by default) and checks answers."""

    prompt: Callable[..., Any] = click.prompt
    echo: Callable[..., Any] = click.echo
    confirm: Callable[..., Any] = click.confirm

    def say(self, message: str = "") -> None:
        """Print a line for the user."""
        self.echo(message)

    def warn(self, message: str) -> None:
        """Print why an answer was refused (standard error)."""
        self.echo(f"  Lỗi: {message}", err=True)

    def yes(self, text: str, default: bool) -> bool:
        """Ask a yes/no question."""
        return bool(self.confirm(text, default=default))

    def text(self, text: str, default: str = "", *, required: bool = False) -> str:
        """Ask for text; Enter keeps ``default``; "-" clears the default of an optional question."""
        while True:
            answer = clean(self.prompt(text, default=default, show_default=bool(default)))
            if answer == CLEAR and not required:
                return ""
            if answer and answer != CLEAR or not required:
                return answer
            self.warn("câu này bắt buộc, không được để trống")

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
            self.warn('chưa có mục nào ở trên để thêm ý con; hãy bỏ dấu "+ "')
            return
        point = clean(answer[len(SUB):])
        if point:
            add_point(done, point, key)

    def collect(self, title: str, previous: Sequence[Any],
                read: Callable[[int, list[Any]], Any]) -> list[Any]:
        """Ask a list item by item until a blank answer.

        With a ``previous`` list, first offer to keep it whole; new items are added after it.
        ``read(number, done)`` asks for one item and returns it, or None to end the list.
        """
        self.say(f"{title} {END_HINT}")
        done: list[Any] = []
        if previous:
            for number, entry in enumerate(previous, 1):
                self.say(f"  {number}. {_summary(entry)}")
            if self.yes(f"  Giữ nguyên {len(previous)} mục kỳ trước?", True):
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
    wanted = "số nguyên dương, ví dụ 5" if minimum > 0 else "số nguyên từ 0 trở lên, ví dụ 25"

    def parse(answer: str) -> int:
        value = parse_number(answer)
        if not isinstance(value, int) or value < minimum:
            raise ValueError(f"'{answer}' không hợp lệ; hãy viết {wanted}")
        return value

    return parse


def choice(options: Sequence[str]) -> Callable[[str], str]:
    """A parser for one of ``options`` (case-insensitive)."""

    def parse(answer: str) -> str:
        if answer.lower() not in options:
            raise ValueError(f"'{answer}' không hợp lệ; chọn một trong: {', '.join(options)}")
        return answer.lower()

    return parse


# --- model values as prompt defaults and as YAML values ---

def date_text(day: dt.date | None) -> str:
    """26/08/2021 (dd/mm/yyyy), or ""."""
    return f"{day:%d/%m/%Y}" if day else ""


def time_text(moment: dt.time | None) -> str:
    """14:00, or ""."""
    return f"{moment:%H:%M}" if moment else ""


def time_yaml(moment: dt.time) -> DoubleQuotedScalarString:
    """A time quoted for YAML: "14:00"."""
    return DoubleQuotedScalarString(time_text(moment))


def period_text(period: model.Period | None) -> str:
    """2025, Q3/2025, H1/2025 or 9/2025, or ""."""
    if period is None:
        return ""
    prefix = {"year": "", "quarter": "Q", "half": "H", "month": ""}[period.kind]
    return f"{period.year}" if period.index is None else f"{prefix}{period.index}/{period.year}"


def number_text(value: model.Number | None) -> str:
    """A figure the Vietnamese way (1.900.000.000; 87,5), or ""."""
    if value is None:
        return ""
    from minutes.vnformat import format_number

    return format_number(value)


def number_yaml(value: model.Number) -> int | str:
    """A whole number as YAML int; a decimal as Vietnamese text ("87,5"), read back exactly."""
    return value if isinstance(value, int) else number_text(value)


def person_text(person: model.Person | model.Signer | None) -> str:
    """"Họ tên - Chức vụ" (or the name alone), or ""."""
    if person is None:
        return ""
    return f"{person.name} - {person.position}" if person.position else person.name


def guest_yaml(person: model.Person) -> Any:
    """A guest: the shorthand text, or a mapping when there is a role."""
    if not person.role:
        return person_text(person)
    return compact({"name": person.name, "position": person.position, "role": person.role})


def absence_yaml(absence: model.Absence) -> dict[str, Any]:
    """An absentee as a mapping (name, position, reason)."""
    return compact({"name": absence.name, "position": absence.position, "reason": absence.reason})


def item_yaml(item: model.Item) -> Any:
    """An item: plain text, or a mapping with its sub-points, owner and due date."""
    extra = {"items": list(item.items), "owner": item.owner, "due": date_text(item.due)}
    return compact({"text": item.text, **extra}) if any(extra.values()) else item.text


def indicator_yaml(indicator: model.Indicator) -> dict[str, Any]:
    """A key figure as a mapping."""
    previous = None if indicator.previous is None else number_yaml(indicator.previous)
    return compact({"name": indicator.name, "value": number_yaml(indicator.value),
                     "unit": indicator.unit, "previous": previous})


def speech_yaml(speech: model.Speech) -> dict[str, Any]:
    """A contribution or direction: speaker and content (text, or a list of points)."""
    content = speech.content[0] if len(speech.content) == 1 else list(speech.content)
    return {"speaker": speech.speaker, "content": content}


def commendation_yaml(item: model.Commendation) -> dict[str, Any]:
    """A commendation as a mapping."""
    return compact({"count": item.count, "recipient": item.recipient, "title": item.title, "by": item.by})


def signer_yaml(signer: model.Signer) -> dict[str, Any]:
    """Who signs the other documents, as a mapping."""
    return compact({"name": signer.name, "position": signer.position,
                     "authority": signer.authority.upper(), "on_behalf": signer.on_behalf})


def compact(mapping: dict[str, Any]) -> dict[str, Any]:
    """``mapping`` without its empty values."""
    return {k: v for k, v in mapping.items() if v not in (None, "", [], (), {})}


# --- writing ---

def dump_outline(data: Mapping[str, Any]) -> bytes:
    """Return ``data`` as UTF-8 YAML, each glossary key preceded by its Vietnamese comment."""
    root = _node(data, "", 0)
    root.yaml_set_start_comment(HEADER)
    yaml = YAML(typ="rt")
    yaml.width = 4096  # one line per value: no folding of long Vietnamese sentences
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(root, out)
    return out.getvalue().encode("utf-8")


def _node(value: Any, path: str, depth: int) -> Any:
    """``value`` as ruamel nodes: mappings keep their order; small ones in lists go on one line."""
    if isinstance(value, Mapping):
        node = CommentedMap((k, _node(v, f"{path}.{k}" if path else k, depth + 1)) for k, v in value.items())
        if path in FLOW:
            node.fa.set_flow_style()
        for key in value:
            note = comment(f"{path}.{key}" if path else key)
            if note:
                node.yaml_set_comment_before_after_key(key, before=note, indent=2 * depth)
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_node(v, "", depth + 1) for v in value)
        for entry in seq:
            if isinstance(entry, CommentedMap) and _is_flat(entry):
                entry.fa.set_flow_style()
        return seq
    return value


def _is_flat(mapping: Mapping[str, Any]) -> bool:
    """True for a record of a few short scalars (an indicator, an absentee), not an item or speech."""
    values = list(mapping.values())
    if "text" in mapping or "speaker" in mapping or any(isinstance(v, Mapping | list) for v in values):
        return False
    return sum(len(str(v)) for v in values) < 100


def comment(key: str) -> str:
    """The comment written above ``key``: "term: note" from the glossary, or ""."""
    found = _NOTES.get(key)
    if found is None:
        return ""
    return f"{found.term}: {found.note}" if found.note else found.term


# --- the file: where, checked, written; then the document ---

def choose_output(a: Asker, output: Path | None, day: str) -> Path:
    """The outline's file: ``output`` or asked (default bien-ban-dd-mm-yyyy.yaml); never
    an existing file unless the user agrees to overwrite it."""
    path, suggestion = output, output or Path(f"bien-ban-{day.replace('/', '-')}.yaml")
    while True:
        if path is None:
            path = Path(a.text("Lưu đề cương vào tệp", str(suggestion), required=True))
        path = path if path.suffix.lower() in (".yaml", ".yml") else path.with_name(path.name + ".yaml")
        if path.is_dir() or not (path.parent if str(path.parent) else Path(".")).is_dir():
            a.warn(f"không ghi được vào '{path}': thư mục không tồn tại hoặc đó là một thư mục")
        elif not path.exists() or a.yes(f"Tệp {path} đã có. Ghi đè?", False):
            return path
        path = None


def save(path: Path, data: Mapping[str, Any]) -> None:
    """Check the outline as ``minutes check`` would, then write it whole (atomically)."""
    blob = dump_outline(data)
    load_outline(path, data=blob)
    write_atomic(path, blob)


def offer_render(a: Asker, path: Path, template: str | None) -> None:
    """Offer to render the outline now, as ``minutes render`` would; a built-in document
    never overwrites an existing .docx without asking."""
    later = f"Khi cần, soạn biên bản bằng lệnh: minutes render {path}"
    target = path.with_suffix(".docx")
    try:
        wanted = a.yes("Soạn biên bản ngay bây giờ?", True) and (
            template is not None or not target.exists() or a.yes(f"Tệp {target} đã có. Ghi đè?", False))
    except INTERRUPTED:
        wanted = False
        a.say("")
    if not wanted:
        a.say(later)
        return
    from minutes import api

    written = api.render_file(str(path))
    a.say(f"Đã ghi {written}")
