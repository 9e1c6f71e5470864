"""The offline gazetteer: place names to GeoNames features (countries, subdivisions, cities, regions).

The work is done in ``tacitus.knowledge.places`` (data, index, article context, choice); this module keeps
the coder's interface: ``load_gazetteer().resolve(name, context=..., focus=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Collection, Sequence

from tacitus.config import Settings
from tacitus.knowledge.places.index import PlaceIndex, load_index, sources_checksum
from tacitus.knowledge.places.names import GENERIC_WORDS
from tacitus.knowledge.places.resolver import Explained, PlaceResolver
from tacitus.knowledge.registry import cached_registry_data, data_rows, registry_sources
from tacitus.records import Place

__all__ = ["GENERIC_WORDS", "Gazetteer", "load_gazetteer", "read_regions_csv"]


@dataclass
class Gazetteer:
    index: PlaceIndex
    _resolver: PlaceResolver = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._resolver = PlaceResolver(self.index)

    def resolve(self, name: str, *, context: str | None = None, focus: Sequence[str] = (),
                source_place: str | None = None, start: int | None = None) -> Place | None:
        return self.candidates(name, context=context, focus=focus, source_place=source_place, start=start).place

    def resolve_in(self, name: str, countries: Sequence[str], named: Collection[str] = ()) -> Place | None:
        """A name as the coder reads an event's place or a party's town, in a story about ``countries`` (its
        dateline's, the countries it names, its parties'): a small town abroad yields to a namesake in one of
        them, else is no place where the story names a country by its name (``named``;
        ``PlaceResolver.in_story``). Without countries, ``resolve``."""
        return self._resolver.in_story(name, countries, named).place if countries else self.resolve(name)

    def explain(self, name: str, *, context: str | None = None,
                focus: Sequence[str] = ()) -> tuple[Place | None, str]:
        explained = self._resolver.explain(name, context=context, focus=focus)
        return explained.place, explained.reason

    def candidates(self, name: str, *, context: str | None = None, focus: Sequence[str] = (),
                   source_place: str | None = None, start: int | None = None) -> Explained:
        """The choice with every candidate, its score and why (``resolve place --explain``).

        ``source_place``: where the publication is ("Alexandria, La.", "Fort Worth, Texas"), when the reader
        knows it: a local paper's "Alexandria" is its own town. It is read as a dateline before the article,
        so it counts as the article naming that place, its state and its country. ``start``: the mention's
        offset in ``context``, when known."""
        article = with_source_place(context, source_place)
        at = None if start is None else start + len(article or "") - len(context or "")
        return self._resolver.explain(name, context=article, focus=focus, at=at)

    def countries_in(self, context: str | None, *, by_name: bool = False) -> set[str]:
        """The countries an article names: a coder computes this once per article and passes it as focus;
        ``by_name``: by their names (or acronyms), not by their peoples' words."""
        return self._resolver.countries_in(context, by_name=by_name)


def with_source_place(context: str | None, source_place: str | None) -> str | None:
    """The article with the publication's place before it, as a dateline ("Alexandria, La. —")."""
    where = (source_place or "").strip()[:200]
    if not where:
        return context
    return f"{where} — {context or ''}"


def _sources_checksum(actors_file: str | None = None) -> str:
    return sources_checksum(registry_sources(actors_file))


@lru_cache(maxsize=2)
def _cached_gazetteer(cache_dir: str, actors_file: str | None) -> Gazetteer:
    return Gazetteer(index=load_index(cache_dir, lambda: cached_registry_data(actors_file),
                                      registry_sources(actors_file)))


def load_gazetteer(settings: Settings | None = None) -> Gazetteer:
    settings = settings or Settings()
    return _cached_gazetteer(settings.cache_dir, settings.actors_file)


def read_regions_csv() -> list[dict[str, str]]:
    from importlib import resources

    with resources.files("tacitus.knowledge").joinpath("data", "regions.csv").open(encoding="utf-8") as handle:
        return [row for _, row in data_rows(handle, "regions.csv")]
