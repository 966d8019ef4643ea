"""The form's behaviour through HTTP: conflicts against the file on disk, names in any Unicode
spelling, warnings beside their boxes, shared profiles, labels, what a save answers."""

from __future__ import annotations

import fcntl
import os
import re
import threading
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient
from webfixtures import *  # noqa: F403 (the fixtures)
from webfixtures import BASE
from webhelpers import form_values

from minutes import api
from minutes.web.app import create_app

NAME = "mat-tran-giao-ban-quy-3-2021.yaml"
PROFILE = """style: state
organization:
  parent: ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI
  name: ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN PHÚ THIỆN
place: Phú Thiện
meeting:
  location: Hội trường Khối Mặt trận
"""


def save(client, name: str, values: dict, **extra):
    return client.post(f"/o/{quote(name)}/save", data={**values, **extra}, headers={"HX-Request": "true"})


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- 23.8: one name, one file ---

def test_an_nfd_spelling_opens_the_nfc_file_and_never_makes_a_second(client, example, folder):
    nfc = unicodedata.normalize("NFC", "biên-bản-họp.yaml")
    example.rename(folder / nfc)
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    page = client.get(f"/o/{quote(nfd)}")
    assert page.status_code == 200 and "Hội nghị giao ban Khối Mặt trận" in page.text
    values = form_values(page.text)
    values["meeting.location"] = "Hội trường B"
    assert "Đã lưu." in save(client, nfd, values).text
    assert sorted(p.name for p in folder.glob("*.yaml")) == [nfc]
    assert "Hội trường B" in (folder / nfc).read_text(encoding="utf-8")
    made = client.post("/new", data={"filename": nfd, "_csrf": csrf_of(client)}, follow_redirects=False)
    assert made.status_code == 303 and made.headers["location"].startswith("/?m=")
    assert sorted(p.name for p in folder.glob("*.yaml")) == [nfc]


def csrf_of(client) -> str:
    return re.search(r'name="_csrf" value="([^"]+)"', client.get("/").text).group(1)


# --- 23.7: the version is checked against the file on disk when writing, under a lock ---

def test_a_save_waits_for_the_folder_lock_and_then_sees_the_other_write(client, example, folder):
    link = folder / "cung-tep.yaml"
    link.symlink_to(example.name)
    values = form_values(client.get(f"/o/{link.name}").text)
    values["meeting.location"] = "Hội trường của máy chủ này"
    answers = []
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as another server writing this folder holds it
        saver = threading.Thread(target=lambda: answers.append(save(client, link.name, values)))
        saver.start()
        saver.join(3)
        assert saver.is_alive(), "the save did not wait for the other writer"
        example.write_text(example.read_text(encoding="utf-8").replace("Phòng họp", "Phòng làm việc"),
                           encoding="utf-8")
    finally:
        os.close(fd)
    saver.join(60)
    assert "đã được lưu ở nơi khác" in answers[0].text and "Đã lưu." not in answers[0].text
    text = example.read_text(encoding="utf-8")
    assert "Phòng làm việc" in text and "Hội trường của máy chủ này" not in text
    assert link.is_symlink()


def test_two_servers_and_two_names_of_one_file_never_both_save(folder, example, monkeypatch):
    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    (folder / "ten-khac.yaml").symlink_to(example.name)
    with TestClient(create_app(folder), base_url=BASE) as one, TestClient(create_app(folder), base_url=BASE) as two:
        for round_ in range(4):
            forms = [form_values(c.get(f"/o/{n}").text) for c, n in ((one, NAME), (two, "ten-khac.yaml"))]
            for i, values in enumerate(forms):
                values["meeting.location"] = f"Phòng {round_}-{i}"
            answers: list = [None, None]
            barrier = threading.Barrier(2)

            def run(i, client, name, barrier=barrier, answers=answers, forms=forms):
                barrier.wait()
                answers[i] = save(client, name, forms[i]).text

            threads = [threading.Thread(target=run, args=(0, one, NAME)),
                       threading.Thread(target=run, args=(1, two, "ten-khac.yaml"))]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            assert sum("Đã lưu." in a for a in answers) == 1, answers


# --- 22.7: an overwrite writes only what this tab changed ---

def test_overwrite_keeps_what_the_other_tab_changed_and_says_which_fields_differ(client, example):
    first = form_values(client.get(f"/o/{NAME}").text)
    second = dict(first)
    first["meeting.location"] = "Hội trường A (tab một)"
    assert "Đã lưu." in save(client, NAME, first).text
    second["meeting.title"] = "Tiêu đề gõ ở tab hai"
    refused = text_of(save(client, NAME, second).text)
    assert "đã được lưu ở nơi khác" in refused
    assert re.search(r"Nơi khác đã sửa[^:]*: Địa điểm", refused)
    assert re.search(r"Bạn đã sửa: Tên cuộc họp", refused)
    saved = save(client, NAME, second, _overwrite="1")
    assert "Đã lưu." in saved.text
    text = example.read_text(encoding="utf-8")
    assert "Hội trường A (tab một)" in text and "Tiêu đề gõ ở tab hai" in text


def test_a_field_both_tabs_changed_shows_the_disk_value_beside_it(client, example):
    first = form_values(client.get(f"/o/{NAME}").text)
    second = dict(first)
    first["meeting.location"] = "Hội trường A"
    save(client, NAME, first)
    second["meeting.location"] = "Hội trường B"
    answer = save(client, NAME, second).text
    box = re.search(r'<div class="err" id="e-f-meeting-location"[^>]*>(.*?)</div>', answer).group(1)
    assert "Hội trường A" in box


# --- 22.11 and 22.9: warnings beside their box, in the box's words; filled boxes clear them ---

@pytest.fixture
def next_period(client, example, folder) -> Path:
    return api.write_next_outline(example)


def test_warnings_are_beside_their_boxes_in_the_form_s_words(client, next_period):
    page = client.get(f"/o/{next_period.name}").text
    beside = re.search(r'id="e-f-meeting-date"[^>]*>(.*?)</div>', page).group(1)
    assert "ngày họp chưa được điền" in beside
    assert re.search(r'id="e-f-review-0-status"[^>]*>.*?chưa được điền', page)
    shown = text_of(page)
    assert "review[0]" not in shown and "meeting.date" not in shown
    assert "xóa ghi chú" not in shown and "xóa cả dòng" not in shown and "TODO" not in shown


def test_filling_a_box_in_the_form_clears_its_warning(client, next_period):
    values = form_values(client.get(f"/o/{next_period.name}").text)
    values["meeting.date"] = "25/11/2021"
    answer = save(client, next_period.name, values).text
    assert "Đã lưu." in answer
    assert "ngày họp chưa được điền" not in answer
    assert "ngày họp chưa được điền" not in client.get(f"/o/{next_period.name}").text
    assert "giờ bắt đầu chưa được điền" in client.get(f"/o/{next_period.name}").text  # the box she did not fill


# --- 22.13: shared profiles, labels ---

def test_a_shared_profile_is_saved_with_luu_and_only_profiles_are_offered(client, example, folder):
    (folder / "ho-so.yaml").write_text(PROFILE, encoding="utf-8")
    values = form_values(client.get("/o/ho-so.yaml").text)
    values["place"] = "Huyện Phú Thiện"
    answer = save(client, "ho-so.yaml", values).text
    assert "Đã lưu." in answer and "meeting" not in text_of(answer)
    assert "place: Huyện Phú Thiện" in (folder / "ho-so.yaml").read_text(encoding="utf-8")
    page = client.get("/").text
    profile_row = re.search(r"<tr>\s*<td><a href=\"/o/ho-so.yaml\">.*?</tr>", page, re.S).group(0)
    assert "Lập đề cương kỳ sau" not in profile_row
    select = re.search(r'<select id="profile".*?</select>', page, re.S).group(0)
    offered = re.findall(r'<option value="([^"]*)"', select)
    assert offered == ["", "ho-so.yaml"]


def test_labels_are_distinct_honest_and_vietnamese(client, example):
    page = client.get(f"/o/{NAME}").text
    labels = re.findall(r'<label for="[^"]+">([^<]+)</label>', page)
    numbers = [label for label in labels if label.startswith("Số của")]
    assert len(numbers) == len(set(numbers)) == 3
    present = re.search(r'<label for="f-attendees-present">.*?</div>', page, re.S).group(0)
    assert "danh sách" not in present
    options = re.findall(r"<option[^>]*>([^<]+)</option>", page)
    assert not {"state", "party", "youth"} & set(options)
    assert "--record" not in text_of(page) and "minutes import" not in text_of(page)


# --- 22.14 and 22.10: what a save answers ---

def test_a_save_answers_only_the_boxes_with_something_to_say(client, example):
    values = form_values(client.get(f"/o/{NAME}").text)
    answer = save(client, NAME, values).text
    assert "Đã lưu." in answer
    assert answer.count('hx-swap-oob="true"') <= 8


def test_a_refused_save_keeps_the_last_good_preview_and_says_so_beside_the_button(client, example):
    values = form_values(client.get(f"/o/{NAME}").text)
    values["meeting.date"] = "31/02/2021"
    answer = save(client, NAME, values).text
    assert 'id="preview"' not in answer  # the preview on the page stays
    assert 'id="pv-note"' in answer
    top = re.search(r'<p id="result-top".*?</p>', answer, re.S).group(0)
    assert "Chưa lưu" in top and 'href="#f-meeting-date"' in top
    assert 'id="result-end"' in answer


def test_css_and_js_have_versioned_urls_cached_for_long_and_pages_are_not_stored(client, example):
    page = client.get(f"/o/{NAME}")
    assert page.headers["cache-control"] == "no-store"
    urls = re.findall(r'(?:href|src)="(/static/[^"]+)"', page.text)
    assert len(urls) == 3
    for url in urls:
        assert re.fullmatch(r"/static/v/[0-9a-f]{12}/[\w.]+", url)
        asset = client.get(url)
        assert asset.status_code == 200 and "max-age=31536000" in asset.headers["cache-control"]
    assert client.get("/static/v/000000000000/app.css").status_code == 404


def test_a_new_row_is_one_empty_row_and_odd_requests_are_refused(client, example):
    row = client.get(f"/o/{NAME}/row/agenda?i=7")
    assert row.status_code == 200
    assert 'id="r-f-agenda-7"' in row.text and 'name="agenda.7.text"' in row.text and "<form" not in row.text
    assert re.search(r'value="down:agenda.7" disabled', row.text)  # the new row is the last one
    for url in ("/row/agenda?i=x", "/row/agenda", "/row/agenda?i=99999999", "/row/meeting.date?i=0",
                "/row/nothing?i=0"):
        answer = client.get(f"/o/{NAME}{url}")
        assert answer.status_code == 404


def test_an_overwrite_on_another_server_writes_only_the_boxes_she_typed_in(folder, example, monkeypatch):
    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    with TestClient(create_app(folder), base_url=BASE) as one, TestClient(create_app(folder), base_url=BASE) as two:
        mine = form_values(one.get(f"/o/{NAME}").text)
        theirs = form_values(two.get(f"/o/{NAME}").text)
        theirs["meeting.location"] = "Hội trường của máy chủ hai"
        assert "Đã lưu." in save(two, NAME, theirs).text
        one.app.state.site.texts.clear()  # as after a restart: the version she opened is not known
        mine["meeting.title"] = "Tiêu đề gõ ở máy chủ một"
        refused = text_of(save(one, NAME, mine, _touched="meeting.title").text)
        assert re.search(r"Nơi khác đã sửa[^:]*: Địa điểm", refused)
        assert "Đã lưu." in save(one, NAME, mine, _touched="meeting.title", _overwrite="1").text
    text = example.read_text(encoding="utf-8")
    assert "Hội trường của máy chủ hai" in text and "Tiêu đề gõ ở máy chủ một" in text


def test_the_yaml_tab_still_lists_the_warnings_by_key(client, next_period):
    page = client.get(f"/o/{next_period.name}/yaml").text
    assert "meeting.date: ngày họp chưa được điền" in page
