"""A file that holds several documents (a tờ trình, then the biên bản it submits).

Each document starts with its own Quốc hiệu or tiêu đề followed by a tên loại; :func:`split`
cuts the paragraphs there, and every part is checked as a document of its own (the page
set-up, fonts and line spacing are checked once, for the whole file).
"""

from __future__ import annotations

from dataclasses import replace

from minutes.i18n import _
from minutes.lint.model import OFFICIAL_KEYS, Doc, Finding, key
from minutes.reading.document import TITLES, mark_header

OPENING = OFFICIAL_KEYS - {"doclaptudohanhphuc"}


def split(doc: Doc) -> list[Doc]:
    """Return the documents in ``doc``: itself when it holds one."""
    doc.attached = _attached(doc, opened=True)
    if doc.title is None:
        return [doc]
    starts = [0]
    first_title = doc.paras.index(doc.title)
    for i in range(first_title + 1, len(doc.paras)):
        p = doc.paras[i]
        if p.tag or not any(key(s) in OPENING for s, _, _ in p.segments()):
            continue
        if i - starts[-1] > 10 and _title_follows(doc, i):
            starts.append(_top(doc, i))
    if len(starts) == 1:
        return [doc]
    parts = []
    for number, (a, b) in enumerate(zip(starts, starts[1:] + [len(doc.paras)]), 1):
        part = Doc(doc.document, doc.style, doc.paras[a:b], doc.page_paras, doc.defaults,
                   used_styles=doc.used_styles, pages=doc.pages, part=number)
        for p in part.paras:
            p.header = False
        mark_header(part)
        part.attached = _attached(part, opened=number == 1)
        parts.append(part)
    return parts


def _attached(part: Doc, opened: bool = False) -> bool:
    """True for a document issued with the one before it: "(Ban hành kèm theo Quyết định số …)" under
    its title. It has no số, date, Nơi nhận or signature of its own. The first document of a file
    (``opened``) is one only when that line is the bracketed note itself: a quyết định's own
    "Ban hành kèm theo Quyết định này …" does not count."""
    if part.title is not None:
        start = part.paras.index(part.title)
    elif opened:  # a title the reader does not know ("ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)"): look under the header
        start = next((i for i, p in enumerate(part.paras) if not p.header and p.clean), len(part.paras))
    else:
        return False
    return any("kèm theo" in p.clean.lower() and (not opened or p.clean.startswith("("))
               for p in part.paras[start:start + 6])


def _title_follows(doc: Doc, i: int) -> bool:
    return any(p.tc is None and p.clean and key(p.clean) in TITLES | {"bienban"} or key(p.clean).startswith("bienban")
               for p in doc.paras[i + 1:i + 12])


def _top(doc: Doc, i: int) -> int:
    """Return where the document whose title line is paragraph ``i`` starts: with its header row."""
    p = doc.paras[i]
    if p.row is None:
        return i
    while i > 0 and doc.paras[i - 1].row is p.row:
        i -= 1
    return i


def locate(findings: list[Finding], part: Doc) -> list[Finding]:
    """Prefix where each finding is with the part's number ("văn bản 2, …") when the file holds several."""
    if part.part == 1:
        return findings
    return [replace(f, where=_("văn bản {part}, {where}").format(
        part=part.part, where=f.where) if f.where else _("văn bản {part}").format(
        part=part.part))
            for f in findings]
