"""What the pages do with an outline, apart from HTTP: open, save, edit lists, list a folder."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutes import api
from minutes.errors import MinutesError, OutlineError, OutputError, Problem
from minutes.web import forms, preview
from minutes.web.fields import SPECS
from minutes.web.messages import for_web
from minutes.web.security import check_inside, inside
from minutes.web.problems import Note, place
from minutes.web.text import N_


@dataclass
class State:
    """Everything the form page shows: values, problems by box, the summary, the preview."""

    values: dict
    version: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    beside: dict[str, list[str]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    written: bool = False
    saved: bool = False
    conflict: bool = False
    unreadable: bool = False
    draft: bool = False
    message: str = ""
    text: str = ""
    pages: list[str] = field(default_factory=list)
    no_preview: str = ""
    no_preview_detail: str = ""
    pending: bool = False
    unsure: str = ""

    def show(self, problems: list[Problem]) -> None:
        """Record ``problems`` and place each beside its box."""
        self.problems = list(problems)
        self.beside, self.notes = place(self.problems, self.values)


def open_outline(site, path: Path) -> State:
    """The form's state for the outline at ``path`` as it is on disk."""
    text, version = api.read_outline_text(path)
    try:
        tree = api.outline_tree(text, path.name)
    except OutlineError as exc:
        state = State(forms.plain_values({}), version, unreadable=True)
        state.show(exc.problems)
        return state
    state = State(forms.plain_values(tree), version)
    if text.strip():
        checked = check_inside(text, path)
        state.show(checked.problems)
        state.warnings = checked.warnings
        preview.attach(site, path, state, version, checked)
    return state


def save_form(site, path: Path, form) -> State:
    """Save a submitted form; see :func:`save_text` for what is and is not written."""
    values = forms.drop_empty(forms.posted_values(form))
    state = State(values, str(form.get("_version", "")), draft=form.get("_action") == "draft")
    overwrite = form.get("_overwrite") == "1"
    with site.lock(path.name):
        text, current = api.read_outline_text(path)
        if current != state.version and not overwrite:
            return conflict(state, current)
        try:
            tree = api.outline_tree(text, path.name)
        except OutlineError as exc:
            state.show(exc.problems)
            state.message = N_("Tệp trên đĩa có lỗi cú pháp YAML; hãy sửa ở thẻ YAML trước.")
            return state
        new_text = api.tree_text(forms.apply(tree, forms.plain_values(tree), values), text)
        return save_text(site, path, state, new_text, current)


def conflict(state: State, current: str) -> State:
    """Refuse a save made from an old version; her text stays in the form."""
    state.conflict = True
    state.message = N_("Tệp này đã được lưu ở nơi khác (tab khác, người khác hoặc trình soạn thảo) sau khi bạn "
                     "mở nó. Chưa ghi gì: nội dung bạn nhập vẫn còn trong biểu mẫu.")
    state.current_version = current
    return state


def save_text(site, path: Path, state: State, new_text: str, current: str) -> State:
    """Check ``new_text`` like ``minutes check``; write it when valid or kept as a draft."""
    checked = check_inside(new_text, path)
    state.show(checked.problems)
    state.warnings, state.text = checked.warnings, new_text
    if write_checked(site, path, state, new_text, current, checked):
        preview.attach(site, path, state, state.version, checked)
    return state


def write_checked(site, path: Path, state: State, text: str, current: str, checked) -> bool:
    """Write ``text``, already checked, unless it has problems and is not a draft; the
    outcome goes into ``state``'s message. True when the file was written."""
    if checked.problems and not state.draft:
        state.message = N_("Chưa lưu: có %(n)s vấn đề cần sửa.")
        return False
    try:
        state.version = api.write_outline_text(path, text, current)
    except api.ConflictError:
        conflict(state, current)
        return False
    except OutputError as exc:
        state.message = for_web(str(exc), path.parent).replace("%", "%%")  # shown through gettext's %
        return False
    state.written = True
    site.checked[path.name] = (state.version, checked)  # the preview that follows need not load it again
    state.message = N_("Đã lưu bản nháp (còn lỗi).") if checked.problems else N_("Đã lưu.")
    return True


OP = re.compile(r"(add|del|up|down):([a-z_.]+?)(?:\.(\d+))?")


def edited(form) -> State:
    """The form after a list button: a row added, removed or moved (nothing is saved)."""
    values = forms.posted_values(form)
    match = OP.fullmatch(str(form.get("_op", "")))
    if match:
        op, key, index = match.group(1), match.group(2), int(match.group(3) or 0)
        rows = values.get(key)
        spec = next((s for s in SPECS if s.key == key and s.kind == "list"), None)
        if spec is not None and isinstance(rows, list):
            move(rows, op, index, spec)
    return State(values, str(form.get("_version", "")))


def move(rows: list[dict], op: str, index: int, spec) -> None:
    """Apply one list button to ``rows``."""
    if op == "add":
        rows.append({sub.name: "" for sub in spec.subs})
    elif 0 <= index < len(rows):
        if op == "del":
            rows.pop(index)
        elif op == "up" and index > 0:
            rows[index - 1], rows[index] = rows[index], rows[index - 1]
        elif op == "down" and index + 1 < len(rows):
            rows[index + 1], rows[index] = rows[index], rows[index + 1]


def open_yaml(path: Path) -> State:
    """The YAML tab's state: the file's text and its problems."""
    text, version = api.read_outline_text(path)
    state = State({}, version, text=text)
    if text.strip():
        checked = check_inside(text, path)
        state.problems, state.warnings = checked.problems, checked.warnings
    return state


def save_yaml(site, path: Path, form) -> State:
    """Save the YAML tab's text when valid (or as a draft), if the file is still at its version."""
    text = str(form.get("text", "")).replace("\r\n", "\n")
    state = State({}, str(form.get("_version", "")), text=text, draft=form.get("_action") == "draft")
    with site.lock(path.name):
        _, current = api.read_outline_text(path)
        if current != state.version and form.get("_overwrite") != "1":
            return conflict(state, current)
        checked = check_inside(text, path)
        state.problems, state.warnings = checked.problems, checked.warnings
        write_checked(site, path, state, text, current, checked)
    return state


@dataclass
class Entry:
    """One outline of the folder page."""

    name: str
    title: str = ""
    date: str = ""
    style: str = ""
    problems: int = 0


def folder_entries(folder: Path) -> list[Entry]:
    """The outlines of ``folder``: title, meeting date, style and the count of problems."""
    entries = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml") and p.is_file()
                       and inside(folder, p.name) is not None):  # no link that leads out
        entry = Entry(path.name)
        try:
            text, _ = api.read_outline_text(path)
            tree = api.outline_tree(text, path.name)
            values = forms.plain_values(tree)
            entry.title, entry.date = values["meeting.title"], values["meeting.date"]
            entry.style = values["style"] or "state"
            entry.problems = len(check_inside(text, path).problems)
        except (MinutesError, OSError):
            entry.problems = max(entry.problems, 1)
        entries.append(entry)
    return entries


def importer() -> Any:
    """``minutes import`` (:func:`minutes.api.import_file`) when the importer exists, else None."""
    try:
        import minutes.importer  # noqa: F401 (present only once issue 14 has landed)
    except ImportError:
        return None
    return getattr(api, "import_file", None)


def import_upload(site, form) -> tuple[str, list[str]]:
    """Make an outline from an uploaded .docx (never over an existing file); return its file
    name and the fields the import is unsure of."""
    upload, convert = form.get("docx"), importer()
    if convert is None or upload is None or not str(upload.filename or "").lower().endswith(".docx"):
        raise OutputError("Hãy chọn một tệp .docx.")
    stem = re.sub(r"[^\w-]+", "-", Path(upload.filename.replace("\x00", "")).stem).strip("-")[:80].strip("-")
    target = inside(site.folder, f"{stem or 'de-cuong'}.yaml")  # a plain name: at most 85 characters, no NUL
    if target is None:
        raise OutputError("Tên tệp .docx không dùng được làm tên đề cương; hãy đổi tên tệp rồi tải lên lại.")
    with tempfile.TemporaryDirectory(prefix="minutes-import-") as tmp:
        source = Path(tmp) / "tai-len.docx"  # her file's name is not a path of ours
        source.write_bytes(upload.file.read())
        _, result = convert(str(source), str(target))  # refuses an existing file, writes atomically
    return target.name, [getattr(doubt, "path", str(doubt)) for doubt in result.uncertain]
