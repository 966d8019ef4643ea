"""What the commands do, as plain functions over paths: the library behind :mod:`minutes.cli`.

Each function takes file names as the user typed them ("-" for standard
input/output), calls the loader and the renderer, and raises only
:class:`~minutes.errors.MinutesError` subclasses.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import field
from pathlib import Path

from minutes import dataclass
from minutes.errors import MinutesError, OutputError, Problem
from minutes.files import InputError
from minutes.outline.load import load_outline
from minutes.outline.text import (  # noqa: F401 (the web form's outline text, re-exported)
    Checked, ConflictError, check_text, outline_tree, read_outline_text, set_key, tree_text, version_of,
    write_outline_text,
)

Warn = Callable[[Problem], None]


def _quiet(problem: Problem) -> None:
    """Drop a warning (the default when no caller listens)."""


def load(name: str, warn: Warn = _quiet):
    """Return the validated outline ``name`` ("-": standard input), passing its warnings to ``warn``."""
    warnings: list[Problem] = []
    outline = load_outline(name, data=read_source(name), warnings=warnings)
    for problem in warnings:
        warn(problem)
    return outline

FORMATS = ("docx", "md", "html")
"""Output formats: .docx for every document; Markdown and HTML for the news item only."""


def read_source(name: str) -> bytes | None:
    """Return standard input's bytes for "-", else None (the loader reads the file)."""
    if name != "-":
        return None
    from minutes.outline.load import read_file

    return read_file(name, "<stdin>")  # bounded: at most the outline limit and one byte


def expand_outlines(names: Iterable[str]) -> list[str]:
    """Return the outline files named: a folder stands for the .yaml/.yml files inside it."""
    found: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            inside = sorted(str(p) for p in path.iterdir() if p.suffix.lower() in (".yaml", ".yml"))
            if not inside:
                raise InputError(f"thư mục '{name}' không có đề cương nào (tệp .yaml hoặc .yml); "
                                 "hãy chỉ tới đúng thư mục hoặc tệp đề cương")
            found += inside
        else:
            found.append(name)
    return found


def output_name(outline: str, document: str, fmt: str = "docx", directory: str | None = None) -> Path:
    """Return where a document of ``outline`` goes: ``hop.docx``, ``hop-giay-moi.docx``…"""
    stem = Path(outline).stem if outline != "-" else "bien-ban"
    suffix = "" if document == "bien-ban" else f"-{document}"
    folder = Path(directory) if directory else Path(outline).parent
    return folder / f"{stem}{suffix}.{fmt}"


def document_label(template: str) -> str:
    """Return the name a document is filed under: the built-in's name or the template's stem."""
    return Path(template).stem if template.lower().endswith(".docx") else template


def document_data(outline, template: str | None, fmt: str) -> bytes:
    """Return the bytes of one document: a .docx, or the news item as Markdown/HTML."""
    if fmt == "docx":
        from minutes.docx.render import render_bytes

        return render_bytes(outline, template)
    from minutes.documents import news

    item = news.news_item(outline)
    text = news.to_markdown(item) if fmt == "md" else news.to_html(item)
    return text.encode("utf-8")


def save(target: str | Path, data: bytes, force: bool = False, inputs: Iterable[str] = ()) -> Path | None:
    """Write ``data`` to ``target`` whole; return the backup made of the old file, if any.

    Never replaces one of ``inputs`` (the outline, the template). An existing file is
    replaced only when minutes wrote it and it is unchanged since (see
    :mod:`minutes.docx.fingerprint`), or with ``force``, which keeps it as a backup.
    A link is written through, a device written into; neither is replaced.
    """
    from minutes.docx import fingerprint
    from minutes.files import target_kind, write_atomic

    refuse_inputs(target, inputs)
    kind, real = target_kind(Path(target))
    data = fingerprint.stamp_text(real, data)
    backup = fingerprint.guard(real, force, data) if kind == "file" else None
    write_atomic(target, data)
    return backup


def refuse_inputs(target: str | Path, inputs: Iterable[str | Path]) -> None:
    """Raise :class:`OutputError` when ``target`` is one of ``inputs`` (links resolved)."""
    from minutes.files import same_file

    for source in inputs:
        if source and str(source) != "-" and same_file(target, source):
            raise OutputError(f"{target}: đây là chính tệp đầu vào ({source}); không ghi đè lên nó, "
                              "kể cả với --force. Hãy chọn tên khác bằng -o")


def render_file(outline: str, output: str | None = None, template: str | None = None,
                fmt: str = "docx", force: bool = False, warn: Warn = _quiet,
                sources: dict | None = None) -> Path | None:
    """Validate ``outline`` and write its document; return the path (None for standard output).

    Nothing is written when the outline or the template is wrong. ``sources``, when
    given, gets {path written: (outline, template)} (for the record sheet).
    """
    parsed = load(outline, warn)
    label = document_label(template or parsed.template) if fmt == "docx" else "tin-bai"
    target = output or str(output_name(outline, label, fmt))
    data = document_data(parsed, template, fmt)
    if target == "-":
        from minutes.files import write_stdout

        write_stdout(data)
        return None
    save(target, data, force, inputs=_inputs(outline, template or parsed.template))
    if sources is not None:
        sources[Path(target)] = (parsed, template)
    return Path(target)


def _inputs(outline: str, template: str | None) -> list[str]:
    """The files a render reads: the outline and a template given as a path."""
    return [outline] + ([template] if template and template.lower().endswith(".docx") else [])


@dataclass
class BatchResult:
    """What a batch did: the files written and the errors of the outlines that failed."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, MinutesError]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: dict = field(default_factory=dict)  # {.docx written: (outline, template)}


def documents_of(outline, template: str | None, every: bool) -> list[str]:
    """Return the documents to write for ``outline``: one, or every one it has data for."""
    from minutes.documents.kinds import DOCUMENTS

    if not every:
        return [template or outline.template]
    return [doc.name for doc in DOCUMENTS if doc.has_data(outline)]


def render_batch(outlines: list[str], directory: str | None = None, template: str | None = None,
                 every: bool = False, fmt: str = "docx", force: bool = False,
                 progress: Callable[[list[str]], Iterator[str]] = iter, warn: Warn = _quiet,
                 jobs: int | None = None) -> BatchResult:
    """Render each outline (every document with ``every``); one bad outline does not stop the rest.

    ``jobs``: processes to use (None: ``MINUTES_JOBS`` or the usable CPUs; 1: this one);
    see :mod:`minutes.batch`. Results, warnings and failures come in the outlines' order.
    """
    from contextlib import closing
    from functools import partial

    from minutes import batch

    if directory:
        make_folder(directory)
    if "-" in outlines or may_collide(outlines, directory):
        jobs = 1  # standard input is this process's; one file written by two outlines: in order
    result = BatchResult()
    job = partial(render_outline, directory=directory, template=template, every=every, fmt=fmt, force=force)
    with closing(batch.ordered_map(job, outlines, jobs)) as outcomes:
        for name, outcome in zip(progress(outlines), outcomes):
            for problem in outcome.warnings:
                warn(problem)
            result.written += outcome.written
            result.sources.update(outcome.sources)
            if outcome.error is not None:
                result.failed.append((name, outcome.error))
    return result


@dataclass
class Outcome:
    """What rendering one outline of a batch did (sent back by a worker process)."""

    written: list[Path] = field(default_factory=list)
    sources: dict = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    error: MinutesError | None = None


def render_outline(name: str, directory: str | None, template: str | None, every: bool, fmt: str,
                   force: bool) -> Outcome:
    """Render one outline of a batch; its error, if any, is in the outcome, not raised."""
    done = Outcome()
    try:
        parsed = load(name, done.warnings.append)
        for document in documents_of(parsed, template, every):
            kind = fmt if document == "tin-bai" else "docx"
            target = output_name(name, document_label(document), kind, directory)
            save(target, document_data(parsed, document, kind), force, inputs=_inputs(name, document))
            done.written.append(target)
            done.sources[target] = (parsed, document)
    except MinutesError as exc:
        done.error = exc
    return done


def may_collide(outlines: list[str], directory: str | None) -> bool:
    """Say whether two outlines could write the same file (``a.yaml`` and ``a.yml``, or
    ``a`` and ``a-giay-moi``), which only the outlines' order may settle."""
    seen = {(os.path.abspath(directory or Path(name).parent), Path(name).stem.casefold()) for name in outlines}
    if len(seen) < len(outlines):
        return True
    for folder, stem in seen:
        parts = stem.split("-")
        if any((folder, "-".join(parts[:n])) in seen for n in range(1, len(parts))):
            return True
    return False


def make_folder(directory: str) -> Path:
    """Create the output folder ``directory`` (and its parents) when it does not exist yet."""
    folder = Path(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"'{directory}' là một tệp, không phải thư mục; hãy chọn thư mục khác với -d") from None
    except OSError as exc:
        raise OutputError(f"không tạo được thư mục '{directory}': {exc.strerror or exc}") from None
    return folder


def make_pdfs(docx_files: list[Path], preview: bool = False, plain: bool = False) -> tuple[list[Path], list[str]]:
    """Convert ``docx_files`` to PDF/A-2b (an ordinary PDF with ``plain``) in one LibreOffice
    run, and page-1 PNGs with ``preview``.

    Return the files written and the font warnings: every document asks for Times
    New Roman, so the first PDF tells whether a stand-in font was used for all.
    """
    from minutes.pdf import convert as pdf

    pdfs = pdf.convert_to_pdf([Path(p) for p in docx_files], plain=plain)
    written: list[Path] = list(pdfs)
    if preview:
        written += [pdf.preview_png(p) for p in pdfs]
    return written, pdf.font_warnings(pdfs[0]) if pdfs else []


def render(names: list[str], *, output: str | None = None, directory: str | None = None,
           template: str | None = None, every: bool = False, fmt: str = "docx", force: bool = False,
           pdf: bool = False, preview: bool = False, plain: bool = False, record: bool = False,
           progress: Callable[[list[str]], Iterator[str]] = iter, warn: Warn = _quiet,
           jobs: int | None = None) -> BatchResult:
    """Render what the ``render`` command asks for and return what was written.

    One outline (without ``every`` or ``directory``) goes to ``output`` and raises on
    error; several are a batch whose failures are collected. With ``pdf`` or
    ``preview`` the .docx files written are then converted in one LibreOffice run
    (PDF/A-2b, or an ordinary PDF with ``plain``); with ``record`` each .docx gets its
    record sheet (:mod:`minutes.docx.record`). ``jobs``: see :func:`render_batch`.
    """
    if output and output != "-" and (pdf or preview or record):
        _regular_output(output)
    if len(names) == 1 and not every and not directory:
        sources: dict = {}
        path = render_file(names[0], output, template, fmt, force, warn, sources)
        result = BatchResult(written=[path] if path else [], sources=sources)
    else:
        result = render_batch(names, directory, template, every, fmt, force, progress, warn, jobs)
    docx_files = [p for p in result.written if p.suffix.lower() == ".docx"]
    if (pdf or preview) and docx_files:
        files, notes = make_pdfs(docx_files, preview, plain)
        result.written += files
        result.notes += notes
    if record:
        result.written += write_records(result, docx_files, pdf or preview, plain)
    return result


def _regular_output(output: str) -> None:
    """``--pdf``, ``--preview`` and ``--record`` read the .docx back: refuse, before anything is
    written, an output that cannot be read back (a FIFO, a device, /dev/stdout)."""
    from minutes.files import target_kind

    if target_kind(Path(output))[0] == "stream":
        raise OutputError(f"{output}: không phải tệp thường (ống FIFO hoặc thiết bị); --pdf, --preview và "
                          "--record cần ghi văn bản ra một tệp .docx để đọc lại. Hãy chọn tên tệp bằng -o")


def write_records(result: BatchResult, docx_files: list[Path], with_pdf: bool, plain: bool) -> list[Path]:
    """Write the record sheet of each .docx of ``result`` (with its PDF's when one was made)."""
    from minutes.docx.record import write_record
    from minutes.pdf.convert import pdf_target

    written = []
    for docx in docx_files:
        outline, template = result.sources[docx]
        pdf = pdf_target(docx) if with_pdf else None
        written.append(write_record(outline, template, docx, pdf, pdfa=not plain))
    return written


def check_files(names: Iterable[str], ok: Callable[[str], None], bad: Callable[[MinutesError], None],
                warn: Warn = _quiet) -> int:
    """Validate each outline, report it through ``ok`` or ``bad``; return how many failed."""
    failed = 0
    for name in names:
        try:
            outline = load(name, warn)
        except MinutesError as exc:
            failed += 1
            bad(exc)
        else:
            signer_warning(name, outline, warn)
            ok(name)
    return failed


def signer_warning(name: str, outline, warn: Warn) -> None:
    """Say when the signer of the notice, report and invitation was guessed (issue 17)."""
    from minutes.documents.signing import signer_note

    note = signer_note(outline)
    if note:
        warn(Problem(name, 0, 0, "signer", note))


def export_template(name: str, target: str, style: str = "state", force: bool = False) -> Path:
    """Copy the built-in template ``name`` (in ``style``) to ``target`` for editing in Word."""
    from minutes.docx.catalog import resolve
    from minutes.files import write_atomic

    ref = resolve(name, style)
    if not ref.built_in:
        raise OutputError(f"'{name}' không phải mẫu có sẵn; xem danh sách bằng: minutes templates")
    if os.path.lexists(target) and not force:
        raise OutputError(f"{target} đã có; dùng --force để ghi đè")
    write_atomic(target, ref.path.read_bytes())
    return Path(target)


def import_file(source: str, output: str | None = None, force: bool = False):
    """``minutes import``: recover the outline of the biên bản ``source`` ("-": standard input).

    Writes it to ``output`` (default: ``source`` with ``.yaml``; "-", or no ``output`` with
    standard input, prints it) and returns (the file written or None, the
    :class:`~minutes.importer.ImportResult`). An existing file is replaced only with ``force``.
    """
    from minutes.files import keep_if_changed, write_atomic, write_stdout
    from minutes.importer import import_docx

    to_stdout = output == "-" or (output is None and source == "-")
    target = None if to_stdout else Path(output) if output else Path(source).with_suffix(".yaml")
    if target is not None:
        refuse_inputs(target, [source])
    if target is not None and os.path.lexists(target) and not force:
        raise OutputError(f"{target} đã có; dùng --force để ghi đè, hoặc -o để chọn tên khác")
    data = (getattr(sys.stdin, "buffer", None) or b"") if source == "-" else source  # read with a bound
    result = import_docx(data, name=Path(source).name if source != "-" else "<stdin>",
                         outline_name=str(target) if target is not None else "<stdout>")
    if target is None:
        write_stdout(result.outline_text.encode("utf-8"))
    else:
        keep_if_changed(target, result.outline_text.encode("utf-8"))  # --force keeps her file as .bak
        write_atomic(target, result.outline_text.encode("utf-8"))
    return target, result


# --- the web form (minutes serve); its outline-text functions are imported above ---

def split_person(value: str) -> tuple[str, str]:
    """Return (name, position) of "Họ tên - Chức vụ"."""
    from minutes.vietnamese.parse import parse_person

    try:
        person = parse_person(value)
    except ValueError:
        return value, ""
    return person.name, person.position


def split_absence(value: str) -> tuple[str, str, str]:
    """Return (name, position, reason) of "Họ tên - Chức vụ (lý do)"."""
    from minutes.vietnamese.parse import parse_absence

    try:
        found = parse_absence(value)
    except ValueError:
        return value, "", ""
    return found.name, found.position, found.reason


def number_text(value: int | float) -> str:
    """Return a YAML number as it was written in the file (``1.248``, ``05``)."""
    from minutes.outline.reader import source_text

    return source_text(value)


def write_next_outline(path: str | Path) -> Path:
    """Write next period's outline beside ``path`` (never over an existing file); return it."""
    from minutes.outline.rollover import write_next

    return write_next(path)


def preview_pages(outline, folder: str | Path, office=None, dpi: int = 70) -> list[Path]:
    """Render ``outline``'s biên bản into ``folder`` through LibreOffice (``office``: a
    :func:`warm_office` kept between calls); return one PNG per page."""
    from minutes import pdf
    from minutes.docx.render import render_bytes

    docx = Path(folder) / "bien-ban.docx"
    docx.write_bytes(render_bytes(outline))
    return pdf.page_images(pdf.convert_to_pdf([docx], office=office)[0], dpi=dpi)


def warm_office():
    """A LibreOffice kept running for :func:`preview_pages` (call ``close()`` when done)."""
    from minutes import pdf

    return pdf.WarmOffice()


def preview_missing() -> str:
    """Return why there can be no preview ("" when LibreOffice and pdftoppm are there)."""
    from minutes import pdf

    try:
        pdf.find_soffice()
    except pdf.PdfError as exc:
        return str(exc)
    import shutil

    return "" if shutil.which("pdftoppm") else f"không tìm thấy pdftoppm; {pdf.POPPLER_HINT}"
