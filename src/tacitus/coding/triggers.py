"""Trigger detection: which words of a sentence carry an event, with their lexicon readings.

A verb is a trigger when its lemma is in the lexicon and an entry's word conditions hold. A noun is a
trigger only when a verb makes it happen ("held talks", "launched an offensive", "the ceasefire took
effect"): a noun that merely refers back to an event ("the visit comes as ...") creates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tacitus.coding.background import asks, in_the_general_present, is_habitual, tallies_since
from tacitus.coding.cessation import as_stopped
from tacitus.coding.lexicon import Entry, load_lexicon
from tacitus.coding.phrases import for_infinitives, is_attempt, verbless_subject
from tacitus.coding.roles import given_by
from tacitus.coding.status import FUTURE_AUXES, INTENDING, PLANNING, READY, is_headline_plan
from tacitus.coding.subordination import STATEMENT_CATEGORIES, drop_subordinate, told_in_its_own_right
from tacitus.coding.words import words
from tacitus.datafiles import load_table, load_words, packaged
from tacitus.knowledge.registry import COUNTRIES

# Verbs that turn an event noun into an event: "hold talks", "impose sanctions", "express support"
LIGHT_VERBS = words("light_verb")
ASSENT_VERBS = words("assent_verb")
# a that-clause with one of these after "agreed" says what is to be done, not what is so
DECIDING_MODALS = frozenset({"will", "would", "should", "shall", "must", "could", "can", "'ll", "may", "might"})
# Verbs whose subject is the event: "talks took place", "the offensive began", "clashes erupted"
# "a round of talks", "three days of talks": the measure's verb carries the event
MEASURE_NOUNS = words("measure_noun")
# Verbs of coming together for an event: "gathered for talks", "arrived for a visit"
GATHERING_VERBS = words("gathering_verb")
HAPPENING_VERBS = words("happening_verb")
# Verbs that count the toll of an event named as their subject
CASUALTY_VERBS = frozenset({"kill", "leave", "claim", "wound", "injure"})
# Verbs whose complement did not (yet) happen: "rather than travel", "instead of attacking"
IRREALIS_MARKERS = {"rather", "instead", "without"}
NOTHING_WORDS = frozenset({"nowhere", "nothing", "none", "nobody", "little", "everywhere", "everything"})
# Verbs that link a subject to how it is or feels: "feels threatened" is no threat
LINKING_VERBS = {"feel", "seem", "appear", "look", "remain", "sound", "become", "stay"}
# Events inside what someone imagines, fears or wants have not happened
COGNITION = words("cognition")
CLAIM_NOUNS = words("claim_noun")
COMMENT_VERBS = words("comment_verb")
MESSAGE_NOUNS = words("message_noun")
EVENT_WORDS = words("event_word")
PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "witness", "film", "show", "photograph"})
# Acts done rather than said (nor support and agreement, which a present tense states: "Germany supports the strikes")
MATERIAL_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "COOPERATE", "CONSULT", "CONCEDE",
                           "SANCTION", "PROTEST"})
VAGUE_AGENTS = frozenset({"some", "many", "others", "several", "critics", "observers", "people"})
HABITUAL_ADVERBS = frozenset({"long", "often", "repeatedly", "widely", "frequently", "consistently", "regularly",
                              "previously", "routinely"})

# Verbs whose infinitive complement happens (or is planned, promised, forced): "continued to shell",
# "is expected to visit", "forced them to withdraw". Any other "to"-infinitive is a purpose, a wish or
# an opinion ("raised a militia to fight Isis", "too dangerous to travel"), not an event of the sentence.
CONTROLLERS = PLANNING | INTENDING | words("controller")


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


def find_triggers(span: Span) -> list[Trigger]:
    """Verb triggers, then noun triggers, without those that only talk about an event or are another's content."""
    lexicon = load_lexicon()
    triggers: list[Trigger] = []
    tokens = list(span)  # read twice: a span makes each of its tokens anew every time it is walked
    for token in tokens:
        if token.pos_ != "VERB" and not _verb_tagged_as_noun(token) or _gerund_as_noun(token, lexicon):
            continue
        candidates = next((lexicon[(lemma, "VERB")] for lemma in lemma_candidates(token)
                           if (lemma, "VERB") in lexicon), ())
        entries = _matching(candidates, token, token)
        if entries:
            triggers.append(Trigger(token, None, entries))
        elif loose := _matching(candidates, token, token, loosely=True):
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
        matching = _matching(entries, token, governor)
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
    found = _drop_objectless_twins(drop_subordinate([t for t in triggers if _is_eventive(t)]))
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


# Past forms the small model's lemmatiser leaves as they are
IRREGULAR_PAST = {"retook": "retake", "retaken": "retake", "forgave": "forgive", "mistook": "mistake"}


def _verb_tagged_as_noun(token: Token) -> bool:
    """ "The Syrian army retook Palmyra": the small tagger calls "retook" a noun, yet it has a subject and
    an object, as only a verb does."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False
    children = {c.dep_ for c in token.children}
    return "nsubj" in children and "dobj" in children


def _hyphenated(token: Token) -> str:
    """ "sit-in", "walk-out": the tokenizer splits them into three tokens, the last one the head."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ \
            and not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def lemma_candidates(token: Token) -> list[str]:
    """The parser's lemma, then forms undone by hand (a lemmatiser other than ours may read "staged" as "stag")."""
    word = token.lower_
    forms = [token.lemma_.lower()]
    if word in IRREGULAR_PAST:
        forms.append(IRREGULAR_PAST[word])
    if (token.tag_ in ("VBD", "VBN") or _verb_tagged_as_noun(token)) and word.endswith("ed"):
        forms += [word[:-1], word[:-2]]
    elif token.tag_ == "VBG" and word.endswith("ing"):
        forms += [word[:-3] + "e", word[:-3]]
    elif token.tag_ == "VBZ" and word.endswith("s"):
        forms += [word[:-1]]
    return list(dict.fromkeys(forms))


def noun_governor(noun: Token) -> Token | None:
    """The verb that makes an event noun happen, or None when the noun only mentions the event."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ in ("dobj", "attr") and any(candidate in LIGHT_VERBS for candidate in lemma_candidates(head)):
        return head
    if noun.dep_ == "dobj" and given_by(noun, head):
        return head  # "enjoys the support of the army", "won the backing of Egypt"
    if noun.dep_ == "nsubjpass" and any(candidate in LIGHT_VERBS for candidate in lemma_candidates(head)) \
            and not _refers_back(noun) and not any(e.source == "tacitus" for e in load_lexicon().get((lemma, "VERB"), ())):
        # "a rally was organised", "a strike was declared by truck drivers" (a verb with readings of its own,
        # "sanctions were imposed", "talks were held", tells the event itself)
        return head
    if noun.dep_ == "oprd" and lemma == "call" and not any(c.dep_ == "dobj" for c in head.children) \
            and not any(c.dep_ == "poss" for c in noun.children):
        # "called a bandh": the small parser reads a word it does not know as what something is called (but
        # "called Moscow's accusation ludicrous" calls no accusation)
        return head
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma in HAPPENING_VERBS and not _refers_back(noun) \
            and not any(c.dep_ == "dobj" and c.lemma_.lower() != "place" for c in head.children):
        # (but "the withdrawal has ended any threat": a noun that acts on something is its cause, not a
        # happening; "talks took place" still is)
        return head
    if noun.dep_ == "ROOT":
        return noun
    if noun.dep_ == "nsubj" and lemma in CASUALTY_VERBS and not _refers_back(noun) \
            and any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children):
        return head  # "clashes between herders and farmers killed 12", "fighting with the army left 30 dead"
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("go", "be", "remain", "stay"):
        return head.head  # "went on strike"
    if noun.dep_ == "pobj" and head.lower_ == "in" and noun.lemma_.lower() == "protest" and head.head.pos_ == "VERB":
        return head.head  # "blocked highways in protest": the blocking is the protest
    if noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
        return noun_governor(head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MEASURE_NOUNS:
        return noun_governor(head.head)  # "held a new round of talks", "three days of talks"
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in GATHERING_VERBS \
            and not any(e.source == "tacitus" and e.category != "PROTEST" and e.needs("obj") is None
                        for e in load_lexicon().get((head.head.lemma_.lower(), "VERB"), ())):
        # "gathered in Capri for talks" (but "travelled to Moscow for talks" is the visit; protesters who
        # gather protest; "returned bodies" is no reading of "returned to Geneva for talks")
        return head.head
    if noun.dep_ == "dobj" and lemma == "claim" and not _refers_back(noun):
        return head  # "al-Shabaab claimed the attack": whoever claims it made it (as with "claimed responsibility for")
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        owner = head.head.head
        return owner if owner.lemma_.lower() in ("claim", "take", "accept", "admit") else None
    if noun.dep_ == "pobj" and head.lower_ == "during" and _has_party(noun):
        return noun  # "during his visit to Astana", "during talks with Netanyahu": reported in passing
    return None


def _has_party(noun: Token) -> bool:
    """A possessive, a "by" agent or a "with"/"to" partner names who took part."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "with", "to", "between"))
               for c in noun.children)


def _refers_back(noun: Token) -> bool:
    """ "The visit", "the talks" open a sentence about an event told before; "talks began" tells one."""
    return any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in noun.children)


# Words that name a share of their of-phrase: "part of a stronghold" is (some of) the stronghold
SHARE_NOUNS = words("share_noun")
CROWD_NUMBERS = load_words(packaged("tacitus.knowledge", "crowd_numbers.csv"))
# Conditions on the words themselves (what a converted default reading lacks)
WORD_CONDITIONS = frozenset({"prt", "obj", "objmod", "mod", "gov", "pp", "subjnoun", "notsubjnoun", "modal", "predicate",
                             "clauseobj", "clauseverb", "purpose", "subjword"})
# Word lists that only narrow a reading down ("freed" + prisoner|hostage|...): a sentence outside the list
# ("freed two French sailors") may still report the event, which the classifier then has to confirm.
LOOSE_CONDITIONS = frozenset({"obj", "mod"})
# In an obj= list, PLACE stands for any named place ("seized Wad Madani", "took Bakhmut").
PLACE_OBJECT = "PLACE"
# ... and PERSON any named person or personal pronoun ("captured Cantlie", "he was captured")
PERSON_OBJECT = "PERSON"
PERSON_WORDS = frozenset({"he", "she", "him", "her", "they", "them", "who", "whom"})
PEOPLE_NOUNS = words("person_noun") | words("person_title")
DUTY_NOUNS = words("duty_noun")
ACCIDENT_MODIFIERS = words("accident_modifier")
ACCIDENTS = frozenset({"explosion", "blast", "fire", "blaze", "leak", "collapse", "crash", "accident"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
COUNTRY_NAMES = frozenset(row["name"].lower() for row in load_table(packaged("tacitus.knowledge", "countries.csv"),
                                                                     COUNTRIES))


def _matching(entries: tuple[Entry, ...], token: Token, governor: Token, loosely: bool = False) -> tuple[Entry, ...]:
    if not entries:
        return ()
    # plain loops: run for every reading of every verb, generators cost more than the tests they make
    words = _Words(token, governor)
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

    def _objects(self) -> list[Token]:
        objects = [c for c in self.token.children if c.dep_ in ("dobj", "nsubjpass")]
        # "allow thousands of refugees to return": the parser makes the object the infinitive's subject
        objects += [s for c in self.token.children if c.dep_ in ("ccomp", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for s in c.children if s.dep_ == "nsubj"]
        # "reopened the Rafah crossing": the small parser makes a noun in -ing a clause, yet it has an article
        objects += [c for c in self.token.children if c.dep_ in ("ccomp", "xcomp")
                    and any(d.dep_ == "det" and d.i < c.i for d in c.children)]
        objects += [c for o in objects for c in o.conjuncts]
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
        return any(o.dep_ != "dobj" and (o.ent_type_ == "PERSON" or o.lower_ in PERSON_WORDS)
                   or o.lemma_.lower() in PEOPLE_NOUNS or (o.ent_type_ == "NORP" and o.tag_ in ("NNPS", "NNS"))
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
        if kind == "purpose":
            # "gathered outside parliament to protest the law", "shut their shops to denounce the tax"
            return any(c.dep_ == "advcl" and c.lemma_.lower() in values
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)
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
        return True  # subj and obj-actor are checked once the parties are resolved


def _an_accident(token: Token) -> bool:
    """ "A gas explosion destroyed a building", "a mine blast killed 12 miners": an accident, no attack."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ACCIDENTS
               and any(m.i < c.i and m.dep_ in ("compound", "amod")
                                                         and m.lemma_.lower() in ACCIDENT_MODIFIERS for m in c.subtree)
               for c in token.children)


def _a_duty(predicate: Token) -> bool:
    """ "responsible for delivering aid", "responsible for security": a charge held, not a blame laid."""
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(
        o.dep_ == "pcomp" or (o.dep_ == "pobj" and o.lemma_.lower() in DUTY_NOUNS) for o in p.children)
        for p in predicate.children)


def _is_eventive(trigger: Trigger) -> bool:
    """Gerunds after prepositions ("from fighting Isis"), infinitives modifying nouns ("a free hand to
    attack") and what someone fears or considers talk about an action; they do not report one."""
    token = trigger.anchor
    if token.dep_ == "pcomp" or (token.dep_ == "pobj" and token.tag_ == "VBG"):
        return False
    if token.dep_ == "acl" and token.tag_ == "VB" and not is_attempt(token):
        return False
    if token.dep_ == "amod":
        return False  # "the besieged town" describes a state, not an event of the sentence
    if _existential(token) or _an_accident(token):
        return False
    if ((token.dep_ == "acl" and token.tag_ == "VBN") or _reduced_relative(token)) \
            and verbless_subject(token) is None \
            and (trigger.weak or not any(c.dep_ == "agent" for c in token.children)
                 or not (any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree) or _alongside_subject(token))):
        # "Ocalan, the Kurdish leader now imprisoned in Turkey", "areas retaken by Assad", "a deal brokered by
        # Moscow": background, unless the participle dates its deed ("a truce brokered by Moscow on Friday")
        # or sets the deed beside the subject's own ("forces, supported by Russian warplanes, pressed...")
        return False
    if _unasserted_infinitive(token) or asks(token) or _agrees_on_a_view(token):
        return False
    if is_habitual(token) or tallies_since(token):
        return False  # "Iran routinely sends weapons", "5,000 have been killed since 2012": background
    if in_the_general_present(token) and all(e.category in MATERIAL_ACTS for e in trigger.entries):
        return False  # "the regime puts dissidents in prison" (a statement in the present is still made: "Tehran denies")
    if _describes_a_state(token) or _identifies_by_a_past_deed(token) or _describes_a_party(token):
        return False
    if _recounts_a_history(token) and not all(e.category in STATEMENT_CATEGORIES for e in trigger.entries):
        # (what a party said in it is news told in passing: "the attack, which Damascus has denied carrying out")
        return False
    if _a_reputation(trigger):
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS for c in token.children):
        return False  # "declined to comment", "refused to say whether": no one is rejected
    if trigger.weak and (any(c.dep_ == "ccomp" for c in token.children) or token.dep_ in ("relcl", "acl")
                         or (token.dep_ == "advcl" and not told_in_its_own_right(token))):
        # a converted verb alone says little: not "determined that ...", a relative clause or a participle
        # describing the scene ("where officials had gathered", "joining Israel's campaign")
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "acl") or node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in COGNITION or (node.lemma_.lower() == "be" and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in COGNITION for c in node.children)):
            return False  # (and "it is unlikely that ...": a copula's adjective says how likely it is)
        if node.pos_ == "NOUN" and node.lemma_.lower() in CLAIM_NOUNS:
            return False  # "Moscow's accusation that Britain directed the attack": the accusation's content
    return not any(t.lower_ in IRREALIS_MARKERS for t in token.lefts)


def _existential(token: Token) -> bool:
    """ "there is nowhere left to hide", "nothing was left of the town": what remains or exists is a
    state told in passing, not a party's deed."""
    if token.tag_ != "VBN":
        return False
    return any(c.dep_ in ("nsubjpass", "advmod", "attr") and c.lower_ in NOTHING_WORDS for c in token.children)


def _describes_a_state(token: Token) -> bool:
    """What a party is doing or how it stands, told in passing, is background, not a reported event:
    a present-tense relative clause ("the SDF, which is holding the suspects"), a present passive of
    state ("2,000 troops are stationed there"), a feeling ("Moscow feels threatened"), or a participle
    describing a noun in apposition ("Emwazi, the executioner killed by a drone in 2015")."""
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    present = token.tag_ in ("VBZ", "VBP") or (bool(auxiliaries) and all(a.tag_ in ("VBZ", "VBP") for a in auxiliaries))
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.tag_ in ("VBZ", "VBP"):
        clause = clause.head  # "a dictator who starves and massacres his people": both verbs describe him
    if clause.dep_ == "relcl" and present and token.tag_ in ("VBZ", "VBP", "VBG") \
            and (clause is token or clause.tag_ in ("VBZ", "VBP")):
        return True
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and present \
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in token.children):
        return True
    if token.dep_ in ("acomp", "oprd", "xcomp") and token.tag_ == "VBN" \
            and token.head.lemma_.lower() in LINKING_VERBS:
        return True
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "appos"


def _identifies_by_a_past_deed(token: Token) -> bool:
    """A restrictive relative clause in the active past says who someone is ("the men who captured him",
    "Kurdish forces who have fought with the US", "every town it had occupied"): background, not news. It
    stays an event when it dates the deed ("the force that took Afrin on Sunday"), when the noun is an
    occasion ("last week, when Israel bombed ...", "a summit at which ..."), when it is set off by a comma
    or follows a name, and in the passive, where it usually tells what befell the sentence's subject ("a soldier who was
    killed by a roadside bomb has been named")."""
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if clause.head.pos_ == "PROPN":
        return False  # a name needs no restricting: "the lawyer Philippe Sands who said" lacks a comma
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
    if clause.tag_ != "VBD" and not perfect:
        return False
    before = clause.left_edge.i - 1
    if before >= 0 and clause.doc[before].text in (",", "(", "-", "–", "—", ";"):
        return False
    if any(c.tag_ == "WRB" or (c.dep_ == "prep" and c.i < clause.i) for c in clause.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


def _recounts_a_history(token: Token) -> bool:
    """A relative clause in the perfect says what a party has been or had been doing ("the PKK, which has
    fought a long insurgency", "Russia, which has backed Assad since 2015", "the tribes, who had boycotted the
    elections", "fighters who have been fighting Isis"): who the party is, not this story's news (a statement
    told in one still is, which the caller checks: "the attack, which Damascus has denied"). Not after
    an event noun, whose toll it tells ("the bombing, which has killed 20"), nor an occasion ("the summit,
    where ..."), nor in the passive, nor a past perfect dated to a day ("who had crossed on Wednesday")."""
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    haves = [c for c in clause.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if not haves or clause.tag_ not in ("VBN", "VBG"):
        return False
    head = clause.head
    if head.lemma_.lower() in EVENT_WORDS or (head.lemma_.lower(), "NOUN") in load_lexicon() \
            or any(c.tag_ == "WRB" for c in clause.children):
        return False
    past_perfect = all(h.lower_ == "had" or h.lower_ == "'d" for h in haves)
    return not (past_perfect and any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree))


def _a_reputation(trigger: Trigger) -> bool:
    """ "whose government has long been accused of reprisals", "the minister has been criticised for staying silent":
    criticism, or an allegation made again and again, in the perfect passive that names no one who made it is
    what a party is known for, not an act of the story. A new allegation ("has been accused of misusing public
    funds") and a legal charge ("has been charged with") are acts of whoever made them."""
    token = trigger.token
    deps = {c.dep_ for c in token.children}
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    # ("criticised by some", "by many": an agent that names no one)
    named = any(o.lower_ not in VAGUE_AGENTS for c in token.children if c.dep_ == "agent"
                for o in c.children if o.dep_ == "pobj")
    if token.tag_ != "VBN" or "auxpass" not in deps or named or not perfect:
        return False
    # an allegation is news when it is new ("has been accused of misusing public funds"); criticism, or an
    # allegation made over and over, is what the party is known for
    habitual = any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in token.children)
    return all(e.category == "ACCUSE" and "legal" not in e.context and (e.mode != "allege" or habitual)
               for e in trigger.entries)


def _alongside_subject(participle: Token) -> bool:
    """ "Syrian forces, supported by Russian warplanes, pressed an offensive": a participle between commas on
    the subject of a clause tells what went on as the subject acted, not who the subject is."""
    noun = participle.head
    return (participle.dep_ == "acl" and noun.dep_ in ("nsubj", "nsubjpass") and participle.i > 0
            and participle.doc[participle.i - 1].text == "," and noun.i < participle.i
            and any(t.text == "," for t in participle.doc[participle.right_edge.i + 1:participle.right_edge.i + 2]))


def _agrees_on_a_view(token: Token) -> bool:
    """ "They agreed that the regime had a pattern of dangerous behaviour": a that-clause stating what is so
    is a view the parties share; one saying what will or should be done ("agreed that the chiefs of staff
    should meet") is an agreement."""
    if token.lemma_.lower() not in ASSENT_VERBS:
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(a.dep_ == "aux" and a.lower_ in DECIDING_MODALS
                                     for clause in clauses for a in clause.children) \
        and not any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("to", "on"))
                    for c in token.children)


def _reduced_relative(token: Token) -> bool:
    """ "other towns recaptured from Isis", "try their nationals fighting in Iraq": the small parser
    hangs a participle right after a noun on the main verb (a past one often tagged as a past tense); with no
    subject, no auxiliary and no comma of its own, it modifies the noun before it."""
    before = token.i - 1
    if token.dep_ != "advcl" or token.tag_ not in ("VBN", "VBD", "VBG") or before < 0 \
            or token.doc[before].pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return False
    # (after a message or an event noun, an -ing participle tells it: "a statement urging restraint"; after a
    # date it is the verb's: "issued a statement on Monday demanding")
    noun = token.doc[before]
    lemma = noun.lemma_.lower()
    return token.tag_ != "VBG" or not (lemma in MESSAGE_NOUNS or lemma in EVENT_WORDS or (lemma, "NOUN") in load_lexicon()
                                       or noun.ent_type_ in ("DATE", "TIME"))


def _describes_a_party(token: Token) -> bool:
    """A present participle after a party says what it does ("Kurdish forces fighting Isis", "rebels fighting
    the regime", "NGOs supporting US agencies"): the sentence's event is elsewhere. After a message ("a
    statement urging restraint") or an event noun ("a bombardment targeting Damascus") it tells that message
    or event, and after what someone saw ("saw gunmen shooting people") it is the sight."""
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or verbless_subject(clause) is not None:
        return False
    head = clause.head
    lemma = head.lemma_.lower()
    if lemma in MESSAGE_NOUNS or lemma in EVENT_WORDS or (lemma, "NOUN") in load_lexicon():
        return False
    return not (head.dep_ == "dobj" and head.head.lemma_.lower() in PERCEPTION_VERBS)


def _unasserted_infinitive(verb: Token) -> bool:
    head = verb.head
    if is_headline_plan(verb) or head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # a bare infinitive stands or falls with the verb it completes: "lobbying Baghdad to help find a
        # solution" finds none, "made the opposition withdraw" made it withdraw
        bare = verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "conj") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
        return bare and _unasserted_infinitive(head)
    if verb.dep_ == "conj":
        return _unasserted_infinitive(head)
    if is_attempt(verb):
        return False
    if verb.dep_ != "xcomp":
        return True
    if head.lemma_.lower() == "have" and any(c.dep_ == "dobj" for c in head.children):
        return True  # "had to withdraw" did; "had only themselves to blame", "has nothing to hide" tell no act
    # "continued to shell" happened; "urged Russia to force Damascus to hold talks": forcing was only urged
    return head.lemma_.lower() not in (CONTROLLERS | READY) or _unasserted_infinitive(head)
