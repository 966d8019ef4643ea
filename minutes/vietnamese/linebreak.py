"""Break a name or a title into balanced lines at places that keep its meaning.

A văn thư breaks "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN KBANG" as
"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM / HUYỆN KBANG", never "…TỔ QUỐC / VIỆT NAM
HUYỆN KBANG" nor "…ĐOÀN / THỂ HUYỆN". The rules, as data:

- :data:`COMPOUNDS`: words of two or more syllables that are never split
  (đoàn thể, Việt Nam, Tổ quốc, chính trị - xã hội…);
- :data:`PHRASES`: fixed names better not split (Mặt trận Tổ quốc Việt Nam,
  Ban Chấp hành, Công đoàn cơ sở…): splitting one costs, but is allowed;
- :data:`ADMIN_UNITS`: tỉnh, huyện, xã, phường, thành phố, đặc khu… never end a line
  away from the name that follows them, and that place name stays whole if it can;
- a line breaks best before "các", "và", "của", "thuộc" and an administrative
  unit, never after them.

:func:`break_lines` is pure: the caller passes a function measuring a text
(:func:`minutes.docx.linebreak.break_name` measures with Times New Roman) and the
column width. :func:`bad_breaks` says where given lines break against the rules
(``minutes lint`` uses it).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

COMPOUNDS = frozenset("""
việt nam|tổ quốc|nhân dân|chính trị - xã hội|chính trị|xã hội|mặt trận|công đoàn|ủy ban|uỷ ban
hội đồng|chấp hành|thường trực|thường vụ|cơ quan|đảng ủy|đảng uỷ|đảng bộ|chi bộ|chi ủy|chi đoàn
đoàn thể|chính phủ|quốc hội|hội nghị|đại hội|thanh niên|cộng sản|hồ chí minh|liên đoàn|lao động
phụ nữ|nông dân|cựu chiến binh|chiến binh|cơ sở|công ty|cổ phần|trách nhiệm|hữu hạn|doanh nghiệp
văn phòng|nội vụ|tài chính|kế hoạch|đầu tư|giáo dục|đào tạo|y tế|tư pháp|công an|quân sự|kiểm tra
tuyên giáo|dân vận|tổ chức|trung ương|thành ủy|tỉnh ủy|huyện ủy|quận ủy|thị ủy|xã ủy|phường ủy
dệt may|giao thông|vận tải|xây dựng|công thương|nông nghiệp|phát triển|nông thôn|tài nguyên
môi trường|khoa học|công nghệ|thông tin|truyền thông|văn hóa|văn hoá|thể thao|du lịch|thương binh
ngân hàng|kho bạc|nhà nước|trường học|đại học|trung học|tiểu học|mầm non|bệnh viện|trung tâm
hợp tác xã|hợp tác|thanh tra|tòa án|viện kiểm sát|kiểm sát|cộng hòa|cộng hoà|chủ nghĩa|độc lập
tự do|hạnh phúc|giao ban|tổng kết|sơ kết|công tác|nhiệm vụ|kết quả|thực hiện|phương hướng
kết luận|triển khai|học tập|quán triệt|nghị quyết|đại biểu|lần thứ|nhiệm kỳ|quý i|quý ii|quý iii
quý iv|chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|phó giám đốc|trưởng ban|phó trưởng ban
ủy viên|thư ký|chủ tọa|chủ trì|thanh thiếu nhi|thiếu nhi|mở rộng|định kỳ|phong trào|thi đua|khen thưởng
an sinh|mùa hè|tình nguyện|hội viên|đoàn viên|đảng viên|sinh hoạt
chuyên đề|kiểm điểm|đánh giá|xếp loại|bầu cử|ban hành|phòng chống|phòng, chống|dịch bệnh
gia lai|thanh hóa|thanh hoá|tây ninh|hà nội|ba đình|tháp mười|đồng tháp|bà rịa - vũng tàu
thừa thiên huế|thừa thiên - huế|hồ chí minh|sao mai|tổ quốc việt nam|mttq việt nam|cộng sản việt nam
tncs hồ chí minh
""".replace("\n", "|").split("|")) - {""}
"""Words that are never split across lines (lower case, NFC)."""

PHRASES = frozenset("""
mặt trận tổ quốc việt nam|ủy ban mttq việt nam|ủy ban mặt trận tổ quốc việt nam|ban chấp hành
ban thường vụ|ban kiểm tra|đoàn tncs hồ chí minh|công đoàn cơ sở
liên đoàn lao động|hội liên hiệp phụ nữ|hội nông dân|hội cựu chiến binh|ủy ban nhân dân
hội đồng nhân dân|ủy ban kiểm tra|đảng cộng sản việt nam|công ty cổ phần
công ty trách nhiệm hữu hạn|cộng hòa xã hội chủ nghĩa việt nam
""".replace("\n", "|").split("|")) - {""}
"""Fixed names better kept on one line (splitting one is allowed, at a cost)."""

ADMIN_UNIT_WORDS = ("thị xã", "thị trấn", "thành phố", "đặc khu", "tỉnh", "huyện", "xã", "phường", "quận")
"""The administrative units' words, in lower case (shared with naming and the importer)."""

ADMIN_UNITS = ADMIN_UNIT_WORDS + ("tp.", "tx.")
"""Administrative-unit words and their abbreviations: never at the end of a line away from their name."""

OPENERS = frozenset({"các", "và", "của", "thuộc", "tại", "về", "trực thuộc"})
"""Words a line may begin with but never end with."""

AUTHORITY = frozenset({"tm.", "kt.", "tl.", "tuq.", "q.", "t/m", "k/t", "t/l"})
"""Signature prefixes: never alone at the end of a line."""

COUNTED = frozenset({"năm", "quý", "tháng", "ngày", "lần", "khóa", "khoá", "số", "kỳ"})
"""Words never parted from the number that follows them ("năm 2026"); a number is never
parted from the word after it ("6 tháng")."""

POSITIONS = frozenset({"chủ tịch", "bí thư", "giám đốc", "trưởng ban", "chánh văn phòng", "trưởng phòng"})
"""Titles of a signer: a line breaks well after one ("CHỦ TỊCH / ỦY BAN NHÂN DÂN")."""

HARD = 1000.0
SOFT = 50.0
BAD_END = 200.0
GOOD_START = 8.0
POSITION_BREAK = 60.0
MAX_NAME = 4  # syllables after an administrative unit taken as its place name
MAX_TOKENS = 80  # past this, lines are filled greedily
MAX_LINES = 8  # nor is a text broken into more lines than this
BALANCE = 150.0  # a line's squared width over this is its share of the score


def _key(token: str) -> str:
    return unicodedata.normalize("NFC", token).lower().strip(",;:.()\"“”") or token.lower()


def _spans(keys: list[str], phrases: frozenset[str]) -> list[tuple[int, int]]:
    """Return (start, end) token spans of ``phrases`` found in ``keys``, longest first, not overlapping."""
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    longest = max(len(p.split()) for p in phrases)
    for size in range(longest, 1, -1):
        for start in range(len(keys) - size + 1):
            span = set(range(start, start + size))
            if " ".join(keys[start:start + size]) in phrases and not span & taken:
                found.append((start, start + size))
                taken |= span
    return found


def _admin_at(keys: list[str], i: int) -> int:
    """Return how many tokens the administrative-unit word at ``i`` has (0 when none)."""
    for unit in ADMIN_UNITS:
        words = unit.split()
        if keys[i:i + len(words)] == words:
            return len(words)
    return 0


def gap_costs(tokens: Sequence[str]) -> list[float]:
    """Return the cost of breaking the line after each token but the last.

    :data:`HARD` marks a break inside a compound or after an administrative unit or
    a signature prefix; a break inside a fixed phrase or a place name costs
    :data:`SOFT`; after an opener :data:`BAD_END`; before an opener or an
    administrative unit it gains :data:`GOOD_START`.
    """
    keys = [_key(t) for t in tokens]
    raw = [t.lower() for t in tokens]
    cost = [0.0] * max(len(tokens) - 1, 0)
    for start, end in _spans(raw, PHRASES) + _spans(keys, PHRASES):
        for g in range(start, end - 1):
            cost[g] = max(cost[g], SOFT)
    compounds = _spans(raw, COMPOUNDS) + _spans(keys, COMPOUNDS)
    in_compound = {i for s, e in compounds for i in range(s, e)}
    for start, end in compounds:
        for g in range(start, end - 1):
            cost[g] = HARD
    i = 0
    while i < len(tokens):
        size = _admin_at(keys, i) if i not in in_compound else 0
        named = size and i + size < len(tokens) and tokens[i + size - 1][-1] not in ",;:."
        if named and keys[i + size] not in OPENERS and tokens[i + size][:1].isupper():
            last = i + size - 1
            cost[last] = HARD
            name_end = last + 1
            while (name_end + 1 < len(tokens) and name_end - last < MAX_NAME
                   and not _admin_at(keys, name_end + 1) and keys[name_end + 1] not in OPENERS):
                name_end += 1
            for g in range(last + 1, name_end):
                cost[g] = max(cost[g], SOFT)
            if i > 0:
                cost[i - 1] -= GOOD_START
        i += max(size, 1)
    for g in range(len(cost)):
        if keys[g] in OPENERS:
            cost[g] += BAD_END
        if tokens[g][-1] in ",;":
            cost[g] -= 2 * GOOD_START
        if keys[g + 1] in OPENERS and g > 0:
            cost[g] -= GOOD_START
        if keys[g] in AUTHORITY or tokens[g + 1] in ("-", "–") or tokens[g] in ("-", "–"):
            cost[g] = HARD
        counted = keys[g].isdigit() and not (g and keys[g - 1] in COUNTED)
        if counted or (keys[g + 1].isdigit() and keys[g] in COUNTED):
            cost[g] = HARD
        if raw[g] in POSITIONS or " ".join(raw[max(g - 1, 0):g + 1]) in POSITIONS:
            cost[g] -= POSITION_BREAK
    return cost


def break_lines(text: str, measure: Callable[[str], float], width: float) -> list[str]:
    """Return ``text`` in the fewest lines no wider than ``width``, balanced, broken by meaning.

    ``measure`` gives a text's width in the unit of ``width``; it must add up (the width
    of "a b" is that of "a", " " and "b": no kerning). A text that fits stays
    one line. Among the breaks that give the fewest lines and none against the rules
    (:func:`gap_costs`), the most balanced wins (the least sum of squared line
    widths), soft costs added. A text that cannot be broken without a hard break
    takes the cheapest one; a single word wider than the column stays whole.
    """
    tokens = text.split()
    if not tokens or measure(" ".join(tokens)) <= width:
        return [" ".join(tokens)] if tokens else []
    if len(tokens) > MAX_TOKENS:
        return _greedy(tokens, measure, width)
    costs = gap_costs(tokens)
    found = []
    for k, entry in _rows(tokens, costs, measure, width):
        if entry is not None:
            found.append((entry, k))
            if entry[0] == 0:
                break
    if not found:
        return _greedy(tokens, measure, width)
    clean = [(entry, k) for entry, k in found if entry[0] == 0]
    (_, _, cuts), _ = clean[0] if clean else min(found, key=lambda f: (f[0][0], f[1], f[0][1]))
    n = len(tokens)
    bounds = (0, *cuts, n)
    return [" ".join(tokens[a:b]) for a, b in zip(bounds, bounds[1:])]


def _rows(tokens, costs, measure, width):
    """Yield (k, best break into k lines) for k = 2, 3, …: (hard breaks, score, cut points)
    or None when no k lines fit. The score adds each line's squared width (over
    :data:`BALANCE`) and the soft costs of its breaks; no line is wider than ``width``.
    """
    n = len(tokens)
    widths, space = [measure(t) for t in tokens], measure(" ")
    starts = [0.0]
    for w in widths:
        starts.append(starts[-1] + w)
    row: list = [(0, 0.0, ())] + [None] * n  # the best single line over tokens[:j], j = 0 only
    for k in range(1, min(n, MAX_LINES) + 1):
        nxt: list = [None] * (n + 1)
        for j in range(k, n + 1):
            best = None
            for i in range(j - 1, k - 2, -1):
                w = starts[j] - starts[i] + (j - i - 1) * space
                if w > width:
                    break
                prev = row[i]
                if prev is None:
                    continue
                gap = costs[i - 1] if i else 0.0
                hard = prev[0] + (gap >= HARD)
                score = prev[1] + w * w / BALANCE + (0.0 if gap >= HARD else gap)
                if best is None or (hard, score) < best[:2]:
                    best = (hard, score, prev[2] + ((i,) if i else ()))
            nxt[j] = best
        row = nxt
        if k >= 2:
            yield k, row[n]


def _greedy(tokens, measure, width) -> list[str]:
    """Fill lines word by word (the last resort)."""
    out = [tokens[0]]
    for token in tokens[1:]:
        candidate = f"{out[-1]} {token}"
        if measure(candidate) <= width:
            out[-1] = candidate
        else:
            out.append(token)
    return out


def bad_breaks(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Return (index of the line that ends badly, the words across the break) for each
    break between ``lines`` that splits a compound or leaves an administrative unit
    or a signature prefix at a line's end."""
    tokens, ends = [], []
    for line in lines:
        tokens += line.split()
        ends.append(len(tokens) - 1)
    costs = gap_costs(tokens)
    out = []
    for index, end in enumerate(ends[:-1]):
        if 0 <= end < len(costs) and costs[end] >= HARD:
            out.append((index, f"{tokens[end]} / {tokens[end + 1]}"))
    return out
