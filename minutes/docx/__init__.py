"""The .docx stage: templates, rendering, reading documents back.

Owns: the built-in templates and template resolution (:mod:`.catalog`), rendering
in a sandbox (:mod:`.render`), reproducible packages (:mod:`.package`), rule
lengths from font metrics (:mod:`.layout`, :mod:`.fontmetrics`), the fingerprint
that tells a generated document from an edited one (:mod:`.fingerprint`), effective
formatting read back (:mod:`.read`) and user-template checks (:mod:`.template_check`).
May import: the base layer, :mod:`minutes.vietnamese`, :mod:`minutes.documents`.
"""

from minutes import lazy_exports

__getattr__ = lazy_exports(__name__, {
    "render_bytes": "render", "render_document": "render",
    "resolve": "catalog", "templates_dir": "catalog", "BUILT_INS": "catalog",
    "document_text": "read", "iter_paragraphs": "read", "effective": "read",
    "check_template": "template_check",
})
