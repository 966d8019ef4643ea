"""The pages of the biên bản as they will print, beside the form (LibreOffice → PNG).

A preview is made after each save of a valid outline, and when a valid outline is
opened, and kept per outline in the server's cache folder until the next version, with
the version it shows (:data:`SHOWS`): every worker process of the server reads the same.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from minutes import api
from minutes.errors import MinutesError
from minutes.web.messages import for_web
from minutes.web.security import check_inside
from minutes.web.words import N_

SHOWS = "outline.version"
"""The file of a preview's folder naming the version of the outline its pages show."""


def folder_of(site, name: str, make: bool = True) -> Path:
    """The cache folder of one outline's preview (made only when a preview is made)."""
    folder = site.cache / hashlib.sha256(name.encode()).hexdigest()[:16]
    if make:
        folder.mkdir(exist_ok=True)
    return folder


def pages_of(site, name: str) -> list[Path]:
    """The preview pages of ``name`` made so far, in page order (nothing is created)."""
    folder = folder_of(site, name, make=False)
    if not folder.is_dir():
        return []
    return api.preview_files(folder)


def shown_version(site, name: str) -> str:
    """The version of outline ``name`` its preview shows ("" when none is complete)."""
    try:
        return (folder_of(site, name, make=False) / SHOWS).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return ""


def attach(site, path: Path, state, version: str, checked, make: bool = False) -> None:
    """Fill ``state.pages`` (URLs) for this version, or say why there is none.

    Without ``make`` a preview not made yet is left ``pending`` (the page asks for it
    at once, so a save answers before LibreOffice has run).
    """
    if checked.problems:
        state.no_preview = N_("Chưa có bản xem trước: hãy sửa các vấn đề của đề cương rồi lưu.")
        return
    if checked.outline is None:
        state.no_preview = N_("Hồ sơ dùng chung không có bản xem trước; đề cương nào dùng hồ sơ này sẽ có.")
        return
    missing = api.preview_missing()
    if missing:
        state.no_preview, state.no_preview_detail = N_("Không có bản xem trước vì máy chưa có LibreOffice."), missing
        return
    keys = api.preview_keys(folder_of(site, path.name, make=False))
    if shown_version(site, path.name) != version or not keys:
        if not make:
            state.pending = True
            return
        folder = folder_of(site, path.name)
        (folder / SHOWS).unlink(missing_ok=True)  # written again once the pages of this version are made
        try:
            api.preview_pages(checked.outline, folder, site.warm_office())
        except MinutesError as exc:
            state.no_preview = N_("Không tạo được bản xem trước.")
            state.no_preview_detail = for_web(str(exc), path.parent)  # no path of the server
            return
        (folder / SHOWS).write_text(version, encoding="ascii")
        keys = api.preview_keys(folder_of(site, path.name, make=False))
    # each page's URL names its picture: a page that looks as before keeps its URL, so the
    # browser shows its copy without fetching it again (downloads.page_image checks the key)
    state.pages = [f"/o/{path.name}/page/{i}.png?v={key}" for i, key in enumerate(keys, 1)]


def panel(site, path: Path, state) -> None:
    """Make the preview of the outline at ``path`` as it is on disk (one LibreOffice run at a time
    per outline; saves do not wait for it).

    The file is read once this request's turn has come: a request that waited while newer
    saves were made previews the newest one, and the requests queued behind it for the
    versions in between find it made (no LibreOffice run for a version already replaced).
    """
    with site.lock(f"preview:{path.name}"):
        text, version = api.read_outline_text(path)
        state.version = version
        saved, checked = site.checked.get(path.name, ("", None))
        if saved != version:
            checked = check_inside(text, path)
        attach(site, path, state, version, checked, make=True)
