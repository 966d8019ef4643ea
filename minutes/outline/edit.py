"""Editing a ruamel round-trip YAML tree without losing its comments, quoting or layout.

The helpers ``minutes next`` (:mod:`minutes.outline.rollover`) edits an outline with: set a
value or add a key while the comment lines that followed stay where they were
(:func:`replace`, :func:`insert_after`), end a value's line with a ``# note``
(:func:`mark`), keep a scalar's quoting (:func:`like`), and read back or write
with the layout of the original text (:func:`loader`, :func:`dumper`); a new outline is
written by :func:`dumps`.
"""

from __future__ import annotations

import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString, ScalarString
from ruamel.yaml.tokens import CommentToken


def loader() -> YAML:
    """A round-trip reader of YAML 1.2 that keeps the quoting of scalars."""
    yaml = YAML(typ="rt")
    yaml.version, yaml.preserve_quotes = (1, 2), True
    return yaml


def like(old: Any, new: str) -> Any:
    """``new`` quoted like ``old`` (kept as is when unchanged)."""
    if new == old:
        return old
    return type(old)(new) if isinstance(old, ScalarString) else new


def comment_slot(container: Any, key: Any) -> tuple[list[Any], int]:
    """Return ruamel's comment entry of ``container[key]`` and the index of its end-of-line token."""
    return container.ca.items.setdefault(key, [None, None, None, None]), 0 if isinstance(container, list) else 2


def mark(container: Any, key: Any, note: str) -> None:
    """End the line of ``container[key]`` with ``# note``, keeping a comment already there."""
    entry, slot = comment_slot(container, key)
    token = entry[slot]
    if token is None:
        entry[slot] = CommentToken(f" # {note}\n", CommentMark(0))
        return
    first, _, rest = token.value.partition("\n")
    said = first.strip().lstrip("#").strip()
    if note not in first:
        token.value = f"# {note}; {said}\n{rest}" if said else f" # {note}\n{rest}"
        token.start_mark = token.start_mark if said else CommentMark(0)


def _last(container: Any, key: Any) -> list[tuple[Any, Any]]:
    """The (container, key) steps down to the last block-style value under ``container[key]``."""
    path, value = [(container, key)], container[key]
    while isinstance(value, (CommentedMap, CommentedSeq)) and value and not value.fa.flow_style():
        key = len(value) - 1 if isinstance(value, list) else list(value)[-1]
        path.append((value, key))
        value = value[key]
    return path


def _take_trailing(container: Any, key: Any) -> str:
    """Remove and return the comment lines after ``container[key]`` (they introduce what follows)."""
    lines = ""
    for parent, k in _last(container, key):
        (entry, slot), value = comment_slot(parent, k), parent[k]
        if entry[slot] is not None:  # its first line ends the value's own line, unless a block scalar
            block = isinstance(value, (LiteralScalarString, FoldedScalarString))
            first, _, rest = ("", "", entry[slot].value) if block else entry[slot].value.partition("\n")
            lines += rest
            entry[slot].value = first + "\n"
            if not first.strip():
                entry[slot] = None
        if isinstance(value, (CommentedMap, CommentedSeq)):
            lines, value.ca.end = lines + "".join(t.value for t in value.ca.end or ()), []
    return lines


def _put_trailing(container: Any, key: Any, lines: str) -> None:
    """Attach comment ``lines`` after ``container[key]``."""
    if lines:
        entry, slot = comment_slot(*_last(container, key)[-1])
        if entry[slot] is None:
            entry[slot] = CommentToken("\n" + lines, CommentMark(0))
        else:
            entry[slot].value = entry[slot].value.rstrip("\n") + "\n" + lines


def replace(mapping: CommentedMap, key: str, value: Any) -> None:
    """Set ``mapping[key]``, keeping the comment lines that followed the old value in place."""
    lines = _take_trailing(mapping, key)
    mapping[key] = value
    _put_trailing(mapping, key, lines)


def insert_after(mapping: CommentedMap, before: tuple[str, ...], key: str, value: Any) -> None:
    """Add ``key`` after the last key of ``before`` present (or first), comments following."""
    previous = [k for k in mapping if k in before]
    lines = _take_trailing(mapping, previous[-1]) if previous else ""
    mapping.insert(list(mapping).index(previous[-1]) + 1 if previous else 0, key, value)
    _put_trailing(mapping, key, lines)


def dumps(root: Any) -> str:
    """``root`` (ruamel nodes) as the text of a new outline: each value on one line however
    long, mappings indented 2, list items 4 with the dash at 2 (``minutes new``, ``minutes import``)."""
    yaml = YAML(typ="rt")
    yaml.width = 4096  # no folding of long Vietnamese sentences
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(root, out)
    return out.getvalue()


def dumper(text: str) -> YAML:
    """A round-trip writer with the layout of ``text``: indents, ``---``, ``%YAML``."""
    yaml = YAML(typ="rt")
    found: dict[str, Any] = {}
    yaml.preserve_quotes, yaml.width = True, 4096
    lines = [re.sub(r"\s+#.*$", "", line) for line in text.splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    for parent, line in zip(lines, lines[1:]):
        inner, outer, body = len(line) - len(line.lstrip()), len(parent) - len(parent.lstrip()), line.lstrip()
        if parent.rstrip().endswith(":") and inner > outer:
            if body.startswith("- "):
                found.setdefault("sequence", (inner - outer + len(body) - len(body[1:].lstrip()), inner - outer))
            elif not body.startswith("-"):
                found.setdefault("mapping", inner - outer)
    sequence, offset = found.get("sequence", (4, 2))
    yaml.indent(mapping=found.get("mapping", 2), sequence=sequence, offset=offset)
    yaml.explicit_start = bool(re.search(r"^---[ \t]*$", text, re.M))
    yaml.version = (1, 2) if re.search(r"^%YAML", text, re.M) else None
    return yaml
