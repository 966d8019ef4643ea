"""The form's preview does no work twice and never shows a page that is not the saved one.

A page's URL names its picture (a key of its pixels): a save that changes page 1 only gives
page 1 a new URL, and the browser keeps its copies of the others; an unchanged .docx is not
converted again; a preview that waited its turn makes the newest saved version. Each page
sent is compared, pixel for pixel, with the page of a fresh conversion of the file on disk.
"""

from __future__ import annotations

import re
import subprocess
import threading
import time
import zlib
from pathlib import Path

import pytest
from conftest import has_pdf_tools
from patience import patience
from webfixtures import *  # noqa: F403 (the fixtures)
from webhelpers import form_values

from minutes.pdf.server import WarmOffice

NAME = "mat-tran-giao-ban-quy-3-2021.yaml"
needs_tools = pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")


class CountingOffice(WarmOffice):
    """A warm LibreOffice that counts its conversions."""

    def __init__(self):
        super().__init__()
        self.conversions = 0

    def convert(self, docx, pdf):
        self.conversions += 1
        return super().convert(docx, pdf)


@pytest.fixture
def office_client(folder, example):
    """A test client whose server converts with LibreOffice (counted), and that office."""
    from starlette.testclient import TestClient

    from minutes.web.app import create_app

    office = CountingOffice()
    app = create_app(folder)
    app.state.site.office = office
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        yield test_client, office
    office.close()


def save(client, values: dict, location: str) -> dict:
    """Save the form with another meeting place; return the form of the new version."""
    values = {**values, "meeting.location": location}
    answer = client.post(f"/o/{NAME}/save", data=values, headers={"HX-Request": "true"})
    assert answer.status_code == 200 and "Đã lưu." in answer.text, answer.text[:300]
    values["_version"] = re.search(r'id="version" value="([^"]+)"', answer.text).group(1)
    return values


def preview_urls(client) -> list[str]:
    """The page URLs of the preview the saved form asks for."""
    html = client.get(f"/o/{NAME}/preview", headers={"HX-Request": "true"}).text
    urls = [u.replace("&amp;", "&") for u in re.findall(r'<img src="([^"]+)"', html)]
    assert urls, html[:500]
    return urls


def pixels_of_png(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGB pixels of a PNG as the server writes it (8-bit grey or RGB,
    one IDAT, every row filtered with "none")."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    kind = data[25]
    start = data.index(b"IDAT")
    rows = zlib.decompress(data[start + 4:start + 4 + int.from_bytes(data[start - 4:start], "big")])
    channels = {0: 1, 2: 3}[kind]
    stride = width * channels + 1
    assert all(rows[y * stride] == 0 for y in range(height))
    flat = b"".join(rows[y * stride + 1:(y + 1) * stride] for y in range(height))
    if channels == 1:
        flat = bytes(b for grey in flat for b in (grey, grey, grey))
    return width, height, flat


def fresh_pages(outline: Path, numbers: tuple[int, ...], tmp: Path, office) -> list[tuple[int, int, bytes]]:
    """Pages ``numbers`` of the file at ``outline`` as it is now, rendered and converted apart from
    the preview's files, through pdftoppm at the preview's resolution: width, height, RGB pixels."""
    from minutes.docx.render import render_bytes
    from minutes.outline import load_outline
    from minutes.pdf.convert import convert_to_pdf

    tmp.mkdir()
    docx = tmp / "check.docx"
    docx.write_bytes(render_bytes(load_outline(outline)))
    pdf = convert_to_pdf([docx], tmp, office=office, plain=True)[0]
    found = []
    for number in numbers:
        pages = ["-f", str(number), "-l", str(number)]
        subprocess.run(["pdftoppm", "-r", "70", *pages, str(pdf), str(tmp / f"p{number}")], check=True,
                       capture_output=True)
        _, size, _, flat = next(tmp.glob(f"p{number}-*.ppm")).read_bytes().split(b"\n", 3)
        width, height = map(int, size.split())
        found.append((width, height, flat[:width * height * 3]))
    return found


@pytest.mark.pdf
@needs_tools
def test_only_the_changed_page_gets_a_new_url_and_every_page_sent_is_the_saved_one(office_client, example,
                                                                                   tmp_path):
    client, office = office_client
    values = save(client, form_values(client.get(f"/o/{NAME}").text), "Phòng họp số 1")
    first = preview_urls(client)
    values = save(client, values, "Hội trường lớn của Ủy ban")
    second = preview_urls(client)
    assert len(first) == len(second) == 4
    assert first[0] != second[0] and first[1:] == second[1:]  # the place is printed on page 1 only
    assert office.conversions == 2

    sent, kept = client.get(second[0]), client.get(second[3])
    assert sent.headers["cache-control"].startswith("private, max-age=")  # a picture that never changes
    assert [pixels_of_png(sent.content), pixels_of_png(kept.content)] == fresh_pages(example, (1, 4),
                                                                                     tmp_path / "fresh", office)

    stale = client.get(first[0])  # an old page's URL: today's picture, and not to be kept under that URL
    assert stale.headers["cache-control"] == "no-store" and stale.content == sent.content


@pytest.mark.pdf
@needs_tools
def test_an_edit_that_prints_the_same_runs_no_libreoffice(office_client, example):
    client, office = office_client
    client.get(f"/o/{NAME}")
    before = preview_urls(client)
    assert office.conversions == 1
    page = form_values(client.get(f"/o/{NAME}/yaml").text, "yaml")
    page["text"] = page["text"] + "# ghi chú của thư ký, không in ra\n"
    assert client.post(f"/o/{NAME}/yaml", data=page).status_code == 200
    assert example.read_text(encoding="utf-8").endswith("không in ra\n")
    assert preview_urls(client) == before and office.conversions == 1


def waiting(thread: threading.Thread) -> bool:
    """Whether ``thread`` is asleep in the kernel (here: on the preview's lock)."""
    try:
        state = Path(f"/proc/self/task/{thread.native_id}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state == "S"


@pytest.mark.pdf
@needs_tools
def test_a_preview_that_waited_its_turn_makes_the_newest_version_once(office_client, example):
    from minutes.web import editing, preview

    client, office = office_client
    values = save(client, form_values(client.get(f"/o/{NAME}").text), "Phòng họp số 1")
    site = client.app.state.site
    asked = editing.State({}, "")
    with site.lock(f"preview:{NAME}"):  # another preview of this outline is being made
        queued = threading.Thread(target=preview.panel, args=(site, example, asked))
        queued.start()
        deadline = time.monotonic() + patience(10)
        quiet = 0
        while quiet < 20:  # asleep on the lock, seen twenty times in a row
            quiet = quiet + 1 if waiting(queued) else 0
            assert time.monotonic() < deadline
            time.sleep(0.005)
        save(client, values, "Hội trường lớn của Ủy ban")  # saved while that preview waits
    queued.join(patience(120))
    assert not queued.is_alive()
    assert asked.pages == preview_urls(client)  # the newest version, asked for by both
    assert office.conversions == 1


def test_a_file_broken_on_disk_after_a_clean_save_is_still_refused_with_the_yaml_message(client, example):
    values = save(client, form_values(client.get(f"/o/{NAME}").text), "Phòng 2")  # checked clean
    example.write_text(example.read_text(encoding="utf-8") + "meeting: [\n", encoding="utf-8")  # edited elsewhere
    answer = client.post(f"/o/{NAME}/save", data=values)
    assert answer.status_code != 500 and "lỗi cú pháp YAML" in answer.text
    assert example.read_text(encoding="utf-8").endswith("meeting: [\n")


def test_a_save_after_a_clean_save_edits_the_tree_already_read_and_writes_the_same(client, example, monkeypatch):
    from minutes import api

    parsed = []
    real = api.outline_tree
    monkeypatch.setattr(api, "outline_tree", lambda *a, **k: parsed.append(a[1]) or real(*a, **k))
    values = form_values(client.get(f"/o/{NAME}").text)
    parsed.clear()
    values = save(client, values, "Phòng 2")
    assert parsed == [NAME]  # the file as it was on disk: read once
    values = save(client, values, "Phòng 3")
    assert parsed == [NAME]  # the text this server has just saved and checked: its tree is edited, not read again
    reused = example.read_text(encoding="utf-8")
    client.app.state.site.checked.clear()  # as a server that did not save it: the file is read from disk
    example.write_text(reused.replace("Phòng 3", "Phòng 2"), encoding="utf-8")
    values = form_values(client.get(f"/o/{NAME}").text)
    parsed.clear()
    save(client, values, "Phòng 3")
    assert parsed == [NAME] and example.read_text(encoding="utf-8") == reused
