"""``minutes templates check``: every problem of a user's template before it is used.

The static part (:mod:`minutes.docx.template_scan`) reads the template without
running it; when it finds nothing, the template renders a sample outline in the
same bounded sandbox as ``minutes render``, so that what render refuses is
refused here too. This module sits above :mod:`minutes.docx.render`, which uses
the static part to name a misspelt variable the same way.
"""

from __future__ import annotations

from pathlib import Path

from minutes.docx.template_scan import TemplateProblem, sample_outline, scan
from minutes.errors import MinutesError
from minutes.i18n import _

__all__ = ["TemplateProblem", "check_template", "trial_render"]


def check_template(path: str | Path) -> list[TemplateProblem]:
    """Return every problem found in the template at ``path`` (empty: the template is fine).

    Static checks first (:func:`minutes.docx.template_scan.scan`: syntax,
    include/import, internal attributes, unknown variables); when they find nothing,
    a trial render of a sample outline in the same bounded sandbox as ``minutes
    render``, so that what render refuses is refused here too.
    """
    from minutes.docx import isolate

    if isolate.in_child():
        return scan(Path(path)) or trial_render(Path(path))
    return isolate.run(check_template, Path(path), what=_("mẫu {name}").format(name=Path(path).name))


def trial_render(path: Path) -> list[TemplateProblem]:
    """Render a sample outline with the template; its refusal, if any, as one problem."""
    from minutes.docx.render import Renderer

    try:
        Renderer().render(sample_outline(), str(path))
    except MinutesError as exc:
        return [TemplateProblem(0, "", _("khi thử soạn với đề cương mẫu: {error}").format(error=exc))]
    return []
