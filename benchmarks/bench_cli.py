"""How fast the command starts: `tacitus --version` and `tacitus events` on the demo store, as a user types them
(a new process each time, wall-clock time). Targets: 0.5 s and 1.5 s.

    .venv/bin/python benchmarks/bench_cli.py [--runs 7] [--db DEMO.db]

Without --db it fills a temporary store with `tacitus demo` first (about a minute: spaCy and the coder).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]
from _results import write_section  # noqa: E402

TACITUS = Path(sys.executable).with_name("tacitus")
TARGETS = {"--version": 0.5, "events": 1.5}


def seconds(args: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of each run: on a busy machine the CPU time is the steadier."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(TACITUS), *args], check=True, stdout=subprocess.DEVNULL)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def heavy_modules(args: list[str]) -> list[str]:
    probe = ("import sys\nfrom tacitus.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(' '.join(m for m in ('torch', 'spacy') if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False)
    return done.stderr.split()[-2:] if done.stderr.strip() else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", help="an existing demo store (default: fill a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or str(Path(folder) / "demo.db")
        if not args.db:
            subprocess.run([str(TACITUS), "demo", "--db", db, "--format", "json"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        events = subprocess.run([str(TACITUS), "events", "--db", db, "--format", "jsonl"], check=True,
                                capture_output=True, text=True).stdout.count("\n")
        commands = {"--version": ["--version"], "events": ["events", "--db", db]}
        rows = []
        for name, command in commands.items():
            wall, cpu = seconds(command, args.runs)
            median = statistics.median(wall)
            loaded = ", ".join(heavy_modules(command)) or "neither"
            rows.append(f"| `tacitus {name}` | {median:.2f} | {min(wall):.2f} | {statistics.median(cpu):.2f} | "
                        f"{TARGETS[name]} | {loaded} |")
            print(f"tacitus {name}: median {median:.2f} s", file=sys.stderr)
    write_section("cli", "\n".join([
        f"Wall-clock time of a new process, median of {args.runs} runs; `events` prints the demo store's "
        f"{events} merged events as a table (to /dev/null). Load average during the runs: "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: where it is above the number of cores, the "
        "processes wait for a core and the CPU time (user + system) is what the command itself costs.", "",
        "| command | median s | fastest s | median CPU s | target s | spaCy / torch loaded |",
        "|---|---|---|---|---|---|", *rows]))


if __name__ == "__main__":
    main()
