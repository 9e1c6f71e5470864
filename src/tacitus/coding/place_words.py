"""Which word of a phrase names the place, and whether a word looks like a place's name: the name after "the town
of", the whole a share is written of ("much of Idlib"), the owner of a quarter ("Mali's north"). Words only: what
place a name is, the gazetteer says (``places.resolve_place``)."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.locatives import DIRECTIONS, PART_WORDS, under_locative
from tacitus.coding.phrases import objects_of
from tacitus.coding.words import words

PLACE_NOUNS = words("place_noun")
# the nouns of a part of a place its owner names ("Kenya's coastal region"; not "Iraq's capital", a city)
QUARTER_NOUNS = {"region", "regions", "area", "areas", "province", "provinces", "governorate", "state", "district",
                 "county", "enclave", "heartland", "countryside", "suburbs"}


def named_by_of(token: Token) -> Token:
    """ "the town of Shusha", "the province of Idlib", "the capital Bamako": the place is the name after "of" or
    in apposition."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in PLACE_NOUNS:
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                names = [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
                if names:
                    return names[0]
    return token


def whole_of_a_part(token: Token) -> Token | None:
    """The place a share of it is written of: "much of north-east Syria", "large parts of Idlib province"; None
    for a share of something else, which the gazetteer then does not find ("most of the aid")."""
    if token.lower_ not in PART_WORDS:
        return None
    return next(iter(objects_of(token, {"of"})), None)


def owner_of_a_quarter(token: Token) -> Token | None:
    """ "Mali's north", "Kenya's coastal region": a part of a place its owner names is placed at the owner (no
    finer); not "Iraq's capital", a city of its own."""
    if token.pos_ != "NOUN" or token.lower_ not in DIRECTIONS | QUARTER_NOUNS \
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                 and c.ent_type_ not in ("NORP", "DATE", "TIME")), None)


def place_like(token: Token) -> bool:
    if token.ent_type_ in ("GPE", "LOC"):
        # (a place's name is written with a capital: "the west bank of the river" is none; "Idlib province" is)
        return not token.is_lower or token.sent.text.islower() \
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.is_lower for c in token.children)
    if token.pos_ == "NOUN" and token.lemma_.lower() in PLACE_NOUNS:  # "Idlib province"
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    if token.ent_type_ in ("PERSON", "NORP") and token.pos_ == "PROPN":
        return under_locative(token)  # the small parser's "in Kyiv" is sometimes a person, "in Kidal" a people
    if token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME", "NORP", "MONEY", "CARDINAL"):
        return False
    # "at the White House", "in the Kremlin": buildings and institutions are not settlements
    return not any(c.dep_ == "det" for c in token.children)


def capitalised(token: Token) -> bool:
    """Whether the sentence writes names with capitals (not a headline or a note all in lower case)."""
    return not token.sent.text.islower()

