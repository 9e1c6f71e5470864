"""A relative named by whose he is: "police detained his uncle", "her brother, a doctor from Homs, was arrested".

A story about a person names their family by a possessive ("his cousin", "their father"). The registry knows no
such phrase, so the deed named no party and the place it happened in stood in for the one it was done to. The
relative is a person: of the country an apposition says ("his uncle, a Syrian doctor", "a doctor from Homs"), else
of the country of the person whose relative he is (a family is of one nationality far more often than not), else
of none.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.owners import described_in_apposition
from tacitus.coding.phrases import phrase_text
from tacitus.coding.words import words
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.records import Entity

KIN = words("kin_noun")
PERSON_NOUNS = words("person_noun")
# Owners that are people though the registry reads them as a group: "a Syrian man", "a refugee from Homs"
PEOPLE_SECTORS = frozenset({"CVL", "REF"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
# Where a relative stands as one who acts, or as a partner or a beneficiary: "his father appealed", "talked with
# her husband", "paid tribute to her son", "abducted by their father"
ACTING = frozenset({"nsubj", "agent", "csubj", "expl"})
BESIDE = frozenset({"with", "to", "by", "from", "for", "between", "alongside"})


def is_kin(token: Token) -> bool:
    """Whether ``token`` heads a relative named by a possessive pronoun ("his uncle", "their parents") whom
    something is done to: an object or a passive's subject ("detained his uncle", "her brother was killed"), not
    the relative who acts, speaks or is spoken to ("her father accused ...", "a call with his wife"), whose words a
    story tells far more often than deeds; nor the relative of a speaker in a quote ("my wife"), whom the parse
    cannot tell."""
    head = token
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ in ACTING or head.dep_ == "pobj" and head.head.lower_ in BESIDE:
        return False
    return token.pos_ == "NOUN" and token.lemma_.lower() in KIN \
        and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children)


def relative(token: Token, owner: Entity | None, actors: ArticleActors, places: Gazetteer | None) -> Entity | None:
    """The relative ``token`` heads, as a person; ``owner``: whom the possessive stands for, if known."""
    if not is_kin(token):
        return None
    country = _country_in_apposition(token, actors, places)
    if country is None and owner is not None and (owner.kind == "person" or owner.sector in PEOPLE_SECTORS):
        country = owner.country
    if country is None:
        country = _subject_s_country(token, actors)
    return Entity(text=phrase_text(token), country=country, kind="person")


def _subject_s_country(token: Token, actors: ArticleActors) -> str | None:
    """The country of the person the relative's own sentence has as a subject before it, when the registry reads
    that person as one of a people: "a Syrian refugee said soldiers had beaten his uncle" (not a state or a force, whose
    "his" is someone else's)."""
    subjects = [t for t in token.sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")
                and t.tag_ in ("NN", "NNP") and t.lemma_.lower() in PERSON_NOUNS]
    found = actors.resolve(phrase_text(subjects[-1])) if subjects else None
    return found.country if found is not None and found.sector in PEOPLE_SECTORS else None


def _country_in_apposition(token: Token, actors: ArticleActors, places: Gazetteer | None) -> str | None:
    """The country an apposition gives the relative: "a Syrian doctor", "a doctor from Homs"."""
    described = described_in_apposition(token, actors)
    if described is not None:
        return described.country
    origins = [p for a in token.children if a.dep_ == "appos" for prep in a.children
               if prep.dep_ == "prep" and prep.lower_ == "from" for p in prep.children if p.dep_ == "pobj"]
    for origin in origins:
        named = actors.resolve(phrase_text(origin))
        if named is not None and named.country and named.kind == "state":
            return named.country
        place = places.resolve(phrase_text(origin)) if places is not None else None
        if place is not None and place.country:
            return place.country
    return None
