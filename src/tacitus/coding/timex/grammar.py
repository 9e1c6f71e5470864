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
# Words before "(few) days" that make it name days rather than count them
NAMING_WORDS = frozenset({"the", "these", "those", "past", "last", "next", "recent", "coming", "previous",
                          "following"})
# Words before "the 20th" that make it a day ("on the 20th"), not a rank ("the 20th anniversary")
DAY_OF_MONTH_WORDS = frozenset({"on", "by", "until", "till", "since", "from", "before", "after", "through"})
# Words that may follow a day of the month: "on the 20th and 21st", "until the 15th when ..."
FUNCTION_WORDS = frozenset({"and", "or", "to", "through", "when", "at", "in", "with", "after", "before", "but", "of",
                            "on", "if", "as", "so", "from", "until", "for", "because", "while", "the", "a", "an",
                            "this", "that", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their"})
HOLIDAY_STOPWORDS = frozenset({"the", "of", "day", "s"})
LOOSE_KINDS = {"bare_year", "bare_decade", "the_year", "bare_season", "reference", "overnight", "in_units",
               "the_quarter", "bare_duration"}


def _alternation(words: Iterable[str], *, capital: bool = False) -> str:
    items = sorted(words, key=len, reverse=True)
    parts = []
    for word in items:
        pattern = re.escape(word).replace(r"\ ", r"\s+")
        if capital:
            pattern = word[0].upper() + pattern[1:]
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


def _blocks() -> dict[str, str]:
    """The pieces the patterns are made of, as regular expressions with named groups."""
    vocab = vocabulary()
    year = r"(?P<year>(?:1[0-9]|20)\d\d)"
    year2 = year.replace("year>", "year2>")
    return {
        "month": (r"(?P<month>" + _alternation([m for m in vocab.months if len(m) > 3 or m == "may"], capital=True)
                  + "|" + _alternation([m for m in vocab.months if len(m) <= 4 and m != "may"], capital=True)
                  + r"\.?)"),
        "weekday": r"(?P<weekday>" + _alternation(vocab.weekdays, capital=True) + ")",
        "day": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?",
        "year": year,
        "year2": year2,
        # a year written after a date but outside 1000-2099 ("Jan. 8, 9999"): kept as written, so that one
        # out of the calendar ("Jan. 8, 99999") refuses the date instead of leaving it to take a year by tense
        "wide_year": r",\s*(?P<wide_year>\d{4,})(?=\s*(?:[.,;:)]|$))",
        "number": (r"(?P<count>\d+|" + _alternation(vocab.numbers) + "(?:-"
                   + _alternation([w for w, n in vocab.numbers.items() if n < 10]) + ")?)"),
        "ordinal": r"(?P<ordinal>" + _alternation(vocab.ordinals) + r"|[1-4](?:st|nd|rd|th))",
        "season": r"(?P<season>" + _alternation(vocab.seasons) + ")",
        "holiday": r"(?P<holiday>" + _alternation(vocab.holidays) + ")",
        "part": r"(?P<part>morning|afternoon|evening|night)",
        "rel": (r"(?P<rel>last|next|this|past|coming|previous|following|current|same|latest|recent|"
                r"this\s+past|this\s+coming)"),
        "when": (r"(?P<when>(?:earlier|later|early|late)\s+(?:this|next|last)|earlier|later|early|late|mid|"
                 r"(?:the\s+)?(?:end|beginning|start|middle|close)\s+of)"),
        "mod_req": r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start|close|turn)"
                   r"(?:\s+of)?(?:\s+|-))",
        "yrel": r"(?:,?\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year|,?\s+(?:of\s+)?" + year2 + ")?",
        "unit": r"(?P<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)",
        "one_unit": r"(?P<unit>day|week|month|year|decade|century|quarter)",
        "approx": (r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|over|under|just|"
                   r"exactly)\s+)?"),
        "clock": (r"(?P<clock>(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?|"
                  r"(?P<hour2>[01]?\d)(?::(?P<minute2>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+"
                  r"(?P<daypart>morning|afternoon|evening)|(?P<word>noon|midday|midnight))"),
        "zone": r"(?:\s+(?:[ECMP][DS]T|GMT|UTC|local\s+time))?",
        "day_word": r"(?P<dayword>today|tonight|yesterday|tomorrow)",
        "not_a_set": r"(?<!every\s)(?<!Every\s)(?<!each\s)(?<!Each\s)",  # "every Monday" is no date
        "papers": r"(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Observer|Star|School)\b)",
        "decades": _alternation(vocab.decades),
        # the words of a year spelled out ("nineteen ninety-five", "two thousand and one")
        "units": _alternation([w for w, n in vocab.numbers.items()
                               if 1 <= n <= 9 and " " not in w and len(w) > 2]),
        "teens": _alternation([w for w, n in vocab.numbers.items() if 10 <= n <= 19]),
        "tens": _alternation([w for w, n in vocab.numbers.items() if 20 <= n <= 90 and n % 10 == 0]),
        "references": _alternation(vocab.references),
        # a unit of a length of time, singular or plural ("days", "centuries")
        "punit": (r"(?P<punit>" + _alternation([u for w in vocab.period_units for u in _forms(w)])
                  + r")(?!\s+(?:time|term|round|half|consecutive|straight|day|week|month|year)\b)"),
        "vague": r"(?P<vague>" + _alternation(vocab.vague_counts) + ")",
        "adverbs": r"(?P<adverb>" + _alternation(vocab.set_adverbs) + ")",
        "events": _alternation(vocab.events),
    }


def _keys() -> dict[str, frozenset[str]]:
    """The words a pattern cannot match without ("#": any digit), so most patterns skip most sentences."""
    vocab = vocabulary()
    digit = frozenset({"#"})
    return {
        "DIGIT": digit,
        "MONTHS": frozenset(vocab.months), "WEEKDAYS": frozenset(vocab.weekdays),
        "SEASONS": frozenset(vocab.seasons), "CLOCK": digit | frozenset(vocab.clock_words),
        "FISCAL": frozenset({"fiscal", "fy"}), "DECADES": digit | frozenset(vocab.decades),
        "CENTURY": frozenset({"century"}), "WEEKEND": frozenset({"weekend"}), "WEEK": frozenset({"week"}),
        "SPELLED_YEARS": frozenset({"eighteen", "nineteen", "twenty", "thousand"}),
        "MONTHS_OF": frozenset({"months"}),
        "QUARTERS": frozenset({"quarter", "quarters", "half", "period"}),
        "DAY_WORDS": frozenset({"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening",
                                "night"}),
        "OVERNIGHT": frozenset({"overnight"}),
        "UNITS": frozenset({"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
                            "decades", "century", "centuries", "quarter", "quarters", "morning", "afternoon",
                            "evening", "night"}),
        "HOLIDAYS": frozenset(w for name in vocab.holidays for w in re.findall(r"[a-z]+", name)) - HOLIDAY_STOPWORDS,
        "REFERENCES": frozenset(w for phrase in vocab.references for w in phrase.split()) - STOPWORDS,
        "EVENTS": frozenset(vocab.events),
        "SIDES": frozenset({"before", "after", "following", "prior", "ahead", "leading"}),
        "EVE": frozenset({"day", "night", "morning", "afternoon", "evening", "eve"}),
        "EVERY": frozenset({"every", "each"}),
        "TIMES": frozenset({"once", "twice", "thrice", "times", "per"}),
        "ADVERBS": frozenset(vocab.set_adverbs),
        "PERIODS": frozenset(u for w in vocab.period_units for u in _forms(w)),
        "WEEKDAYS_PLURAL": frozenset(w + "s" for w in vocab.weekdays),
        "PARTS_PLURAL": frozenset({"mornings", "afternoons", "evenings", "nights"}),
        "WEEKENDS": frozenset({"weekends"}),
    }


def _forms(unit: str) -> tuple[str, str]:
    """A unit and its plural: 'day', 'days'; 'century', 'centuries'."""
    return unit, unit[:-1] + "ies" if unit.endswith("y") and unit[-2] not in "aeiou" else unit + "s"


# kind, the words it needs ("A+B": a word of each), pattern ({name} is a block), case-insensitive. Months and
# weekdays keep their capital even in the case-insensitive patterns ((?-i:...)).
TABLE: list[tuple[str, str, str, bool]] = [
    ("iso", "DIGIT", r"\b(?P<year>\d{{4}})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b", False),
    ("date", "MONTHS", r"\b(?:{weekday},?\s+)?(?:(?i:{rel})\s+)?(?:the\s+)?{month}\s+{day}\b"
                       r"(?:,?\s+{year}|{wide_year})?(?!\d|:\d){yrel}", False),
    ("date", "MONTHS", r"\b(?:{weekday},?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{month}(?:,?\s+{year})?\b{yrel}", False),
    # ("April 24 and 25", not the count after a year: "On 5 April 2023, 2 civilians were killed")
    ("day_after_date", "DIGIT", r"(?<=\d)(?<!\d{{4}})(?:\s*(?:,|and|or|to|through|[-\u2013])\s*)+(?P<core>(?P<day>[0-3]?\d)"
                                r"(?:st|nd|rd|th)?)\b(?![\d:%]|[.,]\d|\s*(?:percent|per|people|of))", False),
    # "on the 20th", "the 3rd of last month": a day of a month the sentence or the publication gives
    ("month_day", "DIGIT", r"\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+(?P<rel>this|last|next|that|the\s+same)"
                           r"\s+month\b)?", True),
    ("month_year", "MONTHS", r"\b(?i:{mod_req}?){month}(?:\s+of)?,?\s+{year}\b", False),
    ("month", "MONTHS", r"\b(?:(?i:{rel}|{when})[\s-]+|(?i:{mod_req})){month}(?![\w.]*\s+\d){yrel}", False),
    ("bare_month", "MONTHS", r"\b{not_a_set}{month}(?!\s+\d|\w){yrel}", False),
    ("clock", "CLOCK", r"\b(?:at\s+)?(?:about\s+)?{clock}{zone}(?:,?\s+(?:on\s+)?(?:(?-i:{weekday})|{day_word}))?",
     True),
    ("clock", "CLOCK", r"\b(?:(?-i:{weekday})|{day_word})(?:\s+{part})?,?\s+at\s+(?:about\s+)?{clock}{zone}", True),
    ("fiscal_year", "FISCAL", r"\b(?:fiscal(?:\s+year)?|FY)\s*'?(?P<fy>(?:19|20)\d\d|\d\d)\b", True),
    ("year", "DIGIT", r"\b{mod_req}?(?:the\s+year\s+)?{year}\b(?!\s*(?:%|percent|[-/]\d))", True),
    ("spelled_year", "SPELLED_YEARS", r"\b(?:the\s+year\s+)?(?:(?P<hundreds>eighteen|nineteen|twenty)[\s-]+"
                                      r"(?P<rest>{tens}(?:[\s-]+{units})?|{teens})|two\s+thousand(?:\s+and)?"
                                      r"(?:[\s-]+(?P<rest2>{units}|{teens}))?)\b(?![\s-]+(?:{units}|{tens})\b)",
     True),
    ("bare_year", "DIGIT", r"\b(?:(?:pre|post|mid)-)?{year}\b(?!\s*(?:%|percent))", True),
    ("short_year", "DIGIT", r"(?<![\w'])'(?P<fy>\d\d)\b(?!'?s\b)", True),
    ("decade", "DECADES", r"(?<![\w'])(?:{mod_req}?(?:the\s+)?{mod_req}?)(?:(?P<decade>(?:1[0-9]|20)\d)0'?s|"
                          r"'(?P<short>\d)0'?s|(?P<dword>{decades}))\b", True),
    # "the 90s" may be a temperature or an age: read only where the caller says an expression stands
    ("bare_decade", "DIGIT", r"\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?P<short>\d)0s\b", True),
    ("century", "CENTURY", r"\b(?:the\s+)?(?:(?P<nth>\d{{1,2}})(?:st|nd|rd|th)|{ordinal})[\s-]+century\b", True),
    # before unit_rel, which reads the same words from publication: "the next day" counts from the
    # sentence's date, and from nothing when it has none
    ("anchored", "UNITS", r"\bthe\s+(?P<side>next|following|previous|preceding|prior)\s+"
                          r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b", True),
    ("unit_rel", "UNITS", r"\b(?:{when}\s+)?(?:the\s+)?{rel}\s+(?P<fiscal>fiscal\s+)?{one_unit}\b", True),
    ("unit_rel", "UNITS", r"\b(?:the\s+)?(?P<edge>end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?"
                          r"(?:{rel}\s+)?(?P<unit>week|month|year|quarter|decade|century)\b", True),
    ("unit_rel", "UNITS", r"\b(?P<unit>year|month|quarter)(?:-end|'s\s+end|\s+end)\b", True),
    # "net income for the year": this year, or the year of the sentence's own date; too vague for running text
    ("the_year", "UNITS", r"\bthe\s+year\b(?!\s+(?:before|after|earlier|later|ago|of|\d))(?!-)", True),
    ("unit_rel", "UNITS", r"\b(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit>day|week|month|year)\b", True),
    ("weekend", "WEEKEND", r"\b(?:(?:over|at|during)\s+)?(?:the\s+)?(?:(?P<rel>last|next|this|past|coming)\s+)?"
                           r"weekend\b", True),
    ("week_of", "WEEK", r"\bthe\s+week\s+of\s+{month}\s+{day}\b(?:,?\s+{year})?", False),
    ("nth_week", "WEEK", r"\bthe\s+(?i:{ordinal})\s+(?i:week)\s+(?i:of|in)\s+{month}(?!\s+\d{{1,2}}\b)"
                         r"(?:,?\s+{year})?\b{yrel}", False),
    ("week_before_last", "UNITS", r"\bthe\s+(?P<unit>week|month|year)\s+before\s+last\b", True),
    ("quarter", "QUARTERS", r"\b(?:(?:{year}|(?P<yrel0>this|last|next)\s+year)'s\s+)?(?:the\s+)?(?:fiscal\s+)?"
                            r"{ordinal}[\s-]+(?:fiscal\s+|calendar\s+)?(?P<part2>quarter|half|period)\b"
                            r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+|calendar\s+)?{year2}|(?P<yrel>this|last|next)\s+year"
                            r"|the\s+year))?", True),
    ("quarter", "QUARTERS", r"\b(?:the\s+)?(?P<same>year-earlier|year-ago|prior-year|year-before|comparable|same|"
                            r"year\s+earlier|year\s+ago)\s+(?P<part2>quarter|period|half)\b", True),
    ("months_of_year", "MONTHS_OF", r"\bthe\s+(?P<side>first|last|final)\s+(?P<count>three|six|3|6)\s+months\s+"
                                    r"of\s+(?:(?P<the_year>the\s+year)|(?P<yrel>this|last|next)\s+year|{year})\b",
     True),
    ("month_range", "QUARTERS", r"\b(?:the\s+)?{month}\s*[-\u2013]\s*(?P<month2>(?-i:[A-Z])[a-z]+\.?)\s+"
                                r"(?P<part2>quarter|period)\b(?:\s+(?:of\s+)?{year})?", True),
    # "the September quarter": the calendar quarter that ends in the month, as companies report it
    ("month_quarter", "QUARTERS", r"\bthe\s+{month}[\s-]+quarter\b(?:\s+(?:of\s+)?{year})?", False),
    ("the_quarter", "QUARTERS", r"\bthe\s+(?P<part2>quarter|half)\b(?!\s+of\b|-)", True),
    ("season", "SEASONS", r"\b(?:(?:{rel}|{when})[\s-]+|(?:in\s+)?the\s+|{mod_req}){season}(?:\s+(?:of\s+)?"
                          r"(?:{year}|(?P<yrel>this|last|next)\s+year))?\b(?!\s+of\b)", True),
    ("season", "SEASONS", r"\b{season}\s+(?:of\s+)?{year}\b", True),
    ("bare_season", "SEASONS", r"\b{season}\b(?!\s+of\b)", True),
    ("day_word", "DAY_WORDS", r"\b(?:(?P<when>earlier|later|early|late)\s+)?{day_word}(?:'s)?(?:\s+{part})?\b",
     True),
    ("day_word", "DAY_WORDS", r"\b(?P<dayword>this|last)\s+(?P<part>morning|afternoon|evening|night)\b", True),
    ("day_word", "DAY_WORDS", r"\bthe\s+day\s+(?P<dayword>before\s+yesterday|after\s+tomorrow)\b", True),
    ("overnight", "OVERNIGHT", r"\b(?P<dayword>overnight)\b", True),
    ("weekday", "WEEKDAYS", r"\b{not_a_set}(?:(?i:{rel}|earlier|later|early|late)\s+)?{weekday}(?:'s)?"
                            r"(?:\s+{part})?\b{papers}", False),
    # "Thursday next week", "on Monday of last week", "next week on Friday": that weekday of that week
    ("weekday_of_week", "WEEKDAYS", r"\b{weekday}(?:\s+{part})?,?\s+(?:(?i:of)\s+)?(?i:(?P<week>last|next|this))\s+"
                                    r"(?i:week)\b", False),
    ("weekday_of_week", "WEEKDAYS", r"\b(?i:(?P<week>last|next|this))\s+(?i:week),?\s+(?i:on)\s+{weekday}"
                                    r"(?:\s+{part})?\b", False),
    ("day_offset", "WEEKDAYS", r"\b(?:the\s+)?(?:day|night)\s+(?P<side>before|after)\s+"
                               r"(?:(?i:(?P<rel>last|next|this))\s+)?{weekday}(?:'s)?", False),
    # "ten days before the killing", "the day after his death", "in the weeks before Lee was shot": counted
    # from the date the story gave that event (narrative.py)
    ("event_rel", "EVENTS+SIDES", r"\b(?:(?P<the>the)\s+)?(?:{approx}{number}\s+)?(?P<unit>minutes?|hours?|days?|weeks?|"
                            r"months?|years?|morning|afternoon|evening|night)\s+(?P<side>before|after|following|"
                            r"prior\s+to|ahead\s+of|leading\s+up\s+to)\s+"
                            r"(?P<filler>(?:[\w'\u2019.-]+\s+){{0,4}}?)(?P<event>{events})\b", True),
    # "the day of the bombing", "the night of his death", "on the eve of the vote"
    ("event_day", "EVENTS+EVE", r"\bthe\s+(?P<unit>day|night|morning|afternoon|evening|eve)\s+of\s+"
                            r"(?P<filler>(?:[\w'\u2019.-]+\s+){{0,3}}?)(?P<event>{events})\b", True),
    ("ago", "UNITS", r"\b{approx}{number}\s+{unit}\s+(?:(?P<dir>ago|earlier|later|hence|from\s+(?:now|today)|back)\b|"
                     r"(?P<dir2>before|after)(?=\s*(?:[,.;:)]|$)))", True),
    ("in_units", "UNITS", r"\bin\s+{approx}{number}\s+{unit}(?:'\s+time|\s+time)?\b", True),
    ("holiday", "HOLIDAYS", r"\b{not_a_set}(?:(?P<rel>last|next|this|past|coming)\s+)?(?:the\s+)?{holiday}(?:'s)?"
                            r"(?:\s+(?:of\s+)?{year})?\b", True),
    ("anchored", "UNITS", r"\b(?P<when>earlier|later|early|late)?\s*(?:on\s+)?(?:that|the\s+same|that\s+same)\s+"
                          r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b", True),
    ("anchored", "UNITS", r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<side>before|after|earlier|later)\b"
                          r"(?!\s+\w)", True),
    ("reference", "REFERENCES", r"\b{references}\b", True),
    # recurrences (TimeML SET): "every Monday morning", "each spring", "every night", "every two weeks",
    # "twice a year", "per day", "on Fridays", "daily"; after the dates, which win a tie
    ("set_of", "EVERY", r"\b(?:every|each)\s+(?:(?-i:{weekday})(?:\s+{part})?|(?-i:{month})|{season}|"
                       r"(?P<dpart>morning|afternoon|evening|night)|(?P<weekend>weekend))\b", True),
    ("set", "EVERY+PERIODS", r"\b(?:every|each)\s+(?:(?P<other>other)\s+|{number}\s+|(?P<few>few)\s+)?{punit}\b",
     True),
    ("set_times", "TIMES+PERIODS", r"\b(?:(?P<times>once|twice|thrice)|{number}\s+times)\s+(?:a|an|per|each|every)"
                                   r"\s+{punit}\b", True),
    ("set_times", "TIMES+PERIODS", r"\bper\s+{punit}\b", True),
    ("set_weekday", "WEEKDAYS_PLURAL", r"\b(?:on\s+)?{weekday}s\b(?!')", False),
    ("set_weekday", "WEEKDAYS+PARTS_PLURAL", r"\b(?:on\s+)?{weekday}s?\s+(?P<parts>(?i:morning|afternoon|evening|night))s"
                                           r"\b(?!')", False),
    ("set_of", "WEEKENDS", r"\b(?:on|at|over|during)\s+(?P<weekend>weekends)\b", True),
    ("set_adverb", "ADVERBS", r"\b{adverbs}\b", True),
    # lengths of time (TimeML DURATION): "for three weeks", "for weeks", "over the past two years" ("the past
    # few weeks" is a reference to the past: data/dates.json); a bare "two days" or "a decade" only where the caller says an expression stands
    ("duration", "PERIODS", r"\b(?:(?:for|over|within|during|in|throughout)\s+)?the\s+(?:past|last|next|previous|"
                            r"coming|following|first|final)\s+{approx}{number}\s+{punit}\b", True),
    ("duration", "PERIODS", r"\b(?:for|lasting|spanning)\s+{approx}(?:(?:{number}|{vague})[\s-]+)?{punit}\b", True),
    # ("a week after the vote" counts from the vote: a date, though one with no day to give)
    ("bare_duration", "PERIODS", r"\b{approx}(?:(?:{number}|{vague})[\s-]+)?{punit}\b"
                                 r"(?!\s+(?:after|before|later|earlier|ago|hence|prior)\b)", True),
]


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, tuple[frozenset[str], ...], re.Pattern[str]]]:
    """The patterns in order of preference (a longer match wins over an earlier pattern), each with the word
    sets a sentence must touch for it to be tried ("EVENTS+SIDES": a word of each)."""
    blocks, keys = _blocks(), _keys()
    return [(kind, tuple(keys[need] for need in needs.split("+")),
             re.compile(pattern.format(**blocks), re.IGNORECASE if ignore_case else 0))
            for kind, needs, pattern, ignore_case in TABLE]


def scan(text: str, loose: tuple[int, int] | None = None) -> list[Match]:
    """The temporal expressions of ``text``, longest first where they overlap, in order of appearance."""
    return list(_scanned(text, loose))


# Sentences whose expressions are remembered: a sentence with triggers but no date is scanned again for the dates
# that frame the story (coding/events.py), and the same line may open many articles of a feed
SCANNED_TEXTS = 1024


@lru_cache(maxsize=SCANNED_TEXTS)
def _scanned(text: str, loose: tuple[int, int] | None) -> tuple[Match, ...]:
    words = set(re.findall(r"[a-z]+", text.lower()))
    if any(map(str.isdigit, text)):  # (no generator: this runs over every character of every sentence)
        words.add("#")
    found: list[tuple[int, int, Match]] = []
    for order, (kind, keys, pattern) in enumerate(patterns()):
        if any(need.isdisjoint(words) for need in keys) or (loose is None and kind in LOOSE_KINDS):
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
    return tuple(sorted(chosen, key=lambda m: m.start))


def anchored(match: Match) -> bool:
    """Whether the expression counts from another date of its sentence ("later that year", "a year
    earlier", "April 24 and 25", a time beside a weekday, "a week before he was killed on March 4"), so is
    read after the others."""
    if match.kind in ("anchored", "day_after_date", "month_day", "the_quarter", "the_year", "event_rel", "event_day"):
        return True
    if match.kind == "clock":
        return "weekday" not in match.groups and "dayword" not in match.groups
    if match.kind == "ago":
        direction = match.groups.get("dir", "").lower()
        return "dir2" in match.groups or direction in ("earlier", "later") or (
            direction == "ago" and match.groups.get("unit", "").lower().startswith(("year", "decade", "centur")))
    return match.kind == "quarter" and "same" in match.groups


def _acceptable(kind: str, text: str, start: int, end: int, groups: dict[str, str],
                loose: tuple[int, int] | None) -> bool:
    inside = loose is not None and start < loose[1] and loose[0] < end
    if kind in ("duration", "bare_duration") and not {"count", "vague"} & groups.keys() \
            and not groups["punit"].lower().endswith("s"):
        return False  # "for weeks" is a length; "for the week", "a great day" name one
    if kind.endswith("duration") and groups["punit"].lower() == "second":
        return False  # "for a second term", "for a second or third time": an ordinal far more often
    if kind == "bare_duration" and _previous_word(text, start) in NAMING_WORDS:
        return False  # "the days of the siege" names days; "the past few weeks" is a reference to the past
    if kind in LOOSE_KINDS:
        return inside
    if kind == "month_quarter":  # "the October quarter" ends a company's own year: no calendar quarter
        return vocabulary().months[groups["month"].lower().rstrip(".")] % 3 == 0
    if kind == "month_day":
        return 1 <= int(groups["day"]) <= 31 and (inside or "rel" in groups or (
            _previous_word(text, start) in DAY_OF_MONTH_WORDS and not _noun_after(text, end)))
    if kind == "bare_month":
        return inside or _previous_word(text, start) in YEAR_CONTEXT | {"the", "on"} or bool(groups.get("yrel"))
    if kind == "spelled_year":  # "in nineteen ninety-five" is a year, "Nineteen ninety-five delegates" a count
        return inside or _names_the_year(text[start:end]) or _previous_word(text, start) in YEAR_CONTEXT
    if kind in ("year", "short_year"):
        return (inside or (kind == "year" and not text[start].isdigit())
                or _previous_word(text, start) in YEAR_CONTEXT
                or text[end:end + 2] in ("'s", "\u2019s"))
    if kind == "weekday" and _previous_word(text, start) == "a":
        # "light for a Friday" is any Friday; "a Sunday night memorial service" is one
        return not re.match(r"\s*(?:[,.;:!?)]|$|(?:and|or|in|on|at|for|when|if|but)\b)", text[end:])
    if kind == "event_rel" and not {"the", "count"} & groups.keys() and not groups["unit"].lower().endswith("s"):
        return False  # "last year after his arrest": the year is "last year", not one counted from the arrest
    if kind in ("event_rel", "event_day"):  # "two days after Friday's bombing" counts from the day it names
        return not _names_a_day(groups.get("filler", ""))
    if kind == "holiday":
        name = re.sub(r"^the\s+", "", groups.get("holiday", ""), flags=re.I)
        return inside or name[:1].isupper()
    return True


def _names_a_day(text: str) -> bool:
    vocab = vocabulary()
    return any(c.isdigit() for c in text) or any(
        w[0].isupper() and w.lower().rstrip(".") in vocab.months.keys() | vocab.weekdays.keys()
        for w in re.findall(r"[A-Za-z]+\.?", text))


def _noun_after(text: str, end: int) -> bool:
    """Whether a word that is no function word follows: "the 20th century", "the 15th round"."""
    following = re.match(r"\s*([A-Za-z]+)", text[end:])
    return following is not None and following[1].lower() not in FUNCTION_WORDS


def _names_the_year(text: str) -> bool:
    return text.lower().startswith("the year")


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 20):start])
    return words[-1].lower() if words else ""
