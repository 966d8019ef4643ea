"""Shared profiles (hồ sơ dùng chung): ``extends: ../ho-so.yaml`` in an outline.

A profile is a YAML mapping holding what every meeting of a body shares: the keys of
:data:`PROFILE_KEYS` (and, under ``meeting``, only ``location``, ``start`` and ``end``).
Its path is relative to the folder of the file that names it (the current folder for
standard input); a profile may itself extend another.

Merging: the outline's values win; mappings are merged key by key (``organization.name``
from the outline, ``organization.code`` from the profile); any other value, lists
included, is taken whole from the nearest file that has it. A key left empty
(``secretary:``) counts as not given.

Every profile is checked on its own first, so a mistake inside it is reported with the
profile's own FILE:LINE:COL even where the outline overrides that value. A missing
profile or a cycle is reported on the ``extends`` line that names it (and on the
outline's own ``extends`` line when that is another file). Values taken from a profile
keep their place in it, so problems of the merged outline point into the right file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from minutes.errors import OutlineError, Problem
from minutes.files import InputError, read_bounded, resolve_named
from minutes.i18n import _
from minutes.outline import reader as yamlio
from minutes.outline.fields import MEETING, OUTLINE, validate

PROFILE_KEYS = ("extends", "template", "style", "organization", "place", "chair", "secretary", "guests",
                "attendees", "recipients", "archive", "signer", "addressee", "meeting",
                "file_code", "retention", "registers")
"""Top-level keys a profile may hold; the other outline keys belong to one meeting."""

MEETING_KEYS = ("location", "start", "end")
"""The keys of ``meeting`` a profile may give (a standing place and time)."""

MAX_DEPTH = 8
"""How many profiles one outline may chain through."""


@dataclass
class Chain:
    """The profiles merged into one outline and where each merged value came from."""

    outline: str
    files: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)
    extends_at: tuple[int, int] = (0, 0)
    broken: bool = False
    reported: set[Problem] = field(default_factory=set)
    folders: dict[str, Path] = field(default_factory=dict)
    """The folder of each profile merged (by its name in ``files``): where its own paths start."""

    def file_of(self, path: str) -> str:
        """The file the value at dotted ``path`` came from (the longest known prefix)."""
        cuts = [m.start() for m in re.finditer(r"[.\[]", path)] + [len(path)]
        return next((self.origins[path[:i]] for i in reversed(cuts) if path[:i] in self.origins), self.outline)

    def attribute(self, problems: list[Problem], node: Any) -> list[Problem]:
        """The merged outline's problems, each moved to the file its value came from.

        Drops those already reported by a profile's own check and, when a profile could
        not be read, the missing keys it might have given.
        """
        out = []
        for problem in problems:
            moved = replace(problem, file=self.file_of(problem.path)) if problem.file == self.outline else problem
            unreachable = self.broken and _could_come(problem.path) and not _exists(node, problem.path)
            if moved not in self.reported and not unreachable:
                out.append(moved)
        return out

    def ordered(self, problems: list[Problem]) -> list[Problem]:
        """``problems`` without repeats, the outline's first, each file's in line order."""
        rank = {name: i for i, name in enumerate([self.outline, *self.files])}
        unique = list(dict.fromkeys(problems))
        return sorted(unique, key=lambda p: (rank.get(p.file, len(rank)), p.line, p.column))


def apply(root: Any, source: str | os.PathLike[str], name: str, problems: list[Problem],
          within: str | os.PathLike[str] | None = None) -> Chain:
    """Merge into ``root`` (the outline read from ``source``, shown as ``name``) the profiles
    its ``extends`` names, in place; append the profiles' own problems to ``problems``.

    Every ``extends``, at every depth, is decided by :func:`minutes.files.resolve_named`
    before it is opened; with ``within`` (the folder the web form serves) one that leads
    out of it is refused, and profiles are named relative to it in messages.
    Returns the :class:`Chain` that places the merged outline's problems in their files.
    """
    chain = Chain(name, extends_at=yamlio.position(root, "extends"))
    current, shown = root, name
    folder = Path(".") if str(source) == "-" else Path(source).parent
    seen = [] if str(source) == "-" else [os.path.realpath(source)]
    while isinstance(current, Mapping) and isinstance(current.get("extends"), str) and current["extends"].strip():
        target = current["extends"].strip()
        try:
            path = resolve_named(target, folder, within, "hồ sơ dùng chung")
        except InputError as exc:
            _broken(chain, current, shown, problems, str(exc))
            break
        label = _label(path, within)
        loaded = _load(chain, current, shown, path, label, seen, problems)
        if loaded is None:
            break
        chain.files.append(label)
        _check(chain, loaded, label, problems)
        _merge(root, loaded, label, chain.origins)
        chain.folders[label] = path.parent
        current, shown, folder = loaded, label, path.parent
        seen.append(os.path.realpath(path))
    return chain


def _label(path: Path, within: str | os.PathLike[str] | None) -> str:
    """How messages name the profile at ``path``: relative to ``within`` when given."""
    return os.path.relpath(path, within).replace(os.sep, "/") if within is not None else str(path)


def _load(chain: Chain, current: Any, shown: str, path: Path, label: str, seen: list[str],
          problems: list[Problem]) -> Any:
    """The profile at ``path`` (shown as ``label``) named by ``current`` (in file ``shown``), or None
    after reporting."""
    steps = " → ".join([chain.outline, *chain.files, label])
    if os.path.realpath(path) in seen:
        return _broken(chain, current, shown, problems, _("hồ sơ dùng chung lặp vòng ({steps}); hãy bỏ một "
                                                          "dòng extends").format(
            steps=steps))
    if len(chain.files) >= MAX_DEPTH:
        return _broken(chain, current, shown, problems, _("quá {max_depth} hồ sơ dùng chung nối nhau "
                                                          "({steps})").format(
            max_depth=MAX_DEPTH, steps=steps))
    if not os.path.lexists(path):
        return _broken(chain, current, shown, problems,
                       _("không tìm thấy hồ sơ dùng chung '{label}'; đường dẫn tính từ thư mục của tệp ghi "
                         "extends").format(label=label))
    try:
        data = read_bounded(path, yamlio.MAX_BYTES, label, "hồ sơ dùng chung")
    except InputError as exc:
        return _broken(chain, current, shown, problems, str(exc))
    try:
        return yamlio.load(data, label, problems=problems)
    except OutlineError as exc:
        problems.extend(exc.problems)
        chain.files.append(label)
        chain.broken = True
        return None


def _broken(chain: Chain, current: Any, shown: str, problems: list[Problem], message: str) -> None:
    """Report ``message`` on the ``extends`` line of ``shown`` (and of the outline)."""
    chain.broken = True
    problems.append(Problem(shown, *yamlio.position(current, "extends"), "extends", message))
    if shown != chain.outline:
        message = _("lỗi ở hồ sơ dùng chung {shown}: {message}").format(shown=shown, message=message)
        problems.append(Problem(chain.outline, *chain.extends_at, "extends", message))
    return None


def _check(chain: Chain, profile: Any, name: str, problems: list[Problem]) -> None:
    """Report what is wrong in ``profile`` on its own: keys that belong to one meeting,
    and every value the outline schema refuses (missing keys excepted)."""
    meeting = profile.get("meeting")
    found = [_misplaced(profile, key, name, key) for key in profile if _belongs_to_meeting("", key)]
    if isinstance(meeting, Mapping):
        found += [_misplaced(meeting, k, name, f"meeting.{k}") for k in meeting if _belongs_to_meeting("meeting", k)]
    try:
        validate(profile, name)
    except OutlineError as exc:
        found += [p for p in exc.problems if _exists(profile, p.path)]
    chain.reported.update(found)
    problems.extend(found)


def _belongs_to_meeting(path: str, key: Any) -> bool:
    """True for an outline key a profile may not give (``tasks``, ``meeting.title``...)."""
    if path == "":
        return key in OUTLINE.fields and key not in PROFILE_KEYS
    return path == "meeting" and key in MEETING.fields and key not in MEETING_KEYS


def _misplaced(container: Any, key: str, name: str, path: str) -> Problem:
    """The problem of a per-meeting ``key`` found in a profile."""
    return Problem(name, *yamlio.position(container, key, of_key=True), path,
                   _("khóa '{key}' thuộc đề cương của từng cuộc họp, không ghi trong hồ sơ dùng chung; hồ "
                     "sơ chỉ gồm: {profile_keys} (meeting: {meeting_keys})").format(
                       key=key, profile_keys=', '.join(PROFILE_KEYS), meeting_keys=', '.join(MEETING_KEYS)))


def _merge(into: Any, source: Any, name: str, origins: dict[str, str], path: str = "") -> None:
    """Give ``into`` what ``source`` has and it lacks; mappings are merged key by key."""
    for key in source:
        label = f"{path}.{key}" if path else str(key)
        if (not path and key == "extends") or _belongs_to_meeting(path, key):
            continue
        if into.get(key) is not None:
            if isinstance(into[key], Mapping) and isinstance(source[key], Mapping):
                _merge(into[key], source[key], name, origins, label)
            continue
        into[key] = source[key]
        if key in getattr(getattr(source, "lc", None), "data", {}):
            into.lc.data[key] = list(source.lc.data[key])
        origins[label] = name


def _steps(path: str) -> list[str | int]:
    """The keys and indices of a dotted path: "guests[0].name" → ["guests", 0, "name"]."""
    return [int(i) if i else k for i, k in re.findall(r"\[(\d+)\]|([^.\[\]]+)", path)]


def _exists(node: Any, path: str) -> bool:
    """True when ``path`` leads to a value in ``node`` (False for a missing key)."""
    for step in _steps(path):
        if isinstance(node, list) and isinstance(step, int) and step < len(node):
            node = node[step]
            continue
        if isinstance(node, Mapping) and step in node:
            node = node[step]
        else:
            return False
    return True


def is_profile(node: Any) -> bool:
    """True when ``node`` holds only what a shared profile may hold (no meeting of its own)."""
    if not isinstance(node, Mapping) or not node:
        return False
    meeting = node.get("meeting")
    return all(key in PROFILE_KEYS for key in node) and (
        meeting is None or (isinstance(meeting, Mapping) and all(k in MEETING_KEYS for k in meeting)))


def own_problems(node: Any, name: str, problems: list[Problem]) -> list[Problem]:
    """The ``problems`` of a profile checked as an outline that are its own: those about a value
    it holds or in another file (a missing key is no fault in a profile)."""
    return [p for p in problems if p.file != name or _exists(node, p.path)]


def _could_come(path: str) -> bool:
    """True when a profile may give the value at ``path``."""
    steps = _steps(path) + [""]
    return steps[0] in PROFILE_KEYS and (steps[0] != "meeting" or steps[1] in MEETING_KEYS)


def resolve_template(root: Any, chain: Chain, source: str | os.PathLike[str],
                     within: str | os.PathLike[str] | None, problems: list[Problem]) -> None:
    """Decide, before it is opened, the .docx a ``template:`` names (in the outline or in a
    profile), relative to the folder of the file that names it, and put that path in
    ``root``; with ``within`` one that leads out of it is a problem and is dropped."""
    value = root.get("template") if isinstance(root, Mapping) else None
    if not isinstance(value, str) or not re.search(r"[./\\~]", value):
        return  # a built-in name, or what the schema reports
    shown = chain.file_of("template")
    base = chain.folders.get(shown, Path(".") if str(source) == "-" else Path(source).parent)
    try:
        root["template"] = str(resolve_named(value.strip(), base, within, "mẫu"))
    except InputError as exc:
        problems.append(Problem(shown, *yamlio.position(root, "template"), "template", str(exc)))
        del root["template"]

