"""The rule tables of ``minutes lint`` (one per style, as data) and the checks that read them.

Every number comes from ../shared/reference/the-thuc.md: §1.2-1.6 and §8 for NĐ
30/2020 (``state``), §2.2-2.8 for HD 05-HD/VPTW (``party``), §3 for HD
29-HD/TWĐTN-VP (``youth``, which follows the state values wherever the Đoàn
guidance is unconfirmed). Each check is ``check(doc, rules) -> list[Finding]``
over the :class:`minutes.lint.Doc` model; a check that cannot apply returns [].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.lint import Doc, Finding, Para, key

RULES_HELP = {
    "paper": "khổ A4 (210 x 297 mm), trang đầu dọc",
    "margins": "lề trên, dưới, trái, phải trong khoảng của thể thức (±0,05 mm)",
    "font": "Times New Roman ở phông mặc định, mọi kiểu và mọi đoạn chữ",
    "font-theme": "không dùng phông theo chủ đề (theme: Calibri, Cambria…)",
    "quoc-hieu": "có Quốc hiệu, cỡ 12-13 pt, in đậm",
    "quoc-hieu-text": "Quốc hiệu viết đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (“CỘNG HOÀ”: cảnh báo)",
    "tieu-ngu": "có Tiêu ngữ, cỡ 13-14 pt, in đậm",
    "tieu-ngu-text": "Tiêu ngữ viết đúng “Độc lập - Tự do - Hạnh phúc” (gạch nối, dấu cách, chữ hoa)",
    "tieu-de": "tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” / “ĐOÀN TNCS HỒ CHÍ MINH” có mặt, 15 pt, in đậm",
    "tieu-de-text": "tiêu đề viết đúng chữ",
    "co-quan": "tên cơ quan chủ quản và cơ quan ban hành: in hoa, đúng cỡ; cơ quan ban hành in đậm",
    "so-format": "số, ký hiệu đúng mẫu (“Số: 05/BB-UBND”, “Số 05-BB/ĐU”, “Số: 04-BB/ĐTN”), số < 10 có số 0",
    "date-line": "dòng “Địa danh, ngày … tháng … năm …” có địa danh, in nghiêng, đúng cỡ",
    "date-zero": "ngày < 10 và tháng 1, 2 có số 0 phía trước; tháng 3-12 không có",
    "page-number": "số trang (trường PAGE) ở đầu trang, canh giữa, không hiện ở trang 1",
    "line-spacing": "giãn dòng chính xác không cắt dấu (≥ 1,15 cỡ chữ); giãn dòng nội dung đúng thể thức",
    "noi-nhan": "“Nơi nhận:” đúng kiểu chữ; các dòng “- …;”, dòng cuối “- Lưu…” kết thúc bằng “.”",
    "signature": "quyền hạn ký TM./KT./TL. (nhà nước, Đoàn) hoặc T/M, K/T, T/L (Đảng); chức danh ký biên bản",
    "structure": "cảnh báo: không nhận ra thể thức văn bản, chỉ kiểm tra bố cục trang, phông, ngày, giãn dòng",
    "empty": "cảnh báo: văn bản chưa có chữ",
    "unreadable": "tệp không mở được như .docx",
    "lint-internal": "cảnh báo: một phép kiểm tra không chạy được trên tệp này",
}
"""Every rule id ``minutes lint`` reports, with what it checks (for --help and the README)."""

TOLERANCE_MM = 0.05  # .docx stores margins in twips: 15 mm is 850 twips = 14,99 mm
CLIP_RATIO = 1.15  # an exact line height below 1.15 x the font size cuts off Vietnamese marks


@dataclass(frozen=True)
class Rules:
    """The thể thức of one style: what lint compares a document with."""

    name: str
    source: str  # how messages cite it: "NĐ 30", "HD 05"
    margins_mm: tuple[tuple[float, float], ...]  # (min, max) for top, bottom, left, right
    margins_usual: tuple[float, ...] | None  # values of a secondary source: a warning when different
    title: str | None  # "ĐẢNG CỘNG SẢN VIỆT NAM"; None: Quốc hiệu and Tiêu ngữ instead
    title_keys: tuple[str, ...]
    title_size: tuple[float, float]
    parent_size: tuple[float, float]  # tên cơ quan chủ quản / cấp trên
    body_size: tuple[float, float]  # tên cơ quan ban hành
    so: re.Pattern
    so_colon: bool  # "Số:" (state, youth) or "Số" (party)
    so_join: str  # between số and ký hiệu: "/" (state) or "-" (party, youth)
    so_example: str
    so_size: float
    date_size: tuple[float, float]  # địa danh, ngày tháng năm (ô 4)
    page_size: tuple[float, float]
    header_mm: float | None  # distance of the page number from the top edge, when fixed
    line: tuple[str, float, float]  # body line spacing: ("auto", 1.0, 1.5) or ("exact", 18, 22)
    noi_nhan: tuple[float, bool, bool, bool]  # label size, bold, italic, underline
    noi_nhan_items: float
    luu_colon: bool  # "- Lưu: VT, …" (state) or "- Lưu …" (party)
    signers: tuple[str, str]  # (left, right) titles of a biên bản
    signer_variants: tuple[str, ...]  # titles other styles use: a warning here
    prefixes: dict[str, str]  # key of a written prefix -> the correct form


QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
TIEU_NGU_SIZE = (13, 14)  # NĐ 30 Phụ lục I, II.1.b: in thường, 13-14, đứng, đậm
NUMBER = r"(?:\d{2,}|[ .…]*)"
STATE_SYMBOL = r"(?:TTr|CTr|QyĐ|TrS|[A-ZĐ][A-ZĐ0-9]*)(?:-[A-ZĐ0-9]+)*"
PARTY_SYMBOL = r"(?:CTr|TTr|[A-ZĐ]+)/[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*"
DOT_PREFIXES = {"tm": "TM.", "kt": "KT.", "tl": "TL.", "tuq": "TUQ.", "q": "Q."}
SLASH_PREFIXES = {"tm": "T/M", "kt": "K/T", "tl": "T/L", "q": "Q."}

STATE = Rules(
    name="state", source="NĐ 30",
    margins_mm=((20, 25), (20, 25), (30, 35), (15, 20)), margins_usual=None,
    title=None, title_keys=(), title_size=(12, 13), parent_size=(12, 13), body_size=(12, 13),
    so=re.compile(rf"^Số: {NUMBER}(?:/\d{{4}})?/{STATE_SYMBOL}$"), so_colon=True, so_join="/",
    so_example="Số: 05/BB-UBND", so_size=13, date_size=(13, 14), page_size=(13, 14), header_mm=None,
    line=("auto", 1.0, 1.5), noi_nhan=(12, True, True, False), noi_nhan_items=11, luu_colon=True,
    signers=("THƯ KÝ", "CHỦ TỌA"), signer_variants=("CHỦ TRÌ", "CHỦ TRÌ HỘI NGHỊ", "NGƯỜI GHI BIÊN BẢN"),
    prefixes=DOT_PREFIXES,
)
PARTY = Rules(
    name="party", source="HD 05",
    margins_mm=((20, 20), (20, 20), (30, 30), (15, 15)), margins_usual=None,
    title="ĐẢNG CỘNG SẢN VIỆT NAM", title_keys=("dangcongsanvietnam",), title_size=(15, 15),
    parent_size=(14, 14), body_size=(14, 14),
    so=re.compile(rf"^Số {NUMBER}-{PARTY_SYMBOL}$"), so_colon=False, so_join="-",
    so_example="Số 05-BB/ĐU", so_size=14, date_size=(14, 14), page_size=(14, 14), header_mm=10,
    line=("exact", 18, 22), noi_nhan=(14, False, False, True), noi_nhan_items=12, luu_colon=False,
    signers=("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ"), signer_variants=("THƯ KÝ", "CHỦ TỌA", "CHỦ TRÌ"),
    prefixes=SLASH_PREFIXES,
)
YOUTH = Rules(
    name="youth", source="HD 29",
    margins_mm=STATE.margins_mm, margins_usual=(20, 20, 30, 20),
    title="ĐOÀN TNCS HỒ CHÍ MINH", title_keys=("doantncshochiminh", "doanthanhniencongsanhochiminh"),
    title_size=(15, 15), parent_size=(14, 14), body_size=(14, 14),
    so=re.compile(rf"^Số: {NUMBER}-{PARTY_SYMBOL}$"), so_colon=True, so_join="-",
    so_example="Số: 04-BB/ĐTN", so_size=14, date_size=(14, 14), page_size=STATE.page_size, header_mm=None,
    line=STATE.line, noi_nhan=STATE.noi_nhan, noi_nhan_items=STATE.noi_nhan_items, luu_colon=True,
    signers=STATE.signers, signer_variants=STATE.signer_variants, prefixes=DOT_PREFIXES,
)
RULES = {r.name: r for r in (STATE, PARTY, YOUTH)}


def finding(rule: str, message: str, para: Para | None = None, severity: str = "error", where: str = "") -> Finding:
    """Return a :class:`Finding` quoting ``para`` (if any)."""
    return Finding(rule, severity, message, para.quote if para else "", where or (para.where if para else ""))


def _decimal(value: float) -> str:
    """Return a number in Vietnamese notation, decimal comma, no trailing zeros: 1,5."""
    return f"{value:g}".replace(".", ",")


def pt(value: float) -> str:
    """Return a size in Vietnamese notation: 12,5 pt."""
    return _decimal(value) + " pt"


def in_range(value: float, bounds: tuple[float, float], slack: float = 0.01) -> bool:
    """Return True when ``value`` lies in ``bounds`` (inclusive, with ``slack``)."""
    return bounds[0] - slack <= value <= bounds[1] + slack


def span_text(bounds: tuple[float, float], unit: str = "pt") -> str:
    """Return "12-13 pt" or "15 pt"."""
    lo, hi = (_decimal(b) for b in bounds)
    return f"{lo} {unit}" if lo == hi else f"{lo}-{hi} {unit}"


# --- 1. paper and margins --------------------------------------------------------------

SIDES = ("trên", "dưới", "trái", "phải")


def check_page(doc: Doc, rules: Rules) -> list[Finding]:
    """A4 portrait on every section; margins of the portrait sections inside the ranges."""
    out = []
    sections = list(doc.document.sections)
    if not sections:
        return [finding("paper", "văn bản không khai báo khổ giấy và lề; chọn Bố cục → Khổ giấy → A4 và đặt lề",
                        where="bố cục trang")]
    for number, section in enumerate(sections, 1):
        where = "bố cục trang" + (f" (phần {number})" if len(sections) > 1 else "")
        width, height = section.page_width, section.page_height
        if width is None or height is None:
            out.append(finding("paper", "không khai báo khổ giấy; chọn Bố cục → Khổ giấy → A4", where=where))
            continue
        w, h = sorted((width.mm, height.mm))
        if abs(w - 210) > 0.5 or abs(h - 297) > 0.5:
            out.append(finding("paper", f"khổ giấy {w:.0f} x {h:.0f} mm; {rules.source} yêu cầu A4 (210 x 297 mm): "
                               "Bố cục → Khổ giấy → A4", where=where))
        if width.mm > height.mm:
            if number == 1:
                out.append(finding("paper", "trang đầu nằm ngang; văn bản trình bày theo chiều dài khổ A4: "
                                   "Bố cục → Hướng → Dọc", where=where))
            continue
        out.extend(_margins(section, rules, where))
    return out


def _margins(section, rules: Rules, where: str) -> list[Finding]:
    out = []
    values = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    for side, value, bounds, index in zip(SIDES, values, rules.margins_mm, range(4)):
        mm = value.twips * 25.4 / 1440 if value is not None else None
        if mm is None or not (bounds[0] - TOLERANCE_MM <= mm <= bounds[1] + TOLERANCE_MM):
            fix = min(max(mm or bounds[0], bounds[0]), bounds[1]) / 10
            shown = "không khai báo" if mm is None else _decimal(round(mm, 1)) + " mm"
            out.append(finding("margins", f"lề {side} {shown}; {rules.source} yêu cầu {span_text(bounds, 'mm')}: "
                               f"Bố cục → Lề → Lề tùy chỉnh → {side.capitalize()} {_decimal(fix)} cm", where=where))
        elif rules.margins_usual and abs(mm - rules.margins_usual[index]) > TOLERANCE_MM:
            usual = rules.margins_usual[index]
            out.append(finding("margins", f"lề {side} {mm:.0f} mm; hướng dẫn của Đoàn thường dùng {usual:g} mm",
                               severity="warning", where=where))
    return out


# --- 2. fonts --------------------------------------------------------------------------

FONT = "Times New Roman"
SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def check_fonts(doc: Doc, rules: Rules) -> list[Finding]:
    """Times New Roman in the defaults, every style and every run; no theme fonts.

    Defaults and styles must name it for all four slots (ascii, hAnsi, eastAsia, cs).
    A run is judged on the slots Vietnamese text is drawn with (ascii, hAnsi, cs): Word
    writes an East Asian font on runs typed with an input method, and it shows nowhere.
    """
    from docx.oxml.ns import qn

    out = []
    rpr = doc.defaults.get("rpr")
    rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if rfonts is None:
        out.append(finding("font", f"phông mặc định của tài liệu không khai báo; đặt {FONT}: Trang đầu → Phông → "
                           "Đặt làm mặc định", severity="warning", where="phông mặc định"))
    else:
        out.extend(_rfonts_findings(rfonts, "phông mặc định của tài liệu", "phông mặc định", qn))
    themed, other = [], []
    for style in doc.document.styles.element.iterchildren(qn("w:style")):
        name_el = style.find(qn("w:name"))
        name = name_el.get(qn("w:val")) if name_el is not None else style.get(qn("w:styleId"), "?")
        for rf in style.iter(qn("w:rFonts")):
            attrs = _attrs(rf)
            if any(a.lower().endswith("theme") for a in attrs):
                themed.append(name)
            if any(attrs.get(s, FONT) != FONT for s in SLOTS):
                other.append(f"{name} ({_other_font(attrs)})")
    if themed:
        out.append(finding("font-theme", f"kiểu {_names(themed)} dùng phông theo chủ đề (theme); đặt {FONT} cụ thể "
                           "cho kiểu: Trang đầu → Kiểu → Sửa đổi → Phông", where="kiểu văn bản"))
    if other:
        out.append(finding("font", f"kiểu {_names(other)} dùng phông khác {FONT}; sửa phông của kiểu thành {FONT}",
                           where="kiểu văn bản"))
    for p in doc.paras + doc.page_paras:
        if not p.control:
            out.extend(_run_fonts(p))
    return out


def _attrs(rf) -> dict[str, str]:
    return {k.split("}")[-1]: v for k, v in rf.attrib.items()}


def _other_font(attrs: dict[str, str]) -> str:
    return next((attrs[s] for s in SLOTS if attrs.get(s, FONT) != FONT), "")


def _names(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    shown = ", ".join(f"“{n}”" for n in unique[:5])
    return shown + (f" và {len(unique) - 5} kiểu khác" if len(unique) > 5 else "")


def _rfonts_findings(rf, what: str, where: str, qn) -> list[Finding]:
    attrs, out = _attrs(rf), []
    if any(a.lower().endswith("theme") for a in attrs):
        out.append(finding("font-theme", f"{what} là phông theo chủ đề (theme, thường là Calibri/Cambria); đặt {FONT}: "
                           "Trang đầu → Phông → chọn Times New Roman → Đặt làm mặc định", where=where))
    missing = [s for s in SLOTS if s not in attrs]
    wrong = [s for s in SLOTS if attrs.get(s, FONT) != FONT]
    if wrong:
        out.append(finding("font", f"{what} là {_other_font(attrs)}; {FONT} cho mọi bảng mã", where=where))
    elif missing and not out:
        out.append(finding("font", f"{what} chưa đặt {FONT} cho {', '.join(missing)}", severity="warning", where=where))
    return out


def _run_fonts(p: Para) -> list[Finding]:
    out = []
    visible = [r for r in p.runs if r.text.strip()]
    if any(r.themes for r in visible):
        out.append(finding("font-theme", f"chữ dùng phông theo chủ đề (theme); chọn đoạn và đặt phông {FONT}", p))
    others = sorted({f for r in visible for s, f in r.fonts.items() if f != FONT and s in SLOTS and s != "eastAsia"})
    if others:
        out.append(finding("font", f"chữ dùng phông {', '.join(others)}; chọn đoạn và đặt phông {FONT} "
                           "(Times New Roman, Unicode TCVN 6909:2001)", p))
    return out


# --- 3. header elements, found by their text -----------------------------------------------

QUOC_HIEU_OLD = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
YOUTH_FULL = "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"
TITLE_KEYS = {"conghoaxahoichunghiavietnam", "doclaptudohanhphuc", "dangcongsanvietnam",
              "doantncshochiminh", "doanthanhniencongsanhochiminh"}
TOP = "trang 1, đầu văn bản"


def _find(doc: Doc, keys) -> tuple[Para, str, int, int] | None:
    """Return the first segment whose key is in ``keys``: in the header block, else near the top."""
    for pool in (doc.header_paras(), [p for p in doc.paras[:40] if p.clean and not p.tag]):
        for p in pool:
            for text, start, end in p.segments():
                if key(text) in keys:
                    return p, text, start, end
    return None


def _format(p: Para, start: int, end: int, size: tuple[float, float], bold: bool | None = True) -> list[str]:
    """Return what is wrong with the size and weight of a segment."""
    fmt = p.span(start, end)
    if fmt is None:
        return []
    problems = [] if in_range(fmt.size, size) else [f"cỡ {pt(fmt.size)} (cần {span_text(size)})"]
    if bold and not fmt.bold:
        problems.append("chưa in đậm")
    if bold is False and fmt.bold:
        problems.append("không in đậm")
    return problems


def check_header(doc: Doc, rules: Rules) -> list[Finding]:
    """Quốc hiệu and Tiêu ngữ (state) or the tiêu đề (party, youth), then the bodies at top left."""
    if rules.title is None:
        out = _element(doc, rules, "quoc-hieu", "Quốc hiệu", QUOC_HIEU, {"conghoaxahoichunghiavietnam"},
                       rules.title_size, _quoc_hieu_text)
        out += _element(doc, rules, "tieu-ngu", "Tiêu ngữ", TIEU_NGU, {"doclaptudohanhphuc"}, TIEU_NGU_SIZE,
                        _tieu_ngu_text)
    else:
        out = _element(doc, rules, "tieu-de", "Tiêu đề", rules.title, set(rules.title_keys), rules.title_size,
                       _title_text)
    return out + _bodies(doc, rules)


def _element(doc, rules, rule, label, expected, keys, size, text_check) -> list[Finding]:
    found = _find(doc, keys)
    if found is None:
        return [finding(rule, f"không thấy {label} “{expected}” ở đầu trang 1; {rules.source} bắt buộc có, "
                        f"in đậm, cỡ {span_text(size)}", where=TOP)]
    p, text, start, end = found
    out = text_check(text, p, expected)
    problems = _format(p, start, end, size)
    if problems:
        out.append(finding(rule, f"{label} {', '.join(problems)}; {rules.source}: {span_text(size)}, in đậm: "
                           "chọn dòng, sửa cỡ chữ và bấm B (Trang đầu → Phông)", p))
    return out


def _quoc_hieu_text(text: str, p: Para, expected: str) -> list[Finding]:
    if text == expected:
        return []
    if text == QUOC_HIEU_OLD:
        return [finding("quoc-hieu-text", f"Quốc hiệu viết “CỘNG HOÀ” (bỏ dấu kiểu cũ); NĐ 30 viết “{expected}”",
                        p, severity="warning")]
    problems = ["viết in hoa toàn bộ"] if text != text.upper() else []
    problems += ["thừa dấu cách"] if " ".join(text.split()) != text else []
    problems = problems or ["sai chính tả hoặc dấu"]
    return [finding("quoc-hieu-text", f"Quốc hiệu {', '.join(problems)}; sửa thành “{expected}”", p)]


def _tieu_ngu_text(text: str, p: Para, expected: str) -> list[Finding]:
    if text == expected:
        return []
    problems = []
    if re.search("[\u2010-\u2015\u2212]", text):
        problems.append("dùng gạch ngang “–” thay cho dấu gạch nối “-”")
    if re.search(r"\S[-\u2010-\u2015\u2212]|[-\u2010-\u2015\u2212]\S", text) or "  " in text:
        problems.append("mỗi bên dấu “-” có đúng một dấu cách")
    if text == text.upper():
        problems.append("Tiêu ngữ in thường, chỉ viết hoa chữ đầu mỗi cụm")
    elif _words(text) != _words(expected) and _words(text.lower()) == _words(expected.lower()):
        problems.append("viết hoa chữ đầu mỗi cụm: Độc lập, Tự do, Hạnh phúc")
    problems = problems or ["sai chính tả hoặc dấu"]
    return [finding("tieu-ngu-text", f"Tiêu ngữ {'; '.join(problems)}; sửa thành “{expected}”", p)]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _title_text(text: str, p: Para, expected: str) -> list[Finding]:
    if text == expected:
        return []
    if text == YOUTH_FULL:
        return [finding("tieu-de-text", f"tiêu đề viết đầy đủ; HD 29 viết “{expected}”", p, severity="warning")]
    return [finding("tieu-de-text", f"tiêu đề viết “{text}”; sửa thành “{expected}” (in hoa)", p)]


def _bodies(doc: Doc, rules: Rules) -> list[Finding]:
    """Check the chủ quản and issuing-body lines: upper-case lines at the top left."""
    lines = []
    for p in doc.header_paras():
        if p.tc is not None and p.col > 0:
            continue
        for text, start, end in p.segments():
            if key(text) in TITLE_KEYS or text != text.upper() or not any(c.isalpha() for c in text):
                continue
            if not re.match(r"^S[ỐO]\b", text):
                lines.append((p, text, start, end))
    if not lines:
        return [] if doc.has_tags else [finding("co-quan", "không thấy tên cơ quan ban hành (in hoa, góc trái "
                                                 "đầu trang 1)", severity="warning", where=TOP)]
    bold = [(p.span(s, e) or p.span()) for p, _, s, e in lines]
    tail = len(lines)
    while tail > 0 and bold[tail - 1] is not None and bold[tail - 1].bold:
        tail -= 1
    tail = min(tail, len(lines) - 1)
    out = []
    for i, (p, _text, start, end) in enumerate(lines):
        issuing = i >= tail
        what = "tên cơ quan ban hành" if issuing else "tên cơ quan chủ quản (cấp trên)"
        problems = _format(p, start, end, rules.body_size if issuing else rules.parent_size, True if issuing else None)
        if problems:
            size = rules.body_size if issuing else rules.parent_size
            out.append(finding("co-quan", f"{what} {', '.join(problems)}; {rules.source}: in hoa, {span_text(size)}"
                               + (", in đậm" if issuing else ", đứng"), p))
        fmt = p.span(start, end)
        if not issuing and fmt is not None and fmt.bold:
            out.append(finding("co-quan", f"{what} in đậm; {rules.source}: chỉ tên cơ quan ban hành in đậm",
                               p, severity="warning"))
    return out


# --- 4. số, ký hiệu ------------------------------------------------------------------------

SO_START = re.compile(r"^(?:Số|SỐ|số)(?=[\s:\d.…/-]|$)")
SO_PARTS = re.compile(r"^\w+\s*(:?)(\s*)(\d*)\s*([/-]?)\s*(.*)$")


def check_so(doc: Doc, rules: Rules) -> list[Finding]:
    """The Số line under the issuing body: "Số: 05/BB-UBND" (state), "Số 05-BB/ĐU" (party)…"""
    hits = [(p, t, s, e) for p in doc.header_paras() for t, s, e in p.segments() if SO_START.match(t)]
    if not hits:
        return [] if doc.has_tags else [finding("so-format", f"không thấy số, ký hiệu văn bản (ví dụ "
                                                 f"“{rules.so_example}”) dưới tên cơ quan", severity="warning",
                                                 where=TOP)]
    p, text, start, end = hits[0]
    out = []
    if not rules.so.match(text):
        out.append(finding("so-format", _so_problem(text, rules), p))
    fmt = p.span(start, end)
    if fmt is not None and abs(fmt.size - rules.so_size) > 0.01:
        out.append(finding("so-format", f"số, ký hiệu cỡ {pt(fmt.size)}; {rules.source}: {pt(rules.so_size)}",
                           p, severity="warning"))
    return out


def _so_problem(text: str, rules: Rules) -> str:
    """Return what is wrong with a Số line and the corrected line."""
    colon, space, num, join, symbol = SO_PARTS.match(text).groups()
    problems = []
    if not text.startswith("Số"):
        problems.append("viết “Số” (chữ S hoa)")
    if rules.so_colon and not colon:
        problems.append("thiếu dấu hai chấm sau “Số”")
    elif not rules.so_colon and colon:
        problems.append("văn bản của Đảng không có dấu hai chấm sau “Số”")
    elif colon and not space:
        problems.append("cần một dấu cách sau dấu hai chấm")
    if len(num) == 1:
        problems.append("số nhỏ hơn 10 phải có số 0 phía trước")
    if num and join != rules.so_join:
        problems.append(f"giữa số và ký hiệu dùng “{rules.so_join}”")
    compact = re.sub(r"\s+", "", symbol)
    if compact != symbol:
        problems.append("không có dấu cách trong ký hiệu")
    fixed_symbol = compact if rules.name == "state" else compact.upper()
    if fixed_symbol != compact:
        problems.append("ký hiệu viết in hoa")
    problems = problems or [f"không đúng mẫu “{rules.so_example}”"]
    number = num.zfill(2) if num else "    "
    fix = f"Số{':' if rules.so_colon else ''} {number}{rules.so_join}{fixed_symbol}"
    if rules.so.match(fix):
        return f"số, ký hiệu: {'; '.join(problems)}; sửa thành “{fix}” ({rules.source}: “{rules.so_example}”)"
    return f"số, ký hiệu: {'; '.join(problems)}; viết theo mẫu “{rules.so_example}”"


# --- 5. dates --------------------------------------------------------------------------

DATE = re.compile(r"\b[Nn]gày\s+(\d{1,4})\s+tháng\s+(\d{1,4})\b")
MONTH_ZERO = re.compile(r"\btháng\s+0([3-9])\b")


def check_dates(doc: Doc, rules: Rules) -> list[Finding]:
    """"ngày 05 tháng 01 năm 2020": zero before days < 10 and months 1-2, none before months 3-12."""
    out = []
    for p in doc.paras:
        if p.tag or "tháng" not in p.text:
            continue
        spans = []
        for m in DATE.finditer(p.text):
            spans.append(m.span())
            day, month = m.groups()
            if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
                continue
            fday = f"{int(day):02d}"
            fmonth = f"{int(month):02d}" if int(month) < 3 else str(int(month))
            problems = ["ngày nhỏ hơn 10 phải có số 0 phía trước"] if day != fday and int(day) < 10 else []
            problems += ["bỏ số 0 thừa ở ngày"] if day != fday and int(day) >= 10 else []
            if month != fmonth:
                problems.append("tháng 1, 2 phải có số 0 phía trước" if int(month) < 3
                                else "tháng 3 đến 12 không có số 0 phía trước")
            if problems:
                out.append(finding("date-zero", f"“{m.group(0)}”: {'; '.join(problems)}; sửa thành "
                                   f"“ngày {fday} tháng {fmonth}”", p))
        for m in MONTH_ZERO.finditer(p.text):
            if not any(a <= m.start() < b for a, b in spans):
                out.append(finding("date-zero", f"“{m.group(0)}”: tháng 3 đến 12 không có số 0 phía trước; sửa thành "
                                   f"“tháng {m.group(1)}”", p))
    return out


DATE_LINE = re.compile(r"[Nn]gày\s*\S+\s+tháng\s*\S+\s+năm")
PLACE_DATE = re.compile(r"^[^\s,.…][^,]*, ngày ")


def check_date_line(doc: Doc, rules: Rules) -> list[Finding]:
    """Ô 4: "Hà Nội, ngày 05 tháng 01 năm 2026", italic, under the title (none in a state biên bản)."""
    hits = [(p, t, s, e) for p in doc.header_paras() for t, s, e in p.segments() if DATE_LINE.search(t)]
    if not hits:
        optional = doc.is_bien_ban and rules.title is None  # Mẫu 1.9 has no ô 4
        return [] if optional or doc.has_tags else [finding(
            "date-line", "không thấy dòng địa danh, ngày tháng năm dưới Quốc hiệu/tiêu đề; thêm, ví dụ "
            "“Hà Nội, ngày 05 tháng 01 năm 2026” (in nghiêng)", where=TOP)]
    p, text, start, end = hits[0]
    out = []
    if not PLACE_DATE.match(text):
        problem = ("thiếu địa danh" if re.match(r"^[Nn]gày", text)
                   else "sau địa danh có dấu phẩy, rồi “ngày” viết thường")
        out.append(finding("date-line", f"dòng ngày tháng {problem}; {rules.source}: “Hà Nội, ngày 05 tháng 01 năm "
                           "2026” (tên đơn vị hành chính nơi cơ quan đóng trụ sở)", p))
    fmt = p.span(start, end)
    if fmt is not None:
        problems = [] if in_range(fmt.size, rules.date_size) else [f"cỡ {pt(fmt.size)}"]
        problems += [] if fmt.italic else ["chưa in nghiêng"]
        if problems:
            out.append(finding("date-line", f"dòng địa danh, ngày tháng {', '.join(problems)}; {rules.source}: "
                               f"{span_text(rules.date_size)}, in nghiêng", p))
    return out


# --- 6. page numbers -------------------------------------------------------------------

PAGE_FIELD = re.compile(r"(?<![A-Z])PAGE(?![A-Z])")


def _page_field_paras(part) -> list:
    """Return the w:p of a header/footer part that hold a PAGE field."""
    from docx.oxml.ns import qn

    out = []
    for p in part._element.iter(qn("w:p")):
        instr = "".join(f.get(qn("w:instr"), "") for f in p.iter(qn("w:fldSimple")))
        instr += "".join(t.text or "" for t in p.iter(qn("w:instrText")))
        if PAGE_FIELD.search(instr):
            out.append(p)
    return out


def _fields(part) -> list:
    return [] if part is None or part.is_linked_to_previous else _page_field_paras(part)


def check_page_number(doc: Doc, rules: Rules) -> list[Finding]:
    """A PAGE field centred in the default header of section 1, none on page 1 (titlePg)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.text.paragraph import Paragraph

    from minutes.docxread import effective

    where = "tiêu đề trang"
    if not len(doc.document.sections):
        return [finding("page-number", "văn bản không có số trang: Chèn → Số trang → Đầu trang → Giữa", where=where)]
    section = doc.document.sections[0]
    fields = _fields(section.header)
    if not fields:
        footer = _fields(section.footer) or _fields(section.first_page_footer)
        message = ("số trang đang ở chân trang; {s}: canh giữa ở lề trên" if footer else "văn bản không có số trang; "
                   "{s}: số trang canh giữa ở lề trên, không hiện ở trang 1")
        return [finding("page-number", message.format(s=rules.source) + ": Chèn → Số trang → Đầu trang → Giữa, "
                        "rồi chọn “Trang đầu khác”", where=where)]
    out = []
    paragraph = Paragraph(fields[0], section.header)
    if effective(paragraph, doc.document).alignment != WD_ALIGN_PARAGRAPH.CENTER:
        out.append(finding("page-number", "số trang chưa canh giữa; chọn số trang → Trang đầu → Căn giữa", where=where))
    para = next((p for p in doc.page_paras if p.element is fields[0]), None)
    fmt = para.span() if para is not None else None
    if fmt is not None and not in_range(fmt.size, rules.page_size):
        out.append(finding("page-number", f"số trang cỡ {pt(fmt.size)}; {rules.source}: {span_text(rules.page_size)}",
                           severity="warning", where=where))
    if not section.different_first_page_header_footer:
        out.append(finding("page-number", "trang 1 không được đánh số: Chèn → Đầu trang → Sửa đầu trang → đánh dấu "
                           "“Trang đầu khác” (Different First Page)", where=where))
    elif _fields(section.first_page_header):
        out.append(finding("page-number", "trang 1 đang hiện số trang; xoá số trang ở đầu trang của trang 1",
                           where=where))
    distance = section.header_distance
    if rules.header_mm and distance is not None and abs(distance.mm - rules.header_mm) > 0.5:
        out.append(finding("page-number", f"số trang cách mép trên {distance.mm:.0f} mm; {rules.source}: "
                           f"{rules.header_mm:g} mm: Bố cục → Lề → Lề tùy chỉnh → Bố trí → Đầu trang 1 cm",
                           severity="warning", where=where))
    return out


# --- 7. line spacing -------------------------------------------------------------------


def _spacing(p: Para, defaults: dict) -> tuple[str, float]:
    """Return ("auto", multiple) or ("exact"/"atLeast", points) of a paragraph."""
    from docx.enum.text import WD_LINE_SPACING as L

    rule, value = p.fmt.line_rule, p.fmt.line_value
    if rule is None and value is None:
        line = defaults.get("line")
        if line is None:
            return "auto", 1.0
        kind = defaults.get("line_rule", "auto")
        return (kind, line / 20) if kind in ("exact", "atLeast") else ("auto", line / 240)
    if rule == L.EXACTLY:
        return "exact", float(value or 0)
    if rule == L.AT_LEAST:
        return "atLeast", float(value or 0)
    multiple = {L.SINGLE: 1.0, L.ONE_POINT_FIVE: 1.5, L.DOUBLE: 2.0}.get(rule, value)
    return "auto", float(multiple if multiple is not None else 1.0)


def _describe(kind: str, value: float) -> str:
    if kind == "auto":
        return _decimal(value) + " dòng"
    return ("chính xác " if kind == "exact" else "tối thiểu ") + pt(round(value, 1))


def check_line_spacing(doc: Doc, rules: Rules) -> list[Finding]:
    """Exact spacing that cuts off diacritics (error); body spacing outside the style's range (warning)."""
    out, body = [], {}
    for p in doc.paras + doc.page_paras:
        visible = [r for r in p.runs if r.text.strip()]
        if not visible or p.control:
            continue
        size = max(r.size for r in visible)
        kind, value = _spacing(p, doc.defaults)
        if kind == "exact" and value < CLIP_RATIO * size - 0.05:
            need = -(-CLIP_RATIO * size // 1)
            out.append(finding("line-spacing", f"giãn dòng chính xác {pt(round(value, 1))} cho chữ {pt(size)} làm mất "
                               f"dấu tiếng Việt; đặt tối thiểu {pt(need)} hoặc “Một dòng”: Đoạn → Giãn dòng", p))
            continue
        if _is_body(doc, p) and not _body_ok(rules, kind, value, size):
            body.setdefault(_describe(kind, value), []).append(p)
    for described, paras in body.items():
        wanted = ("từ một dòng đến 1,5 dòng" if rules.line[0] == "auto"
                  else f"chính xác {span_text(rules.line[1:])}")
        out.append(finding("line-spacing", f"{len(paras)} đoạn nội dung giãn dòng {described}; {rules.source}: "
                           f"{wanted}: Đoạn → Giãn dòng", paras[0], severity="warning"))
    return out


def _is_body(doc: Doc, p: Para) -> bool:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    after_title = doc.title is None or p.index > doc.title.index
    return (p.zone == "body" and not p.header and p.tc is None and after_title
            and p.fmt.alignment != WD_ALIGN_PARAGRAPH.CENTER)


def _body_ok(rules: Rules, kind: str, value: float, size: float) -> bool:
    wanted, lo, hi = rules.line
    if wanted == "exact":
        return kind == "exact" and in_range(value, (lo, hi))
    multiple = value if kind == "auto" else value / (CLIP_RATIO * size)
    return kind == "atLeast" or in_range(multiple, (lo, hi))


# --- 8. Nơi nhận -----------------------------------------------------------------------

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
BULLETS = "•·▪◦●○■□➢✓"  # automatic bullets; Symbol/Wingdings glyphs are U+F000-F0FF


def check_noi_nhan(doc: Doc, rules: Rules) -> list[Finding]:
    """The "Nơi nhận:" label and its list: "- …;" lines, the last one "- Lưu…"."""
    labels = [p for p in doc.after_header() if not p.tag and p.clean and key(p.clean.split("\n")[0]) == "noinhan"]
    if not labels:
        return [] if doc.has_tags else [finding("noi-nhan", "không thấy mục “Nơi nhận:” dưới chữ ký",
                                                severity="warning", where="cuối văn bản")]
    label = labels[0]
    out = _label(label, rules)
    items = _items(doc, label)
    if items is None:  # template: the list is a loop
        return out
    if not items:
        return out + [finding("noi-nhan", "“Nơi nhận:” chưa có dòng nào; ghi các nơi nhận và dòng cuối “- Lưu…”",
                              label)]
    for i, (p, line) in enumerate(items):
        out.extend(_item(p, line, last=i == len(items) - 1, rules=rules))
    sizes = {f.size for p, _ in items if p is not label and (f := p.span()) is not None}
    if sizes and sizes != {rules.noi_nhan_items}:
        out.append(finding("noi-nhan", f"danh sách nơi nhận cỡ {', '.join(pt(s) for s in sorted(sizes))}; "
                           f"{rules.source}: {pt(rules.noi_nhan_items)}", items[0][0], severity="warning"))
    return out


def _label(p: Para, rules: Rules) -> list[Finding]:
    line = p.clean.split("\n")[0].strip()
    out = []
    if not line.startswith("Nơi nhận:"):
        out.append(finding("noi-nhan", f"ghi đúng “Nơi nhận:” (chữ thường, có dấu hai chấm) thay cho “{line}”", p))
    size, bold, italic, underline = rules.noi_nhan
    fmt = p.span(0, len(line))
    if fmt is None:
        return out
    problems = [] if abs(fmt.size - size) < 0.01 else [f"cỡ {pt(fmt.size)}"]
    problems += ["chưa in đậm"] if bold and not fmt.bold else []
    problems += ["chưa in nghiêng"] if italic and not fmt.italic else []
    problems += ["không in nghiêng"] if not italic and fmt.italic else []
    problems += ["chưa gạch chân"] if underline and not fmt.underline else []
    if problems:
        wanted = ", ".join(w for w, on in (("in đậm", bold), ("nghiêng", italic), ("gạch chân", underline)) if on)
        out.append(finding("noi-nhan", f"“Nơi nhận:” {', '.join(problems)}; {rules.source}: {pt(size)}, {wanted}", p))
    return out


def _items(doc: Doc, label: Para) -> list[tuple[Para, str]] | None:
    """Return the list lines under the label: (paragraph, text with its bullet); None in a template."""
    items = [(label, line.strip()) for line in label.clean.split("\n")[1:] if line.strip()]
    for p in doc.paras[label.index:]:
        if p.tc is not label.tc:
            break
        if p.tag:
            return None
        if not p.clean:
            if items:
                break
            continue
        if p.clean == p.clean.upper() and any(c.isalpha() for c in p.clean) and not p.clean.startswith(("-", "+")):
            break  # a signer's title below the list
        prefix = f"{p.marker} " if p.marker else ""
        items.extend((p, prefix + line.strip()) for line in p.clean.split("\n") if line.strip())
    return items


def _item(p: Para, line: str, last: bool, rules: Rules) -> list[Finding]:
    out = []
    if line[:1] in DASHES:
        out.append(finding("noi-nhan", f"dòng nơi nhận bắt đầu bằng “{line[0]}”; dùng dấu gạch nối “- ”", p))
    elif line[:1] in BULLETS or "\uf000" <= line[:1] <= "\uf0ff":
        out.append(finding("noi-nhan", "dòng nơi nhận bắt đầu bằng dấu đầu dòng “•”; dùng dấu gạch nối “- ”: "
                           "Trang đầu → Dấu đầu dòng → Xác định dấu đầu dòng mới → “-”, hoặc gõ “- ”", p))
    elif not line.startswith("- "):
        out.append(finding("noi-nhan", "mỗi dòng nơi nhận bắt đầu bằng “- ” (gạch nối và một dấu cách)", p))
    body = line.lstrip("-" + DASHES + BULLETS + " ").lstrip("".join(map(chr, range(0xF000, 0xF100)))).strip()
    if not last and not body.endswith(";"):
        out.append(finding("noi-nhan", "dòng nơi nhận phải kết thúc bằng dấu chấm phẩy “;”", p))
    if last:
        out.extend(_luu(p, body, rules))
    return out


def _luu(p: Para, body: str, rules: Rules) -> list[Finding]:
    example = "- Lưu: VT, Hồ sơ." if rules.luu_colon else "- Lưu Văn phòng."
    if not body.startswith("Lưu"):
        return [finding("noi-nhan", f"dòng cuối của nơi nhận phải là “{example}”", p)]
    out = [] if body.endswith(".") else [finding("noi-nhan", "dòng “- Lưu…” cuối cùng kết thúc bằng dấu chấm “.”", p)]
    colon = body[3:].lstrip().startswith(":")
    if rules.luu_colon and not colon:
        out.append(finding("noi-nhan", f"viết “Lưu:” có dấu hai chấm, ví dụ “{example}”", p))
    elif not rules.luu_colon and colon:
        out.append(finding("noi-nhan", f"HD 05 viết “Lưu” không có dấu hai chấm, ví dụ “{example}”", p,
                           severity="warning"))
    return out


# --- 9. signatures ---------------------------------------------------------------------

PREFIX = re.compile(r"^(T\s*[/.]\s*M|K\s*[/.]\s*T|T\s*[/.]\s*L|TUQ|TM|KT|TL|Q)(\.?)(\s*)(\S.*)$")


def check_signature(doc: Doc, rules: Rules) -> list[Finding]:
    """Authority prefixes of the style's form; the two titles of a biên bản, bold, in place."""
    segments = [(p, t, s, e) for p in doc.after_header() if p.clean and not p.tag for t, s, e in p.segments()
                if t == t.upper() and any(c.isalpha() for c in t) and len(t) <= 80]
    out = [f for p, t, _, _ in segments for f in _prefix(p, t, rules)]
    if doc.is_bien_ban:
        out += _titles(doc, segments, rules)
    elif rules.name == "party" and not doc.has_tags and not any(PREFIX.match(t) for _, t, _, _ in segments):
        out.append(finding("signature", "văn bản của cấp ủy ký thay mặt tập thể: dòng quyền hạn “T/M ĐẢNG ỦY” "
                           "(T/M CHI BỘ, T/M BAN THƯỜNG VỤ) trên dòng chức vụ (HD 05, mục 7); bỏ qua nếu người ký "
                           "ký theo chức vụ của mình", severity="warning", where="cuối văn bản"))
    return out


def _prefix(p: Para, text: str, rules: Rules) -> list[Finding]:
    m = PREFIX.match(text)
    if not m:
        return []
    written, dot, space, rest = m.groups()
    if not (dot or space) or (key(written) == "q" and not dot) or not any(c.isalpha() for c in rest):
        return []
    correct = rules.prefixes.get(key(written))
    if correct is None:
        return [finding("signature", f"{rules.source} không dùng “{written}{dot}”; ký thừa lệnh ghi “T/L”", p)]
    if re.sub(r"\s", "", written) + dot == correct and space == " ":
        return []
    form = "có dấu chấm (TM., KT., TL., TUQ., Q.)" if rules.prefixes is DOT_PREFIXES else "dạng T/M, K/T, T/L"
    return [finding("signature", f"quyền hạn ký viết “{written}{dot}”; {rules.source}: {form}, sau đó một dấu cách: "
                    f"sửa thành “{correct} {rest}”", p)]


def _titles(doc: Doc, segments, rules: Rules) -> list[Finding]:
    found, out = [], []
    for title in rules.signers:
        hits = [x for x in segments if key(x[1]) == key(title)]
        if hits:
            p, _t, start, end = hits[0]
            found.append(hits[0])
            fmt = p.span(start, end)
            if fmt is not None and not fmt.bold:
                out.append(finding("signature", f"chức danh “{title}” chưa in đậm", p))
            continue
        variants = {key(v) for v in rules.signer_variants}
        other = [x for x in segments if key(x[1]) in variants and x not in found]
        if other:
            out.append(finding("signature", f"biên bản ghi “{other[0][1]}”; mẫu biên bản của {rules.source} ghi "
                               f"“{title}”", other[0][0], severity="warning"))
        else:
            out.append(finding("signature", f"không thấy chức danh ký “{title}” của biên bản ({rules.source}: "
                               f"“{rules.signers[0]}” bên trái, “{rules.signers[1]}” bên phải)", where="cuối văn bản"))
    if len(found) == 2:
        (lp, _, ls, _), (rp, _, rs, _) = found
        swapped = (lp.row is not None and lp.row is rp.row and lp.col > rp.col) or (lp is rp and ls > rs)
        if swapped:
            out.append(finding("signature", f"“{rules.signers[1]}” ký bên phải, “{rules.signers[0]}” bên trái; "
                               "đổi chỗ hai khối chữ ký", rp))
    return out


# --- the list of checks ----------------------------------------------------------------


def check_empty(doc: Doc, rules: Rules) -> list[Finding]:
    """A body without text: only the page set-up, fonts and page numbers could be checked."""
    return [finding("empty", "văn bản chưa có chữ; chỉ kiểm tra được khổ giấy, lề, phông và số trang",
                    severity="warning", where="toàn văn bản")]


def check_structure(doc: Doc, rules: Rules) -> list[Finding]:
    """A text that is not a văn bản (no tên loại, title or Số): the layout checks only."""
    return [finding("structure", "không nhận ra thể thức văn bản (không có Quốc hiệu, tiêu đề, số, ký hiệu hay tên "
                    "loại); chỉ kiểm tra khổ giấy, lề, phông, số trang, ngày tháng và giãn dòng",
                    severity="warning", where="toàn văn bản")]


def checks_for(doc: Doc) -> list:
    """Return the checks to run on ``doc``, in report order.

    An empty body gets the page, font and page-number checks; a text that is not a
    văn bản (a news item, a letter) also the date and line-spacing ones.
    """
    if not doc.has_text:
        return [check_page, check_fonts, check_page_number, check_empty]
    if not doc.is_official:
        return [check_page, check_fonts, check_dates, check_page_number, check_line_spacing, check_structure]
    return [check_page, check_fonts, check_header, check_so, check_date_line, check_dates, check_page_number,
            check_line_spacing, check_noi_nhan, check_signature]
