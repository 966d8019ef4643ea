"""Reading an outline: bytes -> YAML nodes with positions -> a validated, frozen model.

Owns: bounded reading and YAML limits (:mod:`.reader`, :mod:`.limits`, :mod:`.syntax`),
the schema kit and its checks (:mod:`.schema`, :mod:`.checker`, :mod:`.textclean`),
the outline's fields (:mod:`.fields`), shared profiles (:mod:`.profiles`), the whole
load (:mod:`.load`), and rewriting an outline in place: next period
(:mod:`.rollover`, :mod:`.edit`).
May import: the base layer and :mod:`minutes.vietnamese`.
"""

from minutes import lazy_exports

__getattr__ = lazy_exports(__name__, {
    "load_outline": "load", "read_file": "load",
    "validate": "fields", "OUTLINE": "fields", "MEETING": "fields",
    "write_next": "rollover",
})
