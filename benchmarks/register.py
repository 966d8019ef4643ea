"""The register's speed (issue: register of numbers, tasks follow-up, search; folder page).

Usage: python benchmarks/register.py [--outlines N] [--folder-outlines M] [--takes K] [--rounds R]
                                    [--db URL] [--take-only]

1. ``register take``: the library call on a warm process (median of K takes, each a new
   number written into its outline), then fresh processes, R rounds taken in turn (a busy
   moment of a shared machine falls on all of them): ``python -c pass`` (Python's own
   start-up, the floor), ``python -c "import sqlalchemy"`` (the toolkit's import, the
   other floor), the same with ``alembic.command`` (what creating a register imports
   besides), ``benchmarks/take_floor.py`` (the stack's floor: click, SQLAlchemy on SQLite
   and ruamel.yaml doing the least a take does, nothing of minutes),
   ``minutes register take`` of an outline already numbered, of a new number,
   and of the first number of a new register (the database created). Each with
   its CPU time (user + system, what a quiet machine's wall time is) and wall time, min
   and median, and the ratio of the medians to ``python -c pass``.
2. Over N generated outlines (default 10,000): the time to index them the first time,
   then ``tasks`` and ``search`` once indexed (the index checked against the files each
   time, as the commands do), in-process and as fresh processes.
3. The form's folder page over M outlines (default 1,000) once indexed, through HTTP.

SQLite by default (a file in the generated folder); ``--db URL`` for PostgreSQL. Nothing
is asserted: the figures are for reading (targets: take 0.2 s; tasks and search 1 s over
10,000 outlines; folder page 0.5 s over 1,000).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BODIES = ("ỦY BAN NHÂN DÂN XÃ AN BÌNH", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "ĐẢNG ỦY PHƯỜNG HÒA AN")
WORDS = ("vệ sinh môi trường", "phòng cháy chữa cháy", "chuyển đổi số", "an toàn giao thông", "giảm nghèo bền vững",
         "xây dựng nông thôn mới", "cải cách hành chính", "phòng chống thiên tai", "khuyến học", "dân số")
MINIMAL, PROVINCE = "toi-thieu.yaml", "cong-doan-quy-1-2026.yaml"
"""The outlines of section 1's fresh processes (examples/)."""
OWNERS = ("Văn phòng", "Công an xã", "Hội Nông dân", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ")


def outline_text(i: int) -> str:
    """Outline number ``i``: a monthly meeting of one of three bodies, three tasks, a review
    of the previous month's tasks, words to search for."""
    body = BODIES[i % len(BODIES)]
    month = i // len(BODIES)
    day = dt.date(2000, 1, 5) + dt.timedelta(days=30 * month)
    topic = WORDS[i % len(WORDS)]
    tasks = "\n".join(f"  - text: Triển khai {WORDS[(i + k) % len(WORDS)]} đợt {month}-{k}\n"
                      f"    owner: {OWNERS[(i + k) % len(OWNERS)]}\n    due: {(day + dt.timedelta(days=20)):%d/%m/%Y}"
                      for k in range(3))
    review = "\n".join(f"  - text: Triển khai {WORDS[(i - 3 + k) % len(WORDS)]} đợt {month - 1}-{k}\n"
                       f"    status: {'Hoàn thành' if k else 'Đang thực hiện'}" for k in range(3)) if month else "  []"
    return f"""organization:
  name: {body}
  code: UBND
meeting:
  title: Họp giao ban tháng {day.month} năm {day.year} về {topic} (số {i})
  date: {day:%d/%m/%Y}
  start: "08:00"
  location: Hội trường
chair: Nguyễn Văn An - Chủ tịch
secretary: Trần Thị Bình - Công chức Văn phòng
agenda:
  - Bàn công tác {topic} tháng {day.month}
review:
{review}
tasks:
{tasks}
"""


def make_folder(root: Path, count: int) -> Path:
    folder = root / f"hop-{count}"
    folder.mkdir()
    for i in range(count):
        (folder / f"hop-{i:05d}.yaml").write_text(outline_text(i), encoding="utf-8")
    return folder


def timed(job, repeat: int = 5) -> float:
    """Median seconds of ``repeat`` calls (after one warm-up)."""
    job()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def child(argv: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process running ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr.decode(errors='replace')}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def fresh_takes(root: Path, env: dict, rounds: int) -> None:
    """Fresh processes, ``rounds`` rounds in turn: the floors and the kinds of ``register take``
    (the first of a new register only on SQLite: a server's register is created once).

    The outlines are the examples of this year's meetings, as a secretary takes numbers:
    ``toi-thieu.yaml`` and ``cong-doan-quy-1-2026.yaml``, whose cơ quan chủ quản names a
    province (the check against the 2025 administrative map reads the map)."""
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}  # cached bytecode, as installed
    (root / "fresh").mkdir()
    python = [sys.executable]
    take = [*python, "-m", "minutes", "register", "take"]
    counter = iter(range(10**6))

    def copy(folder: Path, example: str = MINIMAL) -> str:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"hop-{next(counter):05d}.yaml"
        text = (REPO / "examples" / example).read_text(encoding="utf-8")
        target.write_text(re.sub(r"(?m)^number:.*\n", "", text), encoding="utf-8")  # no number typed yet
        return str(target)

    again = copy(root / "fresh" / "register")
    subprocess.run([*take, again], env=env, capture_output=True, check=True)  # numbered; bytecode written
    jobs = {
        "python -c pass": lambda: [*python, "-c", "pass"],
        "python -c 'import sqlalchemy'": lambda: [*python, "-c", "import sqlalchemy"],
        "... and alembic.command": lambda: [*python, "-c", "import sqlalchemy, alembic.command"],
        "the stack's floor (take_floor.py)": lambda: [*python, str(REPO / "benchmarks" / "take_floor.py"),
                                                      copy(root / "fresh" / "floor")],
        "take, already numbered": lambda: [*take, again],
        "take, a new number": lambda: [*take, copy(root / "fresh" / "register")],
        "take, new number, a province": lambda: [*take, copy(root / "fresh" / "register", PROVINCE)],
        "take, first of a new register": lambda: [*take, copy(root / "fresh" / f"new-{next(counter)}")],
    }
    if "MINUTES_DB" in env:
        del jobs["take, first of a new register"]
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in jobs}
    for n in range(rounds):
        for name in (list(jobs) if n % 2 == 0 else list(reversed(jobs))):
            samples[name].append(child(jobs[name](), env))
    base = statistics.median(cpu for _, cpu in samples["python -c pass"])
    print(f"   fresh processes, {rounds} rounds; seconds: CPU (user+sys) min / median, wall min / median, "
          "CPU median / python -c pass")
    for name, runs in samples.items():
        cpu, wall = [c for _, c in runs], [w for w, _ in runs]
        print(f"   {name:35} CPU {min(cpu):.3f} / {statistics.median(cpu):.3f}   "
              f"wall {min(wall):.3f} / {statistics.median(wall):.3f}   {statistics.median(cpu) / base:5.1f}x")
    print()


def fresh(args: list[str], env: dict, repeat: int = 3) -> float:
    """Median wall time of a fresh ``minutes`` process."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "minutes", *args], env=env, capture_output=True, check=False)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlines", type=int, default=10_000)
    parser.add_argument("--folder-outlines", type=int, default=1_000)
    parser.add_argument("--takes", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=15, help="rounds of fresh processes (section 1)")
    parser.add_argument("--take-only", action="store_true", help="section 1 only")
    parser.add_argument("--db", help="register URL (default: a SQLite file in each folder)")
    options = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from minutes.register import index, office

    engine = "PostgreSQL" if options.db and options.db.startswith("postgres") else "SQLite"
    print(f"Register benchmark on {engine}, {os.cpu_count()} CPUs\n")
    with tempfile.TemporaryDirectory(prefix="minutes-register-bench-") as tmp:
        root = Path(tmp)
        env = {**os.environ, **({"MINUTES_DB": options.db} if options.db else {})}
        env.pop("MINUTES_DB", None) if not options.db else None

        print("1. register take")
        takes = make_folder(root / "takes", options.takes) if (root / "takes").mkdir() is None else None
        paths = sorted(takes.glob("*.yaml"))
        office.register_for(takes, options.db)
        samples = []
        for path in paths[:options.takes]:
            start = time.perf_counter()
            office.take_number(str(path), db=options.db)
            samples.append(time.perf_counter() - start)
        print(f"   library, warm process: median {statistics.median(samples[1:]):.3f} s, "
              f"max {max(samples[1:]):.3f} s over {len(samples) - 1} takes")
        fresh_takes(root, env, options.rounds)
        if options.take_only:
            return

        print(f"2. tasks and search over {options.outlines} outlines")
        start = time.perf_counter()
        big = make_folder(root, options.outlines)
        print(f"   generated in {time.perf_counter() - start:.1f} s")
        register = office.register_for(big, options.db)
        start = time.perf_counter()
        read = index.refresh(register, [big])
        print(f"   first indexing: {time.perf_counter() - start:.1f} s ({read} outlines parsed)")
        print(f"   index check, nothing changed: {timed(lambda: index.refresh(register, [big])):.3f} s")
        edited = big / "hop-00007.yaml"
        edited.write_text(edited.read_text(encoding="utf-8").replace("Hội trường", "Phòng họp"), encoding="utf-8")
        start = time.perf_counter()
        index.refresh(register, [big])
        print(f"   one outline edited by hand, picked up in: {time.perf_counter() - start:.3f} s")
        tasks = timed(lambda: office.follow_up([big], db=options.db))
        overdue = timed(lambda: office.follow_up([big], owner="cong an", overdue=True, db=options.db))
        found = office.search("ve sinh moi truong", [big], db=options.db)
        search = timed(lambda: office.search("ve sinh moi truong", [big], db=options.db))
        print(f"   tasks (all {len(office.follow_up([big], db=options.db))}): {tasks:.3f} s; "
              f"--owner --overdue: {overdue:.3f} s")
        print(f"   search 've sinh moi truong' ({len(found)} hits shown): {search:.3f} s")
        print(f"   fresh `minutes tasks --format csv`: {fresh(['tasks', str(big), '--format', 'csv'], env):.3f} s; "
              f"fresh `minutes search`: {fresh(['search', 've sinh moi truong', str(big)], env):.3f} s\n")

        print(f"3. folder page over {options.folder_outlines} outlines")
        page = make_folder(root / "page", options.folder_outlines) if (root / "page").mkdir() is None else None
        from starlette.testclient import TestClient

        from minutes.web.app import create_app

        with TestClient(create_app(page, db=options.db), base_url="http://127.0.0.1:8000") as client:
            start = time.perf_counter()
            client.get("/")
            print(f"   first view (indexes every outline): {time.perf_counter() - start:.1f} s")
            print(f"   later views: {timed(lambda: client.get('/')):.3f} s")


if __name__ == "__main__":
    main()
