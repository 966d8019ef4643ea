"""Step 4: the signature block (THƯ KÝ / CHỦ TỌA and their names) and Nơi nhận.

In a table each cell is a column; typed as plain paragraphs, the titles and the
names stand on one line set apart by tabs ("THƯ KÝ<tab><tab>CHỦ TỌA"), or one
under the other. Each column is read on its own: a signature title, then (after
"(Ký, ghi rõ họ tên)" and blank lines) the name; "Nơi nhận:" then its "- …;" lines.
"""

from __future__ import annotations

import re

from minutes.documents.wording import wording_for
from minutes.importer.draft import Draft
from minutes.importer.line_parts import is_blank, is_placeholder, key, looks_like_name, person
from minutes.reading.lines import Line, Table
from minutes.vietnamese.format import list_line

SECRETARY = ("thuky", "nguoighibienban", "thukycuochop", "thukyhoinghi", "thukyghibienban", "nguoivietbienban",
             "thukybuoihop", "nguoighi", "thukybienban", "thuki", "thukicuochop", "thukihoinghi", "thukyhoidong",
             "thukydaihoi", "thukyghichep", "thukyphienhop", "thukykyhop")
CHAIR = ("chutoa", "chutri", "chutrihoinghi", "chutricuochop", "chutoahoinghi", "chutoacuochop", "nguoichutri",
         "nguoichutoa", "chutribuoihop", "chutoabuoihop", "chutrihop")
NOI_NHAN = "noinhan"


LEADERS = ("tm", "kt", "tl", "tuq", "chutich", "photochutich", "bithu", "phobithu", "totruong",
           "truongban", "truongphong", "truongkhoa", "giamdoc", "phogiamdoc", "hieutruong", "truongdoan",
           "thutruong", "doitruong", "truongthon", "truongap", "truongkhupho")
"""Keys a leader's signature title starts with ("T/M CHI BỘ", "BÍ THƯ", "TỔ TRƯỞNG", "CHỦ TỊCH HỘI ĐỒNG …")."""


def title_role(text: str, loose: bool = False) -> str:
    """"secretary" or "chair" for a signature title in capitals ("THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ"), or "".
    ``loose``: where the place says it is a signature (a cell's first line, titles side by side), a
    title in any case ("Người chủ trì", "Thư ký") is one too."""
    if text != text.upper() and not loose:
        return ""
    k = key(text)
    if k in SECRETARY:
        return "secretary"
    if k in CHAIR:
        return "chair"
    return ""


def leader_title(text: str) -> bool:
    """True for a leader's signature title in capitals: "TỔ TRƯỞNG", "BÍ THƯ", "T/M CHI BỘ",
    "CHỦ TỊCH HỘI ĐỒNG KHOA HỌC". In a biên bản signed by a secretary, that column is the chair's."""
    text = text.strip()
    if text != text.upper() or len(text) > 70 or not any(c.isalpha() for c in text):
        return False
    k = key(text)
    if len(k) <= 24 and (k.endswith("truong") or k.startswith(("pho", "chunhiem", "giaovienchunhiem"))):
        return True  # "LỚP TRƯỞNG", "CHI HỘI TRƯỞNG", "PHÓ CHỦ TỊCH", "CHỦ NHIỆM", "GIÁO VIÊN CHỦ NHIỆM"
    return k.startswith(LEADERS) and (k[:2] not in ("tm", "kt", "tl")
                                      or re.match(r"^(?:T/M|TM\.|KT\.|TL\.|TUQ\.)", text) is not None)


def is_signature_start(line: Line) -> bool:
    """True for a line holding a signature title or "Nơi nhận:", or titles in any case side by side
    ("Thư ký<tab><tab>Chủ trì")."""
    segments = line.segments()
    if len(segments) >= 2 and all(title_role(s, loose=True) for s in segments):
        return True
    return any(title_role(s) or key(s) == NOI_NHAN for s in segments)


def _first_lines(table: Table):
    """(column, first non-empty line) of each cell of a table that may be a signature block: at most
    three columns, and a row whose cells all open with a signature title, in any case ("Người ghi
    biên bản | Người chủ trì"; "Thư ký | HIỆU TRƯỞNG"). A task table with "Thư ký" in its owner
    column is not one."""
    if not table.rows or any(len(row) > 3 for row in table.rows):
        return
    for row in table.rows:
        firsts = [(col, next((line for line in cell if line.clean), None)) for col, cell in enumerate(row)]
        opened = [line for _col, line in firsts if line is not None]
        if opened and all(title_role(line.clean, loose=True) or leader_title(line.clean) for line in opened) \
                and any(title_role(line.clean, loose=True) for line in opened):
            for row_ in table.rows:
                for col, cell in enumerate(row_):
                    first = next((line for line in cell if line.clean), None)
                    if first is not None:
                        yield col, first
            return


DEGREE = re.compile(r"^(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|CN|KS|ĐD|DS|YS|KTV|Ths)\.\s*)+")


def _bare_key(name: str) -> str:
    """The matching key of a name without a title written before it ("BS. Ma Văn Sình" = "Ma Văn Sình")."""
    return key(DEGREE.sub("", name.strip()))


class Signature:
    """Gathers the signature zone column by column, then fills the draft."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.columns: dict[int, dict] = {}
        self.names: dict[str, str] = {}
        self.recipients: list[str] = []
        self.leader_titles: list[str] = []

    def is_signature_table(self, table: Table) -> bool:
        """True when a cell of ``table`` starts a signature or Nơi nhận (a cell's first line may be
        a title in any case: "Người chủ trì")."""
        if any(is_signature_start(line) for row in table.rows for cell in row for line in cell):
            return True
        titled = {col for col, line in _first_lines(table) if title_role(line.clean, loose=True)}
        return len(titled) == len([c for c, line in _first_lines(table) if title_role(line.clean, loose=True)]) > 0

    def table(self, table: Table) -> None:
        """Read a signature table: each cell is a column."""
        firsts = {id(line) for _col, line in _first_lines(table)}
        for row in table.rows:
            for col, cell in enumerate(row):
                for line in cell:
                    for segment in line.segments():
                        self._segment(col, segment, loose=id(line) in firsts)

    def line(self, line: Line) -> None:
        """Read a plain paragraph of the signature zone."""
        segments = line.segments()
        if len(segments) == 1:
            col = 1 if line.indented and not segments[0].startswith("-") else 0
            self._segment(col, segments[0])
            return
        loose = all(title_role(s, loose=True) for s in segments)  # "Thư ký<tab><tab>Chủ trì"
        for col, segment in enumerate(segments):
            self._segment(col, segment, loose)

    def _segment(self, col: int, text: str, loose: bool = False) -> None:
        state = self.columns.setdefault(col, {"role": "", "noi_nhan": False})
        role = title_role(text, loose)
        if role:
            state.update(role=role, noi_nhan=False)
            return
        if leader_title(text) and not state["noi_nhan"]:
            titles = state.get("titles", []) if state["role"] == "leader" else []
            state.update(role="leader", noi_nhan=False, titles=[*titles, text.strip()])
            return
        if key(text).startswith(NOI_NHAN):
            state.update(noi_nhan=True, role="")
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if rest:
                self._recipient(rest)
            return
        if state["noi_nhan"]:
            if text.lstrip().startswith(("-", "–", "+", "•")) or not self.recipients:
                self._recipient(text)
            elif self.recipients:
                self.recipients[-1] += " " + text
            return
        if state["role"] and not is_placeholder(text) and not text.startswith("(") and state["role"] not in self.names:
            self.names[state["role"]] = text.strip()
            if state["role"] == "leader":
                self.leader_titles = state.get("titles", [])
            state["role"] = ""
        elif text.startswith("(") or is_blank(text):
            return
        elif not state["role"]:
            self.draft.note(text)

    def _recipient(self, text: str) -> None:
        try:
            self.recipients.append(list_line(text, last=False)[2:-1])
        except ValueError:
            pass

    def finish(self) -> None:
        """Fill recipients, the archive line, and check the names against the body."""
        style = self.draft.get("style") or "state"
        if self.recipients:
            archive = self.recipients[-1] if key(self.recipients[-1]).startswith("luu") else ""
            recipients = self.recipients[:-1] if archive else self.recipients
            if recipients:
                self.draft.set("recipients", recipients)
            if archive and archive + "." != wording_for(style).archive:
                self.draft.set("archive", archive)
        leader = self.names.pop("leader", None)
        for role, name in self.names.items():
            self._signed(role, name)
        if leader and "chair" not in self.names and "secretary" in self.names and looks_like_name(leader):
            self._leader(leader)
        elif leader:  # a leader signing alone (a công văn's "PHÓ CHỦ TỊCH"): kept as the document says it
            for text in [*self.leader_titles, leader]:
                self.draft.note(text)

    def _leader(self, name: str) -> None:
        """The chair from the leader's signature beside the secretary's ("TỔ TRƯỞNG", "T/M CHI BỘ / BÍ THƯ")."""
        titles = [t for t in self.leader_titles if not re.match(r"^(?:T/M|TM\.|KT\.|TL\.|TUQ\.)", t)]
        said = " ".join(self.leader_titles)
        found = self.draft.get("chair")
        if found:
            body_name = found["name"] if isinstance(found, dict) else person(found)[0]
            if _bare_key(body_name) != _bare_key(name):
                self.draft.doubt("chair", f"chỗ ký “{said}” ghi “{name}”, khác họ tên trong phần mở đầu")
            return
        position = titles[-1].capitalize() if titles else ""
        self.draft.set("chair", f"{name} - {position}" if position else name,
                       f"chủ trì lấy từ chỗ ký “{said}” bên cạnh chỗ ký của thư ký; kiểm tra họ tên và chức vụ")

    def _signed(self, role: str, name: str) -> None:
        found = self.draft.get(role)
        label = "chủ trì (chủ tọa)" if role == "chair" else "thư ký"
        if not found:
            self.draft.set(role, name, f"họ tên {label} lấy từ chỗ ký; thêm chức vụ (“Họ tên - Chức vụ”)")
            return
        body_name = found["name"] if isinstance(found, dict) else person(found)[0]
        if _bare_key(body_name) != _bare_key(name):
            self.draft.doubt(role, f"chỗ ký ghi “{name}”, khác họ tên trong phần mở đầu")

