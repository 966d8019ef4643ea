"""What the pages may say: only messages the server made, naming files relative to the folder.

* A message carried in a URL (after a redirect) is a code from :data:`CODES`, never text:
  ``/?m=…`` cannot make the page say anything else.
* A message made from an error (:func:`for_web`) names files relative to the served
  folder and never shows a path of the server; advice meant for the command line
  (``--force``, ``-o``) is said as what to do in the form instead.
* The fields an import was unsure of are shown only when they are field names the
  form knows (:func:`unsure_fields`).
"""

from __future__ import annotations

import re
from pathlib import Path

from minutes.web.words import N_, _

CODES = {
    "bad-name": N_("Tên tệp không hợp lệ hoặc đã có tệp này; hãy chọn tên khác (ví dụ hop-quy-3.yaml)."),
    "logged-out": N_("Đã đăng xuất."),
}
"""The messages a redirect may ask the folder page to show, by code."""

_ABSOLUTE = re.compile(r"(?<![\w.:/-])(?:~|/)(?:[^\s'\"“”‘’:;,()<>]+/)+([^\s'\"“”‘’:;,()<>]*)")
_FORCE = re.compile(r"(?<!\w)--force\b")


def coded(code: str) -> str:
    """The message of a code from a URL ("" for anything the server did not make)."""
    return CODES.get(code, "")


def for_web(text: str, folder: Path) -> str:
    """``text`` (an error's message) as a page may show it: files relative to ``folder``,
    no other path of the server, and no command-line flags."""
    for base in {str(folder), str(folder.resolve())}:
        text = text.replace(base.rstrip("/") + "/", "").replace(base, ".")
    text = _ABSOLUTE.sub(lambda m: m.group(1) or "…", text)
    if re.search(r"(?<!\w)--?[a-z]", text):
        forced = bool(_FORCE.search(text))
        kept = [part for part in re.split(r";\s*", text) if not re.search(r"(?<![\w-])--?[a-z][\w-]*", part)]
        text = "; ".join(kept).rstrip(" ,;")
        if forced:
            text += "; " + _("hãy mở tệp đó từ danh sách, hoặc đổi tên hay xóa nó trước")
    return text


def unsure_fields(text: str) -> str:
    """The comma-separated field names in ``text`` that the form knows ("" for none)."""
    from minutes.web.fields import SPECS

    known = {spec.key for spec in SPECS} | {f"{spec.key}.{sub.name}" for spec in SPECS for sub in spec.subs}
    known |= {key.split(".")[0] for key in known}
    names = [n.strip() for n in text[:2000].split(",")]
    shown = [n for n in names if _base(n) in known]
    return ", ".join(dict.fromkeys(shown))


def _base(name: str) -> str:
    """``attendees[2].name`` -> ``attendees.name``: a field path without its indexes."""
    return re.sub(r"\[\d+\]", "", name)
