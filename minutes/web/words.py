"""The web pages' words: Vietnamese in the code, English from the catalogue (MINUTES_LANG=en).

Messages chosen in Python and translated when the page is drawn are marked with
:func:`N_`, so that the catalogue test finds them.
"""

from __future__ import annotations

import gettext
import os

from minutes.i18n import LOCALE_DIR


def translations() -> gettext.NullTranslations:
    """The web's catalogue for MINUTES_LANG (Vietnamese, the source language, by default)."""
    language = os.environ.get("MINUTES_LANG") or "vi"
    return gettext.translation("web", str(LOCALE_DIR), languages=[language], fallback=True)


def _(text: str) -> str:
    """``text`` in the language of the pages."""
    return translations().gettext(text)


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue; it is translated later, where it is shown."""
    return text
