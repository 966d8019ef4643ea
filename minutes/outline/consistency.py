"""What is checked across fields: figures and dates that must agree with each other.

Each field of an outline may be well formed and the biên bản still false: 25 votes
from 19 people present, a meeting ending before it starts, a task due before the
meeting that set it. :data:`RULES` is the table of these relations; each rule reads
the converted values of the whole outline and yields :class:`Finding`\\ s, an
**error** when the relation is impossible, a **warning** ("Lưu ý:") when it is only
unlikely. A value that is invalid, absent or left to fill is skipped by every rule.

:func:`check` is the :class:`~minutes.outline.checker.Record` check of the outline's root
(:mod:`minutes.outline.fields`), so these problems are reported with all the others.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from minutes import model
from minutes.i18n import _
from minutes.outline.checker import INVALID, At, Checker
from minutes.vietnamese import adminmap
from minutes.vietnamese import format as vf
from minutes.vietnamese.periods import period_code, previous_period

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One relation that does not hold: the dotted path to point at, how bad, what to say."""

    path: str
    level: str
    message: str


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the table: what it relates (for the README and tests) and its check."""

    name: str
    relates: str
    check: Callable[[dict[str, Any]], Iterator[Finding]]
    warns_only: bool = False
    """Its findings are all warnings: not checked when no warnings are asked for."""


def _ok(value: Any) -> bool:
    return value is not None and value is not INVALID


def _day(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _heads(att: Any) -> int | None:
    """How many were present, when the outline says."""
    if not _ok(att) or "present" in att.unfilled:
        return None
    return att.present


# --- the rules ---

def vote_vs_present(v: dict[str, Any]) -> Iterator[Finding]:
    """The votes counted against those present (or, when not given, those convened)."""
    vote, att = v["vote"], v["attendees"]
    if not _ok(vote) or vote.agree is None:
        return
    total = vote.agree + (vote.against or 0) + (vote.abstain or 0)
    heads = _heads(att)
    expected = att.expected if _ok(att) else None
    counted = (_("tổng số biểu quyết {total} (tán thành {agree}, không tán thành {value}, không biểu quyết "
                 "{value2})").format(
        total=total, agree=vote.agree, value=vote.against or 0, value2=vote.abstain or 0))
    if heads is not None and total > heads:
        yield Finding("vote", ERROR, _("{counted} nhiều hơn số người có mặt ({heads}); hãy sửa lại số phiếu "
                                       "hoặc số người có mặt").format(
            counted=counted, heads=heads))
    elif heads is not None and total < heads:
        yield Finding("vote", WARNING, _("{counted} ít hơn số người có mặt ({heads}): {heads2} người không "
                                         "được tính; nếu họ không biểu quyết, hãy ghi vào abstain").format(
            counted=counted, heads=heads, heads2=heads - total))
    elif heads is None and expected is not None and total > expected:
        yield Finding("vote", ERROR, _("{counted} nhiều hơn số người được triệu tập ({expected})").format(
            counted=counted, expected=expected))


def present_vs_expected(v: dict[str, Any]) -> Iterator[Finding]:
    """Those present against those convened."""
    att = v["attendees"]
    heads = _heads(att)
    if heads is not None and att.expected is not None and heads > att.expected:
        yield Finding("attendees.present", ERROR,
                      _("số người có mặt ({heads}) lớn hơn số được triệu tập ({expected})").format(
                          heads=heads, expected=att.expected))


def absent_vs_expected(v: dict[str, Any]) -> Iterator[Finding]:
    """Those present plus the absentees named against those convened."""
    att = v["attendees"]
    heads = _heads(att)
    if heads is None or att.expected is None or not att.absent or heads > att.expected:
        return
    named, total = len(att.absent), heads + len(att.absent)
    if total > att.expected:
        yield Finding("attendees.absent", ERROR,
                      _("có mặt {heads} cộng vắng mặt {named} là {total}, nhiều hơn số được triệu tập "
                        "({expected}); hãy sửa lại một trong ba số").format(
                          heads=heads, named=named, total=total, expected=att.expected))
    elif total < att.expected:
        yield Finding("attendees.absent", WARNING,
                      _("có mặt {heads} cộng vắng mặt {named} là {total}, ít hơn số được triệu tập "
                        "({expected}): biên bản sẽ ghi vắng {expected2} người nhưng chỉ nêu tên {named}; "
                        "hãy thêm người vắng còn thiếu hoặc sửa số").format(
                          heads=heads, named=named, total=total, expected=att.expected,
                          expected2=att.expected - heads))


def present_people_vs_absent(v: dict[str, Any]) -> Iterator[Finding]:
    """The list of people present against itself and against the absentees."""
    att = v["attendees"]
    if not _ok(att) or not att.present_people:
        return
    seen: set[str] = set()
    for index, person in enumerate(att.present_people):
        if person.name.casefold() in seen:
            yield Finding(f"attendees.present[{index}]", WARNING,
                          _("'{name}' có tên hai lần trong danh sách có mặt; số người có mặt được đếm là "
                            "{count}").format(
                              name=person.name, count=len(att.present_people)))
        seen.add(person.name.casefold())
    for index, absence in enumerate(att.absent):
        if absence.name.casefold() in seen:
            yield Finding(f"attendees.absent[{index}]", ERROR,
                          _("'{name}' vừa có tên trong danh sách có mặt vừa trong danh sách vắng mặt").format(
                              name=absence.name))


def end_vs_start(v: dict[str, Any]) -> Iterator[Finding]:
    """The end time against the start, on the same day."""
    m = v["meeting"]
    if not _ok(m) or m.end is None or m.start is None or (m.end_date not in (None, m.date)):
        return
    if m.end < m.start:
        yield Finding("meeting.end", ERROR,
                      _("giờ kết thúc {end:%H:%M} trước giờ bắt đầu {start:%H:%M}; nếu cuộc họp kết thúc "
                        "vào hôm sau, hãy ghi meeting.end_date").format(
                          end=m.end, start=m.start))
    elif m.end == m.start:
        yield Finding("meeting.end", WARNING, _("giờ kết thúc bằng giờ bắt đầu ({start:%H:%M})").format(start=m.start))


def end_date_vs_date(v: dict[str, Any]) -> Iterator[Finding]:
    """The end date against the meeting date."""
    m = v["meeting"]
    if not _ok(m) or m.end_date is None or m.date is None:
        return
    if m.end_date < m.date:
        yield Finding("meeting.end_date", ERROR,
                      _("ngày kết thúc {day} trước ngày họp {day2}").format(day=_day(m.end_date), day2=_day(m.date)))
    elif (m.end_date - m.date).days > 7:
        yield Finding("meeting.end_date", WARNING,
                      _("cuộc họp kéo dài {days} ngày ({day} – {day2}); hãy kiểm tra ngày kết thúc").format(
                          days=(m.end_date - m.date).days + 1, day=_day(m.date), day2=_day(m.end_date)))


def issued_vs_date(v: dict[str, Any]) -> Iterator[Finding]:
    """The date of issue against the meeting date: minutes are written at or after the meeting
    (a warning only: the same date heads a giấy mời, sent before it)."""
    m, issued = v["meeting"], v["issued"]
    if _ok(m) and _ok(issued) and m.date is not None and issued < m.date:
        yield Finding("issued", WARNING, _("ngày ban hành {day} trước ngày họp {day2}: biên bản được lập "
                                           "trong hoặc sau cuộc họp; hãy kiểm tra lại (giấy mời thì đúng)").format(
            day=_day(issued), day2=_day(m.date)))


def tasks_vs_date(v: dict[str, Any]) -> Iterator[Finding]:
    """Each task's deadline against the meeting that sets it."""
    m, tasks = v["meeting"], v["tasks"]
    if not _ok(m) or not _ok(tasks) or m.date is None:
        return
    for index, task in enumerate(tasks):
        if task.due is not None and task.due < m.date:
            yield Finding(f"tasks[{index}].due", WARNING,
                          _("thời hạn {day} trước ngày họp {day2}: nhiệm vụ kỳ tới thường có thời hạn từ "
                            "ngày họp trở đi; hãy kiểm tra năm và tháng (hoặc chuyển việc đã qua sang "
                            "review)").format(day=_day(task.due), day2=_day(m.date)))


_MONTHS = {"year": 12, "half": 6, "quarter": 3, "month": 1}


def period_bounds(period: model.Period) -> tuple[dt.date, dt.date]:
    """The first and the last day of ``period``."""
    months = _MONTHS[period.kind]
    first_month = 1 + months * ((period.index or 1) - 1)
    first = dt.date(period.year, first_month, 1)
    end_month = first_month + months
    after = dt.date(period.year + (end_month > 12), (end_month - 1) % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


def period_vs_date(v: dict[str, Any]) -> Iterator[Finding]:
    """The period reported on against the meeting date (held near the period's end)."""
    m = v["meeting"]
    if not _ok(m) or m.period is None or m.date is None:
        return
    first, last = period_bounds(m.period)
    named = vf.format_period(m.period)
    if m.date < first - dt.timedelta(days=31):
        yield Finding("meeting.period", WARNING,
                      _("kỳ báo cáo ({named}) bắt đầu ngày {day}, sau ngày họp {day2}; hãy kiểm tra năm của "
                        "kỳ báo cáo hoặc của ngày họp").format(
                          named=named, day=_day(first), day2=_day(m.date)))
    elif m.date > last + dt.timedelta(days=92):
        yield Finding("meeting.period", WARNING,
                      _("kỳ báo cáo ({named}) đã kết thúc ngày {day}, hơn ba tháng trước ngày họp {day2}; "
                        "hãy kiểm tra năm của kỳ báo cáo hoặc của ngày họp").format(
                          named=named, day=_day(last), day2=_day(m.date)))
    elif first <= m.date and (m.date - first).days < ((last - first).days + 1) / 4:
        yield Finding("meeting.period", WARNING, _barely_begun(m.period, m.date))


def _barely_begun(period: model.Period, day: dt.date) -> str:
    """The warning for a period that has barely begun on the meeting day: the results the
    meeting reviews belong to the period before."""
    before = previous_period(period)
    first = period_bounds(period)[0]
    return (_("ngày họp {day} mới là ngày thứ {days} của {format_period}: kết quả cuộc họp đánh giá thuộc "
              "{format_period2}, không phải {format_period}; nếu cuộc họp đánh giá {format_period2}, hãy "
              "ghi meeting.period: {period_code} (báo cáo, thông báo và tin bài sẽ nói đúng kỳ)").format(
        day=_day(day), days=(day - first).days + 1, format_period=vf.format_period(period),
        format_period2=vf.format_period(before), period_code=period_code(before)))


def issuing_body(v: dict[str, Any]) -> Iterator[Finding]:
    """The issuing body against the administrative map of the meeting's day (34 provinces and
    no district level from 01/7/2025), and against what may issue a document at all."""
    org, m = v["organization"], v["meeting"]
    if not _ok(org):
        return
    day = _day_of(m)
    when = "" if day is None else _("cuộc họp ngày {day}").format(
        day=_day(day)) if m.date else _("kỳ báo cáo kết thúc ngày {day}").format(
        day=_day(day))
    if day is not None and day >= adminmap.REFORM:
        for key, text in (("organization.parent", org.parent), ("organization.name", org.name)):
            merged = adminmap.merged_in(text or "")
            if merged is not None:
                yield Finding(key, WARNING, _("{old} không còn từ ngày 01/7/2025 (nay thuộc {now}), nhưng "
                                              "{when}; hãy ghi tên cơ quan hiện nay").format(
                    old=merged.old, now=merged.now, when=when))
            unit = adminmap.district_in(text or "")
            if unit is not None:
                yield Finding(key, WARNING, _("'{upper}' là cấp huyện, không còn từ ngày 01/7/2025 (chính "
                                              "quyền địa phương hai cấp: tỉnh và xã), nhưng {when}; hãy ghi "
                                              "tên cơ quan hiện nay").format(
                    upper=unit.upper(), when=when))
    name = " ".join((org.name or "").split()).upper()
    if name.startswith("KHỐI "):
        yield Finding("organization.name", WARNING,
                      _("'{name}' là một khối, không phải cơ quan ban hành văn bản; hãy ghi cơ quan, tổ "
                        "chức ban hành (ví dụ ĐẢNG ỦY KHỐI …, hoặc cơ quan chủ trì của khối)").format(
                          name=org.name))
    if v.get("style") == "party" and name.startswith("ĐẢNG BỘ "):
        yield Finding("organization.name", WARNING,
                      _("văn bản của Đảng do cấp ủy ban hành: hãy ghi '{value}' thay cho '{name}' (tên đảng "
                        "bộ cấp trên ghi ở organization.parent)").format(
                          value='ĐẢNG ỦY ' + name[len('ĐẢNG BỘ '):], name=org.name))


def _day_of(m: Any) -> dt.date | None:
    """The meeting's day; left to fill, the last day of the period it reports on."""
    if not _ok(m):
        return None
    if m.date is not None:
        return m.date
    return period_bounds(m.period)[1] if m.period is not None else None


_LEADING_NUMBER = re.compile(r"\s*(\d+)\s+\S")


def commendation_counts(v: dict[str, Any]) -> Iterator[Finding]:
    """Each commendation's count against a number typed into its recipient."""
    found = v["commendations"]
    if not _ok(found):
        return
    for index, c in enumerate(found):
        match = _LEADING_NUMBER.match(c.recipient)
        if match:
            typed = int(match.group(1))
            rest = c.recipient[match.end(1):].strip()
            yield Finding(f"commendations[{index}].recipient", ERROR,
                          _("số lượng nằm trong đối tượng '{recipient}' (biên bản sẽ in '{format_count}'); "
                            "hãy viết count: {typed}, recipient: {rest}").format(
                              recipient=c.recipient, format_count=vf.format_count(c.count, c.recipient), typed=typed,
                              rest=rest))


RULES: tuple[Rule, ...] = (
    Rule("vote_vs_present", "vote ↔ attendees.present (expected)", vote_vs_present),
    Rule("present_vs_expected", "attendees.present ↔ attendees.expected", present_vs_expected),
    Rule("absent_vs_expected", "attendees.present + absent ↔ expected", absent_vs_expected),
    Rule("present_people_vs_absent", "attendees.present (list) ↔ absent", present_people_vs_absent),
    Rule("end_vs_start", "meeting.end ↔ meeting.start", end_vs_start),
    Rule("end_date_vs_date", "meeting.end_date ↔ meeting.date", end_date_vs_date),
    Rule("issued_vs_date", "issued ↔ meeting.date", issued_vs_date),
    Rule("tasks_vs_date", "tasks[].due ↔ meeting.date", tasks_vs_date),
    Rule("period_vs_date", "meeting.period ↔ meeting.date", period_vs_date),
    Rule("issuing_body", "organization ↔ meeting.date (bản đồ hành chính 2025)", issuing_body, warns_only=True),
    Rule("commendation_counts", "commendations[].count ↔ recipient", commendation_counts),
)
"""Every relation checked across fields, in the order they are reported."""


def findings(values: dict[str, Any], warnings: bool = True) -> list[Finding]:
    """Every finding of :data:`RULES` on the outline's converted ``values``; without
    ``warnings``, the rules that only warn are not checked (the administrative map not read)."""
    return [f for rule in RULES if warnings or not rule.warns_only for f in rule.check(values)]


def check(ch: Checker, at: At, values: dict[str, Any]) -> None:
    """Report the findings on the outline at ``at``: errors as problems, warnings as warnings."""
    for finding in findings(values, ch.wants_warnings):
        place = locate(at, finding.path)
        if finding.level == ERROR:
            ch.report(place, finding.message, path=finding.path)
        else:
            ch.warn(At(place.value, finding.path, place.parent, place.key), finding.message)


def locate(at: At, path: str) -> At:
    """The value at dotted ``path`` (``tasks[1].due``) under ``at``, or the nearest one that exists."""
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        key: Any = int(part[1:-1]) if part.startswith("[") else part
        value = at.value
        if (isinstance(key, int) and isinstance(value, list) and key < len(value)
                or isinstance(key, str) and hasattr(value, "keys") and key in value):
            at = at.child(key)
    return at
