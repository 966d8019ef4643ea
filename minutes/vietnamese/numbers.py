"""Numbers as Vietnamese official text: "." groups thousands, "," marks decimals.

Pure functions, written out rather than asking babel's ``vi`` locale (whose data
takes longer to load than a whole render); they give babel's
``format_decimal(d, locale="vi", decimal_quantization=False)`` exactly, which
``tests/vietnamese/test_numbers_babel.py`` checks. :mod:`minutes.vietnamese.format`
re-exports them.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext


def _to_decimal(x: int | Decimal | float) -> Decimal:
    """Exact ``Decimal`` of a number; floats go through ``repr`` (0.1 -> 0.1)."""
    if isinstance(x, bool) or not isinstance(x, (int, Decimal, float)):
        raise TypeError(f"expected a number, got {type(x).__name__}")
    d = Decimal(repr(x)) if isinstance(x, float) else Decimal(x)
    if not d.is_finite():
        raise ValueError(f"not a finite number: {x!r}")
    return d


def _precision(d: Decimal, extra: int = 0) -> int:
    """A context precision large enough to handle ``d`` exactly (plus ``extra`` digits)."""
    _, digits, exponent = d.as_tuple()
    return max(28, len(digits) + abs(int(exponent)) + extra + 2)


def check_int(n: int, name: str = "n") -> None:
    """Raise TypeError unless ``n`` is an ``int`` (a ``bool`` is refused)."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"{name} must be an int, got {type(n).__name__}")


def format_number(x: int | Decimal | float) -> str:
    """A number with "." thousands and "," decimals, all its own digits, no trailing zeros.

    >>> format_number(2450000000), format_number(Decimal("87.50")), format_number(-1248)
    ('2.450.000.000', '87,5', '-1.248')
    """
    d = _to_decimal(x)
    with localcontext() as ctx:
        ctx.prec = _precision(d, 3)
        d = d.normalize() if d else Decimal(0)  # also turns -0 into 0
        whole, _, fraction = f"{d.copy_abs():f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return ("-" if d.is_signed() else "") + grouped + ("," + fraction if fraction else "")


def pad2(n: int) -> str:
    """A count as officials write it: 1-9 take a leading zero, 0 stays "0".

    >>> pad2(5), pad2(0), pad2(12), pad2(1248)
    ('05', '0', '12', '1.248')
    """
    check_int(n)
    if n < 0:
        raise ValueError(f"negative count: {n}")
    return f"0{n}" if 1 <= n <= 9 else format_number(n)


def format_quantity(value: int | Decimal | float, unit: str) -> str:
    """A number and its unit, one space apart; "%" sticks to the number.

    >>> format_quantity(Decimal("61.7"), "km"), format_quantity(Decimal("87.5"), "%")
    ('61,7 km', '87,5%')
    """
    unit = unit.strip()
    number = format_number(value)
    if not unit:
        return number
    return number + unit if unit.startswith("%") else f"{number} {unit}"


def format_count(n: int, noun: str = "") -> str:
    """A head count padded with :func:`pad2`, then the noun.

    >>> format_count(3, "đảng viên"), format_count(12, "cá nhân"), format_count(0)
    ('03 đảng viên', '12 cá nhân', '0')
    """
    noun = noun.strip()
    return f"{pad2(n)} {noun}" if noun else pad2(n)


def format_percent(ratio: int | Decimal | float, digits: int = 1) -> str:
    """A ratio as a percentage, rounded half up to ``digits`` places, trailing zeros dropped.

    >>> format_percent(Decimal("0.267")), format_percent(1), format_percent(0.2665)
    ('26,7%', '100%', '26,7%')
    """
    check_int(digits, "digits")
    if digits < 0:
        raise ValueError(f"digits must not be negative: {digits}")
    d = _to_decimal(ratio)
    with localcontext() as ctx:
        ctx.prec = _precision(d, digits + 2)
        rounded = (d * 100).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return format_number(rounded) + "%"


def format_change(value: int | Decimal | float, previous: int | Decimal | float) -> str:
    """How an indicator moved against the previous period, in words.

    The percentage is relative to ``abs(previous)``; when ``previous`` is 0 no
    percentage exists and the absolute difference is given instead. A change
    that rounds to 0% is written "dưới 0,1%".

    >>> format_change(1900000000, 1500000000), format_change(95, 100), format_change(7, 7)
    ('tăng 26,7%', 'giảm 5%', 'không đổi')
    >>> format_change(12, 0)
    'tăng 12'
    """
    new, old = _to_decimal(value), _to_decimal(previous)
    with localcontext() as ctx:
        ctx.prec = max(_precision(new), _precision(old)) + 2
        diff = new - old
        size = abs(diff)  # abs() rounds to the context too
        if diff == 0:
            return "không đổi"
    word = "tăng" if diff > 0 else "giảm"
    if old == 0:
        return f"{word} {format_number(size)}"
    ratio = size / abs(old)  # default context: 28 significant digits are plenty
    text = format_percent(ratio)
    return f"{word} {'dưới 0,1%' if text == '0%' else text}"
