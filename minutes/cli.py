"""The ``minutes`` command line: options in, one library call, errors translated.

Heavy libraries (docx, docxtpl, babel) are imported inside the commands, so
``minutes --help`` stays fast. Every domain error is a :class:`MinutesError`;
:class:`MinutesGroup` catches that base once and turns it into Click's error
output (standard error, exit 1).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from minutes import __version__
from minutes.i18n import _, ngettext

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
STYLES = click.Choice(["state", "party", "youth"])
PROGRESS_FROM = 5  # a batch of at least this many outlines shows a progress bar on a terminal


def _warn(problem) -> None:
    """Show what the loader repaired (a legacy encoding, zero-width characters) on stderr."""
    click.echo(_("Lưu ý: {note}").format(note=problem), err=True)


@functools.cache
def _no_sweep_at_exit() -> None:
    """At exit, let Python drop the process's objects without a last garbage collection over
    all of them (``gc.freeze``, run by ``atexit`` before the interpreter's own clean-up): a
    fresh ``minutes render`` ends about 20 ms sooner. Files are closed and LibreOffice is
    stopped by then (their own ``atexit`` handlers and ``with`` blocks do not depend on it)."""
    import atexit
    import gc

    atexit.register(gc.freeze)


class MinutesGroup(click.Group):
    """A Click group that reports any :class:`MinutesError` as a clean message."""

    def main(self, *args, **kwargs):
        """Run the command line with Click's own messages in Vietnamese (see :mod:`minutes.i18n`)."""
        from minutes import i18n

        i18n.install()
        i18n.translate_help(self)
        _no_sweep_at_exit()
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context):
        """Run the command; a domain error becomes ``Lỗi: …`` on stderr and exit 1."""
        from minutes.errors import MinutesError  # here: ``--help`` and ``--version`` need none of it

        try:
            return super().invoke(ctx)
        except MinutesError as exc:
            click.echo(exc.report(), err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=MinutesGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="minutes", help="In phiên bản rồi thoát.")
def main() -> None:
    """Soạn biên bản hội nghị (.docx) đúng thể thức từ một đề cương YAML.

    Draft Vietnamese meeting minutes from a YAML outline. Ví dụ / example:

        minutes render examples/toi-thieu.yaml
    """


@main.command()
@click.argument("outlines", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Tệp sẽ ghi (một đề cương; mặc định: cạnh đề cương); '-' ghi ra đầu ra chuẩn.")
@click.option("-d", "--dir", "directory", type=click.Path(file_okay=False),
              help="Thư mục ghi các văn bản (nhiều đề cương hoặc --all).")
@click.option("-t", "--template", help="Mẫu có sẵn (xem: minutes templates) hoặc đường dẫn tới tệp .docx.")
@click.option("--all", "every", is_flag=True, help="Soạn mọi văn bản mà đề cương có đủ dữ liệu.")
@click.option("--format", "fmt", type=click.Choice(["docx", "md", "html"]), default="docx",
              show_default=True, help="md/html: tin bài cho cổng thông tin.")
@click.option("--force", is_flag=True,
              help="Ghi đè cả văn bản đã sửa sau khi tạo (bản cũ được giữ thành tệp .bak.docx).")
@click.option("--pdf", "to_pdf", is_flag=True, help="Tạo thêm bản PDF (cần LibreOffice).")
@click.option("--preview", is_flag=True, help="Tạo thêm ảnh PNG trang 1 cạnh văn bản (kèm --pdf).")
@click.option("--pdf-plain", "pdf_plain", is_flag=True, help="Tạo PDF thường thay cho PDF/A-2b (lưu trữ lâu dài).")
@click.option("--record", is_flag=True,
              help="Ghi phiếu hồ sơ (TỆP.record.json: siêu dữ liệu, mã SHA-256) cạnh văn bản.")
@click.option("-j", "--jobs", envvar="MINUTES_JOBS", callback=lambda ctx, _param, value: _jobs(ctx, value),
              metavar="N", help="Số tiến trình soạn song song khi có nhiều đề cương (1 = chỉ tiến trình này; "
              "mặc định: số lõi CPU dùng được, hoặc biến môi trường MINUTES_JOBS).")
def render(outlines: tuple[str, ...], output: str | None, directory: str | None,
           template: str | None, every: bool, fmt: str, force: bool, to_pdf: bool, preview: bool,
           pdf_plain: bool, record: bool, jobs: int | None) -> None:
    """Soạn văn bản từ đề cương OUTLINES (tệp, thư mục, hoặc '-' đọc từ đầu vào chuẩn)."""
    from minutes import api

    names = api.expand_outlines(outlines)
    single = len(names) == 1 and not every and not directory
    if single and output is None and names[0] == "-":
        output = "-"
    _check_render_options(single, output, fmt, to_pdf or preview or pdf_plain or record)
    result = api.render(names, output=output, directory=directory, template=template, every=every,
                        fmt=fmt, force=force, pdf=to_pdf or pdf_plain, preview=preview, plain=pdf_plain,
                        record=record, progress=_progress, warn=_warn, jobs=jobs)
    _report(result, len(names))


def _jobs(ctx: click.Context, value: str | None) -> int | None:
    """Check ``-j``/``MINUTES_JOBS``: a whole number of processes, at least 1 (None: the default)."""
    if value is None or value == "":
        return None
    from click.core import ParameterSource

    from minutes.batch import JOBS_ENV, parse_jobs

    try:
        return parse_jobs(value)
    except ValueError:
        from_env = ctx.get_parameter_source("jobs") == ParameterSource.ENVIRONMENT
        source = _(" (biến môi trường {name})").format(name=JOBS_ENV) if from_env else ""
        raise click.BadParameter(
            _("cần một số nguyên từ 1 trở lên (số tiến trình), không phải '{value}'{source}").format(
                value=value, source=source)) from None


def _check_render_options(single: bool, output: str | None, fmt: str, pdf: bool) -> None:
    """Refuse option combinations that cannot work (exit 2)."""
    if output and not single:
        raise click.UsageError(_("-o chỉ dùng với một đề cương; với nhiều văn bản hãy dùng -d THƯ_MỤC"))
    if pdf and (output == "-" or fmt != "docx"):
        raise click.UsageError(
            _("--pdf/--preview/--record cần ghi tệp .docx (không dùng với -o - hay --format md/html)"))
    if output == "-" and fmt == "docx" and sys.stdout is not None and sys.stdout.isatty():
        raise click.UsageError(_("không ghi tệp .docx ra màn hình; hãy dùng -o TỆP hoặc chuyển hướng đầu ra"))


def _report(result, total: int) -> None:
    """Print what a render or conversion wrote, its notes and its failures; exit 1 on a failure."""
    for path in result.written:
        click.echo(_("Đã ghi {path}").format(path=path))
    for note in result.notes:
        click.echo(_("Lưu ý: {note}").format(note=note), err=True)
    for name, error in result.failed:
        report = error.report()
        click.echo(report if total == 1 or name in report else f"{name}: {report}", err=True)
    if result.failed:
        click.echo(ngettext("{failed}/{total} đề cương có lỗi.", "{failed}/{total} đề cương có lỗi.",
                            len(result.failed)).format(failed=len(result.failed), total=total), err=True)
        sys.exit(1)


def _progress(names: list[str]):
    """Yield ``names``, with a progress bar on standard error when it is a terminal."""
    if len(names) < PROGRESS_FROM or not sys.stderr.isatty():
        yield from names
        return
    with click.progressbar(names, label=_("Đang soạn"), file=sys.stderr) as bar:
        yield from bar


@main.command(name="pdf")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--preview", is_flag=True, help="Tạo thêm ảnh PNG trang 1 của mỗi tệp.")
@click.option("--plain", is_flag=True, help="Tạo PDF thường thay cho PDF/A-2b.")
def pdf_(files: tuple[str, ...], preview: bool, plain: bool) -> None:
    """Chuyển các tệp .docx sang PDF/A-2b bằng LibreOffice (một lần chạy cho cả loạt)."""
    from minutes import api

    written, notes = api.make_pdfs([Path(f) for f in files], preview, plain)
    _report(api.BatchResult(written=written, notes=notes), len(files))


@main.command()
@click.argument("outlines", nargs=-1, required=True, type=click.Path(allow_dash=True))
def check(outlines: tuple[str, ...]) -> None:
    """Kiểm tra các đề cương; in "OK" cho mỗi tệp hợp lệ."""
    from minutes import api

    names = api.expand_outlines(outlines)
    failed = api.check_files(names, ok=lambda name: click.echo(f"{name}: OK"),
                             bad=lambda err: click.echo(str(err), err=True), warn=_warn)
    if failed:
        click.echo(ngettext("{failed}/{total} tệp có lỗi.", "{failed}/{total} tệp có lỗi.", failed).format(
            failed=failed, total=len(names)), err=True)
        sys.exit(1)


@main.command()
@click.argument("outline", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--from", "previous", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Đề cương kỳ trước: mọi câu hỏi lấy câu trả lời cũ làm mặc định.")
def new(outline: Path | None, previous: Path | None) -> None:
    """Hỏi từng câu (tiếng Việt) rồi ghi đề cương OUTLINE; Ctrl-C không để lại tệp nào."""
    from minutes.interview.run import run_interview

    if run_interview(outline, previous) is None:
        sys.exit(1)


@main.command(name="next")
@click.argument("outline", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Đề cương kỳ mới (mặc định: đổi kỳ trong tên tệp); '-' in ra màn hình.")
@click.option("--force", is_flag=True, help="Ghi đè tệp đã có.")
def next_(outline: str, output: str | None, force: bool) -> None:
    """Viết đề cương kỳ sau từ OUTLINE: dời kỳ, nhiệm vụ cũ thành phần kiểm điểm, giữ chú thích."""
    from minutes import api

    written = api.next_outline(outline, output, force)
    if written is not None:
        click.echo(_("Đã ghi {path}; ngày, giờ, số liệu kỳ mới còn để trống: "
                     "'minutes check {path}' liệt kê những chỗ còn phải điền hoặc xác nhận").format(path=written))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--style", type=STYLES, help="Thể thức (mặc định: nhận ra từ văn bản).")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def lint(files: tuple[str, ...], style: str | None, as_json: bool) -> None:
    """Soát thể thức các tệp .docx (của minutes hoặc gõ tay trong Word) theo NĐ 30, HD 05, HD 29."""
    from minutes import api

    report, errors = api.lint_files(list(files), style, as_json)
    click.echo(report)
    if errors:
        sys.exit(1)


@main.group(name="templates", invoke_without_command=True)
@click.pass_context
def templates_(ctx: click.Context) -> None:
    """Liệt kê các mẫu văn bản có sẵn; xuất hoặc kiểm tra một mẫu."""
    if ctx.invoked_subcommand is not None:
        return
    from minutes import api

    built_ins = api.built_in_templates()
    width = max(len(name) for name, _ in built_ins)
    for name, description in built_ins:
        click.echo(f"{name:<{width}}  {description}")


@templates_.command(name="export")
@click.argument("name")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--style", type=STYLES, default="state", show_default=True, help="Thể thức của mẫu.")
@click.option("--force", is_flag=True, help="Ghi đè tệp đã có.")
def templates_export(name: str, file: str, style: str, force: bool) -> None:
    """Chép mẫu có sẵn NAME ra FILE để sửa bằng Word (rồi dùng: minutes render -t FILE)."""
    from minutes import api

    click.echo(_("Đã ghi {path}").format(path=api.export_template(name, file, style, force)))


@templates_.command(name="check")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def templates_check(file: str) -> None:
    """Kiểm tra mẫu FILE: lỗi cú pháp Jinja và biến không có trong đề cương."""
    from minutes import api

    problems = api.check_template(file)
    for problem in problems:
        click.echo(f"{file}: {problem}", err=True)
    if problems:
        click.echo(ngettext("Lỗi: {count} vấn đề trong mẫu {file}.", "Lỗi: {count} vấn đề trong mẫu {file}.",
                            len(problems)).format(count=len(problems), file=file), err=True)
        sys.exit(1)
    click.echo(f"{file}: OK")


@main.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Đề cương ghi ra (mặc định: FILE đổi đuôi thành .yaml); '-' in ra màn hình.")
@click.option("--force", is_flag=True, help="Ghi đè tệp đã có.")
def import_(file: str, output: str | None, force: bool) -> None:
    """Lập đề cương YAML từ biên bản .docx FILE (của minutes hoặc gõ trong Word, cả phông .VnTime, VNI)."""
    from minutes import api

    target, result = api.import_file(file, output, force)
    where = str(target) if target is not None else "<stdout>"

    def say(text: str) -> None:
        click.echo(text, err=target is None)

    if target is not None:
        say(_("Đã ghi {path}").format(path=target))
    if result.uncertain:
        say(ngettext("{count} giá trị cần kiểm tra lại (các dòng “# kiểm tra lại”):",
                     "{count} giá trị cần kiểm tra lại (các dòng “# kiểm tra lại”):",
                     len(result.uncertain)).format(count=len(result.uncertain)))
        for doubt in result.uncertain:
            say(f"  - {doubt}")
    if result.notes:
        say(ngettext("{count} đoạn chưa xếp được vào mục nào, giữ trong notes.",
                     "{count} đoạn chưa xếp được vào mục nào, giữ trong notes.",
                     len(result.notes)).format(count=len(result.notes)))
    if result.ok:
        say(f"{where}: OK")
        return
    for problem in result.problems:
        click.echo(str(problem), err=True)
    click.echo(ngettext("Còn thiếu: {count} mục; điền vào {path} rồi chạy: minutes check {path}",
                        "Còn thiếu: {count} mục; điền vào {path} rồi chạy: minutes check {path}",
                        len(result.problems)).format(count=len(result.problems), path=where), err=True)
    sys.exit(1)


@main.command()
@click.argument("folder", default=".", type=click.Path(exists=True, file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Địa chỉ nghe; khác 127.0.0.1 thì phải có --token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Cổng.")
@click.option("--open/--no-open", "open_browser", default=True, show_default=True, help="Mở trình duyệt.")
@click.option("--token", envvar="MINUTES_TOKEN", help="Mật khẩu đăng nhập (hoặc biến MINUTES_TOKEN).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Số tiến trình phục vụ cùng một địa chỉ (nhiều người dùng cùng lúc).")
@click.option("--db", envvar="MINUTES_DB", metavar="URL", help="Cơ sở dữ liệu của sổ đăng ký (như minutes register).")
def serve(folder: str, host: str, port: int, open_browser: bool, token: str | None, workers: int,
          db: str | None) -> None:
    """Mở biểu mẫu soạn đề cương trong trình duyệt (các đề cương trong FOLDER)."""
    from minutes import api
    from minutes.web import serve as run

    api.warm_readers()  # the form reads and renders many files: each child starts ready
    run(folder, host=host, port=port, open_browser=open_browser, token=token, echo=click.echo,
        workers=workers, db=db)


def _office_commands() -> None:
    """Add ``register``, ``tasks`` and ``search`` (:mod:`minutes.register.commands`)."""
    from minutes.register.commands import COMMANDS

    for command in COMMANDS:
        main.add_command(command)


_office_commands()
