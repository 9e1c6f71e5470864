"""Roads named by the towns they join: "on the Kaduna-Abuja highway", "blocked the Gusau-Funtua road".

Conflict notes place many an ambush, a kidnapping or a roadblock on a road between two towns, and the parser makes
the towns modifiers of the road noun (the second a compound of the road, the first a compound of the second), so
neither is read as a place. The road lies in the country of the towns it joins; when they are of two countries
("the Beirut-Damascus highway") the note does not say on which side it happened.
"""

from __future__ import annotations

from spacy.tokens import Token

ROAD_NOUNS = frozenset({"road", "highway", "expressway", "motorway", "axis", "route"})


def is_road(token: Token) -> bool:
    """A road noun written in lower case (not "Abbey Road", a street's own name)."""
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in ROAD_NOUNS


def road_ends(road: Token) -> list[Token]:
    """The names of the towns a road noun is named by, in the order written: "Kaduna", "Abuja"."""
    ends: list[Token] = []
    node = road
    while True:
        names = [c for c in node.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            break
        node = names[-1]
        ends.insert(0, node)
    return ends
