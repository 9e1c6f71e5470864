"""Write one benchmark's section of benchmarks/RESULTS.md, with the machine and the date."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")
HEADER = "# Benchmark results\n\nWritten by the scripts in `benchmarks/` (run by hand: `make bench`).\n"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {mem_gib:.0f} GiB, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def write_section(name: str, markdown: str) -> None:
    """Replace (or add) the section ``name`` in RESULTS.md."""
    stamp = f"_{dt.date.today().isoformat()} on {machine()}_"
    section = f"<!-- bench:{name} -->\n## {name}\n\n{stamp}\n\n{markdown.strip()}\n<!-- /bench:{name} -->\n"
    text = RESULTS.read_text() if RESULTS.exists() else HEADER
    pattern = re.compile(rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->\n", re.S)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    RESULTS.write_text(text)
