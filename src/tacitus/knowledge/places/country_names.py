"""The names of countries as the registry's tables give them, folded: countries.csv's names and demonyms.csv's
terms (not the registry's actor names: its "Ohio" is an American actor)."""

from __future__ import annotations

from tacitus.datafiles import load_table, packaged
from tacitus.knowledge.normalize import fold, is_acronym
from tacitus.knowledge.registry import DEMONYMS, RegistryData


def country_names(registry: RegistryData) -> dict[str, str]:
    """Folded names, short names and demonyms ("Turkish forces" are placed in Turkey) -> ISO3: those of
    countries.csv and demonyms.csv, not the registry's actor names (its "Ohio" is an American actor)."""
    names: dict[str, str] = {}
    for key, iso3 in _country_name_pairs(registry):
        names.setdefault(key, iso3)
    return names


def shared_country_names(registry: RegistryData) -> dict[str, tuple[str, ...]]:
    """The names two countries' rows give ("Congo": the Republic's short name, the Democratic Republic's in
    news): a candidate of each, the article (else the larger) deciding."""
    found: dict[str, list[str]] = {}
    for key, iso3 in _country_name_pairs(registry):
        if iso3 not in found.setdefault(key, []):
            found[key].append(iso3)
    return {key: tuple(countries) for key, countries in found.items() if len(countries) > 1}


def _country_name_pairs(registry: RegistryData) -> list[tuple[str, str]]:
    pairs = [(fold(name), country.iso3) for country in registry.countries.values()
             for name in (country.name, *country.names)]
    pairs += [(fold(term), row["iso3"]) for row in load_table(packaged("tacitus.knowledge", "demonyms.csv"), DEMONYMS)
              for term in row["terms"] if not is_acronym(term)]
    return pairs
