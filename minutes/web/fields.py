"""The outline form's fields: every outline key, grouped as ``minutes new`` asks them.

Labels come from :mod:`minutes.glossary` (the one glossary); this module adds only the
kind of control, the sub-fields of people and list entries, and a short example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from minutes import glossary, model
from minutes.web.words import N_


@dataclass(frozen=True)
class Sub:
    """A box inside a person or a list entry: ``name`` is the YAML key."""

    name: str
    kind: str = "text"  # text | long | lines | number
    example: str = ""
    term: str = ""  # where the glossary's term of ``name`` does not fit this list

    @property
    def label(self) -> str:
        """The Vietnamese term of this box, capitalised."""
        return capital(self.term or glossary.FIELD_TERMS.get(self.name, self.name))


@dataclass(frozen=True)
class Spec:
    """One outline key on the form.

    ``kind``: text, long (several lines), number, choice, person (boxes ``subs``) or
    list (rows of ``subs``). ``shape`` tells how a one-line list entry is split:
    item, text, guest, absence or record.
    """

    key: str
    kind: str = "text"
    example: str = ""
    subs: tuple[Sub, ...] = ()
    shape: str = "item"
    choices: tuple[str, ...] = ()
    term: str = ""  # where the glossary's term is shared by several boxes of the form
    own_note: str | None = None  # where the glossary's note promises what the box does not take

    @property
    def label(self) -> str:
        """The key's Vietnamese term from the glossary, capitalised."""
        return capital(self.term or glossary.field_term(self.key) or glossary.term(self.key) or self.key)

    @property
    def note(self) -> str:
        """The glossary's note on this key ("" if none)."""
        if self.own_note is not None:
            return self.own_note
        found = [t for t in glossary.OUTLINE_TERMS if t.key == self.key]
        return form_note(found[0].note) if found else ""


def form_note(note: str) -> str:
    """A glossary note as the form says it: without command names and flags."""
    note = re.sub(r"\s*\(--[a-z-]+\)", "", note)
    note = note.replace("minutes import ghi ở đây phần chưa xếp được vào mục nào",
                        "khi nhập từ .docx, phần chưa xếp được vào mục nào được ghi ở đây")
    return note.replace("minutes import", "nhập từ .docx")


def capital(text: str) -> str:
    """``text`` with its first letter in capitals ("ngày họp" → "Ngày họp")."""
    return text[:1].upper() + text[1:]


def table(key: str, **own: Any) -> Spec:
    """The box of ``key`` as the table of keys (:data:`minutes.glossary.KEYS`) describes it."""
    found = glossary.BY_KEY[key]
    return Spec(key, found.control, found.example, **own)


NAME = Sub("name", example="Nguyễn Văn An")
POSITION = Sub("position", example="Giám đốc Sở")
TEXT = Sub("text", "long")
ITEMS = Sub("items", "lines", "mỗi dòng một ý nhỏ")
OWNER = Sub("owner", example="Văn phòng Sở")
DUE = Sub("due", example="15/12/2025")

SECTIONS: tuple[tuple[str, tuple[Spec, ...]], ...] = (
    (N_("Cơ quan, tổ chức ban hành"), (
        table("style", choices=model.STYLES, own_note=""),
        table("organization.parent"),
        table("organization.name"),
        table("organization.code"),
        table("organization.in_text"),
        table("place"),
        table("number"),
        table("issued"),
        table("template"),
        table("extends"),
    )),
    (N_("Cuộc họp"), (
        table("meeting.title"),
        table("meeting.date"),
        table("meeting.start"),
        table("meeting.end"),
        table("meeting.end_date"),
        table("meeting.location"),
        table("meeting.period"),
    )),
    (N_("Chủ trì, thư ký, thành phần tham dự"), (
        Spec("chair", "person", subs=(NAME, POSITION)),
        Spec("secretary", "person", subs=(Sub("name", example="Trần Thị Bình"),
                                          Sub("position", example="Chuyên viên Văn phòng"))),
        Spec("guests", "list", subs=(NAME, POSITION, Sub("role", example="dự và chỉ đạo")), shape="guest"),
        table("attendees.summary"),
        table("attendees.expected"),
        table("attendees.present", own_note="chỉ ghi số người"),
        Spec("attendees.absent", "list", subs=(NAME, POSITION, Sub("reason", example="đi công tác")),
             shape="absence"),
    )),
    (N_("Nội dung cuộc họp"), (
        Spec("agenda", "list", subs=(TEXT, ITEMS)),
        Spec("review", "list", subs=(TEXT, Sub("status", example="Đã hoàn thành"), OWNER, DUE)),
        Spec("achievements", "list", subs=(TEXT, ITEMS)),
        Spec("indicators", "list", shape="record", subs=(
            Sub("name", example="Kinh phí vận động", term="tên chỉ tiêu"), Sub("value", "number", "1900000000"),
            Sub("unit", example="đồng"), Sub("previous", "number", "1500000000"))),
        Spec("discussion", "list", shape="record", subs=(
            Sub("speaker", example="Trưởng phòng Tổ chức"), Sub("content", "lines", "mỗi dòng một đoạn"))),
        Spec("directions", "list", shape="record", subs=(
            Sub("speaker", example="Giám đốc Sở"), Sub("content", "lines", "mỗi dòng một đoạn"))),
        Spec("tasks", "list", subs=(TEXT, ITEMS, OWNER, DUE)),
        Spec("commendations", "list", shape="record", subs=(
            Sub("count", "number", "1"), Sub("recipient", example="tập thể"),
            Sub("title", example="Hoàn thành xuất sắc nhiệm vụ"), Sub("by", example="Giám đốc Sở"))),
        Spec("conclusion", "list", subs=(TEXT, ITEMS)),
        Spec("vote.agree", "number", example="23"),
        Spec("vote.against", "number", example="0"),
        Spec("vote.abstain", "number", example="0"),
    )),
    (N_("Nơi nhận, người ký"), (
        Spec("recipients", "list", subs=(Sub("text", example="UBND tỉnh (b/c)"),), shape="text"),
        table("archive"),
        Spec("signer", "person", subs=(NAME, POSITION, Sub("authority", example="TM, KT, TL, TUQ hoặc Q"),
                                       Sub("on_behalf", example="ỦY BAN NHÂN DÂN"))),
        Spec("addressee", "list", subs=(Sub("text", example="Ủy ban nhân dân tỉnh"),), shape="text"),
        *(Spec(f"numbers.{kind.name}", "number", example=kind.number_example,  # each document its số
               term=f"số của {kind.spoken}") for kind in glossary.KINDS if kind.numbered),
        *(Spec(f"registers.{kind.name}", "text", example=glossary.BY_KEY["registers"].example,  # its sổ
               term=f"sổ đăng ký {kind.spoken}")
          for kind in glossary.KINDS if kind.numbered or kind.name == glossary.MAIN_KIND),
        Spec("invitation.preparation", "list", subs=(Sub("text", example="Báo cáo quý III"),), shape="text"),
        table("invitation.contact"),
        Spec("notes", "list", subs=(Sub("text", "long"),), shape="text"),
        table("file_code"),
        table("retention"),
    )),
)

CHOICES = {"state": N_("Cơ quan nhà nước (Nghị định 30)"), "party": N_("Cơ quan Đảng (Hướng dẫn 05)"),
           "youth": N_("Đoàn Thanh niên")}
"""How each choice of a choice box is shown (the value written stays the outline's word)."""


def _with_table_keys(sections: tuple[tuple[str, tuple[Spec, ...]], ...]) -> tuple[tuple[str, tuple[Spec, ...]], ...]:
    """``sections`` with every key of the table of keys that has no box yet, added to its section."""
    keys = [spec.key for _, specs in sections for spec in specs]
    missing = [k for k in glossary.KEYS
               if not any(key == k.key or key.startswith(f"{k.key}.") or k.key.startswith(f"{key}.") for key in keys)]
    return tuple((title, specs + tuple(table(k.key) for k in missing if k.section == name))
                 for (title, specs), name in zip(sections, glossary.SECTIONS))


SECTIONS = _with_table_keys(SECTIONS)
SPECS: tuple[Spec, ...] = tuple(spec for _, specs in SECTIONS for spec in specs)

ORDER: tuple[str, ...] = glossary.outline_keys()
"""Where a key the file does not have yet is inserted: the glossary's order."""


def sub_label(spec: Spec, sub: Sub) -> str:
    """The label of a box: the glossary's term for ``key.sub`` if it has one, else the field's."""
    own = glossary.term(f"{spec.key}.{sub.name}") if spec.kind == "person" else ""
    if own and own != glossary.term(spec.key):
        return capital(own)
    return sub.label
