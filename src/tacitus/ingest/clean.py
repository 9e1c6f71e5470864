"""Cleaning a plain-text article: title, publisher tag, dateline, photo captions and site boilerplate.

Pure functions over text. A caption is a line that credits a photo ("Photo by ... via REUTERS",
"Photograph: .../Getty Images", "(Photo: ...)"); it is kept apart so that its date never leaks into the
story. Boilerplate patterns are data (``data/boilerplate.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from tacitus.errors import ConfigError

CAPTION_CREDIT = re.compile(r"\b(photo(graph)?s?( by|:)|photo credit|file photo|picture:|image:|\(photo\b|"
                            r"via reuters|/getty images|/afp\b|/ap photo|/reuters)", re.I)
SITE_TAG = re.compile(r"^([a-z][a-z0-9-]{2,30}(?:\.[a-z]{2,6})?)\s+(?=[A-Z])")
DATELINE_DATE = re.compile(r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|"
                           r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}|"
                           r"\d{4}-\d{2}-\d{2})$")
BYLINE = re.compile(r"^by\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}$", re.I)
# "MOSCOW (Reuters) - ", "ANKARA, Jan 8 (AP) — ", "ISTANBUL, March 5 — ": the place in capitals, then a dash
WIRE_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, [A-Z][A-Za-z. ]{1,20})?"
                           r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\s*(?:\((?P<agency>[\w .-]{2,30})\))?"
                           r"\s*[-–—]{1,2}\s+")


@dataclass
class CleanText:
    title: str | None
    body: str
    publisher: str | None = None
    dateline: str | None = None
    dateline_place: str | None = None
    captions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    path = resources.files("tacitus.ingest").joinpath("data", "boilerplate.txt")
    patterns = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            patterns.append(re.compile(line, re.I))
        except re.error as error:
            raise ConfigError(f"boilerplate.txt:{number}: bad pattern ({error})") from None
    return tuple(patterns)


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    return any(p.fullmatch(stripped) for p in boilerplate_patterns())


def _publisher_name(tag: str) -> str:
    name = tag.split(".")[0]
    if len(name) <= 4:  # bbc, dpa: acronyms
        return name.upper()
    return "-".join(part.capitalize() for part in name.split("-"))


def clean_text(raw: str, *, first_line_is_title: bool = True) -> CleanText:
    """The parts of a plain-text article; ``first_line_is_title``: the first line may be the title."""
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    title = None
    if first_line_is_title:
        while lines and not lines[0].strip():
            lines.pop(0)
        # A title needs evidence, or a one-line article would lose its only sentence to it: a blank line
        # after it, or a Markdown heading mark. A lede standing alone is no title: it opens with a wire
        # dateline ("ADDIS ABABA, March 14 (Reuters) -") or ends as a sentence does, which a headline does not.
        heading = bool(lines) and lines[0].startswith("# ")
        lede = bool(lines) and (WIRE_DATELINE.match(lines[0]) is not None or lines[0].endswith((".", '."', ".”")))
        if lines and len(lines[0]) <= 250 and (heading or len(lines) > 2 and not lines[1].strip() and not lede):
            title = lines.pop(0).lstrip("# ").strip() or None
    result = CleanText(title=title, body="")
    kept: list[str] = []
    after_boilerplate = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        if after_boilerplate and (stripped.startswith(("•", "·", "-", "*")) or len(stripped) < 40):
            continue
        if is_boilerplate(stripped):
            after_boilerplate = True
            continue
        after_boilerplate = False
        tag = SITE_TAG.match(stripped)
        if tag and result.publisher is None and CAPTION_CREDIT.search(stripped):
            result.publisher = _publisher_name(tag.group(1))
            stripped = stripped[tag.end():]
        if CAPTION_CREDIT.search(stripped) and len(stripped) < 600:
            result.captions.append(stripped)
            continue
        if result.dateline is None and DATELINE_DATE.match(stripped):
            result.dateline = stripped
            continue
        if BYLINE.match(stripped) and not result.authors:
            result.authors = [stripped[3:].strip()]
            continue
        wire = WIRE_DATELINE.match(stripped) if not kept or not any(k.strip() for k in kept) else None
        if wire:
            # the dateline is where the story was filed, not who acted: keep it out of the sentence
            result.dateline_place = wire.group("place").title()
            if wire.group("agency") and result.publisher is None:
                result.publisher = wire.group("agency").strip()
            stripped = stripped[wire.end():]
        kept.append(stripped)
    result.body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return result
