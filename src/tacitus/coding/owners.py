"""Whose a thing or a group is, from its own phrase: the makers its participles name ("a drone launched by the
Houthis"), its of- and for-phrases ("positions of the Free Syrian Army", "a camp for Sudanese refugees"), a
country on it ("a British-flagged tanker"), the names in apposition ("Assad's backer, Russia") or where its
phrase places it ("rebels in the Ivory Coast")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.coding.phrases import conjuncts, is_pronoun, phrase_text
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.records import Entity

# Whose modifiers name the party of a thing: "a British-flagged tanker" belongs to Britain
COUNTRY_MODIFIER_ENTS = {"NORP", "GPE"}
# Verbs of backing a party: who backs it is no maker of it ("a militia backed by Iran"); "the rebels, backed by
# Turkey," / "militias supported by Iran": the agent is the group's backer, as in "Turkish-backed rebels", not its
# country
BACKING_VERBS = frozenset({"back", "support", "arm", "fund", "finance", "sponsor", "equip", "train", "supply"})


def participle_agents(noun: Token, verbs: frozenset[str] | None = None) -> list[Token]:
    """The "by" agents of the participles that describe a noun ("a drone launched by the Houthis"), of those
    ``verbs`` only when given; not its backers ("pounded the area, backed by Iranian allies" is said of who
    pounded it)."""
    return [o for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() not in BACKING_VERBS
            and (verbs is None or acl.lemma_.lower() in verbs)
            for agent in acl.children if agent.dep_ == "agent"
            for p in agent.children if p.dep_ == "pobj" for o in conjuncts(p)]


def agents_of(noun: Token, actors: ArticleActors) -> list[Entity]:
    """Who the "by" agents of the participles that describe a noun are, as the registry knows them."""
    return [e for e in (actors.resolve(phrase_text(a)) for a in participle_agents(noun)) if e is not None]


def named_appositives(token: Token, actors: ArticleActors) -> list[Entity]:
    """ "Assad's backer, Russia", "the three guarantors – Russia, Turkey and Iran –": the names in apposition
    say who the common noun is."""
    if token.pos_ != "NOUN":
        return []
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not is_pronoun(child):
            named = [actors.resolve(phrase_text(c)) for c in conjuncts(child)]
            if named[0] is not None and named[0].country:
                return [e for e in named if e is not None and e.country]
    return []


def described_in_apposition(token: Token, actors: ArticleActors) -> Entity | None:
    """ "Her mother, an American citizen,", "the driver, a Kenyan national,": a common noun in apposition with a
    people's word says who the person is and whose (not the place where it happened to them)."""
    for described in (c for c in token.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ")):
        if any(m.dep_ == "amod" and m.ent_type_ == "NORP" for m in described.children):
            found = actors.resolve(phrase_text(described))
            if found is not None and found.country and actors.is_state(found.country):
                return found
    return None


# People named by where they live: "residents of Kherson" are of Kherson's country
DWELLERS = frozenset({"resident", "inhabitant", "villager", "people", "citizen", "native", "population", "family",
                      "townspeople", "townsfolk", "local"})


def placed_by_phrase(token: Token, entity: Entity, actors: ArticleActors, places: Gazetteer | None = None) -> Entity:
    """ "Soldiers in Chad", "rebels in the Ivory Coast": a group the registry cannot place is of
    the country its own phrase puts it in (the parse leaves that "in" phrase out of the name), or of the one
    it is loyal to; "residents of Kherson" of the country of the town they live in."""
    for loyal in (c for c in token.children if c.dep_ == "amod" and c.lemma_.lower() == "loyal"):
        # "forces loyal to Bashar al-Assad": his, as "Assad's forces" are
        for master in (p for prep in loyal.children if prep.lower_ == "to" for p in prep.children if p.dep_ == "pobj"):
            found = actors.resolve(phrase_text(master))
            if found is not None and found.country:
                return replace(entity, country=found.country)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for place in (p for p in child.children if p.dep_ == "pobj"):
                found = actors.resolve(phrase_text(place))
                # (a country, not a capital: "ministers meeting in Paris" are not France's)
                if found is not None and found.country and found.kind == "state" and found.sector is None \
                        and actors.is_state(found.country):
                    return replace(entity, country=found.country)
        if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in DWELLERS and places is not None:
            for place in (p for p in child.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
                town = places.resolve(phrase_text(place))
                if town is not None and town.country and town.precision not in ("country", "region"):
                    return replace(entity, country=town.country)
    return entity


def of_whom(token: Token, preposition: str, actors: ArticleActors) -> list[Entity]:
    """The parties a thing's of- or for-phrase names: whose positions, whom a camp is for."""
    objects = [o for c in token.children if c.dep_ == "prep" and c.lower_ == preposition
               for p in c.children if p.dep_ == "pobj" for o in conjuncts(p)]
    found = (actors.resolve(phrase_text(o)) for o in objects if not is_pronoun(o))
    return [replace(e, text=phrase_text(token)) for e in found if e is not None]


def owner_by_modifier(token: Token, actors: ArticleActors) -> Entity | None:
    """A thing named by its country ("a British-flagged tanker", "an Iranian ship") stands for that country."""
    for child in (t for left in token.lefts for t in left.subtree):
        if child.ent_type_ in COUNTRY_MODIFIER_ENTS:
            entity = actors.resolve(child.text)
            if entity is not None and entity.country:
                return replace(entity, text=phrase_text(token))
    return None
