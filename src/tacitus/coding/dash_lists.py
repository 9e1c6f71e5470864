"""People a counted noun is spelt out as after a dash: "captured three men – a Briton, a Spaniard and an Italian"
are the Briton, the Spaniard and the Italian, each of their own country, not three men of none. The small parser
hangs the list on the noun, on a word before the dash or on the verb, so the list is read from the words after the
dash, not from where the parse put it."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_text
from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

# The dashes that open an aside (a hyphen only with a space on each side: "Kurdish-led" is one word)
DASHES = frozenset({"–", "—", "-", "--"})
# The roles of a counted noun that a deed is done to
DONE_TO = frozenset({"dobj", "nsubjpass", "pobj"})
# How far after the counted noun the dash may stand ("two women wanted for smuggling in Izmir –")
MOST_WORDS_BEFORE_THE_DASH = 10


def listed_after_a_dash(token: Token, actors: ArticleActors) -> list[Entity]:
    """The people a counted noun ("three men", "two foreigners") is spelt out as after a dash, when every one
    listed is known with a country; none otherwise (the words after the dash may say something else of it:
    "captured three soldiers – a blow to the army")."""
    if token.pos_ != "NOUN" or token.dep_ not in DONE_TO \
            or not any(c.dep_ == "nummod" and c.i < token.i for c in token.children):
        return []
    dash = _opening_dash(token)
    if dash is None:
        return []
    listed = _listed(dash)
    found = [actors.resolve(phrase_text(item)) for item in listed]
    if not found or any(e is None or not e.country for e in found):
        return []
    return [e for e in found if e is not None]


def _opening_dash(token: Token) -> Token | None:
    """The first spaced dash after the counted noun, within a few words and before any other verb's clause."""
    sentence = token.sent
    for word in sentence[token.i + 1 - sentence.start:]:
        if word.i - token.i > MOST_WORDS_BEFORE_THE_DASH:
            return None
        if word.text in DASHES and word.whitespace_ and word.i and word.doc[word.i - 1].whitespace_:
            return word
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("acl", "advcl", "pcomp", "xcomp") \
                or word.text in (";", ":"):
            return None  # a new clause began: its words are not the noun's
    return None


def _listed(dash: Token) -> list[Token]:
    """The heads of the list that follows a dash, up to the closing dash or the sentence's end: the first word
    whose head lies before the dash, and those coordinated with it (the parser may take the second of a list
    for an apposition of the first; an apposition that names no people, "a pharmacist from Leeds", says more
    of the one before it)."""
    sentence = dash.sent
    words = []
    for word in sentence[dash.i + 1 - sentence.start:]:
        if word.text in DASHES or word.is_punct and word.text != ",":
            break
        words.append(word)
    span = {w.i for w in words}
    first = next((w for w in words if w.head.i not in span and not w.is_punct), None)
    if first is None or first.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return []
    items = [first]
    for word in words:
        if word.head in items and word not in items and (word.dep_ == "conj" or word.dep_ == "appos" and any(
                t.ent_type_ == "NORP" for t in word.subtree)):
            items.append(word)
    return items
