"""Break a trích yếu into lines by meaning, as a văn thư sets a centred title.

Word wraps a long title wherever the line is full: "… quý / II năm 2026", "Công /
đoàn", "6 / tháng", a year alone on the last line. :func:`break_lines` chooses the
breaks itself: never inside a unit of meaning (a word pair such as "Công đoàn",
"quý II", "6 tháng", "năm 2026"), preferably after a comma or before a joining word
("và", "của", "tại"), with lines of similar length. It takes any ``measure``
function, so the agency-name breaker (font metrics, :mod:`minutes.docx.layout`) can
share it; the default measure is an estimate of bold Times New Roman.
"""

from __future__ import annotations

from collections.abc import Callable

Measure = Callable[[str], float]

TITLE_WIDTH_PT = 160 / 25.4 * 72 * 0.97
"""The room for a trích yếu: 160 mm of text width (the narrowest style), less a margin of error."""

JOINERS = ("và", "của", "tại", "về", "trong", "đối với", "nhằm", "để", "với", "theo", "giai đoạn",
           "sơ kết", "tổng kết", "triển khai", "đánh giá", "kiểm điểm")
"""Words a title line may start with: a break before them falls between units of meaning."""

GLUE_AFTER = ("quý", "tháng", "năm", "ngày", "lần", "thứ", "khóa", "nhiệm", "số", "đợt", "kỳ")
"""Words that never end a line: what follows belongs to them ("quý II", "năm 2026")."""

UNITS = (
    "ủy ban nhân dân", "hội đồng nhân dân", "ban chấp hành", "ban thường vụ", "ban thường trực",
    "công đoàn cơ sở", "mặt trận tổ quốc", "đoàn thể", "chính trị - xã hội", "kinh tế - xã hội",
    "thanh thiếu nhi", "phương hướng", "nhiệm vụ", "kết quả", "thực hiện", "công tác", "giao ban",
    "lãnh đạo", "sinh hoạt", "định kỳ", "hoạt động", "phong trào", "đặc khu", "cơ quan", "cơ sở",
    "mở rộng", "đề ra", "hội nghị", "cuộc họp", "đại hội", "kết luận", "đồng chí", "bí thư",
    "chủ tịch", "đảng ủy", "đảng bộ", "chi bộ", "việt nam", "người lao động", "thi đua", "khen thưởng",
    "triển khai", "sơ kết", "tổng kết", "đánh giá", "kiểm điểm", "phát động", "cơ quan đoàn thể", "đầu năm",
    "cuối năm", "họp giao ban",
)
"""Words of several syllables common in titles: never broken inside."""

_JOINERS_BY_SIZE = {size: frozenset(j for j in JOINERS if len(j.split()) == size)
                    for size in sorted({len(j.split()) for j in JOINERS})}
""":data:`JOINERS` by their number of words."""

_WIDE = dict.fromkeys("ABCDEGHKNOQRUVXYĐÂĂÊÔƠƯMW", 0.72)
_NARROW = dict.fromkeys("iljft.,;:!'()-/ ", 0.28)


def estimate(text: str, size_pt: float = 14) -> float:
    """An estimate of ``text``'s width in points, in bold Times New Roman at ``size_pt``."""
    import unicodedata

    total = 0.0
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0] if ch not in "ĐđƠơƯư" else ch
        total += _NARROW.get(base, _WIDE.get(base.upper() if base.isupper() else "", 0.52 if base.isupper() else 0.5))
    return total * size_pt * 1.04


def break_cost(words: list[str], i: int) -> float:
    """The cost of breaking before ``words[i]``: 0 is a natural break, ``inf`` forbidden."""
    before, after = words[i - 1], words[i]
    low_before, low_after = before.lower().rstrip(",;:"), after.lower()
    joiner = any(" ".join(words[i:i + size]).lower() in joiners for size, joiners in _JOINERS_BY_SIZE.items())
    if low_before in GLUE_AFTER or before[:1].isdigit() and not before.endswith(",") and not joiner:
        return float("inf")  # "quý / II", "6 / tháng"; a year may end a line before "và"
    if after[:1].isdigit() or after.strip("()").isupper() and len(after) <= 5 and after.isalpha():
        return float("inf")  # "2026", "II", "(mở rộng)" stay with the word before
    if before.endswith((",", ";", ":")):
        return 0.0
    if _inside_unit(words, i):
        return 200.0
    if joiner:
        return 1.0
    if low_before in JOINERS:
        return 150.0  # a line does not end on "và", "của", "tại"
    if low_after.rstrip(",") == "năm":
        return 30.0  # "năm 2026", "đầu năm" belong to the phrase before them
    if before[:1].isupper() and not after[:1].isupper():
        return 300.0  # "Công / đoàn", "Ủy / ban": the second syllable of a name
    if before[:1].isupper() and after[:1].isupper():
        return 30.0  # inside a proper name
    return 25.0


_UNITS_BY_SIZE = {size: frozenset(u for u in UNITS if len(u.split()) == size)
                  for size in sorted({len(u.split()) for u in UNITS})}
""":data:`UNITS` by their number of words."""


def _inside_unit(words: list[str], i: int) -> bool:
    """Whether a break before ``words[i]`` would split one of :data:`UNITS`."""
    for size, units in _UNITS_BY_SIZE.items():
        for start in range(max(0, i - size + 1), i):
            if " ".join(words[start:start + size]).lower().rstrip(",;") in units:
                return True
    return False


def break_lines(text: str, width: float = TITLE_WIDTH_PT, measure: Measure = estimate) -> list[str]:
    """``text`` as lines no wider than ``width`` (by ``measure``), broken by meaning.

    One line when it fits. Otherwise the fewest lines, each break chosen by
    :func:`break_cost`, lines balanced; a short last line is avoided. A word
    wider than the line gets a line of its own. Widths add up word by word, so
    the search stays linear in the number of lines' candidates.
    """
    words = text.split()
    if not words or measure(text) <= width:
        return [" ".join(words)] if words else []
    n, space = len(words), measure(" ")
    edge = [0.0]
    for w in words:
        edge.append(edge[-1] + measure(w))
    costs = [0.0] + [break_cost(words, i) for i in range(1, n)]
    best: dict[int, tuple[float, int]] = {0: (0.0, 0)}  # end -> (cost, start of its last line)
    for end in range(1, n + 1):
        options = []
        for start in range(end - 1, -1, -1):
            line = edge[end] - edge[start] + space * (end - start - 1)
            if line > width and end - start > 1:
                break  # longer lines only get wider
            if start not in best:
                continue
            cost = costs[start]
            if cost == float("inf"):
                continue
            slack = 1 - line / width
            shape = 100 * slack * slack if end < n else 400 * max(0.0, slack - 0.35) ** 2
            options.append((best[start][0] + cost + shape + 50, start))
        if options:
            best[end] = min(options)
    if n not in best:
        return [" ".join(words)]
    starts = [n]
    while starts[0]:
        starts.insert(0, best[starts[0]][1])
    return [" ".join(words[a:b]) for a, b in zip(starts, starts[1:])]


def break_title(text: str, width: float = TITLE_WIDTH_PT, measure: Measure = estimate) -> str:
    """``text`` with a line break ("\\n", a soft break in the .docx) at each chosen break."""
    return "\n".join(break_lines(text, width, measure))
