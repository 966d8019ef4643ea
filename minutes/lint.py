"""``minutes lint``: check a .docx against the thể thức rules of its style.

:func:`lint_document` opens any .docx (ours or one typed by hand in Word) and
returns :class:`Finding` objects: paper and margins, fonts, the header elements
(found by their text and position, never by our style ids), Số and ký hiệu,
the zero rule of dates, page numbers, line spacing, Nơi nhận and signatures.
The rule tables and the checks live in :mod:`minutes.lint_rules`; this module
reads the document into a small model the checks share, and formats reports.

Template text: a paragraph holding a docxtpl tag (``{{``, ``{%`` or ``{#``) has
no final text yet, so the text checks (Số, dates, Nơi nhận items, signer
prefixes, body names) skip it, and a document holding any tag is not blamed for
elements that are missing (they come from the outline). Its formatting (fonts,
sizes, spacing, page set-up) is checked as usual.

API for the command line: :func:`lint_files` (or :func:`lint_document` for one
file), then :func:`format_report` or :func:`to_json`, and :func:`has_errors` for
the exit status. :data:`minutes.lint_rules.RULES_HELP` describes every rule id.

python-docx is imported inside the functions: ``minutes --help`` never loads it.
"""

from __future__ import annotations

import io
import json
import os
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from minutes.errors import MinutesError, display_name

OFFICIAL_KEYS = {"conghoaxahoichunghiavietnam", "doclaptudohanhphuc", "dangcongsanvietnam",
                 "doantncshochiminh", "doanthanhniencongsanhochiminh"}
STYLE_NAMES = {"state": "nhà nước (NĐ 30/2020)", "party": "Đảng (HD 05-HD/VPTW)", "youth": "Đoàn (HD 29-HD/TWĐTN-VP)"}
TAG = re.compile(r"\{\{|\{%|\{#")
CONTROL = re.compile(r"^\{%-?[ptrc]*\s.*%\}$")
SEPARATOR = re.compile(r"[\t\n\r\v]+| {8,}")
QUOTE_LENGTH = 80
MAX_PER_RULE = 8


class LintInputError(MinutesError):
    """Raised when a file given to lint cannot be opened as a .docx."""


@dataclass(frozen=True)
class Finding:
    """One deviation from the rules: what, how bad, the fix, the text and where it is."""

    rule: str  # short id, e.g. "margins"
    severity: str  # "error" | "warning"
    message: str  # Vietnamese: what is wrong and how to fix it
    quote: str = ""  # the offending paragraph's text, shortened
    where: str = ""  # "trang 1, đầu văn bản" / "đoạn 12" / "tiêu đề trang"


@dataclass
class RunFmt:
    """One run's display text, its offsets in the paragraph and its effective format."""

    text: str
    start: int
    end: int
    size: float
    bold: bool
    italic: bool
    underline: bool
    fonts: dict[str, str]
    themes: tuple[str, ...]


@dataclass
class Para:
    """A paragraph as the checks see it: display text, runs, format and position."""

    index: int
    text: str
    runs: list[RunFmt]
    fmt: object  # minutes.docxread.Format
    element: object  # the w:p element
    tc: object = None  # the w:tc holding it, or None
    row: object = None  # the w:tr holding it, or None
    col: int = 0  # column of its cell
    zone: str = "body"  # "body" or "page" (page header/footer)
    marker: str = ""  # bullet text of an automatic list ("-", "•"), "" when none
    header: bool = False  # inside the header block (before the tên loại)

    @property
    def tag(self) -> bool:
        """True when the paragraph holds a docxtpl tag."""
        return bool(TAG.search(self.text))

    @property
    def control(self) -> bool:
        """True for a docxtpl control paragraph (``{%p if … %}``): rendering removes it."""
        return bool(CONTROL.match(self.clean))

    @property
    def clean(self) -> str:
        """Return the text with no-break spaces as spaces, stripped."""
        return self.text.replace("\u00a0", " ").strip()

    def segments(self) -> list[tuple[str, int, int]]:
        """Return the parts of the text set apart by tabs, line breaks or long space runs."""
        out, pos = [], 0
        for piece in SEPARATOR.split(self.text) + [""]:
            start = self.text.find(piece, pos) if piece else pos
            stripped = piece.replace("\u00a0", " ").strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip(" \u00a0"))
                out.append((stripped, start + lead, start + lead + len(stripped)))
            pos = start + len(piece)
        return out

    def span(self, start: int = 0, end: int | None = None) -> RunFmt | None:
        """Return the combined format of the visible runs in [start, end): sizes as the largest,
        bold/italic/underline only when every run has it; None when there is no visible run."""
        end = len(self.text) if end is None else end
        runs = [r for r in self.runs if r.start < end and r.end > start and r.text.strip()]
        if not runs:
            return None
        return RunFmt("", start, end, max(r.size for r in runs), all(r.bold for r in runs),
                      all(r.italic for r in runs), all(r.underline for r in runs), {}, ())

    @property
    def where(self) -> str:
        """Return where the paragraph is, in words a secretary can follow."""
        if self.zone == "page":
            return "tiêu đề trang"
        if self.header:
            return "trang 1, đầu văn bản"
        return f"đoạn {self.index}" + (" (trong bảng)" if self.tc is not None else "")

    @property
    def quote(self) -> str:
        """Return the text shortened for a report."""
        return shorten(self.clean)


@dataclass
class Doc:
    """The document as the checks see it."""

    document: object
    style: str
    paras: list[Para]
    page_paras: list[Para]
    defaults: dict = field(default_factory=dict)
    title: Para | None = None

    @property
    def has_tags(self) -> bool:
        """True for a template: some paragraph holds a docxtpl tag."""
        return any(p.tag for p in self.paras)

    @property
    def has_text(self) -> bool:
        """True when the body holds any visible text."""
        return any(p.clean for p in self.paras)

    @property
    def is_bien_ban(self) -> bool:
        """True when the tên loại is BIÊN BẢN."""
        return self.title is not None and key(self.title.clean).startswith("bienban")

    @property
    def is_official(self) -> bool:
        """True when the document shows the frame of a văn bản: a tên loại, a national or
        organisation title, or a Số line near the top. A news item or a letter has none."""
        if self.title is not None:
            return True
        top = [s for p in self.paras[:40] if not p.tag for s, _, _ in p.segments()]
        return any(key(s) in OFFICIAL_KEYS or re.match(r"^Số\s*:?\s*[\d .…]*[/-]", s) for s in top)

    def header_paras(self) -> list[Para]:
        """Return the paragraphs of the header block that carry final text."""
        return [p for p in self.paras if p.header and p.clean and not p.tag]

    def after_header(self) -> list[Para]:
        """Return the paragraphs after the header block."""
        return [p for p in self.paras if not p.header]


def shorten(text: str, limit: int = QUOTE_LENGTH) -> str:
    """Return ``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def key(text: str) -> str:
    """Return ``text`` without diacritics, case, spaces or punctuation: the matching key."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum())


def lint_document(path_or_bytes, style: str | None = None) -> list[Finding]:
    """Return the findings for one .docx given as a path, bytes or a binary file.

    ``style`` is "state", "party" or "youth"; None detects it from the text
    ("ĐẢNG CỘNG SẢN VIỆT NAM" -> party, "ĐOÀN TNCS HỒ CHÍ MINH" -> youth, else
    state). Raises :class:`LintInputError` when the file is not a readable .docx.
    """
    from minutes import lint_rules

    _check_style(style)
    doc = read_document(path_or_bytes, style)
    findings: list[Finding] = []
    for check in lint_rules.checks_for(doc):
        try:
            findings.extend(check(doc, lint_rules.RULES[doc.style]))
        except Exception as exc:  # a check must never stop the others  # noqa: BLE001
            findings.append(Finding("lint-internal", "warning",
                                    f"không kiểm tra được ({check.__name__}): {type(exc).__name__}: {exc}"))
    return cap(findings)


def lint_files(paths, style: str | None = None) -> dict[str, list[Finding]]:
    """Lint each of ``paths`` ("-" reads standard input); return {display name: findings}.

    A file that cannot be read gives one "unreadable" error instead of stopping the
    others, so ``minutes lint *.docx`` reports every file.
    """
    import sys

    _check_style(style)
    out: dict[str, list[Finding]] = {}
    for path in paths:
        name = display_name(path)
        try:
            out[name] = lint_document(sys.stdin.buffer if str(path) == "-" else path, style)
        except LintInputError as exc:
            out[name] = [Finding("unreadable", "error", str(exc).removeprefix(f"{name}: "), "", "toàn tệp")]
    return out


def _check_style(style: str | None) -> None:
    if style is not None and style not in STYLE_NAMES:
        raise LintInputError(f"kiểu thể thức không hợp lệ: {style} (chọn state, party hoặc youth)")


def cap(findings: list[Finding], limit: int = MAX_PER_RULE) -> list[Finding]:
    """Keep the first ``limit`` findings of each rule; summarise the rest in one finding."""
    kept, seen, extra = [], {}, {}
    for f in findings:
        seen[f.rule] = seen.get(f.rule, 0) + 1
        if seen[f.rule] <= limit:
            kept.append(f)
        else:
            extra.setdefault(f.rule, []).append(f)
    for rule, rest in extra.items():
        severity = "error" if any(f.severity == "error" for f in rest) else "warning"
        kept.append(Finding(rule, severity, f"còn {len(rest)} chỗ tương tự không liệt kê; sửa như các chỗ trên",
                            "", "nhiều đoạn"))
    return kept


def detect_style(doc: Doc) -> str:
    """Return "party", "youth" or "state" from the title lines at the top of ``doc``."""
    keys = {key(s) for p in doc.paras[:40] for s, _, _ in p.segments()}
    if "dangcongsanvietnam" in keys:
        return "party"
    if keys & {"doantncshochiminh", "doanthanhniencongsanhochiminh"}:
        return "youth"
    return "state"


def _open(path_or_bytes):
    """Return (python-docx Document, display name) or raise :class:`LintInputError`."""
    import docx

    if isinstance(path_or_bytes, (bytes, bytearray)):
        data, name = bytes(path_or_bytes), "<bytes>"
    elif hasattr(path_or_bytes, "read"):
        data, name = path_or_bytes.read(), getattr(path_or_bytes, "name", "<stdin>")
    else:
        name = display_name(path_or_bytes)
        try:
            with open(os.fspath(path_or_bytes), "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise LintInputError(f"{name}: không đọc được tệp ({exc.strerror or exc})") from exc
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise LintInputError(f"{name}: đây là tệp .doc (Word 97-2003); hãy mở bằng Word và lưu lại dạng .docx")
    try:
        return docx.Document(io.BytesIO(data)), name
    except Exception as exc:  # zip, XML or package errors all mean "not a .docx"  # noqa: BLE001
        raise LintInputError(f"{name}: không phải tệp .docx đọc được ({type(exc).__name__}: {exc})") from exc


def read_document(path_or_bytes, style: str | None = None) -> Doc:
    """Open a .docx and return the :class:`Doc` model the checks read."""
    document, _name = _open(path_or_bytes)
    doc = build(document)
    doc.style = style or detect_style(doc)
    return doc


# --- reading: paragraphs, runs and their effective format -------------------------------

TITLES = {key(t) for t in (
    "BIÊN BẢN", "THÔNG BÁO", "BÁO CÁO", "GIẤY MỜI", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "KẾT LUẬN",
    "QUY CHẾ", "QUY ĐỊNH", "THÔNG CÁO", "THÔNG TRI", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "KẾ HOẠCH",
    "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN", "TỜ TRÌNH", "HỢP ĐỒNG", "CÔNG ĐIỆN", "BẢN GHI NHỚ",
    "BẢN THỎA THUẬN", "GIẤY ỦY QUYỀN", "GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP", "PHIẾU GỬI",
    "PHIẾU CHUYỂN", "PHIẾU BÁO", "CÔNG VĂN", "ĐỀ CƯƠNG", "DIỄN VĂN")}


def build(document) -> Doc:
    """Return the :class:`Doc` of a python-docx ``document`` (style left to the caller)."""
    reader = _Reader(document)
    paras = [reader.safe_para(i, p) for i, p in enumerate(_body_paragraphs(document.element.body), 1)]
    try:
        page = [reader.safe_para(0, p, zone="page") for p in _page_paragraphs(document)]
    except Exception:  # a broken header reference: no page paragraphs to check  # noqa: BLE001
        page = []
    doc = Doc(document, "state", paras, page, reader.defaults)
    _mark_header(doc)
    return doc


def _body_paragraphs(body):
    """Yield every w:p of ``body`` in document order, text boxes included, once each."""
    from docx.oxml.ns import qn

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    for p in body.iter(qn("w:p")):
        if not any(a.tag == fallback for a in p.iterancestors()):
            yield p


def _page_paragraphs(document):
    """Yield the w:p of every header and footer part the sections use."""
    seen: list = []
    for section in document.sections:
        for hf in (section.header, section.first_page_header, section.even_page_header,
                   section.footer, section.first_page_footer, section.even_page_footer):
            if hf.is_linked_to_previous:
                continue
            element = hf._element
            if not any(element is e for e in seen):
                seen.append(element)
                yield from _body_paragraphs(element)


def _mark_header(doc: Doc) -> None:
    """Find the tên loại and mark the paragraphs above it as the header block.

    The tên loại is an upper-case paragraph outside tables that names a document type
    ("BIÊN BẢN", "THÔNG BÁO"…; "BIÊN BẢN HỌP …" on one line counts too).
    Without a tên loại (công văn, or a document we cannot read), the header block
    is the first table when the document starts with one, else the first 8 paragraphs.
    """
    for p in doc.paras[:60]:
        if p.tc is None and p.clean and p.clean == p.clean.upper() and (
                key(p.clean) in TITLES or (key(p.clean).startswith("bienban") and len(p.clean) <= 60)):
            doc.title = p
            break
    if doc.title is not None:
        end = doc.title.index - 1
    else:
        first = doc.paras[0].row if doc.paras else None
        table = first.getparent() if first is not None else None
        end = max((p.index for p in doc.paras if p.row is not None and p.row.getparent() is table),
                  default=8) if table is not None else 8
    for p in doc.paras[:end]:
        p.header = True


class _Reader:
    """Resolve run formats through character and paragraph styles and the document defaults."""

    def __init__(self, document):
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml.ns import qn

        self.document = document
        self.styles = {s.style_id: s for s in document.styles}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_para = default.style_id if default is not None else None
        self.defaults = _defaults(document.styles.element, qn)
        try:
            self.numbering = document.part.numbering_part.element
        except Exception:  # no numbering part  # noqa: BLE001
            self.numbering = None

    def chain(self, style_id):
        """Return the style of ``style_id`` and its bases, nearest first."""
        out, style = [], self.styles.get(style_id)
        while style is not None and style not in out:
            out.append(style)
            style = style.base_style
        return out

    def safe_para(self, index: int, p, zone: str = "body") -> Para:
        """Return :meth:`para`, or the bare text of ``p`` when its formatting cannot be read."""
        from docx.oxml.ns import qn

        from minutes.docxread import Format

        try:
            return self.para(index, p, zone)
        except Exception:  # an invalid value in the XML: keep the text, default the format  # noqa: BLE001
            text = unicodedata.normalize("NFC", "".join(t.text or "" for t in p.iter(qn("w:t"))))
            fmt = Format(text, None, False, False, False, None, 0.0, 0.0, 0.0, None, None, "")
            size = self.defaults["size"]
            run = RunFmt(text, 0, len(text), size, False, False, False, {}, ())
            return Para(index, text, [run], fmt, p, zone=zone)

    def para(self, index: int, p, zone: str = "body") -> Para:
        """Return the :class:`Para` of the w:p element ``p``."""
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph

        from minutes.docxread import effective

        paragraph = Paragraph(p, self.document._body)
        ppr = p.pPr
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else self.default_para
        chain = self.chain(style_id)
        runs, pos = [], 0
        for r in _own_runs(p, qn):
            text, *fmt = self.run(r, paragraph, chain)
            text = unicodedata.normalize("NFC", text)
            runs.append(RunFmt(text, pos, pos + len(text), *fmt))
            pos += len(text)
        tc = next(p.iterancestors(qn("w:tc")), None)
        row = tc.getparent() if tc is not None else None
        col = list(row.iterchildren(qn("w:tc"))).index(tc) if row is not None else 0
        text = "".join(r.text for r in runs)
        return Para(index, text, runs, effective(paragraph, self.document), p, tc, row, col, zone,
                    self.marker(ppr, chain, qn))

    def run(self, r, paragraph, chain) -> tuple:
        """Return (display text, size, bold, italic, underline, fonts, theme attributes) of run ``r``."""
        from docx.text.run import Run

        run = Run(r, paragraph)
        rpr = r.rPr
        char = self.chain(rpr.rStyle.val) if rpr is not None and rpr.rStyle is not None else []
        fonts = [run.font, *(s.font for s in char), *(s.font for s in chain)]

        def resolve(name, default):
            return next((v for v in (getattr(f, name) for f in fonts) if v is not None), default)

        size = resolve("size", None)
        text = run.text.upper() if resolve("all_caps", False) else run.text
        rfonts = rpr.rFonts if rpr is not None else None
        attrs = {k.split("}")[-1]: v for k, v in (rfonts.attrib.items() if rfonts is not None else ())}
        named = {k: v for k, v in attrs.items() if k in ("ascii", "hAnsi", "eastAsia", "cs")}
        themes = tuple(k for k in attrs if k.endswith(("Theme", "theme")))
        return (text, size.pt if size is not None else self.defaults["size"],
                bool(resolve("bold", self.defaults["bold"])), bool(resolve("italic", False)),
                bool(resolve("underline", False)), named, themes)

    def marker(self, ppr, chain, qn) -> str:
        """Return the bullet text of an automatic list paragraph, "" when it is not a bullet list."""
        numpr = ppr.numPr if ppr is not None else None
        for style in chain:
            if numpr is not None:
                break
            spp = style.element.pPr
            numpr = spp.numPr if spp is not None else None
        if numpr is None or numpr.numId is None or self.numbering is None:
            return ""
        num_id, ilvl = numpr.numId.val, numpr.ilvl.val if numpr.ilvl is not None else 0
        for num in self.numbering.iterchildren(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
                return self._bullet(abstract, ilvl, qn)
        return ""

    def _bullet(self, abstract_id: str, ilvl: int, qn) -> str:
        for abstract in self.numbering.iterchildren(qn("w:abstractNum")):
            if abstract.get(qn("w:abstractNumId")) == abstract_id:
                for lvl in abstract.iterchildren(qn("w:lvl")):
                    fmt, text = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText"))
                    if lvl.get(qn("w:ilvl")) == str(ilvl) and fmt is not None and fmt.get(qn("w:val")) == "bullet":
                        return text.get(qn("w:val"), "") if text is not None else ""
        return ""


def _own_runs(p, qn):
    """Yield the w:r whose nearest paragraph is ``p`` (not those of a text box inside it)."""
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    for r in p.iter(qn("w:r")):
        owner = next(r.iterancestors(qn("w:p"), fallback), None)
        if owner is p:
            yield r


def _defaults(styles, qn) -> dict:
    """Return the document defaults: size (pt), bold, and the default line spacing."""
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    sz = rpr.find(qn("w:sz")) if rpr is not None else None
    b = rpr.find(qn("w:b")) if rpr is not None else None
    spacing = styles.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    line = spacing.get(qn("w:line")) if spacing is not None else None
    return {
        "size": int(sz.get(qn("w:val"))) / 2 if sz is not None and sz.get(qn("w:val"), "").isdigit() else 10.0,
        "bold": b is not None and b.get(qn("w:val"), "true") not in ("0", "false", "off"),
        "line": int(line) if line and line.lstrip("-").isdigit() else None,
        "line_rule": spacing.get(qn("w:lineRule"), "auto") if spacing is not None else "auto",
        "rpr": rpr,
    }


def count(findings: list[Finding]) -> tuple[int, int]:
    """Return (errors, warnings) in ``findings``."""
    errors = sum(1 for f in findings if f.severity == "error")
    return errors, len(findings) - errors


def has_errors(findings_by_file: dict[str, list[Finding]]) -> bool:
    """Return True when any file has an error (the CLI exits 1 then)."""
    return any(count(f)[0] for f in findings_by_file.values())


def format_report(findings_by_file: dict[str, list[Finding]]) -> str:
    """Return the human report: per file a header line, one line per finding with the
    quoted paragraph under it, then the summary "N lỗi, M cảnh báo"."""
    lines, total_e, total_w = [], 0, 0
    for name, findings in findings_by_file.items():
        errors, warnings = count(findings)
        total_e, total_w = total_e + errors, total_w + warnings
        lines.append(f"{name}: " + (f"{errors} lỗi, {warnings} cảnh báo" if findings else "đúng thể thức"))
        for f in sorted(findings, key=lambda f: f.severity != "error"):
            label = "lỗi" if f.severity == "error" else "cảnh báo"
            where = f" {f.where}" if f.where else ""
            lines.append(f"  {label} [{f.rule}]{where}: {f.message}")
            if f.quote:
                lines.append(f"      “{f.quote}”")
    lines.append(f"{total_e} lỗi, {total_w} cảnh báo")
    return "\n".join(lines)


def to_json(findings_by_file: dict[str, list[Finding]]) -> str:
    """Return the findings as JSON with stable keys (``ensure_ascii=False``)."""
    files = []
    for name, findings in findings_by_file.items():
        errors, warnings = count(findings)
        files.append({"file": name, "errors": errors, "warnings": warnings,
                      "findings": [asdict(f) for f in findings]})
    totals = [count(f) for f in findings_by_file.values()]
    return json.dumps({"files": files, "errors": sum(e for e, _ in totals),
                       "warnings": sum(w for _, w in totals)}, ensure_ascii=False, indent=2)
