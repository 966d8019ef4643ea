"""The one glossary: every outline key and template name with its Vietnamese term.

The same identifiers are used as YAML keys, as attribute names in
:mod:`minutes.model`, and as variable names in the .docx templates. The terms
are those of NĐ 30/2020/NĐ-CP (Phụ lục I) and HD 05-HD/VPTW. Error messages,
the key table (``docs/keys.md``), ``minutes new``'s questions and the comments it writes
all read from here, so a key is explained the same way everywhere.

The outline's keys are one ordered table, :data:`KEYS`, the single source of every
face of a key. Each :class:`Key` says:

* ``term`` and ``note``: its Vietnamese name and hint (messages, the comments
  ``minutes new`` writes, ``docs/keys.md``);
* ``control`` and ``example``: the box the web form shows for it (:mod:`minutes.web.fields`),
  in the form's and the interview's ``section``;
* ``ask``: whether ``minutes new`` asks it;
* ``rollover``: what ``minutes next`` does with it: ``keep`` it, ``empty`` it (the key stays,
  to fill), or ``move`` it (on by one period, or into another key);
* ``imported``: whether ``minutes import`` recovers it from a .docx;
* ``plain``: for a plain key (text, texts, date, a whole number), how the outline check
  reads it (:mod:`minutes.outline.fields`): a plain key is one line here and one attribute
  of :class:`minutes.model.Outline`.

The table's order is the order of keys in every outline minutes writes. A key that lacks a
face fails ``tests/test_keys.py``; ``tools/keys_table.py`` writes ``docs/keys.md`` from it.

Document elements that are not outline keys (they are computed from the
outline) keep the unaccented Vietnamese name of the element, e.g. ``quoc_hieu``.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes.i18n import _


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary entry: ``key`` (dotted outline path), Vietnamese ``term``, short ``note``."""

    key: str
    term: str
    note: str = ""


# --- the table of outline keys: every face of each key ---

CONTROLS = ("text", "long", "number", "choice", "person", "list")
"""The form's boxes: one line, several lines, a number, a choice, a person's boxes, a list of rows."""
SECTIONS = ("organization", "meeting", "people", "content", "closing")
"""The sections of ``minutes new`` and of the web form, in their order."""
ROLLOVER = ("keep", "empty", "move")
"""What ``minutes next`` does with a key's value."""
PLAIN = ("", "text", "texts", "date", "whole")
"""How the outline check reads a plain key ("": by its own converter in minutes.outline.fields)."""


@dataclass(frozen=True, slots=True)
class Key:
    """One outline key and each of its faces (see the module)."""

    key: str
    term: str
    note: str = ""
    control: str = "text"
    example: str = ""
    section: str = "closing"
    ask: bool = False
    rollover: str = "keep"
    imported: bool = False
    plain: str = ""

    @property
    def top(self) -> str:
        """The top-level key this key is under (itself at the top)."""
        return self.key.split(".", 1)[0]


K = Key  # short, so that the table reads as a table

KEYS: tuple[Key, ...] = (
    K("template", "mẫu văn bản", "bien-ban (mặc định) hoặc đường dẫn tới tệp .docx",
      example="bien-ban", section="organization", plain="text"),
    K("style", "thể thức", "state (NĐ 30), party (HD 05-HD/VPTW) hoặc youth (Đoàn TNCS)",
      control="choice", section="organization", ask=True, imported=True),
    K("extends", "hồ sơ dùng chung", "tệp YAML chứa phần dùng chung (cơ quan, chủ trì...)",
      example="../ho-so.yaml", section="organization"),
    K("organization", "cơ quan, tổ chức ban hành", section="organization", ask=True, imported=True),
    K("organization.parent", "cơ quan, tổ chức chủ quản", "cấp trên trực tiếp, nếu có",
      example="ỦY BAN NHÂN DÂN TỈNH TÂY NINH", section="organization", ask=True, imported=True),
    K("organization.name", "tên cơ quan, tổ chức ban hành", "viết in hoa",
      example="SỞ NỘI VỤ", section="organization", ask=True, imported=True),
    K("organization.code", "chữ viết tắt tên cơ quan", 'dùng trong số, ký hiệu, ví dụ "SNV"',
      example="SNV", section="organization", ask=True, imported=True),
    K("organization.in_text", "tên cơ quan trong câu văn",
      'ví dụ "Sở Nội vụ"; khi không suy ra chắc chắn, văn bản giữ nguyên chữ in hoa và check nhắc khai báo',
      example="Sở Nội vụ", section="organization"),
    K("place", "địa danh", "dùng cho dòng địa danh, ngày tháng",
      example="Tây Ninh", section="organization", ask=True, imported=True, plain="text"),
    K("number", "số văn bản", "để trống nếu ghi số bằng tay",
      control="number", example="18", section="organization", ask=True, rollover="empty", imported=True),
    K("issued", "ngày ban hành", "mặc định là ngày họp; giấy mời: để trống ngày nếu không ghi",
      example="26/8/2025", section="organization", rollover="empty", imported=True, plain="date"),
    K("numbers", "số của văn bản khác",
      "số riêng của thông báo (thong-bao-ket-luan), báo cáo (bao-cao), giấy mời (giay-moi); "
      "để trống nếu văn thư ghi số", control="number"),
    K("registers", "sổ đăng ký văn bản",
      "loại văn bản nào vào sổ nào (ví dụ bien-ban: Sổ biên bản); các loại không ghi dùng chung sổ chính; "
      "thường ghi trong hồ sơ dùng chung", example="Sổ văn bản đi"),
    K("meeting", "cuộc họp", section="meeting", ask=True, rollover="move", imported=True),
    K("meeting.title", "tên cuộc họp (trích yếu)", control="long", example="Hội nghị giao ban quý III năm 2025",
      section="meeting", ask=True, rollover="move", imported=True),
    K("meeting.date", "ngày họp", "ngày/tháng/năm, ví dụ 26/8/2025",
      example="26/8/2025, 2025-08-26 hoặc ngày 26 tháng 8 năm 2025", section="meeting", ask=True,
      rollover="empty", imported=True),
    K("meeting.start", "giờ bắt đầu", "ví dụ 14:00 hoặc 14h30", example="14:00, 14h hoặc 14 giờ 30",
      section="meeting", ask=True, rollover="empty", imported=True),
    K("meeting.end", "giờ kết thúc", example="16:30", section="meeting", ask=True, rollover="empty", imported=True),
    K("meeting.end_date", "ngày kết thúc", "chỉ ghi khi cuộc họp kết thúc vào ngày khác",
      example="27/8/2025", section="meeting", rollover="move", imported=True),
    K("meeting.location", "địa điểm", example="Hội trường Sở Nội vụ", section="meeting", ask=True, imported=True),
    K("meeting.period", "kỳ báo cáo", "2025, Q3/2025, H1/2025 hoặc 9/2025", section="meeting", ask=True,
      rollover="move", imported=True),
    K("chair", "chủ trì (chủ tọa)", '"Họ tên - Chức vụ"', control="person", section="people", ask=True,
      imported=True),
    K("secretary", "thư ký (người ghi biên bản)", '"Họ tên - Chức vụ"', control="person", section="people",
      ask=True, imported=True),
    K("guests", "đại biểu mời dự", control="list", section="people", ask=True, imported=True),
    K("attendees", "thành phần tham dự", section="people", ask=True, imported=True),
    K("attendees.summary", "thành phần được triệu tập", control="long",
      example="Lãnh đạo Sở và trưởng các phòng, đơn vị thuộc Sở", section="people", ask=True, imported=True),
    K("attendees.expected", "số người được triệu tập", control="number", example="25", section="people",
      ask=True, imported=True),
    K("attendees.present", "số người có mặt", "một số, hoặc danh sách người", control="number", example="23",
      section="people", ask=True, rollover="empty", imported=True),
    K("attendees.absent", "người vắng mặt và lý do", control="list", section="people", ask=True,
      rollover="empty", imported=True),
    K("agenda", "chương trình cuộc họp", control="list", section="content", ask=True, rollover="move",
      imported=True),
    K("review", "kết quả thực hiện nhiệm vụ kỳ trước", control="list", section="content", rollover="move",
      imported=True),
    K("achievements", "kết quả đạt được trong kỳ", control="list", section="content", ask=True,
      rollover="empty", imported=True),
    K("indicators", "số liệu chủ yếu", control="list", section="content", ask=True, rollover="move",
      imported=True),
    K("discussion", "ý kiến thảo luận", control="list", section="content", ask=True, rollover="empty",
      imported=True),
    K("directions", "ý kiến chỉ đạo", control="list", section="content", ask=True, rollover="empty",
      imported=True),
    K("tasks", "nhiệm vụ kỳ tới", control="list", section="content", ask=True, rollover="empty", imported=True),
    K("commendations", "khen thưởng", control="list", section="content", ask=True, rollover="empty",
      imported=True),
    K("conclusion", "kết luận", control="list", section="content", ask=True, rollover="empty", imported=True),
    K("vote", "biểu quyết", control="number", section="content", ask=True, rollover="empty", imported=True),
    K("recipients", "nơi nhận", '"Lưu: VT, Hồ sơ." được thêm tự động', control="list", ask=True,
      imported=True, plain="texts"),
    K("archive", "nơi lưu", 'dòng "Lưu" cuối Nơi nhận; mặc định "Lưu: VT, Hồ sơ." (Đảng: "Lưu Văn phòng.")',
      example="Lưu: VT, Hồ sơ.", imported=True, plain="text"),
    K("signer", "người ký", "văn bản khác biên bản; mặc định suy từ cơ quan và chức vụ người chủ trì",
      control="person"),
    K("signer.authority", "quyền hạn ký", "TM, KT, TL, TUQ hoặc Q", example="TM, KT, TL, TUQ hoặc Q"),
    K("signer.on_behalf", "cơ quan hoặc chức vụ được ký thay", 'ví dụ "ỦY BAN NHÂN DÂN", "GIÁM ĐỐC"',
      example="ỦY BAN NHÂN DÂN"),
    K("addressee", "kính gửi", "nơi nhận báo cáo (khối Kính gửi)", control="list", plain="texts"),
    K("invitation", "giấy mời", "những điều cần lưu ý khi mời họp (Mẫu 1.7): preparation (tài liệu, "
      "nội dung cần chuẩn bị), contact (đầu mối liên hệ)"),
    K("invitation.preparation", "tài liệu, nội dung cần chuẩn bị", control="list", example="Báo cáo quý III"),
    K("invitation.contact", "đầu mối liên hệ", example="Văn phòng, 0276 3822 000"),
    K("notes", "ghi chú", "không in ra văn bản; minutes import ghi ở đây phần chưa xếp được vào mục nào",
      control="list", imported=True),
    K("file_code", "mã hồ sơ", "mã của hồ sơ lưu văn bản, ghi vào phiếu hồ sơ (--record)",
      example="01.VP.2025", plain="text"),
    K("retention", "thời hạn bảo quản", 'ví dụ "Vĩnh viễn", "10 năm"; ghi vào phiếu hồ sơ (--record)',
      example="Vĩnh viễn", plain="text"),
)
"""Every outline key, in the order an outline is written."""

BY_KEY: dict[str, Key] = {k.key: k for k in KEYS}


def top_keys() -> tuple[str, ...]:
    """The top-level keys, in order."""
    return tuple(k.key for k in KEYS if "." not in k.key)


def sub_keys(top: str) -> tuple[str, ...]:
    """The keys directly under ``top`` ("meeting" → "title", "date"…), in order."""
    return tuple(k.key.split(".", 1)[1] for k in KEYS if k.key.startswith(f"{top}.") and k.key.count(".") == 1)


def rolled(policy: str) -> tuple[str, ...]:
    """The top-level keys whose value ``minutes next`` treats by ``policy`` (keep, empty, move)."""
    return tuple(k.key for k in KEYS if "." not in k.key and k.rollover == policy)


# --- the documents one outline gives: each kind one object ---


@dataclass(frozen=True, slots=True)
class Kind:
    """One document an outline can give, with everything each stage needs to know of it.

    ``name`` is its template name (and its key under ``numbers`` when ``numbered``: it has a
    số of its own); ``code`` its ký hiệu and ``ten_loai`` its tên loại; ``sections`` the
    outline's content sections it numbers (in Roman numerals with ``roman``); ``needs`` the
    keys of which one must be filled for ``render --all`` to make it (none: always);
    ``formats`` what it can be written as; ``family`` its family of ``minutes lint`` checks;
    ``builder`` the function of :mod:`minutes.documents.kinds` that adds its own part of the
    template context; ``noun`` how a label names it where the tên loại is not enough; its
    built-in templates are ``templates/<name>.<style>.docx`` (made by ``tools/build_templates.py``).
    """

    name: str
    code: str
    ten_loai: str
    description: str
    sections: tuple[str, ...] = ()
    roman: bool = False
    needs: tuple[str, ...] = ()
    numbered: bool = False
    number_example: str = ""
    formats: tuple[str, ...] = ("docx",)
    family: str = ""
    builder: str = ""
    noun: str = ""

    @property
    def spoken(self) -> str:
        """How a sentence or a label names it ("thông báo kết luận"): ``noun``, else the tên loại."""
        return self.noun or self.ten_loai.lower()

    def has_data(self, outline: object) -> bool:
        """True when ``outline`` has what this document is made of (``render --all``)."""
        return not self.needs or any(getattr(outline, key) for key in self.needs)


KINDS: tuple[Kind, ...] = (
    Kind("bien-ban", "BB", "BIÊN BẢN",
         "Biên bản cuộc họp, hội nghị (NĐ 30 Mẫu 1.9; HD 05-HD/VPTW; HD 29-HD/TWĐTN-VP)",
         sections=("agenda", "review", "achievements", "indicators", "discussion",
                   "directions", "tasks", "commendations", "conclusion", "vote"), family="bien-ban"),
    Kind("thong-bao-ket-luan", "TB", "THÔNG BÁO", "Thông báo kết luận của người chủ trì và nhiệm vụ được giao",
         sections=("conclusion", "directions", "tasks"), needs=("conclusion", "directions", "tasks"),
         numbered=True, number_example="19", family="thong-bao", builder="notice_context",
         noun="thông báo kết luận"),
    Kind("bao-cao", "BC", "BÁO CÁO", "Báo cáo kết quả trong kỳ và nhiệm vụ kỳ tới (có khối Kính gửi)",
         sections=("review", "achievements", "indicators", "tasks"), roman=True, needs=("achievements", "indicators"),
         numbered=True, number_example="20", family="bao-cao", builder="report_context"),
    Kind("giay-moi", "GM", "GIẤY MỜI", "Giấy mời dự cuộc họp: thời gian, địa điểm, chương trình, thành phần",
         sections=("agenda",), numbered=True, number_example="17", family="giay-moi", builder="invitation_context"),
    Kind("tin-bai", "", "", "Tin bài cho cổng thông tin điện tử (.docx, hoặc --format md|html)",
         needs=("achievements", "directions", "tasks", "commendations"), formats=("docx", "md", "html"),
         builder="news_context"),
)
"""Every document kind; the first is the one an outline gives by default (its ``template``)."""

KIND_BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
MAIN_KIND = KINDS[0].name
"""The document of an outline that names no other: the biên bản."""


def kind_for_format(fmt: str) -> str:
    """The document written in ``fmt`` when only one kind has that format ("md" → "tin-bai")."""
    return next(k.name for k in KINDS if fmt in k.formats and k.formats != ("docx",))


OUTLINE_TERMS: tuple[Term, ...] = tuple(Term(k.key, k.term, k.note) for k in KEYS)
"""The outline's keys with their terms, from the one table of keys (:data:`minutes.glossary.KEYS`)."""

DOCUMENT_TERMS: tuple[Term, ...] = (
    Term("quoc_hieu", "Quốc hiệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (ô số 1)"),
    Term("tieu_ngu", "Tiêu ngữ", "Độc lập - Tự do - Hạnh phúc (ô số 1)"),
    Term("tieu_de", "Tiêu đề", "ĐẢNG CỘNG SẢN VIỆT NAM / ĐOÀN TNCS HỒ CHÍ MINH (ô số 1)"),
    Term("so_ky_hieu", "Số, ký hiệu của văn bản", "ô số 3"),
    Term("dia_danh_ngay", "Địa danh và thời gian ban hành", "ô số 4"),
    Term("ten_loai", "Tên loại văn bản", "BIÊN BẢN (ô số 5a)"),
    Term("trich_yeu", "Trích yếu nội dung", "= meeting.title (ô số 5a)"),
    Term("trich_yeu_inline", "trích yếu sau tên loại",
         "sổ đăng ký, câu văn: chữ đầu do công cụ viết thì viết thường (Giấy mời dự …), tên cuộc họp giữ như gõ"),
    Term("chu_ky", "Chức vụ, họ tên và chữ ký", "ô số 7"),
    Term("noi_nhan", "Nơi nhận", "ô số 9b"),
    Term("so_muc", "số thứ tự các mục nội dung", "so_muc.agenda, so_muc.tasks…: 1, 2… hoặc I, II… (báo cáo)"),
    Term("attendance", "dòng thành phần tham dự", "biên bản: số được triệu tập, có mặt, vắng mặt"),
    Term("blank_content", "dòng chấm để viết tay", "khi đề cương chưa có nội dung nào"),
    Term("has_previous", "có số liệu kỳ trước", "bảng số liệu có thêm cột kỳ trước"),
    Term("invitees", "thành phần được mời", "giấy mời, thông báo: đại biểu và thành phần triệu tập"),
    Term("kinh_gui", "Kính gửi", "báo cáo: các nơi nhận trong addressee"),
    Term("review_heading", "tiêu đề phần kết quả kỳ trước", "báo cáo: tên kỳ trước, để nơi nhận biết nhiệm vụ nào"),
    Term("kinh_gui_list", "Kính gửi (nhiều nơi)",
         "báo cáo gửi từ hai nơi trở lên: mỗi nơi một dòng gạch đầu dòng, thẳng dưới dấu hai chấm"),
    Term("opening", "đoạn mở đầu", "thông báo, báo cáo, giấy mời"),
    Term("ket_luan", "nội dung kết luận", "thông báo kết luận: kết luận, ý kiến chỉ đạo, nhiệm vụ"),
    Term("period_upper", "kỳ báo cáo viết hoa", "báo cáo: đề mục kết quả trong kỳ"),
    Term("next_upper", "kỳ tới viết hoa", "báo cáo: đề mục nhiệm vụ kỳ tới"),
    Term("meeting_name", "tên cuộc họp trong câu văn", "giấy mời"),
    Term("chu_tri", "dòng Chủ trì", "giấy mời: đồng chí và họ tên, chức vụ người chủ trì"),
    Term("luu_y", "những điều cần lưu ý", "giấy mời (ô 8): tài liệu cần chuẩn bị, đầu mối liên hệ"),
    Term("weekday", "thứ trong tuần của ngày họp", "giấy mời"),
    Term("invited", "cách gọi người được mời", '"các đồng chí" (Đảng, Đoàn) hoặc "quý đại biểu"'),
    Term("news", "tin bài", "news.headline, news.lead, news.paragraphs, news.byline"),
)
"""The template variables computed from the outline (an outline key keeps its own name).
``numbers`` and ``notes`` are still given, as the former names of ``so_muc`` and ``luu_y``
(:data:`minutes.documents.context.OLD_NAMES`), to templates exported before."""

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
    >>> key_for("present", "", ("meeting", "attendees"))[1]
    "có phải ý bạn là 'present' (trong 'attendees:')?"
    """
    if not _TERM_INDEX:
        _TERM_INDEX.update(_index())
    keys = _TERM_INDEX.get(fold(typed), [])
    parent = ".".join(part.split("[", 1)[0] for part in where.split(".")) if where else ""
    if not keys and not parent:  # an English key of a section typed at the top: its indent was lost
        keys = [t.key for t in OUTLINE_TERMS if t.key.rpartition(".")[2] == typed.strip().lower() and "." in t.key]
    for key in keys:
        head, _dot, leaf = key.rpartition(".")
        if leaf in allowed and (head == parent or head == "*"):
            return leaf, _("có phải ý bạn là '{close}'?").format(close=leaf)
    for key in keys:
        head, _dot, leaf = key.rpartition(".")
        if head != "*":
            if head:
                return "", _("có phải ý bạn là '{close}' (trong '{parent}:')?").format(close=leaf, parent=head)
            return "", _("có phải ý bạn là '{close}' (ở đầu dòng, không thụt lề)?").format(close=leaf)
    return None
