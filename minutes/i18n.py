"""Language of the command line: Vietnamese by default, English on request.

minutes' own messages are written in Vietnamese in the code and marked with
:func:`_` (or :func:`N_` where the text is chosen before it is shown, :func:`ngettext`
where it counts); with ``MINUTES_LANG=en`` they are looked up in the English
catalogue ``minutes/locale/en/LC_MESSAGES/cli.po`` (the Vietnamese text is the
msgid). Without it the Vietnamese text is returned as it is, byte for byte.
A message built with values uses named placeholders, so that a translation can
move them: ``_("không tìm thấy tệp '{path}'").format(path=name)``.

Click's messages (usage errors, help headings) are gettext strings too;
:func:`install` points gettext at the Vietnamese catalogue of Click's domain
``messages``. ``MINUTES_LANG=en`` (or a ``LANGUAGE`` the user set) keeps Click
in English. The catalogues are compiled with babel by tools/build_catalog.py.
"""

from __future__ import annotations

import functools
import gettext
import os
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "cli"
"""The gettext domain of minutes' own messages (the web pages have theirs, ``web``)."""


def install() -> str:
    """Make gettext find our catalogue and choose the language; return it ("vi" or other)."""
    language = os.environ.get("MINUTES_LANG") or os.environ.get("LANGUAGE") or "vi"
    os.environ["LANGUAGE"] = language  # gettext reads the language from here on each lookup
    gettext.bindtextdomain("messages", str(LOCALE_DIR))
    return language


def language() -> str:
    """The language of minutes' own messages: ``MINUTES_LANG``, Vietnamese when unset."""
    return os.environ.get("MINUTES_LANG") or "vi"


@functools.lru_cache(maxsize=8)
def catalogue(lang: str) -> gettext.NullTranslations:
    """The messages' catalogue for ``lang`` (Vietnamese, the source language: none)."""
    return gettext.translation(DOMAIN, str(LOCALE_DIR), languages=lang.split(":"), fallback=True)


def _source(lang: str) -> bool:
    """Whether ``lang`` is the language the messages are written in."""
    return lang.split(":")[0].split("_")[0] == "vi"


def _(text: str) -> str:
    """``text`` (Vietnamese) in the language of the messages."""
    lang = language()
    return text if not text or _source(lang) else catalogue(lang).gettext(text)


def ngettext(singular: str, plural: str, count: int) -> str:
    """``singular`` or ``plural`` (the same Vietnamese words) for ``count``, translated."""
    lang = language()
    if _source(lang):
        return singular if count == 1 else plural
    return catalogue(lang).ngettext(singular, plural, count)


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue; it is translated later with :func:`_`, where it is shown."""
    return text



CLICK_HELP = "Show this message and exit."
"""Click's own help of ``--help`` (its msgid in Click's ``messages`` domain)."""
HELP_ATTRIBUTES = ("help", "metavar")
"""What Click shows of a command or an option that is written in Vietnamese in the code."""


def help_texts(command) -> list[tuple[object, str, str]]:
    """Every (object, attribute, Vietnamese text) of a Click ``command``, its options and its
    subcommands: the help and the metavars (``TÊN-SỔ``).

    The text is the one written in the code (docstring, ``help=``, ``metavar=``), kept on first
    sight in ``minutes_help``/``minutes_metavar`` so that it stays the msgid whatever language
    was shown since. Only the subcommands already added are walked.
    """
    found: list[tuple[object, str, str]] = []
    for item in [command, *getattr(command, "params", ())]:
        for attribute in HELP_ATTRIBUTES:
            source = vars(item).setdefault(f"minutes_{attribute}", getattr(item, attribute, None))
            if source and (attribute == "help" or not source.isascii()):
                found.append((item, attribute, source))
    for sub in getattr(command, "commands", {}).values():
        found += help_texts(sub)
    return found


def help_msgid(source: str) -> str:
    """The msgid of a help text: as Click shows it (docstring indentation removed)."""
    import inspect

    return inspect.cleandoc(source)


_shown: dict[int, str] = {}
"""The language each root command's help was last shown in (by ``id``)."""


def translate_help(command) -> None:
    """Show the help of ``command`` (and below) in the language of the messages.

    Click makes each command's ``--help`` option once and keeps it, with its help in the
    language of that moment; it is said again here in Click's current language, so that one
    process can run both languages (the tests do).
    """
    lang = language()
    if _shown.get(id(command), "vi") == lang or (_source(lang) and id(command) not in _shown):
        return  # already in this language (the code's Vietnamese at first)
    _shown[id(command)] = lang
    import click

    source_language = _source(lang)
    for item, attribute, source in help_texts(command):
        setattr(item, attribute, source if source_language else _(help_msgid(source)))
        if isinstance(item, click.Command) and attribute == "help":
            settings = {**getattr(command, "context_settings", {}), **item.context_settings}
            option = item.get_help_option(click.Context(item, **settings))  # as a run would make it
            if option is not None:
                option.help = gettext.gettext(CLICK_HELP)
