"""The one glossary: every outline key and template name with its Vietnamese term.

The same identifiers are used as YAML keys, as attribute names in
:mod:`minutes.model`, and as variable names in the .docx templates. The terms
are those of NĐ 30/2020/NĐ-CP (Phụ lục I) and HD 05-HD/VPTW. Error messages,
the README's key table, ``minutes new``'s questions and the comments it writes
all read from here, so a key is explained the same way everywhere.

Document elements that are not outline keys (they are computed from the
outline) keep the unaccented Vietnamese name of the element, e.g. ``quoc_hieu``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary entry: ``key`` (dotted outline path), Vietnamese ``term``, short ``note``."""

    key: str
    term: str
    note: str = ""


OUTLINE_TERMS: tuple[Term, ...] = (
    Term("template", "mẫu văn bản", "bien-ban (mặc định) hoặc đường dẫn tới tệp .docx"),
    Term("style", "thể thức", "state (NĐ 30), party (HD 05-HD/VPTW) hoặc youth (Đoàn TNCS)"),
    Term("extends", "hồ sơ dùng chung", "tệp YAML chứa phần dùng chung (cơ quan, chủ trì...)"),
    Term("organization", "cơ quan, tổ chức ban hành"),
    Term("organization.parent", "cơ quan, tổ chức chủ quản", "cấp trên trực tiếp, nếu có"),
    Term("organization.name", "tên cơ quan, tổ chức ban hành", "viết in hoa"),
    Term("organization.code", "chữ viết tắt tên cơ quan", 'dùng trong số, ký hiệu, ví dụ "SNV"'),
    Term("organization.in_text", "tên cơ quan trong câu văn", 'ví dụ "Sở Nội vụ"; mặc định viết thường tên cơ quan'),
    Term("place", "địa danh", "dùng cho dòng địa danh, ngày tháng"),
    Term("number", "số văn bản", "để trống nếu ghi số bằng tay"),
    Term("issued", "ngày ban hành", "mặc định là ngày họp; giấy mời: để trống ngày nếu không ghi"),
    Term("numbers", "số của văn bản khác",
         "số riêng của thông báo (thong-bao-ket-luan), báo cáo (bao-cao), giấy mời (giay-moi); "
         "để trống nếu văn thư ghi số"),
    Term("meeting", "cuộc họp"),
    Term("meeting.title", "tên cuộc họp (trích yếu)"),
    Term("meeting.date", "ngày họp", "ngày/tháng/năm, ví dụ 26/8/2025"),
    Term("meeting.start", "giờ bắt đầu", "ví dụ 14:00 hoặc 14h30"),
    Term("meeting.end", "giờ kết thúc"),
    Term("meeting.end_date", "ngày kết thúc", "chỉ ghi khi cuộc họp kết thúc vào ngày khác"),
    Term("meeting.location", "địa điểm"),
    Term("meeting.period", "kỳ báo cáo", "2025, Q3/2025, H1/2025 hoặc 9/2025"),
    Term("chair", "chủ trì (chủ tọa)", '"Họ tên - Chức vụ"'),
    Term("secretary", "thư ký (người ghi biên bản)", '"Họ tên - Chức vụ"'),
    Term("guests", "đại biểu mời dự"),
    Term("attendees", "thành phần tham dự"),
    Term("attendees.summary", "thành phần được triệu tập"),
    Term("attendees.expected", "số người được triệu tập"),
    Term("attendees.present", "số người có mặt", "một số, hoặc danh sách người"),
    Term("attendees.absent", "người vắng mặt và lý do"),
    Term("agenda", "chương trình cuộc họp"),
    Term("review", "kết quả thực hiện nhiệm vụ kỳ trước"),
    Term("achievements", "kết quả đạt được trong kỳ"),
    Term("indicators", "số liệu chủ yếu"),
    Term("discussion", "ý kiến thảo luận"),
    Term("directions", "ý kiến chỉ đạo"),
    Term("tasks", "nhiệm vụ kỳ tới"),
    Term("commendations", "khen thưởng"),
    Term("conclusion", "kết luận"),
    Term("vote", "biểu quyết"),
    Term("recipients", "nơi nhận", '"Lưu: VT, Hồ sơ." được thêm tự động'),
    Term("signer", "người ký", "văn bản khác biên bản; mặc định suy từ cơ quan và chức vụ người chủ trì"),
    Term("signer.authority", "quyền hạn ký", "TM, KT, TL, TUQ hoặc Q"),
    Term("signer.on_behalf", "cơ quan hoặc chức vụ được ký thay", 'ví dụ "ỦY BAN NHÂN DÂN", "GIÁM ĐỐC"'),
    Term("addressee", "kính gửi", "nơi nhận báo cáo (khối Kính gửi)"),
    Term("invitation", "giấy mời", "những điều cần lưu ý khi mời họp (Mẫu 1.7): preparation (tài liệu, "
         "nội dung cần chuẩn bị), contact (đầu mối liên hệ)"),
    Term("archive", "nơi lưu", 'dòng "Lưu" cuối Nơi nhận; mặc định "Lưu: VT, Hồ sơ." (Đảng: "Lưu Văn phòng.")'),
    Term("file_code", "mã hồ sơ", "mã của hồ sơ lưu văn bản, ghi vào phiếu hồ sơ (--record)"),
    Term("retention", "thời hạn bảo quản", 'ví dụ "Vĩnh viễn", "10 năm"; ghi vào phiếu hồ sơ (--record)'),
    Term("notes", "ghi chú", "không in ra văn bản; minutes import ghi ở đây phần chưa xếp được vào mục nào"),
)

DOCUMENT_TERMS: tuple[Term, ...] = (
    Term("quoc_hieu", "Quốc hiệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (ô số 1)"),
    Term("tieu_ngu", "Tiêu ngữ", "Độc lập - Tự do - Hạnh phúc (ô số 1)"),
    Term("tieu_de", "Tiêu đề", "ĐẢNG CỘNG SẢN VIỆT NAM / ĐOÀN TNCS HỒ CHÍ MINH (ô số 1)"),
    Term("so_ky_hieu", "Số, ký hiệu của văn bản", "ô số 3"),
    Term("dia_danh_ngay", "Địa danh và thời gian ban hành", "ô số 4"),
    Term("ten_loai", "Tên loại văn bản", "BIÊN BẢN (ô số 5a)"),
    Term("trich_yeu", "Trích yếu nội dung", "= meeting.title (ô số 5a)"),
    Term("chu_ky", "Chức vụ, họ tên và chữ ký", "ô số 7"),
    Term("noi_nhan", "Nơi nhận", "ô số 9b"),
)

FIELD_TERMS: dict[str, str] = {
    "name": "họ tên", "position": "chức vụ", "role": "vai trò", "reason": "lý do vắng mặt",
    "text": "nội dung", "items": "các ý nhỏ", "owner": "đơn vị, người chủ trì", "due": "thời hạn",
    "status": "kết quả thực hiện", "value": "số liệu kỳ này", "unit": "đơn vị tính",
    "previous": "số liệu kỳ trước", "speaker": "người phát biểu", "content": "nội dung phát biểu",
    "count": "số lượng", "recipient": "đối tượng được khen", "title": "hình thức, danh hiệu",
    "by": "cấp khen thưởng", "agree": "số tán thành", "against": "số không tán thành",
    "abstain": "số không biểu quyết",
}
"""Terms for the fields inside list entries and people (guests[0].name, tasks[2].due…)."""

_BY_KEY = {t.key: t for t in OUTLINE_TERMS + DOCUMENT_TERMS}


def term(key: str) -> str:
    """Return the Vietnamese term for a dotted key; list indices are ignored.

    >>> term("meeting.date")
    'ngày họp'
    >>> term("attendees.absent[2].reason")
    'người vắng mặt và lý do'
    """
    parts = [p.split("[", 1)[0] for p in key.split(".")]
    while parts:
        found = _BY_KEY.get(".".join(parts))
        if found:
            return found.term
        parts.pop()
    return ""


def field_term(path: str) -> str:
    """Return the term of a dotted path: its glossary term, else its last field's; "" if none.

    >>> field_term("guests[0].position")
    'chức vụ'
    """
    key = ".".join(part.split("[", 1)[0] for part in path.split("."))
    if key in _BY_KEY:
        return _BY_KEY[key].term
    return FIELD_TERMS.get(key.rsplit(".", 1)[-1], "") if "." in key else ""


def outline_keys() -> tuple[str, ...]:
    """Return every documented outline key, dotted, in glossary order."""
    return tuple(t.key for t in OUTLINE_TERMS)


ALIASES: dict[str, tuple[str, ...]] = {
    "template": ("mẫu",), "style": ("kiểu",), "organization": ("cơ quan", "đơn vị", "tổ chức"),
    "organization.name": ("tên cơ quan", "tên đơn vị", "tên"), "organization.code": ("viết tắt", "ký hiệu"),
    "organization.parent": ("cơ quan chủ quản", "cấp trên"), "number": ("số", "số biên bản"),
    "meeting": ("hội nghị", "cuộc họp"), "meeting.title": ("tên cuộc họp", "tên hội nghị", "tiêu đề", "trích yếu"),
    "meeting.date": ("ngày", "ngày họp", "thời gian"), "meeting.start": ("giờ", "giờ họp", "bắt đầu"),
    "meeting.end": ("kết thúc",), "meeting.location": ("địa điểm", "nơi họp"), "meeting.period": ("kỳ",),
    "chair": ("chủ trì", "chủ tọa", "người chủ trì"), "secretary": ("thư ký", "người ghi biên bản"),
    "guests": ("đại biểu", "khách mời"), "attendees": ("thành phần", "tham dự"),
    "attendees.expected": ("triệu tập", "số triệu tập"), "attendees.present": ("có mặt", "số có mặt"),
    "attendees.absent": ("vắng mặt", "vắng"), "agenda": ("chương trình",), "achievements": ("kết quả",),
    "indicators": ("số liệu", "chỉ tiêu"), "discussion": ("thảo luận", "ý kiến"), "directions": ("chỉ đạo",),
    "tasks": ("nhiệm vụ", "phương hướng"), "commendations": ("khen thưởng",), "conclusion": ("kết luận",),
    "vote": ("biểu quyết",), "recipients": ("nơi nhận",), "signer": ("người ký",),
}
"""Other words a secretary may type as a key, for :func:`key_for` ("chủ trì:" → chair)."""

_LEAF_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("họ tên", "tên", "họ và tên"), "position": ("chức vụ",), "reason": ("lý do",),
    "agree": ("tán thành", "đồng ý"), "against": ("không tán thành",), "abstain": ("không biểu quyết",),
    "value": ("giá trị", "số liệu"), "unit": ("đơn vị tính",), "previous": ("kỳ trước",),
    "due": ("thời hạn", "hạn"), "owner": ("chủ trì", "thực hiện"), "content": ("nội dung",),
    "speaker": ("người phát biểu",), "count": ("số lượng",), "status": ("kết quả",),
}


def fold(text: str) -> str:
    """``text`` lower-cased without diacritics or punctuation: "Chủ trì:" → "chu tri"."""
    import unicodedata

    bare = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    letters = "".join(c if c.isalnum() else " " for c in bare if not unicodedata.combining(c))
    return " ".join(letters.split())


def _variants(term_text: str) -> set[str]:
    """A term and its parts: "chủ trì (chủ tọa)" → {"chủ trì (chủ tọa)", "chủ trì", "chủ tọa"}."""
    found = {term_text}
    outer, _, inner = term_text.partition("(")
    if inner:
        found |= {outer, inner.rstrip(")")}
    return {fold(v) for v in found if fold(v)}


def _index() -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for t in OUTLINE_TERMS:
        for variant in _variants(t.term) | {fold(a) for a in ALIASES.get(t.key, ())}:
            index.setdefault(variant, []).append(t.key)
    for leaf, term_text in FIELD_TERMS.items():
        for variant in _variants(term_text) | {fold(a) for a in _LEAF_ALIASES.get(leaf, ())}:
            index.setdefault(variant, []).append(f"*.{leaf}")
    return index


_TERM_INDEX: dict[str, list[str]] = {}


def key_for(typed: str, where: str, allowed: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    """The English key a Vietnamese ``typed`` key stands for, in the mapping at ``where``.

    Returns ``(key, hint)``: ``key`` is one of ``allowed`` (else ""), ``hint`` the words
    "có phải ý bạn là '…'?"; None when ``typed`` is no glossary term.

    >>> key_for("Chu tri", "", ("meeting", "chair"))
    ('chair', "có phải ý bạn là 'chair'?")
    >>> key_for("địa điểm", "", ("meeting", "chair"))[1]
    "có phải ý bạn là 'location' (trong 'meeting:')?"
    """
    if not _TERM_INDEX:
        _TERM_INDEX.update(_index())
    keys = _TERM_INDEX.get(fold(typed), [])
    parent = ".".join(part.split("[", 1)[0] for part in where.split(".")) if where else ""
    for key in keys:
        head, _, leaf = key.rpartition(".")
        if leaf in allowed and (head == parent or head == "*"):
            return leaf, f"có phải ý bạn là '{leaf}'?"
    for key in keys:
        head, _, leaf = key.rpartition(".")
        if head != "*":
            inside = f" (trong '{head}:')" if head else " (ở đầu dòng, không thụt lề)"
            return "", f"có phải ý bạn là '{leaf}'{inside}?"
    return None
