"""The form in real Chromium: typing during a slow "+ Thêm mục", rows moved on the page, the
unsaved mark, the result where she pressed Lưu (also on a 360 px phone), touch sizes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutes.outline import load_outline
from webfixtures import *  # noqa: F401,F403 (the fixtures)

expect = pytest.importorskip("playwright.sync_api").expect
expect.set_options(timeout=30_000)

NAME = "mat-tran-giao-ban-quy-3-2021.yaml"


def box(page, name: str):
    return page.locator("#f-" + name.replace(".", "-"))


def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("MINUTES_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Held:
    """Requests for list rows held back (network latency as long as the test wants)."""

    def __init__(self, page):
        self.routes = []
        page.route(lambda url: "/edit" in url or "/row/" in url, self.hold)

    def hold(self, route):
        self.routes.append(route)

    def release(self):
        while self.routes:
            self.routes.pop(0).continue_()


def test_typing_while_a_row_is_added_is_never_reverted_or_split(page, live, example, folder):
    page.goto(f"{live}/o/{NAME}")
    first = box(page, "recipients.0.text")
    before = first.input_value()
    held = Held(page)
    page.locator("#g-f-recipients > button.add").click()
    first.click()
    page.keyboard.press("End")
    typed = " và Ban Thường vụ Huyện ủy"
    page.keyboard.type(typed, delay=20)  # while "+ Thêm mục" waits for the network
    expect(first).to_have_value(before + typed)
    held.release()
    new = box(page, "recipients.5.text")
    expect(new).to_be_visible()
    page.keyboard.type(" (b/c)", delay=20)  # the focus stayed where she types
    expect(first).to_be_focused()
    expect(first).to_have_value(before + typed + " (b/c)")
    expect(new).to_have_value("")
    new.fill("Văn phòng Huyện ủy")
    page.get_by_role("button", name="Lưu", exact=True).first.click()
    expect(page.locator("#result-top")).to_contain_text("Đã lưu.")
    recipients = load_outline(folder / NAME).recipients
    assert recipients[0] == before + typed + " (b/c)" and recipients[-1] == "Văn phòng Huyện ủy"


def test_rows_move_and_go_on_the_page_keeping_what_is_typed(page, live, example, folder):
    page.goto(f"{live}/o/{NAME}")
    rows = page.locator("#g-f-agenda > fieldset.row")
    texts = [box(page, f"agenda.{i}.text").input_value() for i in range(rows.count())]
    second = texts[1]
    box(page, "agenda.0.text").fill("Nội dung một, vừa gõ")
    page.locator("#r-f-agenda-1 button[value^='up:']").click()
    expect(box(page, "agenda.0.text")).to_have_value(second)
    expect(box(page, "agenda.1.text")).to_have_value("Nội dung một, vừa gõ")
    expect(page.locator("#r-f-agenda-0 legend")).to_contain_text("mục 1")
    expect(page.locator("#r-f-agenda-0 button[value^='up:']")).to_be_disabled()
    page.locator("#r-f-agenda-0 button[value^='del:']").click()
    expect(box(page, "agenda.0.text")).to_have_value("Nội dung một, vừa gõ")
    expect(rows).to_have_count(len(texts) - 1)
    expect(box(page, f"agenda.{len(texts) - 1}.text")).to_have_count(0)
    page.get_by_role("button", name="Lưu", exact=True).first.click()
    expect(page.locator("#result-top")).to_contain_text("Đã lưu.")
    assert [a.text for a in load_outline(folder / NAME).agenda] == ["Nội dung một, vừa gõ", *texts[2:]]


def test_unsaved_typing_is_marked_and_leaving_asks(page, live, example):
    page.goto(f"{live}/o/{NAME}")
    expect(page.locator("#unsaved")).to_be_hidden()
    box(page, "meeting.location").fill("Hội trường mới")
    expect(page.locator("#unsaved")).to_be_visible()
    expect(page.locator("#dl-note")).to_be_visible()  # the downloads say they are the saved file
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    page.locator("header.top a").click()
    expect(page.locator("#unsaved")).to_be_visible()
    assert asked == ["beforeunload"] and page.url.endswith(f"/o/{NAME}")
    page.get_by_role("button", name="Lưu", exact=True).first.click()
    expect(page.locator("#unsaved")).to_be_hidden()
    expect(page.locator("#dl-note")).to_be_hidden()
    page.locator("header.top a").click()  # nothing unsaved: no question
    page.wait_for_url(f"{live}/")


def test_the_result_shows_where_she_pressed_lu_on_a_phone_and_keeps_the_preview(page, live, example, tmp_path):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{live}/o/{NAME}")
    preview = page.locator("#preview").inner_html()
    box(page, "meeting.date").fill("31/02/2021")
    end = page.locator(".bar.end button.primary")
    end.scroll_into_view_if_needed()
    end.click()
    result = page.locator("#result-end")
    expect(result).to_contain_text("Chưa lưu")
    expect(result).to_be_in_viewport()
    expect(page.locator("#e-f-meeting-date")).to_contain_text("không tồn tại")
    expect(page.locator("#pv-note")).to_contain_text("lần lưu trước")
    assert page.locator("#preview h2").count() == 1 and "pv-note" in preview
    out = shots(tmp_path)
    page.screenshot(path=str(out / "form-refused-phone.png"), caret="initial")
    result.get_by_role("link").click()  # "Tới vấn đề đầu tiên"
    expect(box(page, "meeting.date")).to_be_in_viewport()
    box(page, "meeting.date").fill("26/8/2021")
    box(page, "meeting.date").press("Enter")
    expect(page.locator("#result-top")).to_contain_text("Đã lưu.")
    expect(page.locator("#result-top")).to_be_in_viewport()
    expect(page.locator("#e-f-meeting-date")).to_be_empty()


@pytest.mark.parametrize("where", ["/", f"/o/{NAME}"])
def test_every_button_and_link_is_44_px_high_on_a_phone(page, live, example, tmp_path, where):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(live + where)
    small = page.evaluate("""() => [...document.querySelectorAll('button, a, select')]
        .filter(e => e.offsetParent !== null && !e.closest('.skip'))
        .map(e => [e.textContent.trim().slice(0, 30) || e.getAttribute('aria-label'), e.getBoundingClientRect().height])
        .filter(([, h]) => h < 44)""")
    assert small == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(shots(tmp_path) / f"touch{where.replace('/', '-')}.png"), caret="initial")
