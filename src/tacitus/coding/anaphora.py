"""Party resolution: noun phrases of the parse to Entities, through the registry and the article's memory.

Wire copy names the parties once and then says "the parties", "both", "the two leaders", "he" or "the
delegation". ``Memory`` keeps the entities of the last few sentences so these resolve to them; it goes
stale after ``MEMORY_SENTENCES`` sentences without a named party, because a "they" three paragraphs
later is rarely the same pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from tacitus.coding.antecedents import (COLLECTIVE_NOUNS, EVENT_WORDS, EVENTFUL_HEADS, NON_REFERRING, PERSON_PRONOUNS,
                                        PERSON_TITLES, antecedent, fits_pronoun, named_person, names_a_person,
                                        names_someone, object_of_the_main_verb, person_named_after,
                                        person_named_before)
from tacitus.coding.bodies import body_by_kind
from tacitus.coding.coalitions import coalition_meant
from tacitus.coding.counted import OFFICIALS_OF, counted_parties, states_named_before
from tacitus.coding.dash_lists import listed_after_a_dash
from tacitus.coding.epithets import country_by_epithet
from tacitus.coding.foundations import charity_named_after
from tacitus.coding.held_places import holders_of
from tacitus.coding.introduced import introduced_country
from tacitus.coding.kin import is_kin, relative
from tacitus.coding.located import acts_at_home, may_live_in, of_a_stateless_people, sentence_country
from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.mentions import own_clause_verbs
from tacitus.coding.namings import SIGNED_OR_HELD, names_a_town, unnamed_party, where_it_happened
from tacitus.coding.officials import official_meant
from tacitus.coding.owners import (agents_of, described_in_apposition, named_appositives, of_whom, owner_by_modifier,
                                   placed_by_phrase)
from tacitus.coding.phrases import (conjuncts, is_pronoun, phrase_text, phrase_tokens, split_coordinated_modifiers,
                                    split_coordinated_names, split_of_conjuncts)
from tacitus.coding.pronouns import SINGULAR_THINGS, is_expletive, named_before, names_many
from tacitus.coding.relations import is_a_tie, only_the_bloc, party_by_tie
from tacitus.coding.subjects import companions
from tacitus.coding.words import words
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.knowledge.normalize import is_acronym
from tacitus.knowledge.regime import names_the_regime
from tacitus.records import Entity, ResolvedDate

MEMORY_SENTENCES = 2
MEMORY_ENTITIES = 8
SPEAKER_PRONOUNS = {"we", "i", "you", "us", "me", "our", "my", "your"}
ANAPHORS = words("anaphor")
# "the two regional rivals", "both nuclear-armed neighbours": a pair named by what they are to each other
PAIR = re.compile(r"^(?:the two|both) (?:[\w-]+ ){0,2}(?:rivals|neighbou?rs|allies|foes|adversaries|states|"
                  r"capitals|countries|nations|governments)$")
REFLEXIVES = {"himself", "herself", "itself", "themselves", "themself", "oneself"}
POSSESSIVES = {"its", "their", "his", "her"}
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
FACILITIES = words("facility_noun")
# Words of a share: "many of the town's Christians", "some of the women"
SHARE_WORDS = words("share_noun")
# Whose followers are named by an of-phrase, and are not them: "supporters of the president"
FOLLOWERS = frozenset({"supporter", "follower", "sympathiser", "sympathizer"})
# Verbs of bringing others to terms: "a Qatari-mediated truce" is no party of Qatar's
MEDIATING_VERBS = frozenset({"broker", "mediate"})
# A government's collective bodies, of the country whose leader the article named last
CABINETS = frozenset({"cabinet", "government", "administration", "ministry", "ministries", "executive"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy"})
# Weapons and blasts: a modifier that says how an attack was made, not who made it ("drone strikes")
MEANS = words("anonymous_attacker")
# Events whose "from" phrase is where they leave, not who made them: "a withdrawal from Syria"
MOVES = frozenset({"RETREAT", "MOBILIZE", "COERCE", "AID"})
OWNED_EVENTS = words("owned_event")
# What "the two sides", "both countries" name is two parties; "the two men" may be two of one party
SIDES = frozenset({"sides", "parties", "countries", "nations", "governments", "delegations"})


@dataclass
class Memory:
    """What earlier sentences said, for "he", "the parties" and "the delegation"."""

    groups: list[list[Entity]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    last_date: ResolvedDate | None = None
    last_planned: ResolvedDate | None = None  # a dated plan of the previous sentence: "What's next: ..."
    sentences_since: int = 0  # sentences since anything was remembered: old antecedents go stale
    subjects: list[Entity] = field(default_factory=list)  # the last sentence's subjects, first for "he" and "she"
    sides: list[list[Entity]] = field(default_factory=list)  # the last sentence's first side of several: "they"

    def remember(self, entities: list[Entity], date: ResolvedDate | None = None, *,
                 subjects: list[Entity] | None = None, objects: list[Entity] | None = None,
                 sides: list[list[Entity]] | None = None) -> None:
        """``objects``: people named besides the parties, who may be of a pair ("they") but are no "he";
        ``sides``: the parties of the sentence by side (the actors of an event, its recipients), first the one a
        "they" that follows means first."""
        self.subjects = [e for e in subjects or [] if e.country or e.kind == "person"]
        real = [e for e in entities + (objects or []) if e.country]
        # a person the registry does not know is remembered too: the "he" that follows is more likely him
        # than a minister named two sentences before ("... said Jeremy Corbyn. He called for ...")
        kept = [e for e in entities if e.country or e.kind == "person"]
        self.sentences_since = 0 if kept else self.sentences_since + 1
        if self.sentences_since > MEMORY_SENTENCES:
            self.groups.clear()
            self.entities.clear()
        if len(real) >= 2:
            self.groups.append(real)
        plural = next((side for side in ([e for e in side if e.country] for side in sides or [])
                       if len({(e.name or e.text, e.country) for e in side}) > 1
                       or len(side) == 1 and names_many(side[0])), None)
        self.sides[:] = [plural] if plural is not None else []
        self.entities.extend(kept)
        del self.entities[:-MEMORY_ENTITIES]
        if date is not None:  # (an undated event ends the story's dated line: "he" then is not of that day)
            self.last_date = date if date.precision != "unknown" else None

    def last_group(self, *, pair: bool) -> list[Entity]:
        """The last parties named together; "the sides" are two parties at least, not one named twice ("the
        areas of Idlib"), which a "they" may still be."""
        distinct = (g for g in reversed(self.groups) if not pair or len({(e.name or e.text, e.country) for e in g}) > 1)
        return next(distinct, [])

    def last_side(self) -> list[Entity]:
        """What a "they" of a new sentence means: the last side of several parties, or of one plural group ("the
        rebels"), that the sentence before named; not the two sides of an attack or a dispute lumped together
        ("Turkey shelled the Kurds. They denied ..."), nor a side named further back."""
        return self.sides[-1] if self.sides else []

    def last_of_kind(self, *, person: bool, pronoun: Token | None = None) -> Entity | None:
        """The last entity remembered that is (or is not) a person; "she" skips the men the article names."""
        singular = pronoun is not None and pronoun.lower_ in SINGULAR_THINGS
        if person and pronoun is not None:
            # "Theresa May met Erdogan on Monday. She ...": the previous sentence's subject before its other people
            subject = next((e for e in self.subjects if names_a_person(e) and fits_pronoun(pronoun, e)), None)
            if subject is not None:
                return subject
        return next((e for e in reversed(self.entities) if names_a_person(e) == person
                     and (pronoun is None or not person or fits_pronoun(pronoun, e))
                     and not (singular and names_many(e))), None)


def _opposition_home(token: Token, actors: ArticleActors) -> str | None:
    """The country of the opposition that is the subject of the token's sentence ("the Labour leader")."""
    subjects = [t for t in token.sent if t.dep_ == "nsubj" and t.i < token.i]
    found = {e.country for e in (named_person(t, actors) or actors.resolve(phrase_text(t)) for t in subjects)
             if e is not None and e.sector == "OPP" and e.country}
    return next(iter(found)) if len(found) == 1 else None


def _share_of(token: Token) -> Token | None:
    """What a share word the parser takes for the party acted on stands for: "imprisoned many of the town's
    Christians", "kidnapped some of the village's women" (a share the parser reads as a noun, "part of the army", is
    read whole by the registry; "some of the men were injured", with no one who injured them, tells no deed)."""
    if token.lemma_.lower() not in SHARE_WORDS or token.pos_ in ("NOUN", "PROPN") or token.dep_ not in ("dobj", "pobj"):
        return None
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


def _unnamed(entity: Entity) -> bool:
    """A group the registry does not know ("the group"): "it" alone would say nothing of whom."""
    return entity.name is None and entity.kind == "group"




def _officials_of_the_pair(token: Token, text: str, actors: ArticleActors, memory: Memory) -> list[Entity]:
    """ "The foreign ministers of both countries", "the leaders of the two neighbours", "officials from the two
    countries": the officials of each of the pair the article just named, of the sector their own words give."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return []
    owners = [o for p in token.children if p.dep_ == "prep" and p.lower_ in OFFICIALS_OF for o in p.children
              if o.dep_ == "pobj"]
    if len(owners) != 1 or not _names_the_pair(phrase_text(owners[0]).lower()):
        return []
    sector = actors.sector_of(" ".join(t.text for t in token.subtree if t.i <= token.i))
    if sector is None:
        return []
    # (the pair may be named in a sentence that told no event: "Ethiopia and Eritrea ended their feud this summer")
    pair = memory.last_group(pair=True) or states_named_before(token.sent, 2, actors) or []
    return [replace(e, text=text, sector=sector, kind="group") for e in pair if e.kind == "state"]


def _names_the_pair(lowered: str) -> bool:
    return lowered in ANAPHORS or PAIR.match(lowered) is not None


def resolve_parties(tokens: list[Token], actors: ArticleActors, memory: Memory, *,
                    places: Gazetteer | None = None) -> tuple[list[Entity], bool]:
    """The entities the tokens name, and whether any came from memory (an anaphor). A name that neither
    the registry nor ``places`` knows is kept as an unnamed party ("Prosper Avril")."""
    entities: list[Entity] = []
    from_memory = False
    for token in tokens:
        token = _share_of(token) or token  # "imprisoned many of the town's Christians": the Christians
        text = phrase_text(token)
        lowered = text.lower()
        counted = counted_parties(token, text, memory.groups, actors)
        if counted is not None:  # "all three leaders": the three the article just named
            entities.extend(counted)
            from_memory = True
            continue
        if _names_the_pair(lowered) or token.lower_ in ("they", "both"):
            # "Afghan rebel leaders said they would meet ...": the sentence's own subject first
            together = _coordinated_subject(token, actors, memory, places)
            here = antecedent(token, actors) if token.lower_ == "they" and not together else None
            sides = _names_the_pair(lowered) and lowered.split()[-1] in SIDES
            group = together or ([here] if here is not None else memory.last_side() if token.lower_ == "they"
                                 else memory.last_group(pair=sides))
            entities.extend(e if _unnamed(e) else replace(e, text=text) for e in group)
            from_memory |= bool(group) and not together and here is None  # (its own sentence named them)
            continue
        if (token.lower_ in SPEAKER_PRONOUNS or token.lower_ in NON_REFERRING) and not is_acronym(token.text):
            continue  # "we", "I", "you" speak from a quote: whom they mean is not in the parse
        if token.lower_ in REFLEXIVES or is_expletive(token):
            continue  # "shot himself": the actor, no other party; "it was right to help": no one
        if is_pronoun(token):
            found = object_of_the_main_verb(token, actors) or antecedent(token, actors) or named_before(token, actors.resolve, lambda t: names_a_town(t, places, actors)) \
                or person_named_after(token, actors, places) \
                or person_named_before(token, actors, places, sentences_back=0) \
                or memory.last_of_kind(person=token.lower_ in PERSON_PRONOUNS, pronoun=token) \
                or person_named_before(token, actors, places)
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
            # ("the bloc's decision", "the kingdom's plan": the body or the country named before)
            found_owners = ((o, actors.resolve(phrase_text(o))) for o in owners)
            entities.extend(e for e in (body_by_kind(o, e, actors) or country_by_epithet(o, e, memory.entities, actors)
                                        or e for o, e in found_owners) if e is not None)
            continue
        if token.lemma_.lower() in EVENT_WORDS:
            # "the Syrian war" is no party; "positions of the Free Syrian Army" are the army's; "the Russian
            # annexation of Crimea" is Russia's, not Crimea's
            # ("struck PKK positions": positions in the plural are ground its modifiers' party holds; a stance is
            # "its position on Syria")
            held = _named_by_modifiers(token, actors, places) if token.lower_ == "positions" else None
            if held is not None:
                entities.append(replace(held, text=text))
                continue
            doer = _doer_by_modifier(token, actors, places) if token.lemma_.lower() in OWNED_EVENTS else None
            entities.extend([doer] if doer is not None else of_whom(token, "of", actors))
            continue
        if (token.lemma_.lower(), "NOUN") in load_lexicon():
            # "Saudi-led coalition air strikes killed ...": whoever the modifiers name carried them out
            # but a town names where it happened ("the Geneva talks") and a weapon how ("drone strikes")
            entity = _named_by_modifiers(token, actors, places)
            if entity is not None:
                entities.append(replace(entity, text=text))
            else:  # "a missile fired by Yemen's Houthis struck ...", "air strikes by Russian jets": whoever made them
                # ("a demand from the US president": whose demand; but a withdrawal "from" is from a place)
                moves = any(e.category in MOVES for e in load_lexicon()[(token.lemma_.lower(), "NOUN")])
                if any(c.dep_ == "acl" and c.lemma_.lower() in MEDIATING_VERBS for c in token.children):
                    continue  # "agreed a truce at talks mediated by Qatar": the mediator is no side of the deal
                entities.extend(agents_of(token, actors) or of_whom(token, "by", actors)
                                or ([] if moves else of_whom(token, "from", actors)))
            continue
        pair = _officials_of_the_pair(token, text, actors, memory)
        if pair:  # "the foreign ministers of both countries": each country's own
            entities.extend(pair)
            from_memory = True
            continue
        # ("three men – a Briton and an Italian": the people the count is spelt out as)
        appositives = listed_after_a_dash(token, actors) or named_appositives(token, actors)
        if appositives:
            entities.extend(appositives)
            continue
        for piece in split_coordinated_modifiers(token) or split_of_conjuncts(token) or split_coordinated_names(token) \
                or [text]:
            # (what is made or sent by someone is theirs, "a drone launched by the Houthis"; a person captured or
            # held by someone is not: "Tom Harwick, captured by Isis in 2014,")
            made = token.pos_ == "NOUN" and token.ent_type_ != "PERSON"
            entity = actors.resolve(piece) or owner_by_modifier(token, actors) \
                or (next(iter(agents_of(token, actors)), None) if made else None)
            if entity is None and token.lemma_.lower() in FACILITIES:
                entity = next(iter(of_whom(token, "for", actors)), None)  # "a camp for Sudanese refugees"
            if (entity is None or entity.country is None) and token.lemma_.lower() in SPOKESPEOPLE:
                # "a spokesperson for the Foreign Office" speaks for it
                speaks_for = next(iter(of_whom(token, "for", actors)), None)
                entity = replace(speaks_for, kind="person") if speaks_for is not None else entity
            entity = _possessed(token, entity, actors, memory, places) or charity_named_after(token, piece, actors) \
                or unnamed_party(token, piece, places)
            epithet = country_by_epithet(token, entity, memory.entities, actors) \
                or body_by_kind(token, entity, actors)  # "the bloc": the EU named before
            if epithet is not None:  # "the Gulf state": the Qatar named before
                entities.append(epithet)
                from_memory = True
                continue
            unknown = entity is None or entity.country is None or only_the_bloc(token, entity)
            tied = party_by_tie(token, _tie_owner(token, actors, memory, places), memory.entities, actors) \
                if unknown and is_a_tie(token) else None
            if tied is not None:  # "Ankara accused its Nato ally": the US the story named with Turkey
                entities.append(tied)
                from_memory = True
                continue
            described = described_in_apposition(token, actors) if entity is None or entity.country is None else None
            if described is not None:
                entity = replace(entity or described, text=piece, country=described.country)
            if entity is None and is_kin(token):
                # "police detained his uncle": the relative is whom it was done to, not the town it happened in
                owner = next(c for c in token.children if c.dep_ == "poss")
                entity = relative(token, _pronoun_owner(owner, actors, memory, places), actors, places)
            held = holders_of(token, entity, actors)
            if held is not None:  # "shelled rebel-held Douma": the rebels there, not Syria
                entities.append(held)
                continue
            if entity is None or where_it_happened(token, entity, places, actors):
                continue
            if token.lemma_.lower() in FOLLOWERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                # "supporters of the junta" are people who back it, not its soldiers (nor "of the president", him)
                entity = replace(entity, sector="CVL", kind="group", entity_id=None, name=None)
            if entity.country is None and entity.kind != "person" and names_someone(token):
                entity = replace(entity, kind="person")  # "the opposition leader Tom Harwick" is a person
            if entity.country is None and entity.name is None and entity.entity_id is None and token.pos_ == "PROPN":
                # "Tom Harwick, from Leeds, ...": the article placed the person (the parser may not tag "Harwick",
                # or take him for an organisation or a place at a later mention)
                country = introduced_country(token, actors, places)
                entity = replace(entity, country=country, kind="person") if country else entity
            if entity.country is None and entity.kind == "group":
                entity = placed_by_phrase(token, entity, actors, places)
            if entity.country is None and entity.kind == "group" and of_a_stateless_people(text):
                # "Kurdish militias fighting in the Syrian enclave of Afrin": a people of several states is of
                # where the sentence places it, and only that (not of the other parties it names)
                home = sentence_country(token, actors, places)
                entity = replace(entity, country=home) if home and may_live_in(text, home) else entity
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


def _coordinated_subject(pronoun: Token, actors: ArticleActors, memory: Memory,
                         places: Gazetteer | None) -> list[Entity]:
    """ "Kenya and Uganda said they would ...", "Ruto, along with Museveni, met in Nairobi, where they ...": a
    "they" after a subject of several parties in its own sentence means all of them (not the last group the
    memory holds, nor one of them)."""
    if pronoun.lower_ != "they":
        return []
    bound = own_clause_verbs(pronoun)
    subjects = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                and t.head.i not in bound and not is_pronoun(t)]
    if not subjects:
        return []
    members = conjuncts(subjects[-1]) + companions(subjects[-1])
    if len(members) < 2:
        return []
    found, _ = resolve_parties(members, actors, memory, places=places)
    return found if len(found) >= 2 and all(e.country for e in found) else []


def _named_by_modifiers(token: Token, actors: ArticleActors, places: Gazetteer | None) -> Entity | None:
    """The party a noun's modifiers name ("Saudi-led coalition air strikes", "PKK positions"): not a town, which
    says where ("the Geneva talks"), nor a weapon, which says how ("drone strikes")."""
    held = token.lemma_.lower() in SIGNED_OR_HELD
    modifiers = [t for t in phrase_tokens(token) if t.i < token.i and t.dep_ not in ("det", "punct")
                 and t.lemma_.lower() not in MEANS and not names_a_town(t, places, actors, seats=held)]
    if any(t.lemma_.lower() in MEDIATING_VERBS for t in modifiers):
        return None  # "an Egyptian-brokered truce": the broker is no side of it
    return actors.resolve(" ".join(t.text for t in modifiers)) if modifiers else None


def _doer_by_modifier(token: Token, actors: ArticleActors, places: Gazetteer | None) -> Entity | None:
    """The state an event word's own adjective or name modifier names ("the Israeli treatment of prisoners");
    a town says where it was ("the Geneva process")."""
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE") \
                and not names_a_town(child, places, actors, seats=token.lemma_.lower() in SIGNED_OR_HELD):
            entity = actors.resolve(child.text)
            if entity is not None and entity.country:
                return replace(entity, text=phrase_text(token))
    return None


def _borrowable(earlier: Entity, entity: Entity, token: Token) -> bool:
    """Whether "the government" or "the minister" may be an earlier party's: a person's office is a person,
    a group is a state or group; and a name before the head ("the Labour leader") says whose it is."""
    if names_a_person(earlier) != (names_a_person(entity) or token.lemma_.lower() in PERSON_TITLES):
        return False  # ("the president of the republic" is a person, whatever its last word)
    return not any(t.pos_ == "PROPN" for t in phrase_tokens(token) if t.i < token.i)


def _possessed(token: Token, entity: Entity | None, actors: ArticleActors, memory: Memory,
               places: Gazetteer | None) -> Entity | None:
    """ "The Taliban claimed its fighters killed ...": the fighters are the Taliban's, whatever their sector;
    "the minister said his country would ...": the country is his."""
    if entity is None and token.lemma_.lower() in ("country", "nation") and token.tag_ == "NN":
        entity = Entity(text=token.text, kind="state")
        owned = _possessed(token, entity, actors, memory, places)
        return owned if owned is not None and owned.country else None
    if entity is None or entity.country:
        return entity  # "its enemies" are not its own: only a party's organs (forces, ministry) take its country
    pronouns = [c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES]
    owner = _pronoun_owner(pronouns[0], actors, memory, places) if pronouns else _group_meant(token, memory)
    if owner is None:
        return entity
    # (the leader or spokesman of an armed group or a movement leads no government: he is of its sector)
    sector = owner.sector if entity.sector == "GOV" and owner.kind == "group" and owner.sector \
        and owner.sector != "GOV" else entity.sector
    return replace(entity, country=owner.country, sector=sector,
                   name=owner.name if owner.kind != "person" else entity.name)


def _pronoun_owner(pronoun: Token, actors: ArticleActors, memory: Memory, places: Gazetteer | None) -> Entity | None:
    """Whom a possessive pronoun ("its", "their", "his") stands for."""
    return antecedent(pronoun, actors, possessive=True) \
        or named_before(pronoun, actors.resolve, lambda t: names_a_town(t, places, actors)) \
        or memory.last_of_kind(person=pronoun.lower_ in ("his", "her"), pronoun=pronoun)


def _tie_owner(token: Token, actors: ArticleActors, memory: Memory, places: Gazetteer | None) -> Entity | None:
    """Whose ally, partner or rival ``token`` is: "its Nato ally", "Turkey's partner"."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in POSSESSIVES:
        # (a party's own ally: whoever the clause has as its subject, "Erdogan threatened to confront its Nato ally",
        # before the nearest name)
        subject = _clause_subject(token)
        found = resolve_parties([subject], actors, memory, places=places)[0] if subject is not None else []
        return next((e for e in found if e.country), None) or _pronoun_owner(owner, actors, memory, places)
    return next(iter(resolve_parties([owner], actors, memory, places=places)[0]), None)


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` that has one of its own (not a relative pronoun)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
        if node.pos_ in ("VERB", "AUX") and subjects:
            return subjects[0]
    return None


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


