"""Trigger detection: which words of a sentence carry an event, with their lexicon readings.

A verb is a trigger when its lemma is in the lexicon and an entry's word conditions hold. A noun is a
trigger only when a verb makes it happen ("held talks", "launched an offensive", "the ceasefire took
effect"): a noun that merely refers back to an event ("the visit comes as ...") creates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Span, Token

from tacitus.coding.cessation import as_stopped
from tacitus.coding.eventive import is_eventive
from tacitus.coding.governors import CASUALTY_VERBS, lemma_candidates, noun_governor, verb_tagged_as_noun
from tacitus.coding.lexicon import Entry, load_lexicon
from tacitus.coding.phrases import for_infinitives, participle_subjects, sums_up_a_clause
from tacitus.coding.pressures import yields_to
from tacitus.coding.reading_index import PERSON_OBJECT, PLACE_OBJECT, candidates
from tacitus.coding.status import FUTURE_AUXES
from tacitus.coding.subordination import drop_subordinate
from tacitus.coding.words import words
from tacitus.datafiles import load_table, load_words, packaged
from tacitus.knowledge.registry import COUNTRIES

# Prefixes a hyphen joins to a verb that make it another act: a missile "test-fired" is fired at no one
SENSE_PREFIXES = frozenset({"test"})


@dataclass
class Trigger:
    token: Token
    governor: Token | None  # the light verb of a noun trigger (the noun itself for a headline root)
    entries: tuple[Entry, ...]  # the lexicon readings whose word conditions hold, most specific first
    tentative: bool = False  # only an object or modifier outside the entry's word list: needs the classifier

    @property
    def weak(self) -> bool:
        """Only converted readings that name no word ("claimed", "expected") or readings that yield: such a
        verb yields to an event in its complement ("claimed its fighters killed 20") or to an event noun it
        governs."""
        return all("yields" in e.roles or _converted_default(e) for e in self.entries)

    @property
    def unconfirmed(self) -> bool:
        """Only readings converted from CAMEO's verb dictionary with no word of their own ("wants", "died",
        "searching"): on long-form prose most are no event, so the classifier must confirm them."""
        return all(_converted_default(e) for e in self.entries)

    @property
    def anchor(self) -> Token:
        """The verb that carries the event in the clause: the trigger verb or a noun's light verb."""
        return self.governor if self.governor is not None else self.token


def _converted_default(entry: Entry) -> bool:
    """A reading converted from CAMEO's verb dictionary that names no word of its own."""
    return entry.source != "tacitus" and not any(c.kind in WORD_CONDITIONS for c in entry.conditions)


def find_triggers(span: Span, tokens: list[Token] | None = None) -> list[Trigger]:
    """Verb triggers, then noun triggers, without those that only talk about an event or are another's content.
    ``tokens`` are the span's, when the caller has walked it already."""
    lexicon = load_lexicon()
    triggers: list[Trigger] = []
    if tokens is None:
        tokens = list(span)  # read twice: a span makes each of its tokens anew every time it is walked
    for token in tokens:
        if token.pos_ != "VERB" and not verb_tagged_as_noun(token) or _gerund_as_noun(token, lexicon):
            continue
        candidates = next((lexicon[(lemma, "VERB")] for lemma in _prefixed(token) + lemma_candidates(token)
                           if (lemma, "VERB") in lexicon), ())
        if not candidates:
            continue
        words = _Words(token, token)  # (gathered once for both readings: strict, then loose)
        entries = _matching(candidates, words)
        if entries:
            triggers.append(Trigger(token, None, entries))
        elif loose := _matching(candidates, words, loosely=True):
            triggers.append(Trigger(token, None, loose, tentative=True))
    for token in tokens:
        if token.pos_ not in ("NOUN", "PROPN") and not _gerund_as_noun(token, lexicon):
            continue
        if token.dep_ == "compound" and (token.head.lemma_.lower(), "NOUN") in lexicon:
            continue  # "a missile strike": the head names the event, its modifier only how it was made
        entries = next((lexicon[(form, "NOUN")] for form in (token.lemma_.lower(), token.lower_, _hyphenated(token))
                        if (form, "NOUN") in lexicon), ())
        governor = noun_governor(token) if entries else None
        if governor is None:
            continue
        matching = _matching(entries, _Words(token, governor))
        if matching:
            triggers.append(Trigger(token, governor, matching))
    governors = {t.governor.i for t in triggers if t.governor is not None}
    # "went on strike", "conducted drills": the event noun says what happened, not the verb's own reading
    tolls = {t.governor.i for t in triggers if t.governor is not None and t.token.dep_ == "nsubj"
             and t.governor.lemma_.lower() in CASUALTY_VERBS}
    # (a verb's reading that only held loosely, its object outside the entry's words, yields to the event its
    # object names: "launched ten days of war games" are the games)
    triggers = [t for t in triggers if t.governor is not None or t.token.i not in governors
                or t.entries[0].source == "tacitus" and t.token.i not in tolls and not t.tentative]
    found = _drop_objectless_twins(drop_subordinate([t for t in triggers if is_eventive(t)]))
    return [t for t in map(as_stopped, found) if t is not None]


def _gerund_as_noun(token: Token, lexicon: dict[tuple[str, str], tuple[Entry, ...]]) -> bool:
    """ "Fighting between the rebels and the army killed 30": the small tagger makes the subject a gerund,
    yet it names the event as the noun does."""
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and (token.lower_, "NOUN") in lexicon \
        and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in token.children)


def _drop_objectless_twins(triggers: list[Trigger]) -> list[Trigger]:
    """ "Gunmen shot and killed a civilian": one attack, told by the verb that has the victim as its object; "spoke
    to Putin and exchanged views": one call, told by the verb that names the partner (views are no party)."""
    by_token = {t.token.i: t for t in triggers}
    dropped: set[int] = set()
    for trigger in triggers:
        token = trigger.token
        if token.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in token.children):
            continue
        twins = [by_token[c.i] for c in token.children if c.dep_ == "conj" and c.i in by_token
                 and any(o.dep_ in ("dobj", "obj") for o in c.children)
                 and by_token[c.i].entries[0].category == trigger.entries[0].category]
        if not twins:
            continue
        if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with") and any(o.dep_ == "pobj" for o in c.children)
               for c in token.children):
            dropped.update(t.token.i for t in twins if _object_is_a_thing(t))
        else:
            dropped.add(token.i)
    return [t for t in triggers if t.token.i not in dropped]


def _object_is_a_thing(trigger: Trigger) -> bool:
    """The direct object is a word the reading itself names ("exchanged views") or its topic ("discussed
    Ukraine"), so no party."""
    if "topic" in trigger.entries[0].roles:
        return True
    named = trigger.entries[0].needs("obj")
    return named is not None and any(o.dep_ == "dobj" and o.lemma_.lower() in named.values for o in trigger.token.children)


def _hyphenated(token: Token) -> str:
    """ "sit-in", "walk-out": the tokenizer splits them into three tokens, the last one the head."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ \
            and not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def _prefixed(token: Token) -> list[str]:
    """ "test-fired": a verb the tokenizer split after a prefix that changes its sense, read whole first
    ("test-fire" is no firing at anyone)."""
    prefix = _hyphenated(token).rsplit("-", 1)[0]
    return [f"{prefix}-{lemma}" for lemma in lemma_candidates(token)] if prefix in SENSE_PREFIXES else []


# Words that name a share of their of-phrase: "part of a stronghold" is (some of) the stronghold
SHARE_NOUNS = words("share_noun")
CROWD_NUMBERS = load_words(packaged("tacitus.knowledge", "crowd_numbers.csv"))
# Conditions on the words themselves (what a converted default reading lacks)
WORD_CONDITIONS = frozenset({"prt", "obj", "objmod", "mod", "gov", "pp", "subjnoun", "notsubjnoun", "modal", "predicate",
                             "clauseobj", "clauseverb", "clausenot", "purpose", "subjword", "infinitive", "objof",
                             "pressure"})
# Word lists that only narrow a reading down ("freed" + prisoner|hostage|...): a sentence outside the list
# ("freed two French sailors") may still report the event, which the classifier then has to confirm.
LOOSE_CONDITIONS = frozenset({"obj", "mod"})
PERSON_WORDS = frozenset({"he", "she", "him", "her", "they", "them", "who", "whom"})
PEOPLE_NOUNS = words("person_noun") | words("person_title")
DUTY_NOUNS = words("duty_noun")
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
COUNTRY_NAMES = frozenset(row["name"].lower() for row in load_table(packaged("tacitus.knowledge", "countries.csv"),
                                                                     COUNTRIES))


def _matching(entries: tuple[Entry, ...], words: _Words, loosely: bool = False) -> tuple[Entry, ...]:
    """The readings whose conditions hold of ``words`` (the words around a trigger)."""
    return _holding(entries if loosely else candidates(entries, words.gathered), words, loosely)


def _holding(entries: Sequence[Entry], words: _Words, loosely: bool) -> tuple[Entry, ...]:
    """The readings of ``entries`` whose conditions hold of ``words``, each tried in turn."""
    # plain loops: run for every reading of every verb, generators cost more than the tests they make
    found = []
    for entry in entries:
        if loosely and (entry.source != "tacitus" or "strict" in entry.roles):
            continue
        narrowed = False  # whether one of the reading's conditions is a word list that only narrows it down
        for condition in entry.conditions:
            if condition.kind in LOOSE_CONDITIONS:
                narrowed = True
                if loosely:
                    continue  # read loosely, a narrowing list need not hold
            if not words.holds(condition.kind, condition.values):
                break
        else:
            if narrowed or not loosely:
                found.append(entry)
    return tuple(found)


def _of_phrase(noun: Token) -> list[Token]:
    """The nouns of a noun's of-phrase: "part of a stronghold" -> stronghold."""
    return [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"]


class _Words:
    """The words around a trigger that lexicon conditions test, each gathered once and only when asked:
    a verb like "give" has a hundred readings to try."""

    def __init__(self, token: Token, governor: Token) -> None:
        self.token, self.governor = token, governor
        self._cache: dict[str, object] = {}

    def _get(self, name: str) -> object:
        if name not in self._cache:
            self._cache[name] = getattr(self, "_" + name)()
        return self._cache[name]

    def gathered(self, name: str) -> set[str]:
        """The words gathered under ``name`` ("object_words", "particles", "phrases")."""
        found = self._get(name)
        assert isinstance(found, set)
        return found

    def _objects(self) -> list[Token]:
        objects = [c for c in self.token.children
                   if c.dep_ == "nsubjpass" or c.dep_ == "dobj" and not sums_up_a_clause(c)]
        # "allow thousands of refugees to return": the parser makes the object the infinitive's subject
        objects += [s for c in self.token.children if c.dep_ in ("ccomp", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for s in c.children if s.dep_ == "nsubj"]
        objects += participle_subjects(self.token)  # "dispersed protesters marching in Lima"
        # "reopened the Rafah crossing": the small parser makes a noun in -ing a clause, yet it has an article
        objects += [c for c in self.token.children if c.dep_ in ("ccomp", "xcomp")
                    and any(d.dep_ == "det" and d.i < c.i for d in c.children)]
        # "handed in their weapons": the small parser may hang the object on the verb's particle
        objects += [o for c in self.token.children if c.dep_ == "prt" for o in c.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]
        # "accept the Organisation of African Unity's peace plan": the parser makes the start of the owner's name
        # the object, and what is owned its of-phrase
        objects += [p for o in objects if o.pos_ == "PROPN" for p in _of_phrase(o)
                    if any(c.dep_ == "poss" for c in p.children)]
        # "suspended part of a military aid program", "thousands of refugees": a share or a count of a thing
        return objects + [p for o in objects if o.lemma_.lower() in SHARE_NOUNS or o.lower_ in CROWD_NUMBERS
                          or o.pos_ == "NUM" for p in _of_phrase(o)]

    def _object_words(self) -> set[str]:
        objects = self._get("objects")
        assert isinstance(objects, list)
        # "suspended aid deliveries": the words of the object's name ("aid") as well as its head;
        # "ordered French Ambassador Sylvain Itte to leave": a title before a name says what the object is
        names = [c for o in objects for c in o.children if c.dep_ == "compound"]
        return {w for o in objects + names for w in (o.lemma_.lower(), o.lower_)}

    def _object_is_place(self) -> bool:
        objects = self._get("objects")
        assert isinstance(objects, list)
        # the small parser tags some countries as people ("soldiers left Mali")
        return any(o.ent_type_ in PLACE_ENTITIES or (o.pos_ == "PROPN" and o.lower_ in COUNTRY_NAMES)
                   for o in objects)

    def _object_is_person(self) -> bool:
        objects = self._get("objects")
        assert isinstance(objects, list)
        token = self.token
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i != token.i:
            objects = [*objects, token.head]  # "Cantlie, captured by Isis in 2012": who was captured
        # one who suffered it, named or pointed at ("he had been captured", "who was captured"); not a direct
        # object, which the small parser may tag a person though it is a town ("captured Avdiivka")
        # ("freed six oil executives": a noun that names people is one whatever its place in the parse)
        # ("charged three Russians": people named by their nation)
        # ("released opposition leader Aung San Suu Kyi": a name after a title is a person's, however tagged)
        return any(o.dep_ != "dobj" and (o.ent_type_ == "PERSON" or o.lower_ in PERSON_WORDS)
                   or o.lemma_.lower() in PEOPLE_NOUNS or (o.ent_type_ == "NORP" and o.tag_ in ("NNPS", "NNS"))
                   or o.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN"
                                                and c.lemma_.lower() in PEOPLE_NOUNS for c in o.children)
                   for o in objects)

    def _object_modifiers(self) -> set[str]:
        objects = self._get("objects")
        assert isinstance(objects, list)
        # (and its owner: "defended its decision" is the subject's own, "defended Serbia's stance" another's)
        return {w for o in objects for c in o.children if c.dep_ in ("amod", "compound", "nmod", "nummod", "poss")
                for w in (c.lemma_.lower(), c.lower_)}

    def _particles(self) -> set[str]:
        # also an adjective complement: "held Israel responsible"; but a preposition before the verb or of time is
        # no particle of it ("On Wednesday Trump fired off a tweet", "fired a tweet on Friday" fired on no one)
        own = {c.lower_ for c in self.token.children
               if (c.dep_ in ("prt", "prep", "dative", "advmod", "agent") or c.pos_ == "ADJ")
               and not (c.dep_ == "prep" and (c.i < self.token.i or any(
                   o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)))}
        # "called for Ankara to withdraw": the small parser makes "for" the mark of the infinitive's clause;
        # "warned Norway of retaliation": it hangs the verb's preposition on the name right before it
        if for_infinitives(self.token):
            own.add("for")
        own |= {p.lower_ for o in self.token.children if o.dep_ == "dobj" and o.pos_ == "PROPN"
                for p in o.children if p.dep_ == "prep" and p.i == o.i + 1}
        return own

    def _phrases(self) -> set[str]:
        # "died in shelling": the small parser reads a noun in -ing after a preposition as a gerund
        return {f"{c.lower_}:{w}" for c in self.token.children if c.dep_ in ("prep", "dative", "agent")
                for o in c.children if o.dep_ == "pobj" or (o.dep_ == "pcomp" and o.tag_ == "VBG")
                for w in (o.lemma_.lower(), o.lower_)}

    def _next_words(self) -> set[str]:
        """A preposition with the word right after it, whatever the parse made of that word: in "captured on
        video insulting protesters" the small parser hangs "video" on the participle, yet it is still on video."""
        doc = self.token.doc
        return {f"{c.lower_}:{doc[c.i + 1].lower_}" for c in self.token.children
                if c.dep_ == "prep" and c.i + 1 < len(doc) and doc[c.i + 1].pos_ in ("NOUN", "PROPN")}

    def _subjects(self) -> set[str]:
        subjects = [c for c in self.token.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "the first contingent of Bangladeshi peacekeepers arrived": a share or a body of them
        # (and "hundreds of demonstrators gathered": a count of them)
        subjects += [o for s in subjects if s.lemma_.lower() in SHARE_NOUNS or s.lower_ in CROWD_NUMBERS
                     or s.pos_ == "NUM" for o in _of_phrase(s)]
        return {w for c in subjects for w in (c.lemma_.lower(), c.lower_)}

    def holds(self, kind: str, values: frozenset[str]) -> bool:
        token, governor = self.token, self.governor
        if kind in ("prt", "notprt"):
            named = not values.isdisjoint(self._get("particles"))  # type: ignore[arg-type]
            return named if kind == "prt" else not named
        if kind in ("obj", "notobj"):
            named = not values.isdisjoint(self._get("object_words")) or (  # type: ignore[arg-type]
                PLACE_OBJECT in values and bool(self._get("object_is_place"))) or (
                PERSON_OBJECT in values and bool(self._get("object_is_person")))
            return named if kind == "obj" else not named
        if kind in ("objmod", "notobjmod"):
            named = not values.isdisjoint(self._get("object_modifiers"))  # type: ignore[arg-type]
            return named if kind == "objmod" else not named
        if kind == "pp":
            return not values.isdisjoint(self._get("phrases"))  # type: ignore[arg-type]
        if kind == "notpp":
            phrases, next_words = self._get("phrases"), self._get("next_words")
            return values.isdisjoint(phrases) and values.isdisjoint(next_words)  # type: ignore[arg-type]
        if kind == "subjword":
            # "an aid convoy arrived", "a convoy carrying food arrived": what the subject's phrase says it is
            return any(t.lemma_.lower() in values for c in self.token.children if c.dep_ == "nsubj" for t in c.subtree)
        if kind in ("subjnoun", "notsubjnoun"):
            named = not values.isdisjoint(self._get("subjects"))  # type: ignore[arg-type]
            return named if kind == "subjnoun" else not named
        if kind == "modal":
            # "said Libya must hand over the suspects" asks Libya; "said fighters should be tried" asks no one
            # "said Australia should be concerned" is an opinion of how a party ought to be, not a demand to act
            return any(c.dep_ == "ccomp" and c.lemma_.lower() != "be"
                       and any(a.dep_ == "aux" and a.lower_ in values for a in c.children)
                       and any(a.dep_ == "nsubj" for a in c.children) for c in token.children)
        if kind == "predicate":
            # "said Tbilisi was responsible for the bloodshed", "charged that Washington was behind the unrest"
            # (not "said Tbilisi was not responsible")
            return any(c.dep_ == "ccomp" and c.lemma_.lower() == "be" and not any(n.dep_ == "neg" for n in c.children)
                       and any(p.dep_ in ("acomp", "prep", "attr") and p.lower_ in values and not _a_duty(p)
                               for p in c.children)
                       and any(s.dep_ == "nsubj" for s in c.children) for c in token.children)
        if kind == "clauseobj":
            # "warned that Ankara would face consequences", "that arming Kyiv would lead to war": what the
            # clause says will befall someone (not its subject: "warned that the war would spread")
            # (what will befall: "would face", "will suffer"; not "should consider the possible consequences")
            return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUXES | {"would", "'d"} for a in c.children)
                       and any(o.lemma_.lower() in values and (o.dep_ == "dobj" or o.dep_ == "pobj" and o.head.head.i == c.i)
                               and not any(m.lower_ in ("possible", "potential") for m in o.children)
                               for o in c.subtree if o.head.i == c.i or o.head.head.i == c.i) for c in token.children)
        if kind == "clauseverb":
            # "warned Kyiv that it would respond", "that any attack would be punished": what the speaker itself
            # will do to the one it tells, or what will be done to an offender (not "warned that the rebels would
            # attack"; with no one told, the clause's own act is the threat: "warned that they would attack")
            return any(o.dep_ == "dobj" for o in token.children) and any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUXES | {"would", "'d"} for a in c.children)
                       and (c.lemma_.lower() in values and any(s.dep_ == "nsubjpass" or s.dep_ == "nsubj" and s.lower_
                                                                in ("it", "they", "we") for s in c.children)
                            or any(a.dep_ == "acomp" and a.lower_ in values for a in c.children))  # "go unpunished"
                       for c in token.children)
        if kind == "clausenot":
            # "warned that it would not tolerate incursions", "that the army will not allow a coup": a refusal to
            # put up with something, told as a warning, is a threat (a plain "said it would not allow" is not)
            return any(c.dep_ == "ccomp" and c.lemma_.lower() in values
                       and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUXES | {"would", "'d"} for a in c.children)
                       and any(n.dep_ == "neg" for n in c.children) for c in token.children)
        if kind == "purpose":
            # "gathered outside parliament to protest the law", "shut their shops to denounce the tax"
            return any(c.dep_ == "advcl" and c.lemma_.lower() in values
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)
        if kind == "infinitive":
            # "ordered US forces to leave the base", "allowed pilgrims to travel": what the object is to do ("*":
            # any verb); the small parser may make the object the infinitive's subject, or hang the infinitive on it
            infinitives = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")] + [
                a for o in token.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"]
            return any(("*" in values or c.lemma_.lower() in values)
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in infinitives)
        if kind == "objof":
            # "raised the state of alert of its forces": what the object is of
            objects = self._get("objects")
            assert isinstance(objects, list)
            return any(p.lemma_.lower() in values for o in objects for p in _of_phrase(o))
        if kind == "pressure":
            return yields_to(token, values)  # "resigned under pressure from protesters"
        if kind == "mod":
            # "joint coast guard exercise": the modifier may hang on a compound of the noun
            modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ in ("amod", "compound", "nmod")]
            return any(c.lemma_.lower() in values for c in modifiers)
        if kind == "gov":
            return governor.i != token.i and any(lemma in values for lemma in lemma_candidates(governor))
        if kind == "complement":
            return any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
        if kind == "intransitive":
            return not any(c.dep_ in ("dobj", "ccomp") for c in token.children)
        return True  # subj, notsubj and obj-actor are checked once the parties are resolved


def _a_duty(predicate: Token) -> bool:
    """ "responsible for delivering aid", "responsible for security": a charge held, not a blame laid."""
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(
        o.dep_ == "pcomp" or (o.dep_ == "pobj" and o.lemma_.lower() in DUTY_NOUNS) for o in p.children)
        for p in predicate.children)


