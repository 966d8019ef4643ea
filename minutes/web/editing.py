"""What the pages do with an outline, apart from HTTP: open, save, edit lists, list a folder."""

from __future__ import annotations

import copy
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutes import api
from minutes.errors import MinutesError, OutlineError, OutputError, Problem
from minutes.web import forms, preview
from minutes.web.fields import SPECS
from minutes.web.messages import for_web
from minutes.web.problems import Note, anchors, place
from minutes.web.security import check_inside, inside
from minutes.web.words import N_, _


@dataclass
class State:
    """Everything the form page shows: values, problems by box, the summary, the preview."""

    values: dict
    version: str
    problems: list[Problem | MinutesError] = field(default_factory=list)  # an error of the register is shown whole
    warnings: list[Problem] = field(default_factory=list)
    beside: dict[str, list[str]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    cautions: dict[str, list[str]] = field(default_factory=dict)  # warnings by box
    caution_notes: list[Note] = field(default_factory=list)
    differ: list[tuple[str, str]] = field(default_factory=list)  # (who changed it, field label) on a conflict
    merged: bool = False  # an overwrite took the other tab's changes in: the boxes must be reloaded
    profile: bool = False
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
        self.beside, self.notes = place(problems, self.values)

    @property
    def said(self) -> list[str]:
        """The boxes that have a problem or a warning to show beside them."""
        return list(dict.fromkeys([*self.beside, *self.cautions]))

    def caution(self, warnings: list[Problem]) -> None:
        """Record the loader's warnings and place each beside its box, in the form's words."""
        self.warnings = list(warnings)
        self.cautions, self.caution_notes = place(self.warnings, self.values)

    def check(self, checked) -> None:
        """Record what ``minutes check`` said: problems, warnings, whether it is a profile."""
        self.show(checked.problems)
        self.caution(checked.warnings)
        self.profile = checked.profile


def open_outline(site, path: Path) -> State:
    """The form's state for the outline at ``path`` as it is on disk."""
    text, version = api.read_outline_text(path)
    try:
        tree = api.outline_tree(text, path.name)
    except OutlineError as exc:
        state = State(forms.plain_values({}), version, unreadable=True)
        state.show(exc.problems)
        return state
    site.remember(version, text)
    state = State(forms.plain_values(tree), version)
    if text.strip():
        checked = check_inside(text, path)
        state.check(checked)
        preview.attach(site, path, state, version, checked)
    return state


def save_form(site, path: Path, form) -> State:
    """Save a submitted form; see :func:`save_text` for what is and is not written.

    A form made from an older version is refused with the fields each side changed; when
    she then overwrites, only the fields she changed are written over the file on disk.
    """
    values = forms.drop_empty(forms.posted_values(form))
    state = State(values, str(form.get("_version", "")), draft=form.get("_action") == "draft")
    overwrite = form.get("_overwrite") == "1"
    with site.lock(lock_name(path)):
        text, current = api.read_outline_text(path)
        site.remember(current, text)
        clean = clean_check(site, path.name, current)
        try:
            tree = (copy.deepcopy(clean.tree) if clean is not None and clean.tree is not None  # edited: a copy
                    else api.outline_tree(text, path.name, checked=clean is not None))
        except OutlineError as exc:
            state.show(exc.problems)
            state.message = N_("Tệp trên đĩa có lỗi cú pháp YAML; hãy sửa ở thẻ YAML trước.")
            return state
        disk = forms.plain_values(tree)
        if current != state.version:
            base = base_values(site, state.version, path.name)
            if base is None and form.get("_touched") is not None:
                base = guessed_base(disk, values, touched(str(form.get("_touched"))))
            if not overwrite:
                return conflict(state, differences(base, disk, values), disk)
            values = merge(base, disk, values)
            state.merged = base is not None and values != state.values
            state.values = values
        new_text = api.tree_text(forms.apply(tree, disk, values), text)
        return save_text(site, path, state, new_text, current)


def clean_check(site, name: str, version: str):
    """The check this server made of the file ``name`` when it saved it at ``version`` and found
    no problem (its bytes are the checked ones: the version is their hash; with the tree they
    were parsed into); None otherwise (another worker, tab or editor wrote since)."""
    saved, checked = site.checked.get(name, ("", None))
    return checked if saved == version and checked is not None and not checked.problems else None


def lock_name(path: Path) -> str:
    """The name of the lock of the file ``path`` really is (two names of one file, one lock)."""
    return str(path.resolve())


def base_values(site, version: str, name: str) -> dict | None:
    """The form's values of the version she opened, if the server still knows its text."""
    text = site.texts.get(version)
    if text is None:
        return None
    try:
        return forms.drop_empty(forms.plain_values(api.outline_tree(text, name)))
    except OutlineError:
        return None


def touched(names: str) -> set[str]:
    """The fields (outline keys) of the box names the page says she typed in since her last save."""
    found: set[str] = set()
    for name in names.split():
        found.update(spec.key for spec in SPECS if name == spec.key or name.startswith(spec.key + "."))
    return found


def guessed_base(disk: dict, mine: dict, keys: set[str]) -> dict:
    """A stand-in for the version she opened when the server does not know it (another server,
    a restart): her values where she typed nothing, so only the fields she typed in count as
    hers; each of those that differs from the disk is shown as differing on both sides."""
    return {key: (None if key in keys else value) for key, value in mine.items()}


def differences(base: dict | None, disk: dict, mine: dict) -> list[tuple[str, str]]:
    """Which fields differ between her form and the file on disk, and who changed each:
    "theirs" (changed on disk only), "mine" (in the form only), "both"; "differ" when the
    version she opened is no longer known."""
    found = []
    disk = forms.drop_empty(disk)
    for spec in SPECS:
        key = spec.key
        if mine.get(key) == disk.get(key):
            continue
        if base is None:
            found.append(("differ", key))
        elif mine.get(key) == base.get(key):
            found.append(("theirs", key))
        elif disk.get(key) == base.get(key):
            found.append(("mine", key))
        else:
            found.append(("both", key))
    return found


def merge(base: dict | None, disk: dict, mine: dict) -> dict:
    """The values to write on an overwrite: hers where she changed a field since ``base``,
    the file's elsewhere (all hers when ``base`` is unknown)."""
    if base is None:
        return mine
    return {key: mine[key] if mine.get(key) != base.get(key) else disk.get(key, mine[key]) for key in mine}


def conflict(state: State, differ: Sequence[tuple[str, str]] = (), disk_values: dict | None = None) -> State:
    """Refuse a save made from an old version; her text stays in the form."""
    state.conflict = True
    state.message = N_("Tệp này đã được lưu ở nơi khác (tab khác, người khác hoặc trình soạn thảo) sau khi bạn "
                     "mở nó. Chưa ghi gì: nội dung bạn nhập vẫn còn trong biểu mẫu.")
    labels, boxes = {spec.key: spec.label for spec in SPECS}, anchors(state.values)
    state.differ = [(who, labels[key]) for who, key in differ]
    for who, key in differ:
        if who in ("both", "differ") and boxes.get(key):
            disk = (disk_values or {}).get(key)
            said = _("Bản trên đĩa khác ô này") + (f": «{disk}»" if isinstance(disk, str) and disk else "")
            state.beside.setdefault(boxes[key], []).append(said)
    return state


def save_text(site, path: Path, state: State, new_text: str, current: str) -> State:
    """Check ``new_text`` like ``minutes check``; write it when valid or kept as a draft."""
    checked = check_inside(new_text, path, keep_tree=True)
    state.check(checked)
    state.text = new_text
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
        site.remember(state.version, text)
    except api.ConflictError:
        conflict(state)
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
    with site.lock(lock_name(path)):
        _, current = api.read_outline_text(path)
        if current != state.version and form.get("_overwrite") != "1":
            return conflict(state)
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
    profile: bool = False  # a shared profile: offered to new outlines, never rolled over


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
            checked = check_inside(text, path)
            entry.problems, entry.profile = len(checked.problems), checked.profile
        except (MinutesError, OSError):
            entry.problems = max(entry.problems, 1)
        entries.append(entry)
    return entries


def same_name(folder: Path, path: Path) -> Path:
    """The file of ``folder`` whose name is ``path``'s in another Unicode spelling (NFD of an
    NFC name, as some keyboards and systems send it), else ``path``: one name, one file."""
    if path.exists():
        return path
    wanted = unicodedata.normalize("NFC", path.name)
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return path.with_name(wanted)
    found = [n for n in names if unicodedata.normalize("NFC", n) == wanted]
    return folder / found[0] if found else path.with_name(wanted)


def indexed_entries(site) -> list[Entry]:
    """The outlines of the folder from the register's index (only files changed since are
    read); when the register cannot be reached, read from the files themselves."""
    try:
        rows = api_office().folder_entries(site.folder, site.db)
    except MinutesError:
        return folder_entries(site.folder)
    return [Entry(r["name"], r["title"], r["date_text"], r["style"], r["problems"], bool(r["profile"]))
            for r in rows]


def api_office():
    """:mod:`minutes.register.office`, the library of the register and its index."""
    from minutes.register import office

    return office


def importer() -> Any:
    """``minutes import`` (:func:`minutes.api.import_file`) when the importer exists, else None."""
    try:
        import minutes.importer  # noqa: F401 (import is optional)
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
        shown = Path(upload.filename.replace("\x00", "")).name[:80] or source.name  # her file, in messages
        _, result = convert(str(source), str(target), shown=shown)  # refuses an existing file, writes atomically
    return target.name, [getattr(doubt, "path", str(doubt)) for doubt in result.uncertain]
