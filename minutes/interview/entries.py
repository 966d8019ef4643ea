"""``minutes new``: asking for one entry of a list (a guest, an absentee, an item, a task...).

Each ``read_*`` returns ``read(number, done)`` for :meth:`minutes.interview.asking.Asker.collect`:
it asks for entry ``number`` and returns it as a YAML value, or None (a blank first
answer) to end the list. In items, tasks and speeches a "+ " answer is added to the
entry above (``done[-1]``) instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from minutes import model
from minutes.i18n import _
from minutes.interview.asking import SUB, Asker, parse_absent, whole
from minutes.interview.emit import absence_yaml, commendation_yaml, guest_yaml, indicator_yaml, item_yaml
from minutes.vietnamese.parse import parse_date, parse_number, parse_person


def read_guest(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one guest: "Họ tên - Chức vụ", then the role."""

    def read(number: int, done: list[Any]) -> Any:
        person = a.parsed(_("  Đại biểu {number} (Họ tên - Chức vụ)").format(number=number), parse_person)
        if person is None:
            return None
        role = a.text(_("    Vai trò (ví dụ: dự và chỉ đạo; để trống nếu không ghi)"))
        return guest_yaml(dataclasses.replace(person, role=role))

    return read


def read_absent(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one absentee: "Họ tên (lý do)", "Họ tên - lý do" or "Họ tên - Chức vụ (lý do)"."""

    def read(number: int, done: list[Any]) -> Any:
        absence = a.parsed(_("    Người vắng {number}").format(number=number), parse_absent)
        return None if absence is None else absence_yaml(absence)

    return read


def read_items(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one item; "+ " answers are sub-points of the item above."""

    def read(number: int, done: list[Any]) -> Any:
        return _answer(a, _("  Mục {number}").format(number=number), done, "items") or None

    return read


def _answer(a: Asker, label: str, done: list[Any], key: str) -> str:
    """Ask ``label`` until the answer is not a "+ " line; those go under ``key`` of the entry above."""
    while (answer := a.text(label)).startswith(SUB):
        a.attach(done, answer, key)
    return answer


def read_task(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one task: text ("+ " answers are sub-points of the task above), owner, due date."""

    def read(number: int, done: list[Any]) -> Any:
        answer = _answer(a, _("  Nhiệm vụ {number}").format(number=number), done, "items")
        if not answer:
            return None
        owner = a.text(_("    Người, đơn vị thực hiện (để trống nếu không ghi)"))
        due = a.parsed(_("    Thời hạn (ngày/tháng/năm; để trống nếu không ghi)"), parse_date)
        return item_yaml(model.Item(answer, owner=owner, due=due))

    return read


def read_indicator(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one key figure: name, value, unit, last period's value."""

    def read(number: int, done: list[Any]) -> Any:
        name = a.text(_("  Chỉ tiêu {number}").format(number=number))
        if not name:
            return None
        value = a.parsed(_("    Giá trị (ví dụ 1.900.000.000 hoặc 87,5)"), parse_number, required=True)
        unit = a.text(_("    Đơn vị tính (ví dụ: đồng, người, %)"))
        previous = a.parsed(_("    Giá trị kỳ trước (để trống nếu không có)"), parse_number)
        return indicator_yaml(model.Indicator(name, value, unit, previous))

    return read


def read_speech(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one speaker and what they said; "+ " answers are more points of the speaker above."""

    def read(number: int, done: list[Any]) -> Any:
        speaker = _answer(a, _("  Người phát biểu {number}").format(number=number), done, "content")
        if not speaker:
            return None
        return {"speaker": speaker, "content": a.text(_("    Nội dung"), required=True)}

    return read


def read_commendation(a: Asker) -> Callable[[int, list[Any]], Any]:
    """Ask one commendation: who, how many, the title, who awards it."""

    def read(number: int, done: list[Any]) -> Any:
        recipient = a.text(_("  Đối tượng được khen {number} (tập thể, cá nhân...)").format(number=number))
        if not recipient:
            return None
        count = a.parsed(_("    Số lượng"), whole(1), "1", required=True)
        title = a.text(_("    Danh hiệu, nội dung khen"), required=True)
        by = a.text(_("    Cấp khen (ví dụ: Giám đốc Sở; để trống nếu không ghi)"))
        return commendation_yaml(model.Commendation(count, recipient, title, by))

    return read
