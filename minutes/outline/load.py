"""Load an outline file: read it (bounded), parse it, merge its profiles, validate it.

The steps below it: :mod:`minutes.outline.reader` (bytes -> YAML nodes with
positions), :mod:`minutes.outline.profiles` (``extends``), and
:mod:`minutes.outline.fields` (nodes -> typed, frozen model).
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from typing import Any

from minutes import model
from minutes.errors import OutlineError, Problem, display_name
from minutes.files import InputError, InputTooLarge, read_bounded
from minutes.i18n import _
from minutes.outline import profiles, slips
from minutes.outline import reader as yamlio
from minutes.outline.fields import validate

WRITTEN_INTO = ("extends", "template")
"""The top-level keys whose presence makes loading write into the tree: the profiles an
``extends`` names are merged into it (:func:`minutes.outline.profiles.apply`) and a
``template`` path is replaced by the file it resolves to
(:func:`minutes.outline.profiles.resolve_template`). :func:`load_source` does that in a copy."""


def load_outline(path: str | os.PathLike[str], *, data: bytes | None = None,
                 warnings: list[Problem] | None = None, within: str | os.PathLike[str] | None = None) -> model.Outline:
    """Read, parse and validate the outline at ``path`` ("-": standard input).

    With ``data``, those bytes are the outline and ``path`` only names it in messages
    (and is where a relative ``extends`` starts from). The profiles it extends are
    merged in first (:mod:`minutes.outline.profiles`); their problems are reported with theirs.
    Every path it names (``extends`` at every depth, ``template``) is resolved relative
    to the file that names it before anything is opened; with ``within`` (the folder the
    web form serves) one that leads out of it is a problem (:func:`minutes.files.resolve_named`).
    Raises OutlineError (every problem of the file at once) when it cannot be used;
    what was repaired while reading is added to ``warnings`` (FILE:LINE:COL: path: …).
    """
    return _load(path, data, warnings, within, keep=False).outline


@dataclass(frozen=True)
class Loaded:
    """An outline loaded by :func:`load_source`: the outline, its text, and its own tree."""

    outline: model.Outline
    text: str
    """The file's text, decoded."""
    tree: Any
    """The file's own round-trip tree (comments, key order and quoting kept; no profile merged
    into it), ready to edit and write back with :func:`minutes.outline.source.tree_text`; None
    when reading had to change something in it (see :class:`minutes.outline.reader.Reading`),
    and then the text is to be parsed again for editing (:func:`minutes.outline.source.outline_tree`)."""


def load_source(path: str | os.PathLike[str], *, data: bytes | None = None,
                warnings: list[Problem] | None = None, within: str | os.PathLike[str] | None = None) -> Loaded:
    """:func:`load_outline`, keeping the tree the text was parsed into, so that a caller that
    writes a value into the file (``minutes register take``) does not parse it again.

    The text is parsed once: that tree is checked, validated and kept; when the outline
    extends a profile, the profile is merged into a copy, so the tree kept holds only the
    file's own keys, comments and order.
    """
    return _load(path, data, warnings, within, keep=True)


def _load(path: str | os.PathLike[str], data: bytes | None, warnings: list[Problem] | None,
          within: str | os.PathLike[str] | None, keep: bool) -> Loaded:
    """:func:`load_outline` and :func:`load_source`; ``keep``: keep the file's own tree."""
    name = display_name(path)
    if data is None:
        data = read_file(path, name)
    found: list[Problem] = []
    try:
        text, reading, todos = _parse(data, name, found, quotes=keep, todos=warnings is not None)
    except OutlineError as exc:  # a YAML-level slip: report the rest of the file with it
        more = read_on(data, path, name, exc.problems)
        raise OutlineError(sorted(exc.problems + more, key=lambda p: (p.file != name, p.line, p.column))) from None
    node = reading.root
    own = node if keep and reading.exact else None
    if own is not None and any(key in node for key in WRITTEN_INTO):
        node = copy.deepcopy(node)  # merged and resolved in a copy: the file's own tree stays as written
    chain = profiles.apply(node, path, name, found, within)
    profiles.resolve_template(node, chain, path, within, found)
    repaired: list[Problem] = []
    try:
        outline = validate(node, name, warnings=repaired if warnings is not None else None)
    except OutlineError as exc:
        raise OutlineError(chain.ordered(found + chain.attribute(exc.problems, node))) from None
    if found:
        raise OutlineError(chain.ordered(found))
    if warnings is not None:
        repaired = chain.attribute(repaired, node)
        said = {(p.file, p.line) for p in repaired}  # a TODO on a line already warned about adds nothing
        todos = [t for t in todos if (t.file, t.line) not in said
                 or any(w in t.message or _(w) in t.message for w in slips.CONFIRM)]
        warnings.extend(sorted(todos + repaired, key=lambda p: (p.file != name, p.line, p.column)))
    return Loaded(outline, text, own)


def parse(data: bytes, name: str, found: list[Problem]) -> tuple[object, list[Problem]]:
    """Parse the outline's bytes; the slips of its text (:mod:`minutes.outline.slips`) are added
    to ``found``, every one at its own line, even when the parser stops at the first.
    Return the root node and the ``# TODO`` marks (warnings: places still to fill)."""
    _, reading, todos = _parse(data, name, found)
    return reading.root, todos


def _parse(data: bytes, name: str, found: list[Problem], *, quotes: bool = False,
           todos: bool = True) -> tuple[str, yamlio.Reading, list[Problem]]:
    """:func:`parse`, giving also the decoded text and the :class:`~minutes.outline.reader.Reading`
    (``quotes``: see :func:`minutes.outline.reader.read`); the ``# TODO`` marks only when
    ``todos`` (the warnings are asked for)."""
    yamlio.check_size(len(data), name)
    text = yamlio.decode(data, name)
    typed = slips.scan(text, name)
    try:
        reading = yamlio.read(text, name, problems=found, quotes=quotes)
    except OutlineError as exc:
        if not typed:
            raise
        rest = [p for p in exc.problems if not slips.explained(p, typed, text)]
        raise OutlineError(sorted(typed + rest, key=lambda p: (p.line, p.column))) from None
    found.extend(typed)
    return text, reading, slips.todos(text, name) if todos else []


def read_on(data: bytes, path: str | os.PathLike[str], name: str, first: list[Problem]) -> list[Problem]:
    """The problems of the rest of a file the YAML parser stopped in (``first``): its slips
    mended line for line (:mod:`minutes.outline.mending`), the rest validated as usual.
    Problems on a mended line, or on a line already reported, are left out."""
    from minutes.outline import mending

    if not any(mending.is_slip(p) for p in first):
        return []  # a bound crossed, an empty file, a list at the top: nothing more to read
    try:
        text = yamlio.decode(data, name)
        result = mending.mended(text, lambda t: yamlio.parse(t, name, problems=[]), first)
    except OutlineError:
        return []
    if result is None:
        return []
    node, touched = result
    more: list[Problem] = []
    try:
        profiles.apply(node, path, name, more)
        validate(node, name)
    except OutlineError as exc:
        more += exc.problems
    said = {p.line for p in first} | touched  # a missing key is no consequence of a mended value
    return [p for p in more if p.file == name and (p.line not in said or p.message.startswith(_("thiếu mục bắt buộc")))]


def read_file(path: str | os.PathLike[str], name: str) -> bytes:
    """Return the bytes of ``path`` ("-": standard input), read with a bound
    (:func:`minutes.files.read_bounded`); OutlineError when it cannot be read."""
    try:
        return read_bounded(path, yamlio.MAX_BYTES, name, "tệp")
    except InputTooLarge as exc:
        yamlio.check_size(exc.size, name)  # raises the outline's own message
        raise  # pragma: no cover (check_size always raises past the limit)
    except InputError as exc:
        raise OutlineError([Problem(name, 0, 0, "", str(exc))]) from None
