"""Which verb makes an event noun happen ("held talks", "the offensive began"), and the lemmas a verb may have
when the small model's tagger or lemmatiser got it wrong."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.partners import given_by
from tacitus.coding.phrases import sums_up_a_clause
from tacitus.coding.words import words

# Verbs that turn an event noun into an event: "hold talks", "impose sanctions", "express support"
LIGHT_VERBS = words("light_verb")
# "a round of talks", "three days of talks": the measure's verb carries the event
MEASURE_NOUNS = words("measure_noun")
# Verbs of coming together for an event: "gathered for talks", "arrived for a visit"
GATHERING_VERBS = words("gathering_verb")
# Verbs whose subject is the event: "talks took place", "the offensive began", "clashes erupted"
HAPPENING_VERBS = words("happening_verb")
# Verbs that count the toll of an event named as their subject
CASUALTY_VERBS = frozenset({"kill", "leave", "claim", "wound", "injure"})

# Past forms the small model's lemmatiser leaves as they are
IRREGULAR_PAST = {"retook": "retake", "retaken": "retake", "forgave": "forgive", "mistook": "mistake"}


def verb_tagged_as_noun(token: Token) -> bool:
    """ "The Syrian army retook Palmyra": the small tagger calls "retook" a noun, yet it has a subject and
    an object, as only a verb does."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False
    children = {c.dep_ for c in token.children}
    return "nsubj" in children and "dobj" in children


def lemma_candidates(token: Token) -> list[str]:
    """The parser's lemma, then forms undone by hand (a lemmatiser other than ours may read "staged" as "stag")."""
    word = token.lower_
    forms = [token.lemma_.lower()]
    if word in IRREGULAR_PAST:
        forms.append(IRREGULAR_PAST[word])
    if (token.tag_ in ("VBD", "VBN") or verb_tagged_as_noun(token)) and word.endswith("ed"):
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
    if noun.dep_ == "dobj" and sums_up_a_clause(noun):
        return None
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
    if noun.dep_ == "pobj" and head.lower_ == "in" and _takes_part(head.head):
        return head.head  # "took part in a march", "participated in the raid": whoever takes part does it
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


def _takes_part(verb: Token) -> bool:
    """ "took part in", "participated in": the verb of one who joins the event its "in" names."""
    lemma = verb.lemma_.lower()
    return lemma == "participate" or lemma == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children)


def _has_party(noun: Token) -> bool:
    """A possessive, a "by" agent or a "with"/"to" partner names who took part."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "with", "to", "between"))
               for c in noun.children)


def _refers_back(noun: Token) -> bool:
    """ "The visit", "the talks" open a sentence about an event told before; "talks began" tells one."""
    return any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in noun.children)
