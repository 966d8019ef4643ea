"""Render an outline into a .docx, reproducibly and atomically.

A :class:`Renderer` renders each template from its compiled form
(:mod:`minutes.docx.compiled`, kept on disk by :mod:`minutes.docx.cache`), with Jinja
and lxml alone; what that form does not cover, and every template error, goes through
docxtpl and python-docx (imported then only). Both paths run in the same bounded,
sandboxed Jinja environment (:class:`TemplateEnvironment`) and fit the page with the
same passes (:mod:`minutes.docx.fit`), and give the same bytes. :func:`render_bytes`
and :func:`render_document` use one shared renderer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import os
import re
import signal
import threading
from pathlib import Path
from typing import Any

import jinja2
from lxml import etree
from markupsafe import Markup, escape

from minutes.documents.context import build_context
from minutes.docx import catalog, isolate
from minutes.docx.compiled import DAMAGED, Compiled, Unsupported, compile_template
from minutes.docx.fit import fit_page
from minutes.docx.metadata import core_properties
from minutes.docx.ooxml import Page
from minutes.docx.sandbox import BoundedSandbox
from minutes.errors import MinutesError, TemplateError
from minutes.files import write_atomic
from minutes.i18n import N_, _
from minutes.model import Outline

RENDER_SECONDS: float = 30
"""How long one template part may take to render before it is stopped (main thread, POSIX)."""
MAX_PART_BYTES = 20 * 1024 * 1024
"""The most XML one template part may produce: a real biên bản makes well under 1 MB."""


class _Runaway(Exception):
    """Raised inside a render that ran too long; turned into a TemplateError."""


class GuardedTemplate:
    """A compiled template whose render stops on a deadline or at an output limit.

    The sandbox already refuses Python internals and caps ``range``; nested loops
    can still run for hours or build gigabytes. ``render`` streams the output,
    counting it, under a timer.
    """

    def __init__(self, template: jinja2.Template):
        self._template = template

    def render(self, *args, **kwargs) -> str:
        """Return the rendered text, or raise TemplateError when a limit is passed."""
        chunks, size = [], 0
        with _deadline(RENDER_SECONDS), _runtime_errors():
            for chunk in self._template.generate(*args, **kwargs):
                size += len(chunk)
                if size > MAX_PART_BYTES:
                    raise TemplateError(_("mẫu tạo ra văn bản quá lớn (hơn {max_part_bytes} MB); hãy kiểm "
                                          "tra các vòng lặp trong mẫu").format(
                        max_part_bytes=MAX_PART_BYTES // 2**20))
                chunks.append(chunk)
        return "".join(chunks)


@contextlib.contextmanager
def _runtime_errors():
    """Turn what a hostile template can raise at run time into a TemplateError."""
    try:
        yield
    except (ArithmeticError, ValueError, TypeError, LookupError, AttributeError) as exc:
        raise TemplateError(_("mẫu gặp lỗi khi chạy ({kind}: {exc}); hãy kiểm tra biểu thức trong mẫu").format(
            kind=type(exc).__name__, exc=str(exc)[:200])) from None
    except MemoryError:
        raise TemplateError(_("mẫu dùng quá nhiều bộ nhớ nên đã bị dừng; hãy kiểm tra các vòng lặp và phép nhân "
                              "trong mẫu")) from None


@contextlib.contextmanager
def _deadline(seconds: float):
    """Raise TemplateError if the block runs longer than ``seconds`` (POSIX main thread only)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise _Runaway

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Runaway:
        raise TemplateError(_("mẫu chạy quá {seconds:g} giây nên đã bị dừng; hãy kiểm tra các vòng lặp lồng "
                              "nhau trong mẫu").format(seconds=seconds)) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class TemplateEnvironment(BoundedSandbox):
    """The Jinja environment every template is rendered in.

    Sandboxed and bounded (a template cannot reach Python internals nor build
    values without limit: :mod:`minutes.docx.sandbox`), strict (a misspelt
    variable is an error, not an empty string) and autoescaping (``&``, ``<``,
    ``>`` and quotes in any field stay valid XML; :func:`escape_value`). ``from_string``
    compiles a given source once: docxtpl hands it the same XML for every render.
    """

    def __init__(self) -> None:
        super().__init__(undefined=jinja2.StrictUndefined, autoescape=True, finalize=escape_value)
        self._compiled: dict[str, GuardedTemplate] = {}

    def from_string(self, source, globals=None, template_class=None):
        """Return the compiled template for ``source``, compiling it the first time only."""
        if globals or template_class or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        if source not in self._compiled:
            with _deadline(RENDER_SECONDS), _runtime_errors():
                self._compiled[source] = GuardedTemplate(super().from_string(source))
        return self._compiled[source]


_DOCXTPL_MARKS = (("{_", "{&#95;"), ("}_", "}&#95;"), ("%_", "%&#95;"))


def escape_value(value) -> Markup:
    """Escape a value for the XML of a template part, keeping its text whole through
    docxtpl's clean-up.

    docxtpl turns "{_{", "}_}", "{_%" and "%_}" in the rendered XML into "{{", "}}",
    "{%" and "%}" (a template's way of printing Jinja's own marks), so a field typed as
    "{_%" would print as "{%". Writing the underscore after a brace or a percent sign as
    the character reference ``&#95;`` hides it from that replacement; the XML parser
    reads it back as "_".
    """
    text = escape(value)
    if "_" in text:
        for mark, hidden in _DOCXTPL_MARKS:
            text = text.replace(mark, Markup(hidden))
    return text


def environment() -> jinja2.Environment:
    """Return a new template environment (see :class:`TemplateEnvironment`)."""
    return TemplateEnvironment()


@functools.cache
def _docxtpl_class() -> type:
    """docxtpl's template class, as minutes uses it (imported on first use: the compiled
    path needs neither docxtpl nor python-docx)."""
    from docx import Document
    from docxtpl import DocxTemplate

    from minutes.docx.damage import DAMAGED as PACKAGE_DAMAGE

    class _Template(DocxTemplate):
        """A docxtpl template read once from disk whose XML clean-up is done once."""

        docx: Any  # docxtpl's attributes (docxtpl ships no types)
        is_rendered: bool

        def __init__(self, path: Path):
            self._blob = catalog.template_bytes(path)  # bounded and checked (minutes.docx.safezip)
            self._patched: dict[str, str] = {}
            try:
                super().__init__(io.BytesIO(self._blob))
            except PACKAGE_DAMAGE:
                raise TemplateError(_("mẫu {path}: không đọc được tệp .docx; hãy mở bằng Word, lưu lại dạng "
                                      ".docx rồi thử lại").format(
                    path=path)) from None

        def init_docx(self, reload: bool = True):
            """Open a fresh copy of the template package (from memory) for each render."""
            if not self.docx or (self.is_rendered and reload):
                self.docx = Document(io.BytesIO(self._blob))
                self.is_rendered = False

        def patch_xml(self, src_xml: str) -> str:
            """Return docxtpl's cleaned-up XML, computed once per distinct part."""
            if src_xml not in self._patched:
                self._patched[src_xml] = super().patch_xml(src_xml)
            return self._patched[src_xml]

    return _Template


class Renderer:
    """Renders outlines into .docx bytes, compiling each template once.

    A template is compiled (:mod:`minutes.docx.compiled`) on its first use, or read
    compiled from the disk cache (:mod:`minutes.docx.cache`); what the compiled path
    does not cover, and every error, goes through docxtpl as before, so messages are
    docxtpl's path's own.
    """

    def __init__(self) -> None:
        self._templates: dict[tuple, tuple[object, TemplateEnvironment]] = {}
        self._compiled: dict[tuple, Compiled | None] = {}
        self.last_path = ""
        """How the last render went: "compiled" or "docxtpl" (read by the tests)."""

    def _template(self, path: Path) -> tuple:
        key = _version(path)
        if key not in self._templates:
            self._templates[key] = (_docxtpl_class()(path), TemplateEnvironment())
        return self._templates[key]

    def render(self, outline: Outline, template: str | None = None) -> bytes:
        """Return the .docx bytes of ``outline`` rendered with ``template`` (default: the outline's).

        The same outline always gives the same bytes: the document's dates are the
        meeting date and the zip members carry a fixed time.
        """
        ref = catalog.resolve(template or outline.template, outline.style)
        if not ref.built_in and not isolate.in_child():
            bounds = (RENDER_SECONDS, MAX_PART_BYTES)
            data, self.last_path = isolate.run(_render_isolated, outline, template, bounds,
                                               what=_("mẫu {name}").format(name=ref.path.name))
            return data
        context = build_context(outline, ref.document)
        properties = core_properties(context, ref.document.ten_loai)
        day = outline.meeting.date or outline.issued or dt.date(1980, 1, 1)  # fixed while left to fill
        return self.render_context(ref, context, dt.datetime.combine(day, dt.time()), properties)

    def render_context(self, ref: catalog.TemplateRef, context: dict, when: dt.datetime,
                       properties: dict[str, str]) -> bytes:
        """Return the .docx bytes of the built-in template ``ref`` filled with ``context``;
        ``when`` and ``properties`` are the document's core properties."""
        compiled = self._compiled_template(ref.path)
        if compiled is not None:
            try:
                data = compiled.render(context, when, properties)
            except Unsupported:
                pass  # this render needs what only docxtpl's path does (a tab in the text, a grid to fix)
            except (jinja2.TemplateError, RecursionError):
                pass  # the template's own error: docxtpl's path says it with the paragraph around it
            except etree.XMLSyntaxError as exc:
                raise TemplateError(unbuildable(ref.label, exc)) from None
            else:
                self.last_path = "compiled"
                return data
        self.last_path = "docxtpl"
        return self._render_docxtpl(ref, context, properties, when)

    def _compiled_template(self, path: Path) -> Compiled | None:
        """The compiled form of the template at ``path``; None where only docxtpl can render it."""
        key = _version(path)
        if key not in self._compiled:
            self._compiled[key] = _compile(path)
        return self._compiled[key]

    def _render_docxtpl(self, ref, context: dict, properties: dict, when: dt.datetime) -> bytes:
        from minutes.docx import damage

        doc, env = self._template(ref.path)
        try:
            doc.render(context, jinja_env=env, autoescape=True)
            document = doc.docx
            fit_page(Page(document.element.body, lambda: document.styles.element))
        except jinja2.UndefinedError as exc:
            raise TemplateError(undefined_message(ref.label, ref.path, exc)) from exc
        except jinja2.TemplateError as exc:
            raise TemplateError(describe_template_error(ref.label, exc)) from exc
        except RecursionError:
            raise TemplateError(_("mẫu {label}: một macro gọi lại chính nó không dừng; hãy sửa macro trong "
                                  "mẫu").format(label=ref.label)) from None
        except MinutesError:
            raise
        except damage.DAMAGED as exc:  # docxtpl or python-docx failing on an unusual template
            raise TemplateError(unbuildable(ref.label, exc)) from exc
        props = document.core_properties
        for name, value in properties.items():
            setattr(props, name, value)
        from minutes.docx.package import document_bytes

        return document_bytes(document, when)


def unbuildable(label: str, exc: BaseException) -> str:
    """The sentence for a template no document can be built from (``exc``: what failed)."""
    return (_("mẫu {label}: không dựng được văn bản từ mẫu này ({kind}: {exc}); hãy mở mẫu bằng Word, lưu "
              "lại rồi thử lại, hoặc dùng một mẫu có sẵn (xem: minutes templates)").format(
        label=label, kind=type(exc).__name__, exc=str(exc)[:200]))


def _version(path: Path) -> tuple:
    """The template at ``path`` as it is now: a template edited since (in Word, while
    ``minutes serve`` runs) is read again."""
    try:
        st = os.stat(path)
    except OSError:
        return (path,)
    return (path, st.st_mtime_ns, st.st_size)


def _compile(path: Path) -> Compiled | None:
    """Compile the template at ``path``, or read it compiled from the cache; None when the
    compiled path does not support it, decided here once: a template it does not cover
    (:class:`~minutes.docx.compiled.Unsupported`), or one that is wrong (unreadable, refused,
    a Jinja error), which docxtpl's path then reports in its own words."""
    from minutes.docx import cache
    from minutes.docx.safezip import MAX_FILE_BYTES, check_package
    from minutes.errors import MinutesError
    from minutes.files import read_bounded

    try:
        blob = read_bounded(path, MAX_FILE_BYTES, str(path), N_("mẫu .docx"))
    except MinutesError:
        return None
    env, name = TemplateEnvironment(), cache.key(blob)
    data = cache.load(name)
    if data is None:
        try:
            check_package(blob, str(path), N_("mẫu .docx"))  # the bytes compiled are the bytes checked
            with _deadline(RENDER_SECONDS), _runtime_errors():
                data = compile_template(blob, env)
        except (Unsupported, MinutesError, jinja2.TemplateError, RecursionError):
            return None
        except DAMAGED:  # python-docx cannot open it: docxtpl's path says so in a sentence
            return None
        cache.store(name, data)
    templates = {part: GuardedTemplate(env.template_class.from_code(env, code, env.make_globals(None)))
                 for part, code in data["code"].items()}
    return Compiled(data, templates)


_SHARED = Renderer()


def _render_isolated(outline: Outline, template: str | None, bounds: tuple[float, int]) -> tuple[bytes, str]:
    """The render of a user's template, in the limited child (:mod:`minutes.docx.isolate`),
    with the parent's time and size bounds; the bytes and the path it took."""
    global RENDER_SECONDS, MAX_PART_BYTES
    RENDER_SECONDS, MAX_PART_BYTES = bounds
    data = _SHARED.render(outline, template)
    return data, _SHARED.last_path


def render_report(ref: catalog.TemplateRef, context: dict, day: dt.date, properties: dict[str, str]) -> bytes:
    """Return the .docx bytes of the built-in report ``ref`` filled with ``context``, dated ``day``."""
    return _SHARED.render_context(ref, context, dt.datetime.combine(day, dt.time()), properties)


def render_bytes(outline: Outline, template: str | None = None) -> bytes:
    """Return the .docx bytes of ``outline`` (see :meth:`Renderer.render`)."""
    return _SHARED.render(outline, template)


def render_document(outline: Outline, output: str | os.PathLike, template: str | None = None) -> Path:
    """Render ``outline`` and write it to ``output`` (whole or not at all); return the path."""
    data = render_bytes(outline, template)
    write_atomic(output, data)
    return Path(output)


def undefined_message(label: str, path: Path, exc: jinja2.UndefinedError) -> str:
    """A misspelt variable, said as ``minutes templates check`` says it: its full name, the
    nearest one the outline has ("có phải ý bạn là 'location'?") and the paragraph's text."""
    from minutes.docx.template_scan import scan

    try:
        unknown = [p for p in scan(path) if p.unknown]
    except TemplateError:
        unknown = []
    if not unknown:
        return describe_template_error(label, exc)
    lines = "\n".join(f"  {problem}" for problem in unknown)
    return _("mẫu {label}: {count} biến không có trong đề cương:\n{lines}").format(
        label=label, count=len(unknown), lines=lines)


def describe_template_error(label: str, exc: jinja2.TemplateError) -> str:
    """Return a Vietnamese message for a Jinja error, with the template text around it."""
    if isinstance(exc, jinja2.UndefinedError):
        missing = re.search(r"(?:attribute|key) '([^']+)'|'([^']+)' is undefined", exc.message or "")
        name = next((g for g in missing.groups() if g), "") if missing else ""
        what = _("biến '{name}' không có trong đề cương").format(
            name=name) if name else _("một biến không có trong đề cương")
    elif isinstance(exc, jinja2.TemplateSyntaxError):
        what = _("lỗi cú pháp Jinja: {message}").format(message=exc.message)
    elif isinstance(exc, jinja2.exceptions.SecurityError):
        what = _("biểu thức không được phép trong mẫu ({exc})").format(exc=exc)
    else:
        what = str(exc)
    near = " ".join(t.strip() for t in getattr(exc, "docx_context", []) if t.strip())
    return _("mẫu {label}: {what}").format(label=label, what=what) + (
        _("\n  gần đoạn “{near}”").format(near=near[:120]) if near else "")
