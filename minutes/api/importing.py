"""``minutes import``: an outline from a biên bản .docx."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from minutes.api.rendering import make_parent, refuse_inputs
from minutes.errors import OutputError
from minutes.i18n import _


def import_file(source: str, output: str | None = None, force: bool = False, shown: str | None = None):
    """``minutes import``: recover the outline of the biên bản ``source`` ("-": standard input).

    Writes it to ``output`` (default: ``source`` with ``.yaml``; "-", or no ``output`` with
    standard input, prints it) and returns (the file written or None, the
    :class:`~minutes.importer.ImportResult`). An existing file is replaced only with ``force``.
    ``shown`` is how messages name the file (default: its name; the web form gives the name of
    the file uploaded, not of the copy it reads).
    """
    from minutes.files import keep_if_changed, write_atomic, write_stdout
    from minutes.importer import import_docx

    to_stdout = output == "-" or (output is None and source == "-")
    target = None if to_stdout else Path(output) if output else Path(source).with_suffix(".yaml")
    if target is not None:
        refuse_inputs(target, [source])
    if target is not None and os.path.lexists(target) and not force:
        raise OutputError(_("{target} đã có; dùng --force để ghi đè, hoặc -o để chọn tên khác").format(target=target))
    data = (getattr(sys.stdin, "buffer", None) or b"") if source == "-" else source  # read with a bound
    result = import_docx(data, name=shown or (Path(source).name if source != "-" else "<stdin>"),
                         outline_name=str(target) if target is not None else "<stdout>")
    if target is None:
        write_stdout(result.outline_text.encode("utf-8"))
    else:
        make_parent(target)
        keep_if_changed(target, result.outline_text.encode("utf-8"))  # --force keeps her file as .bak
        write_atomic(target, result.outline_text.encode("utf-8"))
    return target, result
