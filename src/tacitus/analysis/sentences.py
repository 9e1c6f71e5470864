"""Sentences made from event fields, never from free text: a subject (the actors as the article names them),
a verb phrase from ``data/phrases.tsv`` in the tense the event's status calls for, the recipient, the place and
the date. Each Sentence carries the ids of the events it says and the URLs of their articles.

    asserted      Syrian troops seized dozens of villages
    reported      ... reportedly seized ...
    planned       Vladimir Putin is expected to visit Türkiye
    intended      ... pledged to ...
    hypothetical  ... could ...
    negated       ... did not ...
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from tacitus.analysis.views import EventView
from tacitus.datafiles import Column, load_table, one_of, packaged
from tacitus.records import CATEGORIES, Entity

PHRASES = (Column("category", parser=one_of(*CATEGORIES)), Column("mode", required=False),
           Column("past"), Column("base"))
OPTIONAL = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")
# Words that name no one: the subject falls back on the registry's name ("the two leaders" -> Vladimir Putin)
VAGUE = re.compile(r"^(it|they|he|she|we|the two \w+|both \w+|the \w+ sides?|the two|(its|his|her|their)( \w+)?)$",
                   re.IGNORECASE)
STATUS_FORMS = {"asserted": "{subject} {past}", "reported": "{subject} reportedly {past}",
                "planned": "{subject} {be} expected to {base}", "intended": "{subject} pledged to {base}",
                "hypothetical": "{subject} could {base}", "negated": "{subject} did not {base}"}
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # "A and B met": the partners read as recipients


@dataclass
class Sentence:
    text: str
    events: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "events": self.events, "urls": self.urls}


@functools.cache  # read once: a brief phrases a hundred events
def phrases() -> Mapping[tuple[str, str], tuple[str, str]]:
    rows = load_table(packaged("tacitus.analysis", "phrases.tsv"), PHRASES)
    table: dict[tuple[str, str], tuple[str, str]] = {}
    for row in rows:
        table.setdefault((row["category"], row["mode"] or ""), (row["past"], row["base"]))
    return table


def party(entity: Entity) -> str:
    """How a party is named: as the article named it, unless that names no one."""
    text = entity.text.strip()
    if VAGUE.match(text) or not text:
        return entity.name or entity.country or text
    if text.lower().startswith(("a ", "an ", "the ")):
        first, rest = text.split(" ", 1)
        return f"{first.lower()} {rest}"
    return text


def join(names: Sequence[str]) -> str:
    unique = list(dict.fromkeys(n for n in names if n))
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]


def _by_country(entities: Sequence[Entity]) -> list[list[Entity]]:
    groups: dict[str, list[Entity]] = {}
    for entity in entities:
        groups.setdefault(entity.country or entity.text, []).append(entity)
    return list(groups.values())


def _parties(event: EventView) -> tuple[list[str], list[str]]:
    """Subject and object names: one name a country (its first party), partners of a symmetric act as objects."""
    subjects = [party(group[0]) for group in _by_country(event.actors)]
    objects = [party(group[0]) for group in _by_country(event.recipients)]
    if not objects and len(subjects) > 1 and event.category in SYMMETRIC:
        subjects, objects = subjects[:1], subjects[1:]
    return subjects, objects


def date_phrase(event: EventView) -> str:
    if not event.date:
        return ""
    try:
        day = dt.date.fromisoformat(event.date[:10]) if len(event.date) >= 10 else None
    except ValueError:
        return ""
    if event.precision == "day" and day:
        return f" on {day.day} {day:%B %Y}"
    if event.precision in ("week", "weekend") and day:
        return f" in the week of {day.day} {day:%B %Y}"
    if event.precision == "month" and len(event.date) >= 7:
        return f" in {dt.date(int(event.date[:4]), int(event.date[5:7]), 1):%B %Y}"
    if event.precision == "year":
        return f" in {event.date[:4]}"
    if event.precision == "unknown" and day:
        return f" (reported by {day.day} {day:%B %Y})"  # the publication date bounds it
    return ""


def place_phrase(event: EventView, named: Sequence[str]) -> str:
    """Where, unless a party already says it ("visited Turkey", not "visited Turkey in Türkiye")."""
    parties = [e.name or "" for e in event.actors + event.recipients]
    if not event.place or any(event.place in n for n in list(named) + parties):
        return ""
    return f" in {event.place}"


def plural(names: Sequence[str]) -> bool:
    """"Russia and Turkey", "the foreign ministers": a plural subject."""
    if len(names) != 1:
        return len(names) > 1
    words = names[0].split()
    return len(words) > 1 and words[0][0].islower() and words[-1].endswith("s") and not words[-1].endswith("ss")


def verb_phrase(event: EventView, objects: Sequence[str]) -> tuple[str, str]:
    table = phrases()
    past, base = table.get((event.category, event.mode or ""), table.get((event.category, ""), ("acted", "act")))
    recipient = join(objects)

    def fill(template: str) -> str:
        return OPTIONAL.sub(lambda m: m[1] if recipient else m[2], template).replace("{recipient}", recipient)

    return fill(past), fill(base)


def describe(event: EventView, *, with_date: bool = True) -> str:
    """The event as one plain sentence (without the final full stop)."""
    subjects, objects = _parties(event)
    subject = join(subjects) or "Unnamed parties"
    past, base = verb_phrase(event, objects)
    form = STATUS_FORMS.get(event.status, STATUS_FORMS["asserted"])
    text = form.format(subject=subject, past=past, base=base, be="are" if plural(subjects) else "is")
    text += place_phrase(event, subjects + objects)
    if with_date:
        text += date_phrase(event)
    return text[0].upper() + text[1:]


def cite(text: str, events: Sequence[EventView]) -> Sentence:
    urls = [e.source.url for e in events if e.source and e.source.url]
    return Sentence(text=text, events=[e.id for e in events], urls=list(dict.fromkeys(urls)))


def cite_some(text: str, events: Sequence[EventView], cap: int = 20) -> Sentence:
    """An aggregate sentence ("12 events: ...") citing at most ``cap`` events, the most reported, and saying so."""
    ranked = sorted(events, key=lambda e: e.rank())
    if len(ranked) > cap:
        text = text[:-1] + f" ({cap} most reported of {len(ranked)} events cited)."
    return cite(text, ranked[:cap])


def event_sentence(event: EventView, *, with_date: bool = True) -> Sentence:
    return cite(describe(event, with_date=with_date) + ".", [event])
