"""The baseline of benchmarks/render.py: the plain script a programmer would write without minutes.

Usage: python benchmarks/plain.py TEMPLATES OUTLINE.yaml OUT.docx
       python benchmarks/plain.py TEMPLATES OUTLINE_OR_FOLDER... -d DIR

Reads each outline with PyYAML's C loader (``yaml.load(..., Loader=CSafeLoader)``),
builds the template's context the obvious way (straight from the mapping, no
validation, no Vietnamese number or date rules), renders minutes' own built-in
biên bản template ``TEMPLATES/bien-ban.<style>.docx`` with docxtpl and saves the
.docx. It imports nothing from minutes, so a fresh process pays only for Python,
PyYAML and docxtpl.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from docxtpl import DocxTemplate


def items(value):
    """A list of items as "- text" lines ("+ sub-point" under a mapping with ``items``)."""
    if value is None:
        return []
    lines = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            lines.append(f"- {item.get('text', '')}")
            lines += [f"+ {sub}" for sub in item.get("items") or []]
        else:
            lines.append(f"- {item}")
    return lines


def person(value):
    """``{name, position}`` or "Name - position" as the template's person."""
    if isinstance(value, dict):
        name, position = str(value.get("name", "")), str(value.get("position", ""))
    else:
        name, _, position = str(value or "").partition(" - ")
    return {"name": name, "position": position, "role": "", "line": f"{name} - {position}" if position else name}


def speeches(value):
    """Discussion or directions as "- speaker: content" lines."""
    lines = []
    for speech in value or []:
        content = speech.get("content", "")
        content = "; ".join(map(str, content)) if isinstance(content, list) else content
        lines.append(f"- {speech.get('speaker', '')}: {content}")
    return lines


def context_of(data):
    """The template's variables, taken straight from the outline's mapping."""
    org, meeting = data.get("organization") or {}, data.get("meeting") or {}
    attendees, vote = data.get("attendees") or {}, data.get("vote") or {}
    day = str(meeting.get("date", ""))
    sections = {
        "agenda": items(data.get("agenda")), "review": items(data.get("review")),
        "achievements": items(data.get("achievements")),
        "indicators": [{"stt": str(n), "name": str(i.get("name", "")), "unit": str(i.get("unit", "")),
                        "value": str(i.get("value", "")), "previous": str(i.get("previous", "")), "change": ""}
                       for n, i in enumerate(data.get("indicators") or [], 1)],
        "discussion": speeches(data.get("discussion")), "directions": speeches(data.get("directions")),
        "tasks": items(data.get("tasks")),
        "commendations": [f"- {c.get('recipient', '')}: {c.get('title', '')}" for c in data.get("commendations") or []],
        "conclusion": items(data.get("conclusion")),
        "vote": [f"Tán thành: {vote.get('agree', '')}"] if vote else [],
    }
    numbers = {key: str(n) for n, key in enumerate((k for k, v in sections.items() if v), 3)}
    return {
        **sections,
        "organization": {"name": str(org.get("name", "")).upper(), "code": org.get("code", ""),
                         "parent": org.get("parent", ""), "name_lines": [str(org.get("name", "")).upper()],
                         "parent_lines": [str(org["parent"]).upper()] if org.get("parent") else []},
        "so_ky_hieu": f"Số: {data.get('number', '')}/BB-{org.get('code', '')}",
        "dia_danh_ngay": f"{data.get('place', '')}, ngày {day}",
        "trich_yeu": meeting.get("title", ""),
        "meeting": {"title": meeting.get("title", ""), "date": day, "date_short": day,
                    "start": str(meeting.get("start", "")), "end": str(meeting.get("end", "")),
                    "location": meeting.get("location", ""), "period": str(meeting.get("period", "")),
                    "closing": str(meeting.get("end", ""))},
        "chair": person(data.get("chair")), "secretary": person(data.get("secretary")),
        "attendance": [f"- {attendees.get('summary', '')}", f"- Có mặt: {attendees.get('present', '')}"],
        "blank_content": [], "has_previous": False, "so_muc": {**numbers, "dien_bien": "2"},
        "noi_nhan": [f"- {r};" for r in data.get("recipients") or []] + ["- Lưu: VT."],
    }


def render(templates, outline, out):
    """Read ``outline``, render its style's biên bản template, save ``out``."""
    with open(outline, "rb") as handle:
        data = yaml.load(handle, Loader=yaml.CSafeLoader)
    template = DocxTemplate(str(Path(templates) / f"bien-ban.{data.get('style', 'state')}.docx"))
    template.render(context_of(data))
    template.save(str(out))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("templates")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("-d", "--directory")
    args = parser.parse_args(argv)
    if not args.directory:
        render(args.templates, args.paths[0], args.paths[1])
        return 0
    for name in args.paths:
        path = Path(name)
        for outline in sorted(path.glob("*.yaml")) if path.is_dir() else [path]:
            render(args.templates, outline, Path(args.directory) / f"{outline.stem}.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
