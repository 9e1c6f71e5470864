"""Whom a pronoun or a title points at: the sentence's own subject ("Turkish officials said they would"), a
speaker the registry does not know ("the group said it had"), or a person the article named before or after
("He", "she" by the names' gender); and the person a phrase names ("the UN envoy, Staffan de Mistura")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.coding.coalitions import coalition_meant
from tacitus.coding.gender import fits, pronoun_gender
from tacitus.coding.introduced import introduced_country
from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.mentions import SENTENCES_BACK, own_clause_verbs, person_after, person_before
from tacitus.coding.owners import placed_by_phrase
from tacitus.coding.phrases import is_pronoun, phrase_text
from tacitus.coding.pronouns import SINGULAR_THINGS
from tacitus.coding.words import words
from tacitus.datafiles import Column, load_table, packaged
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.records import Entity

# Words that point at things or at people in general, not back at a named party
NON_REFERRING = {"that", "this", "which", "what", "who", "whom", "those", "these", "some", "many", "others",
                 "all", "anyone", "someone", "everyone", "nobody", "none", "one", "each", "any", "most"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
REPORTING_VERBS = words("reporting_verb")
COLLECTIVE_NOUNS = frozenset(row["word"] for row in load_table(packaged("tacitus.coding", "collective_nouns.tsv"),
                                                                 (Column("word"),)))
PERSON_TITLES = words("person_title")
PERSON_WORDS = PERSON_TITLES | words("person_noun")
EVENT_WORDS = words("event_word")
# Heads that usually name an event, but head an organisation's name too ("World Food Programme").
EVENTFUL_HEADS = frozenset(EVENT_WORDS) | frozenset(lemma for lemma, pos in load_lexicon() if pos == "NOUN")


def person_named_before(pronoun: Token, actors: ArticleActors, places: Gazetteer | None, *,
                         sentences_back: int = SENTENCES_BACK) -> Entity | None:
    """ "He" or "she" with no antecedent nearer: the person named before it (``mentions``), when the article
    places that person in a country (one it does not place makes no event better known)."""
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    found = person_before(pronoun, lambda t: _as_person(t, actors, places),
                          lambda t: fits(pronoun.lower_, t.text, t.doc), sentences_back=sentences_back)
    return found if found is not None and found.country else None


def person_named_after(pronoun: Token, actors: ArticleActors, places: Gazetteer | None) -> Entity | None:
    """ "While the Kurds have charged him, Tom Harwick has denied it": the subject the clause comes before."""
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    return person_after(pronoun, lambda t: _as_person(t, actors, places),
                        lambda t: fits(pronoun.lower_, t.text, t.doc))


def _as_person(token: Token, actors: ArticleActors, places: Gazetteer | None) -> Entity | None:
    """The person a name token names, known to the registry or not (None for a name of no person)."""
    found = named_person(token, actors, places)
    if found is None and token.pos_ == "PROPN":  # a name the parser did not tag as one
        known = actors.resolve(phrase_text(token))
        found = known if known is not None and known.kind == "person" else None
    return found


def fits_pronoun(pronoun: Token, entity: Entity) -> bool:
    """Whether "she" or "his" may point at this person: the name the article wrote says so, or for an office
    ("the prime minister") the registry's holder's name."""
    said, wanted = pronoun_gender(entity.text), pronoun_gender(pronoun.lower_)
    if said is not None and wanted is not None:
        return said == wanted  # a person remembered as "she" is no "he"
    named = entity.text.split()[-1:] and entity.text.split()[-1][:1].isupper()
    texts = (entity.text,) if named or not entity.name else (entity.text, entity.name)
    return all(fits(pronoun.lower_, text, pronoun.doc) for text in texts)


def names_a_person(entity: Entity) -> bool:
    """A named person, or one named by office ("Russia's ambassador", "the Turkish foreign minister") or
    pointed at ("he")."""
    words_of_text = entity.text.lower().split()
    return entity.kind == "person" or bool(words_of_text) and (words_of_text[-1] in PERSON_TITLES
                                                                or entity.text.lower() in PERSON_PRONOUNS)


def antecedent(pronoun: Token, actors: ArticleActors, *, possessive: bool = False) -> Entity | None:
    """The nearest earlier subject of the same sentence that agrees with the pronoun: "Israel's army said
    it killed ...", "the regime made gains when it took Deraa", "Turkish officials said they would ..."."""
    plural = pronoun.lower_ in ("they", "them", "their")
    person = pronoun.lower_ in PERSON_PRONOUNS | {"his"}
    bound = own_clause_verbs(pronoun)
    for candidate in reversed([t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                               and t.head.i not in bound]):
        # "its"/"their" fit collective names either way ("the Taliban ... its fighters"), and so does "they" the
        # group that says it ("the Taliban said they would not negotiate"), though not a state or a person
        collective = plural and candidate.pos_ == "PROPN" and candidate.tag_ == "NNP" \
            and pronoun.head.dep_ == "ccomp" and pronoun.head.head.i == candidate.head.i
        if is_pronoun(candidate) or (not possessive and not collective
                                     and (candidate.tag_ in ("NNS", "NNPS")) != plural):
            continue
        found = (named_person(candidate, actors) if person else None) or actors.resolve(phrase_text(candidate))
        if found is not None and found.kind == "person" and not found.country and possessive:
            # "Pakistan's army chief said his forces ...": a person by office, of the state his title names
            office = actors.resolve(phrase_text(candidate))
            found = replace(found, country=office.country) if office is not None and office.country else found
        if collective and not possessive and (found is None or found.sector not in ("REB", "UAF", "CRM")):
            continue  # (an armed group's fighters speak as "they"; "Congress says they must stay" is of others)
        if found is not None and found.country is None and found.kind == "group":
            found = coalition_meant(candidate, actors) or found  # "the coalition said its jets ..."
            # ("officials in Chad said they ...": of the country their own phrase puts them in, as when they act)
            found = placed_by_phrase(candidate, found, actors)
        if found is None and not person:
            speaker = _speaker(candidate, pronoun, actors)
            if speaker is not None:
                return speaker
        if found is not None and (found.kind == "person") == person and (not person or fits_pronoun(pronoun, found)):
            return found
        if found is not None and found.country and possessive and person and candidate.lemma_.lower() in PERSON_TITLES:
            return found  # "Pakistan's army chief said his forces ...": one person by office, of the state he serves
        if found is not None and found.country and possessive and person \
                and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in candidate.children):
            return found  # "the Assad regime stays but his delegation refuses": the regime's, named by its leader
    return None


def _speaker(subject: Token, pronoun: Token, actors: ArticleActors) -> Entity | None:
    """ "The group said it had captured ...": the speaker the registry does not know is still whom "it" or
    "they" in what it says points at, not a party of an earlier sentence. Kept by its own words, with no
    country (the event's place or sentence may give one)."""
    verb = subject.head
    if _named_body_acting(subject, pronoun):
        # "The SNC compromised by saying it would ...": a body named as the subject of the clause the pronoun is in
        return Entity(text=phrase_text(subject), kind="group", sector=actors.sector_of(phrase_text(subject)))
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS or subject.lower_ in NON_REFERRING \
            or subject.lemma_.lower() in EVENTFUL_HEADS or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    text = phrase_text(subject)
    sector = actors.sector_of(text)
    if subject.ent_type_ == "PERSON" or subject.lemma_.lower() in PERSON_TITLES or not (
            sector or subject.ent_type_ in ("ORG", "NORP") or subject.lemma_.lower() in COLLECTIVE_NOUNS):
        return None  # a person is no "it" ("Tom Harwick said it would be safe to ..."), "my sister" no body
    if not any(c.dep_ == "ccomp" and pronoun.i in {t.i for t in c.subtree} for c in verb.children):
        return None  # only what the speaker says: "The group said the army, which it fought, ..." is not
    return Entity(text=text, kind="group", sector=sector)


def _named_body_acting(subject: Token, pronoun: Token) -> bool:
    """A singular organisation's name the registry does not know, subject of a verb whose clauses hold "it"."""
    return pronoun.lower_ in SINGULAR_THINGS and subject.dep_ == "nsubj" and subject.pos_ == "PROPN" \
        and subject.tag_ == "NNP" and subject.ent_type_ == "ORG" \
        and pronoun.i in {t.i for t in subject.head.subtree}


def named_person(token: Token, actors: ArticleActors, places: Gazetteer | None = None) -> Entity | None:
    """The person a noun phrase names, in itself or in apposition, known to the registry or not: "the UN
    envoy, Staffan de Mistura" (the registry's), "President Laurent Gbagbo" (known only by the office of
    the title), "the opposition leader, Tom Harwick" (a stranger, kept with no country). None when the
    phrase names no person."""
    names = [token] if token.ent_type_ == "PERSON" else \
        [c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if not names and token.lemma_.lower() not in PERSON_TITLES:  # "the UN envoy" is a person too
        return None
    text = phrase_text(token)
    for name in names:
        known = actors.resolve(phrase_text(name) if name is not token else text)
        if known is not None and known.kind == "person":
            return replace(known, text=text)
    whole = actors.resolve(text)
    if whole is not None and whole.country is not None and whole.kind in ("person", "state", "organisation") \
            and whole.sector in (None, "GOV", "IGO", "ELI"):
        # "Russia's ambassador, Alexander Yakovenko", "the UN special envoy": the office's holder
        return replace(whole, text=text, kind="person")
    # "Tom Harwick, from Leeds, said he ...": a stranger the article placed when it introduced him
    placed = introduced_country(names[0], actors, places) if names else None
    return Entity(text=text, kind="person", country=placed, sector=whole.sector if whole is not None else None)


def names_someone(token: Token) -> bool:
    """A person's name, or an office with the name in apposition ("the opposition leader, Tom Harwick"; not
    "the newspaper La Prensa", which the parser may take for a person)."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_TITLES and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)


def object_of_the_main_verb(pronoun: Token, actors: ArticleActors) -> Entity | None:
    """ "imposed a boycott on Qatar, accusing it of ...", "expelled the envoy, accusing him of spying": the object
    of a participle hung on a verb means whom that verb acted on (its subject would be "itself"), when one such
    party agrees with the pronoun."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or pronoun.lower_ not in ("it", "him", "her", "them") \
            or not (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return None
    main = verb.head
    objects = [o for o in main.children if o.dep_ == "dobj"]
    objects += [p for o in [main, *objects] for prep in o.children if prep.dep_ == "prep" and prep.i < verb.i
                for p in prep.children if p.dep_ == "pobj"]
    plural, person = pronoun.lower_ == "them", pronoun.lower_ in ("him", "her")
    # (not the doer's own: "recalled its envoy from Doha, accusing it of ...")
    doers = {e.country for e in (actors.resolve(phrase_text(s)) for s in main.children if s.dep_ == "nsubj") if e}
    found = [e for o in objects if (o.tag_ in ("NNS", "NNPS")) == plural or o.ent_type_ in ("GPE", "NORP")
             for e in [actors.resolve(phrase_text(o))]
             if e is not None and e.country not in doers
             and (e.kind == "person" or o.lemma_.lower() in PERSON_WORDS) == person]
    return found[0] if len(found) == 1 else None
