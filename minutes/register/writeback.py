"""Writing a number given by the register into its outline, keeping comments and key order."""

from __future__ import annotations

from pathlib import Path

from minutes.outline.edit import comment_slot, replace
from minutes.outline.reader import decode
from minutes.outline.source import (
    outline_tree,
    read_outline_text,
    set_key,
    tree_text,
    version_of,
    write_outline_text,
)

BEFORE_NUMBER = ("template", "style", "extends", "organization", "place")
"""A new ``number`` key goes after the last of these (where ``minutes new`` puts it)."""
BEFORE_NUMBERS = ("template", "style", "extends", "organization", "place", "number", "issued")


def write_number(path: str | Path, document: str, number: int, data: bytes | None = None, tree=None) -> None:
    """Set ``number`` (the biên bản) or ``numbers.<document>`` in the outline at ``path``.

    A ``# TODO`` left by ``minutes next`` on that line is dropped (the number is filled);
    any other comment stays. The file is written whole, only if unchanged since read:
    since ``data`` when given (the bytes the outline was loaded and checked from, which
    are then not parsed for the checks again), else since this function read it.
    ``tree``: the round-trip tree those bytes were parsed into when they were loaded
    (:attr:`minutes.outline.load.Loaded.tree`, with ``data``): the number is written into
    it, and the text is not parsed again at all.
    """
    from ruamel.yaml.comments import CommentedMap

    if data is None:
        text, version = read_outline_text(path)
        tree = outline_tree(text, Path(path).name)
    else:
        text, version = decode(data, Path(path).name), version_of(data)
        if tree is None:
            tree = outline_tree(text, Path(path).name, checked=True)
    if document == "bien-ban":
        holder, key = tree, "number"
        set_key(tree, "number", number, BEFORE_NUMBER)
    else:
        if not isinstance(tree.get("numbers"), CommentedMap):
            set_key(tree, "numbers", CommentedMap(), BEFORE_NUMBERS)
        holder, key = tree["numbers"], document
        if document in holder:
            replace(holder, document, number)
        else:
            holder[document] = number
    _drop_todo(holder, key)
    write_outline_text(path, tree_text(tree, text), version)


def _drop_todo(holder, key: str) -> None:
    """Remove a ``# TODO …`` ending the line of ``holder[key]`` (the comment lines after it stay)."""
    entry, slot = comment_slot(holder, key)
    token = entry[slot]
    if token is None:
        return
    first, newline, rest = token.value.partition("\n")
    if first.strip().lstrip("#").strip().startswith("TODO"):
        if rest.strip():
            token.value = "\n" + rest
        else:
            entry[slot] = None
