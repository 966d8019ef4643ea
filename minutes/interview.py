"""``minutes new``: ask for the outline in Vietnamese, question by question, then write the YAML.

The questions come in the order a secretary thinks: the issuing body, the meeting,
the people, the content, the recipients. Each answer is checked at once with the
parsers of :mod:`minutes.vnparse` and asked again, with their message, when wrong.
With an earlier outline (``--from``) every question offers last time's answer, so
only what changed is typed. Nothing is written until the last question; an
interruption (Ctrl-C, end of input) leaves no file behind.

Rules of the conversation (also in the README):

- Enter keeps the default in brackets; ``-`` clears the default of an optional question.
- Lists are typed item by item, a blank answer ends them (a blank first item skips the
  section). A previous list is kept whole or not at all, then items can be added.
- In agenda, achievements, tasks and conclusion, an answer starting with ``+ `` is a
  sub-point of the item above; in discussion and directions, another point of the
  speaker above.

Carried unasked from ``--from``: ``template``, ``organization.in_text``, ``signer``,
``addressee``, ``archive``. Not carried (they belong to one meeting): ``issued``,
``meeting.end_date``, ``review``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from minutes import model
from minutes.interview_io import (
    INTERRUPTED, SUB, Asker, absence_yaml, choice, choose_output, commendation_yaml, compact, date_text,
    guest_yaml, indicator_yaml, item_yaml, offer_render, period_text, person_text, question, save,
    signer_yaml, speech_yaml, time_text, time_yaml, whole,
)
from minutes.outline import load_outline
from minutes.vnparse import parse_absence, parse_date, parse_number, parse_period, parse_person, parse_time

INTRO = """Soạn đề cương biên bản: trả lời từng câu hỏi rồi nhấn Enter.
  - Enter giữ giá trị trong ngoặc vuông; gõ - để xóa giá trị đó (câu không bắt buộc).
  - Danh sách nhập từng mục, để trống để kết thúc; dòng bắt đầu bằng "+ " là ý con của mục ngay trên.
  - Ctrl-C để dừng: chưa có tệp nào được ghi cho đến câu hỏi cuối cùng."""
STOPPED = "Đã dừng: chưa ghi tệp nào."
SUB_HINT = '(dòng bắt đầu bằng "+ " là ý con của mục trên)'
CARRIED = ("template", "signer", "addressee", "archive")
ORDER = ("template", "style", "organization", "place", "number", "meeting", "chair", "secretary",
         "guests", "attendees", "agenda", "achievements", "indicators", "discussion", "directions",
         "tasks", "commendations", "conclusion", "vote", "recipients", *CARRIED[1:])

Answers = dict[str, Any]
Old = model.Outline | None


def run_interview(output: Path | None, previous: Path | None, *,
                  prompt: Callable[..., Any] = click.prompt, echo: Callable[..., Any] = click.echo,
                  confirm: Callable[..., Any] = click.confirm) -> Path | None:
    """Ask for an outline, write it to ``output`` (asked for when None); return its path.

    ``previous`` is an earlier outline whose answers become the defaults. ``prompt``,
    ``echo`` and ``confirm`` have the signatures of Click's functions (``echo`` takes
    ``err=``). Returns None, with nothing written, when the user stops (Ctrl-C, end of
    input). Raises :class:`~minutes.errors.OutlineError` for an invalid ``previous`` and
    :class:`~minutes.errors.MinutesError` when writing or rendering fails.
    """
    asker = Asker(prompt, echo, confirm)
    old = load_outline(previous) if previous is not None else None
    try:
        asker.say(INTRO)
        data = ask_outline(asker, old)
        path = choose_output(asker, output, data["meeting"]["date"])
        save(path, data)
    except INTERRUPTED:
        echo(f"\n{STOPPED}", err=True)
        return None
    asker.say(f"Đã ghi đề cương {path}")
    offer_render(asker, path, data.get("template"))
    return path


def ask_outline(a: Asker, old: Old) -> Answers:
    """Ask every section; return the answers as YAML-ready values, in outline order."""
    data: Answers = {}
    for section in (ask_organization, ask_meeting, ask_people, ask_content, ask_closing):
        data.update(section(a, old, data))
    data.update(carried(a, old))
    return {key: data[key] for key in ORDER if data.get(key) not in (None, "", [], {})}


def _old(old: Old, path: str) -> Any:
    """The value at dotted ``path`` of the earlier outline, or None."""
    value: Any = old
    for name in path.split("."):
        value = getattr(value, name, None)
    return value


def _default(old: Old, path: str, show: Callable[[Any], str] = str) -> str:
    """The earlier answer at ``path`` as a prompt default ("" when there is none)."""
    value = _old(old, path)
    return "" if value in (None, "") else show(value)


def section(a: Asker, number: int, title: str) -> None:
    """Print a section heading."""
    a.say(f"\n== {number}/5. {title} ==")


# --- 1. the issuing body ---

def ask_organization(a: Asker, old: Old, data: Answers) -> Answers:
    """Style, cơ quan chủ quản, cơ quan ban hành, its abbreviation, địa danh."""
    section(a, 1, "Cơ quan, tổ chức ban hành")
    style = a.parsed(question("style"), choice(model.STYLES), _default(old, "style") or "state", required=True)
    organization = {
        "parent": a.text(question("organization.parent"), _default(old, "organization.parent")),
        "name": a.text(question("organization.name"), _default(old, "organization.name"), required=True),
        "code": a.text(question("organization.code"), _default(old, "organization.code"), required=True),
        "in_text": _default(old, "organization.in_text"),  # carried, not asked
    }
    place = a.text(question("place"), _default(old, "place"))
    return {"style": style, "organization": compact(organization), "place": place}


# --- 2. the meeting ---

def ask_meeting(a: Asker, old: Old, data: Answers) -> Answers:
    """Title, date, start and end, location, period, and the document number."""
    section(a, 2, "Cuộc họp")
    title = a.text(question("meeting.title"), _default(old, "meeting.title"), required=True)
    day = a.parsed(question("meeting.date"), parse_date, _default(old, "meeting.date", date_text), required=True)
    start = a.parsed(question("meeting.start"), parse_time, _default(old, "meeting.start", time_text),
                     required=True)
    end = a.parsed(question("meeting.end", "để trống nếu ghi tay"), ending_after(start),
                   _default(old, "meeting.end", time_text))
    location = a.text(question("meeting.location"), _default(old, "meeting.location"), required=True)
    period = a.parsed(question("meeting.period"), parse_period, _default(old, "meeting.period", period_text))
    number = a.parsed(question("number"), whole(1), _default(old, "number"))
    meeting = {"title": title, "date": date_text(day), "start": time_yaml(start),
               "end": time_yaml(end) if end else "", "location": location, "period": period_text(period)}
    return {"meeting": compact(meeting), "number": number}


def ending_after(start: dt.time) -> Callable[[str], dt.time]:
    """A parser for the end time, refusing one before ``start``."""

    def parse(answer: str) -> dt.time:
        end = parse_time(answer)
        if end < start:
            raise ValueError(f"giờ kết thúc {end:%H:%M} trước giờ bắt đầu {start:%H:%M}")
        return end

    return parse


# --- 3. the people ---

def ask_people(a: Asker, old: Old, data: Answers) -> Answers:
    """Chủ trì, thư ký, đại biểu mời dự, thành phần tham dự."""
    section(a, 3, "Chủ trì, thư ký, thành phần tham dự")
    chair = a.parsed(question("chair"), parse_person, _default(old, "chair", person_text), required=True)
    secretary = a.parsed(question("secretary"), parse_person, _default(old, "secretary", person_text))
    guests = a.collect(question("guests"), [guest_yaml(g) for g in _old(old, "guests") or ()], read_guest(a))
    return {"chair": person_text(chair), "secretary": person_text(secretary), "guests": guests,
            "attendees": ask_attendees(a, old)}


def read_guest(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one guest: "Họ tên - Chức vụ", then the role."""

    def read(number: int, done: list[Any]) -> Any:
        person = a.parsed(f"  Đại biểu {number} (Họ tên - Chức vụ)", parse_person)
        if person is None:
            return None
        role = a.text("    Vai trò (ví dụ: dự và chỉ đạo; để trống nếu không ghi)")
        return guest_yaml(dataclasses.replace(person, role=role))

    return read


def ask_attendees(a: Asker, old: Old) -> Answers:
    """Summary, how many were summoned and came, who was absent and why."""
    a.say(question("attendees"))
    summary = a.text("  " + question("attendees.summary"), _default(old, "attendees.summary"))
    expected = a.parsed("  " + question("attendees.expected"), whole(0), _default(old, "attendees.expected"))
    present = ask_present(a, old, expected)
    previous = [absence_yaml(x) for x in _old(old, "attendees.absent") or ()]
    absent = a.collect("  " + question("attendees.absent", "Họ tên (lý do)"), previous, read_absent(a))
    return compact({"summary": summary, "expected": expected, "present": present, "absent": absent})


def ask_present(a: Asker, old: Old, expected: int | None) -> Any:
    """The head count (at most ``expected``), or last time's list of people present, kept whole."""
    people = _old(old, "attendees.present_people") or ()
    if people and a.yes(f"  Giữ nguyên danh sách {len(people)} người có mặt kỳ trước?", True):
        return [guest_yaml(p) for p in people]

    def parse(answer: str) -> int:
        heads = whole(0)(answer)
        if expected is not None and heads > expected:
            raise ValueError(f"số người có mặt ({heads}) lớn hơn số được triệu tập ({expected})")
        return heads

    return a.parsed("  " + question("attendees.present", "một số"), parse, _default(old, "attendees.present"))


def read_absent(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one absentee: "Họ tên (lý do)" or "Họ tên - Chức vụ (lý do)"."""

    def read(number: int, done: list[Any]) -> Any:
        absence = a.parsed(f"    Người vắng {number}", parse_absence)
        return None if absence is None else absence_yaml(absence)

    return read


# --- 4. the content ---

def ask_content(a: Asker, old: Old, data: Answers) -> Answers:
    """Agenda, achievements, figures, discussion, directions, tasks, commendations, conclusion, vote."""
    section(a, 4, "Nội dung cuộc họp")
    found: Answers = {}
    for key, read, to_yaml in (
        ("agenda", read_items, item_yaml), ("achievements", read_items, item_yaml),
        ("indicators", read_indicator, indicator_yaml), ("discussion", read_speech, speech_yaml),
        ("directions", read_speech, speech_yaml), ("tasks", read_task, item_yaml),
        ("commendations", read_commendation, commendation_yaml), ("conclusion", read_items, item_yaml),
    ):
        hint = f" {SUB_HINT}" if read in (read_items, read_task) else ""
        previous = [to_yaml(x) for x in _old(old, key) or ()]
        found[key] = a.collect(question(key) + hint, previous, read(a))
    return {**found, "vote": ask_vote(a, old, data)}


def read_items(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one item; "+ " answers are sub-points of the item above."""

    def read(number: int, done: list[Any]) -> Any:
        while (answer := a.text(f"  Mục {number}")).startswith(SUB):
            a.attach(done, answer, "items")
        return answer or None

    return read


def read_task(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one task: text ("+ " answers are sub-points of the task above), owner, due date."""

    def read(number: int, done: list[Any]) -> Any:
        while (answer := a.text(f"  Nhiệm vụ {number}")).startswith(SUB):
            a.attach(done, answer, "items")
        if not answer:
            return None
        owner = a.text("    Người, đơn vị thực hiện (để trống nếu không ghi)")
        due = a.parsed("    Thời hạn (ngày/tháng/năm; để trống nếu không ghi)", parse_date)
        return item_yaml(model.Item(answer, owner=owner, due=due))

    return read


def read_indicator(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one key figure: name, value, unit, last period's value."""

    def read(number: int, done: list[Any]) -> Any:
        name = a.text(f"  Chỉ tiêu {number}")
        if not name:
            return None
        value = a.parsed("    Giá trị (ví dụ 1.900.000.000 hoặc 87,5)", parse_number, required=True)
        unit = a.text("    Đơn vị tính (ví dụ: đồng, người, %)")
        previous = a.parsed("    Giá trị kỳ trước (để trống nếu không có)", parse_number)
        return indicator_yaml(model.Indicator(name, value, unit, previous))

    return read


def read_speech(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one speaker and what they said; "+ " answers are more points of the speaker above."""

    def read(number: int, done: list[Any]) -> Any:
        while (speaker := a.text(f"  Người phát biểu {number}")).startswith(SUB):
            a.attach(done, speaker, "content")
        if not speaker:
            return None
        return {"speaker": speaker, "content": a.text("    Nội dung", required=True)}

    return read


def read_commendation(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one commendation: who, how many, the title, who awards it."""

    def read(number: int, done: list[Any]) -> Any:
        recipient = a.text(f"  Đối tượng được khen {number} (tập thể, cá nhân...)")
        if not recipient:
            return None
        count = a.parsed("    Số lượng", whole(1), "1", required=True)
        title = a.text("    Danh hiệu, nội dung khen", required=True)
        by = a.text("    Cấp khen (ví dụ: Giám đốc Sở; để trống nếu không ghi)")
        return commendation_yaml(model.Commendation(count, recipient, title, by))

    return read


def ask_vote(a: Asker, old: Old, data: Answers) -> Answers:
    """Biểu quyết: agree (default: the head count), against, abstain."""
    vote = _old(old, "vote")
    if not a.yes(f"{question('vote')}: có biểu quyết không?", vote is not None):
        return {}
    present = data.get("attendees", {}).get("present")
    heads = len(present) if isinstance(present, list) else present
    agree = a.parsed("  Số tán thành", whole(0), str(vote.agree if vote else heads or ""), required=True)
    against = a.parsed("  Số không tán thành", whole(0), str(vote.against if vote else 0))
    abstain = a.parsed("  Số không biểu quyết", whole(0), str(vote.abstain if vote else 0))
    return {"agree": agree, "against": against or 0, "abstain": abstain or 0}


# --- 5. closing, and what is carried unasked ---

def ask_closing(a: Asker, old: Old, data: Answers) -> Answers:
    """Nơi nhận."""
    section(a, 5, "Nơi nhận")

    def read(number: int, done: list[Any]) -> Any:
        return a.text(f"  Nơi nhận {number}") or None

    return {"recipients": a.collect(question("recipients"), list(_old(old, "recipients") or ()), read)}


def carried(a: Asker, old: Old) -> Answers:
    """Keys of the earlier outline that are not asked but kept (template, signer...)."""
    if old is None:
        return {}
    found = {
        "template": old.template if old.template != "bien-ban" else "",
        "signer": signer_yaml(old.signer) if old.signer else "",
        "addressee": list(old.addressee),
        "archive": old.archive,
    }
    kept = [key for key, value in found.items() if value]
    if kept:
        a.say(f"Giữ nguyên từ đề cương kỳ trước (không hỏi): {', '.join(kept)}.")
    return found
