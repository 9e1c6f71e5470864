"""Party resolution: noun phrases of the parse to Entities, through the registry and the article's memory.

Wire copy names the parties once and then says "the parties", "both", "the two leaders", "he" or "the
delegation". ``Memory`` keeps the entities of the last few sentences so these resolve to them; it goes
stale after ``MEMORY_SENTENCES`` sentences without a named party, because a "they" three paragraphs
later is rarely the same pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from tacitus.coding.coalitions import coalition_meant
from tacitus.coding.counted import counted_parties
from tacitus.coding.gender import fits, pronoun_gender
from tacitus.coding.introduced import introduced_country
from tacitus.coding.located import acts_at_home, of_a_stateless_people, sentence_country
from tacitus.datafiles import Column, load_table, packaged
from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.mentions import SENTENCES_BACK, person_after, person_before
from tacitus.coding.officials import official_meant
from tacitus.coding.pronouns import SINGULAR_THINGS, is_expletive, named_before, names_many
from tacitus.coding.phrases import (conjuncts, is_pronoun, phrase_text, phrase_tokens, split_coordinated_modifiers,
                                    split_coordinated_names, split_of_conjuncts)
from tacitus.coding.words import words
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.knowledge.normalize import is_acronym
from tacitus.knowledge.regime import names_the_regime
from tacitus.records import Entity, ResolvedDate

MEMORY_SENTENCES = 2
MEMORY_ENTITIES = 8
SPEAKER_PRONOUNS = {"we", "i", "you", "us", "me", "our", "my", "your"}
# Words that point at things or at people in general, not back at a named party
NON_REFERRING = {"that", "this", "which", "what", "who", "whom", "those", "these", "some", "many", "others",
                 "all", "anyone", "someone", "everyone", "nobody", "none", "one", "each", "any", "most"}
ANAPHORS = words("anaphor")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
REPORTING_VERBS = words("reporting_verb")
COLLECTIVE_NOUNS = frozenset(row["word"] for row in load_table(packaged("tacitus.coding", "collective_nouns.tsv"),
                                                                 (Column("word"),)))
REFLEXIVES = {"himself", "herself", "itself", "themselves", "themself", "oneself"}
PERSON_TITLES = words("person_title")
POSSESSIVES = {"its", "their", "his", "her"}
EVENT_WORDS = words("event_word")
FACILITIES = words("facility_noun")
# A government's collective bodies, of the country whose leader the article named last
CABINETS = frozenset({"cabinet", "government", "administration", "ministry", "ministries", "executive"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy"})
# Weapons and blasts: a modifier that says how an attack was made, not who made it ("drone strikes")
MEANS = words("anonymous_attacker")
# Events whose "from" phrase is where they leave, not who made them: "a withdrawal from Syria"
MOVES = frozenset({"RETREAT", "MOBILIZE", "COERCE", "AID"})
# Whose modifiers name the party of a thing: "a British-flagged tanker" belongs to Britain
COUNTRY_MODIFIER_ENTS = {"NORP", "GPE"}


@dataclass
class Memory:
    """What earlier sentences said, for "he", "the parties" and "the delegation"."""

    groups: list[list[Entity]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    last_date: ResolvedDate | None = None
    last_planned: ResolvedDate | None = None  # a dated plan of the previous sentence: "What's next: ..."
    sentences_since: int = 0  # sentences since anything was remembered: old antecedents go stale
    subjects: list[Entity] = field(default_factory=list)  # the last sentence's subjects, first for "he" and "she"

    def remember(self, entities: list[Entity], date: ResolvedDate | None = None, *,
                 subjects: list[Entity] | None = None) -> None:
        self.subjects = [e for e in subjects or [] if e.country or e.kind == "person"]
        real = [e for e in entities if e.country]
        # a person the registry does not know is remembered too: the "he" that follows is more likely him
        # than a minister named two sentences before ("... said Jeremy Corbyn. He called for ...")
        kept = [e for e in entities if e.country or e.kind == "person"]
        self.sentences_since = 0 if kept else self.sentences_since + 1
        if self.sentences_since > MEMORY_SENTENCES:
            self.groups.clear()
            self.entities.clear()
        if len(real) >= 2:
            self.groups.append(real)
        self.entities.extend(kept)
        del self.entities[:-MEMORY_ENTITIES]
        if date is not None and date.precision != "unknown":
            self.last_date = date

    def last_of_kind(self, *, person: bool, pronoun: Token | None = None) -> Entity | None:
        """The last entity remembered that is (or is not) a person; "she" skips the men the article names."""
        singular = pronoun is not None and pronoun.lower_ in SINGULAR_THINGS
        if person and pronoun is not None:
            # "Theresa May met Erdogan on Monday. She ...": the previous sentence's subject before its other people
            subject = next((e for e in self.subjects if names_a_person(e) and _fits(pronoun, e)), None)
            if subject is not None:
                return subject
        return next((e for e in reversed(self.entities) if names_a_person(e) == person
                     and (pronoun is None or not person or _fits(pronoun, e))
                     and not (singular and names_many(e))), None)


def _person_named_before(pronoun: Token, actors: ArticleActors, places: Gazetteer | None, *,
                         sentences_back: int = SENTENCES_BACK) -> Entity | None:
    """ "He" or "she" with no antecedent nearer: the person named before it (``mentions``), when the article
    places that person in a country (one it does not place makes no event better known)."""
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    found = person_before(pronoun, lambda t: _as_person(t, actors, places),
                          lambda t: fits(pronoun.lower_, t.text, t.doc), sentences_back=sentences_back)
    return found if found is not None and found.country else None


def _person_named_after(pronoun: Token, actors: ArticleActors, places: Gazetteer | None) -> Entity | None:
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


def _opposition_home(token: Token, actors: ArticleActors) -> str | None:
    """The country of the opposition that is the subject of the token's sentence ("the Labour leader")."""
    subjects = [t for t in token.sent if t.dep_ == "nsubj" and t.i < token.i]
    found = {e.country for e in (named_person(t, actors) or actors.resolve(phrase_text(t)) for t in subjects)
             if e is not None and e.sector == "OPP" and e.country}
    return next(iter(found)) if len(found) == 1 else None


def _unnamed(entity: Entity) -> bool:
    """A group the registry does not know ("the group"): "it" alone would say nothing of whom."""
    return entity.name is None and entity.kind == "group"


def _fits(pronoun: Token, entity: Entity) -> bool:
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


# Heads that usually name an event, but head an organisation's name too ("World Food Programme").
EVENTFUL_HEADS = frozenset(EVENT_WORDS) | frozenset(lemma for lemma, pos in load_lexicon() if pos == "NOUN")


def resolve_parties(tokens: list[Token], actors: ArticleActors, memory: Memory, *,
                    places: Gazetteer | None = None) -> tuple[list[Entity], bool]:
    """The entities the tokens name, and whether any came from memory (an anaphor). A name that neither
    the registry nor ``places`` knows is kept as an unnamed party ("Prosper Avril")."""
    entities: list[Entity] = []
    from_memory = False
    for token in tokens:
        text = phrase_text(token)
        lowered = text.lower()
        counted = counted_parties(token, text, memory.groups, actors)
        if counted is not None:  # "all three leaders": the three the article just named
            entities.extend(counted)
            from_memory = True
            continue
        if lowered in ANAPHORS or token.lower_ in ("they", "both"):
            # "Afghan rebel leaders said they would meet ...": the sentence's own subject first
            here = _antecedent(token, actors) if token.lower_ == "they" else None
            group = [here] if here is not None else memory.groups[-1] if memory.groups else []
            entities.extend(e if _unnamed(e) else replace(e, text=text) for e in group)
            from_memory |= bool(group)
            continue
        if (token.lower_ in SPEAKER_PRONOUNS or token.lower_ in NON_REFERRING) and not is_acronym(token.text):
            continue  # "we", "I", "you" speak from a quote: whom they mean is not in the parse
        if token.lower_ in REFLEXIVES or is_expletive(token):
            continue  # "shot himself": the actor, no other party; "it was right to help": no one
        if is_pronoun(token):
            found = _antecedent(token, actors) or named_before(token, actors.resolve, lambda t: names_a_town(t, places, actors)) \
                or _person_named_after(token, actors, places) \
                or _person_named_before(token, actors, places, sentences_back=0) \
                or memory.last_of_kind(person=token.lower_ in PERSON_PRONOUNS, pronoun=token) \
                or _person_named_before(token, actors, places)
            if found is not None:
                # "launched its offensive": the owner by the name the article gave it, not "its"; and a speaker
                # the registry does not know only by its own words ("the group")
                if token.dep_ == "poss" and " and " in found.text and found.name:
                    found = replace(found, text=found.name)  # "their patrol" of "Russian and Turkish troops"
                entities.append(found if token.dep_ == "poss" or _unnamed(found) else replace(found, text=text))
                from_memory = True
            continue
        plain = not any(c.dep_ in ("poss", "cc", "conj") for c in token.subtree if c.i != token.i)
        named = actors.resolve(text) if plain and token.lemma_.lower() in EVENTFUL_HEADS else None
        if named is not None and named.kind in ("organisation", "person"):
            entities.append(named)  # "the World Food Programme" is a body, though "programme" can be an event
            continue
        owners = [o for c in token.children if c.dep_ == "poss" and not is_pronoun(c) for o in conjuncts(c)]
        if owners and (token.lemma_.lower() in EVENT_WORDS or (token.lemma_.lower(), "NOUN") in load_lexicon()):
            # "support for the UN and Germany's mediation efforts": the efforts' owners are the parties
            entities.extend(e for e in (actors.resolve(phrase_text(o)) for o in owners) if e is not None)
            continue
        if token.lemma_.lower() in EVENT_WORDS:
            # "the Syrian war" is no party; "positions of the Free Syrian Army" are the army's
            entities.extend(_of_whom(token, "of", actors))
            continue
        if (token.lemma_.lower(), "NOUN") in load_lexicon():
            # "Saudi-led coalition air strikes killed ...": whoever the modifiers name carried them out
            # but a town names where it happened ("the Geneva talks") and a weapon how ("drone strikes")
            modifiers = [t for t in phrase_tokens(token) if t.i < token.i and t.dep_ not in ("det", "punct")
                         and t.lemma_.lower() not in MEANS and not names_a_town(t, places, actors)]
            entity = actors.resolve(" ".join(t.text for t in modifiers)) if modifiers else None
            if entity is not None:
                entities.append(replace(entity, text=text))
            else:  # "a missile fired by Yemen's Houthis struck ...", "air strikes by Russian jets": whoever made them
                # ("a demand from the US president": whose demand; but a withdrawal "from" is from a place)
                moves = any(e.category in MOVES for e in load_lexicon()[(token.lemma_.lower(), "NOUN")])
                entities.extend(_agents_of(token, actors) or _of_whom(token, "by", actors)
                                or ([] if moves else _of_whom(token, "from", actors)))
            continue
        appositives = _named_appositives(token, actors)
        if appositives:
            entities.extend(appositives)
            continue
        for piece in split_coordinated_modifiers(token) or split_of_conjuncts(token) or split_coordinated_names(token) \
                or [text]:
            # (what is made or sent by someone is theirs, "a drone launched by the Houthis"; a person captured or
            # held by someone is not: "Tom Harwick, captured by Isis in 2014,")
            made = token.pos_ == "NOUN" and token.ent_type_ != "PERSON"
            entity = actors.resolve(piece) or _owner(token, actors) \
                or (next(iter(_agents_of(token, actors)), None) if made else None)
            if entity is None and token.lemma_.lower() in FACILITIES:
                entity = next(iter(_of_whom(token, "for", actors)), None)  # "a camp for Sudanese refugees"
            if (entity is None or entity.country is None) and token.lemma_.lower() in SPOKESPEOPLE:
                # "a spokesperson for the Foreign Office" speaks for it
                speaks_for = next(iter(_of_whom(token, "for", actors)), None)
                entity = replace(speaks_for, kind="person") if speaks_for is not None else entity
            entity = _possessed(token, entity, actors, memory, places) or unnamed_party(token, piece, places)
            if entity is None or _where_it_happened(token, entity, places, actors):
                continue
            if entity.country is None and entity.kind != "person" and _names_someone(token):
                entity = replace(entity, kind="person")  # "the opposition leader Tom Harwick" is a person
            if entity.country is None and entity.name is None and entity.entity_id is None and token.pos_ == "PROPN":
                # "Tom Harwick, from Leeds, ...": the article placed the person (the parser may not tag "Harwick",
                # or take him for an organisation or a place at a later mention)
                country = introduced_country(token, actors, places)
                entity = replace(entity, country=country, kind="person") if country else entity
            if entity.country is None and entity.kind == "group":
                entity = _placed_by_phrase(token, entity, actors)
            if entity.country is None and entity.kind == "group" and of_a_stateless_people(text):
                # "Kurdish militias fighting in the Syrian enclave of Afrin": a people of several states is of
                # where the sentence places it, and only that (not of the other parties it names)
                home = sentence_country(token, actors, places)
                entity = replace(entity, country=home) if home else entity
            if entity.country is None and (acts_at_home(token, entity.sector) or names_the_regime(text)):
                # "the authorities" of where the sentence is set; and a regime the article did not name
                home = sentence_country(token, actors, places)
                entity = replace(entity, country=home) if home else entity
            if entity.country is None and entity.sector == "GOV" and lowered.startswith("the ") \
                    and not names_the_regime(text):
                # "Corbyn accused the government of ...": the opposition speaks of its own country's government
                home = _opposition_home(token, actors)
                entity = replace(entity, country=home) if home else entity
            if entity.country is None and entity.sector and lowered.startswith("the ") and not names_the_regime(text):
                # "the army", "the government" after a sentence about Syria: Syria's
                # ("the US-backed rebels" are not the US's own; "the regime" is the one the article names, or
                # no one: not the government of whoever spoke last)
                earlier = next((e for e in reversed(memory.entities) if e.country and e.sector == entity.sector
                                and e.country not in entity.backers and _borrowable(e, entity, token)), None)
                if earlier is not None:
                    entity = replace(earlier, text=text)
                elif entity.sector == "GOV" and not names_a_person(entity) and token.lemma_.lower() in CABINETS:
                    # "Ruto chaired a meeting. The cabinet agreed": the government of the leader the sentence before
                    # spoke of
                    leader = next((e for e in memory.subjects if e.country and e.sector == "GOV" and e.entity_id
                                   and e.entity_id.startswith("person:") and e.country not in entity.backers), None)
                    entity = replace(entity, country=leader.country) if leader is not None else entity
            if entity.country is None:
                # "a Turkish official said ... The official also denied": the official introduced so
                entity = official_meant(token, entity, actors) or entity
            if entity.country is None and entity.kind == "group":
                # "the coalition", "coalition jets": the coalition the article named with its leader
                led = coalition_meant(token, actors)
                entity = replace(led, text=text) if led is not None else entity
            entities.append(entity)
    return entities, from_memory


# What a name the registry does not know says of its bearer, by the parser's entity type
UNNAMED_KINDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "state"}


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


def names_a_town(token: Token, places: Gazetteer | None, actors: ArticleActors) -> bool:
    """A town's or a province's name, not a country's nor a seat of power's: "Geneva", "Sochi" (a country's
    name or adjective says whose; a town says where; but "Moscow" stands for its government)."""
    if places is None or actors.is_seat_of_power(token.text):
        return False
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        # the parser may call a town an organisation ("the Salisbury attack"): a town still, when the registry
        # knows the name only as a place of a country (not "Hamas", "Nato")
        known = actors.resolve(token.text) if token.pos_ == "PROPN" else None
        if known is None or known.kind != "state" or known.sector is not None:
            return False
    place = places.resolve(token.text)
    return place is not None and place.precision not in ("country", "region")


def _where_it_happened(token: Token, entity: Entity, places: Gazetteer | None, actors: ArticleActors) -> bool:
    """ "The sidelines of the Munich conference": a town that names where an event was held makes no
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
    return any(t.text == token.text and t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON"
               and doc[t.i - 1].is_title for t in doc[:token.i])


# Verbs of backing a party: who backs it is no maker of it ("a militia backed by Iran"); "the rebels, backed by
# Turkey," / "militias supported by Iran": the agent is the group's backer, as in "Turkish-backed rebels", not its
# country
BACKING_VERBS = frozenset({"back", "support", "arm", "fund", "finance", "sponsor", "equip", "train", "supply"})


def _agents_of(noun: Token, actors: ArticleActors) -> list[Entity]:
    """Who the "by" agents of the participles that describe a noun are ("a drone launched by the Houthis")."""
    # (not its backers: "pounded the area, backed by Iranian allies" is said of who pounded it)
    agents = [o for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() not in BACKING_VERBS
              for agent in acl.children if agent.dep_ == "agent"
              for p in agent.children if p.dep_ == "pobj" for o in conjuncts(p)]
    return [e for e in (actors.resolve(phrase_text(a)) for a in agents) if e is not None]


def _antecedent(pronoun: Token, actors: ArticleActors, *, possessive: bool = False) -> Entity | None:
    """The nearest earlier subject of the same sentence that agrees with the pronoun: "Israel's army said
    it killed ...", "the regime made gains when it took Deraa", "Turkish officials said they would ..."."""
    plural = pronoun.lower_ in ("they", "them", "their")
    person = pronoun.lower_ in PERSON_PRONOUNS | {"his"}
    for candidate in reversed([t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")]):
        # "its"/"their" fit collective names either way ("the Taliban ... its fighters"), and so does "they" the
        # group that says it ("the Taliban said they would not negotiate"), though not a state or a person
        collective = plural and candidate.pos_ == "PROPN" and candidate.tag_ == "NNP" \
            and pronoun.head.dep_ == "ccomp" and pronoun.head.head.i == candidate.head.i
        if is_pronoun(candidate) or (not possessive and not collective
                                     and (candidate.tag_ in ("NNS", "NNPS")) != plural):
            continue
        found = (named_person(candidate, actors) if person else None) or actors.resolve(phrase_text(candidate))
        if collective and not possessive and (found is None or found.sector not in ("REB", "UAF", "CRM")):
            continue  # (an armed group's fighters speak as "they"; "Congress says they must stay" is of others)
        if found is not None and found.country is None and found.kind == "group":
            found = coalition_meant(candidate, actors) or found  # "the coalition said its jets ..."
        if found is None and not person:
            speaker = _speaker(candidate, pronoun, actors)
            if speaker is not None:
                return speaker
        if found is not None and (found.kind == "person") == person and (not person or _fits(pronoun, found)):
            return found
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


def _names_someone(token: Token) -> bool:
    """A person's name, or an office with the name in apposition ("the opposition leader, Tom Harwick"; not
    "the newspaper La Prensa", which the parser may take for a person)."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_TITLES and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)


def _borrowable(earlier: Entity, entity: Entity, token: Token) -> bool:
    """Whether "the government" or "the minister" may be an earlier party's: a person's office is a person,
    a group is a state or group; and a name before the head ("the Labour leader") says whose it is."""
    if names_a_person(earlier) != (names_a_person(entity) or token.lemma_.lower() in PERSON_TITLES):
        return False  # ("the president of the republic" is a person, whatever its last word)
    return not any(t.pos_ == "PROPN" for t in phrase_tokens(token) if t.i < token.i)


def _possessed(token: Token, entity: Entity | None, actors: ArticleActors, memory: Memory,
               places: Gazetteer | None) -> Entity | None:
    """ "The Taliban claimed its fighters killed ...": the fighters are the Taliban's, whatever their sector."""
    if entity is None or entity.country:
        return entity  # "its enemies" are not its own: only a party's organs (forces, ministry) take its country
    pronouns = [c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES]
    if pronouns:
        owner = _antecedent(pronouns[0], actors, possessive=True) \
            or named_before(pronouns[0], actors.resolve, lambda t: names_a_town(t, places, actors)) \
            or memory.last_of_kind(person=pronouns[0].lower_ in ("his", "her"), pronoun=pronouns[0])
    else:
        owner = _group_meant(token, memory)
    if owner is None:
        return entity
    # (the leader or spokesman of an armed group or a movement leads no government: he is of its sector)
    sector = owner.sector if entity.sector == "GOV" and owner.kind == "group" and owner.sector \
        and owner.sector != "GOV" else entity.sector
    return replace(entity, country=owner.country, sector=sector,
                   name=owner.name if owner.kind != "person" else entity.name)


def _group_meant(token: Token, memory: Memory) -> Entity | None:
    """ "The group's leader", "the movement's spokesman": the group the article named last (Isis, Boko Haram),
    not a state nor a person."""
    owners = [c for c in token.children if c.dep_ == "poss" and c.lemma_.lower() in COLLECTIVE_NOUNS
              and c.lemma_.lower() not in ("state", "country", "nation")
              and any(d.lower_ in ("the", "this") for d in c.children)]
    if not owners:
        return None
    return next((e for e in reversed(memory.entities) if e.kind in ("group", "organisation") and e.country
                 and e.sector not in (None, "GOV") and not names_a_person(e)), None)


def _named_appositives(token: Token, actors: ArticleActors) -> list[Entity]:
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


def _placed_by_phrase(token: Token, entity: Entity, actors: ArticleActors) -> Entity:
    """ "Soldiers in Chad", "rebels in the Ivory Coast": a group the registry cannot place is of
    the country its own phrase puts it in (the parse leaves that "in" phrase out of the name), or of the one
    it is loyal to."""
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
    return entity


def _of_whom(token: Token, preposition: str, actors: ArticleActors) -> list[Entity]:
    """The parties a thing's of- or for-phrase names: whose positions, whom a camp is for."""
    objects = [o for c in token.children if c.dep_ == "prep" and c.lower_ == preposition
               for p in c.children if p.dep_ == "pobj" for o in conjuncts(p)]
    found = (actors.resolve(phrase_text(o)) for o in objects if not is_pronoun(o))
    return [replace(e, text=phrase_text(token)) for e in found if e is not None]


def _owner(token: Token, actors: ArticleActors) -> Entity | None:
    """A thing named by its country ("a British-flagged tanker", "an Iranian ship") stands for that country."""
    for child in (t for left in token.lefts for t in left.subtree):
        if child.ent_type_ in COUNTRY_MODIFIER_ENTS:
            entity = actors.resolve(child.text)
            if entity is not None and entity.country:
                return replace(entity, text=phrase_text(token))
    return None
