"""The bounded Jinja sandbox every template runs in: no value may grow without limit.

Jinja's own sandbox keeps a template away from Python internals; it does not bound
what a template computes. :class:`BoundedSandbox` adds:

* **no constant folding**: templates are compiled with the optimizer off, so
  ``{{ "a" * 10**9 }}`` or ``{{ (9**(9**9)) > 1 }}`` are not computed while compiling,
  outside every guard, but when rendering, through the checks below;
* **every arithmetic operator** (``+ - * / // % **``) goes through :meth:`call_binop`,
  which refuses before computing a string or list longer than :data:`MAX_CHARS` /
  :data:`MAX_ITEMS` or an integer wider than :data:`MAX_INT_BITS` bits;
* **every call, filter and ``~`` concatenation** is checked the same way: an integer
  argument over :data:`MAX_ITEMS` (a width, a count) is refused before the call and
  the result is measured after it; ``str.format``/``%`` widths over 6 digits are refused;
* ``range`` and ``lipsum`` take bounded, well-typed arguments only;
* ``{% include %}``, ``{% import %}`` and ``{% extends %}`` are refused when parsing.

A refusal is a :class:`minutes.errors.TemplateError` with a Vietnamese message.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import SandboxedEnvironment

from minutes.errors import TemplateError
from minutes.i18n import N_, _

MAX_CHARS = 20 * 1024 * 1024
"""The longest string a template may build (the whole part's output cap)."""
MAX_ITEMS = 2_000_000
"""The longest list, and the largest count or width passed to a call."""
MAX_INT_BITS = 13_000
"""The widest integer (about 4,000 decimal digits, what Python still prints)."""
MAX_RANGE = 100_000
_WIDE_FORMAT = re.compile(r"\d{7,}")
_WIDE_MESSAGE = N_("mẫu định dạng chuỗi với độ rộng quá lớn; hãy bỏ độ rộng trong chuỗi định dạng")
_FORBIDDEN = (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)
_NUMBERS = (int, float)


def bounded(value: Any) -> Any:
    """Return ``value``, or raise TemplateError when it is over the limits of the module."""
    if isinstance(value, str):
        if len(value) > MAX_CHARS:
            raise TemplateError(_("mẫu tạo ra một chuỗi quá dài ({n} ký tự; tối đa {n2}); hãy kiểm tra các "
                                  "phép nhân và nối chuỗi trong mẫu").format(
                n=_n(len(value)), n2=_n(MAX_CHARS)))
    elif isinstance(value, (list, tuple, dict, set, bytes)):
        if len(value) > MAX_ITEMS:
            raise TemplateError(_("mẫu tạo ra một danh sách quá dài ({n} mục; tối đa {n2})").format(
                n=_n(len(value)), n2=_n(MAX_ITEMS)))
    elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise TemplateError(_too_big_number())
    return value


def _n(value: int) -> str:
    """``1.000.000``: a count as Vietnamese writes it."""
    return f"{value:_}".replace("_", ".")


def _too_big_number() -> str:
    return _("mẫu tính ra một số quá lớn (hơn 4.000 chữ số); hãy kiểm tra các phép lũy thừa (**) và phép nhân")


def _length(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple, bytes)) else None


def _joined_length(left: Any, right: Any) -> int | None:
    """The length of ``left + right`` when both are sequences, else None."""
    first, second = _length(left), _length(right)
    return None if first is None or second is None else first + second


def _check_binop(op: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be over the limits, before computing it."""
    if op == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
        if right * abs(left).bit_length() > MAX_INT_BITS * 2:
            raise TemplateError(_too_big_number())
    elif op == "*":
        for seq, count in ((left, right), (right, left)):
            length = _length(seq)
            if length is not None and isinstance(count, int) and length * count > _limit_of(seq):
                raise TemplateError(_("mẫu nhân một chuỗi hoặc danh sách lên quá lớn ({n} × {n2}); hãy bỏ "
                                      "phép nhân này").format(
                    n=_n(length), n2=_n(count)))
        if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise TemplateError(_too_big_number())
    elif op == "+" and (joined := _joined_length(left, right)) is not None:
        if joined > _limit_of(left):
            raise TemplateError(_("mẫu nối hai chuỗi hoặc danh sách quá dài; hãy kiểm tra phép cộng trong mẫu"))
    elif op == "%" and isinstance(left, str) and _WIDE_FORMAT.search(left):
        raise TemplateError(_(_WIDE_MESSAGE))


def _limit_of(value: Any) -> int:
    return MAX_CHARS if isinstance(value, (str, bytes)) else MAX_ITEMS


def _check_args(args: tuple, kwargs: dict) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_ITEMS:
            raise TemplateError(_("mẫu gọi hàm với một số quá lớn ({short}); hãy dùng số nhỏ hơn").format(
                short=_short(value)))
        if isinstance(value, float) and abs(value) > MAX_ITEMS:
            raise TemplateError(_("mẫu gọi hàm với một số quá lớn ({value:g}); hãy dùng số nhỏ hơn").format(
                value=value))


def _short(value: int) -> str:
    return f"{_n(value)}" if value.bit_length() < 200 else _("số có khoảng {bit_length} chữ số").format(
        bit_length=int(value.bit_length() * 0.30103))


def _guarded_filter(name: str, func: Any) -> Any:
    """``func`` with its integer arguments and its result checked (joins pre-measured)."""
    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_args(args, kwargs)
        if name == "format" and args and isinstance(args[0], str) and _WIDE_FORMAT.search(args[0]):
            raise TemplateError(_(_WIDE_MESSAGE))
        if name == "join":
            items = next((a for a in args if isinstance(a, (list, tuple))), ())
            if sum(len(x) if isinstance(x, str) else 1 for x in items) > MAX_CHARS:
                raise TemplateError(_("mẫu nối (join) các chuỗi thành một chuỗi quá dài; hãy kiểm tra bộ lọc join"))
        return bounded(func(*args, **kwargs))

    return guarded


def bounded_range(*args: Any) -> range:
    """``range`` of whole numbers, at most :data:`MAX_RANGE` long."""
    if not args or len(args) > 3 or not all(isinstance(a, int) and not isinstance(a, bool) for a in args):
        raise TemplateError(_("range() trong mẫu cần từ 1 đến 3 số nguyên"))
    if 0 in args[2:]:
        raise TemplateError(_("range() trong mẫu không nhận bước bằng 0"))
    rng = range(*(max(min(a, 2**62), -(2**62)) for a in args))
    if len(rng) > MAX_RANGE:
        raise TemplateError(_("range() trong mẫu quá dài ({n} số; tối đa {n2})").format(
            n=_n(len(rng)), n2=_n(MAX_RANGE)))
    return rng


def bounded_lipsum(n: Any = 5, html: Any = True, min: Any = 20, max: Any = 100) -> Any:
    """Jinja's ``lipsum`` with arguments checked: 0-100 paragraphs of 1-1000 words (min < max)."""
    from jinja2.utils import generate_lorem_ipsum

    ints = all(isinstance(v, int) and not isinstance(v, bool) for v in (n, min, max))
    if not ints or not 0 <= n <= 100 or not 1 <= min < max <= 1000:
        raise TemplateError(_("lipsum() trong mẫu cần n từ 0 đến 100 và 1 ≤ min < max ≤ 1000"))
    return generate_lorem_ipsum(n=n, html=bool(html), min=min, max=max)


class _Generator(CodeGenerator):
    """Jinja's code generator, with every ``~`` concatenation measured."""

    def visit_Concat(self, node: nodes.Concat, frame: Any) -> None:
        self.write("environment.bounded(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedSandbox(SandboxedEnvironment):
    """Jinja's sandbox with the bounds of the module docstring."""

    code_generator_class = _Generator
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    bounded = staticmethod(bounded)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.optimized = False  # no constant folding while compiling
        self.filters = {name: _guarded_filter(name, f) for name, f in self.filters.items()}
        self.globals.update(range=bounded_range, lipsum=bounded_lipsum)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Apply ``operator`` after checking that its result stays within the bounds."""
        _check_binop(operator, left, right)
        return bounded(self.binop_table[operator](left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Call from sandboxed code with the arguments and the result checked."""
        _check_args(args, kwargs)
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if isinstance(owner, str) and _WIDE_FORMAT.search(owner):
            raise TemplateError(_(_WIDE_MESSAGE))
        return bounded(SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs))

    def parse(self, source: str, name: str | None = None, filename: str | None = None) -> nodes.Template:
        """Parse ``source`` (Jinja's :meth:`~jinja2.Environment.parse`); refuse include, import and
        extends (a template has no other files)."""
        tree = super().parse(source, name, filename)
        refuse_other_files(tree, name, filename)
        return tree

    def compile(self, source: Any, name: str | None = None, filename: str | None = None,
                raw: bool = False, defer_init: bool = False) -> Any:
        """Compile template text or a parsed tree (Jinja's :meth:`~jinja2.Environment.compile`,
        which every template from this environment goes through) with the refusals of :meth:`parse`."""
        if isinstance(source, str):
            source = self.parse(source, name, filename)
        else:
            refuse_other_files(source, name, filename)
        if raw:  # Jinja's two overloads: the Python source, or its code object
            return super().compile(source, name, filename, raw=True, defer_init=defer_init)
        return super().compile(source, name, filename, raw=False, defer_init=defer_init)


def refuse_other_files(tree: nodes.Template, name: str | None, filename: str | None) -> None:
    """Raise TemplateSyntaxError at the first include, import or extends of ``tree``."""
    for node in tree.find_all(_FORBIDDEN):
        what = type(node).__name__.lower().replace("fromimport", "from … import")
        raise jinja2.TemplateSyntaxError(_("mẫu không được dùng {{% {what} %}} (mẫu chỉ gồm một tệp "
                                           ".docx)").format(what=what), node.lineno, name, filename)
