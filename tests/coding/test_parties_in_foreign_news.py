"""Whose a party is in foreign news: "the regime" of the story, "it" of a singular body, the authorities of
the place, a town's given-up name."""

import pytest

from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def test_the_regime_in_a_foreign_officials_words_is_the_regime_the_story_names():
    text = ("The Assad regime has besieged the town since 2013. Russia's foreign minister met his Turkish "
            "counterpart in Moscow on Monday. \"The regime will attack Idlib,\" the Russian minister said.")
    threat = [e for e in code(text) if e.trigger == "attack"][0]
    assert countries(threat.actor) == ["SYR"]


def test_regime_forces_are_the_named_regimes():
    text = "Regime forces shelled Douma on Monday, activists said. The Syrian regime denies targeting civilians."
    assault = only(text, "ASSAULT")
    assert countries(assault.actor) == ["SYR"]


def test_the_regime_of_a_story_that_names_none_is_nobodys():
    text = "Russia's foreign minister spoke in Moscow on Monday. \"The regime will attack the town,\" he said."
    assert all(not countries(e.actor) or countries(e.actor) != ["RUS"]
               for e in code(text) if e.trigger == "attack")


def test_it_skips_a_plural_group_for_the_last_singular_body():
    text = ("Isis has lost its last stronghold in Syria. Syrian rebels took the town on Monday. It has resurfaced "
            "in Iraq, where it attacked a checkpoint on Tuesday.")
    assault = [e for e in code(text) if e.trigger == "attacked"][0]
    assert [e.entity_id for e in assault.actor] == ["org:ISIS"]


def test_the_authorities_are_those_of_the_country_the_sentence_is_set_in():
    text = ("The Foreign Office said it was helping a British man on Monday. He was on holiday in south-west "
            "Turkey when the authorities arrested him.")
    arrest = [e for e in code(text) if e.trigger == "arrested"][0]
    assert countries(arrest.actor) == ["TUR"]


def test_a_town_that_gave_up_its_name_is_not_the_country_it_was_in():
    events = code("Britain condemned the Salisbury attack on Monday.", published="2018-03-12")
    assert all("ZWE" not in countries(e.actor + e.recipient) for e in events)


def test_police_in_a_town_that_gave_up_its_name_are_of_the_town_that_bears_it_now():
    arrest = only("Police in Salisbury arrested two men on Monday.", "COERCE", published="2018-03-12")
    assert countries(arrest.actor) == ["GBR"]


def test_the_regime_of_a_story_that_names_none_is_of_where_it_acts():
    assault = only("Regime forces shelled villages in Syria on Monday.", "ASSAULT")
    assert countries(assault.actor) == ["SYR"]


def test_it_takes_the_owner_its_sentence_names_before_an_earlier_party():
    text = ("Syria was hit on Monday. The plan came early in Turkey's first campaign into Syria, when it launched "
            "an offensive against the YPG.")
    offensive = [e for e in code(text) if e.trigger == "offensive"][0]
    assert countries(offensive.actor) == ["TUR"]


def test_it_takes_a_state_named_in_its_sentence_but_not_the_place_it_acts_in():
    text = ("Iran spoke on Monday. Officials doubt the rhetoric coming from Washington that it has imposed "
            "sanctions on Iran.")
    assert countries(only(text, "SANCTION").actor) == ["USA"]
    text = "Isis lost its last town on Monday. In Syria, it has attacked checkpoints since then."
    assert [e.entity_id for e in only(text, "ASSAULT").actor] == ["org:ISIS"]


def test_an_unknown_body_named_as_subject_is_the_it_of_its_clauses():
    text = "The US spoke on Monday. The NLD softened its stance last year by saying it would no longer demand his resignation."
    assert all("USA" not in countries(e.actor) for e in code(text))


def test_it_that_introduces_a_clause_points_at_no_one():
    events = code("Russia spoke on Monday. It was also agreed that the chiefs of staff should meet soon.")
    assert all("RUS" not in countries(e.actor + e.recipient) for e in events)


def test_a_message_urging_something_is_its_authors_not_whoever_rejects_it():
    request = only("Turkey on Monday rejected a US statement urging restraint.", "REQUEST")
    assert countries(request.actor) == ["USA"]
    issued = only("Hamas issued a statement on Monday demanding that Israel withdraw.", "REQUEST")
    assert (countries(issued.actor), countries(issued.recipient)) == (["PSE"], ["ISR"])


def test_victims_of_a_named_partys_airstrikes_were_attacked_by_it():
    assault = only("Ten civilians were killed in Russian airstrikes on Idlib.", "ASSAULT")
    assert countries(assault.actor) == ["RUS"]
    assault = only("Two soldiers were killed in clashes with Hamas fighters near Gaza.", "ASSAULT")
    assert countries(assault.actor) == ["PSE"]


def test_the_town_of_a_bombing_is_no_attacker():
    assault = only("Ten people were killed in the bombing of Raqqa.", "ASSAULT")
    assert countries(assault.actor) == []


def test_forces_loyal_to_a_leader_are_his_countrys():
    assault = only("Forces loyal to Khalifa Haftar attacked Tripoli on Monday.", "ASSAULT")
    assert countries(assault.actor) == ["LBY"]
    killed = only("Ten civilians were killed in airstrikes by forces loyal to Bashar al-Assad.", "ASSAULT")
    assert countries(killed.actor) == ["SYR"]


def test_a_measure_undone_in_the_passive_is_no_party_but_its_target_is():
    lifted = only("US sanctions were lifted on several Turkish citizens on Monday.", "CONCEDE")
    assert (countries(lifted.actor), countries(lifted.recipient)) == (["USA"], ["TUR"])


def test_a_spokesperson_for_a_body_speaks_for_its_country():
    accuse = only("A spokesman for the Syrian Democratic Forces accused Turkey of shelling Afrin.", "ACCUSE")
    assert countries(accuse.actor) == ["SYR"]


def test_a_stranger_is_not_of_the_country_he_was_killed_in_but_of_one_named_otherwise():
    killed = only("Al-Awlaki was killed in a drone strike in Marib eight years ago.", "ASSAULT")
    assert countries(killed.recipient) == []
    resigned = only("Lt. Gen. Prosper Avril resigned to allow Haiti's first free elections.", "RETREAT")
    assert countries(resigned.actor) == ["HTI"]


def test_an_envoys_nationality_does_not_place_whoever_expels_him():
    expulsion = only("The junta ordered the Italian ambassador to leave the country.", "SANCTION")
    assert [r.country for r in expulsion.recipient] == ["ITA"]
    assert [a.country for a in expulsion.actor] == [None]


def test_foreign_fighters_or_western_hostages_are_of_no_country_the_sentence_names():
    detention = only("Kurdish police in Hasakah detained twelve foreign fighters.", "COERCE")
    assert [r.country for r in detention.recipient] == [None]
    ministers = only("The foreign ministers of Chile and Peru met in Lima.", "CONSULT")
    assert "PER" in {a.country for a in ministers.actor}


def test_a_nationality_in_apposition_says_whose_the_victim_is_not_the_place():
    event = only("Her father, a Canadian citizen, was detained in Tehran.", "COERCE")
    assert [(r.text, r.country) for r in event.recipient] == [("Her father", "CAN")]


def test_a_person_the_registry_cannot_read_is_kept_by_the_nationality_in_apposition():
    event = only("Police arrested the driver, a Ghanaian national, in Abidjan.", "COERCE")
    assert [(r.text, r.country) for r in event.recipient] == [("the driver", "GHA")]


def test_whom_a_states_strike_hit_is_not_of_that_state():
    strike = only("A French drone strike killed four fighters on Thursday.", "ASSAULT")
    assert [a.country for a in strike.actor] == ["FRA"]
    assert [r.country for r in strike.recipient] == [None]


def test_whom_a_states_jets_hit_at_home_are_of_that_state():
    strike = only("Nigerian jets killed 20 fighters in Borno on Thursday.", "ASSAULT")
    assert [r.country for r in strike.recipient] == ["NGA"]
