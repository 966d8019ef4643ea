"""The built-in templates and how a template name or path is resolved to a .docx."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from minutes.documents.kinds import BY_NAME, DOCUMENTS, DocumentType
from minutes.errors import TemplateNotFoundError
from minutes.i18n import N_, _

BUILT_INS = DOCUMENTS
def templates_dir() -> Path:
    """Return the folder of the built-in .docx files.

    Installed, it is the ``minutes.templates`` package (the top-level templates/
    mapped by setup.cfg). Run from a source checkout with the checkout first on
    sys.path (``python -m pytest`` in the repository), ``minutes`` is imported from
    the folder and that mapping does not apply, so the folder beside it is used.
    """
    try:
        return Path(str(resources.files("minutes.templates")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True, slots=True)
class TemplateRef:
    """A resolved template: where its bytes are, and which document it makes."""

    label: str
    path: Path
    document: DocumentType
    built_in: bool


def resolve(name_or_path: str, style: str) -> TemplateRef:
    """Return the template for a built-in ``name`` in ``style``, or for a .docx path.

    Raises :class:`TemplateNotFoundError` naming the built-ins when neither exists.
    """
    if name_or_path in BY_NAME:
        built_in = BY_NAME[name_or_path]
        path = templates_dir() / f"{built_in.name}.{style}.docx"
        if not path.is_file():
            msg = _("mẫu '{name}' chưa có thể thức '{style}'").format(name=built_in.name, style=style)
            raise TemplateNotFoundError(msg)
        return TemplateRef(f"{built_in.name} ({style})", path, built_in, True)
    path = Path(name_or_path).expanduser()
    if path.suffix.lower() == ".docx" and path.is_file():
        return TemplateRef(str(path), path, BY_NAME["bien-ban"], False)
    names = ", ".join(BY_NAME)
    msg = (_("không tìm thấy mẫu '{name_or_path}': hãy dùng một mẫu có sẵn ({names}) hoặc đường dẫn tới một "
             "tệp .docx").format(name_or_path=name_or_path, names=names))
    raise TemplateNotFoundError(msg)


REPORTS = ("theo-doi-nhiem-vu",)
"""The built-in reports of the register (templates/NAME.STYLE.docx): documents of an issuing
body that no one meeting makes; each is a báo cáo."""


def report_template(name: str, style: str) -> TemplateRef:
    """Return the built-in report ``name`` (one of :data:`REPORTS`) in ``style``."""
    path = templates_dir() / f"{name}.{style}.docx"
    if name not in REPORTS or not path.is_file():
        raise TemplateNotFoundError(_("mẫu '{name}' chưa có thể thức '{style}'").format(name=name, style=style))
    return TemplateRef(f"{name} ({style})", path, BY_NAME["bao-cao"], True)


def template_bytes(path: Path) -> bytes:
    """Return the bytes of the template at ``path``, read with a bound and checked as a
    package (:func:`minutes.docx.safezip.read_package`); TemplateError otherwise."""
    from minutes.docx.safezip import read_package
    from minutes.errors import MinutesError, TemplateError

    try:
        return read_package(path, str(path), N_("mẫu .docx"))
    except TemplateError:
        raise
    except MinutesError as exc:
        detail = str(exc).removeprefix(f"{path}: ")
        raise TemplateError(_("{path}: không đọc được tệp .docx: {detail}").format(path=path, detail=detail)) from None
