"""``minutes templates``: the built-in templates, exported to edit or checked."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from minutes.errors import OutputError
from minutes.i18n import _

if TYPE_CHECKING:
    from minutes.docx.template_scan import TemplateProblem


def export_template(name: str, target: str, style: str = "state", force: bool = False) -> Path:
    """Copy the built-in template ``name`` (in ``style``) to ``target`` for editing in Word."""
    from minutes.docx.catalog import resolve
    from minutes.files import write_atomic

    ref = resolve(name, style)
    if not ref.built_in:
        raise OutputError(_("'{name}' không phải mẫu có sẵn; xem danh sách bằng: minutes templates").format(name=name))
    if os.path.lexists(target) and not force:
        raise OutputError(_("{target} đã có; dùng --force để ghi đè").format(target=target))
    write_atomic(target, ref.path.read_bytes())
    return Path(target)


def built_in_templates() -> list[tuple[str, str]]:
    """``minutes templates``: (name, description) of every built-in template."""
    from minutes.docx.catalog import BUILT_INS

    return [(built_in.name, built_in.description) for built_in in BUILT_INS]


def check_template(path: str) -> list[TemplateProblem]:
    """``minutes templates check``: what is wrong with the template ``path`` (empty: fine)."""
    from minutes.docx.template_check import check_template as check

    return check(path)
