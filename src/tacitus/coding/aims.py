"""Whom an act is aimed at where the parse hangs the target away from the verb.

The parser attaches an "against" phrase to the nearest noun ("began a campaign in the district of Qandil
against the PKK": to "district"), and a threat may name whom it is held over only as the subject of the clause
that says what will happen ("threatened that Damascus would pay a heavy price") or as the other side of the war
it warns of ("warned of a war with Iran"); a deal is made with whom its clause says ("condemned the migration
pact it concluded with the EU"). These readers return tokens; ``parties`` resolves them.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.partners import BONDS
from tacitus.coding.phrases import conjuncts, objects_of

# Nouns of armed conflict whose "with" phrase names the other side: "a war with Iran", "a clash with Russia"
HOSTILITIES = BONDS | frozenset({"confrontation", "clash", "showdown", "escalation", "fight", "battle", "hostility"})


def opposed_in_phrases(token: Token, governor: Token | None) -> list[Token]:
    """Whom an "against" phrase hung on a noun of the act's other phrases names: "began a campaign in the
    hill district of Qandil against the PKK", "put its navy on alert against Turkish warships" (the town or the
    alert is where or how; the "against" says at whom)."""
    anchors = [token] + ([governor] if governor is not None and governor.i != token.i else [])
    anchors += [c for a in list(anchors) for c in a.children if c.dep_ == "dobj"]
    nouns = [o for a in anchors for prep in a.children if prep.dep_ == "prep" and prep.lower_ != "against"
             for o in prep.children if o.dep_ == "pobj"]
    nouns += [o for n in list(nouns) for o in objects_of(n, {"of"})]  # "the district of Qandil against ..."
    return [o for n in nouns for o in objects_of(n, {"against"})]


def foretold_sufferers(verb: Token) -> list[Token]:
    """The subject of what a threat says will happen to someone: "threatened that Damascus would pay a heavy price",
    "warned that Iran would regret it" (the speaker's own "it would strike" is dropped with the actor)."""
    return [t for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
            for s in c.children if s.dep_ == "nsubj" for t in conjuncts(s)]


def war_partners(verb: Token) -> list[Token]:
    """The other side of the war a threat warns of: "warned of a war with Iran", "threatened a confrontation
    with Russia"."""
    wars = [o for o in objects_of(verb, {"of"}) + [c for c in verb.children if c.dep_ == "dobj"]
            if o.lemma_.lower() in HOSTILITIES]
    return [o for war in wars for o in objects_of(war, {"with"})]


def deal_partners(verb: Token) -> list[Token]:
    """With whom the deal the verb acts on was made, by its own clause: "condemned the migration pact it concluded
    with the EU", "pulled out of the deal it had struck with the United States" (its own "with" phrase is read with the
    verb's objects)."""
    deals = [c for c in verb.children if c.dep_ == "dobj"] + objects_of(verb, {"of", "from", "on", "to"})
    deals += [o for out in verb.children if out.lower_ == "out" for o in objects_of(out, {"of"})]  # "pulled out of"
    lexicon = load_lexicon()
    deals = [d for d in deals if d.lemma_.lower() in BONDS or any(
        e.category in ("AGREE", "CONSULT") for e in lexicon.get((d.lemma_.lower(), "NOUN"), ()))]
    return [o for deal in deals for clause in deal.children if clause.dep_ in ("acl", "relcl")
            for o in objects_of(clause, {"with"})]
