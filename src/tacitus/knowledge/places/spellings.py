"""Towns as English-language news spells them (``data/town_spellings.csv``), as features of the place index.

GeoNames' cities index the other names of a town only above a population, and its war towns often have none
recorded ("Tall ‘Afar", written "Tal Afar"), or are missing ("Baghuz"). Each spelling is indexed as the town under
that name, not as another name of it: a spelling some person also bears ("Kobani") is then still the town's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.datafiles import Column, load_table, number, packaged
from tacitus.knowledge.normalize import fold
from tacitus.knowledge.places.features import Feature

if TYPE_CHECKING:
    from tacitus.knowledge.places.index import PlaceIndex

SPELLINGS = (Column("town"), Column("country"), Column("lat", number, required=False),
             Column("lon", number, required=False), Column("spellings"))
# A town the table gives a point of its own is a settlement of this size (it competes with namesakes elsewhere as a
# town of its war, not as a hamlet)
LISTED_POPULATION = 5_000


def add_spellings(index: PlaceIndex) -> None:
    """Each row's town under each of its spellings, in place of whatever feature the key named the same town by."""
    for row in load_table(packaged("tacitus.knowledge.places", "town_spellings.csv"), SPELLINGS):
        town = _town(index, row["town"], row["country"])
        if town is None and (row["lat"] is None or row["lon"] is None):
            raise row.error(f"no town {row['town']!r} in {row['country']}, and no point for it")
        spellings = [s.strip() for s in row["spellings"].split("|") if s.strip()]
        for spelling in dict.fromkeys(spellings if town is not None else [row["town"], *spellings]):
            if town is not None and fold(spelling) == fold(town.name):
                continue  # (the town's own name, however written: "Deir Ez-Zor" is Deir ez-Zor)
            feature = town._replace(name=spelling) if town is not None else \
                Feature(None, spelling, "P", "PPL", row["country"], None, None, row["lat"], row["lon"],
                        LISTED_POPULATION)
            key = fold(spelling)
            # (the town by another name of its own would count as "by another name", which a surname beats)
            if town is not None:
                same = {i for i in index.names.get(key, ()) if Feature(*index.features[i]).geonameid == town.geonameid}
                index.names[key] = tuple(i for i in index.names.get(key, ()) if i not in same)
            index.add(spelling, feature)


def _town(index: PlaceIndex, name: str, country: str) -> Feature | None:
    """The most populous settlement of the name in the country."""
    towns = [f for f in index.named(fold(name)) if f.feature_class == "P" and f.country == country
             and f.lat is not None]
    return max(towns, key=lambda f: f.population, default=None)
