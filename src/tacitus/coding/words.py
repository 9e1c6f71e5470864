"""The coder's vocabulary as data: word lists (``data/words.tsv``) and mode cues (``data/mode_cues.tsv``).

Each list says what the coder does with its words (light verbs, controllers of a complement, hedges...);
``data/words.tsv`` explains each in its header. Read once per process and validated as it is read.
"""

from __future__ import annotations

from functools import lru_cache

from tacitus.datafiles import Column, load_table, one_of, packaged
from tacitus.records import CATEGORIES

LISTS = ("light_verb", "measure_noun", "gathering_verb", "happening_verb", "cognition", "share_noun", "planning",
         "intending", "announcing", "commitment", "claiming", "hedge", "ready", "reclaim_verb", "anonymous_attacker",
         "anaphor", "event_word", "place_noun", "controller", "reporting_verb", "facility_noun", "message_noun",
         "issuing_verb", "person_title", "comment_verb", "news_outlet", "assent_verb", "attempt_noun",
         "unplaced_attacker", "claim_noun", "criticism_noun", "person_noun", "duty_noun", "expel_verb",
         "accident_modifier", "cessation_verb", "owned_event", "envoy_noun", "battle_noun", "joint_adverb", "aim_noun",
         "occasion_noun", "army_weapon", "holding_noun", "past_war", "kin_noun",
         "grounds_noun", "trade_noun")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    rows = load_table(packaged("tacitus.coding", "words.tsv"), (Column("list", one_of(*LISTS)), Column("word")))
    found: dict[str, set[str]] = {name: set() for name in LISTS}
    for row in rows:
        found[row["list"]].add(row["word"])
    return {name: frozenset(words) for name, words in found.items()}


def words(name: str) -> frozenset[str]:
    """One of the coder's word lists by its name in data/words.tsv (``words("light_verb")``)."""
    return _lists()[name]


@lru_cache(maxsize=1)
def mode_cues() -> dict[str, tuple[tuple[str, str], ...]]:
    """Per category, the (cue lemma, mode) pairs in the order they are tried: the first found wins."""
    from tacitus.coding.scores import known_modes

    modes = known_modes()
    rows = load_table(packaged("tacitus.coding", "mode_cues.tsv"),
                      (Column("category", one_of(*CATEGORIES)), Column("cue"), Column("mode")))
    cues: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        if row["mode"] not in modes[row["category"]]:
            raise row.error(f"{row['mode']!r} is not a mode of {row['category']} in data/plover.csv")
        cues.setdefault(row["category"], []).append((row["cue"], row["mode"]))
    return {category: tuple(pairs) for category, pairs in cues.items()}
