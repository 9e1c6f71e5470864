"""``--format table``: aligned columns without borders, as wide as the terminal they are printed in.

A table that fits is printed as it is. One that does not first wraps its longest cells at spaces (never
inside a word), then cuts the ``squeeze`` columns (paths, URLs) short, keeping their ends, then leaves out the
``optional`` columns in the order given, and only then breaks the longest words. Printed to a file or a
pipe, no width applies: one line a row.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from collections.abc import Sequence

GAP = 2  # spaces between columns
SQUEEZED = 12  # the width a squeezed column may be cut to
MIN_WIDTH = 6  # no column is made narrower than this


def terminal_width() -> int | None:
    """$COLUMNS, else the width of the terminal stdout is; None when stdout is a file or a pipe."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def render_table(header: Sequence[str], rows: Sequence[Sequence[str]], *, width: int | None,
                 squeeze: Sequence[str] = (), optional: Sequence[str] = ()) -> list[str]:
    """The lines of the table (without line ends)."""
    shown = list(range(len(header)))
    natural = [max([len(header[i])] + [len(row[i]) for row in rows]) for i in shown]
    if width is None or _total(natural, shown) <= width:
        return _lines(header, rows, shown, natural, set())
    cut = {i for i, name in enumerate(header) if name in squeeze}
    floor = [min(natural[i], SQUEEZED) if i in cut else _longest_word(header[i], rows, i) for i in shown]
    for name in optional:
        if _total(floor, shown) <= width:
            break
        if name in header:
            shown.remove(header.index(name))
    widths = list(floor)
    # The last resort: break the longest words, in columns of several words first (an id or a date broken in
    # two is harder to read than a long name).
    prose = [i for i in shown if i not in cut and any(" " in row[i] for row in rows)]
    while _total(widths, shown) > width:
        wide = ([i for i in prose if widths[i] > MIN_WIDTH]
                or [i for i in shown if i not in cut and widths[i] > MIN_WIDTH])
        if not wide:
            break
        widths[max(wide, key=lambda i: widths[i])] -= 1
    spare = width - _total(widths, shown)
    for group in ([i for i in shown if i not in cut], [i for i in shown if i in cut]):
        while spare > 0:  # the room left goes to the columns that lack most, the ones read before the cut ones
            lacking = max(group, key=lambda i: natural[i] - widths[i], default=None)
            if lacking is None or natural[lacking] <= widths[lacking]:
                break
            widths[lacking] += 1
            spare -= 1
    return _lines(header, rows, shown, widths, cut)


def _total(widths: Sequence[int], shown: Sequence[int]) -> int:
    return sum(widths[i] for i in shown) + GAP * (len(shown) - 1)


def _longest_word(title: str, rows: Sequence[Sequence[str]], i: int) -> int:
    return max(len(word) for text in [title, *(row[i] for row in rows)] for word in text.split() or [""])


def _lines(header: Sequence[str], rows: Sequence[Sequence[str]], shown: Sequence[int], widths: Sequence[int],
           cut: set[int]) -> list[str]:
    lines = _row_lines(header, shown, widths, cut)
    lines.append((" " * GAP).join("-" * widths[i] for i in shown))
    for row in rows:
        lines += _row_lines(row, shown, widths, cut)
    return lines


def _row_lines(cells: Sequence[str], shown: Sequence[int], widths: Sequence[int], cut: set[int]) -> list[str]:
    parts = []
    for i in shown:
        text, width = cells[i], widths[i]
        if len(text) <= width:
            parts.append([text])
        elif i in cut:  # the end of a path or URL tells one from another: "…/al-monitor-2019-12-23.txt"
            parts.append(["…" + text[len(text) - width + 1:]])
        else:
            parts.append(textwrap.wrap(text, width, break_on_hyphens=False) or [""])
    height = max(len(p) for p in parts)
    return [(" " * GAP).join((p[n] if n < len(p) else "").ljust(widths[i]) for p, i in zip(parts, shown)).rstrip()
            for n in range(height)]
