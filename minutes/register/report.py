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


def tasks_docx(found: list[Task], today: dt.date) -> bytes:
    """The báo cáo of ``found`` (the tasks of one issuing body) as of ``today``, as .docx.

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
    context = report_context(outline, found, today)
    properties = {"title": TITLE, "author": context["organization"]["name"],
                  "subject": f"Báo cáo - {context['organization']['name']}",
                  "keywords": f"Báo cáo, theo dõi nhiệm vụ, tính đến ngày {short_date(today)}", "language": "vi-VN"}
    return render_report(catalog.report_template(REPORT, outline.style), context, today, properties)


def report_context(outline, found: list[Task], today: dt.date) -> dict:
    """The template's context: the header of the body's báo cáo dated ``today`` (no số yet),
    the counts, the rows, Nơi nhận (a line to fill, then the archive line) and the signer."""
    from minutes.documents.context import build_context
    from minutes.documents.signing import TO_FILL, signer_lines
    from minutes.model import Signer

    unnumbered = tuple((k, v) for k, v in outline.numbers if k != "bao-cao")
    base = build_context(dataclasses.replace(outline, issued=today, numbers=unnumbered), "bao-cao")
    signer = base["signer"] if outline.signer is not None else signer_lines(Signer(TO_FILL, TO_FILL), outline.style)
    return {
        **base,
        "trich_yeu": TITLE,
        "opening": [opening(found, today)],
        "rows": [row(i, t) for i, t in enumerate(found, 1)],
        "as_of": short_date(today),
        "noi_nhan": [f"- {TO_FILL};", base["noi_nhan"][-1]],
        "signer": signer,
    }


def opening(found: list[Task], today: dt.date) -> str:
    """The sentence before the table: how many tasks, by status, and how many are overdue.

    >>> t = Task("a", "", None, "", None, "x.yaml", DONE, "", "", False)
    >>> opening([t, dataclasses.replace(t, status=PENDING, overdue=True)], dt.date(2026, 12, 5))
    'Tính đến ngày 05/12/2026, các cuộc họp đã giao 2 nhiệm vụ: đã hoàn thành 1; chưa đến kỳ kiểm điểm 1. \
Số nhiệm vụ quá hạn chưa hoàn thành: 1. Cụ thể như sau:'
    """
    counts = [f"{label} {sum(t.status == status for t in found)}" for status, label in COUNTED
              if any(t.status == status for t in found)]
    overdue = sum(t.overdue for t in found)
    return (f"Tính đến ngày {short_date(today)}, các cuộc họp đã giao {len(found)} nhiệm vụ: {'; '.join(counts)}. "
            f"Số nhiệm vụ quá hạn chưa hoàn thành: {overdue}. Cụ thể như sau:")


def row(number: int, task: Task) -> dict:
    """One row of the table: TT, the task, who, the due date (and whether it passed), the
    date of the meeting that assigned it, and what the next meeting's review said."""
    return {"stt": str(number), "text": task.text, "owner": task.owner, "due": short_date(task.due),
            "overdue": task.overdue, "meeting": short_date(task.meeting_date), "status": task.status_label,
            "result": task.status_text}
