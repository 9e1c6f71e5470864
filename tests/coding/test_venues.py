"""An event at "the summit" is where the story put the summit before (sentences we wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger, town", [
    ("Nato leaders meet in Brussels on Thursday for a summit overshadowed by a row over spending. At the summit, "
     "Trump is expected to demand that Germany spend more on its army.", "demand", "Brussels"),
    ("The summit opens in Sochi on Wednesday. Putin will host the Turkish and Iranian presidents at the talks.",
     "host", "Sochi"),
    ("Foreign ministers from 60 countries gather in Warsaw on Wednesday. At the conference, the US will urge its "
     "allies to abandon the nuclear deal with Iran.", "urge", "Warsaw"),
])
def test_an_event_at_the_meeting_is_where_the_story_said_the_meeting_was_held(text, trigger, town):
    event = next(e for e in code(text) if e.trigger == trigger)
    assert event.event_loc is not None and event.event_loc.name == town


def test_a_meeting_its_name_places_is_not_the_one_told_before():
    events = code("Diplomats met in Vienna on Monday. Russia, Turkey and Iran are sponsoring the Sochi talks next "
                  "week.")
    assert all(e.event_loc is None or e.event_loc.name != "Vienna" for e in events if e.sentence_index == 1)


def test_an_event_of_another_matter_after_a_summit_is_not_placed_at_it():
    events = code("The summit opens in Warsaw on Wednesday. Last month the US imposed new sanctions on Iranian oil.")
    assert [e.event_loc for e in events if e.event == "SANCTION"] == [None]


@pytest.mark.parametrize("text, where", [
    ("Donors will attend a Yemen recovery conference in Stockholm next month.", "Stockholm"),
    ("The EU will hold a conference on Yemen on 24 April.", None),
    ("Diplomats held talks on a ceasefire in Geneva on Monday.", "Geneva"),
])
def test_a_country_a_meeting_is_named_after_or_held_on_is_what_it_is_about(text, where):
    event = next(e for e in code(text) if e.event == "CONSULT")
    assert (event.event_loc.name if event.event_loc else None) == where
