"""Run every benchmark in this folder (``make bench``); each writes its section of RESULTS.md."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", file=sys.stderr)
        runpy.run_path(str(script), run_name="__main__")
