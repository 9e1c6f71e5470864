"""Verbs in the senses news mostly gives them: idioms and states are no events (data/cameo_narrowed.tsv and the
conditions of data/lexicon.tsv), the narrowed readings still code what they should."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _categories(text: str) -> list[str]:
    return [e.event for e in code(text)]


def test_counting_on_help_requests_nothing():
    assert "REQUEST" not in _categories("The Chadian rebels counted on help from Sudan.")


def test_giving_up_a_habit_concedes_nothing():
    assert "CONCEDE" not in _categories("The Peruvian minister has given up smoking.")


def test_giving_up_weapons_is_still_an_event():
    assert {"CONCEDE", "RETREAT"} & set(_categories("The militia gave up its weapons to Ugandan troops."))


def test_a_need_or_a_wish_is_no_request():
    assert "REQUEST" not in _categories("The Malian army needs more helicopters from France.")
    assert "REQUEST" not in _categories("Bolivia wants support from Brazil.")


def test_going_to_see_someone_is_no_visit_by_itself():
    assert "CONSULT" not in _categories("The Chilean envoy went further in his criticism of Peru.")


def test_a_message_sent_is_no_meeting():
    assert "CONSULT" not in _categories("Venezuela has sent a message that will worry its neighbours.")


def test_being_involved_in_a_struggle_is_a_standing():
    assert "ASSAULT" not in _categories("The rebel group has been involved in an armed struggle against Mali.")


def test_strained_relations_are_no_sanction():
    assert "SANCTION" not in _categories(
        "Chilean-Peruvian relations have already been strained over Chilean aid to the rebels.")


def test_holding_an_election_concedes_nothing():
    assert "CONCEDE" not in _categories("Malawi held a general election in May.")


def test_being_elected_is_no_cooperation():
    assert "COOPERATE" not in _categories("Kenya's foreign minister was elected as the new head of the regional bloc.")


def test_leaflets_dropped_by_jets_attack_no_one():
    assert "ASSAULT" not in _categories("Kenyan military jets dropped leaflets over Kismayo on Friday.")


def test_a_move_sanctioned_by_a_state_is_its_approval():
    assert "SANCTION" not in _categories("The raid was quietly sanctioned by Moscow.")
    assert "SANCTION" in _categories("The EU sanctioned three Russian firms on Monday.")


def test_caught_on_video_is_no_capture():
    assert not {"COERCE", "ASSAULT"} & set(_categories("A Peruvian soldier was captured on video insulting protesters."))
    assert "COERCE" in _categories("Chilean troops captured 12 rebel fighters near the border.")


def test_receiving_briefings_is_no_meeting():
    assert "CONSULT" not in _categories("The Colombian opposition leader is receiving security briefings today.")


def test_driving_fighters_out_is_no_retreat_of_the_one_who_drives_them():
    events = code("Government troops ousted the rebel fighters from the hill villages.", "2016-05-02")
    # (driving armed men out in battle attacks them: ASSAULT, not the deportation of people)
    assert [e.event for e in events] == ["ASSAULT"]


def test_removing_ones_own_fighters_is_still_a_retreat():
    events = code("The militia removed its fighters from the front line.", "2016-05-02")
    assert [e.event for e in events] == ["RETREAT"]


@pytest.mark.parametrize("text", ["The generals ousted the president.", "The prime minister was ousted from power."])
def test_ousting_a_leader_is_no_deportation(text):
    assert "COERCE" not in [e.event for e in code(text, "2016-05-02")]


def test_a_state_that_recalls_its_envoy_in_protest_stages_no_demonstration():
    events = code("Ankara recalled its ambassador from Vienna in protest.", "2016-05-02")
    assert [e.event for e in events] == ["SANCTION"]


def test_a_missile_test_fired_into_a_sea_is_a_show_of_force_not_an_attack():
    events = code("Pyongyang test-fired a short-range missile into the sea off its east coast.", "2016-05-02")
    assert [e.event for e in events] == ["MOBILIZE"]
