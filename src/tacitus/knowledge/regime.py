"""Which government an article calls "the regime".

"The regime" is what a story calls the government it is about ("the Assad regime", "the Syrian regime",
"Iran's regime"), never the speaker's own: in a Syria story, "the regime" in a Russian official's words is
still Syria's. So the word takes the country the article names as a regime, not the last government
mentioned before it. An article that never says whose regime it means leaves "the regime" unplaced.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from tacitus.records import Entity

# "the Assad regime", "Bashar al-Assad's regime", "the regime of Saddam Hussein"
_REGIME = re.compile(r"\bregimes?\b", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+((?:[\w'’-]+\s*){1,3})")
MAX_NAME_WORDS = 3
FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "by", "with", "to", "for", "from", "his", "her", "its",
                            "their", "this", "that", "whose", "which", "in", "on", "at", "against", "as"})
_CLAUSE_END = re.compile(r"[.!?;:,()\[\]\"“”]")
# Where "the regime" is one of a kind of rules or arrangements, not a government ("the sanctions regime")
_NOT_A_GOVERNMENT = re.compile(r"\b(?:sanctions?|inspections?|tax|visa|trade|tariff|control|aid|treaty|"
                               r"legal|regulatory|export|non-proliferation|climate|training|diet|fitness)\s+regimes?\b",
                               re.IGNORECASE)
# "the regime", "regime forces", "pro-regime militias": the government itself or its side (not "anti-regime")
_THE_REGIME = re.compile(r"^(?:(?:the|this|that|a)\s+|pro-\s*)?regime(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}$",
                         re.IGNORECASE)


def _capitalised_tail(words: list[str]) -> str:
    """The trailing run of capitalised words ("Bashar al-Assad" of "of Bashar al-Assad")."""
    tail: list[str] = []
    for word in reversed(words[-MAX_NAME_WORDS:]):
        if not any(ch.isupper() for ch in word):
            break
        tail.insert(0, word)
    return " ".join(tail)


def _capitalised_head(words: list[str]) -> str:
    head: list[str] = []
    for word in words[:MAX_NAME_WORDS]:
        word = word.rstrip(".,;:!?)\"”")
        if not any(ch.isupper() for ch in word):
            break
        head.append(word)
    return " ".join(head)


def _without_adjectives(words: list[str]) -> list[str]:
    """ "Assad's secular regime", "Sisi's military-backed regime": the owner before the regime's epithets."""
    for n in (1, 2):
        rest, epithets = words[:-n], words[-n:]
        if rest and all(w.islower() and w not in FUNCTION_WORDS for w in epithets) \
                and (rest[-1].endswith(("'s", "’s")) or rest[-1][:1].isupper()):
            return rest
    return words


def regime_country(text: str, resolve: Callable[[str], Entity | None], is_state: Callable[[str], bool]) -> str | None:
    """The country the article names as a regime most often (the first named on a tie), or None."""
    counts: Counter[str] = Counter()
    for match in _REGIME.finditer(text):
        if _NOT_A_GOVERNMENT.search(text, max(0, match.start() - 20), match.end()) \
                or text[match.end():match.end() + 7].lower() == " change":  # "regime change" is a policy
            continue
        before = _CLAUSE_END.split(text[max(0, match.start() - 60):match.start()].rstrip())[-1]
        # ("... in Moscow. The regime": Moscow names no regime)
        words = _without_adjectives(before.split())
        words[-1:] = [re.sub(r"['’]s$", "", w) for w in words[-1:]]
        if words and words[-1].lower().startswith(("pro-", "anti-")):
            words = []  # "the pro-American regime" is not America's
        tail = _capitalised_tail(words).split()
        # the nearest word first: "the US-armed Saudi regime" is Saudi Arabia's
        names = [" ".join(tail[i:]) for i in range(len(tail) - 1, -1, -1)]
        after = _OF.match(text, match.end())
        if after is not None:
            names.append(_capitalised_head(after.group(1).split()))
        for name in (n for n in names if n):
            entity = resolve(name)
            if entity is not None and entity.country and is_state(entity.country):
                counts[entity.country] += 1
                break
    return counts.most_common(1)[0][0] if counts else None


def names_the_regime(mention: str) -> bool:
    """Whether a phrase is "the regime" or its side without saying whose: "the regime", "regime forces",
    "the regime's troops", "pro-regime militias" (not "anti-regime rebels", "the sanctions regime")."""
    return bool(_THE_REGIME.match(mention.strip()))
