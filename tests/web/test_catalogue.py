"""Every word of the pages has its English in the catalogue (MINUTES_LANG=en)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import minutes

WEB = Path(minutes.__file__).parent / "web"
CATALOGUE = Path(minutes.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "web.po"


def messages() -> set[str]:
    """The msgids of the templates (``_``) and of the Python modules (``_`` and ``N_``)."""
    found = extract_from_dir(str(WEB), method_map=[("**/templates/**.html", "jinja2"), ("**.py", "python")],
                             options_map={"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}},
                             keywords={"_": None, "N_": None})
    return {msg if isinstance(msg, str) else msg[0] for _, _, msg, _, _ in found}


def test_every_message_has_an_english_translation():
    with CATALOGUE.open("rb") as handle:
        catalogue = read_po(handle)
    english = {m.id: m.string for m in catalogue if m.id}
    found = messages()
    assert len(found) > 50
    missing = sorted(m for m in found if not english.get(m))
    assert not missing, missing
