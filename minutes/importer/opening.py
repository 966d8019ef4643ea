"""Step 3a: the lines before the content: time, place, attendance, chair and secretary.

Each line is recognised by its label ("Thời gian bắt đầu:", "Chủ trì (chủ tọa):",
"Người ghi biên bản:"…), whatever the style wrote in front of it; a sentence in
the old form ("Hôm nay, vào lúc 14 giờ, ngày …, tại …") gives the time, date and
place at once.
"""

from __future__ import annotations

import re

from minutes.importer.draft import Draft
from minutes.importer.line_parts import (
    afternoon,
    bare,
    date_text,
    find_date,
    find_time,
    is_blank,
    is_placeholder,
    key,
    looks_like_name,
    number_in,
    person,
    small_hour,
    split_label,
    split_marker,
    strip_honorific,
    time_text,
    trailing_group,
)

LABELS = (
    ("thoigian", "time"), ("vaohoi", "time"), ("vaoluc", "time"),
    ("diadiem", "location"), ("noihop", "location"),
    ("thanhphan", "attendance"),
    ("chutri", "chair"), ("chutoa", "chair"), ("nguoichutri", "chair"),
    ("thuky", "secretary"), ("nguoighibienban", "secretary"), ("thukyhoinghi", "secretary"),
    ("nguoilapbienban", "secretary"), ("nguoivietbienban", "secretary"), ("nguoighichep", "secretary"),
    ("ghibienban", "secretary"), ("dieuhanh", "chair"),
    ("thuki", "secretary"),  # "Thư kí", as many type it
    ("daibieumoidu", "guests"), ("khachmoi", "guests"),
    ("comat", "present"), ("socomat", "present"), ("tongso", "attendance"),
    ("vangmat", "absent"), ("vang", "absent"),
)
"""Label keys (start of the matching key) and what they introduce."""

EXACT_LABELS = {
    "tai": "location", "taidiadiem": "location", "diadiemtochuc": "location", "noitochuc": "location",
    "batdau": "time", "thoidiem": "time", "ngay": "time", "ngayhop": "time", "ngaytochuc": "time",
    "giohop": "time", "giobatdau": "time", "gioketthuc": "time", "ngaygiohop": "time",
    "hiendien": "present", "sothamdu": "present", "songuoithamdu": "present", "soluong": "present",
    "siso": "present", "soluongthamdu": "present",
    "thamdu": "attendance", "daibieuthamdu": "attendance", "thanhvienthamdu": "attendance",
    "nguoithamdu": "attendance", "daibieudu": "attendance", "thanhphanthamgia": "attendance",
    "sodangvienduoctrieutap": "attendance", "sodaibieuduoctrieutap": "attendance",
    "sothanhvienduoctrieutap": "attendance",
    "soduoctrieutap": "attendance", "sotrieutap": "attendance",
    "chutichhoinghi": "chair", "nguoidieuhanh": "chair", "dieuhanh": "chair", "dieukhien": "chair",
    "ghibienban": "secretary", "nguoilapbienban": "secretary", "lapbienban": "secretary",
    "nguoighi": "secretary", "nguoighichep": "secretary", "ghichep": "secretary",
}
"""Labels read only as a whole ("Tại: Phòng họp số 2", "Bắt đầu: 14 giờ", "Hiện diện: 15/17"): as the
start of a longer label they would catch other words ("Tài liệu", "Tham dự có …")."""

SENTENCE = ("homnay", "vaohoi", "vaoluc", "hoi")
STARTED = re.compile(r"^(?:(?:vào\s+)?(?:lúc|hồi)\s+\d"
                     r"|(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:thứ\s+\w+\s*,?\s*)?ngày\s+\d"
                     r"|(?:sáng|chiều|tối)\s+nay\b"
                     r"|(?:cuộc họp|hội nghị|buổi họp|buổi sinh hoạt|phiên họp|kỳ họp|đại hội|buổi làm việc|"
                     r"buổi giao ban|giao ban|hội thảo)\s+(?:được\s+)?"
                     r"(?:bắt đầu|khai mạc|tiến hành|tổ chức|diễn ra)\b"
                     r"|(?:thời gian\s+)?(?:bắt đầu|khai mạc)\s+(?:từ\s+|vào\s+|lúc\s+|hồi\s+)*\d)", re.I)
"""Other ways the running opening sentence begins: "Lúc 15 giờ 00, ngày …", "Ngày 25/3/2026, lúc 9 giờ,
tại …", "Cuộc họp bắt đầu vào lúc …"."""


def opening_sentence(text: str) -> bool:
    """True for the running sentence that gives the time (and date, place) of the meeting."""
    if key(text).startswith(SENTENCE):
        return bool(find_time(text) or find_date(text))
    return bool(STARTED.match(text)) and find_time(text) is not None
SUBHEADS = ("daibieuchinhthuc", "daibieumoidu")
"""The sub-headings of a Party biên bản's "1. Thành phần hội nghị" (HD 16)."""
DATE_LINE = re.compile(r"^(?P<place>[^\d,.…][^,]{1,40}), ngày\b")
"""The place and date line typed under the title instead of in the header."""
ROLE_SENTENCE = re.compile(r"^(?P<who>.{4,120}?)[\s,;:\-–—]*[\s(]\s*(?:làm\s+|là\s+)?"
                           r"(?P<role>chủ trì|chủ tọa|chủ toạ|thư ký|thư kí|ghi biên bản)"
                           r"(?:\s+(?:hội nghị|cuộc họp|buổi họp))?\)?$", re.I)
"""A role said in a sentence or after a name in the list of those present: "Đồng chí Nguyễn Văn A, Bí thư
Chi bộ chủ trì hội nghị", "Bà Lê Thị B - Phụ huynh (Thư ký cuộc họp)"."""


def tabbed_fields(text: str) -> list[str]:
    """The labelled fields typed on one line ("Thời gian: …<tab>Địa điểm: …", "Chủ trì: Bà A, Chủ tịch.
    Thư ký: Bà B"; the reader turns a tab into a space): the line cut before each later known label of
    the opening, when the line itself starts with one; else []."""
    first = split_label(text)
    if not first or label_kind(first[0]) not in FIELD_KINDS:
        return []
    plain = _outside_brackets(text)
    cuts = [0]
    for space in re.finditer(r"\s+(?=[^\W\d_])", plain):
        start = space.end()
        if start <= len(first[0]) + 1 or not plain[start].isupper():
            continue
        label = re.match(r"([^:;,.()]{2,30}?)\s*:", plain[start:])
        if label and label_kind(label[1]) in FIELD_KINDS and not label[1].strip().lower().startswith(("tại", "vào")):
            cuts.append(start)
    if len(cuts) < 2:
        return []
    return [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)])]


FIELD_KINDS = ("time", "location", "chair", "secretary", "attendance")
"""What a field of the opening typed beside another on one line may be."""


def label_kind(label: str) -> str:
    """What a label such as "Chủ trì (chủ tọa)" or "Thời gian bắt đầu" introduces, or ""."""
    k = key(label)
    if k in EXACT_LABELS:
        return EXACT_LABELS[k]
    for prefix, kind in LABELS:
        if k.startswith(prefix) and len(k) <= len(prefix) + 24:
            return kind
    if k.startswith(("so", "tongso")) and ("trieutap" in k or "duocmoi" in k or k.endswith("moidu")):
        return "attendance"  # "Số đại biểu được mời dự: 50": those invited, never those present
    if len(k) <= 30:  # "Số đoàn viên có mặt", "Đảng viên vắng mặt": the count's noun before the word
        if k.endswith(("comat", "duhop")) or (k.startswith("so") and k.endswith(("du", "thamdu"))):  # "Số hộ dự"
            return "present"
        if k.endswith("vangmat"):
            return "absent"
    return count_label(k)


MEETING_TAIL = re.compile(r"(?:cuochop|hoinghi|buoihop|daihoi|kyhop|phienhop)$")


def count_label(k: str) -> str:
    """What a form's longer count label introduces, from its key: "Số đảng viên dự sinh hoạt" and
    "Số hộ gia đình có đại diện tham dự cuộc họp" (present), "Số hộ … không có người đại diện tham dự",
    "Tên người vắng" (absent), "Số thành viên được triệu tập" (the attendance, with its total)."""
    core = MEETING_TAIL.sub("", k)
    if not core.startswith(("so", "tongso", "ten", "hoten", "danhsach", "nguoi")) or len(core) > 44:
        return ""
    if core.endswith(("vang", "vangmat")) or ("khong" in core and core.endswith(("du", "thamdu", "comat"))):
        return "absent"
    if core.endswith(("comat", "duhop", "dusinhhoat", "duhoinghi", "dudaihoi", "thamdu")) and core.startswith("so"):
        return "present"
    if "trieutap" in core or core.endswith(("duocmoi", "moidu")):
        return "attendance"
    return ""


PEOPLE = (r"(?:đồng chí|đ/c|đại biểu|đảng viên|đoàn viên|hội viên|ủy viên|uỷ viên|thành viên|giáo viên|cán bộ|"
          r"viên chức|công chức|nhân viên|người|học sinh|hộ|cử tri|phụ huynh|cha mẹ(?: học sinh| trẻ)?|xã viên)\b")
"""The nouns a count of people is said in ("… đầy đủ 07/07 giáo viên trong tổ")."""


class Opening:
    """Reads the opening lines into ``draft``; :meth:`feed` says whether a line was taken."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.sub = ""  # "guests" or "present" while their "+" lines follow
        self.summary: list[str] = []
        self.guests: list[dict] = []
        self.present_people: list[str] = []
        self.listed: list[str] = []  # "Name ; role" lines under "Thành phần", one person each
        self.posts: dict[str, str] = {}  # a chair or secretary said by post alone: "Chủ tịch Hội đồng"
        self.last_person = ""  # the role just read, while a "Chức vụ:" line may follow
        self.pending = ""  # a label typed alone on its line ("Địa điểm:"), its value on the next

    def feed(self, text: str, attendance: bool) -> str:
        """Take the line ``text``; return what it was ("", "attendance", "time", "chair"…). A line
        holding several labels ("Chủ tọa: A - Bí thư; Thư ký: B - Phó Bí thư") is read label by label."""
        parts = several_labels(text)
        if len(parts) > 1:
            taken = [self.feed(part, attendance) for part in parts]
            return next((t for t in taken if t not in ("", "blank")), "")
        kind_marker, _marker, rest = split_marker(text)
        previous, self.last_person = self.last_person, ""
        waiting, self.pending = self.pending, ""
        alone = split_label(rest)
        if alone and not alone[1].strip() and label_kind(alone[0]) in ("time", "location", "chair", "secretary"):
            self.pending = alone[0]  # "Địa điểm:" typed alone on its line: its value is the next line
            return label_kind(alone[0])
        if is_blank(rest):
            return "blank"
        if kind_marker == "plus" and self.sub:
            self._sub_line(rest)
            return self.sub
        fields = tabbed_fields(rest)
        if fields:  # "Thời gian: 19 giờ 30, ngày 05/6/2026<tab>Địa điểm: Nhà văn hóa khu phố 5"
            return [self.feed(part, attendance) for part in fields][0]
        labelled = split_label(rest)
        label, value = labelled or ("", "")  # no label: kind is "" and neither is read
        kind = label_kind(label) if labelled else ""
        if waiting and not kind and kind_marker not in ("num", "num2", "roman", "letter") \
                and _fits(label_kind(waiting), rest):
            return self.feed(f"{waiting}: {rest}", attendance)
        ended = find_time(value) if kind == "time" and ("ketthuc" in key(label) or "bemac" in key(label)) else None
        if ended is not None:
            self.draft.set("meeting.end", time_text(ended))  # "Thời gian kết thúc: 15 giờ 00"
            return "time"
        if kind == "time" or (not kind and opening_sentence(rest)):
            self._when(rest)
            return "time"
        if kind == "location":
            value = re.sub(r"^tại\s+", "", value.strip(), flags=re.I)  # "Địa điểm: Tại hội trường …"
            if not is_blank(bare(value)):
                self.draft.set("meeting.location", bare(value))
            return kind
        if not kind and re.match(r"tại\s", rest, re.I) and not self.draft.has("meeting.location"):
            place = place_of(re.sub(r"^tại\s+", "", rest, flags=re.I))  # "Tại …, Công ty tổ chức họp …"
            if not is_blank(place):  # "- Tại hội trường …" under a "Thời gian và địa điểm" heading
                self.draft.set("meeting.location", place)
                return "location"
        if kind in ("chair", "secretary"):
            self._person(kind, value)
            self.last_person = kind
            return kind
        if labelled and key(label) in ("chucvu", "chucdanh") and previous and not is_blank(value):
            found = self.draft.get(previous)  # "Chủ trì: Ông A" over "Chức vụ: Giám đốc"
            if isinstance(found, str) and " - " not in found:
                self.draft.set(previous, f"{found} - {bare(value)}")
                return previous
        if kind == "attendance":
            counted = re.fullmatch(r"\s*(?:(?:gồm có|gồm|có)\s+)?(\d+)\s+" + PEOPLE
                                   + r"(?:\s+[^\s.;,:]+){0,3}\s*[.;]?\s*", value, re.I)
            total = count_label(key(label)) == "attendance" or key(label).startswith("tongso") \
                or "trieutap" in key(label)  # "Tổng số đảng viên: 18", "Số … được mời dự: 50": never those present
            if counted and total and not self.draft.has("attendees.expected"):  # "Tổng số đảng viên: 18 đồng chí"
                self.draft.set("attendees.expected", int(counted[1]))
            elif counted and not total and not self.draft.has("attendees.present"):  # "Thành phần tham dự: 13 …"
                self.draft.set("attendees.present", int(counted[1]), f"số có mặt đọc từ dòng “{bare(rest)}”")
            elif value and not is_blank(value):  # a total's label says what the count is: kept with it
                self._summary_line(rest if total else value)
            self.sub = ""
            return kind
        if (attendance or kind in ("present", "absent")) and kind in ("guests", "present", "absent"):
            getattr(self, "_" + kind)(value)
            return kind
        dated = DATE_LINE.match(rest) if not kind and not attendance else None
        day = find_date(rest) if dated else None
        if dated and day and not self.draft.has("_header_date"):
            self.draft.set("_header_date", date_text(day))
            if not self.draft.has("place"):
                self.draft.set("place", dated["place"])
            return "date"
        roles = roles_said(rest) if not kind else []
        listed = listed_person(text) if attendance and not kind else None
        if listed is not None and roles and key(listed[1]) not in LIST_ROLES:
            listed = None  # "+ Đồng chí A - Bí thư chi bộ, chủ trì": a role said in a sentence
        if listed is not None:  # "1. Trần Văn Kiểu ; Chủ trì", "2. Đỗ Thị Mơ ; Thư ký", "3. … ; thành viên"
            return self._listed(*listed)
        for role, who in roles:
            self._person(role, who)
            self.draft.doubt(role, f"đọc từ câu “{bare(rest)}”")
        if roles:
            return roles[0][0]
        said_count = not kind and (bool(re.match(r"(?:có mặt|hiện diện)\s+\d", rest, re.I))
                                   or bool(labelled and re.search(r"\bcó mặt\s*:?\s*\d", value, re.I)))
        if said_count and self._counts(rest):  # "Có mặt 28/30 đồng chí", "Số lượng triệu tập: 30; có mặt: 28"
            return "present"
        if not kind and CHAIRED.search(rest) and not self.draft.has("chair"):
            self._chaired(rest)
            if self.draft.has("chair"):
                self.draft.note(rest)  # the sentence stays whole in the notes
                return "chair"
        if not kind and PRESENT_SAID.search(rest) and not VOTED.search(rest):  # "…: 11 người; có mặt: 09; vắng: 02"
            self._summary_line(rest)
            return "present"
        if attendance and key(rest).startswith(SUBHEADS) and len(key(rest)) <= 24:
            self.sub = ""  # HD 16's "1.1. Đại biểu chính thức", "1.2. Đại biểu mời dự": headings only
            return "attendance"
        if attendance:
            self.sub = ""
            self._summary_line(rest)
            return "summary"
        return ""

    def _chaired(self, text: str) -> None:
        """The chair said inside a sentence: "…, dưới sự chủ trì của đồng chí A - Bí thư Chi bộ, …"."""
        found = CHAIRED.search(text)
        if found is None or self.draft.has("chair"):
            return
        who = found["who"] or found["by"]
        if looks_like_name(person(who)[0]):
            self._person("chair", who)
            self.draft.doubt("chair", f"đọc từ câu “{bare(text)}”")

    def _when(self, text: str) -> None:
        self._chaired(text)
        moment, day = find_time(text), find_date(text)
        labelled = split_label(split_marker(text)[2])
        if labelled and "diadiem" in key(labelled[0]) and not re.search(r"\btại\s", text, re.I):
            spot = [bare(p) for p in re.split(r"[,;]\s+", labelled[1])
                    if p.strip() and not (find_time(p) or find_date(p) or WEEKDAY.match(p.strip()))]
            if spot and not is_blank(spot[0]) and not self.draft.has("meeting.location"):
                # "Thời gian & địa điểm: 8 giờ 00 ngày 12/3/2026, phòng học lớp 11A3"
                self.draft.set("meeting.location", ", ".join(spot),
                               f"địa điểm là phần không nói giờ, ngày trong dòng “{bare(text)}”")
        evening = re.search(r"\b(?:chiều|tối)\s+(?:thứ\s+\w+\s*,?\s*)?(?:ngày|nay|hôm)\b", text, re.I)
        if moment is not None and evening and 1 <= moment.hour < 12:
            moment = afternoon(moment)  # "Chiều ngày 05/3/2026, lúc 2 giờ 30, …"
            self.draft.set("meeting.start", time_text(moment))
        elif moment is not None and small_hour(moment, text):
            moment = afternoon(moment)
            self.draft.set("meeting.start", time_text(moment), f"giờ đọc là buổi chiều từ “{bare(text)}”")
        elif moment is not None:
            self.draft.set("meeting.start", time_text(moment))
        if day is not None:
            self.draft.set("meeting.date", date_text(day))
        end = re.search(r"\b(?:đến|tới|kết thúc(?: vào)?(?: lúc| hồi)?)\s+(\d{1,2}\s*(?:giờ|h|g|:)[^,;]*)",
                        text, re.I) or RANGE.search(text)
        ended = find_time(end[1]) if end else None
        if ended is not None and small_hour(ended, text):
            ended = afternoon(ended)
            self.draft.doubt("meeting.end", f"giờ đọc là buổi chiều từ “{bare(text)}”")
        if ended is not None and ended != moment:
            self.draft.set("meeting.end", time_text(ended))
        if re.search(r"\b(?:tham dự|có mặt|dự họp)\b", text, re.I):  # "… với sự tham dự của 17/19 đảng viên"
            self._counts(text)
            self._named_absent(text)
        place = re.search(r"\btại\s+(.+)$", text, re.I)
        if place and not self.draft.has("meeting.location"):
            self.draft.set("meeting.location", place_of(place[1]), "địa điểm lấy từ câu mở đầu “… tại …”")

    def _person(self, kind: str, value: str) -> None:
        if is_placeholder(value):  # a blank form's dotted line, field name or template field
            return
        if post_only(value):  # "Chủ trì: Chủ tịch Hội đồng": a post, the name said elsewhere (the signature)
            self.draft.note(f"{'Chủ trì' if kind == 'chair' else 'Thư ký'}: {bare(value)}")
            self.posts[kind] = strip_honorific(bare(value))
            return
        name, position = person(value)
        self.draft.set(kind, f"{name} - {position}" if position else name)

    def _listed(self, name: str, role: str) -> str:
        """One person of the list under "Thành phần"; the chair and the secretary as the list says."""
        said = LIST_ROLES.get(key(role), "")
        if said and not self.draft.has(said):
            self.draft.set(said, name)
        self.listed.append(f"{name} - {role}" if role else name)
        return "present"

    def _guests(self, value: str) -> None:
        if is_blank(value):
            self.sub = "guests"
        else:
            self.guests.append(guest(value))

    def _present(self, value: str) -> None:
        counts = re.match(r"\s*(\d+)\s*(?:/\s*(\d+))?", value)
        if counts:
            self.draft.set("attendees.present", int(counts[1]))
            if counts[2]:
                self.draft.set("attendees.expected", int(counts[2]))
        self._named_absent(value)  # "Có mặt: 7/9 đ/c; vắng: đ/c A (ốm), đ/c B (đi viện)"
        if value.rstrip().endswith(":"):
            self.sub = "present"
        elif not counts and not is_blank(value):  # "Có mặt: các đồng chí trong Ban Chấp hành": kept as said
            self._summary_line(value)

    def _absent(self, value: str) -> None:
        """Read "02 người: A (lý do); B (lý do)", "02 đồng chí (có lý do)", "đồng chí A (ốm)",
        "số lượng 01 người" (a count, no name) or "Bà A, lí do: nghỉ thai sản"."""
        if nobody(value):  # "Vắng: không.", "Vắng mặt: Không có."
            return
        value = REASON.sub(r" (\1)", value)
        head, _colon, names = _outside_brackets(value).partition(":")
        head, names = value[:len(head)], value[len(head) + 1:] if _colon else ""
        if not names and not COUNT_ONLY.match(head):
            head, names = "", head
        counted = COUNTED.match(head) if not names else None
        if counted and counted["rest"].strip():  # "01 đ/c Lê Văn C (lý do: ốm)", "02 đồng chí (A - ốm, B)"
            head, names = counted["count"], counted["rest"]
        count = number_in(head)
        absent = absentees(names)
        if absent and not all(_is_name(entry["name"]) for entry in absent):
            self.draft.note(f"Vắng mặt: {value}")  # not names: kept as said, never written as an absentee
            absent = []
        if absent:
            self._add_absent(absent)
        elif count and not names.strip(" .;,"):
            self.sub = "absent"  # the names follow: "+ Có lý do: đồng chí A (…); đồng chí B (…)"
        if count is not None and count > len(absent) and not self.draft.has("attendees.expected"):
            present = self.draft.get("attendees.present")
            if present is not None:
                self.draft.set("attendees.expected", present + count, "suy ra từ số có mặt và số vắng mặt")
            elif not absent:
                self.draft.note(f"Vắng mặt: {value}")

    def _add_absent(self, absent: list[dict]) -> None:
        known = self.draft.get("attendees.absent") or []
        names = {entry["name"] for entry in known}
        self.draft.set("attendees.absent", [*known, *(entry for entry in absent if entry["name"] not in names)])

    def _named_absent(self, text: str) -> None:
        """The absentees named after "vắng" inside a line that says more ("…; vắng: 02 (đ/c A - ốm;
        đ/c B - đi học)", "(vắng 02 đồng chí: A – đi công tác, B – nghỉ ốm)"); all of them names, or none."""
        found = NAMED_ABSENT.search(text)
        if found is None:
            return
        names = re.sub(r"[.;\s]+$", "", _unbracketed(text[found.end():]))
        parts = [p.strip() for p in re.split(r";|,\s*(?=(?:đồng chí|đ/c|ông|bà|anh|chị)\s|[A-ZĐ])", names, flags=re.I)
                 if p.strip()]
        absent = [absent_entry(part) for part in parts]
        if absent and all(looks_like_name(entry["name"]) for entry in absent):
            self._add_absent(absent)
            self.draft.doubt("attendees.absent", f"người vắng đọc từ câu “{bare(text)}”")

    def _sub_line(self, text: str) -> None:
        if self.sub == "absent":  # "+ Có lý do: đồng chí A (đi làm ăn xa); đồng chí B (ốm)"
            labelled = split_label(text)
            self._absent(labelled[1] if labelled and key(labelled[0]) in REASON_HEADS else text)
            return
        if self.sub == "guests":
            self.guests.append(guest(text))
        else:
            self.present_people.append(bare(text))

    def _summary_line(self, text: str) -> None:
        if not self._counts(text):
            self.summary.append(bare(text))

    def _counts(self, text: str) -> bool:
        """Read "Tổng số đảng viên: 15; có mặt: 14; vắng mặt: 01 (có lý do)"; True when it held counts."""
        present = re.search(r"có mặt(?:\s+của)?\s*:?\s*(\d+)\s*(?:/\s*(\d+))?", text, re.I) \
            or re.match(r"\s*(?:(?:đầy đủ|gồm|gồm có|có)\s+)?(\d+)\s*/\s*(\d+)(?!\s*[/\d])"
                        r"(?:\s+[^\W\d_]|\s*[.;,]?\s*$)", text, re.I) \
            or re.search(r"(?<![\d/])(\d+)\s*/\s*(\d+)(?![\d/])\s+" + PEOPLE, text, re.I) \
            or re.search(r"[;,]\s*số\s+(?:[^\W\d_]+\s+){0,3}?(?:dự họp|tham dự|hiện diện)\s*:\s*(\d+)()", text, re.I)
        if not present:
            present = FORM_COUNT.search(text)  # "Số lượng 08 người/Tổng số 09 người"
        total = re.search(r"(?:tổng số|triệu tập|được triệu tập|được mời)[^:\d]*:?\s*(\d+)", text, re.I)
        if not present and total and key(text).startswith(("so", "tongso")) \
                and not self.draft.has("attendees.expected"):
            self.draft.set("attendees.expected", int(total[1]))  # "Tổng số đảng viên của chi bộ: 23 đồng chí"
        if not present or self.draft.has("attendees.present"):
            return False
        self.draft.set("attendees.present", int(present[1]), f"số có mặt đọc từ câu “{bare(text)}”")
        self._named_absent(text)
        absent = re.search(r"vắng(?: mặt)?\s*:?\s*(\d+)", text, re.I)
        total = total or MEMBERS_FIRST.match(text)  # "Thành viên Hội đồng: 11 người; có mặt: 09"
        expected = int(present[2]) if present[2] else int(total[1]) if total else \
            int(present[1]) + int(absent[1]) if absent else None
        if expected is not None:
            self.draft.set("attendees.expected", expected)
        return True

    def finish(self) -> None:
        """Write what was gathered over several lines: guests, summary, people present."""
        if self.guests:
            self.draft.set("guests", self.guests)
        if self.summary:
            self.draft.set("attendees.summary", "\n".join(self.summary))
        if self.present_people:
            self.draft.set("attendees.present", self.present_people)
        elif self.listed and not self.draft.has("attendees.present"):
            self.draft.set("attendees.present", self.listed, "những người dự họp đọc từ danh sách dưới “Thành "
                                                             "phần”; kiểm tra đây là người có mặt, không phải "
                                                             "người được mời")
        elif self.listed:
            self.draft.set("attendees.summary", "\n".join([*self.summary, *self.listed]))


MEMBERS_FIRST = re.compile(r"^[^:\d]{3,50}:\s*(\d+)\s*(?:" + PEOPLE + r")?\s*[;,.]\s*(?:số\s+[^\W\d_]+\s+)?có mặt\b",
                           re.I)
"""The members counted before those present, under the body's own name ("Ban Chấp hành: 9 người; có mặt: 8")."""
PRESENT_SAID = re.compile(r"\bcó mặt(?:\s+của)?\s*:?\s*\d|\bvới sự (?:tham dự|hiện diện|có mặt) của\s+\d"
                          r"|(?<![\d/])\d+\s*/\s*\d+\s*" + PEOPLE
                          + r"[^.;:]{0,40}?\b(?:có mặt|dự họp|tham dự|dự sinh hoạt)\b", re.I)
"""A line that counts those present whatever its label ("Thành viên Hội đồng: 11 người; có mặt: 09",
"Với sự có mặt của 28/32 phụ huynh", "Đoàn viên: 24/31 đ/c có mặt, vắng 07 đ/c")."""
VOTED = re.compile(r"\b(?:tán thành|nhất trí|đồng ý|thống nhất|biểu quyết)\b", re.I)
"""Words of a vote: "6/6 thành viên có mặt đồng ý …" counts a vote, not those present."""
FORM_COUNT = re.compile(r"(?<![\d/])(\d+)\s*" + PEOPLE + r"\s*/\s*(?:tổng số\s*:?\s*)?(\d+)", re.I)
"""The unions' form: "Số lượng 08 người/Tổng số 09 người"."""
REASON = re.compile(r",?\s*\bl[ýí]\s+do\s*:\s*([^;()]+?)[\s.]*(?=;|$)", re.I)
"""A reason said after a name: "Bà A, lí do: nghỉ thai sản" (read as "Bà A (nghỉ thai sản)")."""
REASON_HEADS = ("colydo", "khonglydo", "khongcolydo", "vangcolydo", "vangkhonglydo")
COUNT_ONLY = re.compile(r"\s*(?:(?:số lượng|số|tổng số|gồm|có)\s*:?\s*)?\d", re.I)
NAMED_ABSENT = re.compile(r"\bvắng(?: mặt)?\s*:?\s*(?:\d+\s*(?:" + PEOPLE + r")?\s*)?[:(]?\s*", re.I)
"""Where the absentees' names start after "vắng" in a longer line."""


def _unbracketed(text: str) -> str:
    """``text`` up to the bracket it stands in closes: "A (ốm), B (đi viện)). Sau đó …" → "A (ốm), B (đi viện)"."""
    depth = 0
    for at, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return text[:at]
    return text


def _is_name(name: str) -> bool:
    """True for what can be a person's name: it starts with a capital and holds no digit."""
    return bool(name[:1].isupper()) and not any(c.isdigit() for c in name)


POST = re.compile(r"^(?:phó\s+)?(?:chủ tịch|giám đốc|tổng giám đốc|bí thư|hiệu trưởng|tổ trưởng|trưởng|chủ nhiệm|"
                  r"thủ trưởng|chánh|lãnh đạo|đại diện|thường trực|chi hội trưởng|trưởng ban|chỉ huy trưởng)\b", re.I)


def post_only(value: str) -> bool:
    """True when a chair or secretary is said by post alone ("Chủ tịch Hội đồng", "Ông Chủ tịch UBND xã",
    "Giám đốc"), with no name in it: written as a name it would be a wrong value."""
    text = strip_honorific(bare(value))
    if not POST.match(text) or re.search(r"\s[-–—(,]\s*|\d", text):
        return False
    words = text.split()
    return not any(looks_like_name(" ".join(words[at:])) for at in range(1, len(words) - 1))


NOBODY = ("khong", "khongco", "khongai", "khongcoai", "khongcoaivang", "khongvang", "khongcovang", "khongvangai",
          "0", "00", "khongnguoinao", "khongcodongchinao")


def nobody(value: str) -> bool:
    """True for "không", "Không có", "không ai", "0": nobody absent (never an absentee named so)."""
    return key(bare(value).rstrip(" .;")) in NOBODY


LIST_ROLES = {"chutri": "chair", "chutoa": "chair", "thuky": "secretary"}
"""A role said alone after a name in the list of those present ("Phan Văn Lợi - Chủ trì")."""


def listed_person(text: str) -> tuple[str, str] | None:
    """(name, role) of a numbered or dashed line of the list of those present that holds one person and
    what they do: "1. Trần Văn Kiểu ; Chủ trì", "- Bà Lê Thị B – thành viên", "3. Ông C (Thư ký)"; None
    for anything else (a count, a sentence, an office)."""
    kind, _marker, rest = split_marker(text)
    if kind not in ("num", "dash", "plus", "bullet") or ":" in rest:
        return None
    rest = bare(rest)
    found = re.fullmatch(r"(?P<name>[^;()\-–—,]+?)\s*(?:[;\-–—,]\s*(?P<role>[^;()]{2,40})"
                         r"|\((?P<brk>[^()]{2,40})\))?", rest)
    if found is None:
        return None
    name = strip_honorific(found["name"].strip())
    role = (found["role"] or found["brk"] or "").strip()
    if not looks_like_name(name) or len(role.split()) > 6 or any(c.isdigit() for c in role):
        return None
    return name, role


def same_post(said: str, post: str) -> bool:
    """True when a members table's role ("Chủ tịch HĐ") is the post said in the opening ("Chủ tịch Hội
    đồng"): word by word, an abbreviation in capitals standing for the words it is made of."""
    a, b = bare(said).split(), bare(post).split()
    i = j = 0
    while i < len(a) and j < len(b):
        if key(a[i]) == key(b[j]):
            i, j = i + 1, j + 1
            continue
        n = len(a[i])
        if a[i].isupper() and n >= 2 and key("".join(w[0] for w in b[j:j + n])) == key(a[i]):
            i, j = i + 1, j + n
            continue
        return False
    return i == len(a) and j == len(b) and bool(a)


def absent_entry(text: str) -> dict:
    """An absentee from "đ/c A - đi tập huấn", "A – nghỉ ốm" or "A (ốm)": the text after the dash
    is the reason, not a position."""
    text = strip_honorific(text.strip())
    said = re.match(r"(?P<name>[^:()]+?)\s*:\s*(?P<reason>[^:]+)$", text)  # "đ/c A: công tác"
    if said and looks_like_name(said["name"]):
        return {"name": said["name"].strip(), "reason": bare(said["reason"])}
    dashed = re.match(r"(?P<name>.+?)\s+[-–—]\s+(?P<reason>.+)$", text)
    if dashed and trailing_group(text) is None:
        return {"name": dashed["name"].strip(), "reason": dashed["reason"].strip()}
    group = trailing_group(text)
    who, reason = group if group is not None else (text, "")
    return {"name": who.strip(), **({"reason": reason} if reason else {})}


def roles_said(text: str) -> list[tuple[str, str]]:
    """The chair and the secretary said in a sentence, each part apart: "Đồng chí A – Bí thư chủ trì;
    đồng chí B – chi ủy viên làm thư ký", "Đoàn Chủ tịch: bà A – Hiệu trưởng (chủ trì); bà B – …"."""
    out: list[tuple[str, str]] = []
    for part in re.split(r";\s*|,\s*(?=(?:đồng chí|đ/c|ông|bà)\s)", bare(text), flags=re.I):
        said = ROLE_SENTENCE.match(bare(part))
        if not said:
            continue
        who = said["who"]
        labelled = split_label(who)
        if labelled and labelled[1]:  # "GVCN: Cô A - Chủ tọa", "Đoàn Chủ tịch: bà A (chủ trì)"
            who = labelled[1]
        role = "chair" if said["role"].lower().startswith("chủ") else "secretary"
        if looks_like_name(person(who)[0]) and role not in (r for r, _ in out):
            out.append((role, who))
    return out


WEEKDAY = re.compile(r"^\(?(?:thứ\s+\w+|chủ nhật|sáng|chiều|tối|buổi\s+\w+)\)?$", re.I)
RANGE = re.compile(r"\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{1,2})?\s*(?:phút|')?\s*[-–—]\s*"
                   r"(\d{1,2}\s*(?:giờ|h|g|:)\s*\d{0,2})", re.I)
"""A time range typed with a dash: "13h30 – 15h00", "8 giờ - 11 giờ"."""


def _fits(kind: str, text: str) -> bool:
    """True when ``text`` can be the value of a label of ``kind`` typed on the line above: a time or
    date for "Thời gian:", a name for "Chủ trì:" / "Thư ký:", a place (no sentence) for "Địa điểm:"."""
    if kind == "time":
        return find_time(text) is not None or find_date(text) is not None
    if kind in ("chair", "secretary"):
        return looks_like_name(person(text)[0])
    return len(text) <= 150 and not opening_sentence(text)


SPLIT_KINDS = ("time", "location", "chair", "secretary")
LATER_LABEL = re.compile(r"(?:[;.,]|\t)\s*(?P<label>[^\W\d_][^:;.,\t]{1,40}):")
TABBED_LABEL = re.compile(r"(?<=\s)(?=(?P<label>[A-ZĐ][^:;.,\t]{1,40}?):)")
"""A later label in capitals after a space only, where a tab stood ("Chủ trì: đ/c A – Chủ tịch Hội<tab>Thư ký:
đ/c B" reads "… Chủ tịch Hội Thư ký: đ/c B" once its tabs are spaces): every capital is tried as its start."""


def several_labels(text: str) -> list[str]:
    """``text`` cut before each further label it holds ("Chủ tọa: A; Thư ký: B", "Thời gian: …, Địa
    điểm: …"): the label must be one the opening knows, outside brackets; else ``[text]``."""
    plain = _outside_brackets(text)
    first = split_label(split_marker(plain)[2])
    if plain.count(":") < 1 or (first and label_kind(first[0]) not in SPLIT_KINDS):
        return [text]  # "Tổng số: 18; có mặt: 16; vắng mặt: 02" is one count, read whole
    after = plain.find(":") if first else 0  # a sentence, then "Chủ trì: …. Thư ký: …" in the same paragraph
    cuts = sorted({m.start("label") for regex in (LATER_LABEL, TABBED_LABEL) for m in regex.finditer(plain)
                   if label_kind(m["label"].strip()) in SPLIT_KINDS and m.start("label") > after})
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip().rstrip(";,").strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


CHAIRED = re.compile(r"dưới sự (?:chủ trì|chủ tọa|điều hành)(?: của)?\s+(?P<who>[^,;()]+?(?:\s[-–]\s[^,;()]+?)?)"
                     r"(?=\s*(?:[,;]|\.(?:\s|$)|$|\s(?:đã|tiến hành|tổ chức)\b))"
                     r"|\bdo\s+(?P<by>(?:đồng chí|đ/c|ông|bà|thầy|cô)\s+[^,;()]+?(?:\s[-–]\s[^,;()]+?)?)\s+(?:làm\s+)?"
                     r"(?:chủ trì|chủ tọa)\b", re.I)
"""The chair said inside the opening sentence: "dưới sự chủ trì của đồng chí A - Bí thư", "do ông A chủ trì"."""


def _outside_brackets(text: str) -> str:
    """``text`` with what stands in brackets blanked out (same length): "A (lý do: ốm)" → "A (          )"."""
    out, depth = [], 0
    for c in text:
        depth += c == "("
        out.append(c if depth == 0 or c in "()" else " ")
        depth -= c == ")" and depth > 0
    return "".join(out)


VERB = re.compile(r"\b(?:được sự|tiến hành|tổ chức|dưới sự|với sự|(?<!phòng )(?<!nơi )họp|gồm|đã|có mặt|chúng tôi|"
                  r"thành phần)\b", re.I)


def first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence: "Hội trường UBND xã. Thành phần gồm …" → "Hội
    trường UBND xã."; a full stop after a capital abbreviation or an initial ("TP. Huế", "Phòng A.")
    does not end it."""
    for stop in re.finditer(r"\.\s+(?=[^\W\d_])", text):
        word = re.findall(r"[^\W\d_]+$", text[:stop.start()])
        if word and len(word[0]) >= 2 and not word[0].isupper():
            return text[:stop.start() + 1]
    return text


def place_of(text: str) -> str:
    """The place in "tại Nhà văn hóa khu phố 5, Chi bộ tiến hành họp …": the parts before the verb."""
    parts: list[str] = []
    for part in re.split(r"[,;]\s*", bare(first_sentence(text))):
        if parts and (find_time(part) or find_date(part) or re.match(r"(?:vào\s+)?(?:lúc|hồi)\b", part, re.I)):
            break  # "tại Văn phòng ấp, vào lúc 19 giờ, Chi bộ …"
        if VERB.search(part):
            cut = CLAUSE.search(part)
            if cut and not parts and part[:cut.start()].strip():  # "trụ sở UBND xã Tân Phú đã diễn ra …"
                parts.append(part[:cut.start()].strip())
            break
        parts.append(part.strip())
    return ", ".join(parts) or bare(text)


CLAUSE = re.compile(r"\s(?:đã|đang|tiến hành|tổ chức|diễn ra|chúng tôi)\b", re.I)
"""Where the sentence goes on after the place: its verb ("đã diễn ra", "tiến hành") — never "họp",
which names rooms ("phòng họp tầng 2")."""


COUNTED = re.compile(r"^\s*(?P<count>\d+)\s*(?:người|đồng chí|đ/c|đại biểu|đảng viên|đoàn viên|hội viên|thành viên|"
                     r"ủy viên|uỷ viên|giáo viên|cán bộ|học sinh)?\b\s*(?P<rest>.*)$", re.I)


def _named(part: str) -> bool:
    """True when ``part`` starts with a person's name ("đ/c Lê Văn C (ốm)", "Trần Văn B - công tác")."""
    text = strip_honorific(bare(part.strip()))
    group = trailing_group(text)
    text = group[0] if group else text
    return looks_like_name(re.split(r"\s[-–—]\s|,", text)[0].strip())


def absentees(text: str) -> list[dict]:
    """The people said absent: "A (lý do); B (lý do)", "đ/c A, đ/c B", "(A - ốm, B - công tác)"; none
    when the text names nobody ("(có lý do)")."""
    text = bare(text.strip())
    group = trailing_group(text)
    if group and not group[0].strip() or (group and not _named(group[0]) and re.fullmatch(r"[\s(]*", group[0])):
        text = group[1]  # the names stand in the brackets: "(Nguyễn Văn A - ốm, Trần Văn B - công tác)"
    elif text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    spans, at = [], 0
    for p in _outside_brackets(text).split(";"):
        spans.append(text[at:at + len(p)])
        at += len(p) + 1
    if len(spans) == 1:
        commas = [m.start() for m in re.finditer(",", _outside_brackets(text))]
        pieces = [text[a + (a > 0):b] for a, b in zip([0, *commas], [*commas, len(text)])]
        if len(pieces) > 1 and all(_named(p) for p in pieces):
            spans = pieces
    out = []
    for span in spans:
        nobody = r"\W*(?:(?:có|không)\s+lý do|không|không có|0+)\W*"
        if not span.strip() or re.fullmatch(nobody, span.strip(), re.I):
            continue  # "(có lý do)", "Vắng mặt: Không"
        who = strip_honorific(bare(span.strip()))
        said = re.match(r"^(?P<name>[^()]+?)\s[-–—]\s(?P<reason>[^()]+)$", who)
        if said and looks_like_name(said["name"].strip()) and trailing_group(who) is None:
            out.append({"name": said["name"].strip(), "reason": said["reason"].strip()})
        else:
            out.append(absence(who))
    return out


def guest(text: str):
    """A guest from "Name - position (role)": the shorthand text, or a mapping with the role."""
    text = bare(text)
    group = trailing_group(text)
    role = ""
    if group is not None:
        text, role = group
    name, position = person(text)
    if role:
        return {"name": name, "position": position, "role": role}
    return f"{name} - {position}" if position else name


def absence(text: str) -> dict:
    """An absentee from "Name (reason)"."""
    text = text.strip()
    group = trailing_group(text)
    who, reason = group if group is not None else (text, "")
    name, position = person(who)
    out = {"name": name}
    if position:
        out["position"] = position
    if reason:
        out["reason"] = re.sub(r"^lý do\s*:\s*", "", reason, flags=re.I)  # "(lý do: ốm)"
    return out
