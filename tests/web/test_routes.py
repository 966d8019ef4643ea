"""Every route of ``minutes serve`` through Starlette's test client."""

from __future__ import annotations

import difflib
import io
import re
import zipfile

import docx
import pytest
from conftest import ROOT, has_pdf_tools
from webfixtures import *  # noqa: F403 (the fixtures)
from webhelpers import form_values

from minutes import glossary
from minutes.outline import load_outline

NAME = "mat-tran-giao-ban-quy-3-2021.yaml"


def opened(client, name=NAME):
    """GET the form of ``name``; return (response, what submitting it unchanged sends)."""
    response = client.get(f"/o/{name}")
    assert response.status_code == 200
    return response, form_values(response.text)


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_folder_page_lists_each_outline_with_its_state(client, example, folder):
    (folder / "nhap.yaml").write_text("meeting:\n  title: Họp\n  date: 31/02/2025\n", encoding="utf-8")
    page = client.get("/").text
    assert "Hội nghị giao ban Khối Mặt trận và các đoàn thể huyện quý III năm 2021" in page
    assert "26/8/2021" in page and "Cơ quan nhà nước (Nghị định 30)" in page and "Hợp lệ" in page
    row = page[page.index("nhap.yaml"):]
    assert re.search(r"\d+ vấn đề", row[:2000])
    assert "Lập đề cương kỳ sau" in page and "Đề cương mới" in page


def test_every_box_has_a_label_starting_with_the_glossary_term(client, example):
    page = client.get(f"/o/{NAME}").text
    ids = re.findall(r'<(?:input|textarea|select) id="([^"]+)"', page)
    labels = dict(re.findall(r'<label for="([^"]+)">([^<]*)</label>', page))
    assert ids and set(ids) <= set(labels), set(ids) - set(labels)
    for key, box in (("meeting.date", "f-meeting-date"), ("meeting.location", "f-meeting-location"),
                     ("organization.code", "f-organization-code")):
        term = glossary.term(key)
        assert labels[box] == term[0].upper() + term[1:]
    assert "Chủ trì (chủ tọa)" in page and "Ngày họp" in page and "Địa điểm" in page
    assert "Ví dụ: 26/8/2025" in page  # a hint with an example


def test_unchanged_form_writes_the_file_back_byte_for_byte(client, example):
    before = example.read_bytes()
    _, values = opened(client)
    response = client.post(f"/o/{NAME}/save", data=values, follow_redirects=False)
    assert response.status_code == 303
    assert example.read_bytes() == before


def test_a_change_touches_only_its_own_line_and_keeps_comments(client, example):
    before = example.read_text(encoding="utf-8")
    _, values = opened(client)
    values["meeting.location"] = "Hội trường Ủy ban MTTQ Việt Nam huyện"
    values["tasks.3.due"] = "19/11/2021"
    assert client.post(f"/o/{NAME}/save", data=values, follow_redirects=False).status_code == 303
    after = example.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        "-  location: Phòng họp Khối Mặt trận và các đoàn thể huyện",
        "+  location: Hội trường Ủy ban MTTQ Việt Nam huyện",
        "-    due: 18/11/2021       # Ngày truyền thống Mặt trận Tổ quốc Việt Nam",
        "+    due: 19/11/2021       # Ngày truyền thống Mặt trận Tổ quốc Việt Nam",
    ]
    assert load_outline(example).meeting.location == "Hội trường Ủy ban MTTQ Việt Nam huyện"


def test_every_problem_is_shown_beside_its_box_and_nothing_is_written(client, example):
    before = example.read_bytes()
    _, values = opened(client)
    values["meeting.date"] = "31/02/2021"
    values["attendees.present"] = "30"
    values["tasks.0.due"] = "hôm nay"
    response = client.post(f"/o/{NAME}/save", data=values)
    assert response.status_code == 422
    assert example.read_bytes() == before
    page = response.text
    date_error = page[page.index('id="e-f-meeting-date"'):][:400]
    assert "31/02/2021" in date_error and "không tồn tại" in date_error
    assert "lớn hơn số được triệu tập" in page[page.index('id="e-f-attendees-present"'):][:400]
    assert "<p>" in page[page.index('id="e-f-tasks-0-due"'):][:200]
    assert "Có 3 vấn đề" in page and 'href="#f-meeting-date"' in page
    assert 'value="31/02/2021"' in page  # her text stays


def test_a_draft_with_problems_is_written_and_reopens(client, example):
    _, values = opened(client)
    values["meeting.date"] = "31/02/2021"
    response = client.post(f"/o/{NAME}/save", data={**values, "_action": "draft"})
    assert response.status_code == 422 or response.status_code == 303
    assert "date: 31/02/2021" in example.read_text(encoding="utf-8")
    response, again = opened(client)
    assert again["meeting.date"] == "31/02/2021" and "không tồn tại" in response.text


def test_a_second_save_from_an_old_version_is_refused(client, example):
    _, first = opened(client)
    _, second = opened(client)
    first["meeting.location"] = "Phòng họp A"
    assert client.post(f"/o/{NAME}/save", data=first, follow_redirects=False).status_code == 303
    second["meeting.title"] = "Tiêu đề của tab thứ hai"
    response = client.post(f"/o/{NAME}/save", data=second)
    assert response.status_code == 409
    assert "đã được lưu ở nơi khác" in response.text
    assert "Tiêu đề của tab thứ hai" in response.text  # her text stays in the form
    text = example.read_text(encoding="utf-8")
    assert "Phòng họp A" in text and "Tiêu đề của tab thứ hai" not in text
    overwrite = client.post(f"/o/{NAME}/save", data={**second, "_overwrite": "1"}, follow_redirects=False)
    assert overwrite.status_code == 303
    assert "Tiêu đề của tab thứ hai" in example.read_text(encoding="utf-8")


def test_a_file_changed_on_disk_is_detected(client, example):
    _, values = opened(client)
    example.write_text(example.read_text(encoding="utf-8") + "# sửa bằng tay\n", encoding="utf-8")
    response = client.post(f"/o/{NAME}/save", data=values)
    assert response.status_code == 409
    assert example.read_text(encoding="utf-8").endswith("# sửa bằng tay\n")


def test_htmx_save_answers_with_out_of_band_parts_only(client, example):
    _, values = opened(client)
    values["meeting.date"] = "31/02/2021"
    response = client.post(f"/o/{NAME}/save", data=values, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert 'id="e-f-meeting-date" hx-swap-oob="true"' in response.text
    assert 'id="status"' in response.text and 'id="version"' in response.text
    assert "<input id=" not in response.text  # no box is rewritten


def test_list_buttons_add_move_and_remove_rows_without_saving(client, example):
    before = example.read_bytes()
    _, values = opened(client)
    first, second = values["agenda.0.text"], values["agenda.1.text"]
    page = client.post(f"/o/{NAME}/edit", data={**values, "_op": "down:agenda.0"}).text
    moved = form_values(page)
    assert (moved["agenda.0.text"], moved["agenda.1.text"]) == (second, first)
    page = client.post(f"/o/{NAME}/edit", data={**moved, "_op": "add:agenda"}).text
    added = form_values(page)
    assert added["agenda.3.text"] == ""
    page = client.post(f"/o/{NAME}/edit", data={**added, "_op": "del:agenda.0"}).text
    assert form_values(page)["agenda.0.text"] == first
    assert example.read_bytes() == before
    assert client.post(f"/o/{NAME}/save", data=form_values(page), follow_redirects=False).status_code == 303
    assert len(load_outline(example).agenda) == 2


def test_new_outline_from_an_empty_folder(client, folder):
    response = client.post("/new", data={"filename": "hop-moi", "_csrf": csrf(client)}, follow_redirects=False)
    assert response.headers["location"] == "/o/hop-moi.yaml"
    assert not (folder / "hop-moi.yaml").exists()  # nothing is written before a save
    values = form_values(client.get("/o/hop-moi.yaml").text)
    values.update({"organization.name": "SỞ NỘI VỤ", "organization.code": "SNV", "meeting.title": "Họp giao ban",
                   "meeting.date": "5/2/2026", "meeting.start": "8h", "meeting.location": "Phòng họp",
                   "chair.name": "Nguyễn Văn An", "chair.position": "Giám đốc Sở"})
    assert client.post("/o/hop-moi.yaml/save", data=values, follow_redirects=False).status_code == 303
    outline = load_outline(folder / "hop-moi.yaml")
    assert outline.chair.name == "Nguyễn Văn An" and outline.meeting.date.day == 5


def test_new_outline_from_a_shared_profile(client, folder):
    (folder / "ho-so.yaml").write_text("organization: {name: SỞ NỘI VỤ, code: SNV}\n", encoding="utf-8")
    data = {"filename": "hop.yaml", "profile": "ho-so.yaml", "_csrf": csrf(client)}
    location = client.post("/new", data=data, follow_redirects=False).headers["location"]
    values = form_values(client.get(location).text)
    assert values["extends"] == "ho-so.yaml"
    values.update({"meeting.title": "Họp", "meeting.date": "5/2/2026", "meeting.start": "8h",
                   "meeting.location": "Phòng họp", "chair.name": "Nguyễn Văn An"})
    assert client.post("/o/hop.yaml/save", data=values, follow_redirects=False).status_code == 303
    assert load_outline(folder / "hop.yaml").organization.code == "SNV"


def test_yaml_tab_shows_the_file_and_checks_it_the_same_way(client, example):
    page = client.get(f"/o/{NAME}/yaml").text
    values = form_values(page, "yaml")
    assert values["text"] == example.read_text(encoding="utf-8")
    bad = {**values, "text": values["text"].replace("date: 26/8/2021", "date: 31/02/2021")}
    response = client.post(f"/o/{NAME}/yaml", data=bad)
    assert response.status_code == 422 and "meeting.date" in response.text
    assert "26/8/2021" in example.read_text(encoding="utf-8")
    good = {**values, "text": values["text"].replace("number: 18", "number: 19")}
    assert client.post(f"/o/{NAME}/yaml", data=good).status_code == 200
    assert load_outline(example).number == 19


def test_yaml_tab_says_why_a_file_cannot_be_written(client, example, monkeypatch):
    """A write that fails (read-only folder, full disk) is a message on the YAML tab, as on
    the form: not a server error, and the file is untouched."""
    from minutes import api
    from minutes.errors import OutputError

    def refused(*args, **kwargs):
        raise OutputError("hop.yaml: không ghi được tệp (Read-only file system)")

    monkeypatch.setattr(api, "write_outline_text", refused)
    before = example.read_text(encoding="utf-8")
    values = form_values(client.get(f"/o/{NAME}/yaml").text, "yaml")
    changed = {**values, "text": values["text"].replace("number: 18", "number: 19")}
    response = client.post(f"/o/{NAME}/yaml", data=changed)
    assert response.status_code < 500 and "Read-only file system" in response.text
    assert example.read_text(encoding="utf-8") == before


def test_next_period_writes_the_rolled_outline_and_opens_it(client, example, folder):
    response = client.post(f"/o/{NAME}/next", data={"_csrf": csrf(client)}, follow_redirects=False)
    assert response.status_code == 303
    made = folder / response.headers["location"].removeprefix("/o/")
    assert made.name == "mat-tran-giao-ban-quy-4-2021.yaml"
    assert str(load_outline(made).meeting.period) in ("Q4/2021", "quý IV năm 2021") or "Q4/2021" in made.read_text()
    again = client.post(f"/o/{NAME}/next", data={"_csrf": csrf(client)}, follow_redirects=False)
    assert again.status_code == 422 and "đã có" in again.text  # never over an existing file
    assert "--force" not in again.text and str(folder) not in again.text  # said for the form, not the CLI


@pytest.mark.parametrize("kind", ["docx", "zip", "md", "html"])
def test_downloads(client, example, kind):
    response = client.get(f"/o/{NAME}/download/{kind}")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    if kind == "docx":
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
        assert "BIÊN BẢN" in text and "Rah Lan Thuận" in text
    elif kind == "zip":
        names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
        assert "mat-tran-giao-ban-quy-3-2021.docx" in names and len(names) >= 3
    else:
        assert "Khối Mặt trận" in response.content.decode("utf-8")


def test_download_links_say_what_they_give(client, example):
    page = client.get(f"/o/{NAME}").text
    assert ">Tải .docx</a>" in page and ">Tải PDF</a>" in page


def test_without_libreoffice_the_form_says_why_there_is_no_preview(client, example):
    page = client.get(f"/o/{NAME}").text
    assert "Không có bản xem trước vì máy chưa có LibreOffice" in page
    assert client.get(f"/o/{NAME}/download/pdf").status_code == 409


def test_static_assets_are_served_by_the_app(client):
    assert client.get("/static/htmx.min.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200
    page = client.get("/").text
    assert "https://" not in re.sub(r"<!--.*?-->", "", page)  # no CDN


def test_english_through_the_catalogue(folder, monkeypatch, example):
    from starlette.testclient import TestClient

    from minutes.web.app import create_app

    monkeypatch.setenv("MINUTES_LANG", "en")
    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    with TestClient(create_app(folder), base_url="http://127.0.0.1:8000") as english:
        page = english.get(f"/o/{NAME}").text
    assert ">Save</button>" in page and "Download .docx" in page


def csrf(client) -> str:
    """This client's CSRF token, read from the folder page."""
    return re.search(r'name="_csrf" value="([^"]+)"', client.get("/").text).group(1)


def test_the_form_covers_every_outline_key():
    from minutes.web.fields import SPECS

    keys = {spec.key for spec in SPECS}
    for key in glossary.outline_keys():
        assert key in keys or any(k.startswith(key + ".") for k in keys) or any(
            spec.kind == "person" and key.startswith(spec.key + ".") for spec in SPECS), key


@pytest.mark.parametrize("key, value", [("template", "/etc/mau.docx"), ("template", "../mau.docx"),
                                        ("extends", "../ho-so.yaml")])
def test_templates_and_profiles_must_stay_inside_the_folder(client, example, key, value):
    before = example.read_bytes()
    _, values = opened(client)
    values[key] = value
    response = client.post(f"/o/{NAME}/save", data=values)
    assert response.status_code == 422 and example.read_bytes() == before
    assert "nằm ngoài thư mục" in response.text[response.text.index(f'id="e-f-{key}"'):][:400]


@pytest.mark.pdf
@pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")
def test_pdf_download(folder, example):
    import subprocess

    from starlette.testclient import TestClient

    from minutes.web.app import create_app

    with TestClient(create_app(folder), base_url="http://127.0.0.1:8000") as with_office:
        response = with_office.get(f"/o/{NAME}/download/pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    printed = subprocess.run(["pdftotext", "-", "-"], input=response.content, capture_output=True).stdout
    assert "Rah Lan Thuận" in printed.decode("utf-8")
    assert sorted(p.name for p in folder.iterdir()) == [NAME]  # nothing written beside the outline


def test_yaml_tab_refuses_a_save_from_an_old_version_and_keeps_her_text(client, example):
    values = form_values(client.get(f"/o/{NAME}/yaml").text, "yaml")
    example.write_text(example.read_text(encoding="utf-8") + "# sửa ở nơi khác\n", encoding="utf-8")
    mine = {**values, "text": values["text"].replace("number: 18", "number: 20")}
    response = client.post(f"/o/{NAME}/yaml", data=mine)
    assert response.status_code == 409 and "number: 20" in form_values(response.text, "yaml")["text"]
    assert "number: 18" in example.read_text(encoding="utf-8")


@pytest.mark.parametrize("outline", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_every_example_comes_back_byte_for_byte_through_the_form(client, folder, outline):
    from minutes import api
    from minutes.web import forms

    text = outline.read_text(encoding="utf-8")
    (folder / outline.name).write_text(text, encoding="utf-8")
    sent = form_values(client.get(f"/o/{outline.name}").text)
    tree = api.outline_tree(text, outline.name)
    posted = forms.drop_empty(forms.posted_values(sent))
    assert api.tree_text(forms.apply(tree, forms.plain_values(tree), posted), text) == text


def test_start_from_a_docx_with_minutes_import(client, folder):
    pytest.importorskip("minutes.importer")
    from urllib.parse import unquote

    from conftest import render_outline_bytes

    page = client.get("/").text
    assert "Bắt đầu từ một tệp .docx" in page
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    data = render_outline_bytes(ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml")
    response = client.post("/import", data={"_csrf": token}, files={"docx": ("biên bản 1.docx", data)},
                           follow_redirects=False)
    assert response.status_code == 303
    location = unquote(response.headers["location"])
    assert location.startswith("/o/biên-bản-1.yaml")
    made = load_outline(folder / "biên-bản-1.yaml")
    assert made.chair.name == "Rah Lan Thuận"
    assert client.get(response.headers["location"]).status_code == 200
    again = client.post("/import", data={"_csrf": token}, files={"docx": ("biên bản 1.docx", data)},
                        follow_redirects=False)
    assert again.status_code == 422 and "đã có" in again.text  # never over an existing file
    assert "--force" not in again.text and str(folder) not in again.text  # said for the form, not the CLI
