"""A person the registry does not know, placed in a country by how the article introduces them.

"Ruhul Amin, from Aberdeen, ...", "Jack Letts, a Briton held by Kurds, ...", "Tom Harwick, a British citizen
who ...": wherever the article names the person so, later mentions ("Letts has denied ...") are of that
country. Only what the article says of the person counts: a person named in a story about one country is
not placed there for that (a foreign fighter in a Syrian story is no Syrian).
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.doc_arrays import token_arrays
from tacitus.coding.phrases import phrase_text
from tacitus.knowledge import ArticleActors, Gazetteer

# What an appositive may say of a person's country: their people, a citizen of it, a state's office ("the
# home secretary") or its opposition, not an office abroad ("Ruth Kane, the UN's envoy to Syria" is the UN's, no Syrian) nor an armed group
# they joined ("a fighter with the YPG": foreign volunteers join them)
PEOPLE_SECTORS = frozenset({None, "CVL", "GOV", "LEG", "JUD", "OPP"})
# The state bodies whose staff are of their state: "an adviser to the Syrian information ministry" (not "an
# envoy to Syria": a state named as such may be where a foreigner serves)
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
# Prepositions of a home town: "from Aberdeen", "formerly of Leeds"
HOME_PREPS = frozenset({"from", "of"})


def introduced_country(name: Token, actors: ArticleActors, places: Gazetteer | None) -> str | None:
    """The country the article gives the person whose name ends with ``name``, by an appositive or a "from"
    phrase at any mention of the name; None when it gives none or several."""
    found: set[str] = set()
    for token in _mentions(name):
        head = _name_head(token)
        if head.dep_ == "appos":  # "the home secretary, Tom Harwick,"
            found.update(_of_people(head.head, actors))
        found.update(_nationality(head, actors))  # "the Dutch jihadist Yago Riedijk", "Syrian activist Ali Kanj"
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":
            # "Tom Harwick is a British citizen" (but only by its nationality: "was one of the volunteers with the
            # YPG in Syria" says where he fought, not whose he is)
            for attribute in (c for c in head.head.children if c.dep_ == "attr"):
                found.update(_nationalities(attribute, actors))
        for child in head.children:
            if child.dep_ == "appos":
                found.update(_of_people(child, actors))
                found.update(_from_place(child, places))
            elif child.dep_ == "prep" and child.lower_ in HOME_PREPS:
                found.update(_from_place(head, places))
    return next(iter(found)) if len(found) == 1 else None


def _mentions(name: Token) -> list[Token]:
    """The tokens of the document that write ``name`` as a person's name: found in the document's arrays, as
    making a Token of each word of a long article, for each name, was most of the time of this module."""
    doc = name.doc
    if not name.text[:1].isupper():
        return []
    # (a capital first letter, not a title-cased word: "Ja'afari" and "Ja’afari" are names too; and a proper noun
    # the parser took for an organisation's, "the Dutch jihadist Yago Pryce", or left untagged at the start of a
    # sentence, "Pryce, a Dutch engineer, ...")
    orths, ent_types, pos = token_arrays(doc).T
    strings = doc.vocab.strings
    named = (ent_types == strings["PERSON"]) | ((pos == strings["PROPN"]) & ((ent_types == strings["ORG"])
                                                                             | (ent_types == 0)))
    return [doc[int(i)] for i in ((orths == name.orth) & named).nonzero()[0]]


def _name_head(token: Token) -> Token:
    """The token of a name the parse hangs the rest of the sentence on: "Amin" of "Ruhul Amin"."""
    while token.dep_ == "compound" and token.head.ent_type_ == "PERSON" and token.head.i != token.i:
        token = token.head
    return token


def _nationality(head: Token, actors: ArticleActors) -> set[str]:
    """The countries the adjectives of nationality before a name give ("the Dutch jihadist Yago Riedijk",
    "Syrian opposition spokesman Ali Kanj"): those of the words the name's own phrase holds before it (the
    parser may tag them as part of an organisation's name)."""
    return {e.country for e in (actors.resolve(t.text) for left in head.lefts for t in left.subtree
                                if t.dep_ == "amod" and t.pos_ == "ADJ" and t.text[:1].isupper())
            if e is not None and e.country and e.kind == "state" and e.sector is None and actors.is_state(e.country)}


def _of_people(appositive: Token, actors: ArticleActors) -> set[str]:
    """ "a Briton", "a British citizen", "the home secretary": the country of the people or the office named;
    "a British member of Isis": the nationality its adjective gives."""
    states = _nationalities(appositive, actors)
    if states:
        return states
    served = [actors.resolve(phrase_text(p)) for prep in appositive.children if prep.dep_ == "prep"
              and prep.lower_ in ("to", "at", "in") for p in prep.children if p.dep_ == "pobj"]
    offices = {e.country for e in served if e is not None and e.country and e.sector in OFFICE_SECTORS
               and actors.is_state(e.country)}
    if offices:
        return offices  # "an adviser to the Syrian information ministry", "a judge at Egypt's supreme court"
    entity = actors.resolve(phrase_text(appositive))
    if entity is not None and entity.country and entity.sector == "IGO" and entity.kind == "organisation":
        return {entity.country}  # "Ruth Kane, the UN's humanitarian chief": the UN's official, of no state
    # (an office's holder too: "Ali Kanj, the Syrian information minister" is Syrian, whoever holds it)
    if entity is None or not entity.country or entity.sector not in PEOPLE_SECTORS \
            or not actors.is_state(entity.country):
        return set()
    return {entity.country}


def _nationalities(noun: Token, actors: ArticleActors) -> set[str]:
    """The states a noun's adjectives of nationality name: "a British citizen"."""
    nationality = [actors.resolve(c.text) for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    return {e.country for e in nationality if e is not None and e.country and actors.is_state(e.country)}


def _from_place(holder: Token, places: Gazetteer | None) -> set[str]:
    """ "from Oxford", "from Aberdeen", "formerly of Leeds": the country of the home town."""
    if places is None:
        return set()
    found = set()
    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in HOME_PREPS):
        # ("of" only before a town's name: "Joe Bloggs, formerly of Leeds", not "Joe Bloggs of Reuters")
        for place in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
                      and (prep.lower_ == "from" or p.ent_type_ == "GPE")):
            resolved = places.resolve(phrase_text(place))
            if resolved is not None and resolved.country and resolved.precision != "region":
                found.add(resolved.country)
    return found
