"""Who did what a passive tells: its "by" phrase, the attack its victims were harmed in, the attack over the place
where it happened, or whoever ordered it."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.phrases import conjuncts, objects_of, prep_objects
from tacitus.coding.subjects import BLAMING, held_captive, is_passive, subjects_of

# Nouns of armed attack ("airstrikes", "shelling", "clashes"): who made one that killed someone acted
ATTACK_NOUNS = frozenset(lemma for (lemma, pos), entries in load_lexicon().items() if pos == "NOUN"
                         and any(e.category == "ASSAULT" and e.source == "tacitus" for e in entries))
# Campaigns of attacks, whose maker a toll told "in" one acted: "killed in a Russian onslaught" (a campaign
# only when it is one of bombing or from the air: not an election campaign)
VIOLENT_CAMPAIGNS = frozenset({"campaign", "onslaught", "blitz", "barrage", "crackdown"})
# Verbs of command: what they order done to someone, told in the passive, is done by whoever ordered it
ORDERING_VERBS = frozenset({"order", "direct", "decree", "instruct", "command", "rule"})
# Prepositions of a time phrase the small parser may hang a passive's "by" phrase on ("captured at the start of the
# year by Kurdish forces")
TIME_PREPS = frozenset({"at", "in", "on", "during", "towards", "toward"})
# Named-entity labels of times
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def named_as_agent(token: Token) -> bool:
    """The token is named in a "by" phrase, or one the attack is blamed on: the device's sender, not the device."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "pobj" and (first.head.dep_ == "agent" or first.head.head.dep_ == "acl"
                                     and first.head.head.lemma_.lower() in BLAMING)


def passive_agents(verb: Token) -> list[Token]:
    """Who did what a passive tells: its "by" phrase, the attack it was done in or the attack over the place it
    was done; or, for a passive coordinated after another with no auxiliary of its own ("where 40 have been
    killed and dozens wounded", "were detained and beaten"), the other's."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
        or (objects_of(verb, {"by"}) if held_captive(verb) else []) or _attackers(verb) or _attack_over(verb) \
        or _stranded_on_a_time(verb)
    if not agents and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ORDERING_VERBS \
            and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children):
        # "the minister ordered that the cleric be stripped of his nationality", "a judge ordered the men to be
        # deported": what is ordered done is the orderer's doing (not what a ruling finds was done: "ruled that they
        # were tortured")
        return subjects_of(verb.head)
    if not agents and verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head) \
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return passive_agents(verb.head)
    return agents


def _stranded_on_a_time(verb: Token) -> list[Token]:
    """ "Haddad, a Belgian, was seized at the start of the year by Kurdish forces": the small parser hangs the "by"
    phrase on the time phrase before it, where it can say nothing of the time; it names who did it (not a
    deadline, "by the end of the month", which is a time itself)."""
    if not is_passive(verb):
        return []
    times = [t for _, pobj in prep_objects(verb, set(TIME_PREPS)) if pobj.ent_type_ in TIME_ENTITIES
             for t in _of_chain(pobj)]
    return [o for t in times for _, o in prep_objects(t, {"by"}) if o.ent_type_ not in TIME_ENTITIES]


def _attackers(verb: Token) -> list[Token]:
    """Who made the attack a passive names its victims in: "killed in Russian airstrikes", "in dozens of
    airstrikes and shelling by government forces", "in clashes with the rebels" (not the town of "the
    bombing of Raqqa")."""
    attacks = [t for _, pobj in prep_objects(verb, {"in", "under", "during"})
               for noun in _of_chain(pobj) for t in conjuncts(noun) if _an_attack(t)]
    acting = [o for attack in attacks for _, o in prep_objects(attack, {"by", "with"})]
    acting += [c for attack in attacks for c in attack.children
               if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
    return list(dict.fromkeys(acting))


def _of_chain(noun: Token, links: int = 3) -> list[Token]:
    """The noun and those its of-phrases lead to: "ten days of one of the fiercest campaigns" -> days, one,
    campaigns (where the attack a toll is of lies in a measure of it)."""
    chain, last = [noun], [noun]
    for _ in range(links):
        last = [o for n in last for _, o in prep_objects(n, {"of"})]
        chain += last
    return chain


def _an_attack(noun: Token) -> bool:
    """An attack noun, or a campaign of attacks: "a bombing campaign", "an air force onslaught"."""
    lemma = noun.lemma_.lower()
    return lemma in ATTACK_NOUNS or lemma in VIOLENT_CAMPAIGNS and (lemma != "campaign" or any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in ATTACK_NOUNS or c.lower_ in ("air", "aerial"))
        for c in noun.children))


def _attack_over(verb: Token) -> list[Token]:
    """ "Jets struck the town of Mekelle, where 30 civilians were killed", "an air force bombardment has continued
    against villages near Maiduguri, where 40 people have been killed": a harm told of the place an attack struck
    was that attack's, and whoever made it acted."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    node = verb.head
    for _ in range(8):
        if node.dep_ not in ("pobj", "prep", "dobj", "appos", "conj") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ != "VERB":
        return []
    readings = [e for e in load_lexicon().get((node.lemma_.lower(), "VERB"), []) if e.category == "ASSAULT"]
    if any("reciprocal" in e.roles for e in readings):
        return []  # "protesters clashed with police in X, where two were killed": by either side, the text says not
    if any(e.mode != "occupy" for e in readings):
        return subjects_of(node)
    return [c for c in node.children if c.dep_ == "nsubj" and c.lemma_.lower() in ATTACK_NOUNS]
