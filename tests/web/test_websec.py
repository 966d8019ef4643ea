"""The server holds against an attacker: every path a user names stays in the folder and is
refused before it is opened, templates render in a limited child, login off the loopback is
hardened, the server says only what it made, no input gives a 500, and the server is bounded."""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
import urllib.request
from pathlib import Path

import docx
import pytest
from starlette.testclient import TestClient
from webfixtures import *  # noqa: F403 (the fixtures)
from webfixtures import BASE, EXAMPLE, ROOT

from minutes.web.app import create_app

NAME = EXAMPLE.name
SECRET = "NỘI DUNG BÍ MẬT 7731"
LOOP = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"


def csrf(client: TestClient, url: str = "/") -> str:
    return re.search(r'name="_csrf" value="([^"]+)"', client.get(url).text).group(1)


def template_saying(path: Path, text: str) -> Path:
    """A copy of the state biên bản whose title paragraph is ``text``."""
    document = docx.Document(str(ROOT / "templates" / "bien-ban.state.docx"))
    paragraph = next(p for p in document.paragraphs if "trich_yeu" in p.text)
    paragraph.runs[0].text = text
    for run in paragraph.runs[1:]:
        run.text = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def outline_with(folder: Path, extra: str, name: str = "hop.yaml") -> Path:
    """The example outline with ``extra`` top-level YAML put first."""
    path = folder / name
    path.write_text(extra + EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def docx_text(data: bytes) -> str:
    import io

    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


# --- 22.1: template -------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["../ngoai/mat.docx", "{outside}", "~/mat.docx", "lien-ket.docx"])
def test_a_template_outside_the_folder_is_refused_before_it_is_read(client, folder, tmp_path, value, monkeypatch):
    secret = template_saying(tmp_path / "ngoai" / "mat.docx", SECRET)
    monkeypatch.setenv("HOME", str(tmp_path / "ngoai"))
    os.symlink(secret, folder / "lien-ket.docx")
    outline_with(folder, f"template: '{value.format(outside=secret)}'\n")
    page = client.get("/o/hop.yaml/yaml").text
    assert "ngoài thư mục đề cương" in page
    download = client.get("/o/hop.yaml/download/docx")
    assert download.status_code == 409 and SECRET not in download.text
    assert "attachment" not in download.headers.get("content-disposition", "")


def test_a_template_in_the_folder_is_found_wherever_the_server_was_started(client, folder):
    template_saying(folder / "mau.docx", "MẪU TRONG THƯ MỤC {{ trich_yeu }}")
    outline_with(folder, "template: mau.docx\n")
    assert Path.cwd() != folder
    download = client.get("/o/hop.yaml/download/docx")
    assert download.status_code == 200, download.text
    assert "MẪU TRONG THƯ MỤC" in docx_text(download.content)


# --- 22.2: extends at every depth, the folder page -----------------------------------------

def test_extends_outside_is_refused_before_it_is_read(client, folder, tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "config.yaml").write_text("khoa_bi_mat_9931: 1\n", encoding="utf-8")
    for target in ("/etc/passwd", "../x/config.yaml"):
        outline_with(folder, f"extends: {target}\n")
        page = client.get("/o/hop.yaml/yaml").text
        assert "ngoài thư mục đề cương" in page
        assert "root:" not in page and "khoa_bi_mat_9931" not in page


def test_a_profile_in_the_folder_may_not_reach_out_either(client, folder, tmp_path):
    (tmp_path / "ngoai.yaml").write_text("organization:\n  name: CƠ QUAN BÍ MẬT 5521\n", encoding="utf-8")
    template_saying(tmp_path / "mat.docx", SECRET)
    (folder / "ho-so.yaml").write_text("extends: ../ngoai.yaml\n", encoding="utf-8")
    (folder / "ho-so-2.yaml").write_text(f"template: {tmp_path / 'mat.docx'}\n", encoding="utf-8")
    for profile in ("ho-so.yaml", "ho-so-2.yaml"):
        outline_with(folder, f"extends: {profile}\n")
        assert "ngoài thư mục đề cương" in client.get("/o/hop.yaml/yaml").text
        download = client.get("/o/hop.yaml/download/docx")
        assert download.status_code == 409
        assert "5521" not in download.text and SECRET not in download.text


def test_the_folder_page_does_not_read_links_that_lead_out(client, folder, tmp_path):
    outside = tmp_path / "ngoai.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("title: Hội nghị giao ban", "title: Họp bí mật 4417", 1)
    outside.write_text(text, encoding="utf-8")
    assert "4417" in outside.read_text(encoding="utf-8")
    os.symlink(outside, folder / "lien-ket.yaml")
    page = client.get("/").text
    assert "4417" not in page and "lien-ket.yaml" not in page


def test_in_the_cli_a_template_is_relative_to_the_outline(invoke, tmp_path, monkeypatch):
    folder = tmp_path / "hop"
    template_saying(folder / "mau.docx", "MẪU CỦA ĐỀ CƯƠNG {{ trich_yeu }}")
    outline = outline_with(folder, "template: mau.docx\n")
    monkeypatch.chdir(tmp_path)
    result = invoke("render", outline, "-o", tmp_path / "ra.docx")
    assert result.exit_code == 0, result.output
    assert "MẪU CỦA ĐỀ CƯƠNG" in docx_text((tmp_path / "ra.docx").read_bytes())


# --- 22.3: a looping template ---------------------------------------------------------------

@pytest.fixture
def tight(monkeypatch):
    from minutes.docx import isolate, render

    monkeypatch.setattr(isolate, "CPU_SECONDS", 2)
    monkeypatch.setattr(isolate, "WALL_SECONDS", 20)
    monkeypatch.setattr(render, "RENDER_SECONDS", 600)


def test_a_looping_template_ends_with_a_message_and_the_server_still_answers(client, folder, tight):
    template_saying(folder / "mau.docx", LOOP)
    outline_with(folder, "template: mau.docx\n")
    answers = []
    worker = threading.Thread(target=lambda: answers.append(client.get("/o/hop.yaml/download/docx")), daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "the download of a looping template never ended"
    assert answers[0].status_code == 409 and "giây CPU" in answers[0].text
    assert 'href="/"' in answers[0].text
    assert client.get("/").status_code == 200


# --- 22.4: login ---------------------------------------------------------------------------

STRONG = "mật-khẩu-dài-9f3k"


@pytest.fixture
def remote(folder, example, monkeypatch):
    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    with TestClient(create_app(folder, host="0.0.0.0", token=STRONG), base_url="http://192.0.2.10:8000") as web:
        yield web


def login(web: TestClient, password: str):
    return web.post("/login", data={"password": password, "_csrf": csrf(web, "/login")}, follow_redirects=False)


@pytest.mark.parametrize("token", ["a", " ", "aaaaaaaaaaaaaaaa", "ngan-qua", " khoảng-trắng-đầu"])
def test_weak_tokens_are_refused_with_a_message(invoke, folder, token):
    with pytest.raises(ValueError):
        create_app(folder, host="0.0.0.0", token=token)
    result = invoke("serve", folder, "--host", "0.0.0.0", "--token", token, "--no-open")  # refused before serving
    assert result.exit_code == 1 and "mật khẩu" in result.stderr and "Traceback" not in result.output


def test_login_attempts_are_limited_per_client_and_logged_without_the_token(remote, caplog):
    caplog.set_level(logging.WARNING, logger="minutes.web")
    statuses = [login(remote, f"doan-sai-{i}").status_code for i in range(12)]
    assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]
    assert login(remote, STRONG).status_code == 429  # even the right one, until the window passes
    failures = [r.getMessage() for r in caplog.records if "đăng nhập sai" in r.getMessage()]
    assert len(failures) == 10 and all("doan-sai" not in text for text in failures)
    assert all("doan-sai" not in r.getMessage() and STRONG not in r.getMessage() for r in caplog.records)


def test_the_session_is_renewed_at_login_so_a_planted_cookie_stays_logged_out(remote, folder):
    planted = remote.cookies.get("minutes_session") or (remote.get("/login") and remote.cookies.get("minutes_session"))
    assert login(remote, STRONG).status_code == 303
    renewed = remote.cookies.get("minutes_session")
    assert renewed and renewed != planted
    with TestClient(remote.app, base_url="http://192.0.2.10:8000", cookies={"minutes_session": planted}) as other:
        assert other.get("/", follow_redirects=False).status_code == 303  # the planted cookie is not logged in
    assert remote.get("/", follow_redirects=False).status_code == 200


def test_logout_and_idle_expiry_end_the_session(remote, monkeypatch):
    from minutes.web import security

    login(remote, STRONG)
    page = remote.get("/")
    assert page.status_code == 200 and 'action="/logout"' in page.text
    token = re.search(r'name="_csrf" value="([^"]+)"', page.text).group(1)
    assert remote.post("/logout", data={"_csrf": token}, follow_redirects=False).status_code == 303
    assert remote.get("/", follow_redirects=False).headers["location"] == "/login"
    login(remote, STRONG)
    assert remote.get("/", follow_redirects=False).status_code == 200
    monkeypatch.setattr(security, "IDLE_SECONDS", -1)
    assert remote.get("/", follow_redirects=False).headers["location"] == "/login"


def test_serve_names_an_address_other_machines_can_use():
    from minutes.web.server import _addresses_for_others

    assert _addresses_for_others("192.0.2.7", 8123) == ["http://192.0.2.7:8123/"]
    assert _addresses_for_others("127.0.0.1", 8123) == []
    assert all("127.0.0.1" not in a for a in _addresses_for_others("0.0.0.0", 8123))


# --- 22.5: server paths and reflected text ----------------------------------------------------

def test_no_server_path_shows_in_problems(client, folder):
    outline_with(folder, "extends: khong-co.yaml\n")
    for url in ("/o/hop.yaml/yaml", "/o/hop.yaml", "/"):
        text = client.get(url).text
        assert str(folder) not in text and str(folder.parent) not in text, url
    assert "khong-co.yaml" in client.get("/o/hop.yaml/yaml").text


@pytest.mark.parametrize("url", ["/?m=Mật+khẩu+đã+đổi,+hãy+gọi+0900", f"/o/{NAME}?m=Mật+khẩu+đã+đổi,+hãy+gọi+0900"])
def test_no_text_from_the_url_is_shown_as_a_message(client, example, url):
    page = client.get(url).text
    assert "0900" not in page and "Mật khẩu đã đổi" not in page


def test_the_new_outline_redirect_is_encoded(client, example, folder):
    shutil.copy(example, folder / "hồ sơ & chung.yaml")
    response = client.post("/new", data={"filename": "mới #1", "profile": "hồ sơ & chung.yaml", "_csrf": csrf(client)},
                           follow_redirects=False)
    location = response.headers["location"]
    assert " " not in location and "#" not in location and "&chung" not in location
    page = client.get(location)
    assert page.status_code == 200 and "hồ sơ &amp; chung.yaml" in page.text


# --- 22.12: no 500 for any input ------------------------------------------------------------

def test_an_outline_over_one_mebibyte_in_the_folder(client, folder, example):
    (folder / "lon.yaml").write_bytes(b"# " + b"x" * (1 << 20) + b"\n")
    assert client.get("/").status_code == 200
    for url in ("/o/lon.yaml", "/o/lon.yaml/yaml", "/o/lon.yaml/preview", "/o/lon.yaml/download/docx"):
        response = client.get(url)
        assert response.status_code < 500 and 'href="/"' in response.text, url


def test_long_and_odd_names(client, example):
    token = csrf(client)
    for name in ("ạ" * 100 + ".yaml", "a" * 300 + ".yaml"):
        assert client.get(f"/o/{name}").status_code == 404
        assert client.post("/new", data={"filename": name, "_csrf": token}).status_code == 200
    for filename in ("a" * 300 + ".docx", "x\x00y.docx", "ạ" * 200 + ".docx"):
        files = {"docx": (filename, b"PK\x03\x04 not a docx", "application/octet-stream")}
        response = client.post("/import", data={"_csrf": token}, files=files)
        assert response.status_code < 500 and 'href="/"' in response.text, filename


def test_dead_ends_have_a_way_back(client, folder, example):
    token = csrf(client)
    big = client.post("/import", data={"_csrf": token}, files={"docx": ("x.docx", b"0" * (11 << 20))})
    assert big.status_code == 413 and 'href="/"' in big.text and "<html" in big.text
    outline_with(folder, "style: khong-co-the-thuc\n")
    bad = client.get("/o/hop.yaml/download/docx")
    assert bad.status_code == 409 and 'href="/"' in bad.text and 'href="/o/hop.yaml"' in bad.text


HOSTILE = ["", ".", "..", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%2fetc%2fpasswd.yaml", "a" * 300 + ".yaml",
           "ạ" * 120 + ".yaml", "%00.yaml", "x%00.yaml", "<script>.yaml", "%25s%25n.yaml", "khong-co.yaml",
           "%ff%fe.yaml", "x.yaml%0d%0aSet-Cookie:%20a=b", "CON.yaml", "~root.yaml", "-1", "9" * 40]
ROUTES = ["/o/{v}", "/o/{v}/yaml", "/o/{v}/preview", "/o/{v}/download/docx", "/o/{v}/download/{v}",
          "/o/{v}/page/1.png", f"/o/{NAME}/page/{{v}}.png", "/?m={v}", f"/o/{NAME}?m={{v}}",
          f"/o/{NAME}?extends={{v}}", "/static/{v}", "/{v}"]
POSTS = ["/o/{v}/save", "/o/{v}/edit", "/o/{v}/yaml", "/o/{v}/next", "/new", "/import", "/login", "/logout"]


def test_every_route_answers_hostile_values_with_a_page_and_a_way_back(client, example, folder):
    before = set(folder.iterdir())
    token = csrf(client)
    for route in ROUTES:
        for value in HOSTILE:
            response = client.get(route.format(v=value), follow_redirects=True)
            assert response.status_code < 500, (route, value)
            if response.status_code >= 400 and response.headers["content-type"].startswith("text/html"):
                assert 'href="/"' in response.text and 'lang="vi"' in response.text, (route, value)
    for route in POSTS:
        for value in HOSTILE:
            fields = {"_csrf": token, "filename": value, "profile": value, "text": value, "_op": value,
                      "_version": value, "password": value, "meeting.title": value, "_action": value}
            response = client.post(route.format(v=value), data=fields, follow_redirects=True)
            assert response.status_code < 500, (route, value)
            if response.headers.get("content-type", "").startswith("text/html"):
                assert 'href="/"' in response.text, (route, value)
    register = {p for p in folder.iterdir() if p.name.startswith("so-dang-ky.sqlite")}  # the index, by design
    assert set(folder.iterdir()) - before - register <= {folder / "mat-tran-giao-ban-quy-4-2021.yaml"}


# --- 23.13: bounds ---------------------------------------------------------------------------

def test_requests_for_outlines_that_do_not_exist_create_nothing(client, example):
    site = client.app.state.site
    before = set(site.cache.iterdir())
    for i in range(20):
        client.get(f"/o/khong-co-{i}.yaml/page/1.png")
        client.get(f"/o/khong-co-{i}.yaml/preview")
        client.get(f"/o/khong-co-{i}.yaml")
    assert set(site.cache.iterdir()) == before


def test_pdf_downloads_go_through_a_small_queued_pool(live, example, monkeypatch):
    from minutes import api

    inside, most, lock, release = [0], [0], threading.Lock(), threading.Event()

    def converting(docx_files, *args, **kwargs):
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        release.wait(60)
        with lock:
            inside[0] -= 1
        pdf = Path(docx_files[0]).with_suffix(".pdf")
        pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
        return [pdf], []

    monkeypatch.setattr(api, "make_pdfs", converting)
    results = []

    def fetch():
        with urllib.request.urlopen(f"{live}/o/{NAME}/download/pdf", timeout=120) as response:
            results.append(response.status)

    workers = [threading.Thread(target=fetch, daemon=True) for _ in range(8)]
    for worker in workers:
        worker.start()
    event = threading.Event()
    for _ in range(100):  # wait until two conversions run, and give a third a chance to start
        if most[0] >= 2 and event.wait(0.05) is False and most[0] >= 2:
            break
        event.wait(0.05)
    release.set()
    for worker in workers:
        worker.join(120)
    assert results == [200] * 8 and most[0] == 2


@pytest.mark.pdf
def test_the_preview_of_a_looping_template_ends_with_a_message(folder, tight):
    from minutes import api

    if api.preview_missing():
        pytest.skip(api.preview_missing())
    template_saying(folder / "mau.docx", LOOP)
    outline_with(folder, "template: mau.docx\n")
    with TestClient(create_app(folder), base_url=BASE) as web:
        answers = []
        worker = threading.Thread(target=lambda: answers.append(web.get("/o/hop.yaml/preview")), daemon=True)
        worker.start()
        worker.join(120)
        assert not worker.is_alive(), "the preview of a looping template never ended"
        assert answers[0].status_code == 200 and "giây CPU" in answers[0].text
        assert "Không tạo được bản xem trước" in answers[0].text
        assert str(folder) not in answers[0].text  # the template is named relative to the folder
