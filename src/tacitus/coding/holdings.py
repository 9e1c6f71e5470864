"""What a state grants its people and may take back: a citizenship, a passport, a licence.

"The preacher's citizenship was revoked": the citizenship is no party, and the one whose it was is not who revoked
it but whom it was taken from. "The brothers were stripped of their Dutch nationality": with no one named who did
it, the state whose nationality it was took it, as only that state can.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.words import words

HOLDINGS = words("holding_noun")
# Clauses that describe a party or set the time of another act, not tell an act of the story's
DESCRIBING = frozenset({"relcl", "advcl", "acl"})


def holders_and_issuers(verb: Token) -> tuple[list[Token], list[Token]]:
    """For a passive that takes away or grants a holding: the holders a possessive names on the holding it is told
    of ("the preacher's citizenship was revoked"), and the state a national adjective names on the holding, told as its
    subject or in its of-phrase ("were stripped of their British citizenship", "his Turkish passport was
    cancelled"). Not in a clause that describes someone or sets a time ("the brothers, whose passports were cancelled
    in 2016, are held by ...", "a child born before its father's nationality was withdrawn"): that tells who they are."""
    if verb.dep_ in DESCRIBING:
        return [], []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in HOLDINGS]
    taken = [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "of"
             for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in HOLDINGS]
    holders = [c for held in subjects for c in held.children if c.dep_ == "poss"]
    # (the small parser tags some a national adjective before a noun as an organisation: "his Kuwaiti citizenship")
    issuers = [c for held in subjects + taken for c in held.children
               if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
    return holders, issuers
