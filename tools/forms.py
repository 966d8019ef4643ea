"""The rule tables of each document style, as data the template builder reads.

Every size, margin and fixed text below comes from ../shared/reference/the-thuc.md
(NĐ 30/2020 Phụ lục I and Mẫu 1.9 for ``state``; HD 05-HD/VPTW Phụ lục 2 for
``party``; HD 29-HD/TWĐTN-VP for ``youth``, state values where it is silent).
"""

from __future__ import annotations

from dataclasses import dataclass

from docxkit import ParaStyle


@dataclass(frozen=True)
class Form:
    """One style's layout: margins (top, bottom, left, right, mm), styles and fixed texts."""

    name: str
    margins_mm: tuple[float, float, float, float]
    header_widths_mm: list[float]
    signature_widths_mm: list[float]
    styles: tuple[ParaStyle, ...]
    title_right: tuple[str, ...]
    separator_left: str  # "" for a drawn rule, "*" (party) or "***" (youth)
    has_date_line: bool
    secretary_title: str
    chair_title: str
    ending: str  # "./." (state, youth) or "." (party)


BODY_LINE = 1.0  # state body: single line spacing (NĐ 30 allows single to 1.5)


def _state_styles() -> tuple[ParaStyle, ...]:
    body = dict(size=14, align="justify", first_indent_mm=10, before_pt=6)
    return (
        ParaStyle("CoQuanChuQuan", "Cơ quan chủ quản", 13),
        ParaStyle("CoQuanBanHanh", "Cơ quan ban hành", 13, bold=True),
        ParaStyle("SoKyHieu", "Số, ký hiệu", 13, before_pt=6),
        ParaStyle("QuocHieu", "Quốc hiệu", 13, bold=True),
        ParaStyle("TieuNgu", "Tiêu ngữ", 14, bold=True),
        ParaStyle("DiaDanhNgay", "Địa danh, ngày tháng", 14, italic=True, before_pt=6),
        ParaStyle("DuongKeNgan", "Đường kẻ ngắn", 1, before_pt=3, line_exact_pt=1, border_top=True),
        ParaStyle("DuongKeDai", "Đường kẻ dài", 1, before_pt=3, line_exact_pt=1, border_top=True),
        ParaStyle("TenLoai", "Tên loại văn bản", 14, bold=True, before_pt=24, keep_next=True),
        ParaStyle("TrichYeu", "Trích yếu", 14, bold=True, keep_next=True),
        ParaStyle("NoiDung", "Nội dung", **body),
        ParaStyle("MucNoiDung", "Mục nội dung", bold=True, keep_next=True, **body),
        ParaStyle("ChuKyChucVu", "Chức vụ người ký", 14, bold=True, before_pt=12),
        ParaStyle("ChuKyHoTen", "Họ tên người ký", 14, bold=True, before_pt=72),
        ParaStyle("NoiNhan", "Nơi nhận", 12, bold=True, italic=True, align="left", before_pt=18),
        ParaStyle("NoiNhanMuc", "Nơi nhận - mục", 11, align="left"),
        ParaStyle("SoTrang", "Số trang", 14),
        ParaStyle("BangTieuDe", "Bảng - tiêu đề", 13, bold=True, before_pt=3, after_pt=3),
        ParaStyle("BangChu", "Bảng - chữ", 13, align="left", before_pt=3, after_pt=3),
        ParaStyle("BangGiua", "Bảng - giữa", 13, before_pt=3, after_pt=3),
        ParaStyle("BangSo", "Bảng - số", 13, align="right", before_pt=3, after_pt=3),
        ParaStyle("LenhMau", "Lệnh mẫu", 9, align="left"),
    )


STATE = Form(
    name="state",
    margins_mm=(20, 20, 30, 15),
    header_widths_mm=[65, 100],
    signature_widths_mm=[60, 7.5, 97.5],
    styles=_state_styles(),
    title_right=("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    separator_left="",
    has_date_line=False,
    secretary_title="THƯ KÝ",
    chair_title="CHỦ TỌA",
    ending="./.",
)

FORMS = {form.name: form for form in (STATE,)}
