"""The PLOVER mode of an event whose lexicon entry does not fix one, from the words around its trigger.

"Provided $50 million in humanitarian aid" is AID/humanitarian, "agreed to a ceasefire" AGREE/ceasefire,
"asked NATO for more weapons" REQUEST/aid. The cues are looked for in the trigger's own phrase (its
subtree), except for violence, where the weapon is often named elsewhere in the sentence ("killed in
an airstrike").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# (cue lemma, mode), first match wins: the more specific cues come first
MODE_CUES: dict[str, list[tuple[str, str]]] = {
    "ASSAULT": [("drone", "drone"), ("airstrike", "aerial"), ("warplane", "aerial"), ("jet", "aerial"),
                ("bomber", "aerial"), ("helicopter", "aerial"), ("air", "aerial"), ("artillery", "heavy-weapons"),
                ("shell", "heavy-weapons"), ("rocket", "heavy-weapons"), ("missile", "heavy-weapons"),
                ("mortar", "heavy-weapons"), ("suicide", "suicide"), ("bomb", "explosives"),
                ("explosive", "explosives"), ("ied", "explosives"), ("car-bomb", "explosives"),
                ("gunman", "firearms"), ("gunfire", "firearms"), ("sniper", "firearms")],
    "AID": [("humanitarian", "humanitarian"), ("relief", "humanitarian"), ("food", "humanitarian"),
            ("medical", "humanitarian"), ("medicine", "humanitarian"), ("shelter", "humanitarian"),
            ("military", "military"), ("weapon", "military"), ("arms", "military"), ("ammunition", "military"),
            ("economic", "economic"), ("financial", "economic"), ("loan", "economic"), ("fund", "economic"),
            ("funding", "economic"), ("$", "economic"), ("dollar", "economic"), ("euro", "economic"),
            ("asylum", "asylum")],
    "AGREE": [("ceasefire", "ceasefire"), ("cease-fire", "ceasefire"), ("truce", "ceasefire"),
              ("peace", "settle"), ("settlement", "settle")],
    "REQUEST": [("aid", "aid"), ("assistance", "aid"), ("help", "aid"), ("weapon", "aid"), ("arms", "aid"),
                ("funding", "aid"), ("mediation", "mediate"), ("mediate", "mediate"), ("talk", "meet"),
                ("talks", "meet"), ("negotiation", "meet"), ("dialogue", "meet"), ("meeting", "meet"),
                ("stop", "change"), ("halt", "change"), ("end", "change"), ("cease", "change"),
                ("withdraw", "change"), ("release", "change"), ("free", "change"), ("lift", "change"),
                ("resign", "change"), ("reverse", "change"), ("abandon", "change"), ("refrain", "change")],
    "CONSULT": [("phone", "phone"), ("telephone", "phone"), ("call", "phone")],
}
SENTENCE_WIDE = {"ASSAULT", "CONSULT"}


def mode_from_words(category: str, trigger: Token, anchor: Token, sentence: Span) -> str | None:
    cues = MODE_CUES.get(category)
    if not cues:
        return None
    words = sentence if category in SENTENCE_WIDE else [*anchor.subtree, *trigger.subtree]
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    return next((mode for cue, mode in cues if cue in lemmas), None)
