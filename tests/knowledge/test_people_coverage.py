"""The office holders cover what the registry promises: the G20 and the states of today's conflicts, 1990 on."""

import datetime as dt

import pytest

from tacitus.knowledge import load_registry

G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA")
CONFLICTS = ("SYR", "LBY", "IRQ", "YEM", "UKR", "MLI", "BFA", "NER", "TCD", "AFG", "ISR", "PSE", "IRN", "LBN",
             "SDN", "SOM")
# Canada's and Australia's head of state is the British monarch (under GBR); Somalia had no government
# from 1991 to 2000; Brazil had no defence ministry before 1999; Libya had no defence minister under Gaddafi.
NO_OFFICE = {("AUS", "head_of_state"), ("CAN", "head_of_state")}
SINCE, TODAY = dt.date(1990, 1, 1), dt.date(2026, 11, 25)


def share_covered(country: str, office: str) -> float:
    """The share of days since 1990 on which someone is known to hold the office."""
    spans = sorted((max(t.start, SINCE), min(t.end or TODAY, TODAY))
                   for person in load_registry().data.people.values() for t in person.terms
                   if t.country == country and t.office == office)
    days, reach = 0, SINCE
    for start, end in spans:
        if end > reach:
            days += (end - max(start, reach)).days
            reach = end
    return days / (TODAY - SINCE).days


@pytest.mark.parametrize("country", sorted(set(G20 + CONFLICTS)))
def test_heads_of_state_and_foreign_ministers_are_known_since_1990(country):
    if (country, "head_of_state") not in NO_OFFICE:
        assert share_covered(country, "head_of_state") >= 0.85
    assert share_covered(country, "foreign_minister") >= (0.5 if country == "SOM" else 0.75)


@pytest.mark.parametrize("country", G20)
def test_g20_defence_ministers_are_known_since_1990(country):
    assert share_covered(country, "defence_minister") >= (0.7 if country == "BRA" else 0.9)


def test_the_spokespeople_of_the_big_powers_are_known_for_the_last_decade():
    for country in ("USA", "RUS", "CHN", "TUR", "IRN"):
        assert share_covered(country, "spokesperson") >= 0.45, country


def un_members() -> list[str]:
    import csv
    from pathlib import Path

    import country_converter

    table = Path(country_converter.__file__).with_name("country_data.tsv")
    with table.open(encoding="utf-8") as handle:
        return sorted(row["ISO3"] for row in csv.DictReader(handle, delimiter="\t") if row["UNmember"].strip())


def test_every_un_member_but_san_marino_has_a_known_head_since_2015():
    # San Marino's two captains regent change every six months: no one of them is its leader in the news
    since = dt.date(2015, 1, 1)
    known = {t.country for person in load_registry().data.people.values() for t in person.terms
             if t.office in ("head_of_state", "head_of_government") and (t.end is None or t.end >= since)
             and t.start <= TODAY}
    assert set(un_members()) - known == {"SMR"}
