"""Who arrests, jails and tries people where the sentence names no one: the police and courts of the state in
which the verb itself says it was done ("was arrested in Egypt", "were convicted in Turkey")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.context import ArticleContext
from tacitus.coding.roles import is_passive
from tacitus.records import Entity, Place

# Acts only a state's police or courts do to people (not "captured", "rounded up": fighters do those too)
POLICE_ACTS = frozenset({"arrest", "detain", "imprison"})
COURT_ACTS = frozenset({"convict", "sentence", "jail"})  # ("jailed for eight years": a court's sentence)
# Who may hold people where a state does not: an armed group named in the same clause may be who did it
NON_STATE_ARMED = frozenset({"REB", "INS", "UAF"})
# The clauses within a verb's phrase that tell of another act ("arrested after he fought against Isis"), and
# its subject, whom it was done to ("Isis suspects were arrested")
OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "acl", "pcomp", "conj", "xcomp", "nsubjpass"})


def authorities_of(token: Token, actors: list[Entity], place: Place | None,
                   context: ArticleContext) -> list[Entity]:
    """``actors``, or when there are none and a passive arrest, jailing or conviction is placed by the verb's own
    in-phrase in a state, that state's police or courts (unless an armed group is named in the same clause, or the
    article calls that state's government a regime: where it is fought, many hold people)."""
    lemma = token.lemma_.lower()
    if actors or lemma not in POLICE_ACTS | COURT_ACTS or not is_passive(token) or place is None \
            or not place.country or not context.actors.is_state(place.country) \
            or place.country == context.actors.regime \
            or not _placed_by_the_verb(token, place) or _armed_group_in_clause(token, context):
        return actors
    return [Entity(text=place.name, country=place.country, kind="state",
                   sector="COP" if lemma in POLICE_ACTS else "JUD")]


def _placed_by_the_verb(token: Token, place: Place) -> bool:
    return any(prep.dep_ == "prep" and prep.lower_ == "in"
               and place.text in "".join(t.text_with_ws for t in prep.subtree) for prep in token.children)


def _armed_group_in_clause(token: Token, context: ArticleContext) -> bool:
    """Whether the trigger's own clause names a non-state armed party ("detained in Isis-held Raqqa")."""
    stack, names = [token], []
    while stack:
        node = stack.pop()
        names.append(node)
        stack.extend(c for c in node.children if c.dep_ not in OTHER_CLAUSES)
    for name in names:
        if name.pos_ in ("PROPN", "NOUN") or name.ent_type_:  # (the small parser tags "Isis-held" a common noun)
            entity = context.actors.resolve(name.text)
            if entity is not None and (entity.sector in NON_STATE_ARMED or entity.country == "IMG"):
                return True
    return False
