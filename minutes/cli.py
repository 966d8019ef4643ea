"""The ``minutes`` command line: options in, one library call, errors translated.

Heavy libraries (docx, docxtpl, babel) are imported inside the commands, so
``minutes --help`` stays fast. Every domain error is a :class:`MinutesError`;
:class:`MinutesGroup` catches that base once and turns it into Click's error
output (standard error, exit 1).
"""

from __future__ import annotations

import sys

import click

from minutes import __version__
from minutes.errors import MinutesError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class MinutesGroup(click.Group):
    """A Click group that reports any :class:`MinutesError` as a clean message."""

    def invoke(self, ctx: click.Context):
        """Run the command; a domain error becomes ``Lỗi: …`` on stderr and exit 1."""
        try:
            return super().invoke(ctx)
        except MinutesError as exc:
            click.echo(exc.report(), err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=MinutesGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="minutes")
def main() -> None:
    """Soạn biên bản hội nghị (.docx) đúng thể thức từ một đề cương YAML.

    Draft Vietnamese meeting minutes from a YAML outline. Ví dụ / example:

        minutes render examples/toi-thieu.yaml
    """


@main.command()
@click.argument("outline", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Tệp .docx sẽ ghi (mặc định: cạnh đề cương); '-' ghi ra đầu ra chuẩn.")
@click.option("-t", "--template", help="Mẫu có sẵn (bien-ban) hoặc đường dẫn tới tệp .docx.")
def render(outline: str, output: str | None, template: str | None) -> None:
    """Soạn văn bản từ đề cương OUTLINE ('-' đọc từ đầu vào chuẩn)."""
    from minutes import api

    if output is None and outline == "-":
        output = "-"
    if output == "-" and sys.stdout.isatty():
        raise click.UsageError("không ghi tệp .docx ra màn hình; hãy dùng -o TỆP hoặc chuyển hướng đầu ra")
    written = api.render_file(outline, output, template)
    if written is None:
        return
    click.echo(f"Đã ghi {written}")


@main.command()
@click.argument("outlines", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
def check(outlines: tuple[str, ...]) -> None:
    """Kiểm tra các đề cương; in "OK" cho mỗi tệp hợp lệ."""
    from minutes import api

    failed = api.check_files(outlines, ok=lambda name: click.echo(f"{name}: OK"),
                             bad=lambda err: click.echo(str(err), err=True))
    if failed:
        click.echo(f"{failed}/{len(outlines)} tệp có lỗi.", err=True)
        sys.exit(1)


@main.command(name="templates")
def templates_() -> None:
    """Liệt kê các mẫu văn bản có sẵn."""
    from minutes.catalog import BUILT_INS

    width = max(len(b.name) for b in BUILT_INS)
    for built_in in BUILT_INS:
        click.echo(f"{built_in.name:<{width}}  {built_in.description}")
