"""A user's template runs in a child process with CPU, memory and time limits the system
enforces: a looping or memory-hungry template ends with a message, in a worker thread as
in the main one, and nothing of it keeps running."""

from __future__ import annotations

import os
import resource
import threading
from pathlib import Path
from types import SimpleNamespace

import docx
import pytest
from conftest import ROOT, processes_below

MINIMAL = ROOT / "examples" / "toi-thieu.yaml"
LOOP = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
MEMORY = '{% set s = "a" * 3000000 %}{{ (s|replace("a", "' + "b" * 400 + '"))|length }}'


def template_with(folder: Path, text: str) -> Path:
    """The state biên bản with ``text`` as its title paragraph."""
    target = folder / "mau.docx"
    document = docx.Document(str(ROOT / "templates" / "bien-ban.state.docx"))
    paragraph = next(p for p in document.paragraphs if "trich_yeu" in p.text)
    paragraph.runs[0].text = text
    for run in paragraph.runs[1:]:
        run.text = ""
    document.save(str(target))
    return target


def descendants() -> set[int]:
    """The processes below this one, except the fork server and resource tracker multiprocessing keeps."""
    return processes_below(os.getpid())


@pytest.fixture
def tight(monkeypatch):
    """Tight limits for the isolated render; ``tight.left()`` lists the processes this test
    started that still run (what other tests keep for the session, a browser or a database
    server, is not this test's)."""
    from minutes.docx import isolate, render

    before = descendants()

    monkeypatch.setattr(isolate, "CPU_SECONDS", 2)
    monkeypatch.setattr(isolate, "WALL_SECONDS", 20)
    monkeypatch.setattr(isolate, "MEMORY_BYTES", 700 * 2**20)
    monkeypatch.setattr(render, "RENDER_SECONDS", 600)  # the child's CPU limit is what stops it
    return SimpleNamespace(left=lambda: descendants() - before)


def test_a_looping_template_stops_at_its_cpu_limit_in_the_cli(invoke, tmp_path, tight):
    template = template_with(tmp_path, LOOP)
    result = invoke("render", MINIMAL, "-t", template, "-o", tmp_path / "x.docx")
    assert result.exit_code == 1 and "giây CPU nên đã bị dừng" in result.stderr, result.output
    assert "Traceback" not in result.output and not (tmp_path / "x.docx").exists()
    assert tight.left() == set()


def test_templates_check_of_a_looping_template_stops_too(invoke, tmp_path, tight):
    result = invoke("templates", "check", template_with(tmp_path, LOOP))
    assert result.exit_code == 1 and "giây CPU" in result.stderr, result.output
    assert tight.left() == set()


def test_a_looping_template_stops_in_a_worker_thread(tmp_path, tight):
    """The web renders in worker threads, where a SIGALRM timer never fires."""
    from minutes.docx.render import render_bytes
    from minutes.errors import TemplateError
    from minutes.outline import load_outline

    outline, template, said = load_outline(MINIMAL), str(template_with(tmp_path, LOOP)), []

    def work():
        try:
            render_bytes(outline, template)
        except TemplateError as exc:
            said.append(str(exc))

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "the render in a worker thread never ended"
    assert said and "giây CPU" in said[0]
    assert tight.left() == set()


def test_a_memory_hungry_template_is_stopped_by_the_system_not_the_renderer(invoke, tmp_path, tight):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = invoke("render", MINIMAL, "-t", template_with(tmp_path, MEMORY), "-o", tmp_path / "x.docx")
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before  # KiB
    assert result.exit_code == 1 and "quá nhiều bộ nhớ" in result.stderr, result.output  # 1.2 GB refused by the OS
    assert grown < 300 * 1024, f"the renderer's own process grew by {grown // 1024} MiB"
    assert tight.left() == set()


def test_a_user_template_still_renders(invoke, tmp_path):
    template = template_with(tmp_path, "{{ trich_yeu|upper }}")
    result = invoke("render", MINIMAL, "-t", template, "-o", tmp_path / "x.docx")
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "x.docx")).paragraphs)
    assert "BIÊN BẢN" in text or text.isupper() or any(p.isupper() for p in text.split("\n") if p)
