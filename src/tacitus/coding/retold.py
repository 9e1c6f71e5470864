"""Days a retelling gives: "Turkish jets struck Kurdish positions in northern Iraq, the army said. The jets hit the
positions on Sunday night, destroying ammunition depots." The lede tells the deed with no day; the next sentence
tells it again, with its day. The lede's event happened that day, not on the day of the news.

Only the sentence right after, only an event of the same category with a side in common (a country among its
actors or among its recipients, or the same kind of actor named again with no country: "the rebels"), told with a
day of its own that is not after the day of the news.
"""

from __future__ import annotations

from tacitus.coding.context import ArticleContext
from tacitus.records import Entity, Event

TOLD = ("asserted", "reported")


def dated_by_retelling(events: list[Event], index: int, context: ArticleContext) -> None:
    """Give the undated events of the sentence before the day this sentence's retelling of them gives."""
    told = context.last_told
    if told is None or told[0] != index - 1 or context.published is None:
        return
    published = context.published.isoformat()
    for earlier in told[1]:
        if earlier.date_precision != "unknown" or earlier.status not in TOLD:
            continue
        retelling = next((e for e in events if e.event == earlier.event and e.date_precision == "day"
                          and e.date is not None and e.date <= published and e.status in TOLD
                          and _a_side_in_common(e, earlier)), None)
        if retelling is not None:
            earlier.date, earlier.date_precision = retelling.date, retelling.date_precision


def _a_side_in_common(event: Event, other: Event) -> bool:
    """A country both name on one side, or the same kind of actor named again with no country ("the rebels")."""
    def countries(side: list[Entity]) -> set[str]:
        return {p.country for p in side if p.country}
    unplaced = {a.sector for a in event.actor if a.country is None and a.sector}
    return bool(countries(event.actor) & countries(other.actor)) \
        or bool(countries(event.recipient) & countries(other.recipient)) \
        or bool(unplaced & {a.sector for a in other.actor})
