"""Where a person went is not whose they are.

"She said she was proud of travelling to Iraq, and she praised the attacks on western troops": the one country the
sentence names is where she went, and says nothing of her own. The places a journey of the sentence reaches ("going
to Syria", "fled into Turkey", "travelled to Iraq") place no person of the sentence; a return does ("returned to
Britain": home), and so does a journey only asked for or planned ("asked to go to Mosul").
"""

from __future__ import annotations

from spacy.tokens import Span

from tacitus.coding.phrases import prep_objects

# Verbs of going somewhere that need not be home
JOURNEY_VERBS = frozenset({"go", "travel", "flee", "move", "emigrate", "migrate", "head", "journey", "escape",
                           "smuggle", "cross", "defect", "relocate"})
# Prepositions of where a journey ends
JOURNEY_PREPS = frozenset({"to", "into"})


def journey_ends(span: Span) -> frozenset[int]:
    """Positions of the words that name where a journey of the sentence goes: "Iraq" of "travelling to Iraq"."""
    # (a journey made, not one asked for or planned: "asked his officers to allow him to travel to Mosul")
    ends = [o for t in span if t.lemma_.lower() in JOURNEY_VERBS and t.pos_ in ("VERB", "AUX") and t.tag_ != "VB"
            for _, o in prep_objects(t, set(JOURNEY_PREPS))]
    return frozenset(t.i for end in ends for t in end.subtree)
