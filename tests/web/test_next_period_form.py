"""A next-period outline in the form: its guessed date and start are empty boxes (the document
prints dotted lines), and filling the boxes clears their reminders, nothing else to edit."""

from __future__ import annotations

import io
import re

import docx
from webfixtures import *  # noqa: F403 (the fixtures)
from webhelpers import form_values

from minutes.outline import load_outline

NAME = "mat-tran-giao-ban-quy-3-2021.yaml"


def csrf(client) -> str:
    return re.search(r'name="_csrf" value="([^"]+)"', client.get("/").text).group(1)


def test_filling_the_guessed_date_and_start_in_the_form_clears_their_reminders(client, example, folder):
    made = client.post(f"/o/{NAME}/next", data={"_csrf": csrf(client)}, follow_redirects=False)
    name = made.headers["location"].removeprefix("/o/")
    path = folder / name
    assert "gợi ý: 26/11/2021" in path.read_text(encoding="utf-8")
    page = client.get(f"/o/{name}").text
    values = form_values(page)
    assert values["meeting.date"] == "" and values["meeting.start"] == ""
    assert "Ngày họp chưa được điền" in page or "ngày họp chưa được điền" in page
    printed = "\n".join(p.text for p in docx.Document(
        io.BytesIO(client.get(f"/o/{name}/download/docx").content)).paragraphs)
    assert "…… giờ ……, ngày …… tháng …… năm ……" in printed and "26 tháng 11" not in printed
    values["meeting.date"], values["meeting.start"] = "25/11/2021", "8:00"
    figures = sorted(k for k in values if re.fullmatch(r"indicators\.\d+\.value", k))
    for key in figures:  # this period's figures typed into their boxes
        values[key] = "12"
    saved = client.post(f"/o/{name}/save", data=values, follow_redirects=False)
    assert saved.status_code == 303
    page = client.get(f"/o/{name}").text
    assert "ngày họp chưa được điền" not in page.lower() and "giờ bắt đầu chưa được điền" not in page.lower()
    # the figures filled: no reminder left on them (a TODO comment would have stayed)
    assert figures and "Lưu ý: indicators" not in page and "số liệu kỳ mới (ghi chú TODO)" not in page
    outline = load_outline(path)
    assert outline.meeting.date.day == 25 and outline.meeting.start.hour == 8
