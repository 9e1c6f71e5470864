"""Finding temporal expressions in a sentence: the patterns, and the longest non-overlapping matches.

Each pattern names a kind that resolve.py knows how to read. Months and weekdays must be capitalised, so
the modal "may" and the verb "march" are not months. A few forms are too ambiguous to take from running
text ("1996" can count troops, "fall" is a verb, "now" is rarely a date of an event); they are *loose*, read
only where the caller says an expression stands (``loose=(start, end)``), as ``tacitus resolve date`` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from tacitus.coding.timex.vocabulary import vocabulary


@dataclass(frozen=True)
class Match:
    kind: str
    start: int
    end: int
    groups: dict[str, str]
    text: str


# Words a year follows in running text ("in 1998", "since 1990", "between 1994 and 1997")
YEAR_CONTEXT = {"in", "since", "during", "until", "till", "by", "of", "from", "to", "between", "and", "or",
                "before", "after", "early", "late", "mid", "around", "through", "throughout", "circa", "year",
                "fiscal", "as", "for", "about", "spring", "summer", "fall", "autumn", "winter", "than"}
STOPWORDS = frozenset({"the", "in", "a", "at", "this", "for", "of", "to", "by", "as", "so", "right", "just"})
LOOSE_KINDS = {"bare_year", "bare_season", "reference", "overnight", "in_units", "the_quarter"}


def _alternation(words: Iterable[str], *, capital: bool = False) -> str:
    items = sorted(words, key=len, reverse=True)
    parts = []
    for word in items:
        pattern = re.escape(word).replace(r"\ ", r"\s+")
        if capital:
            pattern = word[0].upper() + pattern[1:]
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, frozenset[str], re.Pattern[str]]]:
    """The patterns in order of preference (a longer match wins over an earlier pattern)."""
    vocab = vocabulary()
    month = (r"(?P<month>" + _alternation([m for m in vocab.months if len(m) > 3 or m == "may"], capital=True)
             + r"|" + _alternation([m for m in vocab.months if len(m) <= 4 and m != "may"], capital=True)
             + r"\.?)")
    weekday = r"(?P<weekday>" + _alternation(vocab.weekdays, capital=True) + r")"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:1[0-9]|20)\d\d)"
    number = (r"(?P<count>\d+|" + _alternation([w for w in vocab.numbers]) + r"(?:-" +
              _alternation([w for w in vocab.numbers if vocab.numbers[w] < 10]) + r")?)")
    ordinal = r"(?P<ordinal>" + _alternation(vocab.ordinals) + r"|[1-4](?:st|nd|rd|th))"
    season = r"(?P<season>" + _alternation(vocab.seasons) + r")"
    part = r"(?P<part>morning|afternoon|evening|night)"
    rel = (r"(?P<rel>last|next|this|past|coming|previous|following|current|same|latest|recent|"
           r"this\s+past|this\s+coming)")
    when = r"(?P<when>(?:earlier|later|early|late)\s+(?:this|next|last)|earlier|later|early|late|mid|the\s+end\s+of|" \
           r"the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+close\s+of|end\s+of|beginning\s+of)"
    mod_req = r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start|close|turn)(?:\s+of)?(?:\s+|-))"
    mod = mod_req + "?"
    yrel = r"(?:,?\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year|,?\s+(?:of\s+)?" + year.replace("year>", "year2>") + ")?"
    holiday = r"(?P<holiday>" + _alternation([h for h in vocab.holidays]) + r")"
    unit = r"(?P<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)"
    one_unit = r"(?P<unit>day|week|month|year|decade|century|quarter)"
    approx = r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|over|under|just|exactly)\s+)?"
    clock = (r"(?P<clock>(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?|"
             r"(?P<hour2>[01]?\d)(?::(?P<minute2>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+(?P<daypart>morning|afternoon|evening)|"
             r"(?P<word>noon|midday|midnight))")
    zone = r"(?:\s+(?:[ECMP][DS]T|GMT|UTC|local\s+time))?"
    day_word = r"(?P<dayword>today|tonight|yesterday|tomorrow)"
    not_a_set = r"(?<!every\s)(?<!Every\s)(?<!each\s)(?<!Each\s)"  # "every Monday" is no date
    ci = re.IGNORECASE
    # The words a pattern cannot match without (DIGIT: any digit), so a sentence skips most patterns
    DIGIT = frozenset({"#"})
    UNITS = frozenset({"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
                       "decades", "century", "centuries", "quarter", "quarters", "morning", "afternoon",
                       "evening", "night"})
    MONTHS, WEEKDAYS, SEASONS = frozenset(vocab.months), frozenset(vocab.weekdays), frozenset(vocab.seasons)
    CLOCK = DIGIT | frozenset(vocab.clock_words)
    FISCAL, CENTURY, WEEKEND, WEEK = frozenset({"fiscal", "fy"}), frozenset({"century"}), frozenset({"weekend"}), \
        frozenset({"week"})
    DECADES = DIGIT | frozenset(vocab.decades)
    QUARTERS = frozenset({"quarter", "quarters", "half", "period"})
    DAY_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"})
    OVERNIGHT = frozenset({"overnight"})
    HOLIDAYS = frozenset(w for name in vocab.holidays for w in re.findall(r"[a-z]+", name)) - {"the", "of", "day", "s"}
    REFERENCES = frozenset(w for phrase in vocab.references for w in phrase.split()) - STOPWORDS
    table: list[tuple[str, frozenset[str], str, int]] = [
        ("iso", DIGIT, r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b", 0),
        ("date", MONTHS, rf"\b(?:{weekday},?\s+)?(?:(?i:{rel})\s+)?(?:the\s+)?{month}\s+{day}\b(?:,?\s+{year})?(?!\d|:\d)"
                 rf"{yrel}", 0),
        ("date", MONTHS, rf"\b(?:{weekday},?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{month}(?:,?\s+{year})?\b{yrel}", 0),
        ("day_after_date", DIGIT, r"(?<=\d)(?:\s*(?:,|and|or|to|through|[-\u2013])\s*)+(?P<core>(?P<day>[0-3]?\d)"
                           r"(?:st|nd|rd|th)?)\b(?![\d:%]|[.,]\d|\s*(?:percent|per|people|of))", 0),
        ("month_year", MONTHS, rf"\b(?i:{mod}){month}(?:\s+of)?,?\s+{year}\b", 0),
        ("month", MONTHS, rf"\b(?:(?i:{rel}|{when})[\s-]+|(?i:{mod_req})){month}(?![\w.]*\s+\d){yrel}", 0),
        ("bare_month", MONTHS, rf"\b{not_a_set}{month}(?!\s+\d|\w){yrel}", 0),
        ("clock", CLOCK, rf"(?i:\b(?:at\s+)?(?:about\s+)?{clock}{zone}(?:,?\s+(?:on\s+)?(?:(?-i:{weekday})|{day_word}))?)", 0),
        ("clock", CLOCK, rf"(?i:\b(?:(?-i:{weekday})|{day_word})(?:\s+{part})?,?\s+at\s+(?:about\s+)?{clock}{zone})", 0),
        ("fiscal_year", FISCAL, rf"(?i:\b(?:fiscal(?:\s+year)?|FY)\s*'?)(?P<fy>(?:19|20)\d\d|\d\d)\b", 0),
        ("year", DIGIT, rf"(?i:\b{mod}(?:the\s+year\s+)?){year}\b(?!\s*(?:%|percent|[-/]\d))", 0),
        ("bare_year", DIGIT, rf"(?i:\b(?:pre|post|mid)-)?{year}\b(?!\s*(?:%|percent))", 0),
        ("decade", DECADES, rf"(?<![\w'])(?:{mod}(?:the\s+)?{mod})(?:(?P<decade>(?:1[0-9]|20)\d)0'?s|'(?P<short>\d)0'?s|"
                   rf"(?P<dword>{_alternation(vocab.decades)}))\b", ci),
        ("century", CENTURY, rf"\b(?:the\s+)?(?:(?P<nth>\d{{1,2}})(?:st|nd|rd|th)|{ordinal})[\s-]+century\b", ci),
        ("unit_rel", UNITS, rf"\b(?:{when}\s+)?(?:the\s+)?{rel}\s+(?P<fiscal>fiscal\s+)?{one_unit}\b", ci),
        ("unit_rel", UNITS, rf"\b(?:the\s+)?(?P<edge>end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?"
                     rf"(?:{rel}\s+)?(?P<unit>week|month|year|quarter|decade|century)\b", ci),
        ("unit_rel", UNITS, r"\b(?P<unit>year|month|quarter)(?:-end|'s\s+end)\b", ci),
        ("unit_rel", UNITS, r"\b(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit>day|week|month|year)\b", ci),
        ("weekend", WEEKEND, r"\b(?:(?:over|at|during)\s+)?(?:the\s+)?(?:(?P<rel>last|next|this|past|coming)\s+)?weekend\b", ci),
        ("week_of", WEEK, rf"\bthe\s+week\s+of\s+{month}\s+{day}\b(?:,?\s+{year})?", 0),
        ("week_before_last", UNITS, r"\bthe\s+(?P<unit>week|month|year)\s+before\s+last\b", ci),
        ("quarter", QUARTERS, rf"\b(?:(?:{year}|(?P<yrel0>this|last|next)\s+year)'s\s+)?(?:the\s+)?(?:fiscal\s+)?{ordinal}"
                    rf"[\s-]+(?:fiscal\s+|calendar\s+)?(?P<part2>quarter|half|period)\b(?:\s+(?:of\s+)?"
                    rf"(?:(?:fiscal\s+|calendar\s+)?{year.replace('year>', 'year2>')}|(?P<yrel>this|last|next)\s+year"
                    rf"|the\s+year))?", ci),
        ("quarter", QUARTERS, r"\b(?:the\s+)?(?P<same>year-earlier|year-ago|prior-year|year-before|comparable|same|"
                    r"year\s+earlier|year\s+ago)\s+(?P<part2>quarter|period|half)\b", ci),
        ("the_quarter", QUARTERS, r"\bthe\s+(?P<part2>quarter|half)\b(?!\s+of\b|-)", ci),
        ("season", SEASONS, rf"\b(?i:(?:{rel}|{when})[\s-]+|(?:in\s+)?the\s+|{mod_req}){season}(?:\s+(?:of\s+)?"
                   rf"(?:{year}|(?P<yrel>this|last|next)\s+year))?\b(?!\s+of\b)", ci),
        ("season", SEASONS, rf"\b{season}\s+(?:of\s+)?{year}\b", ci),
        ("bare_season", SEASONS, rf"\b{season}\b(?!\s+of\b)", ci),
        ("day_word", DAY_WORDS, rf"\b(?:(?P<when>earlier|later|early|late)\s+)?{day_word}(?:'s)?(?:\s+{part})?\b", ci),
        ("day_word", DAY_WORDS, r"\b(?P<dayword>this|last)\s+(?P<part>morning|afternoon|evening|night)\b", ci),
        ("overnight", OVERNIGHT, r"\b(?P<dayword>overnight)\b", ci),
        ("day_word", DAY_WORDS, r"\bthe\s+day\s+(?P<dayword>before\s+yesterday|after\s+tomorrow)\b", ci),
        ("weekday", WEEKDAYS, rf"\b{not_a_set}(?:(?i:{rel}|earlier|later|early|late)\s+)?{weekday}(?:'s)?(?:\s+{part})?\b"
                    r"(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Observer|Star|School)\b)", 0),
        ("day_offset", WEEKDAYS, rf"\b(?:the\s+)?(?:day|night)\s+(?P<side>before|after)\s+(?:(?i:(?P<rel>last|next|this))\s+)?"
                       rf"{weekday}(?:'s)?", 0),
        ("ago", UNITS, rf"\b{approx}{number}\s+{unit}\s+(?:(?P<dir>ago|earlier|later|hence|from\s+now|back)\b|"
                rf"(?P<dir2>before|after)(?=\s*(?:[,.;:)]|$)))", ci),
        ("in_units", UNITS, rf"\bin\s+{approx}{number}\s+{unit}(?:'\s+time|\s+time)?\b", ci),
        ("holiday", HOLIDAYS, rf"\b{not_a_set}(?:(?P<rel>last|next|this|past|coming)\s+)?(?:the\s+)?{holiday}(?:'s)?"
                    rf"(?:\s+(?:of\s+)?{year})?\b", ci),
        ("anchored", UNITS, r"\b(?P<when>earlier|later|early|late)?\s*(?:on\s+)?(?:that|the\s+same|that\s+same)\s+"
                     r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b", ci),
        ("anchored", UNITS, r"\bthe\s+(?P<side>next|following|previous|preceding|prior)\s+"
                     r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b", ci),
        ("anchored", UNITS, r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<side>before|after|earlier|later)\b(?!\s+\w)", ci),
        ("reference", REFERENCES, r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                                          for p in sorted(vocab.references, key=len, reverse=True)) + r")\b", ci),
    ]
    return [(kind, keys, re.compile(pattern, flags)) for kind, keys, pattern, flags in table]


def scan(text: str, loose: tuple[int, int] | None = None) -> list[Match]:
    """The temporal expressions of ``text``, longest first where they overlap, in order of appearance."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if any(c.isdigit() for c in text):
        words.add("#")
    found: list[tuple[int, int, Match]] = []
    for order, (kind, keys, pattern) in enumerate(patterns()):
        if keys.isdisjoint(words) or (loose is None and kind in LOOSE_KINDS):
            continue
        for match in pattern.finditer(text):
            start, end = match.span("core") if "core" in pattern.groupindex else match.span()
            if start == end:
                continue
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            if not _acceptable(kind, text, start, end, groups, loose):
                continue
            found.append((order, -(end - start), Match(kind, start, end, groups, text[start:end])))
    found.sort(key=lambda item: (item[1], item[0], item[2].start))
    chosen: list[Match] = []
    for _, _, candidate in found:
        if all(candidate.end <= m.start or m.end <= candidate.start for m in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda m: m.start)


def _acceptable(kind: str, text: str, start: int, end: int, groups: dict[str, str],
                loose: tuple[int, int] | None) -> bool:
    inside = loose is not None and start < loose[1] and loose[0] < end
    if kind in LOOSE_KINDS:
        return inside
    if kind == "bare_month":
        return inside or _previous_word(text, start) in YEAR_CONTEXT | {"the", "on"} or bool(groups.get("yrel"))
    if kind == "year":
        return (inside or not text[start].isdigit() or _previous_word(text, start) in YEAR_CONTEXT
                or text[end:end + 2] in ("'s", "\u2019s"))
    if kind == "holiday":
        name = re.sub(r"^the\s+", "", groups.get("holiday", ""), flags=re.I)
        return inside or name[:1].isupper()
    return True


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 20):start])
    return words[-1].lower() if words else ""
