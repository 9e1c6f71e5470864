"""A place named by who holds it is its holders as a side: "jets bombed rebel-held Douma" strike the rebels there,
"forces besieged the Isis-held town of Mayadin" besiege Isis, not the state the town is in.

The holders are read from the word before "-held" ("-controlled", "-run", "-occupied"); a group the registry knows
with no country of its own (rebels, the opposition, the government) is of the country the place is in.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_text
from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

# The participles that say who holds a place
HOLDING = frozenset({"hold", "held", "control", "controlled", "run", "occupy", "occupied", "besiege", "besieged"})
# Who may hold a place as a side: armed groups, movements, governments and states
HOLDER_KINDS = frozenset({"group", "organisation", "state"})


def holders_of(token: Token, place: Entity | None, actors: ArticleActors) -> Entity | None:
    """The holders of the place ``token`` heads ("rebel-held Douma", "the Houthi-controlled port"), of the country of
    ``place`` (what the phrase reads as) when the registry gives them none; None when no holder is named."""
    holders = [(c, m) for c in token.children if c.dep_ == "amod" and c.lower_ in HOLDING
               for m in c.children if m.dep_ in ("npadvmod", "compound") and m.i < c.i]
    if not holders:
        return None
    held, holder = holders[0]
    found = actors.resolve(phrase_text(holder))
    if found is None or found.kind not in HOLDER_KINDS or found.country is None and found.sector is None:
        return None
    # (written as the holders, "rebel-held": the town's name stays the place where it happened; rebels whose
    # country neither the registry nor the phrase gives are placed with the event, as any unplaced armed group)
    text = "".join(t.text_with_ws for t in held.subtree).strip()
    return replace(found, text=text, country=found.country or (place.country if place is not None else None))
