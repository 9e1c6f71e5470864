"""The currency an article's sums are written in is a weak cue of the paper's country, for a local story that
names no state or country."""

import pytest


@pytest.mark.parametrize("name, story, country", [
    ("Gloucester", "Gloucester aldermen approved a $1.2 million contract for new snowplows on Monday. The Gloucester "
                   "public works chief said the trucks would arrive by November.", "USA"),
    ("Boston", "BOSTON - The Boston borough council agreed a £2.4m plan on Tuesday to rebuild the market hall. "
               "Councillors said the work would start in June.", "GBR"),
    ("Peterborough", "Peterborough councillors voted to spend C$3 million on the arena roof, the mayor said on Monday.",
     "CAN")])
def test_a_local_storys_currency_places_its_town(gazetteer, name, story, country):
    assert gazetteer.resolve(name, context=story).country == country


def test_a_currency_does_not_outweigh_a_country_the_story_names(gazetteer):
    story = "Exporters in Perth, Western Australia, said iron ore fetched $120 a tonne on Monday."
    assert gazetteer.resolve("Perth", context=story).country == "AUS"
