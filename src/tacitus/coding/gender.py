"""Whether a person the article names is a woman or a man, for "she" and "he" to skip the others.

Only what the article itself says counts: a title before the name ("Mr Corbyn", "Queen Rania") or a
personal pronoun in the name's own sentence when no other person is named before it there ("Theresa May
said she ..."). Nothing said, or both said, is unknown, and an unknown person fits either pronoun.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Token

from tacitus.datafiles import Column, load_table, one_of, packaged


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    rows = load_table(packaged("tacitus.coding", "gender_words.tsv"),
                      (Column("word"), Column("gender", one_of("f", "m")), Column("kind", one_of("title", "pronoun"))))
    found: dict[str, dict[str, str]] = {"title": {}, "pronoun": {}}
    for row in rows:
        found[row["kind"]][row["word"]] = row["gender"]
    return found


def pronoun_gender(word: str) -> str | None:
    """ "f" for "she"/"her", "m" for "he"/"his", None for any other word."""
    return _words()["pronoun"].get(word.lower())


def title_gender(text: str) -> str | None:
    """The gender a title in the phrase itself says: "Mr Tom Harwick" m, "Queen Rania" f."""
    titles = _words()["title"]
    return next((titles[w] for w in text.lower().split() if w in titles), None)


def person_gender(text: str, doc: Doc) -> str | None:
    """ "f", "m" or None for the person ``text`` names, from the whole article ``doc``."""
    said = title_gender(text)
    if said is not None:
        return said
    surname = text.split()[-1] if text.split() else ""
    if not surname[:1].isupper():
        return None  # an office ("the minister") has no name to look for
    titles = _words()["title"]
    found: set[str] = set()
    # the surname's places found by spaCy's word id in one pass over the article's ids: walking every token of a
    # long article for each name asked about was a tenth of the coder's time
    for position in np.flatnonzero(doc.to_array("ORTH") == doc.vocab.strings[surname]):
        token = doc[int(position)]
        if token.ent_type_ != "PERSON":
            continue
        before = token.i - 1
        while before > token.sent.start and doc[before].ent_type_ == "PERSON" and doc[before].lower_ not in titles:
            before -= 1  # over the given names: "Mr Tom Harwick"
        if before >= token.sent.start and doc[before].lower_ in titles:
            found.add(titles[doc[before].lower_])
        else:
            found.update(_first_pronoun(token, surname))
    return next(iter(found)) if len(found) == 1 else None


def _first_pronoun(name: Token, surname: str) -> set[str]:
    """The gender of the first personal pronoun of the name's sentence after it, when the sentence names
    no other person before that pronoun ("Federica Mogherini met Sergei Lavrov and she said ...": the
    "she" says nothing of Lavrov)."""
    pronouns = _words()["pronoun"]
    for token in name.sent:
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" \
                and surname not in name.doc[token.i:token.i + 4].text.split():
            return set()
        if token.i > name.i and token.pos_ == "PRON" and token.lower_ in pronouns:
            return {pronouns[token.lower_]}
    return set()


def fits(pronoun: str, text: str, doc: Doc) -> bool:
    """Whether a personal pronoun may point at the person ``text``: unknown genders fit either."""
    wanted = pronoun_gender(pronoun)
    if wanted is None:
        return True
    gender = person_gender(text, doc)
    return gender is None or gender == wanted
