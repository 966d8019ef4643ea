"""Outline keys ⇄ form fields, and the round trip that writes only what was changed.

The form shows *plain values*: a string per box, a dict of strings per person, a list
of such dicts per list. :func:`plain_values` reads them from the file's round-trip
tree, :func:`posted_values` from a submitted form. :func:`apply` then changes the
tree only where the two differ, so comments, key order, quoting and every value the
secretary did not touch are written back byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString, ScalarString

from minutes import api
from minutes.web.fields import ORDER, SPECS, Spec

Plain = dict[str, Any]


# --- reading: tree -> plain values ---

def scalar_text(value: Any) -> str:
    """Return how a YAML scalar is shown in a box."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return api.number_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "\n".join(scalar_text(v) for v in value)
    return str(value)


def node_at(tree: Any, key: str) -> Any:
    """Return the value at dotted ``key`` in ``tree`` (None where it is missing)."""
    node = tree
    for part in key.split("."):
        node = node.get(part) if isinstance(node, Mapping) else None
    return node


def entry_plain(entry: Any, spec: Spec) -> dict[str, str]:
    """The boxes of one list entry, from a mapping or its one-line text form."""
    if isinstance(entry, Mapping):
        return {sub.name: scalar_text(entry.get(sub.name)) for sub in spec.subs}
    text = scalar_text(entry)
    values = dict.fromkeys((sub.name for sub in spec.subs), "")
    if spec.shape == "guest":
        values["name"], values["position"] = api.split_person(text)
    elif spec.shape == "absence":
        values["name"], values["position"], values["reason"] = api.split_absence(text)
    else:
        values[spec.subs[0].name] = text
    return values


def spec_plain(tree: Any, spec: Spec) -> Any:
    """The plain value of one field of the form."""
    node = node_at(tree, spec.key)
    if spec.kind == "person":
        if isinstance(node, Mapping):
            return {sub.name: scalar_text(node.get(sub.name)) for sub in spec.subs}
        name, position = api.split_person(scalar_text(node)) if node is not None else ("", "")
        return {sub.name: {"name": name, "position": position}.get(sub.name, "") for sub in spec.subs}
    if spec.kind == "list":
        entries = [] if node is None else node if isinstance(node, list) else [node]
        return [entry_plain(entry, spec) for entry in entries]
    return scalar_text(node)


def plain_values(tree: Any) -> Plain:
    """Every field's plain value read from an outline tree."""
    return {spec.key: spec_plain(tree, spec) for spec in SPECS}


# --- reading: submitted form -> plain values ---

def _clean(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def posted_values(form: Mapping[str, str]) -> Plain:
    """Every field's plain value read from a submitted form (empty rows dropped)."""
    values: Plain = {}
    for spec in SPECS:
        if spec.kind == "person":
            values[spec.key] = {sub.name: _clean(form.get(f"{spec.key}.{sub.name}", "")) for sub in spec.subs}
        elif spec.kind == "list":
            pattern = re.compile(rf"{re.escape(spec.key)}\.(\d+)\.")
            rows = sorted({int(m.group(1)) for name in form if (m := pattern.match(name))})
            entries = [{sub.name: _clean(form.get(f"{spec.key}.{i}.{sub.name}", "")) for sub in spec.subs}
                       for i in rows]
            values[spec.key] = entries
        else:
            values[spec.key] = _clean(form.get(spec.key, ""))
    return values


def drop_empty(values: Plain) -> Plain:
    """``values`` without list rows whose boxes are all empty."""
    return {key: [row for row in value if any(v.strip() for v in row.values())] if isinstance(value, list)
            else value for key, value in values.items()}


# --- writing: plain values -> tree ---

def scalar_value(old: Any, new: str, kind: str) -> Any:
    """The YAML value for ``new`` typed in a box, written like ``old`` where possible."""
    if old is not None and scalar_text(old) == new:
        return old
    if kind == "number" and re.fullmatch(r"\d{1,15}", new.strip()):
        return int(new.strip())
    if "\n" in new.strip("\n"):
        return type(old)(new) if isinstance(old, LiteralScalarString | FoldedScalarString) else LiteralScalarString(new)
    new = new.strip("\n") if "\n" in new else new
    keeps_style = isinstance(old, ScalarString) and not isinstance(old, LiteralScalarString | FoldedScalarString)
    return type(old)(new) if keeps_style else new


def lines_value(old: Any, new: str) -> Any:
    """A list of lines for a "lines" box (one line stays text unless it was a list)."""
    lines = [line.strip() for line in new.split("\n") if line.strip()]
    if isinstance(old, list):
        seq = CommentedSeq(lines)
        if isinstance(old, CommentedSeq) and old.fa.flow_style():  # a round-trip tree's lists always are
            seq.fa.set_flow_style()
        return seq
    return lines[0] if len(lines) == 1 else CommentedSeq(lines)


def set_key(mapping: CommentedMap, key: str, value: Any, order: tuple[str, ...]) -> None:
    """Set, add (in ``order``) or, for None, remove ``mapping[key]``; comments stay put."""
    before = order[:order.index(key)] if key in order else tuple(mapping)
    api.set_key(mapping, key, value, before)


def parent_of(tree: CommentedMap, key: str, create: bool) -> tuple[CommentedMap | None, str]:
    """The mapping holding dotted ``key`` (made when ``create``), and the key's last part."""
    *parents, last = key.split(".")
    node = tree
    for part in parents:
        child = node.get(part)
        if not isinstance(child, CommentedMap):
            if not create:
                return None, last
            child = CommentedMap()
            set_key(node, part, child, ORDER)
        node = child
    return node, last


def sub_order(spec: Spec) -> tuple[str, ...]:
    """The order of keys in a list entry or person mapping."""
    return tuple(sub.name for sub in spec.subs)


TODO = re.compile(r"#?\s*(TODO|FIXME|XXX)\b", re.IGNORECASE)


def settle(container: Any, key: Any) -> None:
    """Remove the ``# TODO`` comment that ends the line of ``container[key]``: she filled the box
    in the form, so the place to fill is filled (the comment lines that follow stay)."""
    items = getattr(container, "ca", None)
    entry = items.items.get(key) if items is not None else None
    slot = 0 if isinstance(container, list) else 2
    if not entry or entry[slot] is None:
        return
    first, _, rest = entry[slot].value.partition("\n")
    if TODO.match(first.strip()):
        if rest.strip():
            entry[slot].value = "\n" + rest
        else:
            entry[slot] = None


def update_mapping(mapping: CommentedMap, spec: Spec, old: dict[str, str], new: dict[str, str]) -> None:
    """Change the keys of a person or entry mapping whose boxes changed."""
    for sub in spec.subs:
        if old.get(sub.name, "") == new.get(sub.name, ""):
            continue
        settle(mapping, sub.name)
        text = new.get(sub.name, "")
        if not text.strip():
            value = None
        elif sub.kind == "lines":
            value = lines_value(mapping.get(sub.name), text)
        else:
            value = scalar_value(mapping.get(sub.name), text, sub.kind)
        set_key(mapping, sub.name, value, sub_order(spec))


def new_entry(spec: Spec, row: dict[str, str]) -> Any:
    """A YAML value for a list row that was not in the file."""
    filled = {name: text for name, text in row.items() if text.strip()}
    first = spec.subs[0].name
    if spec.shape in ("item", "text") and set(filled) <= {first} and "\n" not in filled.get(first, "").strip("\n"):
        return scalar_value(None, filled.get(first, ""), "text")
    mapping = CommentedMap()
    update_mapping(mapping, spec, {}, row)
    if spec.shape in ("guest", "absence") or (spec.shape == "record" and len(mapping) <= 4
                                             and all(isinstance(v, str | int) for v in mapping.values())):
        mapping.fa.set_flow_style()
    return mapping


def list_value(old: Any, spec: Spec, old_rows: list[dict], new_rows: list[dict]) -> Any:
    """The list for ``new_rows``, reusing every entry of ``old`` that is unchanged."""
    entries = [] if old is None else list(old) if isinstance(old, list) else [old]
    unused = list(range(len(entries)))
    chosen: list[tuple[Any, int | None]] = []
    for i, row in enumerate(new_rows):
        same = next((j for j in unused if old_rows[j] == row), None)
        if same is None and i in unused and isinstance(entries[i], CommentedMap):
            same = i
            settle(old, i)
            update_mapping(entries[i], spec, old_rows[i], row)
        if same is not None:
            unused.remove(same)
            chosen.append((entries[same], same))
        else:
            chosen.append((new_entry(spec, row), None))
    if not isinstance(old, list) and len(chosen) == 1 and not isinstance(chosen[0][0], CommentedMap):
        return chosen[0][0]  # a single value stays a single value (conclusion: one text)
    seq = CommentedSeq(value for value, _ in chosen)
    if isinstance(old, CommentedSeq):
        if old.fa.flow_style() is True:  # [a, b] stays on one line
            seq.fa.set_flow_style()
        elif old.fa.flow_style() is False:  # a list of dashes stays one
            seq.fa.set_block_style()
        for new_index, (_, old_index) in enumerate(chosen):
            if old_index is not None and old_index in old.ca.items:
                seq.ca.items[new_index] = old.ca.items[old_index]
        seq.ca.end = old.ca.end
    return seq


def person_value(old: Any, spec: Spec, old_plain: dict, new_plain: dict) -> Any:
    """A person as the file had it: the "Họ tên - Chức vụ" text or a mapping."""
    if not any(v.strip() for v in new_plain.values()):
        return None
    if isinstance(old, CommentedMap):
        update_mapping(old, spec, old_plain, new_plain)
        return old
    extra = [name for name, text in new_plain.items() if text.strip() and name not in ("name", "position")]
    name, position = new_plain.get("name", "").strip(), new_plain.get("position", "").strip()
    if not extra and name and " - " not in name and "\n" not in name + position:
        text = f"{name} - {position}" if position else name
        return scalar_value(old, text, "text")
    mapping = CommentedMap()
    update_mapping(mapping, spec, {}, new_plain)
    return mapping


def apply(tree: CommentedMap, old: Plain, new: Plain) -> CommentedMap:
    """Write into ``tree`` every field whose plain value changed from ``old`` to ``new``."""
    for spec in SPECS:
        before: Any = old.get(spec.key)  # a plain value: text, a mapping or a list of them
        after: Any = new.get(spec.key)
        if before == after:
            continue
        parent, last = parent_of(tree, spec.key, create=True)
        assert parent is not None, "create=True makes every mapping on the way"
        current = parent.get(last)
        if spec.kind != "list":
            settle(parent, last)
        if spec.kind == "person":
            value = person_value(current, spec, before, after)
        elif spec.kind == "list":
            value = list_value(current, spec, before, after) if after else None
        else:
            value = scalar_value(current, after, spec.kind) if after.strip() else None
        set_key(parent, last, value, ORDER if parent is tree else nested_order(spec.key))
        _prune(tree, spec.key)
    return tree


def nested_order(key: str) -> tuple[str, ...]:
    """The order of the keys inside ``key``'s parent mapping (meeting.*, vote.*…)."""
    head = key.rsplit(".", 1)[0] + "."
    return tuple(k[len(head):] for k in (s.key for s in SPECS) if k.startswith(head))


def _prune(tree: CommentedMap, key: str) -> None:
    """Remove a parent mapping (meeting, vote…) that the change left empty."""
    if "." in key:
        head = key.split(".")[0]
        if isinstance(tree.get(head), CommentedMap) and not tree[head]:
            del tree[head]
