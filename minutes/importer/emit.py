"""Step 5: the recovered outline as commented YAML 1.2.

On top: where it came from and when; on each value the import is unsure of, an
end-of-line comment ``# kiểm tra lại: <why>``; what it could not place under
``notes:``. Texts of several lines are written as ``|`` blocks; small records
(an indicator, an absentee, the vote) on one line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from minutes.importer.draft import Uncertain
from minutes.outline.edit import dumps

CHECK = "kiểm tra lại"
FLOW = {"vote"}
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def dump(data: dict[str, Any], uncertain: list[Uncertain], source: str, today: dt.date,
         converted: Sequence[str] = ()) -> str:
    """Return ``data`` as YAML text with the header comment and the doubts as comments."""
    root = _node(data, "")
    old = (f"Chữ gõ bằng phông cũ ({', '.join(converted)}) đã được chuyển sang Unicode.\n" if converted else "")
    root.yaml_set_start_comment(
        f"Đề cương biên bản nhập từ “{source}” bằng lệnh `minutes import` ngày {today:%d/%m/%Y}.\n{old}"
        f"Các dòng ghi “# {CHECK}” là giá trị chưa chắc chắn: đối chiếu với văn bản gốc rồi xóa ghi chú.\n"
        "Sửa xong, chạy: minutes check <tệp>, rồi minutes next <tệp> hoặc minutes render <tệp>.")
    for doubt in uncertain:
        _comment(root, doubt)
    return re.sub(rf"(?<=\S) ?(?= # {CHECK})", " ", dumps(root))


def _node(value: Any, key: str) -> Any:
    if isinstance(value, dict):
        node = CommentedMap((k, _node(v, k)) for k, v in value.items())
        if key in FLOW or (not key and _flat(value)):
            node.fa.set_flow_style()
        return node
    if isinstance(value, list):
        return CommentedSeq(_node(v, "") for v in value)
    if isinstance(value, str):
        if "\n" in value:
            return LiteralScalarString(value + "\n" if not value.endswith("\n") else value)
        if re.fullmatch(r"\d{1,2}:\d{2}", value):
            return DoubleQuotedScalarString(value)
    return value


def _flat(mapping: dict) -> bool:
    """A record of a few short values (indicator, absentee) goes on one line."""
    if "text" in mapping or "speaker" in mapping or "title" in mapping and "count" not in mapping:
        return False
    if any(isinstance(v, (dict, list)) or (isinstance(v, str) and "\n" in v) for v in mapping.values()):
        return False
    return sum(len(str(v)) for v in mapping.values()) < 90


def _comment(root: CommentedMap, doubt: Uncertain) -> None:
    """Put ``# kiểm tra lại: reason`` at the end of the line of ``doubt.path``."""
    steps = [(name, int(index) if index else None) for name, index in _STEP.findall(doubt.path)]
    parent: Any = None
    node: Any = root
    last: Any = None
    for name, index in steps:
        step = index if index is not None else name
        try:
            child = node[step]
        except (KeyError, IndexError, TypeError):
            break
        parent, node, last = node, child, step
    if parent is None:
        return
    if isinstance(parent, CommentedMap) and parent.fa.flow_style():
        parent.fa.set_block_style()
    text = f"{CHECK}: {doubt.reason}"
    old = parent.ca.items.get(last)
    if old and old[2 if isinstance(parent, CommentedMap) else 0] is not None:
        text = f"{_existing(parent, last)}; {doubt.reason}"
    parent.yaml_add_eol_comment(text, last)


def _existing(parent, last) -> str:
    """The text of the comment already on ``last`` (without the leading "# ")."""
    slot = parent.ca.items[last][2 if isinstance(parent, CommentedMap) else 0]
    return slot.value.strip().lstrip("#").strip()
