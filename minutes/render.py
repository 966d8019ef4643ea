"""Render an outline into a .docx with docxtpl, reproducibly and atomically."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment

from minutes import catalog
from minutes.context import build_context
from minutes.docxio import document_bytes, write_atomic
from minutes.errors import TemplateError
from minutes.layout import fit_rules
from minutes.model import Outline


def environment() -> jinja2.Environment:
    """Return the Jinja environment every template is rendered in.

    Sandboxed (a template cannot reach Python internals), strict (a misspelt
    variable is an error, not an empty string) and autoescaping (``&``, ``<``,
    ``>`` and quotes in any field stay valid XML).
    """
    return SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=True)


def render_bytes(outline: Outline, template: str | None = None) -> bytes:
    """Return the .docx bytes of ``outline`` rendered with ``template`` (default: the outline's).

    The same outline always gives the same bytes: the document's dates are the
    meeting date and the zip members carry a fixed time.
    """
    ref = catalog.resolve(template or outline.template, outline.style)
    context = build_context(outline, ref.document)
    doc = DocxTemplate(ref.path)
    try:
        doc.render(context, jinja_env=environment(), autoescape=True)
    except jinja2.TemplateError as exc:
        raise TemplateError(describe_template_error(ref.label, exc)) from exc
    document = doc.docx
    fit_rules(document)
    props = document.core_properties
    props.title = context["trich_yeu"]
    props.subject = f"{ref.document.ten_loai.capitalize()} - {context['organization']['name']}"
    props.language = "vi-VN"
    return document_bytes(document, dt.datetime.combine(outline.meeting.date, dt.time()))


def render_document(outline: Outline, output: str | os.PathLike, template: str | None = None) -> Path:
    """Render ``outline`` and write it to ``output`` (whole or not at all); return the path."""
    data = render_bytes(outline, template)
    write_atomic(output, data)
    return Path(output)


def describe_template_error(label: str, exc: jinja2.TemplateError) -> str:
    """Return a Vietnamese message for a Jinja error, with the template text around it."""
    if isinstance(exc, jinja2.UndefinedError):
        what = f"biến không có trong đề cương ({exc.message})"
    elif isinstance(exc, jinja2.TemplateSyntaxError):
        what = f"lỗi cú pháp Jinja: {exc.message}"
    elif isinstance(exc, jinja2.exceptions.SecurityError):
        what = f"biểu thức không được phép trong mẫu ({exc})"
    else:
        what = str(exc)
    near = " ".join(t.strip() for t in getattr(exc, "docx_context", []) if t.strip())
    return f"mẫu {label}: {what}" + (f"\n  gần đoạn: {near[:300]}" if near else "")
