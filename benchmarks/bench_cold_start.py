"""Cold start: `tacitus extract` of one short article from a new process, as a user runs it. Target < 5 s.

    .venv/bin/python benchmarks/bench_cold_start.py [--runs 5] [--env LABEL=PYTHON[:PYTHONPATH]]...

Without --env it measures this interpreter's Tacitus. Each --env names another interpreter (e.g. a user's
install without torch, or an older checkout through PYTHONPATH) so that several can be compared in one run;
the environments alternate within each round. Caches (gazetteer, lexicon, registry) are warmed first, as
they are on any machine after the first run.
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

sys.path.insert(0, str(Path(__file__).parent))
from _results import write_section  # noqa: E402

ARTICLE = ("Turkish troops shelled a Kurdish militia position near the Syrian town of Afrin on Tuesday, killing "
           "four fighters, a monitoring group said.\nThe Syrian government condemned the attack.\n")
RUN = "import sys\nfrom tacitus.cli import main\nmain(sys.argv[1:])\n"
PROBE = ("import sys\nfrom tacitus.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
         "print('torch' in sys.modules and sys.modules['torch'] is not None, file=sys.stderr)")


def environment(spec: str) -> tuple[str, list[str], dict[str, str]]:
    label, _, rest = spec.partition("=")
    python, _, path = rest.partition(":")
    env = dict(os.environ)
    if path:
        env["PYTHONPATH"] = path
    return label, [python], env


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--env", action="append", default=[], help="LABEL=PYTHON[:PYTHONPATH]")
    args = parser.parse_args()
    envs = [environment(spec) for spec in args.env] or [("this environment", [sys.executable], dict(os.environ))]
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "short.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        extract = ["extract", str(article), "--published", "2019-12-24"]
        torch = {}
        for label, python, env in envs:  # warms the caches too
            done = subprocess.run([*python, "-c", PROBE, *extract], capture_output=True, text=True, env=env,
                                  check=False)
            torch[label] = "yes" if done.stderr.strip().endswith("True") else "no"
        measured: dict[str, list[tuple[float, float]]] = {label: [] for label, _, _ in envs}
        loads = []
        for _ in range(args.runs):
            loads.append(os.getloadavg()[0])
            for label, python, env in envs:
                measured[label].append(run([*python, "-c", RUN, *extract], env))
                wall, cpu = measured[label][-1]
                print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU", file=sys.stderr)
    rows = [f"| {label} | {statistics.median(w for w, _ in runs):.2f} | {min(w for w, _ in runs):.2f} | "
            f"{statistics.median(c for _, c in runs):.2f} | {torch[label]} |" for label, runs in measured.items()]
    write_section("cold start", "\n".join([
        f"`tacitus extract` of a two-sentence article from a new process (classifier on, caches warm), "
        f"{args.runs} runs each, environments alternating; target < 5 s. Load average during the runs "
        f"{min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores: where it is above the number of cores the "
        "processes wait for a core, and the CPU time (user + system) is what the command itself costs.", "",
        "| environment | median wall s | fastest wall s | median CPU s | torch loaded |",
        "|---|---|---|---|---|", *rows]))


if __name__ == "__main__":
    main()
