"""What every check of ``minutes lint`` shares: building a finding, writing sizes and ranges."""

from __future__ import annotations

from minutes.i18n import N_, _
from minutes.lint.model import Finding, Para

TOP = N_("trang 1, đầu văn bản")
"""Where a finding about the header block is: the top of page 1."""


def finding(rule: str, message: str, para: Para | None = None, severity: str = "error", where: str = "") -> Finding:
    """Return a :class:`Finding` quoting ``para`` (if any); ``where`` in the language of the messages."""
    return Finding(rule, severity, message, para.quote if para else "", _(where) or (para.where if para else ""))


def vn_decimal(value: float) -> str:
    """Return a number in Vietnamese notation, decimal comma, no trailing zeros: 1,5."""
    return f"{value:g}".replace(".", ",")


def pt(value: float) -> str:
    """Return a size in Vietnamese notation: 12,5 pt."""
    return vn_decimal(value) + " pt"


def in_range(value: float, bounds: tuple[float, float], slack: float = 0.01) -> bool:
    """Return True when ``value`` lies in ``bounds`` (inclusive, with ``slack``)."""
    return bounds[0] - slack <= value <= bounds[1] + slack


def span_text(bounds: tuple[float, float], unit: str = "pt") -> str:
    """Return "12-13 pt" or "15 pt"."""
    lo, hi = (vn_decimal(b) for b in bounds)
    return f"{lo} {unit}" if lo == hi else f"{lo}-{hi} {unit}"
