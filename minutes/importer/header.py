"""Step 2: the header block (ô 1-4) of the three styles, found by text and position.

Whether the header is a table (as Word templates make it) or lines set apart by
tabs (as many offices type it), each paragraph is cut into segments and each
segment recognised by its text, as ``minutes lint`` does: the Quốc hiệu and Tiêu
ngữ (state), the tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" / "ĐOÀN TNCS HỒ CHÍ MINH", the
Số line, the place and date line. What is left on the left-hand side in capitals
is the parent body and the issuing body.
"""

from __future__ import annotations

import dataclasses
import re

from minutes.importer.draft import Draft
from minutes.importer.line_parts import date_text, find_date, is_blank, key
from minutes.reading.lines import Line, Source
from minutes.reading.model import OFFICIAL_KEYS as TITLE_KEYS
from minutes.reading.patterns import DATE_LINE, SO_START
from minutes.vietnamese.linebreak import ADMIN_UNIT_WORDS

SO = re.compile(r"^Số\s*:?\s*(?P<number>\d*)[\s.…_]*(?P<join>[/-]?)\s*(?P<symbol>\S*)", re.I)
PARENT_STYLE, NAME_STYLE = "cơ quan chủ quản", "cơ quan ban hành"
SEPARATORS = {"*", "**", "***"}


def read_header(source: Source, draft: Draft) -> None:
    """Fill style, organization, number, place and the header date from ``source.header``."""
    draft.set("style", source.style)
    bodies: list[tuple[Line, str, bool]] = []
    for line, segment, bold, left in _segments(source.header):
        segment = uncolon(segment)
        k = key(segment)
        if k in TITLE_KEYS or segment in SEPARATORS or is_blank(segment) or not any(c.isalpha() for c in segment):
            continue
        if SO_START.match(segment):
            _number(segment, draft)
        elif DATE_LINE.search(segment) or re.search(r",\s*ngày\b", segment):
            _place_date(segment, draft)
        elif left and segment == segment.upper():
            bodies.append((line, segment, bold))
    _bodies(bodies, draft)
    if not draft.has("organization.code") and draft.has("organization.name"):
        draft.set("organization.code", initials(draft.get("organization.name")),
                  "không thấy dòng “Số:”; chữ viết tắt lấy từ chữ đầu tên cơ quan")


NUMBER_GAP = re.compile(r"(Số\s*:?)[ \t\u00a0.…_]{2,}(?=[\d/-])")
"""The blank left for a number written by hand: "Số:          /BB-VDKVN" is one segment, not two."""


def _segments(lines: list[Line]):
    """Yield (line, segment, in bold, on the left) for every segment of the header lines."""
    for line in lines:
        if NUMBER_GAP.search(line.text):
            line = dataclasses.replace(line, text=NUMBER_GAP.sub(r"\1 ", line.text), bolds=[])
        for i, (segment, bold) in enumerate(line.bold_segments()):
            if line.col is not None:
                left = line.col == 0
            else:
                left = i == 0 and not line.indented
            yield line, segment, bold, left


def uncolon(segment: str) -> str:
    """A form's body line typed as a label: "ĐẢNG BỘ: XÃ ĐẠI THẮNG", "CHI BỘ : THÔN ĐÔNG HÒA" →
    the body's name without the colon; any other segment as it is."""
    if segment != segment.upper():
        return segment
    words = "|".join(re.escape(word) for word in sorted(BODY_WORDS, key=len, reverse=True))
    return re.sub(rf"^((?:{words}))\s*:\s*(?=\S)", r"\1 ", segment)


def _number(segment: str, draft: Draft) -> None:
    """Read "Số: 05/BB-SNV", "Số 05-BB/ĐU", "Số:      -BB/ĐTN" into number and code."""
    match = SO.match(segment)
    if not match:
        return
    if match["number"]:
        number = int(match["number"])
        if number > 0:
            draft.set("number", number)
    symbol = re.sub(r"^(?:19|20)\d\d[/-](?=[^\W\d_])", "", match["symbol"].strip("/-"))  # "07/2026/BB-HĐQT"
    parts = re.split(r"[/-]", symbol, maxsplit=1)
    if len(parts) == 2 and parts[1]:
        draft.set("organization.code", parts[1])
        if key(parts[0]) != "bb":
            draft.doubt("organization.code", f"ký hiệu “{symbol}” không phải của biên bản (BB); kiểm tra văn bản gốc")
    elif symbol:
        draft.set("organization.code", symbol, "không tách được ký hiệu loại văn bản và tên cơ quan")


def _place_date(segment: str, draft: Draft) -> None:
    """Read "Tháp Mười, ngày 18 tháng 01 năm 2021" into place and the header date."""
    place = segment.split(",", 1)[0].strip()
    if place and not is_blank(place) and not place.lower().startswith("ngày"):
        draft.set("place", place)
    day = find_date(segment)
    if day is not None:
        draft.set("_header_date", date_text(day))
    else:
        draft.note(f"Dòng ngày tháng chưa ghi đủ ngày: {segment}")


ADMIN_UNITS = tuple(word.upper() for word in ADMIN_UNIT_WORDS)
"""A capital line starting with one of these ends the name above it: "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG"."""


def _bodies(bodies: list[tuple[Line, str, bool]], draft: Draft) -> None:
    """Split the capital lines on the left into the parent body and the issuing body: by our
    style names, else the bold lines at the end are the issuing body (as lint reads them)."""
    if not bodies:
        return
    styled = [(line, s) for line, s, _ in bodies if line.style.lower() in (PARENT_STYLE, NAME_STYLE)]
    unsure = ""
    if styled:
        parent = [s for line, s in styled if line.style.lower() == PARENT_STYLE]
        name = [s for line, s in styled if line.style.lower() == NAME_STYLE]
    else:
        groups = _groups([(s, bold) for _, s, bold in bodies])
        tail = len(groups)
        while tail > 0 and groups[tail - 1][1]:
            tail -= 1
        if tail == len(groups) and len(groups) > 1:
            unsure = "không phân biệt được cơ quan chủ quản và cơ quan ban hành (không có dòng in đậm)"
        tail = min(tail, len(groups) - 1) if tail else 0
        if tail == 0 and len(groups) > 1 and _is_body(groups[-1][0][0]):
            # every line in bold, as many offices type it: the last body named is the issuing one
            tail = len(groups) - 1
            unsure = "các dòng tên cơ quan đều in đậm; dòng cuối được coi là cơ quan ban hành"
        above = [line for lines, _ in groups[:tail - 1] for line in lines] if tail > 1 else []
        if above and all(_is_body(lines[0]) for lines, _ in groups[tail - 1:tail + 1]):
            # "SỞ GD&ĐT …" / "TRƯỜNG THPT …" / "TỔ NGỮ VĂN": the body right above is the direct parent
            draft.note("Dòng cơ quan cấp trên nữa (đề cương chỉ ghi cơ quan chủ quản trực tiếp): " + " / ".join(above))
            unsure = unsure or f"tiêu đề có {tail + 1} cấp cơ quan; chỉ lấy cấp trên trực tiếp"
            groups = groups[tail - 1:]
            tail = 1
        parent = [line for lines, _ in groups[:tail] for line in lines]
        name = [line for lines, _ in groups[tail:] for line in lines]
    # A document minutes made (our style names) had its long names broken by meaning when it
    # was rendered (docx/linebreak.py): one line, broken again the same way; else keep the lines.
    join = " " if styled else "\n"
    if parent:
        draft.set("organization.parent", join.join(parent), unsure)
    if name:
        draft.set("organization.name", join.join(name), unsure)


BODY_WORDS = (
    "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "SỞ", "BỘ", "CỤC", "TỔNG CỤC", "VỤ", "VĂN PHÒNG", "PHÒNG",
    "BAN", "BCH", "CHI BỘ", "ĐẢNG BỘ", "ĐẢNG ỦY", "ĐẢNG UỶ", "HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY", "CHI ĐOÀN",
    "ĐOÀN", "CÔNG ĐOÀN", "CĐCS", "LIÊN ĐOÀN", "HỘI", "HỢP TÁC XÃ", "TRƯỜNG", "KHOA", "BỆNH VIỆN",
    "TRUNG TÂM", "VIỆN", "XÍ NGHIỆP", "CÔNG TY", "CHI NHÁNH", "TỔ", "ĐỘI", "TRẠM", "THANH TRA", "CHI CỤC",
    "CHI HỘI", "LIÊN CHI HỘI", "LIÊN CHI ĐOÀN", "CHI ỦY", "CHI UỶ", "HTX", "BAN ĐẠI DIỆN", "BAN ĐIỀU HÀNH",
    "THÔN", "ẤP", "XÓM", "BẢN", "BUÔN", "KHU PHỐ", "KHU DÂN CƯ",
    "LỚP", "KHỐI", "NHÓM", "PHÂN XƯỞNG", "BỘ PHẬN", "PHÂN HIỆU", "ĐIỂM TRƯỜNG",
)
"""The words an issuing body's name begins with ("CHI BỘ …", "TRƯỜNG …", "KHOA …", a school's "LỚP CHỒI 2")."""

GENERIC_HEADS = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND",
                 "ỦY BAN MTTQ VIỆT NAM", "UỶ BAN MTTQ VIỆT NAM", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
                 "UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM")
"""A line that names no body until the unit below it is added: "ỦY BAN NHÂN DÂN" / "XÃ HÒA THẮNG"."""


def _is_body(text: str) -> bool:
    return any(text == word or text.startswith(word + " ") for word in BODY_WORDS)


def _groups(lines: list[tuple[str, bool]]) -> list[tuple[list[str], bool]]:
    """Join a line naming an administrative unit to the line above: one body in two lines
    (whatever their weight when the line above is "ỦY BAN NHÂN DÂN" and the like)."""
    out: list[tuple[list[str], bool]] = []
    for text, bold in lines:
        if out and text.startswith(ADMIN_UNITS) and (out[-1][1] == bold or out[-1][0][-1] in GENERIC_HEADS):
            out[-1][0].append(text)
            out[-1] = (out[-1][0], bold)
        else:
            out.append(([text], bold))
    return out


def initials(name: str) -> str:
    """The first letters of the words of ``name``: "SỞ NỘI VỤ" → "SNV"."""
    return "".join(w[0] for w in name.replace("\n", " ").split() if w[0].isalpha()).upper()
