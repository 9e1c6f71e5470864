"""Whether the clause around a temporal expression looks back or ahead.

"said Friday" is the Friday before publication, "will meet Friday" the coming one. The verb that governs an
expression is, in wire copy, almost always the nearest verb of its own clause: to its left ("announced
Wednesday", "will leave on Thursday"), or for a fronted expression to its right ("On Friday, the government
said"). Its auxiliaries give the tense; a plan, a schedule or a deadline ("planned to leave on Thursday",
"a conference scheduled for Thursday", "by Jan. 14") points at the nearest such day, whichever side of
publication it falls; a postponement points ahead. Parentheses are read through; quotes and clause
words (that, when, because...) bound the search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from tacitus.coding.timex.vocabulary import vocabulary

# back: before publication; ahead: after it; near: whichever is closer; present: a present-tense verb;
# unknown: no verb to go by (and, inside this module, perfect: "has given")
Lean = Literal["back", "ahead", "near", "present", "unknown", "perfect"]
Tense = Literal["past", "present", "future"]

_TOKEN = re.compile(r"[A-Za-z]+(?=n't)|n't|[A-Za-z]+(?:-[A-Za-z]+)*|'[A-Za-z]+|\d+(?:-[A-Za-z]+)+|\d+(?:[:.,]\d+)*|"
                    r"--|``|''|\S")
_HARD = {";", ":", "``", "''", '"', "\u201c", "\u201d", "--", "_", "?", "!"}
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                "those", "which", "whose", "some", "any", "all", "each", "every", "no"}
# Events set for a day ahead of time
SCHEDULED = frozenset({"election", "elections", "vote", "poll", "polls", "referendum", "runoff", "summit", "meeting",
                       "talks", "deadline", "ceremony", "inauguration", "hearing", "trial", "rally", "march", "debate",
                       "conference", "match", "final", "parade", "launch", "visit"})
_BE = {"is", "are", "am", "was", "were", "be", "been", "being", "'s", "'re", "'m"}
_HAVE = {"has", "have", "had", "having", "'ve"}
_BOUNDS = {"by", "before", "till", "until"}
# "until his next court date on 9 April": the date of the thing a bound waits for, which lies ahead of the verb
_WAITED_FOR = re.compile(r"\b(until|till)\s+(?:the|his|her|their|its|a|an)\s+(?:[a-z'-]+\s+){1,3}(?:on|at|in)\s*$",
                         re.I)
_PREPOSITIONS = {"on", "in", "at", "for", "by", "of", "to", "until", "till", "from", "during", "since"}
_SEARCH = 14  # words; a verb further away governs something else
_SEARCH_PAST_COMMAS = 24
_OBJECT = 5  # words between a verb and the infinitive it governs ("ordered the Miami relatives to")

_FUTURE_SENTENCE = re.compile(r"\b(will|'ll|shall|is (?:expected|scheduled|set|due|slated|poised|going) to|"
                              r"are (?:expected|scheduled|set|due|slated|poised|going) to|plans? to|planning to|"
                              r"intends? to|to be held|would (?:travel|visit|meet|hold|attend))\b", re.I)
_PAST_SENTENCE = re.compile(r"\b(\w+ed|said|told|met|held|had|was|were|did|took|made|went|came|fought|began|"
                            r"struck|shot|left|sent|gave|spoke|led|won|lost|saw|fled|broke|ran|hit|put|set|"
                            r"brought|bought|sought|caught|thought|kept|got|drew|flew|withdrew|overran)\b", re.I)


def detect_tense(sentence: str) -> Tense:
    """The whole sentence's tense: future when it schedules or expects; past when it reports; else present."""
    if _FUTURE_SENTENCE.search(sentence):
        return "future"
    if _PAST_SENTENCE.search(sentence):
        return "past"
    return "present"


@dataclass(frozen=True)
class _Token:
    text: str  # lower case
    start: int
    end: int
    capital: bool  # capitalised inside the sentence: a name, not a verb


def lean_at(sentence: str, start: int, end: int) -> Lean:
    """Which way the expression at ``sentence[start:end]`` points from the publication date."""
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(sentence.replace("\u2019", "'")):
        opening = not tokens or tokens[-1].text in _HARD or tokens[-1].text == "("
        tokens.append(_Token(match.group().lower(), match.start(), match.end(),
                             match.group()[:1].isupper() and not opening))
    first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    marker = _marker(tokens, first, last)
    if marker == "ahead":
        return "ahead"
    possessive = re.match(r"['\u2019]s\b", sentence[end:]) or re.search(r"['\u2019]s$", sentence[start:end])
    if possessive and _scheduled_after(sentence[end:]) and _governor(tokens, first, last) in ("ahead", "present"):
        return "ahead"  # "will boycott Sunday's election", "are preparing for Sunday's vote": to come
    if marker == "since" or possessive:
        return "back"  # "since Oct. 23"; "Wednesday's ruling" names what has happened
    if marker == "deadline":
        return "near"  # "the Jan. 14 deadline": the nearest, passed or coming
    lean = _governor(tokens, first, last)
    if waited_for(sentence[:start]):
        return "ahead" if lean == "ahead" else "near"  # "was bailed until a hearing on 1 March"
    if marker == "bound" and lean in ("present", "unknown", "perfect"):
        return "near"  # "must be returned by Jan. 14", "has given them until Tuesday"
    return "back" if lean == "perfect" else lean


def _scheduled_after(after: str) -> bool:
    """Whether a day's possessive is of an event set for a day ("Sunday's parliamentary election", "Friday's
    summit"), which a clause may look forward to, unlike a deed done ("Wednesday's ruling")."""
    words = re.findall(r"[a-z]+", re.sub(r"^['\u2019]s\b", "", after.lower()))
    return any(word in SCHEDULED for word in words[:3])


def waited_for(before: str) -> str | None:
    """The bound word ("until", "till") when the text before an expression ends in the thing it waits for:
    "was freed on bail until his next court date on" (9 April)."""
    match = _WAITED_FOR.search(before[-80:])
    if match is None:
        return None
    # "until the French troops left in 2014" is a clause, whose date is its own verb's
    tense = vocabulary().tense
    words = re.findall(r"[a-z'-]+", match[0].lower())
    if any(w in tense["past"] or w in tense["irregular_past"] or (len(w) > 3 and w.endswith("ed")
                                                                   and w not in tense["not_past"]) for w in words):
        return None
    return match[1].lower()


def _marker(tokens: list[_Token], first: int, last: int) -> str | None:
    """What the words just before the expression say: 'as early as', 'by', 'since'..."""
    before = " ".join(t.text for t in tokens[max(0, first - 4):first])
    after = " ".join(t.text for t in tokens[last:last + 2])
    words = vocabulary().tense["prospective_markers"]
    if any(before.endswith(m) for m in words) or after == "from now":
        return "ahead"
    previous = tokens[first - 1].text if first else ""
    nearby = [t.text for t in tokens[max(0, first - 2):first] + tokens[last:last + 1]]
    if "deadline" in nearby or "deadlines" in nearby:
        return "deadline"  # "the Jan. 14 deadline", "a deadline of Friday"
    if previous in _BOUNDS:
        return "bound"
    for token in reversed(tokens[max(0, first - 4):first]):
        if token.text == "since":
            return "since"  # "since shortly after the Oct. 23 slaying"
        if _is_verb(token):
            break
    return None


def _governor(tokens: list[_Token], first: int, last: int) -> Lean:
    """The lean of the nearest verb of the expression's clause: left first, then right, then past commas."""
    for cross_commas, reach in ((False, _SEARCH), (True, _SEARCH_PAST_COMMAS)):
        left = _scan(tokens, range(first - 1, -1, -1), first, cross_commas, reach)
        if left is not None:
            return left
        right = _scan(tokens, range(last, len(tokens)), first, cross_commas, reach)
        if right is not None:
            return right
    return "unknown"


def _scan(tokens: list[_Token], positions: range, first: int, cross_commas: bool, reach: int) -> Lean | None:
    depth = 0
    step = positions.step
    for i in positions:
        word = tokens[i].text
        reach -= word[:1].isalnum()
        if reach < 0:
            return None
        if word in ("(", ")"):
            depth += 1 if (word == ")") == (step < 0) else -1
            continue
        if depth > 0:
            continue  # parentheses are read through: "at around 9:20 a.m. (0620 GMT) Friday"
        if word in _HARD or (word == "," and not cross_commas):
            return None
        if word in vocabulary().tense["clause_words"] and not (step < 0 and i >= first - 2) \
                and not _preposition(tokens, i):
            return None  # "said Monday that ...": the clause word's own clause is another one
        lean = _verb_lean(tokens, i, gap=_words_between(tokens, i, first) if step < 0 else None)
        if lean is not None:
            return lean
    return None


def _words_between(tokens: list[_Token], verb: int, first: int) -> int:
    return sum(1 for t in tokens[verb + 1:first] if t.text[:1].isalnum() and t.text not in _PREPOSITIONS)


def _preposition(tokens: list[_Token], i: int) -> bool:
    """'a week after the anniversary': a clause word heading a noun phrase, not a clause."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (tokens[i].text in ("after", "before", "since", "until", "till", "as")
            and following is not None and (following.text in _DETERMINERS or following.text[:1].isdigit()))


def _verb_lean(tokens: list[_Token], i: int, *, gap: int | None) -> Lean | None:
    """The lean of the verb group at ``i``, or None when ``tokens[i]`` is not a verb. ``gap`` counts the
    words from the verb to an expression on its right (None when the expression is on its left)."""
    tense = vocabulary().tense
    word = tokens[i].text
    if word in tense["future"]:
        return "ahead"
    if word in tense["modal"]:
        return "near"
    if word == "to" and i + 1 < len(tokens) and _verb_like(tokens[i + 1]):
        return _infinitive(tokens, i)
    noun = i > 0 and tokens[i - 1].text in _DETERMINERS
    if word in tense["plural_present"] and not tokens[i].capital and not noun:
        return _group_lean(tokens, i)  # "voters go to the polls on Sunday", not "the meet"
    if not _is_verb(tokens[i]):
        return None
    if gap is not None and word in tense["postponing"]:
        return "ahead"
    if gap is not None and (word in tense["scheduling"] or (gap >= 2 and word in tense["prospective"]
                                                            and word not in _BE)):
        # "a service planned for Saturday", "invited the ministers to a ceremony on March 12"; but a copula
        # keeps its tense ("was the scene of a flood in March" is the March gone by)
        return "near"
    return _group_lean(tokens, i)


def _is_verb(token: _Token) -> bool:
    tense = vocabulary().tense
    word = token.text
    if word in tense["past"] or word in tense["present"] or word in tense["irregular_past"]:
        return True
    if token.capital or word in tense["not_past"] or len(word) < 4:
        return False
    return word.endswith("ed") or (word.endswith("ing") and len(word) > 5)


def _group_lean(tokens: list[_Token], i: int) -> Lean | None:
    """Tense of the verb group ending at ``i``, from the auxiliaries to its left."""
    tense = vocabulary().tense
    word = tokens[i].text
    j = i - 1
    auxiliaries: list[str] = []
    while j >= 0 and (tokens[j].text in _BE or tokens[j].text in _HAVE or tokens[j].text in tense["adverbs"]
                      or tokens[j].text in tense["future"] or tokens[j].text in tense["modal"]
                      or tokens[j].text in ("to", "n't", "not", "does", "do", "did")):
        if tokens[j].text == "to":
            return _infinitive(tokens, j)
        if tokens[j].text not in tense["adverbs"]:
            auxiliaries.append(tokens[j].text)
        j -= 1
    first = auxiliaries[-1] if auxiliaries else word
    if first in tense["future"]:
        return "ahead"
    if first in tense["modal"]:
        return "near"
    if first in ("was", "were", "had", "did") or first in tense["irregular_past"]:
        return "back"
    if first in ("has", "have", "'ve"):
        return "perfect"
    if word.endswith("ing") and not auxiliaries:
        return None  # a participle or gerund: the clause's verb is elsewhere
    if first in tense["present"] or first in _BE:
        return "present"
    if first.endswith("ed"):
        return "back"  # a simple past or a past participle
    return "present"  # "plans to", "hopes to"


def _verb_like(token: _Token) -> bool:
    return token.text.isalpha() and not token.capital and token.text not in _DETERMINERS


def _infinitive(tokens: list[_Token], to: int) -> Lean | None:
    """'planned to leave', 'is expected to join': the governor looks ahead; 'tried to escape' keeps its tense."""
    tense = vocabulary().tense
    for j in range(to - 1, max(-1, to - 1 - _OBJECT), -1):  # "subpoenaed 6-year-old Elian to testify"
        word = tokens[j].text
        if word in tense["adverbs"]:
            continue
        if word in tense["prospective"]:
            return "near" if _group_lean(tokens, j) in ("back", "perfect") else "ahead"
        if _is_verb(tokens[j]):
            return _group_lean(tokens, j)
        if not word[:1].isalnum() or word in vocabulary().tense["clause_words"]:
            break
    return None
