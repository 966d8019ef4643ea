"""Step 3c: each content section's entries as outline values.

The inverse of :mod:`minutes.documents.body_lines`: "- X (chủ trì: Y; thời hạn: Z)."
gives a task with owner and due date, "- A: B." a review item or a speech,
"- [Ai] khen thưởng 03 cá nhân: …" a commendation, "Số người tán thành: 20/20 …"
the vote, and the indicators table its rows. What does not fit is kept as a note.
"""

from __future__ import annotations

import re

from minutes.importer.draft import Draft
from minutes.importer.entries import Entry, entries, item_value
from minutes.importer.line_parts import (
    bare,
    date_text,
    find_date,
    is_blank,
    key,
    person,
    split_label,
    split_marker,
    trailing_group,
)
from minutes.reading.lines import Line, Table
from minutes.vietnamese.parse import parse_number

ITEM_SECTIONS = ("agenda", "achievements")


def read_section(name: str, blocks: list, draft: Draft, people: dict[str, str]) -> None:
    """Write the section ``name`` (a glossary key) read from ``blocks`` into ``draft``."""
    lines = [b for b in blocks if isinstance(b, Line)]
    for table in (b for b in blocks if isinstance(b, Table)):
        if name == "indicators" or is_indicator_table(table):
            _indicators(table, draft)
        elif name == "vote" and _vote_table(table):
            _vote(_vote_table(table), draft)
        else:
            for row in table.texts():
                draft.note(" | ".join(cell for cell in row if cell))
    if not lines:
        return
    if name == "agenda":
        lines, after = agenda_lines(lines)
        _append(draft, name, [item_value(e) for e in entries(lines)])
        for line in after:
            draft.note(line.full)
    elif name in ITEM_SECTIONS:
        _append(draft, name, [item_value(e) for e in entries(lines)])
    elif name == "conclusion":
        found = entries(lines, plain_each=False)
        if len(found) == 1 and not found[0].marked:
            draft.set("conclusion", bare(found[0].text))
        else:
            _append(draft, name, [item_value(e) for e in found])
    elif name == "review":
        _append(draft, name, [_review(e) for e in entries(lines)])
    elif name == "tasks":
        _append(draft, name, [_task(e, draft, len(draft.get("tasks") or []) + i) for i, e in enumerate(entries(lines))])
    elif name in ("discussion", "directions"):
        _speeches(name, entries(lines), draft, people)
    elif name == "commendations":
        _commendations(entries(lines), draft)
    elif name == "vote":
        _vote(" ".join(line.clean for line in lines), draft)
    else:
        for line in lines:
            draft.note(line.full)


def agenda_lines(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(the agenda's lines, the paragraphs after it): after items numbered "1.", "a)", "I." (typed or
    Word's numbering), a line without a marker that starts a sentence of its own (a capital) is not
    the item going on but what the meeting did ("Ông Chủ tịch trình bày báo cáo; …"); a line begun in
    lower case still continues the item above it, and so does any line under "- " items (how minutes
    itself writes an item of two lines)."""
    marked = False
    for at, line in enumerate(lines):
        kind, _marker, rest = split_marker(line.full)
        if kind:
            marked = kind in ("num", "num2", "letter", "roman") or bool(line.auto)
            continue
        if marked and rest[:1].isupper():
            return lines[:at], lines[at:]
    return lines, []


def _append(draft: Draft, name: str, values: list) -> None:
    draft.set(name, (draft.get(name) or []) + [v for v in values if v])


def _review(entry: Entry):
    text = entry.text.replace("\n", " ")
    done, status = (text.split(": ", 1) + [""])[:2]
    status = "" if is_blank(status) else bare(status)
    return {"text": bare(done), "status": status} if status else {"text": bare(done)}


KEYWORDS = ("chủ trì|đơn vị thực hiện|người thực hiện|thực hiện|giao|phụ trách|"
            "thời gian hoàn thành|thời hạn|hạn|hoàn thành")
DETAILS = re.compile(r"^(?P<what>" + KEYWORDS + r")\s*:?\s*(?P<value>.*)$", re.I)


def _task(entry: Entry, draft: Draft, index: int):
    """A task: "text (chủ trì: owner; thời hạn: date)"; details that do not fit stay in the text."""
    lines = entry.text.split("\n")
    found = task_details(lines[-1])
    value: dict = {}
    if found is not None:
        lines[-1], value, shown = found
        if shown:
            draft.doubt(f"tasks[{index}].due", f"thời hạn ghi “{shown}”")
    if entry.subs:
        value["items"] = [bare(s) for s in entry.subs]
    text = bare("\n".join(lines))
    return {"text": text, **value} if value else text


def task_details(line: str) -> tuple[str, dict, str] | None:
    """Split "X (chủ trì: Y; thời hạn: 31/5/2026)." into ("X", {owner, due}, how the due date was
    written when it was not a plain date); None when the brackets hold something else."""
    group = trailing_group(line.rstrip(" .;"))
    if group is None:
        return None
    value, shown = {}, ""
    for part in re.split(r";|,\s*(?=(?:" + KEYWORDS + r")\b)", group[1], flags=re.I):
        match = DETAILS.match(part.strip())
        if match is None:
            return None
        what, found = match["what"].lower(), match["value"].strip()
        if what in ("thời hạn", "hạn", "hoàn thành", "thời gian hoàn thành"):
            found = found if what == "thời hạn" else f"{what} {found}"
            due = find_date(found)
            if due is None:
                return None
            value["due"] = date_text(due)
            shown = "" if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", found) else found
        else:
            value["owner"] = found
    return group[0], value, shown


def _speeches(name: str, found: list[Entry], draft: Draft, people: dict[str, str]) -> None:
    out: list[tuple[str, list[str]]] = []  # (speaker, points)
    for entry in found:
        labelled = split_label(entry.text, longest=160)
        if labelled is None:
            if out:
                out[-1][1].append(bare(entry.text))
                out[-1][1].extend(bare(s) for s in entry.subs)
            else:
                draft.note(entry.text)
            continue
        speaker, said = labelled
        points = ([bare(said)] if said and not is_blank(said) else []) + [bare(s) for s in entry.subs]
        out.append((people.get(speaker, speaker), points))
    values = []
    for i, (speaker, points) in enumerate(out):
        if not points:
            draft.doubt(f"{name}[{i}].content", "không thấy nội dung phát biểu")
        content = points[0] if len(points) == 1 else points
        values.append({"speaker": speaker, "content": content or ""})
    _append(draft, name, values)


COMMENDATION = re.compile(r"^(?:(?P<by>.+?)\s+k|K)hen thưởng\s+(?P<count>\d+)\s+"
                         r"(?P<recipient>[^:]+?)\s*:\s*(?P<title>.+)$")


def _commendations(found: list[Entry], draft: Draft) -> None:
    values = []
    for entry in found:
        match = COMMENDATION.match(entry.text.replace("\n", " "))
        if match is None:
            draft.note(entry.text)
            continue
        value = {"count": int(match["count"]), "recipient": match["recipient"], "title": bare(match["title"])}
        if match["by"]:
            value["by"] = match["by"]
        values.append(value)
    _append(draft, "commendations", values)


def _vote_table(table: Table) -> str:
    """A vote typed as a table (Tán thành | Không tán thành | Không ý kiến over the counts) as the
    sentence it stands for ("Tán thành: 7; Không tán thành: 0; Không ý kiến: 1"), or ""."""
    rows = table.texts()
    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or not any(key(c).startswith("tanthanh") for c in rows[0]):
        return ""
    if not all(re.fullmatch(r"\s*\d+\s*(?:\(.*\))?\s*", c) for c in rows[1]):
        return ""
    return "; ".join(f"{head}: {count}" for head, count in zip(rows[0], rows[1]))


def _vote(text: str, draft: Draft) -> None:
    low = text.lower()
    agree = _count(low, r"(?<!không )(?:tán thành|nhất trí|đồng ý)")
    if agree is None:
        draft.note(text)
        return
    against = _count(low, r"không (?:tán thành|nhất trí|đồng ý)") or 0
    abstain = _count(low, r"(?:không biểu quyết|phiếu trắng|không ý kiến)") or 0
    draft.set("vote", {"agree": agree, "against": against, "abstain": abstain})


def _count(text: str, words: str) -> int | None:
    """The number said with ``words``: "tán thành: 20/22" or "20/22 đồng chí tán thành"."""
    after = re.search(words + r"\s*:?\s*(\d+)", text)
    if after:
        return int(after[1])
    before = re.search(r"(\d+)\s*(?:/\s*\d+\s*)?(?:[^\d\s;,.]+\s+){0,2}" + words, text)
    return int(before[1]) if before else None


INDICATOR_COLUMNS = (
    ("name", ("chitieu", "noidung", "tenchitieu", "danhmuc")),
    ("unit", ("donvitinh", "dvt", "donvi")),
    ("value", ("kynay", "thuchien", "ketqua", "solieu", "soluong", "giatri")),
    ("previous", ("kytruoc", "cungky", "namtruoc", "quytruoc", "thangtruoc")),
)


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        k = key(cell)
        for name, keys in INDICATOR_COLUMNS:
            if name not in found and any(k.startswith(p) for p in keys):
                found[name] = i
                break
    return found


def is_indicator_table(table: Table) -> bool:
    """True when the first row names the indicator and its value."""
    rows = table.texts()
    return bool(rows) and {"name", "value"} <= set(_columns(rows[0]))


def _indicators(table: Table, draft: Draft) -> None:
    rows = table.texts()
    columns = _columns(rows[0]) if rows else {}
    if not {"name", "value"} <= set(columns):
        for row in rows:
            draft.note(" | ".join(c for c in row if c))
        return
    values = list(draft.get("indicators") or [])
    for row in rows[1:]:
        cell = {name: row[i].strip() if i < len(row) else "" for name, i in columns.items()}
        if not cell["name"]:
            continue
        value = {"name": cell["name"]}
        try:
            value["value"] = _number(cell["value"])
            if cell.get("previous"):
                value["previous"] = _number(cell["previous"])
        except ValueError:
            draft.note(" | ".join(c for c in row if c))
            continue
        if cell.get("unit"):
            value["unit"] = cell["unit"]
        values.append(value)
    if values:
        draft.set("indicators", values)


def _number(text: str):
    """A figure from a table cell: 1.268, 97,5 (Vietnamese notation) as text the loader reads back."""
    number = parse_number(text.replace(" ", ""))
    return number if isinstance(number, int) else text.replace(" ", "")


def known_people(draft: Draft, honorific: str) -> dict[str, str]:
    """Speaker labels of the chair, secretary and guests ("Đồng chí X - pos" → "X"), as rendered."""
    out = {}
    people = [draft.get("chair"), draft.get("secretary"), *(draft.get("guests") or [])]
    for p in people:
        if isinstance(p, str):
            name, position = person(p)
        elif isinstance(p, dict):
            name, position = p.get("name", ""), p.get("position", "")
        else:
            continue
        if name and position:
            label = f"{name} - {position}"
            out[f"{honorific.capitalize()} {label}" if honorific else label] = name
    return out
