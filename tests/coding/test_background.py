"""Questions, habits, tallies and forecasts in analysis prose tell no event of the story; news beside them does."""

import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow

LEDE = "Kenyan police arrested 30 protesters in Nairobi on Monday. "


def _categories(text: str) -> list[str]:
    return [e.event for e in code(text)]


def test_what_may_happen_when_troops_leave_is_a_question():
    assert "RETREAT" not in _categories("It is not clear what will happen when Belgian troops leave the region.")


def test_what_two_leaders_agreed_is_a_question():
    assert "AGREE" not in _categories("Nobody knows what the Chadian and Sudanese leaders agreed in Khartoum.")


def test_whom_a_party_will_strike_is_a_question():
    assert "ASSAULT" not in _categories("It remains unclear who the Sudanese army will target next.")


def test_asking_why_a_party_acted_takes_the_act_as_told():
    assert "ASSAULT" in _categories("Diplomats wondered why Chadian troops attacked the Sudanese village.")


def test_whether_a_party_will_agree_is_a_question():
    assert "AGREE" not in _categories("It is unclear whether Nepal will agree to the Indian proposal.")


def test_a_habit_in_the_present_is_background():
    assert "AID" not in _categories("Chile routinely supplies arms to its neighbours.")


def test_a_repeated_threat_in_the_perfect_is_news():
    assert "THREATEN" in _categories("The Kenyan president has repeatedly threatened an incursion into Somalia.")


def test_the_same_act_on_a_day_is_news():
    assert "AID" in _categories("Chile supplied arms to Bolivia on Monday.")


def test_a_wars_toll_since_it_began_is_background():
    assert "ASSAULT" not in _categories("More than 5,000 people have been killed since the conflict in Chad began.")


def test_strikes_counted_since_a_year_are_background():
    assert "ASSAULT" not in _categories("Since 2016 the Kenyan air force has bombed Somalia hundreds of times.")


def test_strikes_since_a_weekday_are_news():
    assert "ASSAULT" in _categories("Kenyan jets have bombed Somali villages since Monday.")


def test_doubt_that_a_party_will_attack_is_no_event():
    categories = _categories("Diplomats are sceptical that Chile will attack Peru.")
    assert "ASSAULT" not in categories and "THREATEN" not in categories


@pytest.mark.parametrize("text", [
    "Peru will probably send more troops to the border.",
    "The Bolivian regime will continue to bomb the province.",
    "Analysts say Ankara will eventually launch an offensive against the rebels.",
    "The Ethiopian army will remain determined to retake the town.",
])
def test_a_forecast_is_no_event(text):
    assert not [e for e in code(text) if e.event in ("MOBILIZE", "ASSAULT", "THREATEN")]


@pytest.mark.parametrize("text, category", [
    ("Peru will send more troops to the border, its defence minister said.", "MOBILIZE"),
    ("Talks between Chile and Peru will continue on Tuesday.", "CONSULT"),
    ("The Nigerian president is expected to visit Ghana on Friday.", "CONSULT"),
])
def test_an_announced_or_scheduled_plan_is_still_news(text, category):
    assert category in _categories(text)


def test_an_act_in_the_general_present_past_the_lede_is_background():
    events = code("Bolivian police detained 40 students on Monday. The regime puts its critics in prison.")
    assert [e.trigger for e in events if e.event == "COERCE"] == ["detained"]


def test_a_lede_in_the_present_is_news():
    assert "ASSAULT" in _categories("Kenyan jets strike Somali villages near the border.")


def test_a_statement_in_the_present_is_still_made():
    events = code("Kenyan jets struck Somali villages on Monday. Nairobi denies the charge.")
    assert "REJECT" in [e.event for e in events]


def test_an_act_in_the_present_on_a_named_day_is_news():
    events = code("Bolivian police detained 40 students on Monday. Chile sends troops to Peru on Friday.")
    assert "MOBILIZE" in [e.event for e in events]


def test_an_act_reported_in_the_present_is_news():
    events = code("Bolivian police detained 40 students on Monday. "
                  "Chile and Peru reportedly deploy troops along the border.")
    assert "MOBILIZE" in [e.event for e in events]


def test_a_state_that_has_lasted_for_years_is_background():
    assert "ASSAULT" not in _categories("Chadian troops have occupied the northern towns for almost ten years.")
    assert "THREATEN" not in _categories("Peru has threatened Chile for years.")


def test_a_siege_for_weeks_is_news():
    assert "ASSAULT" in _categories("The Chadian army has besieged the town for three weeks.")


def test_a_prison_term_of_years_is_the_sentence_itself():
    assert "COERCE" in _categories("A Chilean activist has been jailed for eight years in Peru after a trial.")


def test_a_dated_act_beside_a_long_campaign_is_news():
    events = code("Kenya has for years been threatening the militants, and in 2019 invaded the border region.")
    assert "ASSAULT" in [e.event for e in events]


def test_readiness_asked_about_in_a_whether_clause_is_no_intention():
    assert code("The militia has not said whether it is willing to hand over its weapons.") == []
    assert [e.status for e in code("The militia said it is willing to hand over its weapons.")] == ["intended"]


def test_people_described_by_how_they_died_fighting_are_no_event_of_the_story():
    assert [e.event for e in code("The families of two Danish men killed fighting the Taliban in Afghanistan have "
                                  "condemned the report.")] == ["ACCUSE"]
    assert code("Other Danes killed fighting the Taliban last year include a nurse from Aarhus.") == []
    assert code("Two Canadian men killed fighting the Taliban were buried in Toronto on Friday.") == []


def test_the_fighting_someone_died_in_is_how_they_died_not_an_act_of_the_story():
    assert code("A Danish nurse died while fighting alongside Kurdish forces in Iraq.") == []


def test_a_death_in_the_fighting_told_as_the_news_is_still_an_attack():
    killed = [e for e in code("A Danish volunteer was killed fighting the Taliban in Helmand on Sunday.")]
    assert [(e.event, e.trigger) for e in killed] == [("ASSAULT", "killed")]


def test_what_a_party_is_always_doing_is_its_character_not_an_act():
    assert "REQUEST" not in _categories("Jack Brown, a British volunteer, joined the unit in May. He was always "
                                        "asking his commanders for advice.")
    assert code("Moscow is forever threatening its neighbours.") == []
    assert code("The mayor was constantly demanding more money from the government.") == []



def test_a_toll_counted_over_a_whole_war_is_background():
    assert "ASSAULT" not in _categories("Some 300,000 Yemenis have been killed in the seven-year war.")
    assert "ASSAULT" not in _categories("The Saudi-led coalition has carried out more than 20,000 air strikes during "
                                        "the conflict.")
    # (one episode of it is news)
    assert "ASSAULT" in _categories("Four Chadian soldiers have been killed in the Lake Chad offensive.")


def test_a_toll_counted_over_the_past_years_is_background():
    assert "ASSAULT" not in _categories("Boko Haram has abducted more than 1,000 children over the past five years.")
    # (but not a toll of the last days, nor named people, nor what a superlative counts over)
    assert "ASSAULT" in _categories("Sudanese jets have bombed the town of Kauda in the past two days.")
    assert "ASSAULT" in _categories("Adil Rahman and Yusuf Ali, both from Luton, have been killed in drone strikes "
                                    "over the last two years.")
    assert "COERCE" in _categories("Hundreds of students have been arrested in the largest protests in Tehran in "
                                   "recent years, in a week of unrest.")


def test_a_stance_held_long_is_background():
    assert "ACCUSE" not in _categories("Kigali has long accused Kinshasa of sheltering the rebels.")
    assert "REJECT" not in _categories("Beijing had long opposed any UN role in the dispute.")
    assert "ACCUSE" in _categories("Kigali on Tuesday accused Kinshasa of sheltering the rebels.")


def test_when_a_strike_will_come_left_unsaid_is_a_question():
    assert _categories("The Kenyan president never said when a strike on Somalia would take place.") == []
    assert "THREATEN" not in _categories("The ministry did not say where the troops would be deployed.")
    # (what was done stays told)
    assert "ASSAULT" in _categories("The ministry did not say when the Chadian army attacked the village.")


def test_a_count_of_acts_in_the_perfect_is_a_record_over_the_years():
    assert "REJECT" not in _categories("China has vetoed resolutions on Myanmar eight times.")
    assert "ASSAULT" not in _categories("The junta has used barrel bombs more than 50 times in breach of the truce.")
    assert "ASSAULT" not in _categories("The junta, backed by Beijing, has used barrel bombs more than 50 times in "
                                        "breach of pledges made in 2015.")
    # (one bounded by a day or a week is news)
    assert "ASSAULT" in _categories("Israeli jets have struck the airport three times this week.")


def test_fighting_a_war_of_many_years_describes_the_war():
    assert not code("The government has been fighting a decades-long insurgency in the south.")
    assert not code("The two states are fighting a four-year war that has ruined the region.")
    assert only("Rebels fought government troops on the outskirts of Bangui on Sunday.", "ASSAULT")



def test_a_deed_refused_in_the_general_present_is_a_standing_stance():
    events = code("Kenyan jets struck Somali villages on Monday. Once again, the donor states refuse to intervene. "
                  "Most European governments balk at taking the detainees back. Nairobi refuses to extradite the "
                  "two suspects.")
    assert [e.event for e in events] == ["ASSAULT"]
    # (a refusal someone reports is told)
    events = code("Kenyan jets struck Somali villages on Monday. Nairobi refuses to extradite the two suspects, "
                  "officials said on Tuesday.")
    assert "REJECT" in [e.event for e in events]


@pytest.mark.parametrize("text", [
    "The junta keeps jailing its critics without trial.",
    "The army continues to shell villages in the north without facing any consequences.",
    "\u201cThe regime keeps using barrel bombs that are banned everywhere,\u201d the group said.",
])
def test_an_act_said_to_go_on_in_the_general_present_is_background(text):
    assert [e.trigger for e in code(LEDE + text)] == ["arrested"]


@pytest.mark.parametrize("text", [
    "Ethiopia is increasingly building closer ties with Beijing.",
    "Riyadh is increasingly arming the tribes in the south.",
])
def test_a_drift_told_in_the_progressive_is_a_trend_not_a_deed(text):
    assert [e.trigger for e in code(LEDE + text)] == ["arrested"]


def test_a_tally_of_a_shared_perfect_counts_its_deaths_over_the_years():
    text = ("Militants loyal to the group have carried out or inspired more than 90 bombings in 14 countries "
            "other than Mali and Niger since 2015, killing at least 1,200 people.")
    assert "ASSAULT" not in _categories(text)
