"""YAML errors as :class:`~minutes.errors.OutlineError`: raising one, and ruamel's errors in words.

:func:`fail` and :func:`fail_at` raise an OutlineError with one 1-based position;
:func:`syntax_problem` and :func:`reader_problem` translate ruamel's own exceptions
into one :class:`~minutes.errors.Problem` with a Vietnamese hint (used by
:func:`minutes.outline.reader.parse`, so that ruamel's exceptions never leave it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

from minutes.errors import OutlineError, Problem
from minutes.i18n import N_, _

if TYPE_CHECKING:  # ruamel is imported only when a file needs its parser
    from ruamel.yaml.error import MarkedYAMLError, YAMLError


def fail(name: str, line: int, col: int, message: str, path: str = "") -> NoReturn:
    """Raise an OutlineError with one problem of file ``name``."""
    raise OutlineError([Problem(name, line, col, path, message)])


def fail_at(name: str, event: Any, message: str) -> NoReturn:
    """Raise an OutlineError at the start of a ruamel parser ``event``."""
    mark = event.start_mark
    fail(name, mark.line + 1, mark.column + 1, message)


_NO_TABS = N_("không dùng phím Tab để thụt lề, hãy dùng dấu cách")

_HINTS: tuple[tuple[str, str], ...] = (
    ("'\\t'", _NO_TABS),
    ("tab character", _NO_TABS),
    (
        "mapping values are not allowed here",
        N_("dấu ':' nằm giữa giá trị hoặc thụt lề sai; hãy đặt cả giá trị trong dấu ngoặc kép "
           '(ví dụ title: "Hội nghị: quý III"), thêm dấu cách sau dấu \':\' của khóa, '
           "hoặc thụt lề thẳng hàng với các mục cùng cấp"),
    ),
    (
        "escape",
        N_("trong dấu ngoặc kép, dấu '\\' bắt đầu một ký tự đặc biệt; hãy dùng dấu nháy đơn "
           "(ví dụ 'C:\\mau\\bien-ban.docx') hoặc viết '\\\\'"),
    ),
    ("found '<scalar>'",
     N_("sau giá trị còn chữ: nếu giá trị bắt đầu bằng dấu ngoặc kép, dấu nháy hoặc dấu ngoặc, hãy đặt cả "
        "giá trị trong dấu ngoặc kép; nếu không, các mục cùng cấp phải thẳng hàng (cùng số dấu cách)")),
    ("expected <block end>", N_("thụt lề không khớp: các mục cùng cấp phải thẳng hàng (cùng số dấu cách)")),
    ("could not find expected ':'",
     N_("dòng này không có dạng 'khóa: giá trị' hay '- mục': kiểm tra dòng này và dòng trên nó "
        "(thiếu dấu cách sau dấu '-' hoặc ':', hay thụt lề sai)")),
    ("found undefined alias", N_("tham chiếu '*' tới một neo '&' chưa được khai báo")),
)


_GENERIC = N_("tệp không đọc được từ đây; kiểm tra thụt lề (dấu cách, không dùng Tab), dấu cách sau dấu ':' "
              "và '-', dấu ngoặc và dấu ngoặc kép được đóng đủ")


def syntax_problem(exc: MarkedYAMLError, text: str, name: str) -> Problem:
    """Translate a ruamel syntax error into one Problem with a Vietnamese hint."""
    problem, context = str(exc.problem or ""), str(exc.context or "")
    mark = exc.problem_mark or exc.context_mark
    opened = exc.context_mark
    if "another document" in problem:
        message = _("tệp chỉ được chứa một đề cương; hãy xóa dòng '---' này và phần sau nó (hoặc tách ra tệp khác)")
    elif opened and "quoted scalar" in context and "end of stream" in problem:
        quote = text[opened.index] if 0 <= opened.index < len(text) else '"'  # not splitlines: U+2028 is no break
        message, mark = _("dấu {quote} mở ở đây chưa được đóng; hãy thêm dấu {quote} ở cuối giá trị").format(
            quote=quote), opened
    elif opened and ("flow sequence" in context or "flow mapping" in context):
        message = (
            _("thiếu dấu '{value}' đóng ngoặc mở ở dòng {line}, cột {column}; nếu giá trị có dấu phẩy hoặc "
              "':', hãy đặt nó trong dấu ngoặc kép").format(
                value=']' if 'sequence' in context else '}', line=opened.line + 1, column=opened.column + 1)
        )
    else:
        hint = next((h for key, h in _HINTS if key in problem), _GENERIC)
        message = _("lỗi cú pháp YAML: {hint}").format(hint=_(hint))
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    return Problem(name, line, col, "", message)


def reader_problem(exc: YAMLError, text: str, name: str) -> Problem:
    """A character YAML does not allow at all (only when control characters could not be masked)."""
    offset = getattr(exc, "position", 0) or 0
    code = ord(text[offset]) if offset < len(text) else 0
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Problem(name, line, col, "", _("ký tự U+{code:04X} không được phép trong tệp YAML; hãy xóa nó").format(
        code=code))
