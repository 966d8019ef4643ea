"""``minutes next``: next period's outline from this one, by a YAML round trip.

Comments, key order, quoting and layout stay as written; only these values change:

- ``meeting.period`` moves on one period, spelt as before (2020 → 2021, Q4/2025 → Q1/2026,
  "Quý III/2025" → "Quý IV/2025"); without it the period is read from the title.
- Every period named in ``meeting.title`` and ``agenda`` moves on by as much ("quý III năm
  2021" → "quý IV năm 2021", "6 tháng đầu năm" → "6 tháng cuối năm"); periods shorter than
  the meeting's (a "tháng 4" in a quarterly title) are left alone.
- ``meeting.date``, ``end_date`` and ``issued`` move on by the period's length (the day
  clamped to the month's end) and ``start`` are emptied, the guess written beside them as a
  suggestion (``# gợi ý: …``); ``end``, ``end_date`` and ``number`` are emptied.
- Last period's ``tasks`` become ``review`` (``status: ""`` to fill); achievements,
  discussion, directions, tasks, commendations, conclusion and vote keep their keys, emptied;
  so do ``attendees.present`` and ``attendees.absent``.
- Each indicator's ``value`` moves to ``previous`` and is emptied.
- Every text carried over that names a date or a period other than the new one is marked
  ``# TODO: xác nhận …`` (listed by ``check`` until the comment is removed); an outline that
  still holds ``# kiểm tra lại`` marks from ``minutes import`` is refused.

What is emptied is a place to fill: ``check`` lists it as a warning until it is filled, and the
document prints dotted lines there, never last period's date, time or figure as this one's.

The comment-keeping edits are :mod:`minutes.outline.edit`; finding and moving the periods
named in text is :mod:`minutes.vietnamese.periodtext`.
"""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import io
import os
import re
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from minutes.errors import MinutesError, OutlineError, display_name
from minutes.files import keep_if_changed, same_file, write_atomic, write_stdout
from minutes.glossary import rolled
from minutes.i18n import _
from minutes.model import Period
from minutes.outline import reader as yamlio
from minutes.outline.edit import comment_slot, dumper, insert_after, like, loader, mark, replace
from minutes.outline.load import load_outline, read_file
from minutes.outline.slips import unchecked
from minutes.vietnamese.parse import parse_date, parse_period
from minutes.vietnamese.periods import next_period, period_code
from minutes.vietnamese.periodtext import MONTHS, index_like, index_of, names_time, period_in, regroup, shift_text

DATE_NOTE, ISSUED_NOTE = "điền ngày họp", "điền ngày ban hành"
NUMBER_NOTE, VALUE_NOTE = "số mới: điền, hoặc để trống để ghi tay", "điền số liệu kỳ mới"
# Plain notes, not "TODO": the empty value is itself the reminder (``check`` lists it until it
# is filled, in the file or the form), so nothing has to be removed once it is.
START_NOTE = "điền giờ bắt đầu"
EMPTIED = tuple(key for key in rolled("empty") if key != "number")  # number: emptied with its note
BEFORE_REVIEW = ("template", "style", "extends", "organization", "place", "number", "issued",
                 "meeting", "chair", "secretary", "guests", "attendees", "agenda")


class RolloverError(MinutesError):
    """Raised when next period's outline cannot be made, or not written where asked."""


def _period_value(old: Any, new: Period) -> Any:
    """The new ``meeting.period`` spelt like the old one."""
    if isinstance(old, int):
        return new.year
    match = re.search(r"(?:(?P<i>\d{1,2}|[IVX]+)(?=\s*[/-]\s*\d{4})\D*)?(?P<y>\d{4})", str(old), re.I)
    assert match is not None, "a period the outline's check accepted names its 4-digit year"
    values = {"y": str(new.year)} | ({"i": index_like(match["i"], new.index or 1)} if match["i"] else {})
    text = regroup(match, values)
    text = str(old)[:match.start()] + text + str(old)[match.end():]
    try:
        ok = parse_period(text) == new
    except ValueError:
        ok = False
    return like(old, text if ok else period_code(new))


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` ``months`` later, the day of the month clamped to the month's end."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _date_value(old: Any, months: int) -> Any:
    """The date ``months`` later, written in the same form as ``old``."""
    new = add_months(parse_date(old), months)
    if isinstance(old, dt.date):
        return new
    match = re.search(r"(?P<a>\d+)\D+(?P<b>\d+)\D+(?P<c>\d+)", str(old))
    assert match is not None, "every date form parse_date reads has a day, a month and a year"
    order = (new.year, new.month, new.day) if len(match["a"]) == 4 else (new.day, new.month, new.year)
    padded = any(match[g].startswith("0") for g in "abc")  # then "12" is padded too: 05.12 → 05.06
    values = {g: str(v).zfill(2 if padded and len(match[g]) == 2 else len(match[g]) if match[g][0] == "0" else 1)
              for g, v in zip("abc", order)}
    return like(old, str(old)[:match.start()] + regroup(match, values) + str(old)[match.end():])


def roll_forward(text: str, name: str, *, folder: str | Path | None = None) -> str:
    """Return next period's outline made from the outline ``text`` read from ``name``.

    ``folder``: where it will be saved, when not beside ``name`` (a relative ``extends``
    is then rewritten to reach the same profile). Raises OutlineError when ``text`` is
    not a valid outline, RolloverError when its period cannot be told.
    """
    return _roll(text, name, folder)[0]


def _roll(text: str, name: str, folder: str | Path | None = None) -> tuple[str, Period, Period]:
    """:func:`roll_forward`, also returning the old and the new period."""
    outline = load_outline(name, data=text.encode("utf-8"))
    marks = unchecked(text, display_name(name))
    if marks:
        lines = ", ".join(str(p.line) for p in marks[:8]) + (", …" if len(marks) > 8 else "")
        raise RolloverError(_("{display_name}: còn {count} ghi chú “# kiểm tra lại” của minutes import "
                              "(dòng {lines}); đối chiếu với văn bản gốc, sửa rồi xóa các ghi chú đó trước "
                              "khi lập đề cương kỳ sau, để kỳ sau không dựa trên một kỳ đoán sai").format(
            display_name=display_name(name), count=len(marks), lines=lines))
    old = outline.meeting.period or period_in(outline.meeting.title)
    if old is None:
        raise RolloverError(_("{display_name}: không xác định được kỳ báo cáo; hãy ghi meeting.period (ví "
                              "dụ Q3/2025) hoặc nêu kỳ trong tên cuộc họp (ví dụ 'quý III năm 2025')").format(
            display_name=display_name(name)))
    new = next_period(old)
    try:
        parse_period(period_code(new))
    except ValueError as exc:
        raise RolloverError(_("{display_name}: không lập được kỳ sau: {exc}").format(
            display_name=display_name(name), exc=exc)) from None
    root = loader().load(text)
    _move_meeting(root, old, new)
    if "agenda" in root:
        root["agenda"] = _shifted(root["agenda"], old, new)
    _review(root)
    for key in (k for k in EMPTIED if k in root):
        replace(root, key, None)
    _attendance(root)
    _indicators(root)
    _mark_times(root, new)
    target = name if folder is None else str(Path(folder) / Path(name).name)
    if folder is not None and isinstance(root.get("extends"), str) and not os.path.isabs(root["extends"]):
        base = Path(".") if name in ("-", "<stdin>") else Path(name).parent
        moved = os.path.relpath(base / root["extends"], folder).replace(os.sep, "/")
        root["extends"] = like(root["extends"], moved)
    out = io.StringIO()
    dumper(text).dump(root, out)
    result = out.getvalue().replace("\n", "\r\n") if "\r\n" in text else out.getvalue()
    try:  # what is written must be a valid outline
        load_outline(target, data=result.encode("utf-8"))
    except OutlineError as exc:
        found = "; ".join(f"{p.path}: {p.message}" if p.path else p.message for p in exc.problems[:3])
        raise RolloverError(_("{display_name}: không viết được đề cương kỳ {period_code}: {found}").format(
            display_name=display_name(name), period_code=period_code(new), found=found)) from None
    return result, old, new


def _move_meeting(root: CommentedMap, old: Period, new: Period) -> None:
    """Period, title, dates and number of the next meeting.

    The date, start time and date of issue are this meeting's: they are emptied, so the
    documents print dotted lines and ``check`` lists them until she fills them in; the
    guess (last one moved on by the period's length) stays beside the key as a suggestion
    (``# gợi ý: …``), a comment that nothing needs removed once the value is filled.
    """
    meeting = root["meeting"]
    if meeting.get("period") is not None:
        meeting["period"] = _period_value(meeting["period"], new)
    meeting["title"] = _shifted(meeting["title"], old, new)
    for holder, key in ((meeting, "date"), (root, "issued")):
        if key in holder:
            guess = _guess(holder, key, lambda v: _date_value(v, MONTHS[old.kind]))
            holder[key] = _empty(holder, key)
            _suggest(holder, key, guess, DATE_NOTE if key == "date" else ISSUED_NOTE, MONTHS[old.kind])
    if "start" in meeting:
        guess = _guess(meeting, "start", lambda v: v)
        meeting["start"] = _empty(meeting, "start")
        _suggest(meeting, "start", guess, START_NOTE, 0)
    if "number" in root:
        root["number"] = None
        mark(root, "number", NUMBER_NOTE)
    for key in ("end", "end_date"):
        if key in meeting:
            meeting[key] = _empty(meeting, key)


_SUGGESTION = re.compile(r"\s*#?\s*gợi ý: (?P<value>[^;(\n]*?)\s*(?:\([^)\n]*\))?"
                         r"\s*(?:;[^;\n]*?(?:điền|xác nhận)[^;\n]*)?(?:;\s*|$)")


def _guess(holder: Any, key: str, move: Any) -> str | None:
    """Next period's guess for ``holder[key]``: its value moved on, or, when it was left empty
    (an outline rolled before it was filled), the suggestion written beside it moved on."""
    value = holder.get(key)
    if value in (None, ""):
        token = comment_slot(holder, key)[0][2]
        found = _SUGGESTION.match(token.value.partition("\n")[0]) if token is not None else None
        value = found["value"] if found else None
    if value in (None, ""):
        return None
    try:
        moved = move(value)
    except ValueError:
        return None
    if isinstance(moved, dt.date):
        return moved.isoformat()
    return f"{moved:%H:%M}" if isinstance(moved, dt.time) else str(moved)


def _suggest(holder: Any, key: str, guess: str | None, note: str, months: int) -> None:
    """End the line of the emptied ``holder[key]`` with the guess, replacing an older one."""
    entry, slot = comment_slot(holder, key)
    token = entry[slot]
    if token is not None:
        first, _, rest = token.value.partition("\n")
        if _SUGGESTION.match(first):
            kept = _SUGGESTION.sub("", first.strip(), count=1).strip()
        else:
            kept = first.strip().lstrip("#").strip()
        if kept:
            token.value = f"# {kept}\n{rest}"
        else:
            entry[slot] = CommentToken(f"\n{rest}", CommentMark(0)) if rest else None
    if guess is None:
        mark(holder, key, note)
        return
    why = f"kỳ trước + {months} tháng" if months else "như kỳ trước"
    mark(holder, key, f"gợi ý: {guess} ({why}); {note}")


CARRIED_NOTE = "TODO: xác nhận ngày, tháng, quý, năm trong câu chép từ kỳ trước"
_NOT_CARRIED = {(), ("review",), ("number",), ("issued",), ("meeting", "period"), ("meeting", "date"),
                ("meeting", "start"), ("meeting", "end"), ("meeting", "end_date")}


def _mark_times(root: CommentedMap, new: Period) -> None:
    """Mark each text carried over that names a date or a period other than the new one:
    it may be last period's, printed as this one's; ``check`` lists the mark until removed.
    (``review`` is last period's tasks, reported as such; its dates stay theirs.)"""
    for path, holder, key in _texts(root, (), root, None):
        if path[:1] == ("review",) or path in _NOT_CARRIED:
            continue
        if names_time(" ".join(str(holder[key]).split()), new):
            _mark_line(root, path)


def _texts(node: Any, path: tuple, holder: Any, key: Any) -> Any:
    """(path, holder, key) of every text under ``node``."""
    if isinstance(node, str) and path:
        yield path, holder, key
    elif isinstance(node, dict) and path not in _NOT_CARRIED - {()} and path[:1] != ("review",):
        for k in list(node):
            yield from _texts(node[k], path + (k,), node, k)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _texts(item, path + (i,), node, i)


def _mark_line(root: CommentedMap, path: tuple) -> None:
    """Put the carried-text note at the end of the line that holds the text at ``path``:
    its own line, or the line of the nearest block-style container above a ``{…}`` / ``[…]``."""
    chain, node = [], root
    for step in path:
        chain.append((node, step))
        node = node[step]
    holder, key = chain[-1]
    for parent, step in reversed(chain[:-1]):
        if not holder.fa.flow_style():
            break
        holder, key = parent, step
    if isinstance(holder[key], (LiteralScalarString, FoldedScalarString)):
        return _mark_block(holder, key)
    mark(holder, key, CARRIED_NOTE)


def _mark_block(holder: Any, key: Any) -> None:
    """A ``|`` or ``>`` text: the note goes on a comment line after it."""
    entry, slot = comment_slot(holder, key)
    token = entry[slot]
    line = f"# {CARRIED_NOTE} (ở đoạn ngay trên)\n"
    if token is None:
        entry[slot] = CommentToken(line, CommentMark(0))
    elif CARRIED_NOTE not in token.value:
        token.value = token.value.rstrip("\n") + "\n" + line if token.value.strip() else token.value + line


def _empty(holder: Any, key: Any) -> Any:
    """The empty value of ``holder[key]``: null, or "" inside ``{…}`` (where null reads badly)."""
    return DoubleQuotedScalarString("") if holder.fa.flow_style() else None


def _attendance(root: CommentedMap) -> None:
    """Who came and who did not are this meeting's: ``present`` and ``absent`` are emptied."""
    attendees = root.get("attendees")
    if isinstance(attendees, CommentedMap):
        for key in ("present", "absent"):
            if key in attendees:
                replace(attendees, key, _empty(attendees, key))


def _shifted(node: Any, old: Period, new: Period) -> Any:
    """``node`` with the periods named in its texts moved on (``owner``, ``due`` left alone)."""
    if isinstance(node, str):
        return like(node, shift_text(node, old, new))
    keys = range(len(node)) if isinstance(node, list) else [k for k in node or () if k not in ("owner", "due")]
    for key in keys:
        node[key] = _shifted(node[key], old, new)
    return node


def _review(root: CommentedMap) -> None:
    """Last period's tasks become ``review``, each with an empty ``status`` to fill."""
    tasks = root.get("tasks")
    review = CommentedSeq(map(_review_item, tasks if isinstance(tasks, list) else [tasks] if tasks else [])) or None
    if "review" in root:
        replace(root, "review", review)
    elif review is not None:
        insert_after(root, BEFORE_REVIEW, "review", review)


def _review_item(task: Any) -> CommentedMap:
    """One review entry: the task's text (sub-points in brackets), owner and due, empty status."""
    if not isinstance(task, dict):
        return CommentedMap(text=copy.deepcopy(task), status=DoubleQuotedScalarString(""))
    item, text, subs = CommentedMap(), copy.deepcopy(task.get("text")), task.get("items")
    if subs:
        subs = [" ".join(str(s).split()).rstrip(".;") for s in (subs if isinstance(subs, list) else [subs])]
        text = f"{' '.join(str(text).split()).rstrip('.;:')} ({'; '.join(subs)})"
    item["text"] = text
    for key in (k for k in ("owner", "due") if task.get(k) is not None):
        item[key] = copy.deepcopy(task[key])
        said = comment_slot(task, key)[0][2]
        if said is not None and said.value.partition("\n")[0].strip():
            item.ca.items[key] = [None, None, CommentToken(said.value.partition("\n")[0] + "\n", said.start_mark), None]
    item["status"] = DoubleQuotedScalarString("")
    return item


def _indicators(root: CommentedMap) -> None:
    """Each indicator's ``value`` moves to ``previous`` and is emptied, marked for the new figure.

    A value left empty last time empties ``previous`` too: last period's figure is unknown.
    """
    found = root.get("indicators")
    places = [(found, i, x) for i, x in enumerate(found)] if isinstance(found, list) else [(root, "indicators", found)]
    for holder, key, item in places:
        if isinstance(item, CommentedMap) and "value" in item:
            if "previous" not in item:
                insert_after(item, tuple(item), "previous", None)
            old = item["value"]
            item["previous"] = copy.deepcopy(old) if old not in (None, "") else _empty(item, "previous")
            item["value"] = _empty(item, "value")
            mark(holder, key, VALUE_NOTE) if item.fa.flow_style() else mark(item, "value", VALUE_NOTE)


_FILE_PERIOD = {"quarter": "q|quy|quý", "half": "h", "month": "t|thang|tháng"}
_SLUG = {"year": "{y}", "quarter": "quy-{i}-{y}", "half": "h{i}-{y}", "month": "thang-{i}-{y}"}


def next_name(path: Path, old: Period, new: Period) -> Path:
    """Where next period's outline goes by default: the period in the file name moved on
    (``x-quy-3-2021.yaml`` → ``x-quy-4-2021.yaml``), else the new period appended."""
    stem, kind = path.stem, old.kind
    pattern = (rf"(?<!\d)(?P<y>{old.year})(?!\d)" if kind == "year" else
               rf"(?<![^\W\d_])(?:{_FILE_PERIOD[kind]})[-_ ]?(?P<i>\d{{1,2}}|[ivx]+)[-_. ](?P<y>{old.year})(?!\d)")
    for match in re.finditer(pattern, stem, re.IGNORECASE):
        if kind == "year" or index_of(match["i"]) == old.index:
            values = {"y": str(new.year)} | ({} if kind == "year" else {"i": index_like(match["i"], new.index or 1)})
            return path.with_name(stem[:match.start()] + regroup(match, values) + stem[match.end():] + path.suffix)
    return path.with_name(f"{stem}-{_SLUG[kind].format(i=new.index, y=new.year)}{path.suffix or '.yaml'}")


def write_next(path: str | Path, output: str | Path | None = None, force: bool = False) -> Path | None:
    """Write next period's outline of ``path`` ("-": standard input); return the file written.

    ``output`` defaults to :func:`next_name`; "-" prints the outline instead (None is
    returned). An existing file is replaced only with ``force``; writing is atomic.
    """
    name = display_name(path)
    text = yamlio.decode(read_file(path, name), name)
    if output is None and str(path) == "-":
        raise RolloverError(_("đề cương đọc từ đầu vào chuẩn: hãy chỉ rõ tệp ghi ra bằng -o TỆP (hoặc -o - để in ra)"))
    folder = Path(output).parent if output is not None and str(output) != "-" else None
    new_text, old, new = _roll(text, str(path), folder)
    if str(output) == "-":
        write_stdout(new_text.encode("utf-8"))
        return None
    target = Path(output) if output is not None else next_name(Path(path), old, new)
    if str(path) != "-" and same_file(target, path):
        raise RolloverError(_("'{target}' là chính đề cương đang đọc; không ghi đè lên nó, hãy chọn tên "
                              "khác bằng -o").format(target=target))
    if os.path.lexists(target) and not force:
        raise RolloverError(_("tệp '{target}' đã có; dùng --force để ghi đè, hoặc -o để chọn tên khác").format(
            target=target))
    if not target.parent.is_dir():  # -o into a folder not made yet: made, as render's -o and -d do
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RolloverError(_("không tạo được thư mục '{parent}': {value}").format(
                parent=target.parent, value=exc.strerror or exc)) from None
    keep_if_changed(target, new_text.encode("utf-8"))  # --force keeps the file she may have edited as .bak
    write_atomic(target, new_text.encode("utf-8"))
    return target
