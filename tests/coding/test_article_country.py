"""Unnamed parties placed by what the article says: the country its sentence names, or the one the article is
about. The articles are ours."""

import pytest

from tacitus.coding.extract import extract
from tests.coding.helpers import countries, only

pytestmark = pytest.mark.slow

SYRIAN_STORY = ("Syrian government forces shelled the town of Saraqib in Idlib province on Sunday. "
                "Residents of Idlib said the Syrian army had cut the road to Aleppo. "
                "Turkey called for a ceasefire in Syria. "
                "Hospitals were bombed on Monday, doctors said.")


def test_victims_in_a_sentence_naming_no_country_are_of_the_country_the_article_is_about():
    bombed = [e for e in extract(SYRIAN_STORY, published="2020-02-04") if e.trigger == "bombed"]
    assert [(r.country, r.sector) for r in bombed[0].recipient] == [("SYR", "HLH")]


def test_a_lone_sentence_tells_no_country_of_its_victims():
    bombed = only("Hospitals were bombed on Monday, doctors said.", "ASSAULT")
    assert countries(bombed.recipient) == []


def test_a_stranger_named_takes_no_country_from_the_story():
    text = SYRIAN_STORY + " Kamal Dervish was arrested on Tuesday."
    arrest = [e for e in extract(text, published="2020-02-04") if e.trigger == "arrested"][0]
    assert countries(arrest.recipient) == []


def test_an_article_about_two_countries_alike_is_about_neither():
    text = ("Iraqi and Syrian officials met in Baghdad. Iraq and Syria agreed to reopen the border. "
            "Hospitals were bombed on Monday, doctors said.")
    bombed = [e for e in extract(text, published="2020-02-04") if e.trigger == "bombed"]
    assert countries(bombed[0].recipient) == []


def test_a_town_the_registry_does_not_know_places_its_sentence_in_its_country():
    # Afrin is in no actor list, but the gazetteer puts it in Syria: the rebels fight there
    attack = only("Turkish-backed rebels attacked Kurdish forces near Afrin on Monday.", "ASSAULT")
    assert [(a.country, a.backers) for a in attack.actor] == [("SYR", ["TUR"])]
    assert countries(attack.recipient) == ["SYR"]


def _coded_with_dateline(text: str, dateline: str | None):
    from tacitus.coding.extract import DocumentInput, extract_documents

    return next(extract_documents([DocumentInput("d-wire", text, "2021-03-02", dateline_place=dateline)]))[1]


WIRE_STORY = ("Police fired tear gas at hundreds of teachers on Monday as they marched on the education ministry. "
              "The union demanded the reinstatement of dismissed staff.")


def test_the_dateline_places_the_parties_of_a_story_that_names_no_country():
    fired = _coded_with_dateline(WIRE_STORY, "Kampala")
    assert [(a.country, a.sector) for a in fired[0].actor] == [("UGA", "COP")]
    assert countries(_coded_with_dateline(WIRE_STORY, None)[0].actor) == []


def test_a_dateline_abroad_does_not_place_a_story_about_another_country():
    story = ("Ukrainian troops repelled an assault near Bakhmut on Monday, Ukraine's army said. "
             "Ukraine asked its allies for more shells. Police detained two men.")
    detained = [e for e in _coded_with_dateline(story, "Washington") if e.trigger == "detained"]
    assert "USA" not in countries(detained[0].actor)
