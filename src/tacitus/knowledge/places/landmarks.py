"""Landmarks, universities, airports and venues (``data/landmarks.csv``) as features of the place index, each at
the town it lies in: the gazetteer's cities have no buildings, and a university or an airport a story names is
otherwise placed at whatever town the story is about, or at a hamlet of its name ("Heathrow", Florida)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.datafiles import Column, load_table, one_of, packaged
from tacitus.knowledge.normalize import fold
from tacitus.knowledge.places.features import Feature

if TYPE_CHECKING:
    from tacitus.knowledge.places.index import PlaceIndex

LANDMARK_CODES = ("AIRP", "UNIV", "BANK", "STDM", "BLDG", "CSTL", "PAL", "CH", "MSQE", "MUS", "MNMT", "SQR", "TOWR",
                  "BDG", "AMUS")
# Where people work and speak from ("an economist at the Bank of England"): a place in an article, no event's place
INSTITUTIONS = frozenset({"UNIV", "BANK"})
LANDMARKS = (Column("name"), Column("aliases", required=False, default=""), Column("code", one_of(*LANDMARK_CODES)),
             Column("town"), Column("country"), Column("admin1", required=False, default=""))


def landmark_rows() -> tuple[dict[str, str], ...]:
    return tuple(dict(row) for row in load_table(packaged("tacitus.knowledge.places", "landmarks.csv"), LANDMARKS))


def town_of(index: PlaceIndex, row: dict[str, str]) -> Feature | None:
    """The most populous settlement of the row's town name in its country (and admin1, when given)."""
    towns = [f for f in index.named(fold(row["town"])) if f.feature_class == "P" and f.country == row["country"] and
             (not row["admin1"] or f.admin1_code == row["admin1"]) and f.lat is not None]
    return max(towns, key=lambda f: f.population, default=None)


def add_landmarks(index: PlaceIndex) -> None:
    """Each landmark as a feature of class S at its town's point, under its name and aliases."""
    for row in landmark_rows():
        town = town_of(index, row)
        if town is None:
            raise ValueError(f"landmarks.csv: no town {row['town']!r} in {row['country']} {row['admin1']}")
        feature = Feature(None, row["name"], "S", row["code"], town.country, town.admin1_code, town.admin2_code,
                          town.lat, town.lon, 0)
        for name in (row["name"], *(alias for alias in row["aliases"].split("|") if alias)):
            index.add(name, feature)
