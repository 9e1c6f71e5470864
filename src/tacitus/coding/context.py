"""What the coder knows of the article it is reading: its id and date, the registry's view of it, the
gazetteer, and what earlier sentences said (memory, the countries met so far, the day the story has reached)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tacitus.coding.anaphora import Memory
from tacitus.coding.timex.narrative import Narrative
from tacitus.knowledge import ArticleActors, Gazetteer


@dataclass
class ArticleContext:
    doc_id: str
    published: dt.date | None
    actors: ArticleActors
    gazetteer: Gazetteer
    memory: Memory = field(default_factory=Memory)
    focus: list[str] = field(default_factory=list)  # countries of the entities met so far, latest first
    article_countries: list[str] = field(default_factory=list)  # every country the article names
    narrative: Narrative = field(default_factory=Narrative)  # the day of its last dated event: "the next day"
