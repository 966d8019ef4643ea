"""format_number is written out by hand; it must give exactly what babel's ``vi`` locale gives."""

from __future__ import annotations

import random
from decimal import Decimal, localcontext

import pytest
from babel.numbers import format_decimal

from minutes.vietnamese.numbers import _precision, _to_decimal, format_number


def babel_vi(x) -> str:
    """The former implementation: babel's ``format_decimal`` in the ``vi`` locale, all digits kept."""
    d = _to_decimal(x)
    with localcontext() as ctx:
        ctx.prec = _precision(d, 3)
        d = d.normalize() if d else Decimal(0)
        return format_decimal(d, locale="vi", decimal_quantization=False)


EDGES = [0, 1, -1, 9, 10, 999, 1000, -1000, 1248, 9999, 10000, 123456, 1234567, 2450000000, 10**30, -(10**45) + 7,
         Decimal("0"), Decimal("-0"), Decimal("-0.000"), Decimal("0.5"), Decimal("87.50"), Decimal("-1248.125"),
         Decimal("1E+3"), Decimal("2.45E+9"), Decimal("1E+100"), Decimal("-1E-30"), Decimal("0.0001"),
         Decimal("123456789.987654321987654321987654321"), Decimal("1.000000000000000000000000000000001"),
         0.1, -0.25, 1e16, 1.5e-7, 123456.789, 2.0]


@pytest.mark.parametrize("x", EDGES, ids=repr)
def test_edge_values_match_babel(x) -> None:
    assert format_number(x) == babel_vi(x)


def test_random_values_match_babel() -> None:
    rng = random.Random(12)
    values = []
    for _ in range(4000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
        sign = rng.choice(("", "-"))
        values.append(Decimal(f"{sign}{digits}E{rng.randint(-45, 45)}"))
        values.append(int(sign + digits))
        values.append(rng.uniform(-1e12, 1e12) / 10 ** rng.randint(0, 12))
    for x in values:
        assert format_number(x) == babel_vi(x), x
