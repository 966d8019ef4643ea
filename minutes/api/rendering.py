"""``minutes render``: the documents of one outline or of a batch, written whole or not at all."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from minutes.api.notices import Warn, document_warnings, quiet, skipped_warnings
from minutes.api.outlines import load
from minutes.api.printing import make_pdfs
from minutes.errors import MinutesError, OutputError, Problem
from minutes.glossary import KIND_BY_NAME, MAIN_KIND, kind_for_format
from minutes.i18n import _

FORMATS = ("docx", "md", "html")
"""Output formats: .docx for every document; Markdown and HTML for the news item only."""


def output_name(outline: str, document: str, fmt: str = "docx", directory: str | None = None) -> Path:
    """Return where a document of ``outline`` goes: ``hop.docx``, ``hop-giay-moi.docx``…"""
    stem = Path(outline).stem if outline != "-" else MAIN_KIND
    suffix = "" if document == MAIN_KIND else f"-{document}"
    folder = Path(directory) if directory else Path(outline).parent
    return folder / f"{stem}{suffix}.{fmt}"


def formats_of(document: str) -> tuple[str, ...]:
    """The formats ``document`` can be written in (a template of one's own: .docx only)."""
    found = KIND_BY_NAME.get(document)
    return found.formats if found is not None else ("docx",)


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
            raise OutputError(_("{target}: đây là chính tệp đầu vào ({source}); không ghi đè lên nó, kể cả "
                                "với --force. Hãy chọn tên khác bằng -o").format(
                target=target, source=source))


def render_file(outline: str, output: str | None = None, template: str | None = None,
                fmt: str = "docx", force: bool = False, warn: Warn = quiet,
                sources: dict | None = None) -> Path | None:
    """Validate ``outline`` and write its document; return the path (None for standard output).

    Nothing is written when the outline or the template is wrong. ``sources``, when
    given, gets {path written: (outline, template)} (for the record sheet).
    """
    parsed = load(outline, warn)
    document = (template or parsed.template) if fmt == "docx" else kind_for_format(fmt)
    document_warnings(outline, parsed, [document], warn)
    label = document_label(document) if fmt == "docx" else document
    target = output or str(output_name(outline, label, fmt))
    data = document_data(parsed, template, fmt)
    if target == "-":
        from minutes.files import write_stdout

        write_stdout(data)
        return None
    make_parent(target)
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
    from minutes.documents.kinds import DOCUMENTS, has_data

    if not every:
        return [template or outline.template]
    return [doc.name for doc in DOCUMENTS if has_data(outline, doc)]


def render_batch(outlines: list[str], directory: str | None = None, template: str | None = None,
                 every: bool = False, fmt: str = "docx", force: bool = False,
                 progress: Callable[[list[str]], Iterator[str]] = iter, warn: Warn = quiet,
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
    result, done = BatchResult(), 0
    started = time.time()
    job = partial(render_outline, directory=directory, template=template, every=every, fmt=fmt, force=force)
    try:
        with closing(batch.ordered_map(job, outlines, jobs)) as outcomes:
            for name, outcome in zip(progress(outlines), outcomes):
                for problem in outcome.warnings:
                    warn(problem)
                result.written += outcome.written
                result.sources.update(outcome.sources)
                if outcome.error is not None:
                    result.failed.append((name, outcome.error))
                done += 1
    except KeyboardInterrupt:
        raise BatchInterrupted(result, outlines[done:], _new_files(outlines[done:], directory, started)) from None
    return result


class BatchInterrupted(MinutesError):
    """Ctrl-C during a batch: says which files were written and which outlines were not rendered."""

    exit_code = 130

    def __init__(self, result: BatchResult, left: list[str], maybe: list[Path]):
        super().__init__(result, left, maybe)
        self.result, self.left, self.maybe = result, left, maybe

    def report(self) -> str:
        """What was written (each file), what may have been (an outline a worker was on), what not."""
        lines = [_("Đã dừng (Ctrl-C): đã ghi {count} tệp; {count2} đề cương chưa soạn xong.").format(
            count=len(self.result.written), count2=len(self.left))]
        lines += [_("Đã ghi {path}").format(path=path) for path in self.result.written]
        lines += [_("Có thể đã ghi (đang soạn lúc dừng; hãy mở kiểm tra) {path}").format(
            path=path) for path in self.maybe]
        lines += [_("Chưa soạn {name}").format(name=name) for name in self.left]
        lines += [e.report() for _name, e in self.result.failed]
        if self.left:
            lines.append(_("Chạy lại lệnh với các đề cương chưa soạn để soạn nốt."))
        return "\n".join(lines)


def _new_files(outlines: list[str], directory: str | None, since: float) -> list[Path]:
    """Documents of ``outlines`` written since ``since`` though never reported (a worker was
    finishing one when the batch stopped): their folder's files named after the outline."""
    found: list[Path] = []
    for name in outlines:
        if name == "-":
            continue
        folder, stem = Path(directory) if directory else Path(name).parent, Path(name).stem
        try:
            candidates = sorted(p for p in folder.glob(f"{stem}*") if p.stem == stem or p.stem.startswith(f"{stem}-"))
        except OSError:
            continue
        for path in candidates:
            try:
                fresh = path.suffix in (".docx", ".md", ".html") and path.stat().st_mtime >= since
            except OSError:
                continue
            if fresh:
                found.append(path)
    return found


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
        documents = documents_of(parsed, template, every)
        document_warnings(name, parsed, documents, done.warnings.append)
        if every:
            skipped_warnings(name, documents, done.warnings.append)
        for document in documents:
            kind = fmt if fmt in formats_of(document) else "docx"
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
    return _made(Path(directory), _("'{directory}' là một tệp, không phải thư mục; hãy chọn thư mục khác "
                                    "với -d").format(directory=directory))


def make_parent(target: str | Path) -> None:
    """Create the folder ``-o TỆP`` names when it does not exist yet, as ``-d`` does."""
    parent = Path(target).parent
    if str(parent) not in ("", ".") and not parent.is_dir():
        _made(parent, _("'{parent}' là một tệp, không phải thư mục; không ghi được '{target}'").format(
            parent=parent, target=target))


def _made(folder: Path, is_a_file: str) -> Path:
    """Create ``folder`` and its parents; ``is_a_file`` says what is wrong when a file has its name."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(is_a_file) from None
    except OSError as exc:
        raise OutputError(_("không tạo được thư mục '{folder}': {value}").format(
            folder=folder, value=exc.strerror or exc)) from None
    return folder


def render(names: list[str], *, output: str | None = None, directory: str | None = None,
           template: str | None = None, every: bool = False, fmt: str = "docx", force: bool = False,
           pdf: bool = False, preview: bool = False, plain: bool = False, record: bool = False,
           progress: Callable[[list[str]], Iterator[str]] = iter, warn: Warn = quiet,
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
        files, notes = make_pdfs(docx_files, preview, plain, made_here=True)  # written just now, by us
        result.written += files
        result.notes += notes
    if record:
        result.written += write_records(result, docx_files, pdf or preview, plain)
    return result


def stop_renders() -> None:
    """Kill every user-template render still running in its child process (a server stopping)."""
    from minutes.docx import isolate

    isolate.stop_all()


def warm_readers() -> bool:
    """Have every child that reads a received file or renders a user's template start ready.

    The fork server those children come from imports the renderer, the template check and the
    cut-off of a received file before PDF, and does a first lint and import of a built-in
    document once (about 0.13 s of CPU more); each child is spared its own first-time work
    (about 5 ms of CPU for a lint, 40 ms for an import; see benchmarks/reading_fresh.py).
    For a process that starts many children, the web server;
    call it before the first. False when it came too late (the server runs already)."""
    from minutes.docx import isolate

    return isolate.prepare("minutes.docx.render", "minutes.docx.template_check", "minutes.docx.sanitize",
                           "minutes.lint.warm", "minutes.importer.warm")


def _regular_output(output: str) -> None:
    """``--pdf``, ``--preview`` and ``--record`` read the .docx back: refuse, before anything is
    written, an output that cannot be read back (a FIFO, a device, /dev/stdout)."""
    from minutes.files import target_kind

    if target_kind(Path(output))[0] == "stream":
        raise OutputError(_("{output}: không phải tệp thường (ống FIFO hoặc thiết bị); --pdf, --preview và "
                            "--record cần ghi văn bản ra một tệp .docx để đọc lại. Hãy chọn tên tệp bằng -o").format(
            output=output))


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
