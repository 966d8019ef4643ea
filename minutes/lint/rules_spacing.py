"""Check of line spacing: exact spacing that clips Vietnamese marks, body spacing of the style."""

from __future__ import annotations

from minutes.i18n import _
from minutes.lint.common import finding, in_range, pt, span_text, vn_decimal
from minutes.lint.model import Doc, Finding, Para
from minutes.lint.tables import CLIP_RATIO, SAFE_RATIO, Rules

# --- line spacing -------------------------------------------------------------------


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
    multiples: dict[L | None, float] = {L.SINGLE: 1.0, L.ONE_POINT_FIVE: 1.5, L.DOUBLE: 2.0}
    multiple = multiples.get(rule, value)
    return "auto", float(multiple if multiple is not None else 1.0)


def _describe(kind: str, value: float) -> str:
    if kind == "auto":
        return vn_decimal(value) + _(" dòng")
    return (_("chính xác ") if kind == "exact" else _("tối thiểu ")) + pt(round(value, 1))


def check_line_spacing(doc: Doc, rules: Rules) -> list[Finding]:
    """Exact spacing that cuts off diacritics (error); body spacing outside the style's range (warning)."""
    out: list[Finding] = []
    body: dict[str, list[Para]] = {}  # how the spacing reads -> the body paragraphs spaced so
    for p in doc.paras + doc.page_paras:
        visible = [r for r in p.runs if r.text.strip()]
        if not visible or p.control:
            continue
        size = max(r.size for r in visible)
        kind, value = _spacing(p, doc.defaults)
        if kind == "exact" and value < CLIP_RATIO * size - 0.05:
            need = -(-SAFE_RATIO * size // 1)
            out.append(finding("line-spacing", _("giãn dòng chính xác {pt} cho chữ {pt2} làm mất dấu tiếng "
                                                 "Việt; đặt tối thiểu {pt3} hoặc “Một dòng”: Đoạn → Giãn "
                                                 "dòng").format(
                pt=pt(round(value, 1)), pt2=pt(size), pt3=pt(need)), p))
            continue
        if _is_body(doc, p) and not _body_ok(rules, kind, value, size):
            body.setdefault(_describe(kind, value), []).append(p)
    for described, paras in body.items():
        wanted = (_("từ một dòng đến 1,5 dòng") if rules.line[0] == "auto"
                  else _("chính xác {span_text}").format(span_text=span_text(rules.line[1:])))
        out.append(finding("line-spacing", _("{count} đoạn nội dung giãn dòng {described}; {source}: "
                                             "{wanted}: Đoạn → Giãn dòng").format(
            count=len(paras), described=described, source=_(rules.source), wanted=wanted), paras[0],
            severity="warning"))
    return out


def _is_body(doc: Doc, p: Para) -> bool:
    """True for a paragraph of the content: after the tên loại, before Nơi nhận, not in a table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    after_title = doc.title is None or p.index > doc.title.index
    closing = doc.closing_index()
    return (p.zone == "body" and not p.header and p.tc is None and after_title and p.index < closing
            and p.fmt.alignment != WD_ALIGN_PARAGRAPH.CENTER)


def _body_ok(rules: Rules, kind: str, value: float, size: float) -> bool:
    wanted, lo, hi = rules.line
    if wanted == "exact":
        return kind == "exact" and in_range(value, (lo, hi))
    if kind == "auto":
        return in_range(value, (lo, hi))
    return kind == "atLeast" or size - 0.05 <= value <= hi * SAFE_RATIO * size + 0.05
