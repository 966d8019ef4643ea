"""``minutes new``: ask for the outline in Vietnamese, question by question, then write the YAML.

The questions come in the order a secretary thinks: the issuing body, the meeting,
the people, the content, the recipients. Each answer is checked at once with the
parsers of :mod:`minutes.vietnamese.parse` and asked again, with their message, when wrong.
With an earlier outline (``--from``) only what stays from one meeting to the next is
offered to keep: the body, the place, the people, the recipients. What belongs to one
meeting (date, times, number, attendance, content, figures, vote) is asked afresh, so
that Enter throughout never writes last period's meeting again: the date and start are
then left to fill, and ``check`` lists them. Nothing is written until the last question; an
interruption (Ctrl-C, end of input) leaves no file behind.

Rules of the conversation (also in the README):

- Enter keeps the default in brackets; ``-`` clears the default of an optional question.
- ``<`` goes back one answer (the interview is replayed silently up to the one before);
  yes/no questions take c/có and k/không (:mod:`minutes.interview.answers`).
- An existing ``output`` is offered for overwriting before the first question; an outline
  that cannot be saved is printed, so that no answer is lost.
- Lists are typed item by item, a blank answer ends them (a blank first item skips the
  section). A previous list is kept whole or not at all, then items can be added.
- In agenda, achievements, tasks and conclusion, an answer starting with ``+ `` is a
  sub-point of the item above; in discussion and directions, another point of the
  speaker above.

Carried unasked from ``--from``: ``template``, ``organization.in_text``, ``signer``,
``addressee``, ``archive``. Not carried (they belong to one meeting): ``issued``,
``meeting.end_date``, ``review``.

The questions of each section are :mod:`minutes.interview.questions` (one list entry:
:mod:`minutes.interview.entries`); asking and the file, :mod:`minutes.interview.asking`;
the answers as YAML, :mod:`minutes.interview.emit`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from minutes.glossary import KEYS, SECTIONS, top_keys
from minutes.i18n import N_, _
from minutes.interview.asking import (
    INTERRUPTED,
    Asker,
    GoBack,
    choose_output,
    confirm,
    offer_render,
    question,
    save,
)
from minutes.interview.emit import signer_yaml
from minutes.interview.questions import (
    Answers,
    Old,
    ask_closing,
    ask_content,
    ask_meeting,
    ask_organization,
    ask_people,
    earlier,
)
from minutes.outline.load import load_outline

INTRO = N_("""Soạn đề cương biên bản: trả lời từng câu hỏi rồi nhấn Enter.
  - Enter giữ giá trị trong ngoặc vuông; gõ - để xóa giá trị đó (câu không bắt buộc).
  - Danh sách nhập từng mục, để trống để kết thúc; dòng bắt đầu bằng "+ " là ý con của mục ngay trên.
  - Gõ < rồi Enter để quay lại câu trả lời trước và nhập lại (gõ nhiều lần để lùi nhiều câu).
  - Câu hỏi có/không: c (có) hoặc k (không).
  - Ctrl-C để dừng: chưa có tệp nào được ghi cho đến câu hỏi cuối cùng.""")
STOPPED = N_("Đã dừng: chưa ghi tệp nào.")
CARRIED = ("template", "signer", "addressee", "archive")
ORDER = top_keys()
"""The order of the keys written: the table of keys' (:data:`minutes.glossary.KEYS`)."""


def run_interview(output: Path | None, previous: Path | None, *,
                  prompt: Callable[..., Any] = click.prompt, echo: Callable[..., Any] = click.echo,
                  confirm: Callable[..., Any] = confirm) -> Path | None:
    """Ask for an outline, write it to ``output`` (asked for when None); return its path.

    ``previous`` is an earlier outline whose answers become the defaults. ``prompt``,
    ``echo`` and ``confirm`` have the signatures of Click's functions (``echo`` takes
    ``err=``). Returns None, with nothing written, when the user stops (Ctrl-C, end of
    input). Raises :class:`~minutes.errors.OutlineError` for an invalid ``previous`` and
    :class:`~minutes.errors.MinutesError` when writing or rendering fails.
    """
    asker = Asker(prompt, echo, confirm)
    old = load_outline(previous) if previous is not None else None
    try:
        asker.say(_(INTRO))
        if output is not None:  # overwrite or not is asked first, before any answer is typed
            output = choose_output(asker, output, "")
            asker.forget()
        data, path = ask_until_done(asker, old, output)
        save(path, data, echo)
    except INTERRUPTED:
        echo("\n" + _(STOPPED), err=True)
        return None
    asker.say(_("Đã ghi đề cương {path}").format(path=path))
    offer_render(asker, path, data.get("template"))
    return path


def ask_until_done(a: Asker, old: Old, output: Path | None) -> tuple[Answers, Path]:
    """Ask the whole outline (and, without ``output``, the file): "<" goes back one answer."""
    while True:
        try:
            data = ask_outline(a, old)
            return data, output or choose_output(a, None, data["meeting"].get("date") or "moi")
        except GoBack:
            a.restart(back=True)
            a.echo(_("  (quay lại câu trước)"))


def ask_outline(a: Asker, old: Old) -> Answers:
    """Ask every section; return the answers as YAML-ready values, in outline order."""
    data: Answers = {}
    for section, name in zip((ask_organization, ask_meeting, ask_people, ask_content, ask_closing), SECTIONS):
        data.update(section(a, old, data))
        data.update(ask_plain(a, old, name, data))
    data.update(carried(a, old))
    return {key: data[key] for key in ORDER if data.get(key) not in (None, "", [], {})}


def ask_plain(a: Asker, old: Old, section: str, data: Answers) -> Answers:
    """The plain keys of the table of keys (:data:`minutes.glossary.KEYS`) to ask in ``section``
    that its own questions did not ask: each as one line of text, the earlier answer the default."""
    return {k.key: a.text(question(k.key), earlier(old, k.key)) for k in KEYS
            if k.ask and k.section == section and k.plain in ("text", "date", "whole") and k.key not in data}


def carried(a: Asker, old: Old) -> Answers:
    """Keys of the earlier outline that are not asked but kept (template, signer...)."""
    if old is None:
        return {}
    found = {
        "template": old.template if old.template != "bien-ban" else "",
        "signer": signer_yaml(old.signer) if old.signer else "",
        "addressee": list(old.addressee),
        "archive": old.archive,
    }
    kept = [key for key, value in found.items() if value]
    if kept:
        a.say(_("Giữ nguyên từ đề cương kỳ trước (không hỏi): {kept}.").format(kept=', '.join(kept)))
    return found
