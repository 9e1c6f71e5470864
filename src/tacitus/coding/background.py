"""Commentary that tells no event of the story: embedded questions, habits and running tallies.

Each predicate takes the verb that carries a reading (a trigger or a noun's light verb) and says whether its
clause only asks, describes what a party habitually does, or counts what has happened over the years:
- "it is unclear what will happen when the troops leave", "nobody knows what was agreed", "asked if Ankara
  would attack", "did not say when the strikes would begin": a question put or left open, not an event told;
- "Iran routinely sends weapons", "the navy regularly patrols the strait": what a party does as a rule;
- "more than 5,000 people have been killed since the conflict began", "since 2016 the air force has bombed
  the region hundreds of times", "300,000 have been killed in the seven-year war", "has been jailed for 20 years",
  "has long opposed the talks": a war's tally or a standing state, background to the story's news;
- "the regime puts dissidents in prison", "Isis fights from civilian areas", "as the group retreats into the
  desert": an act told in the simple present in the body of an article, with no day, is how things stand or
  go, not an act of the story (a headline or lede in the present, "Turkey sends troops to Libya", is news);
  so is a deed refused there ("the powers refuse to intervene"), a stance rather than a refusal of the day.
And two say whether an event, told, happened before the story's time: "Erdogan had threatened to retake the
town" (the past perfect, in the writer's own voice) is background, with no day of the story's, as is a simple
past that goes on telling a time long gone ("In 1980 Saddam invaded Iran. Baghdad's troops attacked ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from tacitus.coding.eras import set_in_a_past_era
from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.coding.words import words

# Heads whose clause of "what", "who", "how", "whether" or "if" is a question, not a fact
QUESTION_HEADS = frozenset({"know", "ask", "wonder", "question", "clear", "unclear", "sure", "unsure", "certain",
                            "uncertain", "unknown", "decide", "determine", "debate", "discuss", "see", "check",
                            "establish", "understand", "doubt", "investigate", "examine"})
# (not "why" or "how": "wondering why protesters occupied the station" takes the occupation as told)
WH_WORDS = frozenset({"what", "who", "whom", "whose", "which", "where", "when", "whether", "if"})
# Verbs of telling whose question clause, denied, leaves what is to come unsaid ("never said when a strike would
# come")
TELLING_HEADS = frozenset({"say", "tell", "disclose", "reveal", "specify", "announce", "confirm", "indicate",
                           "explain"})
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall"})
# Verbs that refuse a deed: in the general present, a stance ("refuse to intervene", "balk at taking them back")
REFUSING_VERBS = frozenset({"refuse", "decline", "balk", "resist"})
# Adverbs of what a party does as a rule, on a verb in the simple present ("routinely supplies")
HABIT_ADVERBS = frozenset({"routinely", "regularly", "usually", "often", "frequently", "typically", "generally",
                           "habitually", "normally", "customarily", "traditionally", "always", "constantly",
                           "repeatedly", "sometimes", "occasionally"})
# Adverbs that make a progressive tell what a party is like, not what it is doing ("was always asking"), or a
# drift under way over months ("is increasingly arming the rebels"), not a deed of the story
CHARACTER_ADVERBS = frozenset({"always", "constantly", "forever", "perpetually", "continually", "endlessly",
                               "increasingly", "steadily", "gradually", "progressively"})
# Verbs that say an act goes on ("keeps using", "continues to shell"): in the general present, a state of things
GOING_ON = frozenset({"keep", "continue"})
# Verbs of a death, and the fighting a participle says someone died in
DEATH_VERBS = frozenset({"die", "kill", "wound", "injure", "perish"})
FIGHTING_VERBS = frozenset({"fight", "battle"})
# What a war's tally is counted from: "since the conflict began", "since the start of the war"
WAR_WORDS = frozenset({"war", "conflict", "uprising", "revolution", "crisis", "insurgency", "fighting", "start",
                       "beginning", "outbreak", "onset"})
# A whole war a tally in the perfect is counted over ("have been killed in the six-year conflict"; not "in the
# fighting" nor "in the offensive", one episode of it)
WHOLE_WARS = frozenset({"war", "conflict", "uprising", "revolution", "insurgency"})
# Verbs that carry on a whole war, and the words of how long it has lasted ("a three-year war", "a decades-long
# insurgency", "a long-running conflict")
WAGING_VERBS = frozenset({"fight", "wage"})
# ("a long insurgency" alone says nothing of how long; "decades-long" hangs "decades" on "long")
LENGTH_WORDS = frozenset({"year", "decade", "running", "protracted", "generation"})
# Prepositions of a stretch of time a tally covers ("during the war", "over the past three years")
TALLY_PREPOSITIONS = frozenset({"in", "during", "throughout", "over"})
# What makes years a stretch up to now: "the past three years", "the last decade", "recent years"
RECENT = frozenset({"past", "last", "recent"})
HEDGES = words("hedge")
REPORTING = words("reporting_verb")
# References to the past that may be of the story's own day ("had earlier rejected": earlier that day; "at the
# time": the time the story tells; "in recent weeks": the stretch of the news)
OF_THE_DAY = frozenset({"earlier", "at the time", "at that time", "in recent days", "in recent weeks", "recent days",
                        "recent weeks", "the past few days", "the past few weeks", "the last few days",
                        "the last few weeks"})
# Adverbs by which a past perfect tells of a time before the story's even when reported ("had long accused")
LONG_BEFORE = frozenset({"previously", "long", "repeatedly", "once", "formerly", "often", "twice"})
# The stretch of the news ("in recent days", "the past few weeks"), wherever a clause's parse hangs it
RECENT_STRETCHES = frozenset(p for p in OF_THE_DAY if "recent" in p or "few" in p)
# Adverbials by which a present perfect tells of a deed done again and again over a stretch, not of the day's news
# ("has repeatedly threatened", "have struck Iranian targets time and again", "has over the years smuggled")
REPEATED = frozenset({"repeatedly", "time and again", "again and again", "many times", "several times",
                      "numerous times", "countless times", "on several occasions", "on many occasions",
                      "on numerous occasions", "over the years", "down the years", "often", "frequently", "routinely"})
# Verbs whose "for N years" is a term given, not a time gone by
TERM_VERBS = frozenset({"jail", "imprison", "sentence", "ban", "bar", "exile", "suspend", "expel", "convict", "detain"})
YEAR = re.compile(r"^(1[89]|20)\d\d$")
# Dependencies through which a clause's status passes to the verb it hangs on
_UPWARD = ("conj", "xcomp", "aux", "advcl", "acomp")


def asks(verb: Token) -> bool:
    """Whether the verb's clause is an embedded question: a clause of "what", "who", "how", "whether" or
    "if" under a verb or adjective of knowing or asking ("it is unclear whether", "asked if")."""
    clause = verb
    for _ in range(4):
        if clause.dep_ in ("ccomp", "csubj", "csubjpass", "pcomp") and _wh_clause(clause) \
                and (_questioning(clause.head) or _left_unsaid(clause)):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
            return True
        if clause.dep_ not in _UPWARD or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _left_unsaid(clause: Token) -> bool:
    """ "never said when an attack would take place", "did not say where the troops would be deployed": what is to
    come, of which a speaker did not tell when or where, is a question left open, not a plan announced (what was
    done stays told: "did not say who carried out the attack")."""
    head = clause.head
    return head.lemma_.lower() in TELLING_HEADS \
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children) \
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children)


def _wh_clause(clause: Token) -> bool:
    opener = clause.doc[clause.left_edge.i]
    return opener.lower_ in WH_WORDS and opener.tag_ in ("WP", "WRB", "WDT", "WP$", "IN")


def _questioning(head: Token) -> bool:
    """ "knows", "asked", "is unclear", "is not clear", "remains uncertain"."""
    if head.lemma_.lower() in QUESTION_HEADS:
        return True
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in QUESTION_HEADS for c in head.children)


def is_habitual(verb: Token) -> bool:
    """Whether the verb tells what its party does as a rule: a habit adverb on a verb in the simple present
    ("routinely sends", "is often shelled"), or in the past of "would" and "used to" ("would often shell the
    town"), or in a progressive that says what the party is always doing ("was always asking for help"). Not in
    the perfect: "has repeatedly threatened an incursion in recent days" tells acts of the story."""
    if verb.tag_ == "VBG" and any(c.dep_ == "advmod" and c.lower_ in CHARACTER_ADVERBS for c in verb.children):
        return True  # "he was always asking for advice", "is forever threatening its neighbours": a character
    if not any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP") and not auxiliaries:
        return True
    present_passive = verb.tag_ == "VBN" and [a.tag_ for a in auxiliaries] in (["VBZ"], ["VBP"]) \
        and auxiliaries[0].dep_ == "auxpass"
    return present_passive or any(a.lower_ in ("would", "'d") for a in auxiliaries) \
        or (verb.head.lemma_ == "use" and verb.dep_ == "xcomp")


def tallies_since(verb: Token) -> bool:
    """Whether the verb, in the perfect, counts what has happened since a year or since a war began, for
    years, long, over a whole war or the past years, or this year ("have been killed since 2012", "has bombed the
    region since the start of the war", "has been jailed on an island for almost 20 years", "has long accused the
    rebels", "300,000 have been killed in the seven-year war", "has abducted 1,000 children over the past five years",
    "has vetoed the resolutions eight times", "28 have been killed in riots this year"); but those it names did not suffer a tally ("two cousins from
    Luton have been killed in drone strikes over the last two years")."""
    clause = verb
    for _ in range(3):
        if _perfect(clause) and any(_since_long_ago(c) or _for_years(c) or _long(c) or _so_far(c) and _passive(clause)
                                    for c in clause.children):
            return True
        if _perfect(clause) and (_over_a_war_or_years(clause) or _times_over(clause)) \
                and not _names_who_suffered(clause):
            return True
        if clause.dep_ not in ("conj", "advcl", "xcomp") or clause.head.i == clause.i:
            return False
        if clause.dep_ == "conj" and any(t.ent_type_ == "DATE" for t in clause.subtree):
            return False  # "has for years been threatening the Kurds, and in 2018 invaded Afrin": dated on its own
        clause = clause.head
    return False


def fights_a_whole_war(verb: Token) -> bool:
    """ "the rebels are waging a ten-year insurgency", "the army has fought a decades-long war in the hills": a war
    fought or waged, named by how long it has lasted and given no date, is the whole war told as background, not a
    deed of the story ("waged a six-week war in 1999" is dated)."""
    if verb.lemma_.lower() not in WAGING_VERBS:
        return False
    lengths = [m for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in WHOLE_WARS for m in o.children
               if m.dep_ in ("amod", "compound") and (m.lemma_.lower() in LENGTH_WORDS or any(
                   n.lemma_.lower() in LENGTH_WORDS for n in m.children))]
    # (the length itself is no date: the small model tags "three-year" as one)
    length_words = {t.i for m in lengths for t in m.subtree}
    return bool(lengths) and not any(t.ent_type_ in ("DATE", "TIME") and t.i not in length_words for t in verb.subtree)


def _perfect(verb: Token) -> bool:
    """A verb in the perfect, or the bare conjunct of one that shares its "have" ("have carried out or inspired
    90 bombings": the parser hangs the one "have" on the first verb)."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.tag_ == "VBN" \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.head.children)


def _for_years(child: Token) -> bool:
    """ "for almost 20 years", "for decades": a span of years a state has lasted (but a term of prison is the
    sentence itself: "has been jailed for eight years after he was convicted")."""
    return child.dep_ == "prep" and child.lower_ == "for" and child.head.lemma_.lower() not in TERM_VERBS \
        and any(o.dep_ == "pobj" and o.lemma_.lower() in ("year", "decade") for o in child.children)


def _long(child: Token) -> bool:
    """ "has long opposed", "had long accused": a stance or a state kept for years (not "as long as", "long
    before the war")."""
    return child.dep_ == "advmod" and child.lower_ == "long" and not any(child.children)


def _over_a_war_or_years(verb: Token) -> bool:
    """ "have been killed in the civil war", "have dropped barrel bombs hundreds of times during the conflict", "have
    fought side by side throughout the war", "has abducted 1,000 children over the past five years", "in recent
    years", "over the years": a stretch of the verb's own (or of a verb the small parser hangs on its conjunct:
    "300,000 have been killed and millions displaced in the war"), not of a noun ("killed in eight days of a
    campaign during the war")."""
    clauses = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    clauses += [g for c in clauses[1:] for g in c.children if g.dep_ == "acl" and g.tag_ in ("VBN", "VBD")]
    return any(p.dep_ == "prep" and p.lower_ in TALLY_PREPOSITIONS and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in WHOLE_WARS or _recent_years(o)) for o in p.children)
        for clause in clauses for p in clause.children)


def _times_over(verb: Token) -> bool:
    """ "has used barrel bombs more than 50 times", "has vetoed the resolutions eight times": a count of acts in the
    perfect, with no day or week to bound it, is a record over the years (not "has struck the town three times this
    week")."""
    # (the small parser may hang "eight times" on the object's last noun, as an apposition, or make "times" a
    # modifier of the number)
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    # (a date of a clause that describes a thing is not the count's: "in breach of commitments made in 2013")
    described = {t.i for d in verb.subtree if d.dep_ in ("acl", "relcl") for t in d.subtree}
    return any(t.lower_ == "times" and t.i not in subjects
               and (t.dep_ in ("npadvmod", "appos") and any(n.dep_ == "nummod" for n in t.children)
                    or t.dep_ == "quantmod" and t.head.tag_ == "CD") for t in verb.subtree) \
        and not any(t.ent_type_ in ("DATE", "TIME") and t.i not in described for t in verb.subtree)


def _recent_years(noun: Token) -> bool:
    """ "the past three years", "the last decade", "recent years", "(over) the years"; not the years a superlative
    before them is counted over ("arrested in the biggest protests in recent years", which the small parser hangs
    on the verb)."""
    if noun.lemma_.lower() not in ("year", "decade") \
            or any(t.tag_ == "JJS" and t.dep_ == "amod" for t in noun.doc[noun.sent.start:noun.i]):
        return False
    return any(m.lower_ in RECENT for m in noun.children) \
        or noun.head.lower_ == "over" and noun.lower_ == "years" and [m.lower_ for m in noun.children] == ["the"]


def _names_who_suffered(verb: Token) -> bool:
    """Whether the verb's sufferer (a passive's subject, an active's object) is a name: one counts the nameless
    (a people is no name: "300,000 Yemenis have been killed")."""
    sufferer = "nsubjpass" if _passive(verb) else "dobj"
    return any(c.dep_ == sufferer and c.pos_ == "PROPN" and c.ent_type_ != "NORP" for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _so_far(child: Token) -> bool:
    """ "have been killed in riots this year", "so far", "to date": a count of the year to now (of those who
    suffered it: what a donor "has given this year" is its deed)."""
    if child.lower_ == "far" and any(c.lower_ == "so" for c in child.children):
        return True
    if child.dep_ == "prep" and child.lower_ == "to" and any(o.lower_ == "date" for o in child.children):
        return True
    return child.dep_ == "npadvmod" and child.lemma_.lower() == "year" \
        and any(c.lower_ == "this" for c in child.children)


def _since_long_ago(child: Token) -> bool:
    if child.dep_ == "prep" and child.lower_ == "since":
        # "since 2012", "since March 2011", "since the start of the war"
        return any(YEAR.match(t.text) or t.lemma_.lower() in WAR_WORDS for t in child.subtree if t.i != child.i)
    # "since the conflict began (in 2011)": a clause of "since" whose subject is the war
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children) \
        and any(s.dep_ == "nsubj" and s.lemma_.lower() in WAR_WORDS for s in child.children)


def in_the_general_present(verb: Token) -> bool:
    """Whether the verb tells an act in the simple present, past an article's first sentence, with no day or time
    in its clause ("the regime puts dissidents in prison"; not "Turkish jets strike Afrin on Monday"), or is the act
    such a present says goes on ("the regime keeps using gas", "the army continues to shell the villages")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in GOING_ON and verb.tag_ in ("VBG", "VB"):
        if any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent):
            return False  # "rebels continue to shell the city, residents said on Monday": the news of a day
        verb = verb.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.sent.start == 0 or verb.dep_ == "acl":
        return False  # (a subjunctive after a noun, "a proposal that inspectors visit", is another matter)
    if any(c.lower_ in HEDGES for c in verb.children):
        return False  # "Turkey and Russia reportedly deploy contractors": a report of what goes on now
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("now", "today", "tonight")
                   for t in verb.subtree)


def in_a_standing_refusal(verb: Token) -> bool:
    """Whether the verb, in the general present, refuses a deed, or is the deed so refused ("the powers refuse to
    intervene", "most states balk at taking them back"): a stance that stands, not a refusal the story tells, and no
    intervention either. A refusal of what was said or asked is still made in the present ("Tehran rejects the
    charge"), and so is a refusal someone reports ("Ankara refuses to extradite them, officials said")."""
    refusal = verb.head if verb.dep_ == "xcomp" else verb.head.head if verb.dep_ == "pcomp" else verb
    if refusal.lemma_.lower() not in REFUSING_VERBS or refusal.dep_ != "ROOT" or not in_the_general_present(refusal):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               or c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in refusal.children)


def told_before_the_story(verb: Token) -> bool:
    """Whether the verb is in the past perfect in the writer's own voice ("Moscow had refused", "the rebels,
    who had been promised safe passage"): a time before the story's. Reported, the past perfect is the wire's
    way to tell the news of the day ("the army said it had taken the town", "rebels had taken the town,
    officials said"), so it says nothing of when, unless an adverb puts it before ("said Moscow had repeatedly
    vetoed it", "had long accused")."""
    clause = finite_verb(verb)
    if _participle_of(clause):
        clause = finite_verb(clause.head)  # "Ankara had relented, allowing inspectors in": as far back as its deed
    if not any(c.dep_ == "aux" and (c.lower_ == "had" or c.lower_ == "'d" and clause.tag_ == "VBN")
               for c in clause.children):
        return False
    if any(c.lower_ == "earlier" for c in clause.children):
        return False  # "Putin had earlier rejected the call": earlier in the day, the wire's way
    if any(c.dep_ == "advmod" and c.lower_ in LONG_BEFORE for c in clause.children):
        return True  # "the envoy said Moscow had repeatedly vetoed inquiries": a time before the news, reported or not
    return not _reported(clause)


def _participle_of(clause: Token) -> bool:
    """A participle with no subject nor mark of its own that tells what its verb's deed did ("refused, allowing")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)


def told_before_the_day(verb: Token) -> bool:
    """Whether an adverbial of the verb puts the event in a past before the day of the news ("recently visited",
    "previously met", "has in the past shelled", "in recent years bombed", "during the cold war supplied", "early in
    the war sent", "once fought", "has repeatedly threatened", "has since been charged"); not "earlier", which in the
    wire is earlier that day, nor "at the time", the time the story tells."""
    before = past_references()
    first = finite_verb(verb)
    if any(c.dep_ in ("advmod", "npadvmod", "prep") and _phrase(c) in before for v in (verb, first) for c in v.children):
        return True
    if _repeated_over_time(first) or _repeated_over_time(verb):
        return True
    # "has since been charged": at some time between a day told before and the news, no day of its own
    if any(c.dep_ == "advmod" and c.lower_ == "since" and not list(c.children)
           for v in (verb, first) for c in v.children):
        return True
    # (a conjunct in another tense is not of the era: "once backed the Front and backs the militia now")
    return set_in_a_past_era(verb) or first.tag_ == verb.tag_ and set_in_a_past_era(first)


def _repeated_over_time(verb: Token) -> bool:
    """A present perfect told as done again and again: "Erdogan has repeatedly threatened to send troops" (the
    threats of years, not one of the day)."""
    phrases = {_phrase(c) for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep")}
    # (but what is repeated in the stretch of the news is of its day: "has repeatedly accused them of arming the
    # militia in recent days", wherever the parser hangs the stretch)
    told = " ".join(t.lower_ for t in verb.subtree)
    # (nor is a stretch its "since" names, which runs to the day of the news: "since March, jets have struck the town
    # several times")
    since = any(c.dep_ == "prep" and c.lower_ == "since"
                or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
                for c in verb.children)
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
        and bool(phrases & REPEATED) and not since and not any(stretch in told for stretch in RECENT_STRETCHES)


@lru_cache(maxsize=1)
def past_references() -> frozenset[str]:
    """The phrases of data/dates.json that refer to the past, less those that may be of the story's day."""
    return frozenset(p for p, kind in vocabulary().references.items() if kind == "PAST_REF") - OF_THE_DAY


def _phrase(child: Token) -> str:
    return " ".join(t.lower_ for t in child.subtree)


def told_in_the_simple_past(verb: Token) -> bool:
    """Whether the verb is a simple past in the writer's own voice ("Baghdad's troops attacked", "the men were
    rounded up"): right after a sentence set years back, it goes on telling that time."""
    clause = finite_verb(verb)
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    simple = clause.tag_ == "VBD" and not auxiliaries or clause.tag_ == "VBN" \
        and [a.lower_ for a in auxiliaries] in (["was"], ["were"]) and auxiliaries[0].dep_ == "auxpass"
    # (a saying in the simple past is the story's news, whatever it says of the past: "the ambassador said ...")
    return simple and verb.lemma_ not in REPORTING and not _reported(clause)


def finite_verb(verb: Token) -> Token:
    """The verb that carries the tense: the first of "had captured and killed"."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _reported(clause: Token) -> bool:
    """Whether the clause is told as someone's report: under a verb of saying, beside one ("..., officials
    said"), after "news that" or "according to"."""
    for _ in range(6):
        if clause.dep_ in ("ccomp", "parataxis") or any(c.dep_ in ("ccomp", "parataxis") and c.lemma_ in REPORTING
                                                         for c in clause.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return True  # "news emerged that the SDF had captured three men"
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return any(t.lower_ == "according" for t in clause.sent)


def tells_how_one_died(verb: Token) -> bool:
    """ "Two Danes killed fighting the Taliban", "died while fighting alongside Kurdish forces": the fighting a
    participle says someone died in is no act of the story but how they died; and a death told of the people a
    sentence is about ("the families of two men killed fighting the Taliban have condemned", "other Danes
    killed fighting the Taliban include") describes them, unless it is the sentence's own news ("a Dane killed
    fighting the Taliban", as a headline has it)."""
    if verb.lemma_.lower() in FIGHTING_VERBS:
        return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl", "dobj") \
            and verb.head.lemma_.lower() in DEATH_VERBS
    if verb.lemma_.lower() not in DEATH_VERBS or verb.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or not any(c.tag_ == "VBG" and c.lemma_.lower() in FIGHTING_VERBS and c.dep_ in ("xcomp", "advcl", "dobj")
                       for c in verb.children):
        return False
    # (the small parser makes "killed" the root and the sentence's own verb, without its subject, a conjunct)
    return verb.dep_ != "ROOT" or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                      and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                                      for c in verb.children)
