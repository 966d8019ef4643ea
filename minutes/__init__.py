"""Draft Vietnamese meeting minutes (biên bản hội nghị) from a YAML outline.

The public library API is small: :func:`minutes.outline.load_outline` reads and
validates an outline, :func:`minutes.render.render_document` turns it into a
.docx. The command line (:mod:`minutes.cli`) is a thin layer over these two.
"""

__version__ = "0.1.0"
