"""Security of ``minutes serve``: CSRF, paths, login off the loopback, Host/Origin, CSP, escaping."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from webfixtures import *  # noqa: F403 (the fixtures)
from webhelpers import form_values

from minutes.web.app import create_app
from minutes.web.security import inside

NAME = "mat-tran-giao-ban-quy-3-2021.yaml"
NASTY = Path(__file__).resolve().parents[1] / "data" / "nasty" / "strings.txt"

CHANGING = [f"/o/{NAME}/save", f"/o/{NAME}/edit", f"/o/{NAME}/yaml", f"/o/{NAME}/next", "/new", "/login", "/import"]


@pytest.mark.parametrize("url", CHANGING)
def test_every_changing_request_needs_the_csrf_token(client, example, url):
    before = example.read_bytes()
    values = form_values(client.get(f"/o/{NAME}").text)
    values.pop("_csrf")
    values["meeting.title"] = "Đổi tiêu đề"
    if url == "/login":
        values = {"password": "x"}
    assert client.post(url, data=values).status_code == 403
    assert client.post(url, data={**values, "_csrf": "0" * 32}).status_code == 403
    assert example.read_bytes() == before
    assert len(list(example.parent.iterdir())) == 1


def test_a_token_from_another_session_is_refused(folder, example, client):
    other = TestClient(client.app, base_url="http://127.0.0.1:8000")
    theirs = form_values(other.get(f"/o/{NAME}").text)["_csrf"]
    values = form_values(client.get(f"/o/{NAME}").text)
    assert theirs != values["_csrf"]
    assert client.post(f"/o/{NAME}/save", data={**values, "_csrf": theirs}).status_code == 403


@pytest.mark.parametrize("name", ["..%2Fsecret.yaml", "%2Fetc%2Fpasswd.yaml", "%2E%2E", "sub%2Fx.yaml", ".hidden.yaml",
                                  "x.txt", "%00.yaml"])
def test_paths_stay_inside_the_folder(client, example, name):
    assert client.get(f"/o/{name}").status_code == 404
    assert client.get(f"/o/{name}/download/docx").status_code == 404


def test_a_symlink_leading_out_is_refused(client, folder, tmp_path, example):
    outside = tmp_path / "ngoai.yaml"
    outside.write_bytes(example.read_bytes())
    os.symlink(outside, folder / "lien-ket.yaml")
    assert client.get("/o/lien-ket.yaml").status_code == 404
    assert inside(folder, "lien-ket.yaml") is None
    assert inside(folder, NAME) == folder / NAME


def test_new_outline_names_cannot_leave_the_folder(client, folder, tmp_path):
    token = re.search(r'name="_csrf" value="([^"]+)"', client.get("/").text).group(1)
    response = client.post("/new", data={"filename": "../ra-ngoai", "_csrf": token}, follow_redirects=False)
    assert response.headers["location"].startswith("/?m=")
    assert not (tmp_path / "ra-ngoai.yaml").exists()


def test_off_the_loopback_a_token_is_required(folder):
    with pytest.raises(ValueError):
        create_app(folder, host="0.0.0.0")


def test_off_the_loopback_pages_need_a_login(folder, example, monkeypatch):
    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    app = create_app(folder, host="0.0.0.0", token="mật-khẩu-dài")
    with TestClient(app, base_url="http://192.0.2.10:8000") as web:
        response = web.get("/", follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/login"
        assert web.get(f"/o/{NAME}/download/docx", follow_redirects=False).status_code == 303
        assert web.post(f"/o/{NAME}/save", data={}).status_code == 401
        login = web.get("/login").text
        token = re.search(r'name="_csrf" value="([^"]+)"', login).group(1)
        assert web.post("/login", data={"password": "sai", "_csrf": token}).status_code == 401
        assert web.get("/", follow_redirects=False).status_code == 303
        ok = web.post("/login", data={"password": "mật-khẩu-dài", "_csrf": token}, follow_redirects=False)
        assert ok.status_code == 303
        assert web.get("/").status_code == 200
    cookie = ok.request.headers.get("cookie", "")
    assert "minutes_session" in cookie


def test_the_session_cookie_is_httponly_and_samesite(client):
    header = client.get("/").headers["set-cookie"]
    assert "httponly" in header.lower() and "samesite=strict" in header.lower()


def test_a_foreign_host_header_is_refused_on_the_loopback(client):
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400


def test_a_cross_site_origin_is_refused(client, example):
    values = form_values(client.get(f"/o/{NAME}").text)
    response = client.post(f"/o/{NAME}/save", data=values, headers={"Origin": "http://attacker.example"})
    assert response.status_code == 403


def test_content_security_policy_with_a_nonce_on_every_script(client, example):
    response = client.get(f"/o/{NAME}")
    policy = response.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    scripts = re.findall(r"<script[^>]*>", response.text)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    assert all("src=" in tag for tag in scripts)  # no inline script at all
    assert "style=" not in response.text and "<style" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/").headers["content-security-policy"] != policy  # a fresh nonce


def test_the_nasty_corpus_comes_back_as_text_in_every_field(client, example):
    lines = [line for line in NASTY.read_text(encoding="utf-8").splitlines() if line.strip()]
    values = form_values(client.get(f"/o/{NAME}").text)
    boxes = [k for k in values if not k.startswith("_") and k != "style"]
    nasty = {box: lines[i % len(lines)] for i, box in enumerate(boxes)}
    nasty["meeting.title"] = '<script>alert(1)</script> "><img src=x onerror=alert(1)> {{ 7*7 }}'
    response = client.post(f"/o/{NAME}/save", data={**values, **nasty, "_action": "draft"})
    page = response.text
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    back = form_values(page)
    for box in ("meeting.title", "meeting.location", "organization.name", "agenda.0.text"):
        expected = nasty[box].replace("\r\n", "\n").replace("\r", "\n")
        assert back[box] == expected, box


def test_uploads_over_the_limit_are_refused(client):
    token = re.search(r'name="_csrf" value="([^"]+)"', client.get("/").text).group(1)
    big = b"x" * (11 * 1024 * 1024)
    response = client.post("/import", data={"_csrf": token}, files={"docx": ("a.docx", big)})
    assert response.status_code == 413


def test_tricky_text_is_written_as_yaml_text_and_reads_back_the_same(client, example):
    tricky = ["yes", "null", "- gạch đầu dòng", "a: b # không phải chú thích", "'nháy' \"kép\"", "  thụt đầu",
              "0123", "2025-01-01", "{{ 7*7 }}", "&neo *bí_danh", "!!python/object x", "@ và `"]
    values = form_values(client.get(f"/o/{NAME}").text)
    boxes = ["meeting.location", "organization.in_text", "place", "archive", "agenda.0.text", "agenda.1.text",
             "tasks.0.owner", "guests.0.role", "attendees.absent.0.reason", "recipients.0.text",
             "discussion.0.speaker", "signer.position"]
    sent = dict(zip(boxes, tricky))
    client.post(f"/o/{NAME}/save", data={**values, **sent, "_action": "draft"})
    back = form_values(client.get(f"/o/{NAME}").text)
    assert {box: back[box] for box in boxes} == sent
