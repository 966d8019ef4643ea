"""``minutes new``: the questions of each section, in the order a secretary thinks.

Each ``ask_*`` asks one section (1/5 to 5/5) and returns its answers as YAML-ready
values; with an earlier outline, its values are the defaults. The list entries are
asked by :mod:`minutes.interview.entries`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from minutes import model
from minutes.i18n import N_, _
from minutes.interview.asking import Asker, question, style_choice, whole
from minutes.interview.emit import (
    compact,
    date_text,
    guest_yaml,
    period_text,
    person_text,
    time_text,
    time_yaml,
)
from minutes.interview.entries import (
    read_absent,
    read_commendation,
    read_guest,
    read_indicator,
    read_items,
    read_speech,
    read_task,
)
from minutes.vietnamese.parse import parse_date, parse_period, parse_person, parse_time

SUB_HINT = N_('(dòng bắt đầu bằng "+ " là ý con của mục trên)')
ABSENT_HINT = N_("Họ tên (lý do) hoặc Họ tên - lý do, ví dụ: Lê Văn Bảy (đi công tác)")
STYLE_HINT = N_("state hoặc Nhà nước (NĐ 30), party hoặc Đảng (HD 05-HD/VPTW), youth hoặc Đoàn (Đoàn TNCS)")
STYLE_NOTES = {
    "party": {
        "organization.parent": N_("cấp ủy cấp trên, ví dụ ĐẢNG BỘ TỈNH TÂY NINH"),
        "organization.name": N_("viết in hoa, ví dụ ĐẢNG ỦY SỞ NỘI VỤ hoặc CHI BỘ VĂN PHÒNG"),
        "organization.code": N_('dùng trong số, ký hiệu, ví dụ "ĐU" (Số 03-BB/ĐU) hoặc "CB"'),
        "recipients": N_('"Lưu Văn phòng." được thêm tự động'),
    },
    "youth": {
        "organization.parent": N_("ví dụ BCH TỈNH ĐOÀN TÂY NINH"),
        "organization.name": N_("viết in hoa, ví dụ BCH ĐOÀN SỞ NỘI VỤ"),
        "organization.code": N_('dùng trong số, ký hiệu, ví dụ "ĐTN" (Số: 04-BB/ĐTN)'),
    },
}
"""The examples of each question in the party and youth styles (the glossary's are the state's)."""


def styled(key: str, style: str, hint: str = "") -> str:
    """The question for ``key`` with the example of ``style``."""
    return question(key, hint or STYLE_NOTES.get(style, {}).get(key, ""))

Answers = dict[str, Any]
Old = model.Outline | None


def _old(old: Old, path: str) -> Any:
    """The value at dotted ``path`` of the earlier outline, or None."""
    value: Any = old
    for name in path.split("."):
        value = getattr(value, name, None)
    return value


def earlier(old: Old, path: str, show: Callable[[Any], str] = str) -> str:
    """The earlier answer at ``path`` as a prompt default ("" when there is none)."""
    value = _old(old, path)
    return "" if value in (None, "") else show(value)


def section(a: Asker, number: int, title: str) -> None:
    """Print a section heading."""
    a.say(f"\n== {number}/5. {title} ==")


# --- 1. the issuing body ---

def ask_organization(a: Asker, old: Old, data: Answers) -> Answers:
    """Style, cơ quan chủ quản, cơ quan ban hành, its abbreviation, địa danh."""
    section(a, 1, _("Cơ quan, tổ chức ban hành"))
    style = a.parsed(question("style", STYLE_HINT), style_choice, earlier(old, "style") or "state", required=True)
    organization = {
        "parent": a.text(styled("organization.parent", style), earlier(old, "organization.parent")),
        "name": a.text(styled("organization.name", style), earlier(old, "organization.name"), required=True),
        "code": a.text(styled("organization.code", style), earlier(old, "organization.code"), required=True),
        "in_text": earlier(old, "organization.in_text"),  # carried, not asked
    }
    place = a.text(question("place"), earlier(old, "place"))
    return {"style": style, "organization": compact(organization), "place": place}


# --- 2. the meeting ---

def ask_meeting(a: Asker, old: Old, data: Answers) -> Answers:
    """Title, date, start and end, location, period, and the document number.

    With an earlier outline only the location is offered as it was; the title and the
    period are offered moved on one period (as ``minutes next`` moves them); the date, the
    times and the number belong to one meeting: asked afresh, last time's shown as a hint.
    Left empty, the date and start are written as places to fill (``check`` lists them;
    the document prints dotted lines).
    """
    section(a, 2, _("Cuộc họp"))
    old_period, new_period = _periods(old)
    title = a.text(question("meeting.title"), _moved(old, old_period, new_period), required=True)
    day = a.parsed(question("meeting.date", _hint(old, "meeting.date", date_text)), parse_date)
    start = a.parsed(question("meeting.start", _hint(old, "meeting.start", time_text)), parse_time)
    end = a.parsed(question("meeting.end", N_("để trống nếu ghi tay")), ending_after(start) if start else parse_time)
    location = a.text(question("meeting.location"), earlier(old, "meeting.location"), required=True)
    period = a.parsed(question("meeting.period"), parse_period, period_text(new_period))
    number = a.parsed(question("number"), whole(1))
    meeting = {"title": title, "date": date_text(day), "start": time_yaml(start) if start else "",
               "end": time_yaml(end) if end else "", "location": location, "period": period_text(period)}
    kept = compact(meeting)
    return {"meeting": {k: kept.get(k) for k in meeting if k in kept or k in TO_FILL}, "number": number}


TO_FILL = ("date", "start")
"""Meeting keys written empty when not answered: places to fill, never left out."""


def _periods(old: Old) -> tuple[model.Period | None, model.Period | None]:
    """Last outline's period (its ``meeting.period`` or the one its title names) and the next."""
    if old is None:
        return None, None
    from minutes.vietnamese.periods import next_period
    from minutes.vietnamese.periodtext import period_in

    found = old.meeting.period or period_in(old.meeting.title)
    return found, next_period(found) if found else None


def _moved(old: Old, before: model.Period | None, after: model.Period | None) -> str:
    """Last title with the periods it names moved on one period ("" without an earlier outline)."""
    if old is None:
        return ""
    if before is None or after is None:
        return old.meeting.title
    from minutes.vietnamese.periodtext import shift_text

    return shift_text(old.meeting.title, before, after)


def _hint(old: Old, path: str, show: Callable[[Any], str]) -> str:
    """Last time's answer shown beside a question asked afresh, and what Enter does."""
    last = earlier(old, path, show)
    return _("kỳ trước: {last}; Enter để trống, văn bản để dòng chấm để điền sau").format(last=last) if last else ""


def ending_after(start: dt.time) -> Callable[[str], dt.time]:
    """A parser for the end time, refusing one before ``start``."""

    def parse(answer: str) -> dt.time:
        end = parse_time(answer)
        if end < start:
            raise ValueError(_("giờ kết thúc {end:%H:%M} trước giờ bắt đầu {start:%H:%M}").format(end=end, start=start))
        return end

    return parse


# --- 3. the people ---

def ask_people(a: Asker, old: Old, data: Answers) -> Answers:
    """Chủ trì, thư ký, đại biểu mời dự, thành phần tham dự."""
    section(a, 3, _("Chủ trì, thư ký, thành phần tham dự"))
    chair = a.parsed(question("chair"), parse_person, earlier(old, "chair", person_text), required=True)
    secretary = a.parsed(question("secretary"), parse_person, earlier(old, "secretary", person_text))
    # guests came to that meeting: offered, but kept only when she says so
    guests = a.collect(question("guests"), [guest_yaml(g) for g in _old(old, "guests") or ()], read_guest(a),
                       keep=False)
    return {"chair": person_text(chair), "secretary": person_text(secretary), "guests": guests,
            "attendees": ask_attendees(a, old)}


def ask_attendees(a: Asker, old: Old) -> Answers:
    """Summary, how many were summoned and came, who was absent and why."""
    a.say(question("attendees"))
    summary = a.text("  " + question("attendees.summary"), earlier(old, "attendees.summary"))
    expected = a.parsed("  " + question("attendees.expected"), whole(0), earlier(old, "attendees.expected"))
    present = ask_present(a, None, expected)  # who came and who did not: this meeting's, asked afresh
    absent = a.collect("  " + question("attendees.absent", ABSENT_HINT), [], read_absent(a))
    return compact({"summary": summary, "expected": expected, "present": present, "absent": absent})


def ask_present(a: Asker, old: Old, expected: int | None) -> Any:
    """The head count (at most ``expected``), or last time's list of people present, kept whole."""
    people = _old(old, "attendees.present_people") or ()
    if people and a.yes(_("  Giữ nguyên danh sách {count} người có mặt kỳ trước?").format(count=len(people)), True):
        return [guest_yaml(p) for p in people]

    def parse(answer: str) -> int:
        heads = whole(0)(answer)
        if expected is not None and heads > expected:
            raise ValueError(_("số người có mặt ({heads}) lớn hơn số được triệu tập ({expected})").format(
                heads=heads, expected=expected))
        return heads

    return a.parsed("  " + question("attendees.present", N_("một số")), parse, earlier(old, "attendees.present"))


# --- 4. the content ---

def ask_content(a: Asker, old: Old, data: Answers) -> Answers:
    """Agenda, achievements, figures, discussion, directions, tasks, commendations, conclusion, vote:
    all of one meeting, asked afresh whatever the earlier outline held (last period's tasks are
    reviewed with ``minutes next``)."""
    section(a, 4, _("Nội dung cuộc họp"))
    found: Answers = {}
    for key, read in (
        ("agenda", read_items), ("achievements", read_items), ("indicators", read_indicator),
        ("discussion", read_speech), ("directions", read_speech), ("tasks", read_task),
        ("commendations", read_commendation), ("conclusion", read_items),
    ):
        hint = f" {_(SUB_HINT)}" if read in (read_items, read_task) else ""
        found[key] = a.collect(question(key) + hint, [], read(a))  # one meeting's content: asked afresh
    return {**found, "vote": ask_vote(a, None, data)}


def ask_vote(a: Asker, old: Old, data: Answers) -> Answers:
    """Biểu quyết: agree (default: the head count), against, abstain."""
    vote = _old(old, "vote")
    if not a.yes(_("{question}: có biểu quyết không?").format(question=question('vote')), vote is not None):
        return {}
    present = data.get("attendees", {}).get("present")
    heads = len(present) if isinstance(present, list) else present
    agree = a.parsed(_("  Số tán thành"), whole(0), _count(vote and vote.agree, heads), required=True)
    against = a.parsed(_("  Số không tán thành"), whole(0), _count(vote and vote.against, 0))
    abstain = a.parsed(_("  Số không biểu quyết"), whole(0), _count(vote and vote.abstain, 0))
    return {"agree": agree, "against": against or 0, "abstain": abstain or 0}


def _count(old: int | None, otherwise: int | None) -> str:
    """A vote count's default: last time's, else ``otherwise`` ("" when neither is known)."""
    value = old if old is not None else otherwise
    return "" if value is None else str(value)


# --- 5. closing ---

def ask_closing(a: Asker, old: Old, data: Answers) -> Answers:
    """Nơi nhận."""
    section(a, 5, _("Nơi nhận"))

    def read(number: int, done: list[Any]) -> Any:
        return a.text(_("  Nơi nhận {number}").format(number=number)) or None

    style = data.get("style", "state")
    return {"recipients": a.collect(styled("recipients", style), list(_old(old, "recipients") or ()), read)}
