"""Language of the command line: Vietnamese by default, English on request.

minutes' own messages are Vietnamese. Click's messages (usage errors, help
headings) are gettext strings; :func:`install` points gettext at the
Vietnamese catalogue in ``minutes/locale`` (compiled with babel by
tools/build_catalog.py). ``MINUTES_LANG=en`` (or a ``LANGUAGE`` the user set)
keeps Click in English.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def install() -> str:
    """Make gettext find our catalogue and choose the language; return it ("vi" or other)."""
    language = os.environ.get("MINUTES_LANG") or os.environ.get("LANGUAGE") or "vi"
    os.environ["LANGUAGE"] = language  # gettext reads the language from here on each lookup
    gettext.bindtextdomain("messages", str(LOCALE_DIR))
    return language
