"""Who did what a passive tells of a captive with no "by" phrase: whoever the story has just told taking them.

"Iraqi police arrested a French engineer in Mosul. He was charged with financing a terrorist group." The charge
names no one who made it; the sentence before has the police take the engineer, and what is done to a captive
right after (charged, held, questioned, beaten, sentenced, freed) is done by those who hold him. Only the
sentence right before counts, only when it told one side taking one party, and only when the captive is the one
the passive is about: a pronoun that agrees with it (in number, and in name or country when it resolved to
someone), or the same party.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.coding.lexicon import Entry
from tacitus.coding.subjects import is_passive
from tacitus.records import Entity, Event

# How a party is taken into custody: an arrest, a capture, a kidnapping
CUSTODY_MODES = frozenset({"arrest", "abduction"})
# What is done to a captive by those who hold them: a charge, detention or questioning, a sentence, a release, and
# violence of the kinds done to a prisoner (not any killing: "he was later killed in an air strike")
DONE_TO_CAPTIVES = frozenset({"ACCUSE", "COERCE", "SANCTION", "CONCEDE"})
CAPTIVE_VIOLENCE = frozenset({"beat", "execution"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
# Words that make a captive several people: "two Tunisian diplomats", "dozens of protesters"
SEVERAL = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                     "several", "some", "many", "both"})


def done_to(entry: Entry) -> bool:
    """Whether a reading is of what captors do to whom they hold (not a taking again: "he was arrested again on a
    beach" may be by others)."""
    if entry.mode in CUSTODY_MODES:
        return False
    return entry.category in DONE_TO_CAPTIVES or entry.category == "ASSAULT" and entry.mode in CAPTIVE_VIOLENCE


def custody(told: list[Event]) -> Event | None:
    """The one taking into custody ``told`` (the sentence right before's events) holds, with one side taking and one
    party taken."""
    # (a state is no captive: "Kenya" is what a place left in the slot of a captive the coder could not name)
    taken = [e for e in told if e.mode in CUSTODY_MODES and e.actor and len(e.recipient) == 1
             and e.recipient[0].kind != "state"]
    return taken[0] if len(taken) == 1 and len({a.country for a in taken[0].actor}) == 1 else None


def captors(token: Token, entry: Entry, actors: list[Entity], recipients: list[Entity],
            taking: Event | None) -> tuple[list[Entity], list[Entity]]:
    """(actors, recipients) of a passive with no agent, done to the captive the sentence before told taken: the
    captors act on the captive; otherwise the sides as found."""
    if taking is None or actors or not done_to(entry) or not is_passive(token):
        return actors, recipients
    captive = taking.recipient[0]
    patients = [c for c in token.children if c.dep_ == "nsubjpass"]
    if len(patients) != 1:
        return actors, recipients
    patient = patients[0]
    word = patient.lower_
    if word in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        if (word in PLURAL_PRONOUNS) != _several(captive):
            return actors, recipients
        if recipients and not all(_may_be(r, captive) for r in recipients):
            return actors, recipients
        return list(taking.actor), recipients or [replace(captive, text=patient.text)]
    if len(recipients) == 1 and _same(recipients[0], captive) or _named_again(patient, captive):
        return list(taking.actor), recipients or [replace(captive, text=patient.text)]
    return actors, recipients


def _named_again(patient: Token, captive: Entity) -> bool:
    """ "the diplomats" after "two Tunisian diplomats", "the blogger" after "a blogger": the captive's noun again,
    made definite."""
    words = captive.text.lower().split()
    return bool(words) and patient.pos_ == "NOUN" and patient.lower_ == words[-1] \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in patient.children)


def _several(entity: Entity) -> bool:
    words = entity.text.lower().split()
    return bool(SEVERAL & set(words)) or entity.kind != "person" and bool(words) and words[-1].endswith("s") \
        and not words[-1].endswith("ss")


def _may_be(entity: Entity, captive: Entity) -> bool:
    """A pronoun's resolution that may be the captive: the same name, or, without names, no other country."""
    if entity.name and captive.name:
        return entity.name == captive.name
    return entity.country is None or captive.country is None or entity.country == captive.country


def _same(entity: Entity, captive: Entity) -> bool:
    """The same party named again: the same known entity or the same name ("the diplomats" after "two Tunisian
    diplomats" is not told apart)."""
    if entity.entity_id and entity.entity_id == captive.entity_id and entity.kind == "person":
        return True
    return bool(entity.name) and entity.name == captive.name and entity.kind == "person"
