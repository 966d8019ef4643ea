"""Pure language functions of Vietnamese administrative writing.

Owns: parsing what a secretary types (dates, times, numbers, people, periods),
formatting for print (the zero rule, "8 giờ 30", 2.450.000.000, Roman quarters),
syllables, the legacy TCVN3/VNI encodings, and reporting periods.
May import: the base layer (:mod:`minutes.model`, :mod:`minutes.errors`) only.
"""

from minutes import lazy_exports

__getattr__ = lazy_exports(__name__, {
    "parse_date": "parse", "parse_time": "parse", "parse_number": "parse", "parse_person": "parse",
    "parse_period": "parse", "parse_absence": "parse",
    "format_number": "format", "format_period": "format",
    "next_period": "periods", "period_code": "periods",
    "to_tcvn3": "legacy",
})
