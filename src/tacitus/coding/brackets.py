"""The brackets conflict notes write after a town: its district and region ("Bamenda (Mezam, North West)"),
which say which of its namesakes it is and, for a village the gazetteer lacks, where it lies at least."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from tacitus.knowledge import Gazetteer
from tacitus.knowledge.normalize import fold
from tacitus.records import Place


def bracketed(token: Token) -> list[str]:
    """The names in brackets after a town: "Bamenda (Mezam, North West)" -> Mezam, North West."""
    doc = token.doc
    last = _name_end(token)
    if last + 2 >= len(doc) or doc[last + 1].text != "(":
        return []
    end = next((t.i for t in doc[last + 2:last + 12] if t.text == ")"), None)
    return [part.strip() for part in doc[last + 2:end].text.split(",") if part.strip()] if end else []


def _name_end(token: Token) -> int:
    """The last word of a name written with hyphens, which the tokenizer splits: "Dasht-e-Barchi (Kabul)" has its
    brackets after "Barchi", not after the "Dasht" the parser may take for the place."""
    doc, i = token.doc, token.i
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_:
        i += 2
    return i


def namesake_in_brackets(token: Token, names: Sequence[str], region: Place | None,
                          gazetteer: Gazetteer) -> Place | None:
    """The namesake the brackets after a town place it among: "Qarabagh (Ghazni)" is Ghazni's Qarabagh, not
    Herat's; "Hamilton (Ontario)" is Canada's (the gazetteer reads the brackets as it reads an article naming
    the region; a namesake outside the region's country is none)."""
    parts = bracketed(token)
    if region is None or not region.country or not parts:
        return None
    written = f"({', '.join(parts)})"
    for name in dict.fromkeys(name.split("(", 1)[0].strip() for name in names):  # (the phrase runs into them)
        place = gazetteer.resolve(name, context=f"{name} {written}", focus=[region.country], start=0)
        if place is not None and place.country == region.country and place.precision != "country":
            return place
    return None


def in_its_region(place: Place, token: Token) -> bool:
    def key(name: str) -> str:
        return "".join(ch for ch in fold(name) if ch.isalnum())
    own = {key(name) for name in (place.admin1, place.admin2) if name}
    return any(key(part) in own for part in bracketed(token))


def bracketed_region(token: Token, gazetteer: Gazetteer, focus: list[str], within: str | None = None) -> Place | None:
    """ "Moura (Mopti)", "Kani (Sagaing)": conflict notes give a town's region in brackets. A town of that name
    elsewhere is not it; a town the gazetteer lacks is at least in that region."""
    # ("the villages of Boga and Tchabi (Ituri)": the brackets after the last of several towns are all of theirs)
    parts = bracketed(token) or next((bracketed(t) for t in reversed(token.conjuncts) if t.i > token.i), [])
    # (a district and its province name one country: "(Yatenga, Nord)" is Burkina Faso's, though Cameroon has a
    # Nord region too; the country most of the parts are of, else the first one the broadest part is of)
    countries = [p.country for p in (_as_region(part, gazetteer, focus) for part in parts) if p and p.country]
    agreed = max(dict.fromkeys(countries), default=None, key=lambda country: sum(
        (p := _as_region(part, gazetteer, [country])) is not None and p.country == country for part in parts))
    focus = [agreed, *focus] if agreed is not None and len(parts) > 1 else focus
    # (a region of no one country, "(Sahel)", says nothing of which town it is)
    broadest = next((place for place in (_as_region(part, gazetteer, focus) for part in reversed(parts))
                     if place is not None and place.country and within in (None, place.country)), None)
    if broadest is None or broadest.country is None or len(parts) < 2:
        return broadest
    # the narrowest part that lies in the broadest is nearer the town: "(Douentza, Mopti)" is the Douentza
    # district, "(North Waziristan, Khyber Pakhtunkhwa)" the agency, not the whole province
    return next((place for place in (_as_region(part, gazetteer, [broadest.country]) for part in parts[:-1])
                 if place is not None and _lies_in(place, broadest)), broadest)


def _as_region(part: str, gazetteer: Gazetteer, focus: list[str]) -> Place | None:
    """A bracketed part as the subdivision the notes mean by it: "(Al Bayda)" is Yemen's governorate, not Libya's
    larger town of that name."""
    return gazetteer.resolve(part, context=f"{part} region", focus=focus, start=0)


def _lies_in(place: Place, broad: Place) -> bool:
    """A place of the broad one's first-level subdivision (or of its country, where the broad one is a country),
    narrower than it."""
    if place.country != broad.country or place.precision in ("country", "region") or place == broad:
        return False
    if broad.precision == "country":
        return True
    return broad.admin1_code is not None and place.admin1_code == broad.admin1_code \
        and place.precision != "admin1"
