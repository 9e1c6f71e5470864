"""Civilians struck where they live: "jets bombed homes in Douma", "shells hit a market in Saada".

An attack on a town's homes, markets or schools that names no other target falls on the town's people. It is coded
with the country of the place it happened in, as an attack on a town is; but the recipient is the civilians of the
site it names (kept by the site's words, sector CVL), not the town or the country, which is where it happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_text
from tacitus.records import Entity, Place

# Where civilians live, shop, pray, study or are treated; a "residential" anything is one too
CIVILIAN_SITES = frozenset({"home", "house", "neighbourhood", "neighborhood", "market", "marketplace", "bakery",
                            "school", "hospital", "clinic", "mosque", "church", "wedding", "funeral", "shop",
                            "apartment", "flat"})
RESIDENTIAL = frozenset({"residential", "civilian", "populated", "crowded"})


def civilians_struck(tokens: list[Token], place: Place) -> Entity | None:
    """The civilians of the first civilian site among an attack's recipient ``tokens``, of the ``place``'s
    country; None when it names none."""
    site = next((t for t in tokens if t.pos_ == "NOUN" and (t.lemma_.lower() in CIVILIAN_SITES or any(
        c.dep_ == "amod" and c.lower_ in RESIDENTIAL for c in t.children))), None)
    if site is None or place.country is None:
        return None
    return Entity(text=phrase_text(site), country=place.country, sector="CVL", kind="group")
