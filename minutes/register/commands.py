"""The commands of the office's register: ``minutes register take|list|void``, ``minutes tasks``,
``minutes search`` (added to the ``minutes`` group by :mod:`minutes.cli`)."""

from __future__ import annotations

import sys
import textwrap

import click

from minutes.i18n import _
from minutes.register.books import NUMBERED

DB_HELP = ("Cơ sở dữ liệu của sổ (URL, ví dụ postgresql://người-dùng@máy/tên-csdl); mặc định: biến "
           "MINUTES_DB, hoặc tệp so-dang-ky.sqlite trong thư mục đề cương.")
db_option = click.option("--db", envvar="MINUTES_DB", metavar="URL", help=DB_HELP)
FORMATS = click.Choice(["table", "csv", "docx"])


def terminal_width() -> int | None:
    """The columns of the terminal the output goes to; None when it goes to a file or a pipe
    (tables are then as wide as they need: nothing is cut)."""
    import shutil

    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def _emit(data: bytes, fmt: str, output: str | None, default_name: str) -> None:
    """Print a table or CSV; write a .docx to ``output`` (default ``default_name``)."""
    if fmt != "docx" and not output:
        click.echo(data.decode("utf-8").lstrip("\ufeff") if fmt == "table" else data.decode("utf-8"), nl=False)
        return
    from minutes.files import write_atomic

    target = output or default_name
    write_atomic(target, data)
    click.echo(_("Đã ghi {path}").format(path=target))


@click.group(name="register")
def register() -> None:
    """Sổ đăng ký văn bản đi: cấp số, in sổ, hủy số cấp nhầm."""


@register.command(name="take")
@click.argument("outline", type=click.Path(exists=True, dir_okay=False))
@click.option("-t", "--template", "document", metavar="VĂN-BẢN",
              type=click.Choice(NUMBERED),
              help="Văn bản cần số (mặc định: biên bản).")
@db_option
def take(outline: str, document: str | None, db: str | None) -> None:
    """Cấp số tiếp theo của sổ cho văn bản của OUTLINE và ghi số vào đề cương."""
    from minutes.register import office

    taken = office.take_number(outline, document, db)
    if taken.by_hand:
        click.echo(_("Đã ghi vào sổ số {reference} gõ trong {outline} (năm {year}); số tiếp theo của sổ: "
                     "{following:02d}").format(reference=taken.reference, outline=outline, year=taken.year,
                                                following=taken.following))
        return
    said = _("Đã cấp số {reference} (năm {year}) cho {outline}") if taken.fresh \
        else _("Văn bản đã có số {reference} (năm {year}) cho {outline}")
    click.echo(said.format(reference=taken.reference, year=taken.year, outline=outline))


@register.command(name="list")
@click.argument("folder", default=".", type=click.Path(exists=True, file_okay=False))
@click.option("--year", type=int, help="Chỉ năm này.")
@click.option("--book", metavar="TÊN-SỔ", help="Chỉ sổ này (tên trong registers của hồ sơ; mặc định: mọi sổ, "
              "mỗi sổ một phần; \"\" là sổ chính).")
@click.option("--body", help="Chỉ sổ của cơ quan này: chữ viết tắt (ví dụ UBND) hoặc tên.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
              help="table: bảng trên màn hình; csv: mở bằng Excel; docx: văn bản để in.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Tệp ghi ra (mặc định cho docx: so-dang-ky-NĂM.docx).")
@db_option
def list_(folder: str, year: int | None, book: str | None, body: str | None, fmt: str, output: str | None,
          db: str | None) -> None:
    """In sổ đăng ký văn bản đi (NĐ 30/2020 Phụ lục IV) của FOLDER."""
    from minutes.register import office
    from minutes.register.numbers import names_body

    rows = office.register_rows(folder, year, db, book=book.strip() if book is not None else None)
    rows = [r for r in rows if names_body(r["body"], body)] if body and body.strip() else rows
    years = {r["year"] for r in rows}
    named = year or (years.pop() if len(years) == 1 else "tat-ca")
    _emit(office.register_output(rows, fmt, year, width=terminal_width()), fmt, output, f"so-dang-ky-{named}.docx")


@register.command(name="void")
@click.argument("number", type=int)
@click.option("--year", type=int, required=True, help="Năm của số.")
@click.option("--reason", required=True, help="Lý do hủy (ghi vào sổ).")
@click.option("--folder", default=".", type=click.Path(exists=True, file_okay=False), help="Thư mục đề cương.")
@click.option("--body", help="Cơ quan của số, khi sổ có nhiều cơ quan: chữ viết tắt (ví dụ UBND) hoặc tên.")
@click.option("--book", default="", metavar="TÊN-SỔ", help="Sổ của số (tên trong registers; mặc định: sổ chính).")
@db_option
def void(number: int, year: int, reason: str, folder: str, body: str | None, book: str, db: str | None) -> None:
    """Hủy số NUMBER cấp nhầm: ghi người, ngày, lý do; số không bị xóa và không cấp lại."""
    from minutes.register import office

    row = office.void_number(folder, year, number, reason, db, body=body, book=book.strip())
    click.echo(_("Đã hủy số {reference} năm {year}: {reason}").format(reference=row["reference"], year=year,
                                                                       reason=reason))


@click.command(name="tasks")
@click.argument("folders", nargs=-1, type=click.Path(exists=True, file_okay=False))
@click.option("--owner", help="Chỉ việc của người/đơn vị này (không cần dấu).")
@click.option("--overdue", is_flag=True, help="Chỉ việc quá hạn chưa hoàn thành.")
@click.option("--body", help="Chỉ việc các cuộc họp của cơ quan này giao: chữ viết tắt (ví dụ UBND) hoặc tên.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
              help="table: bảng trên màn hình; csv: mở bằng Excel; docx: văn bản để in.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Tệp ghi ra (mặc định cho docx: theo-doi-nhiem-vu.docx).")
@db_option
def tasks(folders: tuple[str, ...], owner: str | None, overdue: bool, body: str | None, fmt: str,
          output: str | None, db: str | None) -> None:
    """Theo dõi việc các cuộc họp giao: người thực hiện, hạn, tình trạng theo phần kiểm điểm kỳ sau."""
    from minutes.register import office

    found = office.follow_up(list(folders), owner or "", overdue, db, body=body or "")
    _emit(office.tasks_output(found, fmt, width=terminal_width(), overdue=overdue, owner=owner or ""), fmt, output,
          "theo-doi-nhiem-vu.docx")


@click.command(name="search")
@click.argument("words")
@click.argument("folders", nargs=-1, type=click.Path(exists=True, file_okay=False))
@db_option
def search(words: str, folders: tuple[str, ...], db: str | None) -> None:
    """Tìm cuộc họp theo nội dung (có dấu hay không dấu đều được), kết quả sát nhất trước."""
    from minutes.register import office

    hits = office.search(words, list(folders), db)
    if not hits:
        click.echo(_("Không tìm thấy cuộc họp nào có: {words}").format(words=words), err=True)
        sys.exit(1)
    width, undated = terminal_width(), _("(chưa có ngày)")
    for hit in hits:
        heading = f"{hit.outline}  {hit.date_text or undated}  {hit.title}"
        click.echo(textwrap.fill(heading, width - 1, subsequent_indent="  ") if width else heading)
        click.echo(textwrap.fill(hit.line, width - 1, initial_indent="    ", subsequent_indent="    ")
                   if width else f"    {hit.line}")


COMMANDS = (register, tasks, search)
