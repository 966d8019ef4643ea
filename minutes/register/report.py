"""The báo cáo tình hình thực hiện nhiệm vụ (``minutes tasks --format docx``): the tasks the
meetings of one issuing body assigned, as a document of that body in its style — its header
(cơ quan, quốc hiệu or the Party's line, số, địa danh and date), the counts, one row per task,
Nơi nhận and the signer.

Only what the tool can vouch for is printed: the header, the place and the style are those
of the body's latest meeting outline; the signer is the one its outline names, else dotted
lines to sign by hand; the số is left blank for the register; the sentences around the
figures do not depend on anything she typed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from minutes.i18n import _
from minutes.register.db import RegisterError
from minutes.register.numbers import code_of
from minutes.register.queries import DONE, GOING, PENDING, UNREPORTED, Task
from minutes.register.sheet import short_date

REPORT = "theo-doi-nhiem-vu"
TITLE = "Tình hình thực hiện các nhiệm vụ được giao tại các cuộc họp"
COUNTED = ((DONE, "đã hoàn thành"), (GOING, "đang thực hiện"), (UNREPORTED, "chưa báo cáo kết quả"),
           (PENDING, "chưa đến kỳ kiểm điểm"))
"""The statuses in the order the opening sentence counts them."""


def tasks_docx(found: list[Task], today: dt.date, overdue_only: bool = False, owner: bool = False) -> bytes:
    """The báo cáo of ``found`` (the tasks of one issuing body) as of ``today``, as .docx;
    ``overdue_only`` and ``owner``: the list was filtered so (the opening says so).

    Raises :class:`RegisterError` when there is no task, or the tasks are of several bodies
    (a báo cáo is one body's document)."""
    from minutes.docx import catalog
    from minutes.docx.render import render_report
    from minutes.outline.load import load_outline

    bodies = sorted({t.body for t in found})
    if not found:
        raise RegisterError(_("không có nhiệm vụ nào để báo cáo (hãy bỏ bớt điều kiện lọc)"))
    if len(bodies) > 1:
        raise RegisterError(_("các nhiệm vụ là của nhiều cơ quan ({bodies}); báo cáo .docx là văn bản của một cơ "
                              "quan: hãy chọn một cơ quan bằng --body (ví dụ --body {code}), hoặc dùng --format "
                              "csv").format(bodies="; ".join(bodies), code=code_of(bodies[0])))
    latest = max(found, key=lambda t: (t.meeting_date or dt.date.min, t.path))
    outline = load_outline(latest.path)
    context = report_context(outline, found, today, opening(found, today, overdue_only, owner))
    properties = {"title": TITLE, "author": context["organization"]["name"],
                  "subject": f"Báo cáo - {context['organization']['name']}",
                  "keywords": f"Báo cáo, theo dõi nhiệm vụ, tính đến ngày {short_date(today)}", "language": "vi-VN"}
    return render_report(catalog.report_template(REPORT, outline.style), context, today, properties)


def report_context(outline, found: list[Task], today: dt.date, first: str) -> dict:
    """The template's context: the header of the body's báo cáo dated ``today`` (no số yet),
    ``first`` (the opening sentence), the rows, Nơi nhận (a line to fill, then the archive
    line) and the signer."""
    from minutes.documents.context import build_context
    from minutes.documents.signing import TO_FILL, signer_lines
    from minutes.model import Signer

    unnumbered = tuple((k, v) for k, v in outline.numbers if k != "bao-cao")
    base = build_context(dataclasses.replace(outline, issued=today, numbers=unnumbered), "bao-cao")
    signer = base["signer"] if outline.signer is not None else signer_lines(Signer(TO_FILL, TO_FILL), outline.style)
    return {
        **base,
        "trich_yeu": TITLE,
        "opening": [first],
        "rows": [row(i, t) for i, t in enumerate(found, 1)],
        "as_of": short_date(today),
        "noi_nhan": [f"- {TO_FILL};", base["noi_nhan"][-1]],
        "signer": signer,
    }


def opening(found: list[Task], today: dt.date, overdue_only: bool = False, owner: bool = False) -> str:
    """The sentence before the table: how many tasks, by status, and how many are overdue.

    When the list was filtered (``overdue_only``, or by ``owner``), the sentence says the
    report holds the tasks chosen among those the meetings assigned, and which: it never
    gives the chosen ones' count as the meetings' whole.

    >>> t = Task("a", "Hội Nông dân", None, "", None, "x.yaml", DONE, "", "", False)
    >>> opening([t, dataclasses.replace(t, status=PENDING, overdue=True)], dt.date(2026, 12, 5))
    'Tính đến ngày 05/12/2026, các cuộc họp đã giao 2 nhiệm vụ: đã hoàn thành 1; chưa đến kỳ kiểm điểm 1. \
Số nhiệm vụ quá hạn chưa hoàn thành: 1. Cụ thể như sau:'
    >>> opening([dataclasses.replace(t, status=PENDING, overdue=True)], dt.date(2026, 12, 5), True, True)
    'Tính đến ngày 05/12/2026, báo cáo này gồm 1 nhiệm vụ chọn trong các nhiệm vụ các cuộc họp đã giao \
(chỉ việc quá hạn chưa hoàn thành; chỉ việc của: Hội Nông dân): chưa đến kỳ kiểm điểm 1. \
Số nhiệm vụ quá hạn chưa hoàn thành: 1. Cụ thể như sau:'
    """
    counts = [f"{label} {sum(t.status == status for t in found)}" for status, label in COUNTED
              if any(t.status == status for t in found)]
    late = sum(t.overdue for t in found)
    which = "; ".join(filter(None, ("chỉ việc quá hạn chưa hoàn thành" if overdue_only else "",
                                    f"chỉ việc của: {owners(found)}" if owner else "")))
    held = (f"báo cáo này gồm {len(found)} nhiệm vụ chọn trong các nhiệm vụ các cuộc họp đã giao ({which})" if which
            else f"các cuộc họp đã giao {len(found)} nhiệm vụ")
    return (f"Tính đến ngày {short_date(today)}, {held}: {'; '.join(counts)}. "
            f"Số nhiệm vụ quá hạn chưa hoàn thành: {late}. Cụ thể như sau:")


def owners(found: list[Task], most: int = 3) -> str:
    """The owners of ``found`` as typed, in order of first appearance ("những người, đơn vị đã
    chọn" when more than ``most``)."""
    names = list(dict.fromkeys(" ".join(t.owner.split()) for t in found if t.owner.strip()))
    return "; ".join(names) if 0 < len(names) <= most else "những người, đơn vị đã chọn"


def row(number: int, task: Task) -> dict:
    """One row of the table: TT, the task, who, the due date (and whether it passed), the
    date of the meeting that assigned it, and what the next meeting's review said."""
    return {"stt": str(number), "text": task.text, "owner": task.owner, "due": short_date(task.due),
            "overdue": task.overdue, "meeting": short_date(task.meeting_date), "status": task.status_label,
            "result": task.status_text}
