"""The form in a real headless Chromium (Debian's package, driven by Playwright).

Skipped when /usr/bin/chromium or Playwright is missing. The preview steps also need
LibreOffice and poppler. Screenshots go to $MINUTES_SCREENSHOTS when set (the README's
come from here: ``MINUTES_SCREENSHOTS=docs/screenshots python -m pytest tests/web/test_browser.py``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import pytest
from patience import patience
from webfixtures import *  # noqa: F403 (the fixtures)

from minutes.outline import load_outline

expect = pytest.importorskip("playwright.sync_api").expect
expect.set_options(timeout=patience(30) * 1000)  # a save on a busy machine; nothing here measures speed

SEEDS = Path("/work/shared/seeds")
EXAMPLE_NAME = "mat-tran-giao-ban-quy-3-2021.yaml"
PREVIEW = bool(shutil.which("soffice") and shutil.which("pdftoppm"))


def seed_title() -> str:
    """The title of the seed-003 meeting report (its first line), or the same words without it."""
    found = sorted(SEEDS.glob("003_*.txt")) if SEEDS.is_dir() else []
    if found:
        return found[0].read_text(encoding="utf-8").splitlines()[0].strip()
    return "Hội nghị giao ban Quý III Khối Mặt trận và các đoàn thể huyện"


def shots(tmp_path) -> Path:
    """Where screenshots go: $MINUTES_SCREENSHOTS, else the test's own folder."""
    folder = Path(os.environ.get("MINUTES_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def box(page, name: str):
    return page.locator("#f-" + name.replace(".", "-"))


def add_row(page, key: str, index: int) -> None:
    """Press the list's "+ Thêm mục" button (htmx swaps the list in) and wait for row ``index``."""
    page.locator(f"#g-{'f-' + key.replace('.', '-')} > button.add").click()
    box(page, f"{key}.{index}.{'name' if key in ('guests', 'attendees.absent') else 'text'}").wait_for()


SEED_003 = {
    "organization.parent": "ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI",
    "organization.name": "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN PHÚ THIỆN",
    "organization.code": "MTTQ",
    "place": "Phú Thiện",
    "number": "18",
    "meeting.start": "14h",
    "meeting.end": "16 giờ 30",
    "meeting.location": "Phòng họp Khối Mặt trận và các đoàn thể huyện",
    "meeting.period": "Q3/2021",
    "chair.name": "Rah Lan Thuận",
    "chair.position": "Chủ tịch Ủy ban MTTQ Việt Nam huyện",
    "secretary.name": "Lê Thị Thanh Nhàn",
    "secretary.position": "Chuyên viên Văn phòng",
    "attendees.expected": "24",
    "attendees.present": "22",
    "vote.agree": "22",
}
ROWS = {
    "guests": [{"name": "Kpă Ngun", "position": "Phó Bí thư Thường trực Huyện ủy", "role": "dự và chỉ đạo"}],
    "agenda": [{"text": "Đánh giá kết quả hoạt động công tác Mặt trận quý III năm 2021."},
               {"text": "Thảo luận chương trình công tác quý IV năm 2021."}],
    "achievements": [{"text": "Tham gia phòng, chống dịch Covid-19",
                      "items": "Tiếp nhận ủng hộ với số tiền 348 triệu đồng.\nBàn giao 07 ngôi nhà Tình nghĩa."}],
    "tasks": [{"text": "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "owner": "Ban Thường trực",
               "due": "18/11/2021"}],
    "recipients": [{"text": "Thường trực Huyện ủy (b/c)"}, {"text": "UBND huyện"}],
}


def test_fill_the_seed_003_meeting_from_an_empty_folder(page, live, folder, tmp_path):
    page.goto(live + "/")
    page.get_by_label("Tên tệp").fill("giao-ban-quy-3-2021")
    page.get_by_role("button", name="Tạo đề cương").click()
    page.wait_for_url("**/o/giao-ban-quy-3-2021.yaml")
    box(page, "meeting.title").fill(seed_title())
    box(page, "meeting.date").fill("31/02/2021")
    for name, text in SEED_003.items():
        box(page, name).fill(text)
    for key, rows in ROWS.items():
        for i, row in enumerate(rows):
            add_row(page, key, i)
            for sub, text in row.items():
                box(page, f"{key}.{i}.{sub}").fill(text)
    page.get_by_role("button", name="Lưu", exact=True).first.click()
    expect(page.locator("#e-f-meeting-date")).to_contain_text("không tồn tại")
    expect(page.locator("#status")).to_contain_text("Chưa lưu")
    assert not (folder / "giao-ban-quy-3-2021.yaml").exists()
    assert box(page, "chair.name").input_value() == "Rah Lan Thuận"  # nothing she typed is lost

    box(page, "meeting.date").fill("26/8/2021")
    box(page, "meeting.date").press("Enter")  # Enter saves too
    expect(page.locator("#status")).to_contain_text("Đã lưu.")
    expect(page.locator("#e-f-meeting-date")).to_be_empty()
    assert page.evaluate("document.activeElement.id") == "f-meeting-date"  # the box keeps its focus
    outline = load_outline(folder / "giao-ban-quy-3-2021.yaml")
    assert outline.meeting.date.day == 26 and outline.guests[0].name == "Kpă Ngun"
    assert [t.text for t in outline.tasks] == ["Tổ chức Ngày hội Đại đoàn kết toàn dân tộc"]

    if PREVIEW:
        expect(page.locator("#preview img.page").first).to_be_visible(timeout=patience(120) * 1000)
        expect(page.locator("#preview .count")).to_contain_text("trang")
    out = shots(tmp_path)
    page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
    page.screenshot(path=str(out / "form-desktop.png"))
    page.set_viewport_size({"width": 360, "height": 780})
    page.evaluate("window.scrollTo(0, 0)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways scrolling
    page.screenshot(path=str(out / "form-phone.png"))
    if PREVIEW:
        page.locator("#preview").scroll_into_view_if_needed()
        page.screenshot(path=str(out / "preview-phone.png"))
    page.set_viewport_size({"width": 1366, "height": 900})

    with page.expect_download() as download:
        page.get_by_role("link", name="Tải .docx").click()
    document = docx.Document(download.value.path())
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BIÊN BẢN" in text and "Rah Lan Thuận" in text and "Kpă Ngun" in text
    assert "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc" in text


def test_roll_an_outline_over_to_the_next_period(page, live, example, folder):
    page.goto(live + "/")
    expect(page.locator("table.outlines")).to_contain_text("Hợp lệ")
    page.get_by_role("button", name="Lập đề cương kỳ sau").first.click()
    page.wait_for_url("**/o/mat-tran-giao-ban-quy-4-2021.yaml")
    expect(box(page, "meeting.period")).to_have_value("Q4/2021")
    made = load_outline(folder / "mat-tran-giao-ban-quy-4-2021.yaml")
    assert made.meeting.title.endswith("quý IV năm 2021") and made.review


def test_two_tabs_the_second_save_is_refused_and_keeps_her_text(page, live, example):
    other = page.context.new_page()
    for tab in (page, other):
        tab.goto(f"{live}/o/{EXAMPLE_NAME}")
    box(page, "meeting.location").fill("Hội trường A")
    page.get_by_role("button", name="Lưu", exact=True).first.click()
    expect(page.locator("#status")).to_contain_text("Đã lưu.")
    box(other, "meeting.title").fill("Tiêu đề gõ ở tab thứ hai")
    other.get_by_role("button", name="Lưu", exact=True).first.click()
    expect(other.locator("#status")).to_contain_text("đã được lưu ở nơi khác")
    expect(box(other, "meeting.title")).to_have_value("Tiêu đề gõ ở tab thứ hai")
    text = example.read_text(encoding="utf-8")
    assert "Hội trường A" in text and "Tiêu đề gõ ở tab thứ hai" not in text
    expect(other.locator("#status .differ")).to_contain_text("Địa điểm")  # which fields differ, and who changed them
    other.get_by_role("button", name="Ghi đè bản trên đĩa").click()
    expect(other.locator("#status")).to_contain_text("Đã lưu.")
    text = example.read_text(encoding="utf-8")
    assert "Tiêu đề gõ ở tab thứ hai" in text and "Hội trường A" in text  # the first tab's change is kept
    expect(box(other, "meeting.location")).to_have_value("Hội trường A")


def test_keyboard_only_adds_a_row_and_types_into_it(page, live, example):
    page.goto(f"{live}/o/{EXAMPLE_NAME}")
    page.locator("#g-f-recipients > button.add").focus()
    page.keyboard.press("Enter")
    new = box(page, "recipients.5.text")
    expect(new).to_be_focused()
    page.keyboard.type("Văn phòng Huyện ủy")
    page.keyboard.press("Tab")
    expect(new).to_have_value("Văn phòng Huyện ủy")


def test_the_basics_work_without_javascript(chromium, live, example, folder):
    context = chromium.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{live}/o/{EXAMPLE_NAME}")
        tab.locator("#g-f-recipients > button.add").click()  # a plain POST: the page comes back with a row
        box(tab, "recipients.5.text").fill("Văn phòng Huyện ủy")
        box(tab, "meeting.date").fill("31/02/2021")
        tab.get_by_role("button", name="Lưu", exact=True).first.click()
        expect(tab.locator("#e-f-meeting-date")).to_contain_text("không tồn tại")
        box(tab, "meeting.date").fill("27/8/2021")
        tab.get_by_role("button", name="Lưu", exact=True).first.click()
        expect(tab.locator("#status")).to_contain_text("Đã lưu.")
    finally:
        context.close()
    outline = load_outline(folder / EXAMPLE_NAME)
    assert outline.meeting.date.day == 27 and outline.recipients[-1] == "Văn phòng Huyện ủy"


def test_what_she_types_while_the_preview_refreshes_is_kept_as_typed(page, live, example):
    page.goto(f"{live}/o/{EXAMPLE_NAME}")
    location = box(page, "meeting.location")
    before = location.input_value()
    page.get_by_role("button", name="Lưu", exact=True).first.click()  # a save starts a new preview
    location.focus()
    page.keyboard.press("End")
    typed = ", tầng 2 nhà Ủy ban MTTQ Việt Nam huyện Phú Thiện"
    page.keyboard.type(typed, delay=30)  # while the save answers and the preview is made
    if PREVIEW:
        expect(page.locator("#preview img.page").first).to_be_visible(timeout=patience(120) * 1000)
    expect(location).to_be_focused()
    expect(location).to_have_value(before + typed)  # nothing rewrote it: not NFD, not trimmed, not replaced


# --- typing never lost, the unsaved mark, where the result shows, touch sizes ---

NAME = EXAMPLE_NAME


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
    page.locator("header.top a").first.click()
    expect(page.locator("#unsaved")).to_be_visible()
    assert asked == ["beforeunload"] and page.url.endswith(f"/o/{NAME}")
    page.get_by_role("button", name="Lưu", exact=True).first.click()
    expect(page.locator("#unsaved")).to_be_hidden()
    expect(page.locator("#dl-note")).to_be_hidden()
    page.locator("header.top a").first.click()  # nothing unsaved: no question
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


def test_the_yaml_tab_marks_unsaved_text_and_asks_before_leaving(page, live, example):
    page.goto(f"{live}/o/{NAME}/yaml")
    page.locator("#text").press("End")
    page.keyboard.type("\n# ghi chú mới")
    expect(page.locator("#unsaved")).to_be_visible()
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    page.get_by_role("link", name="Biểu mẫu").click()
    expect(page.locator("#unsaved")).to_be_visible()
    assert asked == ["beforeunload"]
    page.get_by_role("button", name="Lưu", exact=True).click()  # saving leaves without a question
    expect(page.locator("#status")).to_contain_text("Đã lưu.")
    assert "# ghi chú mới" in example.read_text(encoding="utf-8")


def test_a_next_period_note_beside_a_box_goes_when_she_fills_it(page, live, example, folder):
    from minutes import api

    made = api.write_next_outline(example)
    page.goto(f"{live}/o/{made.name}")
    notes = page.locator("#e-f-meeting-date p.warn")
    expect(notes).to_contain_text("ngày họp chưa được điền")
    expect(page.locator("#e-f-meeting-start p.warn")).to_contain_text("giờ bắt đầu chưa được điền")
    box(page, "meeting.date").fill("25/11/2021")
    expect(notes).to_be_hidden()
    page.get_by_role("button", name="Lưu", exact=True).first.click()
    expect(page.locator("#result-top")).to_contain_text("Đã lưu.")
    expect(page.locator("#e-f-meeting-date")).to_be_empty()
    expect(page.locator("#e-f-meeting-start p.warn")).to_contain_text("giờ bắt đầu chưa được điền")  # not yet
    assert "date: 25/11/2021" in made.read_text(encoding="utf-8")
