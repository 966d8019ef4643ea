"""Step 3: the body below BIÊN BẢN, zone by zone.

title (the trích yếu) → opening (time, place, chair, secretary) → attendance →
content (sections by their headings) → the closing sentence → the signature
block and Nơi nhận. Headings are recognised by their words (whatever their
number: "3.", "2.1.", "III.", bold text or a heading style), so the Party order
(1. Thành phần, 2. Diễn biến with 2.1…) reads like the state one.
"""

from __future__ import annotations

import re

from minutes.importer.content import is_indicator_table, known_people, read_section
from minutes.importer.draft import Draft
from minutes.importer.line_parts import (
    afternoon,
    bare,
    date_text,
    find_date,
    find_time,
    is_blank,
    key,
    small_hour,
    split_label,
    split_marker,
    time_text,
)
from minutes.importer.opening import Opening, label_kind, opening_sentence, same_post
from minutes.importer.signature import Signature, is_signature_start
from minutes.reading.lines import Line, Table

TITLE_LINES = 4
"""The most lines a trích yếu takes: minutes breaks a long one into balanced lines."""

HEADINGS = (
    ("ketquathuchiennhiemvu", "review"), ("kiemdiem", "review"),
    ("ketquabieuquyet", "vote"), ("bieuquyet", "vote"),
    ("ketquadatduoc", "achievements"), ("ketqua", "achievements"), ("tinhhinh", "achievements"),
    ("danhgiaketqua", "achievements"),
    ("motsochitieu", "indicators"), ("chitieu", "indicators"), ("solieu", "indicators"),
    ("cacchitieu", "indicators"),
    ("ykienthaoluan", "discussion"), ("thaoluan", "discussion"), ("ykienphatbieu", "discussion"),
    ("ykiendonggop", "discussion"), ("cacykien", "discussion"), ("ykienthamgia", "discussion"),
    ("ykienchidao", "directions"), ("chidao", "directions"), ("phatbieuchidao", "directions"),
    ("ykienketluan", "conclusion"), ("ketluan", "conclusion"),
    ("nhiemvu", "tasks"), ("phuonghuong", "tasks"),
    ("khenthuong", "commendations"), ("bieuduong", "commendations"),
    ("chuongtrinh", "agenda"),
    ("thanhphan", "attendance"),
    ("thoigian", "opening"), ("diadiem", "opening"), ("phanmodau", "opening"), ("modau", "opening"),
    ("chutoa", "opening"), ("chutri", "opening"), ("thuky", "opening"), ("thuki", "opening"),  # "3. Chủ tọa, thư ký …"
    ("dienbien", "container"), ("noidung", "container"),
)
"""Heading keys (start of the matching key) and the section they open, in matching order."""

PLACE_DATE = re.compile(r"^(?P<place>[^\W\d_][^,.;:]{1,40}), ngày\b[^.;]*$")
"""A place-and-date line: "Tân Lập, ngày 26 tháng 3 năm 2026"."""

AGENDA_HEADS = ("noidungsinhhoat", "noidungcuochop", "noidunghoinghi", "noidungbuoihop", "noidungbuoisinhhoat")
"""Headings of the matters of a meeting: when only short numbered items follow, they are its agenda."""

INLINE = ("conclusion", "vote", "agenda")
"""Sections that may start on their heading's line: "Kết luận: Hội nghị thống nhất …"."""


def section_of(text: str) -> str:
    """The section a heading's words name ("Ý kiến thảo luận" → "discussion"), or ""."""
    k = key(text)
    found = next((name for prefix, name in HEADINGS if k.startswith(prefix)), "")
    if not found and k.startswith("phan") and len(k) > 6:  # "PHẦN NỘI DUNG", "Phần kết luận": the part's name
        found = next((name for prefix, name in HEADINGS if k[4:].startswith(prefix)), "")
    return found


def heading(line: Line, item_kind: str = "") -> tuple[str, str] | None:
    """Return (section, rest of the line) when ``line`` is a heading; section "" for an unknown one.

    ``item_kind`` is the marker of the items being read: a line numbered the same way is an
    item, not a heading, unless it is bold or in a heading style.
    """
    kind, marker, rest = split_marker(line.full)
    if kind == "bullet" and marker == "*" and rest.endswith(":") and len(rest.split()) <= 8:
        name = section_of(rest.rstrip(":").strip())  # the Party handbook's "* Nội dung sinh hoạt:"
        return (name, "") if name else None
    if kind in ("dash", "plus", "bullet") or not rest:
        return None
    styled = line.bold or "heading" in line.style.lower() or "mục" in line.style.lower()
    labelled = split_label(rest)
    if labelled and labelled[1] and not is_blank(labelled[1]):
        name = section_of(labelled[0])
        if name in INLINE and len(labelled[0].split()) <= 6 and (kind or styled or name != "agenda"):
            return name, labelled[1]
        return None
    text = rest.rstrip(":").strip()
    if styled and kind and text.endswith(".") and not text.endswith("..") and len(text.split()) <= 8:
        text = text[:-1].rstrip()  # a bold "4. Nội dung cuộc họp." typed with a full stop
    if text.endswith((".", ";")) or len(text) > 100 or len(text.split()) > 14:
        return None
    numbered = kind in ("num", "num2", "roman", "letter")
    if not (numbered or styled or rest.endswith(":")):
        return None
    if numbered and kind == item_kind and not styled:
        return None
    name = section_of(text)
    if name == "opening" and key(text).startswith(("chutoa", "chutri", "thuky", "thuki")) and not numbered:
        return None  # a bold "Thư ký" alone is a signature's title, not the opening's heading
    if name:
        return name, ""
    return ("", "") if (numbered and styled) or (styled and rest.endswith(":")) else None


PERIOD_LINE = re.compile(r"^(?:tháng|quý|năm|học kỳ|lần thứ|kỳ họp|phiên|nhiệm kỳ|khóa|khoá|tuần|đợt)\b.{0,60}$", re.I)
"""A line naming the period or session of the meeting named above it ("Tháng 10 năm 2026", "Lần thứ 12",
"Tuần 1 tháng 3 năm 2026")."""
SUBJECT = re.compile(r"^\(?\s*(?:V/v|Về việc)\b", re.I)
"""The subject line under a tên loại that names the kind of meeting only ("Về việc …", "(V/v …)")."""
TEN_LOAI = re.compile(r"^\s*B\s*I\s*Ê\s*N\s+B\s*Ả\s*N\s*:?\s*", re.I)
"""The tên loại at the start of the title line, also typed with spaced letters ("B I Ê N   B Ả N")."""


class Body:
    """Reads the body blocks into the draft, zone by zone."""

    def __init__(self, draft: Draft, honorific: str):
        self.draft = draft
        self.honorific = honorific
        self.zone = "opening"
        self.opening = Opening(draft)
        self.signature = Signature(draft)
        self.sections: list[tuple[str, str, list]] = []  # (name, heading text, blocks)
        self.stated: tuple[dict, str] | None = None  # a vote said in a sentence of the body
        self.blocks: list = []  # the blocks being read, and where: a heading may look at the lines under it
        self.at = 0

    def read(self, blocks: list, title: str = "") -> None:
        """Read every block after the tên loại ``title`` ("BIÊN BẢN" or "BIÊN BẢN HỌP …")."""
        rest = TEN_LOAI.sub("", title) if key(title).startswith("bienban") else ""
        first = next((b for b in blocks if not isinstance(b, Line) or b.clean), None)
        period = isinstance(first, Line) and first.bold and PERIOD_LINE.match(first.clean) is not None
        if rest and (len(rest.split()) > 2 or (len(rest.split()) == 2 and period)):  # "BIÊN BẢN HỌP KHOA" / "Tháng 5"
            blocks = self._continued(blocks, rest)
        else:  # "BIÊN BẢN HỌP" over "Về việc …": the line below names the meeting
            blocks = self._title(blocks)
            if rest and not self.draft.has("meeting.title"):
                self._set_title(rest)
        self.blocks = blocks
        for self.at, block in enumerate(blocks):
            self._block(block)
        self.opening.finish()
        people = known_people(self.draft, self.honorific)
        for name, title, content in self.sections:
            if name:
                read_section(name, content, self.draft, people)
            else:
                self.draft.note(title)
                for block in content:
                    self._keep(block)
        if self.stated is not None and not self.draft.has("vote"):  # a "Biểu quyết" section says it better
            self.draft.set("vote", *self.stated)
        self.signature.finish()

    def _title(self, blocks: list) -> list:
        """Take the trích yếu: the first lines, up to the first line of the opening."""
        lines: list[Line] = []
        at = 0
        for at, block in enumerate(blocks):
            if not isinstance(block, Line):
                break
            if not block.clean:
                if lines:
                    at += 1
                    break
                continue
            if is_blank(block.clean.replace("-", "").replace("*", "")) or self._opening_line(block) \
                    or len(lines) == TITLE_LINES or (lines and block.bold != lines[0].bold):
                break
            lines.append(block)
        else:
            at = len(blocks)
        following = blocks[at] if at < len(blocks) else None
        if lines and isinstance(following, Line) and len(lines) < TITLE_LINES \
                and PERIOD_LINE.match(following.clean) and not self._opening_line(following):
            lines.append(following)  # "SINH HOẠT CHI BỘ ĐỊNH KỲ" over "tháng 3 năm 2026", in any weight
            at += 1
        if lines:
            self._set_title(" ".join(line.clean for line in lines))
        return blocks[at:]

    def _continued(self, blocks: list, rest: str) -> list:
        """"BIÊN BẢN SINH HOẠT TỔ CHUYÊN MÔN" over "Tháng 10 năm 2026": a bold line under the title
        that names the period or session belongs to the meeting's name."""
        for at, block in enumerate(blocks):
            if not isinstance(block, Line):
                break
            if not block.clean:
                continue
            if SUBJECT.match(block.clean):  # "BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ" / "Về việc …": the subject
                self._set_title(block.clean)
                self.draft.doubt("meeting.title", f"lấy từ dòng “{block.clean}”; dòng tên loại ghi “BIÊN BẢN {rest}”, "
                                                  "có thể ghép nếu đó là tên cuộc họp")
                return blocks[at + 1:]
            if block.bold and PERIOD_LINE.match(block.clean) and not self._opening_line(block):
                self._set_title(f"{rest} {block.clean}")
                return blocks[at + 1:]
            break
        self._set_title(rest)
        return blocks

    def _set_title(self, title: str) -> None:
        bracketed = re.fullmatch(r"\((?P<inner>(?:V/v|Về việc)\b.*)\)", title.strip(), flags=re.I)
        title = bracketed["inner"] if bracketed else title  # "(V/v góp ý dự thảo …)"
        title = re.sub(r"^(?:V/v|Về việc)\s*:?\s*", "", title, flags=re.I)
        self.draft.set("meeting.title", title)
        words = [w for w in title.split() if any(c.isalpha() for c in w)]
        if words and sum(w == w.upper() for w in words) >= 0.6 * len(words):  # also "… ĐỊNH KỲ tháng 3 năm 2026"
            self.draft.doubt("meeting.title", "tên cuộc họp viết in hoa; nên viết thường như trong câu")
        elif len(words) >= 3 and all(w[0].isupper() or not w[0].isalpha() for w in words):  # "Họp Hội Đồng Quản Trị"
            self.draft.doubt("meeting.title", "tên cuộc họp viết hoa chữ đầu mỗi từ; nên viết thường như trong câu")

    def _opening_line(self, line: Line) -> bool:
        kind, _m, rest = split_marker(line.full)
        labelled = split_label(rest)
        return (bool(kind) or bool(labelled and label_kind(labelled[0]))
                or key(rest).startswith(("homnay", "vaohoi", "vaoluc")) or opening_sentence(rest))  # "Lúc 14 giờ …"

    def _block(self, block) -> None:
        if isinstance(block, Table):
            self._table(block)
            return
        if not block.clean or is_blank(block.clean):
            return
        if self.stated is None:
            self.stated = stated_vote(block.clean)
        else:
            self.stated = counted_after(self.stated, block.clean)
        if self.zone == "end":
            if not self._dated(block.clean):
                self.signature.line(block)
            return
        labelled = split_label(split_marker(block.full)[2])
        label = labelled[0] if labelled else ""
        timed = bool(label) and label_kind(label) == "time"
        ends = timed and END.search(label) is not None and self.zone == "content"  # "Thời gian bế mạc:"
        if (not timed or ends) and closing(block.clean, self.draft):
            self.zone = "end"
            return
        if is_signature_start(block):
            self.zone = "end"
            self.signature.line(block)
            return
        found = heading(block, self._item_kind())
        if found is not None:
            self._heading(block, *found)
            return
        if self.zone in ("opening", "attendance"):
            taken = self.opening.feed(block.full, self.zone == "attendance")
            if taken == "attendance":
                self.zone = "attendance"
            elif taken in ("chair", "secretary") and self.zone == "attendance" and self.opening.summary:
                self.zone = "opening"
            elif not taken:
                self.draft.note(block.full)
            return
        if not self.sections:
            if not self.opening.feed(block.full, False):
                self.draft.note(block.full)
            return
        self.sections[-1][2].append(block)

    def _dated(self, text: str) -> bool:
        """The place-and-date line typed above the signatures instead of in the header ("Tân Lập, ngày 26
        tháng 3 năm 2026"): the place and the date of the biên bản, when the header gave neither."""
        dated = PLACE_DATE.match(text)
        day = find_date(text) if dated else None
        if dated is None or day is None or self.draft.has("place") or self.draft.has("_header_date"):
            return False
        self.draft.set("place", dated["place"].strip())
        self.draft.set("_header_date", date_text(day))
        return True

    def _item_kind(self) -> str:
        if not self.sections:
            return ""
        for block in self.sections[-1][2]:
            if isinstance(block, Line):
                kind = split_marker(block.full)[0]
                if kind:
                    return kind
        return ""

    def _heading(self, line: Line, name: str, rest: str) -> None:
        self.opening.pending = ""  # a label left without its value stays without it
        if name == "attendance":
            self.zone = "attendance"
            return
        if name == "opening":  # "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN": the opening lines follow
            self.zone = "attendance" if "thanhphan" in key(line.full) else "opening"
            words = split_marker(line.full)[2].rstrip(": ").strip()
            if not re.search(r",|&|\bvà\b", words, re.I) and label_kind(words) in ("time", "location", "chair",
                                                                                  "secretary"):
                self.opening.pending = words  # "1. Thời gian:" over "14 giờ 00, ngày …": the value below
            return
        if name == "container" and self._listed_agenda(line):
            self.zone = "content"
            self.sections.append(("agenda", line.full, []))
            self.draft.doubt("agenda", f"chương trình đọc từ các mục đánh số dưới “{bare(line.full)}”")
            return
        if name == "container":
            self.zone = "content"
            if self.sections and self.sections[-1][0] == "agenda":  # "Chương trình:" … then "Diễn biến:"
                self.sections.append(("", line.full, []))  # what follows is not an agenda item: kept
            return
        self.zone = "content"
        self.sections.append((name, line.full, []))
        if rest:
            self.sections[-1][2].append(Line(rest))

    def _listed_agenda(self, line: Line) -> bool:
        """True when "Nội dung sinh hoạt" (cuộc họp, hội nghị) heads nothing but short numbered items, one
        line each, up to the next heading or the closing: the matters of the meeting, its agenda."""
        if key(split_marker(line.full)[2].rstrip(":")) not in AGENDA_HEADS:
            return False
        items = []
        for block in self.blocks[self.at + 1:]:
            if not isinstance(block, Line) or heading(block) is not None or END.search(block.clean) \
                    or is_signature_start(block):
                break
            if block.clean:
                items.append(block)
        return len(items) >= 2 and all(split_marker(item.full)[0] == "num" and len(item.clean.split()) <= 15
                                       and ":" not in item.clean for item in items)

    def _table(self, table: Table) -> None:
        if self.zone in ("opening", "attendance") and not self.sections and sign_in_count(table) is not None:
            count = sign_in_count(table)
            if count and not self.draft.has("attendees.present"):
                self.draft.set("attendees.present", count, f"số có mặt đếm từ bảng danh sách ký tên ({count} dòng có "
                                                           "họ tên); kiểm tra người đến mà không ký")
            self._keep(table)
            return
        if self.zone in ("opening", "attendance") and self._members(table):
            self._keep(table)
            return
        if self.zone in ("opening", "attendance") and not self.sections \
                and not self.signature.is_signature_table(table) and self._form(table):  # signatures: no form
            return
        if self.zone == "end" or self.signature.is_signature_table(table):
            self.signature.table(table)
            self.zone = "end"
        elif self.sections and (self.sections[-1][0] == "indicators" or is_indicator_table(table)):
            self.sections[-1][2].append(table)
        elif is_indicator_table(table):
            self.sections.append(("indicators", "", [table]))
        elif self.sections:
            self.sections[-1][2].append(table)  # kept in the section's notes, in order
        else:
            self._keep(table)

    def _form(self, table: Table) -> bool:
        """Read the opening typed as a two-column form (Thời gian | …, Địa điểm | …, Chủ trì | …), or
        with two pairs a row (Thời gian | … | Địa điểm | …): each pair as the line "label: value". True
        when every row's first cell is such a label."""
        rows = colon_column_dropped(table.texts())
        if rows and all(len(row) == 4 for row in rows) and all(label_kind(r[0].rstrip(": ")) for r in rows) \
                and all(label_kind(r[2].rstrip(": ")) or not r[2].strip() for r in rows):
            rows = [pair for row in rows for pair in (row[:2], row[2:]) if pair[0].strip()]  # two pairs a row
        if not rows or any(len(row) != len(rows[0]) for row in rows) or len(rows[0]) not in (2, 3):
            return False
        kinds = [label_kind(row[0].rstrip(": ")) for row in rows]
        roles = len(rows[0]) == 3 and any(k in ("chair", "secretary") for k in kinds)
        if not roles and not all(kinds):  # a three-column table: Chủ trì | name | position; Thành viên | …
            return False
        for kind, (label, *values) in zip(kinds, rows):
            values = [re.sub(r"^\s*:\s*", "", v) for v in values]  # "Thời gian | : 07 giờ 30": the colon typed in
            value = " - ".join(v for v in values if v.strip()) if kind in ("chair", "secretary") else " ".join(values)
            if not kind or not self.opening.feed(f"{label.rstrip(': ')}: {value}", self.zone == "attendance"):
                self.draft.note(" | ".join(cell for cell in (label, *values) if cell))
        return True

    def _members(self, table: Table) -> bool:
        """Read a members table (STT, Họ và tên, Chức vụ, Ghi chú): the rows whose note says
        "Chủ trì"/"Chủ tọa" or "Thư ký" give the chair and the secretary. True when it is one."""
        rows = table.texts()
        if not rows:
            return False
        head = [key(cell) for cell in rows[0]]
        name_col = next((i for i, k in enumerate(head) if k in ("hovaten", "hoten")), None)
        if name_col is None:
            return False
        position_col = next((i for i, k in enumerate(head) if k.startswith(("chucvu", "chucdanh"))), None)
        for row in rows[1:]:
            for i, cell in enumerate(row):
                role = {"chutri": "chair", "chutoa": "chair", "thuky": "secretary", "thuki": "secretary"}.get(key(cell))
                if i in (name_col, position_col) or role is None or self.draft.has(role) or name_col >= len(row):
                    continue
                name = row[name_col].strip()
                position = row[position_col].strip() if position_col is not None and position_col < len(row) else ""
                if name and not is_blank(name):
                    self.draft.set(role, f"{name} - {position}" if position else name)
        self._presence(rows, name_col)
        self._post_named(rows, name_col, position_col)
        return True

    def _post_named(self, rows: list[list[str]], name_col: int, position_col: int | None) -> None:
        """The chair said by post alone ("Chủ trì: Chủ tịch Hội đồng") named by the members table's row
        whose role is that post ("Chủ tịch HĐ"), marked."""
        for role, post in self.opening.posts.items():
            if self.draft.has(role):
                continue
            found = [row for row in rows[1:] if name_col < len(row) and row[name_col].strip()
                     and any(same_post(cell, post) for i, cell in enumerate(row) if i != name_col)]
            if len(found) != 1:
                continue
            name = found[0][name_col].strip()
            position = found[0][position_col].strip() if position_col is not None and position_col < len(found[0]) \
                else ""
            self.draft.set(role, f"{name} - {position}" if position else name,
                           f"“{post}” trong phần mở đầu; họ tên lấy từ bảng thành viên")

    def _presence(self, rows: list[list[str]], name_col: int) -> None:
        """A members table's column for who came ("Có mặt": "x", or "Vắng (đi học)"): the count present,
        the members counted, and the absentees named; read only when every member's mark is understood."""
        head = [key(cell) for cell in rows[0]]
        col = next((i for i, k in enumerate(head) if k in PRESENCE_HEADS), None)
        if col is None or self.draft.has("attendees.present"):
            return
        members = [row for row in rows[1:] if max(col, name_col) < len(row) and row[name_col].strip()
                   and not is_blank(row[name_col])]
        marks = [presence_mark(row[col]) for row in members]
        if not members or None in marks:
            return
        self.draft.set("attendees.present", marks.count(True))
        self.draft.set("attendees.expected", len(members))
        absent = [{"name": row[name_col].strip(), **({"reason": why} if why else {})}
                  for row, mark in zip(members, marks) if mark is not True
                  for why in [absence_reason(row[col])]]
        if absent and not self.draft.has("attendees.absent"):
            self.draft.set("attendees.absent", absent)

    def _keep(self, block) -> None:
        if isinstance(block, Table):
            for row in block.texts():
                self.draft.note(" | ".join(cell for cell in row if cell))
        else:
            self.draft.note(block.full)


PRESENCE_HEADS = ("comat", "comatvang", "comatkhong", "diemdanh", "duhop", "thamdu", "comathop")
"""The heading of a members table's column for who came."""


def presence_mark(cell: str) -> bool | None:
    """True for a member marked present ("x", "✓", "có", "có mặt"), False for one marked absent ("vắng",
    "Vắng (đi học)", "không"), None for a mark not understood (blank included: nothing is guessed)."""
    k = key(cell)
    if cell.strip().lower() in ("x", "✓", "✔", "+", "v") or k in ("co", "comat", "codu", "du"):
        return True
    if k.startswith(("vang", "khong", "nghi")) or cell.strip() in ("-", "–", "0"):
        return False
    return None


def absence_reason(cell: str) -> str:
    """The reason in an absent member's mark: "Vắng (đi học)" → "đi học"; "" when none."""
    found = re.search(r"\(([^()]+)\)|[:\-–]\s*(.+)$", cell)
    return (found[1] or found[2]).strip() if found else ""


def colon_column_dropped(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` without a column that holds only the colon between label and value (the opening typed
    as a borderless table "Thời gian | : | 07 giờ 30 …", the colon in a column of its own)."""
    if not rows or any(len(row) != len(rows[0]) for row in rows) or len(rows[0]) < 3:
        return rows
    for col in range(1, len(rows[0]) - 1):
        cells = [row[col].strip() for row in rows]
        if all(cell in (":", "") for cell in cells) and cells.count(":") * 2 >= len(cells):
            return [[*row[:col], *row[col + 1:]] for row in rows]
    return rows


def sign_in_count(table: Table) -> int | None:
    """The rows with a name in a sign-in table (STT | Họ và tên (chủ hộ) | Địa chỉ | Ký tên), or None
    when ``table`` is not one (no name column, or no column to sign in)."""
    rows = table.texts()
    if len(rows) < 2:
        return None
    head = [key(cell) for cell in rows[0]]
    name_col = next((i for i, k in enumerate(head)
                     if k.startswith(("hovaten", "hoten", "tenchuho", "daidienho", "tendaibieu", "tennguoi"))), None)
    signed = any(k in ("kyten", "ky", "chuky", "kynhan", "kyxacnhan", "kyghirohoten") for k in head)
    if name_col is None or not signed:
        return None
    return sum(1 for row in rows[1:] if name_col < len(row) and row[name_col].strip() and not is_blank(row[name_col]))


VOTE_WORDS = r"(?:tán thành|nhất trí|đồng ý|thống nhất)"
SAID_VOTE_WORDS = r"(?:tán thành|nhất trí|đồng ý)"
"""Words a count may follow ("nhất trí 25/25"); "thống nhất 5/5 nội dung" counts items, so "thống nhất"
is a vote only after its count ("7/7 thành viên thống nhất …")."""
STATED_VOTE = re.compile(
    r"(?<![\d/])(?P<agree>\d+)\s*/\s*(?P<of>\d+)\s*(?:(?:đồng chí|đại biểu|đảng viên|đoàn viên|hội viên|ủy viên|"
    r"thành viên|người|phiếu)(?:\s+[A-ZĐ]\w*){0,3}(?:\s+(?:có mặt|dự họp|tham dự|dự hội nghị))?"
    r"|(?:(?!năm\b|tháng\b|ngày\b|giờ\b)[^\W\d_]+\s+){1,6}?)?"
    r"\s*\)?\s*(?:\([^)]*\)\s*)?" + VOTE_WORDS
    + r"|\bsố\s+(?:phiếu\s+|người\s+|đại biểu\s+|đồng chí\s+|thành viên\s+)?" + VOTE_WORDS
    + r"\s*:\s*(?P<count>\d+)(?:\s*/\s*\d+)?"
    + r"|(?<!không )" + SAID_VOTE_WORDS + r"\s*:?\s*\(?\s*(?P<after>\d+)\s*/\s*\d+"
    + r"|(?:^|[;,.]\s)[\s\-–+•]*" + VOTE_WORDS
    + r"\s*:\s*(?P<lead>\d+)\s*(?:phiếu|đồng chí|đại biểu|thành viên|người)?\b", re.I)
"""A vote stated in a sentence anywhere in the body: "25/25 đồng chí tán thành (100%)",
"Số tán thành: 30/30", "nhất trí 25/25", a line "Tán thành: 15 phiếu". A bare "nhất trí" with no count is not
a vote."""


AGAINST_BEFORE = re.compile(r"(?<![\d/])(\d+)\s*(?:/\s*\d+\s*)?(?:[^\W\d_]+\s+){0,3}?không\s+" + VOTE_WORDS, re.I)
"""The count against said before its words: "…, 02 thành viên không tán thành", "3 phiếu không đồng ý"."""


def stated_vote(text: str) -> tuple[dict, str] | None:
    """The vote said in a line of the body ("… 25/25 đồng chí tán thành (100%)") and the reason to
    check it, or None; the line itself stays where it is."""
    match = STATED_VOTE.search(text)
    if match is None or re.search(r"không\s+" + VOTE_WORDS + r"\s*:?\s*\d", text[:match.start()], re.I):
        return None
    if match["of"] and int(match["agree"]) > int(match["of"]) or re.search(r"(?:ngày|tháng|số|tỷ lệ|tỉ lệ)\s*:?\s*$",
                                                                          text[:match.start()], re.I):
        return None  # "ngày 12/3 …", "số 15/…", "tỷ lệ 96/100 hộ": a date, a number or a rate, not a vote
    if re.search(r"(?:có mặt|vắng|triệu tập)\W*$", text[:match.start()], re.I):
        return None  # "Có mặt 25/27 đồng chí nhất trí …": a count of those present, not a vote
    against = re.search(r"không\s+" + VOTE_WORDS + r"\s*:?\s*(\d+)", text, re.I) or AGAINST_BEFORE.search(text)
    abstain = re.search(r"(?:không biểu quyết|phiếu trắng|không ý kiến)\s*:?\s*(\d+)", text, re.I)
    vote = {"agree": int(match["agree"] or match["count"] or match["after"] or match["lead"]),
            "against": int(against[1]) if against else 0,
            "abstain": int(abstain[1]) if abstain else 0}
    return vote, f"biểu quyết đọc từ câu “{bare(text)}”"


AGAINST_LINE = re.compile(r"^[\s\-–+•]*(?:số\s+(?:phiếu\s+)?)?(?P<what>không\s+" + VOTE_WORDS
                          + r"|không biểu quyết|phiếu trắng|không ý kiến)\s*:\s*(?P<count>\d+)", re.I)


def counted_after(stated: tuple[dict, str], text: str) -> tuple[dict, str]:
    """The vote said over several lines: "Tán thành: 15 phiếu" then "Không tán thành: 2 phiếu"."""
    found = AGAINST_LINE.match(text)
    if found is None:
        return stated
    vote, reason = stated
    part = "against" if re.match(r"không\s+" + VOTE_WORDS, found["what"], re.I) else "abstain"
    return {**vote, part: int(found["count"])}, reason


END = re.compile(r"(?:kết thúc|bế mạc|(?P<minutes>biên bản\b[^.;]{0,30}?\b(?:lập xong|thông qua|hoàn thành)))", re.I)
"""Where the closing sentence says the end: "Cuộc họp kết thúc …", "Biên bản được lập xong vào lúc …"."""


MEETING_NOUN = re.compile(r"\b(?:cuộc họp|hội nghị|buổi họp|buổi sinh hoạt|phiên họp|kỳ họp|biên bản|buổi làm việc|"
                          r"hội thảo|đại hội)\b", re.I)


def closing(text: str, draft: Draft) -> bool:
    """Read "Cuộc họp kết thúc vào 16 giờ 30 cùng ngày./." (end time, and date when another day), also
    when another sentence comes first ("Biên bản được thông qua …. Cuộc họp kết thúc vào lúc …"); a
    "kết thúc" says the end better than "biên bản được lập xong", which is kept marked."""
    if len(text) > 400:
        return False
    sentences = [p for p in re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", text) if p.strip()]
    found = None
    for at, sentence in enumerate(sentences):
        if 0 < at < len(sentences) - 1:
            continue  # the closing sentence comes first or last
        match = END.search(sentence)
        if match is not None and match.start() > 60 and not match["minutes"]:
            # "Biên bản đã được đọc lại …, cuộc họp kết thúc vào lúc 11 giờ": the clause says the end
            clause = re.search(r"[,;]\s*(?:và\s+)?" + MEETING_NOUN.pattern + r"[^,;]{0,20}?(?:kết thúc|bế mạc)",
                               sentence, re.I)
            match = END.search(sentence, clause.end() - 12) if clause else None
            if match is not None and not (clause and match.end() == clause.end()):
                match = None
        elif match is not None and (match.start() > 60 or (at and not MEETING_NOUN.search(sentence[:match.end()]))):
            match = None
        if match is None:
            continue
        after = sentence[match.end():]
        moment = find_time(after)
        if moment is None and "…" not in after and "..." not in after:
            continue
        if found is None or (found[0]["minutes"] and not match["minutes"]):
            found = (match, after, moment, sentence)
    if found is None:
        return False
    match, after, moment, sentence = found
    if moment is not None and small_hour(moment, after):  # "kết thúc lúc 4 giờ 30": the afternoon, marked
        moment = afternoon(moment)
        draft.doubt("meeting.end", f"giờ đọc là buổi chiều từ “{bare(sentence)}”")
    if moment is not None:
        draft.set("meeting.end", time_text(moment), f"giờ lập xong (thông qua) biên bản, đọc từ câu “{bare(sentence)}”"
                  if match["minutes"] else "")
        day = find_date(after)
        if day is not None and date_text(day) != draft.get("meeting.date"):
            draft.set("meeting.end_date", date_text(day))
    rest = bare(after)
    if len(sentences) > 1 or re.search(r"biên bản|thông qua|nhất trí", rest, re.I):
        draft.note(text)
    return True
