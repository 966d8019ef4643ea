"""What the commands do, as plain functions over paths: the one door of :mod:`minutes.cli`,
the interview and the web form to everything below them.

Each function takes file names as the user typed them ("-" for standard input/output),
calls the stages below, and raises only :class:`~minutes.errors.MinutesError` subclasses.
One module a verb:

- :mod:`~minutes.api.outlines`: read and check outlines (``check``; what every verb loads);
- :mod:`~minutes.api.rendering`: ``render``, one outline or a batch;
- :mod:`~minutes.api.notices`: what ``check`` and ``render`` say beyond the outline's problems;
- :mod:`~minutes.api.printing`: PDF/A, page images, record sheets, ``pdf``;
- :mod:`~minutes.api.importing`: ``import``;
- :mod:`~minutes.api.rolling`: ``next``;
- :mod:`~minutes.api.templates`: ``templates``;
"""

from __future__ import annotations

from minutes.api.importing import (
    import_file,
)
from minutes.api.linting import (
    lint_files,
)
from minutes.api.notices import (
    FOLLOW_UPS,
    Warn,
    document_warnings,
    signer_warning,
    skipped_warnings,
)
from minutes.api.outlines import (
    check_files,
    expand_outlines,
    load,
    number_duplicates,
    number_text,
    read_source,
    split_absence,
    split_person,
)
from minutes.api.printing import (
    make_pdfs,
    preview_files,
    preview_keys,
    preview_missing,
    preview_pages,
    warm_office,
)
from minutes.api.rendering import (
    FORMATS,
    BatchInterrupted,
    BatchResult,
    Outcome,
    document_data,
    document_label,
    documents_of,
    formats_of,
    make_folder,
    make_parent,
    may_collide,
    output_name,
    refuse_inputs,
    render,
    render_batch,
    render_file,
    render_outline,
    save,
    stop_renders,
    warm_readers,
    write_records,
)
from minutes.api.rolling import (
    next_outline,
    write_next_outline,
)
from minutes.api.templates import (
    built_in_templates,
    check_template,
    export_template,
)
from minutes.outline.source import (  # the web form's outline text goes through this door too
    Checked,
    ConflictError,
    check_text,
    outline_tree,
    read_outline_text,
    set_key,
    tree_text,
    version_of,
    write_outline_text,
)

__all__ = [
    "Warn",
    "built_in_templates",
    "check_template",
    "lint_files",
    "next_outline",
    "BatchInterrupted",
    "BatchResult",
    "Checked",
    "ConflictError",
    "FOLLOW_UPS",
    "FORMATS",
    "Outcome",
    "check_files",
    "check_text",
    "document_data",
    "document_label",
    "document_warnings",
    "documents_of",
    "expand_outlines",
    "export_template",
    "formats_of",
    "import_file",
    "load",
    "make_folder",
    "make_parent",
    "make_pdfs",
    "may_collide",
    "number_duplicates",
    "number_text",
    "outline_tree",
    "output_name",
    "preview_missing",
    "preview_files",
    "preview_keys",
    "preview_pages",
    "read_outline_text",
    "read_source",
    "refuse_inputs",
    "render",
    "render_batch",
    "render_file",
    "render_outline",
    "save",
    "set_key",
    "signer_warning",
    "skipped_warnings",
    "split_absence",
    "split_person",
    "stop_renders",
    "tree_text",
    "version_of",
    "warm_office",
    "warm_readers",
    "write_next_outline",
    "write_outline_text",
    "write_records",
]
