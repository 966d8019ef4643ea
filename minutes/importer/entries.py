"""Step 3b: the lines of one content section as entries with sub-points.

Offices mark list levels in many ways: "-" then "+", "1." then "a)", Word's
automatic numbering (levels told apart by their indent), or nothing at all. Within a section the first kind of
marker seen is the top level and any other kind a sub-point; a line without a
marker continues the entry above it (a sentence broken over two paragraphs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minutes.importer.line_parts import bare, is_blank, split_marker
from minutes.reading.lines import Line


@dataclass
class Entry:
    """One top-level entry: its text (lines joined by "\\n"), its sub-points, whether it had a marker."""

    text: str
    subs: list[str] = field(default_factory=list)
    marked: bool = True


def entries(lines: list[Line], plain_each: bool = True) -> list[Entry]:
    """Group ``lines`` into entries. Without any marker in the section, each line is its own
    entry when ``plain_each`` (a list typed without dashes), else they make one text."""
    parts = []
    for line in lines:
        kind, _marker, rest = split_marker(line.full)
        if line.auto and kind:
            kind = f"auto{line.level}"  # Word's lists: levels told apart by how far in they are set
        if rest and not is_blank(rest):
            parts.append((kind, rest))
    if not any(kind for kind, _ in parts):
        if plain_each:
            return [Entry(rest, [], False) for _, rest in parts]
        return [Entry("\n".join(rest for _, rest in parts), [], False)] if parts else []
    kinds: list[str] = []
    out: list[Entry] = []
    for kind, rest in parts:
        if not kind:
            if not out:
                out.append(Entry(rest, [], False))
            elif out[-1].subs:
                out[-1].subs[-1] += "\n" + rest
            else:
                out[-1].text += "\n" + rest
            continue
        if kind not in kinds:
            kinds.append(kind)
        if kinds.index(kind) == 0 or not out:
            out.append(Entry(rest))
        else:
            out[-1].subs.append(rest)
    return out


def item_value(entry: Entry):
    """An outline item: the text, or ``{text, items}`` when it has sub-points."""
    text = bare(entry.text)
    if entry.subs:
        return {"text": text, "items": [bare(s) for s in entry.subs]}
    return text
