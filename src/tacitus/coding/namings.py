"""What a name the registry does not know stands for: a party kept by its name ("Prosper Avril"), a town
("Geneva", "Sochi") that says where rather than who, or a surname the article gave in full before."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.antecedents import EVENTFUL_HEADS
from tacitus.coding.doc_arrays import positions_of
from tacitus.coding.phrases import phrase_tokens
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.records import Entity

# What a name the registry does not know says of its bearer, by the parser's entity type
UNNAMED_KINDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "state"}

# Documents signed and meetings held somewhere: a capital before one says where ("the Minsk agreement", "the Vienna
# talks"), not whose
SIGNED_OR_HELD = frozenset({"agreement", "accord", "treaty", "protocol", "memorandum", "pact", "convention", "charter",
                            "communique", "declaration", "roadmap", "talks", "summit", "conference", "process", "format"})


def unnamed_party(token: Token, text: str, places: Gazetteer | None = None) -> Entity | None:
    """A party the registry does not know, kept by its name: "Prosper Avril", "the Third World Water
    Forum". Only names, and no place's name ("shelled Kharkiv"): a common noun the registry cannot read
    ("the plan") is no party."""
    if token.pos_ != "PROPN" and token.ent_type_ not in UNNAMED_KINDS:
        return None
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LOC", "FAC"):
        return None
    # a person's full name is looked up whole: "Desmond Tutu" is no town, though a "Tutu" is
    name = text if token.ent_type_ == "PERSON" and len(text.split()) > 1 else token.text
    if places is not None and places.resolve(name) is not None \
            and not (token.ent_type_ == "PERSON" and len(text.split()) == 1 and named_in_full_before(token)):
        return None  # but "Robinson", after "Joe Robinson" earlier in the article, is him, not a town
    return Entity(text=text, kind=UNNAMED_KINDS.get(token.ent_type_))


def names_a_town(token: Token, places: Gazetteer | None, actors: ArticleActors, *, seats: bool = False) -> bool:
    """A town's or a province's name, not a country's nor a seat of power's: "Geneva", "Sochi" (a country's
    name or adjective says whose; a town says where; but "Moscow" stands for its government). ``seats``: a seat
    of power counts as a town too, where it names where a document was signed or a meeting held ("the Minsk
    agreement", "the Vienna talks")."""
    if places is None or actors.is_seat_of_power(token.text) and not seats:
        return False
    if token.ent_type_ not in ("GPE", "LOC", "FAC") and not (seats and actors.is_seat_of_power(token.text)):
        # the parser may call a town an organisation ("the Salisbury attack"): a town still, when the registry
        # knows the name only as a place of a country (not "Hamas", "Nato")
        known = actors.resolve(token.text) if token.pos_ == "PROPN" else None
        if known is None or known.kind != "state" or known.sector is not None:
            return False
    place = places.resolve(token.text)
    return place is not None and place.precision not in ("country", "region")


def where_it_happened(token: Token, entity: Entity, places: Gazetteer | None, actors: ArticleActors) -> bool:
    """ "The margins of the Munich security meeting": a town that names where an event was held makes no
    country a party (a country's own name or adjective would: "the Turkish offensive")."""
    if entity.kind != "state" or entity.sector is not None or token.pos_ != "NOUN":
        return False
    phrase = phrase_tokens(token)
    names = [t for t in phrase if t.pos_ == "PROPN"]
    return bool(names) and any(t.lemma_.lower() in EVENTFUL_HEADS for t in phrase if t.pos_ == "NOUN") \
        and all(names_a_town(t, places, actors) for t in names)


def named_in_full_before(token: Token) -> bool:
    """Whether the article wrote this surname after a first name before ("Joe Robinson ... Robinson")."""
    doc = token.doc
    # (the places of the surname from the Doc's word ids: walking the article up to each name made every token anew)
    return any(0 < i < token.i and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].is_title
               for i in positions_of(doc, (token.text,)))
