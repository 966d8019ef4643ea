"""Read a .docx template a user brings without running it: Jinja syntax, and variables the outline cannot fill.

docxtpl turns the document's XML into one Jinja source with a line per
paragraph, so a syntax error's line number tells which paragraph to quote. The
variables are compared with the context of a sample outline that fills every
key, so ``{{ meeting.titel }}`` is reported with "có phải ý bạn là 'title'?".
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, nodes

from minutes.docx.sandbox import BoundedSandbox
from minutes.errors import TemplateError
from minutes.i18n import _

_TAG = re.compile(r"<[^>]+>")


QUOTED = 60
"""How much of a paragraph's text a message quotes to point at it (Word shows no numbers)."""


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One problem in a template: the paragraph it is in (1-based), its text, the message.

    ``unknown`` is the dotted name of a variable the outline does not provide, if that is the problem.
    """

    paragraph: int
    text: str
    message: str
    unknown: str = ""

    def __str__(self) -> str:
        return f"{where(self.text, self.paragraph)}: {self.message}"


def where(text: str, paragraph: int = 0) -> str:
    """Where a paragraph is, for a message: the start of its text, as Word shows it."""
    text = " ".join(text.split())
    if text:
        return _("đoạn “{text}{value}”").format(text=text[:QUOTED], value='…' if len(text) > QUOTED else '')
    return _("đoạn thứ {paragraph} (trống)").format(paragraph=paragraph) if paragraph else _("mẫu")


def sample_context() -> dict:
    """Return the context of an outline that fills every key: what a template may use."""
    from minutes.documents.context import build_context
    from minutes.documents.kinds import DOCUMENTS

    outline = sample_outline()
    context: dict = {}
    for doc in DOCUMENTS:  # the biên bản's context, plus what each other document adds
        context.update(build_context(outline, doc))
    return context


def sample_outline():
    """Return an outline that fills every key."""
    from minutes import model

    person = model.Person("Nguyễn Văn A", "Chức vụ", "vai trò")
    item = model.Item("Nội dung", ("Ý nhỏ",), "Đơn vị", dt.date(2026, 1, 5))
    outline = model.Outline(
        model.Organization("TÊN CƠ QUAN", "CQ", "CƠ QUAN CHỦ QUẢN", "Cơ quan"),
        model.Meeting("Hội nghị", dt.date(2026, 1, 5), dt.time(8), "Hội trường", dt.time(11),
                      period=model.Period("quarter", 2026, 1)),
        person, person, guests=(person,), agenda=(item,), review=(model.ReviewItem("Việc", "Xong"),),
        achievements=(item,), indicators=(model.Indicator("Chỉ tiêu", 1, "đơn vị", 2),),
        discussion=(model.Speech("A", ("Ý kiến",)),), directions=(model.Speech("A", ("Chỉ đạo",)),),
        tasks=(item,), commendations=(model.Commendation(1, "tập thể", "Danh hiệu"),),
        conclusion=(item,), vote=model.Vote(1), recipients=("Nơi nhận",), addressee=("Cấp trên",),
        signer=model.Signer("Nguyễn Văn B", "Chức vụ", "tm", "CƠ QUAN"),
    )
    return outline


def template_source(path: Path) -> list[str]:
    """Return the Jinja source docxtpl renders from ``path``, one entry per source line."""
    import io

    from docxtpl import DocxTemplate

    from minutes.docx.catalog import template_bytes
    from minutes.docx.damage import DAMAGED

    blob = template_bytes(path)  # bounded and checked: TemplateError for a bomb or a non-.docx
    try:
        tpl = DocxTemplate(io.BytesIO(blob))
        tpl.init_docx()
        xml = tpl.patch_xml(tpl.get_xml())
    except DAMAGED as exc:  # a damaged or non-Word file
        raise TemplateError(_("{path}: không đọc được tệp .docx ({exc})").format(path=path, exc=exc)) from exc
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml).splitlines()


def scan(path: Path) -> list[TemplateProblem]:
    """The static checks of a template: Jinja syntax, include/import, internal
    attributes and variables the outline does not provide (none: it looks fine)."""
    lines = template_source(path)
    env = BoundedSandbox()  # parsing refuses include/import as render does
    try:
        tree = env.parse("\n".join(lines))
    except TemplateSyntaxError as exc:
        line = exc.lineno or 0
        return [TemplateProblem(line, _line_text(lines, line), _("lỗi cú pháp Jinja: {message}").format(
            message=exc.message))]
    known = {**env.globals, **sample_context()}  # range, lipsum, namespace… are not misspellings
    found = unsafe_attributes(tree, lines) + unknown_variables(tree, lines, known)
    return found


def unsafe_attributes(tree: nodes.Template, lines: list[str]) -> list[TemplateProblem]:
    """Return the attribute accesses the sandbox refuses: names starting with "_",
    written ``x._y``, ``x['_y']`` or ``x|attr('_y')``."""
    found = [(node.lineno, node.attr) for node in tree.find_all(nodes.Getattr) if node.attr.startswith("_")]
    found += [(node.lineno, node.arg.value) for node in tree.find_all(nodes.Getitem)
              if isinstance(node.arg, nodes.Const) and str(node.arg.value).startswith("_")]
    found += [(node.lineno, node.args[0].value) for node in tree.find_all(nodes.Filter)
              if node.name == "attr" and node.args and isinstance(node.args[0], nodes.Const)
              and str(node.args[0].value).startswith("_")]
    return [TemplateProblem(line, _line_text(lines, line), _("thuộc tính nội bộ '{attr}' không được phép "
                                                             "trong mẫu").format(
        attr=attr))
            for line, attr in sorted(found)]


def _line_text(lines: list[str], lineno: int) -> str:
    return _TAG.sub("", lines[lineno - 1]).strip() if 0 < lineno <= len(lines) else ""


def unknown_variables(tree: nodes.Template, lines: list[str], context: dict) -> list[TemplateProblem]:
    """Return the variables and attributes of ``tree`` that ``context`` does not have."""
    loop_vars = {n.name for f in tree.find_all(nodes.For) for n in f.find_all(nodes.Name) if n.ctx == "store"}
    loop_vars |= {"loop"} | {n.name for a in tree.find_all(nodes.Assign) for n in a.find_all(nodes.Name)
                             if n.ctx == "store"}
    problems, seen = [], set()
    for node in tree.find_all((nodes.Name, nodes.Getattr)):
        name = _dotted(node)
        if not name or name in seen or name.split(".")[0] in loop_vars or "._" in f".{name}":
            continue
        seen.add(name)
        hint = _missing(name, context)
        if hint is not None:
            problems.append(TemplateProblem(node.lineno, _line_text(lines, node.lineno), hint, name))
    return problems


def _dotted(node) -> str:
    """Return "a.b.c" for a Name or a chain of Getattr on a Name; "" otherwise."""
    parts = []
    while isinstance(node, nodes.Getattr):
        parts.append(node.attr)
        node = node.node
    if not isinstance(node, nodes.Name) or node.ctx != "load":
        return ""
    return ".".join([node.name, *reversed(parts)])


def _missing(name: str, context: dict) -> str | None:
    """Return a message when ``name`` cannot be found in ``context``, else None."""
    value: Any = context
    path: list[str] = []
    for part in name.split("."):
        if isinstance(value, dict) and part in value:
            value, path = value[part], [*path, part]
            continue
        if not isinstance(value, dict):
            return None  # an attribute of a value (a string method…): not ours to judge
        close = difflib.get_close_matches(part, list(value), n=1)
        where = ".".join(path) or _("đề cương")
        hint = _("; có phải ý bạn là '{close}'?").format(close=close[0]) if close else ""
        return _("biến '{name}' không có trong {where}{hint}").format(name=name, where=where, hint=hint)
    return None
