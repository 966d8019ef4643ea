"""Checks of the end of a document: the Nơi nhận list and the signature blocks."""

from __future__ import annotations

import re

from minutes.i18n import _
from minutes.lint.common import finding, pt
from minutes.lint.model import Doc, Finding, Para, key, shorten
from minutes.lint.tables import DOT_PREFIXES, Rules

# --- Nơi nhận -----------------------------------------------------------------------

NOTE = re.compile(r"^(.*?[;,])(?:\s{2,}|\t)(?!.*[;,.]$).+$")
"""An item with a note set beside it ("- Cổng thông tin điện tử Chính phủ;      Để đăng dự thảo"):
the item ends where the note begins (a note does not end like an item: "xã,  phường;" is one item)."""
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
BULLETS = "•·▪◦●○■□➢✓"  # automatic bullets; Symbol/Wingdings glyphs are U+F000-F0FF


def check_noi_nhan(doc: Doc, rules: Rules) -> list[Finding]:
    """The "Nơi nhận:" label and its list: "- …;" lines, the last one "- Lưu…"."""
    labels = [p for p in doc.after_header() if not p.tag and p.clean and key(p.clean.split("\n")[0]) == "noinhan"]
    if not labels:
        return [] if doc.has_tags else [finding("noi-nhan", _("không thấy mục “Nơi nhận:” dưới chữ ký"),
                                                severity="warning", where=_("cuối văn bản"))]
    label = labels[0]
    out = _label(label, rules)
    items = _items(doc, label)
    if items is None:  # template: the list is a loop
        return out
    if not items:
        return out + [finding("noi-nhan", _("“Nơi nhận:” chưa có dòng nào; ghi các nơi nhận và dòng cuối “- Lưu…”"),
                              label)]
    for i, (p, line) in enumerate(items):
        out.extend(_item(p, line, last=i == len(items) - 1, rules=rules))
    sizes = {f.size for p, line in items if (f := _line_span(p, line)) is not None}
    if sizes and sizes != {rules.noi_nhan_items}:
        out.append(finding("noi-nhan", _("danh sách nơi nhận cỡ {value}; {source}: {pt}").format(
            value=', '.join(pt(s) for s in sorted(sizes)), source=_(rules.source),
            pt=pt(rules.noi_nhan_items)), items[0][0], severity="warning"))
    return out


def _line_span(p: Para, line: str):
    """Return the format of one line of a paragraph (an item may share the label's paragraph)."""
    text = line.split(" ", 1)[-1] if p.marker and line.startswith(p.marker) else line
    start = p.text.replace("\n", " ").find(text)  # a wrapped item: its lines joined by a space
    return p.span(start, start + len(text)) if start >= 0 else p.span()


def _label(p: Para, rules: Rules) -> list[Finding]:
    line = p.clean.split("\n")[0].strip()
    out = []
    if not line.startswith("Nơi nhận:"):
        out.append(finding("noi-nhan", _("ghi đúng “Nơi nhận:” (chữ thường, có dấu hai chấm) thay cho "
                                         "“{line}”").format(line=line), p))
    size, bold, italic, underline = rules.noi_nhan
    fmt = p.span(0, len(line))
    if fmt is None:
        return out
    problems = [] if abs(fmt.size - size) < 0.01 else [_("cỡ {pt}").format(pt=pt(fmt.size))]
    problems += [_("chưa in đậm")] if bold and not fmt.bold else []
    problems += [_("chưa in nghiêng")] if italic and not fmt.italic else []
    problems += [_("không in nghiêng")] if not italic and fmt.italic else []
    words = p.span(0, len(line.rstrip(": ")))
    problems += [_("chưa gạch chân")] if underline and words is not None and not words.underline else []
    if problems:
        wanted = ", ".join(w for w, on in ((_("in đậm"), bold), (_("nghiêng"), italic),
                                           (_("gạch chân"), underline)) if on)
        out.append(finding("noi-nhan", _("“Nơi nhận:” {problems}; {source}: {pt}, {wanted}").format(
            problems=', '.join(problems), source=_(rules.source), pt=pt(size), wanted=wanted), p))
    return out


def _items(doc: Doc, label: Para) -> list[tuple[Para, str]] | None:
    """Return the list lines under the label: (paragraph, text with its bullet); None in a template."""
    items: list[tuple[Para, str]] = []
    _add(items, label, [line.strip() for line in label.clean.split("\n")[1:] if line.strip()])
    for p in doc.paras[doc.paras.index(label) + 1:]:
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
        _add(items, p, [prefix + line.strip() for line in p.clean.split("\n") if line.strip()])
    return items


def _add(items: list, p: Para, lines: list[str]) -> None:
    """Append the lines of ``p`` as items; a line going on with the item before joins it."""
    for line in lines:
        if items and _continues(items[-1][1], line):  # an item wrapped onto a second line
            items[-1] = (items[-1][0], f"{items[-1][1]} {line}")
        else:
            items.append((p, line))


def _continues(item: str, line: str) -> bool:
    """True when ``line`` goes on with ``item``: the item starts with a dash but has not ended
    (no “;”, “,” or “.”), and the line starts with no dash or bullet of its own."""
    starts = ("-", "+", *DASHES, *BULLETS)
    return item.startswith(starts) and not item.rstrip().endswith((";", ",", ".")) and not line.startswith(starts) \
        and not ("\uf000" <= line[:1] <= "\uf0ff")


def _item(p: Para, line: str, last: bool, rules: Rules) -> list[Finding]:
    out = []
    if line[:1] in DASHES:
        out.append(finding("noi-nhan", _("dòng nơi nhận bắt đầu bằng “{line}”; dùng dấu gạch nối “- ”").format(
            line=line[0]), p))
    elif line[:1] in BULLETS or "\uf000" <= line[:1] <= "\uf0ff":
        out.append(finding("noi-nhan", _("dòng nơi nhận bắt đầu bằng dấu đầu dòng “•”; dùng dấu gạch nối “- ”: "
                                         "Trang đầu → Dấu đầu dòng → Xác định dấu đầu dòng mới → “-”, "
                                         "hoặc gõ “- ”"), p))
    elif not line.startswith("- "):
        out.append(finding("noi-nhan", _("mỗi dòng nơi nhận bắt đầu bằng “- ” (gạch nối và một dấu cách)"), p))
    body = line.lstrip("-" + DASHES + BULLETS + " ").lstrip("".join(map(chr, range(0xF000, 0xF100)))).strip()
    body = NOTE.sub(r"\1", body)
    if not last and not body.endswith(rules.item_ends):
        ends = _(" hoặc ").join(f"“{e}”" for e in rules.item_ends)
        name = _("dấu chấm phẩy “;”") if rules.item_ends == (";",) else ends
        out.append(finding("noi-nhan", _("dòng nơi nhận phải kết thúc bằng {name}").format(name=name) + (
            _(" (HD 36 dùng “,”; từ HD 05 ngày 27/5/2026 là “;”)")
            if rules.name == "party" and "," not in rules.item_ends else ""), p))
    if last:
        out.extend(_luu(p, body, rules))
    return out


def _luu(p: Para, body: str, rules: Rules) -> list[Finding]:
    example = "- Lưu: VT, Hồ sơ." if rules.luu_colon else "- Lưu Văn phòng."
    if not body.startswith("Lưu"):
        return [finding("noi-nhan", _("dòng cuối của nơi nhận phải là “{example}”").format(example=example), p)]
    out = [] if body.endswith(".") else [finding(
        "noi-nhan", _("dòng cuối “- {shorten}” còn thiếu dấu chấm “.” ở cuối; thêm dấu chấm: “{example}”").format(
            shorten=shorten(body, 30), example=example), p)]
    colon = body[3:].lstrip().startswith(":")
    if rules.luu_colon and not colon:
        out.append(finding("noi-nhan", _("viết “Lưu:” có dấu hai chấm, ví dụ “{example}”").format(example=example), p))
    elif not rules.luu_colon and colon:
        out.append(finding("noi-nhan", _("HD 05 viết “Lưu” không có dấu hai chấm, ví dụ “{example}”").format(
            example=example), p,
                           severity="warning"))
    return out


# --- signatures ---------------------------------------------------------------------

PREFIX = re.compile(r"^(T\s*[/.]\s*M|K\s*[/.]\s*T|T\s*[/.]\s*L|TUQ|TM|KT|TL|Q)(\.?)(\s*)(\S.*)$")


def check_signature(doc: Doc, rules: Rules) -> list[Finding]:
    """Authority prefixes of the style's form (a biên bản's two titles: :func:`check_bien_ban_titles`)."""
    segments = [(p, t, s, e) for p in doc.after_header() if p.clean and not p.tag for t, s, e in p.segments()
                if t == t.upper() and any(c.isalpha() for c in t) and len(t) <= 80]
    out = [f for p, t, _, _ in segments for f in _prefix(p, t, rules)]
    if (rules.name == "party" and not doc.is_bien_ban and not doc.has_tags
            and not any(PREFIX.match(t) for _, t, _, _ in segments)):
        out.append(finding("signature", _("văn bản của cấp ủy ký thay mặt tập thể: dòng quyền hạn “T/M ĐẢNG ỦY” "
                                          "(T/M CHI BỘ, T/M BAN THƯỜNG VỤ) trên dòng chức vụ (HD 05, mục 7); bỏ qua "
                                          "nếu người ký ký theo chức vụ của mình"), severity="warning",
                           where=_("cuối văn bản")))
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
        return [finding("signature", _("{source} không dùng “{written}{dot}”; ký thừa lệnh ghi “T/L”").format(
            source=_(rules.source), written=written, dot=dot), p)]
    if re.sub(r"\s", "", written) + dot == correct and space == " ":
        return []
    form = _("có dấu chấm (TM., KT., TL., TUQ., Q.)") if rules.prefixes is DOT_PREFIXES else _("dạng T/M, K/T, T/L")
    return [finding("signature", _("quyền hạn ký viết “{written}{dot}”; {source}: {form}, sau đó một dấu "
                                   "cách: sửa thành “{correct} {rest}”").format(
        written=written, dot=dot, source=_(rules.source), form=form, correct=correct, rest=rest), p)]


MEETING = re.compile(r"\b(?:họp|hội nghị|hội thảo|chủ trì|chủ tọa|chủ toạ|thư ký)\b", re.IGNORECASE)


def check_bien_ban_titles(doc: Doc, rules: Rules) -> list[Finding]:
    """The two signature titles of a meeting's biên bản, bold, the secretary left and the chair right."""
    if not is_meeting(doc):
        return []
    segments = [(p, t, s, e) for p in doc.after_header() if p.clean and not p.tag for t, s, e in p.segments()
                if t == t.upper() and any(c.isalpha() for c in t) and len(t) <= 80]
    lower = [(p, t, s, e) for p in doc.after_header() if p.clean and not p.tag for t, s, e in p.segments()
             if t != t.upper() and len(t) <= 40]
    return _titles(doc, segments, rules, lower)


def is_meeting(doc: Doc) -> bool:
    """True for the biên bản of a meeting (Mẫu 1.9), not of a nghiệm thu or a handover: its title
    or body names a meeting, a chair or a secretary."""
    return any(MEETING.search(p.text) for p in doc.after_header()[:40])


def _same_title(text: str, title: str) -> bool:
    """“THƯ KÝ CUỘC HỌP” and “THƯ KÝ HỘI NGHỊ” are the title “THƯ KÝ”."""
    return key(text) in {key(title), key(title + " cuộc họp"), key(title + " hội nghị")}


def _beside(placed: list, segments) -> tuple | None:
    """The first capital segment of the other signature block beside one already placed: the other
    cell of the same table row ("T/M CHI BỘ" beside "THƯ KÝ"), or the next segment of a tabbed line."""
    for p, _t, start, _e in placed:
        for x in segments:
            q, _text, qstart, _qe = x
            if any(x[0] is y[0] and x[2] == y[2] for y in placed):
                continue
            if p.row is not None and q.row is p.row and q.col != p.col:
                return x
            if q is p and qstart > start:
                return x
    return None


def _titles(doc: Doc, segments, rules: Rules, lower=()) -> list[Finding]:
    found, out = [], []
    used: list = []  # the variants already named for one title ("THƯ KÝ" for "NGƯỜI GHI BIÊN BẢN")
    for title in rules.signers:
        hits = [x for x in segments if _same_title(x[1], title)]
        typed = [x for x in lower if _same_title(x[1], title)] if not hits else []
        if typed:  # the title is there, but not in capitals: say so, never "not found"
            p, text, start, end = typed[-1]
            found.append(typed[-1])
            out.append(finding("signature", _("chức danh ký “{text}” viết chữ thường; {source} viết in hoa, "
                                              "in đậm: “{title}”").format(
                text=text, source=_(rules.source), title=title), p))
            continue
        if hits:
            p, _t, start, end = hits[0]
            found.append(hits[0])
            fmt = p.span(start, end)
            if fmt is not None and not fmt.bold:
                out.append(finding("signature", _("chức danh “{title}” chưa in đậm").format(title=title), p))
            continue
        other = [x for x in segments if any(_same_title(x[1], v) for v in rules.signer_variants)
                 and x not in found and x not in used]
        beside = None if other else _beside(found + used, segments)
        if other:
            used.append(other[0])
            out.append(finding("signature", _("biên bản ghi “{other}”; mẫu biên bản của {source} ghi "
                                              "“{title}”").format(
                other=other[0][1], source=_(rules.source), title=title), other[0][0], severity="warning"))
        elif beside is not None:  # a leader's own title ("CHỦ TỊCH HỘI ĐỒNG", "T/M CHI BỘ") where the form has its own
            used.append(beside)
            out.append(finding("signature", _("khối chữ ký bên cạnh ghi “{beside}”; mẫu biên bản của "
                                              "{source} ghi “{title}”").format(
                beside=beside[1], source=_(rules.source), title=title), beside[0], severity="warning"))
        else:
            out.append(finding("signature", _("không thấy chức danh ký “{title}” của biên bản ({source}: "
                                              "“{signers}” bên trái, “{signers2}” bên phải)").format(
                title=title, source=_(rules.source), signers=rules.signers[0],
                signers2=rules.signers[1]), where=_("cuối văn bản")))
    if len(found) == 2:
        (lp, _lt, ls, _le), (rp, _rt, rs, _re) = found
        swapped = (lp.row is not None and lp.row is rp.row and lp.col > rp.col) or (lp is rp and ls > rs)
        if swapped:
            out.append(finding("signature", _("“{signers}” ký bên phải, “{signers2}” bên trái; đổi chỗ hai "
                                              "khối chữ ký").format(
                signers=rules.signers[1], signers2=rules.signers[0]), rp))
    return out
