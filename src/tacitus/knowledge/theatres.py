"""Where armed groups fight: the countries a group that crosses borders is of, by the place of what it does."""

from __future__ import annotations

from functools import lru_cache

from tacitus.datafiles import Column, listed, load_table, packaged

THEATRES = (Column("id"), Column("countries", listed))


@lru_cache(maxsize=1)
def _theatres() -> dict[str, frozenset[str]]:
    return {"org:" + row["id"]: frozenset(row["countries"])
            for row in load_table(packaged("tacitus.knowledge", "theatres.csv"), THEATRES)}


def fights_in(entity_id: str | None, country: str) -> bool:
    """Whether the group ``entity_id`` names is one that fights in ``country`` though its home is elsewhere."""
    return entity_id is not None and country in _theatres().get(entity_id, frozenset())
