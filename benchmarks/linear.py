"""Check and render time against the size of the longest field, up to the 1 MiB limit.

Usage: python benchmarks/linear.py [--max-kib 1000] [--steps 5] [--shapes a,b,...]

Each *shape* puts one long value into a small valid outline: plain words, a long run
of spaces inside a person's "Name - position", an absentee's "Name (reason)" with a
run of spaces, zero-width joiners, an organisation name repeated in the conclusion
(the running-text name guess), dashes, brackets, legacy-looking text, a long list.
For each shape the field grows from ``max/2**(steps-1)`` to ``max`` KiB; the script
prints the wall time of ``load_outline`` (check) and of ``render_bytes`` (render),
median of 3, and ``x/size``: how the time grew divided by how the size grew between
the smallest and the largest size (about 1 for linear, about the size ratio for
quadratic). Figures vary from machine to machine; compare the growth factors.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEAD = """organization: {{name: {org}, code: SNV}}
meeting:
  title: Hội nghị giao ban
  date: 26/8/2025
  start: 14h
  location: Hội trường
chair: {chair}
attendees:
  absent:
    - {absent}
conclusion: {conclusion}
"""


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def outline(shape: str, n: int) -> str:
    """A valid outline whose longest field has about ``n`` characters, of ``shape``."""
    fields = {"org": "SỞ NỘI VỤ", "chair": "Nguyễn Văn An - Giám đốc", "absent": "Lê Văn Bình (ốm)",
              "conclusion": "Xong."}
    words = ("Hội nghị thống nhất giao nhiệm vụ cho các phòng. " * (n // 48 + 1))[:n]
    if shape == "words":
        fields["conclusion"] = _quoted(words)
    elif shape == "spaces-person":
        fields["chair"] = _quoted("A" + " " * n + "B")
    elif shape == "spaces-absent":
        fields["absent"] = _quoted("Lê" + " " * n + "B")
    elif shape == "zero-width":
        fields["conclusion"] = _quoted("a" + "\u200d" * (n // 3) + "b")
    elif shape == "org-name":
        fields["org"] = "CÔNG TY CỔ PHẦN DỆT MAY SAO MAI"
        fields["conclusion"] = _quoted(("Công ty Cổ phần Dệt may Sao Mai làm tốt; " * (n // 40 + 1))[:n])
    elif shape == "dashes":
        fields["chair"] = _quoted("A" + " -" * (n // 2) + "B")
    elif shape == "brackets":
        fields["absent"] = _quoted("Lê" + "(" * (n // 2) + ")" * (n // 2))
    elif shape == "legacy":
        fields["conclusion"] = _quoted(("Uû ban nh©n d©n tØnh " * (n // 21 + 1))[:n])
    elif shape == "list":
        items = "\n".join(f"  - Việc số {i}" for i in range(n // 14))
        return HEAD.format(**fields).replace("conclusion: Xong.", "conclusion:\n" + items)
    return HEAD.format(**fields)


SHAPES = ("words", "spaces-person", "spaces-absent", "zero-width", "org-name", "dashes", "brackets", "legacy",
          "list")


def timed(func, runs: int = 3) -> float:
    """Median wall time of ``func()`` in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(shape: str, size: int) -> tuple[int, float, float]:
    """(bytes of the outline, check seconds, render seconds) for ``shape`` at about ``size`` bytes."""
    from minutes.docx.render import render_bytes
    from minutes.outline import load_outline

    data = outline(shape, size).encode("utf-8")
    while len(data) > size:  # the size is in bytes; Vietnamese letters take 2 or 3
        data = outline(shape, int(size * size / len(data)) - 64).encode("utf-8")
    check = timed(lambda: load_outline("bench.yaml", data=data))
    parsed = load_outline("bench.yaml", data=data)
    render = timed(lambda: render_bytes(parsed))
    return len(data), check, render


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kib", type=int, default=1020)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()
    sizes = [args.max_kib * 1024 // 2 ** k for k in reversed(range(args.steps))]
    print(f"{'shape':<14} {'KiB':>6} {'check s':>8} {'render s':>9}")
    for shape in args.shapes.split(","):
        rows = [measure(shape, size) for size in sizes]
        for size, check, render in rows:
            print(f"{shape:<14} {size / 1024:>6.0f} {check:>8.3f} {render:>9.3f}")
        grow = rows[-1][0] / rows[0][0]
        print(f"{shape:<14} x/size: check {rows[-1][1] / rows[0][1] / grow:.2f}, "
              f"render {rows[-1][2] / rows[0][2] / grow:.2f} (size grew {grow:.0f}x)")


if __name__ == "__main__":
    main()
