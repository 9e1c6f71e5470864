"""One large article, as the issue-17 probe sent it: a single line of ordinary sentences, 2 MB and 20 MB
(the byte limit), ingested and coded by `tacitus ingest` in a process of its own. Records wall-clock time,
peak memory (max RSS of the process) and what the report says. Targets: under 60 s and 2 GB each.

    .venv/bin/python benchmarks/bench_large_article.py [--sizes 2,20]

The text is made here from sentences we wrote, varied so that it is not one sentence repeated.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]
from _results import write_section  # noqa: E402

TACITUS = Path(sys.executable).with_name("tacitus")
SUBJECTS = ["Turkish troops", "Russian diplomats", "The Syrian army", "Protesters in Beirut", "Iraqi officials",
            "The United Nations", "Kurdish fighters", "Police in Ankara", "The European Union", "Iranian leaders"]
VERBS = ["shelled positions near", "held talks in", "withdrew from", "marched through", "imposed sanctions on",
         "sent aid to", "accused the government of", "called for a ceasefire in", "arrested activists in",
         "signed an agreement with"]
OBJECTS = ["Idlib", "Afrin", "Moscow", "Tal Abyad", "Baghdad", "Tripoli", "Kobani", "Geneva", "Tehran", "Aleppo"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "last week", "on Friday", "early on Sunday"]


def article(megabytes: int) -> str:
    rng = random.Random(megabytes)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000 - 200:
        sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(DAYS)}. "
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts).strip()  # one line, no title


def run(megabytes: int, folder: Path) -> dict[str, object]:
    path = folder / f"article-{megabytes}mb.txt"
    path.write_text(article(megabytes), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([str(TACITUS), "ingest", str(path), "--db", str(folder / f"{megabytes}.db")],
                            capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    peak = after.ru_maxrss / 1024  # KiB -> MiB: the largest child so far
    stderr = " ".join(result.stderr.split())
    summary = re.search(r"ingested .*?events \d+", stderr)
    return {"size": f"{path.stat().st_size / 1e6:.1f} MB", "seconds": seconds, "cpu": cpu, "peak": peak,
            "exit": result.returncode, "report": summary.group(0) if summary else stderr[:200]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2,20", help="megabytes, comma-separated")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in sizes:
            row = run(megabytes, Path(folder))
            print(row, file=sys.stderr)
            rows.append(row)
    table = "\n".join(f"| {r['size']} | {r['seconds']:.1f} | {r['cpu']:.1f} | {r['peak']:.0f} | {r['exit']} | "
                      f"{r['report']} |" for r in rows)
    write_section("large-article", f"""
One article on one line of ordinary sentences, `tacitus ingest` in a process of its own with the default
limits (`TACITUS_MAX_ARTICLE_CHARS`=100000, `TACITUS_MAX_ARTICLE_SENTENCES`=5000,
`TACITUS_MAX_ARTICLE_EVENTS`=500). Targets: under 60 s and 2,048 MiB each. Peak RSS is the largest of the
runs so far (getrusage of the children), so read each row as "at most". Wall-clock seconds include starting
the process (spaCy, torch); CPU seconds are the steadier figure on a shared machine.

| article | wall s | CPU s | peak RSS MiB | exit | report |
|---|---|---|---|---|---|
{table}

Load average at the end of the runs: {os.getloadavg()[0]:.1f} (other jobs share the cores; wall time grows with it).
""")


if __name__ == "__main__":
    os.environ.setdefault("TACITUS_CACHE_DIR", str(Path(tempfile.gettempdir()) / "tacitus-bench-cache"))
    main()
