"""Cells of CSV and TSV exports that a spreadsheet must not run.

Article text is untrusted: a sentence or a name that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is a formula to Excel and LibreOffice (``=HYPERLINK(...)`` sends a click elsewhere). As OWASP
recommends, such a cell gets a leading ``'``, which spreadsheets show as text; a cell that is a plain number
(``-9.0``, a negative longitude) is left as it is.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
