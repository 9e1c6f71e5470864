"""The other side the story has set up: a refusal, demand, threat or accusation that names no one answers
whoever the party was last told dealing with.

"Britain accused Russia of poisoning a former spy. Moscow denied the charge." The denial names no one; the story
has just had Britain accuse Russia, and Moscow answers Britain. So with a party asked, warned or accused ("the
rebels called on Moscow to intervene. Moscow refused") and with the one other country of talks it held ("Trump
phoned Erdogan. Erdogan demanded ..."). Only the last exchange the party's country took part in, told a sentence or
two back, is read: a party last seen acting on someone itself (but for the same sentence going on to address
them), or among several others, stays with no recipient (null rather than a guess); an attack sets up no such
exchange, and neither does a side found this way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tacitus.records import Entity, Event

# What a party says or does to the other side of its dealings, which the story may leave unnamed
ADDRESSED = frozenset({"REJECT", "REQUEST", "THREATEN", "ACCUSE"})
# The dealings that set up another side: talks, agreements and what is said across them (not an attack: "Turkish
# jets shelled Kurdish positions. Ankara rejected calls for restraint" is no refusal to the Kurds)
DEALINGS = frozenset({"CONSULT", "AGREE"}) | ADDRESSED
# How many sentences back the exchange that sets up the other side may be told
EXCHANGE_SENTENCES = 2


@dataclass(frozen=True)
class Exchange:
    """An event between parties of two countries or more, with its sentence's number: who acted, on whom."""

    index: int
    acting: tuple[Entity, ...]
    receiving: tuple[Entity, ...]
    addressed: bool  # a demand, refusal, threat or accusation (not talks or a deal)


def exchanges_of(events: Sequence[Event], index: int) -> list[Exchange]:
    """The events of a sentence that put parties of two countries at least in dealings with each other (talks,
    agreements, demands, refusals, accusations)."""
    found = []
    for event in (e for e in events if e.event in DEALINGS):
        acting = tuple(e for e in event.actor if e.country)
        receiving = tuple(e for e in event.recipient if e.country)
        if len({e.country for e in acting + receiving}) > 1:
            found.append(Exchange(index, acting, receiving, event.event in ADDRESSED))
    return found


def other_side(event: Event, index: int, exchanges: Sequence[Exchange]) -> list[Entity]:
    """Whom an addressed act with no recipient answers: who acted on its actor's country in the last exchange that
    country took part in, or the one other country of talks among them, when told at most ``EXCHANGE_SENTENCES``
    back; else no one."""
    own = {a.country for a in event.actor}
    if event.event not in ADDRESSED or event.recipient or len(own) != 1 or None in own:
        return []
    for exchange in reversed(exchanges):
        if index - exchange.index > EXCHANGE_SENTENCES:
            return []
        acting, receiving = {e.country for e in exchange.acting}, {e.country for e in exchange.receiving}
        if not own <= acting | receiving:
            continue
        if own <= receiving and not own <= acting:
            others = [e for e in exchange.acting if e.country not in own]
        elif own <= acting and not receiving and not exchange.addressed:  # talks or a deal among its actors
            others = [e for e in exchange.acting if e.country not in own]
        elif own <= acting and exchange.addressed and exchange.index == index:
            # the same sentence goes on with what it says to them: "accused Paris of double standards and issued an
            # ultimatum"
            others = [e for e in exchange.receiving if e.country not in own]
        else:
            return []  # it acted on someone itself: what it says next need not be to them
        if len({e.country for e in others}) != 1:
            return []
        return list({(e.text, e.country): e for e in others}.values())
    return []
