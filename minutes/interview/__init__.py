"""``minutes new``: the outline asked question by question in the terminal.

Owns: the order of questions (:mod:`.run`, :mod:`.sections`), single answers and
lists (:mod:`.entries`), asking and saving (:mod:`.asking`), and writing the
answers as commented YAML (:mod:`.emit`).
May import: every layer below the faces, :mod:`minutes.api` included.
"""

from minutes import lazy_exports

__getattr__ = lazy_exports(__name__, {"run_interview": "run"})
