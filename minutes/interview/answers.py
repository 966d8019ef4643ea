"""Answers of ``minutes new`` that are words: yes/no, the style, and "<" to go back one answer.

A secretary answers in Vietnamese, with or without accents: "có"/"c"/"không"/"k", "Đảng",
"Đoàn", "Nhà nước". :func:`confirm` is the yes/no question of the interview; typing
:data:`BACK` at any question raises :class:`GoBack` (see :class:`minutes.interview.asking.Asker`).
"""

from __future__ import annotations

import click

from minutes.glossary import fold
from minutes.i18n import _

BACK = "<"
"""Typed alone, takes the user back to the previous answer (see :class:`Asker`)."""


class GoBack(Exception):
    """Raised when the user types :data:`BACK`: the interview is replayed up to the answer before."""


def parse_yes(answer: object, default: bool) -> bool | None:
    """A yes/no answer: c, có, y, yes, đồng ý / k, không, n, no (with or without accents); Enter
    keeps ``default``; None when it is neither."""
    if isinstance(answer, bool):
        return answer
    word = fold(str(answer))
    if not word:
        return default
    if word in ("c", "co", "y", "yes", "u", "uh", "dong y", "ok", "d"):
        return True
    if word in ("k", "khong", "n", "no", "ko"):
        return False
    return None


def confirm(text: str, default: bool = False) -> bool:
    """Ask a yes/no question in Vietnamese: [C/k] or [c/K]; "<" goes back (:class:`GoBack`)."""
    while True:
        choices = _("C/k") if default else _("c/K")
        answer = click.prompt(f"{text} [{choices}]", default="", show_default=False)
        if str(answer).strip() == BACK:
            raise GoBack
        found = parse_yes(answer, default)
        if found is not None:
            return found
        click.echo(_("  Lỗi: hãy trả lời c (có) hoặc k (không)"), err=True)


_STYLE_WORDS = {
    "state": "state", "nha nuoc": "state", "co quan nha nuoc": "state", "chinh quyen": "state",
    "mat tran": "state", "cong doan": "state", "party": "party", "dang": "party", "youth": "youth",
    "doan": "youth", "doan thanh nien": "youth", "thanh nien": "youth",
}


def style_choice(answer: str) -> str:
    """The style: state/party/youth, or Nhà nước/Đảng/Đoàn (with or without accents)."""
    found = _STYLE_WORDS.get(fold(answer))
    if found is None:
        raise ValueError(_("'{answer}' không hợp lệ; chọn một trong: state (Nhà nước), party (Đảng), youth "
                           "(Đoàn)").format(answer=answer))
    return found
