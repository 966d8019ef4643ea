"""Property: whatever a received .docx holds, ``import`` and ``lint`` cost a bounded amount of
CPU and memory per byte of the file.

Hypothesis builds small hostile packages (zip structure, many parts, XML depth and size,
style graphs with chains and circles, headers); each is read in a fresh process that measures
its own CPU time with ``resource.getrusage`` and its peak memory, plus what the limited child
that does the reading reports for each call (:func:`minutes.docx.isolate.last_usage`). The
examples are small and few: the bound is what matters, not the size.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile

import hostile_docx as h
from hostile_helpers import ROOT
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

CPU_BASE, CPU_PER_BYTE, CPU_MOST = 3.0, 2e-3, 20.0
"""Allowed CPU seconds for import and lint of one file together: a base plus 2 ms per byte of
the file (deflate expands up to ~1000:1, and reading costs ~2 µs per decompressed byte), and
never more than 20 s (10 s each, the acceptance bound), however large the file."""
MEMORY_BASE, MEMORY_PER_BYTE = 300 * 1024 * 1024, 4096
"""Allowed peak memory: a base plus 4 KB per byte of the file (deflate expands at most ~1000:1,
and the budgets of the safe reader cap what any file may hold)."""

CHILD = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
resource.setrlimit(resource.RLIMIT_CPU, (30, 31))  # a run past the bound ends soon, and fails
from minutes.errors import MinutesError
from minutes.importer import import_docx
from minutes.lint import lint_document
warm = open(sys.argv[2], "rb").read()  # an ordinary .docx first: the lazy imports are not measured
import_docx(warm, name="warm.docx")
lint_document(warm)
from minutes.docx.isolate import last_usage
data = open(sys.argv[1], "rb").read()
start = resource.getrusage(resource.RUSAGE_SELF)
said, child_cpu, child_peak = [], 0.0, 0
for work in (lambda: import_docx(data, name="x.docx"), lambda: lint_document(data)):
    before = last_usage()
    try:
        work()
        said.append("ok")
    except MinutesError as exc:
        said.append(str(exc)[:200])
    usage = last_usage()
    if usage is not before:  # the reading ran in the child and answered: its figures
        child_cpu, child_peak = child_cpu + usage.cpu, max(child_peak, usage.peak)
end = resource.getrusage(resource.RUSAGE_SELF)
cpu = end.ru_utime + end.ru_stime - start.ru_utime - start.ru_stime + child_cpu
print(json.dumps({"cpu": cpu, "rss": max(end.ru_maxrss * 1024, child_peak), "said": said}))
"""


def _depth(depth: int) -> bytes:
    """A paragraph inside ``depth`` nested tables."""
    return (b"<w:tbl><w:tr><w:tc>" * depth + b"<w:p><w:r><w:t>s\xc3\xa2u</w:t></w:r></w:p>"
            + b"</w:tc></w:tr></w:tbl>" * depth)


@st.composite
def hostile_docx(draw) -> bytes:
    """One hostile package; the strategy mixes the shapes the issue met."""
    kind = draw(st.sampled_from(["body", "styles", "headers", "parts", "depth", "row", "zip"]))
    if kind == "body":
        unit = draw(st.sampled_from([b"<w:p/>", b"<w:p><w:r><w:t>a</w:t></w:r></w:p>", b"<w:r><w:t>b</w:t></w:r>"]))
        count = draw(st.integers(1, 200_000))
        body = unit * count
        return h.package(h.document_xml(h.TITLE + (body if unit.startswith(b"<w:p") else b"<w:p>" + body + b"</w:p>")))
    if kind == "styles":
        count = draw(st.integers(2, 4000))
        edges = draw(st.lists(st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)), max_size=50))
        chain = [(i, i + 1) for i in range(draw(st.integers(0, count - 1)))]
        return h.style_graph(chain + edges, count, used=draw(st.integers(0, count - 1)))
    if kind == "headers":
        return h.many_headers(draw(st.integers(1, 130)), draw(st.integers(10, 100_000)))
    if kind == "parts":
        parts = draw(st.integers(10, 7000))
        return h.lying_count(parts, draw(st.integers(1, parts)))
    if kind == "row":
        return h.wide_row(draw(st.integers(1, 30_000)))
    if kind == "depth":
        return h.package(h.document_xml(h.TITLE + _depth(draw(st.integers(1, 400)))))
    data = bytearray(h.plain(draw(st.integers(1, 50))))  # zip structure: bytes flipped anywhere
    for at, value in draw(st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)), max_size=8)):
        data[at] = value
    return bytes(data)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=hostile_docx())
@example(data=h.style_cycle())  # the shapes the issue met are always among the examples
@example(data=h.wide_row(20_000))
def test_import_and_lint_cost_is_bounded_per_input_byte(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("prop") / "x.docx"
    path.write_bytes(data)
    warm = ROOT / "templates" / "bien-ban.state.docx"
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(warm)], capture_output=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    found = json.loads(result.stdout.decode().splitlines()[-1])
    assert found["cpu"] <= min(CPU_BASE + CPU_PER_BYTE * len(data), CPU_MOST), (found, len(data))
    assert found["rss"] <= MEMORY_BASE + MEMORY_PER_BYTE * len(data), (found, len(data))
    assert all("Traceback" not in said and "object at 0x" not in said for said in found["said"]), found
    assert not any("vượt giới hạn" in said for said in found["said"]), found  # a child killed: not bounded


def test_the_generated_files_are_packages_python_docx_would_open():
    """The builders make real packages (else the property would test only the zip reader)."""
    import docx

    for data in (h.plain(), h.style_cycle(), h.package(h.document_xml(h.TITLE + _depth(3)))):
        assert zipfile.is_zipfile(io.BytesIO(data))
        assert "BIÊN BẢN" in "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
