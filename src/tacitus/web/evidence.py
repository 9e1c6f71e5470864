"""An event's evidence as the event page shows it: the sentence cut into plain, trigger and party segments
(Jinja escapes each), and links only when they are web links."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit


def safe_url(url: object) -> str | None:
    """An http(s) URL to link to; anything else (javascript:, data:, relative) is not a link."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def highlighted(mention: dict[str, Any]) -> list[tuple[str, str]]:
    """(text, kind) segments of the sentence, kind "trigger", "actor", "recipient" or "" (plain)."""
    sentence: str = mention.get("sentence") or ""
    marks: list[tuple[int, int, str]] = []
    wanted = [(mention.get("trigger"), "trigger")]
    wanted += [(party.get("text"), role) for role in ("actor", "recipient") for party in mention.get(role) or []]
    for text, kind in wanted:
        if not text:
            continue
        # whole words only: the party "TUR" is not the start of "Turkish"
        found = re.search(rf"(?<!\w){re.escape(text)}(?!\w)", sentence) or \
            re.search(rf"(?<!\w){re.escape(text)}(?!\w)", sentence, re.IGNORECASE)
        if found and all(found.end() <= s or found.start() >= e for s, e, _ in marks):
            marks.append((found.start(), found.end(), kind))
    segments, position = [], 0
    for start, end, kind in sorted(marks):
        if start > position:
            segments.append((sentence[position:start], ""))
        segments.append((sentence[start:end], kind))
        position = end
    if position < len(sentence):
        segments.append((sentence[position:], ""))
    return segments
