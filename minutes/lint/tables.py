"""The rule tables of ``minutes lint``, one per style, as data; and every rule id described.

Every number comes from the rules' own texts: NĐ 30/2020 and its appendices (``state``),
HD 05-HD/VPTW (``party``), HD 29-HD/TWĐTN-VP (``youth``, which follows the state values
wherever the Đoàn guidance is unconfirmed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from minutes.i18n import N_

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
    "line-spacing": "giãn dòng chính xác không cắt dấu (không nhỏ hơn cỡ chữ); giãn dòng nội dung đúng thể thức",
    "ten-loai": "tên loại văn bản (BIÊN BẢN, THÔNG BÁO…) in hoa, đậm, đúng cỡ (NĐ 30: 13-14 pt; HD 05: 15-16 pt)",
    "trich-yeu": "trích yếu dưới tên loại in thường, đậm, đúng cỡ (NĐ 30: 13-14 pt; HD 05: 14-15 pt)",
    "duong-ke": "đường kẻ dưới tên cơ quan, Quốc hiệu, tiêu đề là nét liền, không phải một dãy dấu “-”",
    "party-rules": "thông tin: văn bản của Đảng không có ngày, chấp nhận cả HD 36 và HD 05",
    "noi-nhan": "“Nơi nhận:” đúng kiểu chữ; các dòng “- …;”, dòng cuối “- Lưu…” kết thúc bằng “.”",
    "signature": "quyền hạn ký TM./KT./TL. (nhà nước, Đoàn) hoặc T/M, K/T, T/L (Đảng); chức danh ký biên bản; "
                 "cỡ và kiểu chữ của quyền hạn, chức vụ, họ tên người ký",
    "name-break": "tên cơ quan, dòng ký không xuống dòng giữa một từ hai âm tiết hay sau “TỈNH”, “HUYỆN”…",
    "structure": "cảnh báo: không nhận ra thể thức văn bản, chỉ kiểm tra bố cục trang, phông, ngày, giãn dòng",
    "empty": "cảnh báo: văn bản chưa có chữ",
    "unreadable": "tệp không mở được như .docx",
    "lint-internal": "cảnh báo: một phép kiểm tra không chạy được trên tệp này",
}
"""Every rule id ``minutes lint`` reports, with what it checks (for --help and the README)."""

TOLERANCE_MM = 0.05  # .docx stores margins in twips: 15 mm is 850 twips = 14,99 mm
CLIP_RATIO = 1.0  # an exact line height below the font size cuts off Vietnamese marks when printed
SAFE_RATIO = 1.15  # the exact line height to suggest: room for stacked marks on capitals


@dataclass(frozen=True)
class Rules:
    """The thể thức of one style: what lint compares a document with."""

    name: str
    source: str  # how messages cite it: "NĐ 30", "HD 05"
    margins_mm: tuple[tuple[float, float], ...]  # (min, max) for top, bottom, left, right
    margins_usual: tuple[float, ...] | None  # values of a secondary source: a warning when different
    title: str | None  # "ĐẢNG CỘNG SẢN VIỆT NAM"; None: Quốc hiệu and Tiêu ngữ instead
    title_keys: tuple[str, ...]
    heading_size: tuple[float, float]  # tiêu đề / Quốc hiệu
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
    item_ends: tuple[str, ...] = (";",)  # how a Nơi nhận item (not the last) may end
    title_size: tuple[float, float] = (13, 14)  # tên loại (in hoa, đậm)
    summary_size: tuple[float, float] = (13, 14)  # trích yếu (in thường, đậm)
    signer_size: tuple[float, float] = (13, 14)  # quyền hạn, chức vụ, họ tên người ký
    position_bold: bool = True  # chức vụ người ký in đậm (NĐ 30) or not (HD 05)
    dash_rules: bool = False  # "-----" under the trích yếu is the style's own separator (HD 05)


QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
TIEU_NGU_SIZE = (13, 14)  # NĐ 30 Phụ lục I, II.1.b: in thường, 13-14, đứng, đậm
NUMBER = r"(?:\d{2,}|[ .…]*)"
STATE_SYMBOL = r"(?:TTr|CTr|QyĐ|TrS|[A-ZĐ][A-ZĐ0-9]*)(?:-[A-ZĐ0-9]+)*"
PARTY_SYMBOL = r"(?:CTr|TTr|[A-ZĐ]+)/[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*"
DOT_PREFIXES = {"tm": "TM.", "kt": "KT.", "tl": "TL.", "tuq": "TUQ.", "q": "Q."}
SLASH_PREFIXES = {"tm": "T/M", "kt": "K/T", "tl": "T/L", "q": "Q."}

STATE = Rules(
    name="state", source=N_("NĐ 30"),
    margins_mm=((20, 25), (20, 25), (30, 35), (15, 20)), margins_usual=None,
    title=None, title_keys=(), heading_size=(12, 13), parent_size=(12, 13), body_size=(12, 13),
    so=re.compile(rf"^Số: {NUMBER}(?:/\d{{4}})?/{STATE_SYMBOL}$"), so_colon=True, so_join="/",
    so_example="Số: 05/BB-UBND", so_size=13, date_size=(13, 14), page_size=(13, 14), header_mm=None,
    line=("auto", 1.0, 1.5), noi_nhan=(12, True, True, False), noi_nhan_items=11, luu_colon=True,
    signers=("THƯ KÝ", "CHỦ TỌA"), signer_variants=("CHỦ TRÌ", "CHỦ TRÌ HỘI NGHỊ", "NGƯỜI GHI BIÊN BẢN"),
    prefixes=DOT_PREFIXES,
)
PARTY = Rules(
    name="party", source=N_("HD 05"),
    margins_mm=((20, 20), (20, 20), (30, 30), (15, 15)), margins_usual=None,
    title="ĐẢNG CỘNG SẢN VIỆT NAM", title_keys=("dangcongsanvietnam",), heading_size=(15, 15),
    parent_size=(14, 14), body_size=(14, 14),
    so=re.compile(rf"^Số {NUMBER}-{PARTY_SYMBOL}$"), so_colon=False, so_join="-",
    so_example="Số 05-BB/ĐU", so_size=14, date_size=(14, 14), page_size=(14, 14), header_mm=10,
    line=("exact", 18, 22), noi_nhan=(14, False, False, True), noi_nhan_items=12, luu_colon=False,
    signers=("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ"), signer_variants=("THƯ KÝ", "CHỦ TỌA", "CHỦ TRÌ"),
    prefixes=SLASH_PREFIXES, title_size=(15, 16), summary_size=(14, 15), signer_size=(14, 14), position_bold=False,
    dash_rules=True,
)
YOUTH = Rules(
    name="youth", source=N_("HD 29"),
    margins_mm=STATE.margins_mm, margins_usual=(20, 20, 30, 20),
    title="ĐOÀN TNCS HỒ CHÍ MINH", title_keys=("doantncshochiminh", "doanthanhniencongsanhochiminh"),
    heading_size=(15, 15), parent_size=(14, 14), body_size=(14, 14),
    so=re.compile(rf"^Số: {NUMBER}-{PARTY_SYMBOL}$"), so_colon=True, so_join="-",
    so_example="Số: 04-BB/ĐTN", so_size=14, date_size=(14, 14), page_size=STATE.page_size, header_mm=None,
    line=STATE.line, noi_nhan=STATE.noi_nhan, noi_nhan_items=STATE.noi_nhan_items, luu_colon=True,
    signers=STATE.signers, signer_variants=STATE.signer_variants, prefixes=DOT_PREFIXES,
)
RULES = {r.name: r for r in (STATE, PARTY, YOUTH)}
PARTY_36 = replace(PARTY, source=N_("HD 36"), item_ends=(",", ";"))
"""HD 36-HD/VPTW (2018), in force until HD 05 of 27/5/2026: the same values (the-thuc §2.9), and its
own Nơi nhận items end with ","."""
PARTY_EITHER = replace(PARTY, source=N_("HD 05"), item_ends=(";", ","))
"""A Party document without a date: HD 36 or HD 05 may apply, so either ending of a Nơi nhận item is accepted."""
HD05_SINCE = (2026, 5, 27)
