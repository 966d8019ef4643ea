"""The form's register pages: the folder page from the index, "Cấp số", "Sổ đăng ký",
"Việc cần theo dõi" (overdue in red) and search, over HTTP and in real Chromium."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3

import pytest
from webfixtures import *  # noqa: F403 (the fixtures)
from webfixtures import ROOT
from webhelpers import form_values

expect = pytest.importorskip("playwright.sync_api").expect
MINIMAL = ROOT / "examples" / "toi-thieu.yaml"


@pytest.fixture(autouse=True)
def default_register(monkeypatch):
    """The folder's own SQLite register (whatever the developer's MINUTES_DB)."""
    monkeypatch.delenv("MINUTES_DB", raising=False)


def test_the_folder_page_reads_the_index_and_only_changed_files(client, example, folder):
    assert "Hội nghị giao ban Khối Mặt trận" in client.get("/").text
    with sqlite3.connect(folder / "so-dang-ky.sqlite") as db:
        assert db.execute("select name, problems from outlines").fetchall() == [(example.name, 0)]
    # same size and modification time: the page trusts the index and does not read it again
    stat = example.stat()
    text = example.read_text(encoding="utf-8")
    example.write_text(text.replace("Khối Mặt trận", "Khối Mặt trậN"), encoding="utf-8")
    os.utime(example, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert "Khối Mặt trận" in client.get("/").text
    # a file edited by hand (new modification time) is read again
    os.utime(example, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    assert "Khối Mặt trậN" in client.get("/").text


def test_take_a_number_from_the_form(client, folder):
    shutil.copy(MINIMAL, folder / MINIMAL.name)
    page = client.get(f"/o/{MINIMAL.name}").text
    assert 'formaction="/o/toi-thieu.yaml/take"' in page and "Cấp số" in page
    values = form_values(page)
    values["meeting.location"] = "Phòng họp số 2, trụ sở Ủy ban"  # typed, not yet saved: kept
    answer = client.post(f"/o/{MINIMAL.name}/take", data=values, follow_redirects=True)
    assert answer.status_code == 200
    assert "Đã cấp số của sổ đăng ký" in answer.text
    assert form_values(answer.text)["number"] == "1"
    text = (folder / MINIMAL.name).read_text(encoding="utf-8")
    assert "number: 1" in text and "Phòng họp số 2, trụ sở Ủy ban" in text
    register = client.get("/register").text
    assert "01/BB-UBND" in register and "Nguyễn Hữu Phước" in register
    docx_answer = client.get("/register.docx?year=2026")
    assert docx_answer.status_code == 200 and docx_answer.content[:2] == b"PK"


def test_cap_so_on_a_number_typed_by_hand_records_it_and_says_so(client, folder):
    union = folder / "cong-doan.yaml"
    shutil.copy(ROOT / "examples" / "cong-doan-quy-1-2026.yaml", union)  # number: 4, given on paper
    values = form_values(client.get(f"/o/{union.name}").text)
    assert values["number"] == "4"
    answer = client.post(f"/o/{union.name}/take", data=values, follow_redirects=True)
    assert answer.status_code == 200
    assert "Số đã gõ ở ô Số được ghi vào sổ đăng ký" in answer.text and "số mới" not in answer.text
    assert form_values(answer.text)["number"] == "4"
    assert "04/BB-CĐCS" in client.get("/register").text


def test_take_refused_for_an_outline_with_problems_keeps_her_text(client, folder):
    shutil.copy(MINIMAL, folder / MINIMAL.name)
    values = form_values(client.get(f"/o/{MINIMAL.name}").text)
    values["meeting.date"] = "31/02/2026"
    answer = client.post(f"/o/{MINIMAL.name}/take", data=values)
    assert answer.status_code == 422
    assert form_values(answer.text)["meeting.date"] == "31/02/2026"
    assert "number:" not in (folder / MINIMAL.name).read_text(encoding="utf-8")
    assert "01/BB" not in client.get("/register").text


def test_tasks_page_and_search(client, example, folder):
    tasks = client.get("/tasks").text
    assert tasks.count('class="overdue"') >= 5  # the example's tasks of 2021 are long overdue
    assert "Hội Nông dân huyện" in tasks
    only = client.get("/tasks", params={"owner": "hoi nong dan"}).text
    assert "Hội Nông dân huyện" in only and "Hội Liên hiệp Phụ nữ huyện" not in only
    found = client.get("/search", params={"q": "tao hon can huyet thong"}).text
    assert example.name in found and "tảo hôn" in found
    assert "Không tìm thấy" in client.get("/search", params={"q": "xyzzy"}).text
    assert 'role="search"' in client.get("/").text


def test_the_tasks_page_offers_each_bodys_report_with_its_filters(client, example, folder):
    import io

    from docx import Document

    shutil.copy(ROOT / "examples" / "cong-doan-quy-1-2026.yaml", folder / "cong-doan.yaml")
    page = client.get("/tasks", params={"overdue": "1"}).text
    links = re.findall(r'href="(/tasks\.docx\?[^"]+)"', page)
    assert len(links) == 2 and all("overdue=1" in link for link in links)  # one per body, the filter kept
    for link, body in zip(links, ("CÔNG ĐOÀN CƠ SỞ", "ỦY BAN MẶT TRẬN")):  # in the order of their names
        answer = client.get(link.replace("&amp;", "&"))
        assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
        doc = Document(io.BytesIO(answer.content))
        assert body in " ".join(doc.tables[0].rows[0].cells[0].text.split())
        assert all("(quá hạn)" in row.cells[3].text for row in doc.tables[1].rows[1:])
        assert "chỉ việc quá hạn chưa hoàn thành" in " ".join(p.text for p in doc.paragraphs)  # says it was chosen
    nobody = client.get("/tasks.docx", params={"body": "UBND XÃ KHÁC"}, follow_redirects=False)
    assert nobody.status_code == 303 and nobody.headers["location"] == "/tasks"


@pytest.mark.parametrize("query", ["/tasks?owner=%00%ff", "/search?q=" + "x" * 5000, "/register?year=abc",
                                   "/search?q=%22%2A%28", "/register.docx?year=-1"])
def test_odd_parameters_give_a_page(client, example, query):
    answer = client.get(query)
    assert answer.status_code == 200


def test_in_the_browser_take_a_number_and_see_overdue_in_red(page, live, example, folder):
    shutil.copy(MINIMAL, folder / MINIMAL.name)
    page.goto(f"{live}/o/{MINIMAL.name}")
    page.get_by_role("button", name="Cấp số").click()
    expect(page.locator("#f-number")).to_have_value("1")
    expect(page.locator("#status")).to_contain_text("Đã cấp số")
    page.get_by_role("link", name="Việc cần theo dõi").click()
    row = page.locator("tr.overdue").first
    expect(row).to_be_visible()
    assert row.locator("td").first.evaluate("e => getComputedStyle(e).color") == "rgb(176, 0, 32)"
    page.get_by_role("link", name="Sổ đăng ký").click()
    expect(page.locator("table.register")).to_contain_text("01/BB-UBND")
    page.goto(live + "/")
    page.get_by_label(re.compile("Tìm trong các cuộc họp")).fill("ve sinh moi truong")
    page.get_by_role("button", name="Tìm", exact=True).click()
    expect(page.locator("ol.hits")).to_contain_text("Khối Mặt trận")


def test_pages_when_the_register_cannot_be_reached(folder, example, monkeypatch, tmp_path):
    from starlette.testclient import TestClient

    from minutes.web.app import create_app

    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    url = f"postgresql://nobody@/none?host={tmp_path}&connect_timeout=2"
    with TestClient(create_app(folder, db=url), base_url="http://127.0.0.1:8000") as client:
        assert "Hội nghị giao ban Khối Mặt trận" in client.get("/").text  # read from the files
        for path in ("/register", "/tasks", "/search?q=ve+sinh"):
            answer = client.get(path)
            assert answer.status_code == 503 and "không mở được sổ đăng ký" in answer.text
        assert client.get("/register.docx").status_code == 503  # redirected to the page saying why


def test_the_register_page_shows_each_book_when_there_are_several(client, folder):
    from minutes.register import office

    (folder / "ho-so.yaml").write_text("registers:\n  thong-bao-ket-luan: Sổ văn bản đi\n", encoding="utf-8")
    outline = folder / MINIMAL.name
    outline.write_text("extends: ho-so.yaml\n" + MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    assert "<h2" not in client.get("/register").text
    office.take_number(str(outline), db=f"sqlite:///{folder / 'so-dang-ky.sqlite'}")
    one = client.get("/register").text
    assert "01/BB-UBND" in one and '<h2 class="book">' not in one  # one book: no heading
    office.take_number(str(outline), "thong-bao-ket-luan", db=f"sqlite:///{folder / 'so-dang-ky.sqlite'}")
    page = client.get("/register").text
    assert page.index('<h2 class="book">Sổ đăng ký văn bản đi</h2>') < page.index("01/BB-UBND") \
        < page.index('<h2 class="book">Sổ văn bản đi</h2>') < page.index("01/TB-UBND")


@pytest.mark.parametrize("where", ["/tasks", "/register", "/"])
def test_on_a_phone_each_value_of_a_row_says_what_it_is(page, live, example, folder, where):
    shutil.copy(MINIMAL, folder / MINIMAL.name)
    page.goto(f"{live}/o/{MINIMAL.name}")
    page.get_by_role("button", name="Cấp số").click()
    expect(page.locator("#f-number")).to_have_value("1")
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live + where)
    labelled = page.locator("table.outlines tbody td[data-label]")
    expect(labelled.first).to_be_visible()
    shown = labelled.evaluate_all("""cells => cells.filter(c => c.offsetParent !== null).map(c => [
        c.dataset.label, getComputedStyle(c, '::before').content])""")
    assert shown and all(before == f'"{label}: "' for label, before in shown)
    headers = page.locator("table.outlines thead th").evaluate_all("hs => hs.map(h => h.textContent)")
    assert {label for label, _ in shown} <= set(headers)  # the words of the desktop's column headers
    assert page.locator("table.outlines thead").evaluate("e => getComputedStyle(e).display") == "none"
    empty = page.locator("table.outlines tbody td[data-label]:empty")
    assert all(not cell.is_visible() for cell in empty.all())  # an empty value leaves no bare label
