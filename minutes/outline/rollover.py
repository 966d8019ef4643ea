"""``minutes next``: next period's outline from this one, by a YAML round trip.

Comments, key order, quoting and layout stay as written; only these values change:

- ``meeting.period`` moves on one period, spelt as before (2020 → 2021, Q4/2025 → Q1/2026,
  "Quý III/2025" → "Quý IV/2025"); without it the period is read from the title.
- Every period named in ``meeting.title`` and ``agenda`` moves on by as much ("quý III năm
  2021" → "quý IV năm 2021", "6 tháng đầu năm" → "6 tháng cuối năm"); periods shorter than
  the meeting's (a "tháng 4" in a quarterly title) are left alone.
- ``meeting.date``, ``end_date`` and ``issued`` move on by the period's length (the day
  clamped to the month's end), marked ``# TODO`` to confirm, as is ``start``; ``end`` and
  ``number`` are emptied.
- Last period's ``tasks`` become ``review`` (``status: ""`` to fill); achievements,
  discussion, directions, tasks, commendations, conclusion and vote keep their keys, emptied;
  so do ``attendees.present`` and ``attendees.absent``.
- Each indicator's ``value`` moves to ``previous`` and is emptied, marked ``# TODO``.

What is emptied is a place to fill: ``check`` lists it (and each ``# TODO``) as a warning,
and the document prints dotted lines there, never last period's figure as this one's.

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
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

from minutes.outline import reader as yamlio
from minutes.files import keep_if_changed, same_file, write_atomic, write_stdout
from minutes.errors import MinutesError, OutlineError, display_name
from minutes.model import Period
from minutes.outline.load import load_outline, read_file
from minutes.vietnamese.periods import next_period, period_code
from minutes.vietnamese.periodtext import MONTHS, index_like, index_of, period_in, regroup, shift_text
from minutes.vietnamese.parse import parse_date, parse_period
from minutes.outline.edit import comment_slot, dumper, insert_after, like, loader, mark, replace

DATE_NOTE, ISSUED_NOTE = "TODO: xác nhận ngày họp", "TODO: xác nhận ngày ban hành"
NUMBER_NOTE, VALUE_NOTE = "TODO: số mới: để trống hoặc điền", "TODO: số liệu kỳ mới"
START_NOTE = "TODO: xác nhận giờ bắt đầu"
EMPTIED = ("achievements", "discussion", "directions", "commendations", "conclusion", "vote", "tasks")
BEFORE_REVIEW = ("template", "style", "extends", "organization", "place", "number", "issued",
                 "meeting", "chair", "secretary", "guests", "attendees", "agenda")


class RolloverError(MinutesError):
    """Raised when next period's outline cannot be made, or not written where asked."""


def _period_value(old: Any, new: Period) -> Any:
    """The new ``meeting.period`` spelt like the old one."""
    if isinstance(old, int):
        return new.year
    match = re.search(r"(?:(?P<i>\d{1,2}|[IVX]+)(?=\s*[/-]\s*\d{4})\D*)?(?P<y>\d{4})", str(old), re.I)
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
    old = outline.meeting.period or period_in(outline.meeting.title)
    if old is None:
        raise RolloverError(f"{display_name(name)}: không xác định được kỳ báo cáo; hãy ghi meeting.period "
                            "(ví dụ Q3/2025) hoặc nêu kỳ trong tên cuộc họp (ví dụ 'quý III năm 2025')")
    new = next_period(old)
    root = loader().load(text)
    _move_meeting(root, old, new)
    if "agenda" in root:
        root["agenda"] = _shifted(root["agenda"], old, new)
    _review(root)
    for key in (k for k in EMPTIED if k in root):
        replace(root, key, None)
    _attendance(root)
    _indicators(root)
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
        raise RolloverError(f"{display_name(name)}: không viết được đề cương kỳ {period_code(new)}: {found}") from None
    return result, old, new


def _move_meeting(root: CommentedMap, old: Period, new: Period) -> None:
    """Period, title, dates and number of the next meeting."""
    meeting = root["meeting"]
    if meeting.get("period") is not None:
        meeting["period"] = _period_value(meeting["period"], new)
    meeting["title"] = _shifted(meeting["title"], old, new)
    for holder, key, note in ((meeting, "date", DATE_NOTE), (meeting, "end_date", ""), (root, "issued", ISSUED_NOTE)):
        if holder.get(key) is not None:
            holder[key] = _date_value(holder[key], MONTHS[old.kind])
            if note:
                mark(holder, key, note)
    if "number" in root:
        root["number"] = None
        mark(root, "number", NUMBER_NOTE)
    if meeting.get("start") is not None:
        mark(meeting, "start", START_NOTE)
    if "end" in meeting:
        meeting["end"] = _empty(meeting, "end")


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
        raise RolloverError("đề cương đọc từ đầu vào chuẩn: hãy chỉ rõ tệp ghi ra bằng -o TỆP (hoặc -o - để in ra)")
    folder = Path(output).parent if output is not None and str(output) != "-" else None
    new_text, old, new = _roll(text, str(path), folder)
    if str(output) == "-":
        write_stdout(new_text.encode("utf-8"))
        return None
    target = Path(output) if output is not None else next_name(Path(path), old, new)
    if str(path) != "-" and same_file(target, path):
        raise RolloverError(f"'{target}' là chính đề cương đang đọc; không ghi đè lên nó, hãy chọn tên khác bằng -o")
    if os.path.lexists(target) and not force:
        raise RolloverError(f"tệp '{target}' đã có; dùng --force để ghi đè, hoặc -o để chọn tên khác")
    keep_if_changed(target, new_text.encode("utf-8"))  # --force keeps the file she may have edited as .bak
    write_atomic(target, new_text.encode("utf-8"))
    return target
