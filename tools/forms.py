"""The rule tables of each document style, as data the template builder reads.

Every size, margin and fixed text below comes from ../shared/reference/the-thuc.md:
NĐ 30/2020 Phụ lục I and Mẫu 1.9 for ``state``; HD 05-HD/VPTW Phụ lục 2 for
``party``; HD 29-HD/TWĐTN-VP (secondary sources) for ``youth``, which follows the
state values wherever the Đoàn guidance could not be confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from docxkit import ParaStyle


@dataclass(frozen=True)
class Form:
    """One style's layout and fixed texts."""

    name: str
    margins_mm: tuple[float, float, float, float]  # top, bottom, left, right
    styles: tuple[ParaStyle, ...]
    title_right: tuple[tuple[str, str], ...]  # (text, style id) lines of ô 1
    separator_left: str  # "" draws a rule under the issuing body; else this text ("*", "***")
    has_date_line: bool  # ô 4 in the header
    title_separator: str  # "" draws a rule under the trích yếu; else this text ("-----")
    secretary_title: str
    chair_title: str
    ending: str  # end mark of the content: "./." (NĐ 30) or "." (HD 05)
    kinh_gui_italic: bool = False  # HD 05: "Kính gửi:" in italics
    header_widths_mm: tuple[float, ...] = (72, 100)
    header_indent_mm: float = -7  # Mẫu 1.9 itself starts the header table in the left margin
    signature_widths_mm: tuple[float, ...] = (60, 7.5, 97.5)
    single_signature_widths_mm: tuple[float, ...] = (75, 90)


def _state_styles() -> tuple[ParaStyle, ...]:
    body = dict(size=14, align="justify", first_indent_mm=10, before_pt=6)
    cell = dict(before_pt=3, after_pt=3)
    rule = dict(before_pt=5, line_exact_pt=1, border_top=True)
    return (
        ParaStyle("CoQuanChuQuan", "Cơ quan chủ quản", 13),
        ParaStyle("CoQuanBanHanh", "Cơ quan ban hành", 13, bold=True),
        ParaStyle("DauSao", "Dấu sao", 14),
        ParaStyle("SoKyHieu", "Số, ký hiệu", 13, before_pt=6),
        ParaStyle("QuocHieu", "Quốc hiệu", 13, bold=True),
        ParaStyle("TieuNgu", "Tiêu ngữ", 14, bold=True),
        ParaStyle("TieuDe", "Tiêu đề", 15, bold=True),
        ParaStyle("DiaDanhNgay", "Địa danh, ngày tháng", 14, italic=True, before_pt=6),
        ParaStyle("DuongKeNgan", "Đường kẻ ngắn", 1, **rule),
        ParaStyle("DuongKeDai", "Đường kẻ dài", 1, **rule),
        ParaStyle("TenLoai", "Tên loại văn bản", 14, bold=True, before_pt=24, keep_next=True),
        ParaStyle("TrichYeu", "Trích yếu", 14, bold=True, keep_next=True),
        ParaStyle("GachNoi", "Gạch nối", 14, keep_next=True),
        ParaStyle("NoiDung", "Nội dung", **body),
        ParaStyle("MucNoiDung", "Mục nội dung", bold=True, keep_next=True, **body),
        ParaStyle("ChuKyQuyenHan", "Quyền hạn người ký", 14, bold=True, before_pt=12),
        ParaStyle("ChuKyChucVu", "Chức vụ người ký", 14, bold=True),
        ParaStyle("ChuKyChucVuDau", "Chức vụ người ký (dòng đầu)", 14, bold=True, before_pt=12),
        ParaStyle("ChuKyHoTen", "Họ tên người ký", 14, bold=True, before_pt=72),
        ParaStyle("KinhGui", "Kính gửi", 14, before_pt=12, after_pt=6),
        ParaStyle("NoiNhan", "Nơi nhận", 12, bold=True, italic=True, align="left", before_pt=18),
        ParaStyle("NoiNhanMuc", "Nơi nhận - mục", 11, align="left"),
        ParaStyle("SoTrang", "Số trang", 14),
        ParaStyle("BangTieuDe", "Bảng - tiêu đề", 13, bold=True, **cell),
        ParaStyle("BangChu", "Bảng - chữ", 13, align="left", **cell),
        ParaStyle("BangGiua", "Bảng - giữa", 13, **cell),
        ParaStyle("BangSo", "Bảng - số", 13, align="right", **cell),
        ParaStyle("LenhMau", "Lệnh mẫu", 9, align="left"),
        ParaStyle("TinTieuDe", "Tin - tiêu đề", 16, bold=True, align="left", after_pt=6),
        ParaStyle("TinDauBai", "Tin - đầu bài", 14, bold=True, align="justify", before_pt=6),
        ParaStyle("TinTacGia", "Tin - tác giả", 14, bold=True, italic=True, align="right", before_pt=12),
    )


def _override(styles: tuple[ParaStyle, ...], **changes: dict) -> tuple[ParaStyle, ...]:
    """Return ``styles`` with the fields in ``changes[style_id]`` replaced."""
    return tuple(replace(s, **changes.get(s.style_id, {})) for s in styles)


STATE = Form(
    name="state",
    margins_mm=(20, 20, 30, 15),
    styles=_state_styles(),
    title_right=(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QuocHieu"), ("Độc lập - Tự do - Hạnh phúc", "TieuNgu")),
    separator_left="",
    has_date_line=False,
    title_separator="",
    secretary_title="THƯ KÝ",
    chair_title="CHỦ TỌA",
    ending="./.",
)

# HD 05-HD/VPTW Phụ lục 2: cấp trên 14, cơ quan 14 đậm, Số 14, địa danh 14 nghiêng, tên loại
# 15-16 đậm, trích yếu 14-15 đậm, nội dung 14-15 with exact 18-22 pt lines and a 10 mm indent,
# "Nơi nhận" 14 underlined, its items 12; margins exactly 20/20/30/15 mm.
PARTY = replace(
    STATE,
    name="party",
    styles=_override(
        _state_styles(),
        CoQuanChuQuan={"size": 14}, CoQuanBanHanh={"size": 14}, SoKyHieu={"size": 14},
        TenLoai={"size": 16}, TrichYeu={"size": 15},
        NoiDung={"line_exact_pt": 20}, MucNoiDung={"line_exact_pt": 20},
        NoiNhan={"size": 14, "bold": False, "italic": False, "underline": True},
        NoiNhanMuc={"size": 12},
        ChuKyChucVu={"bold": False},  # HD 05: chức vụ người ký in hoa, đứng, not bold
        ChuKyChucVuDau={"bold": False},
    ),
    header_widths_mm=(78, 94),
    title_right=(("ĐẢNG CỘNG SẢN VIỆT NAM", "TieuDe"),),
    separator_left="*",
    has_date_line=True,
    title_separator="-----",
    kinh_gui_italic=True,
    secretary_title="NGƯỜI GHI BIÊN BẢN",
    chair_title="CHỦ TRÌ HỘI NGHỊ",
    ending=".",
)

# HD 29-HD/TWĐTN-VP as summarised by secondary sources: tiêu đề 15 đậm with a rule, cấp trên 14,
# cơ quan 14 đậm, "***", "Số: 04-BB/ĐTN", the date line on the right, right margin 20 mm.
# Body, title and signatures are not confirmed and follow NĐ 30.
YOUTH = replace(
    STATE,
    name="youth",
    margins_mm=(20, 20, 30, 20),
    styles=_override(
        _state_styles(),
        CoQuanChuQuan={"size": 14}, CoQuanBanHanh={"size": 14}, SoKyHieu={"size": 14},
    ),
    header_widths_mm=(76, 91),
    signature_widths_mm=(60, 7.5, 92.5),
    single_signature_widths_mm=(75, 85),
    title_right=(("ĐOÀN TNCS HỒ CHÍ MINH", "TieuDe"),),
    separator_left="***",
    has_date_line=True,
)

FORMS = {form.name: form for form in (STATE, PARTY, YOUTH)}
