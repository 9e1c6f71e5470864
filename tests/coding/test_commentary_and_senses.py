"""Commentary, opinions and verbs in another sense are no events; statuses shared across coordination."""

import pytest

from tacitus.coding.status import event_status
from tacitus.coding.triggers import find_triggers
from tests.coding.handparse import sentence
from tests.coding.helpers import code, only, parse

pytestmark = pytest.mark.slow


def _categories(text: str) -> list[str]:
    return [e.event for e in code(text)]


def test_nowhere_left_to_hide_is_no_withdrawal():
    assert "RETREAT" not in _categories("There is nowhere left to hide for the militants in Mosul.")


def test_nothing_left_of_a_town_is_no_withdrawal():
    assert "RETREAT" not in _categories("Little was left of the Syrian army's positions near Homs.")


def test_saying_a_party_should_feel_something_asks_nothing():
    assert "REQUEST" not in _categories("Officials said Germany should be concerned about the returning fighters.")


def test_saying_a_party_should_act_is_still_a_request():
    assert "REQUEST" in _categories("French officials said Germany should send more troops to Mali.")


def test_a_participle_joined_by_or_shares_the_modal_of_its_first_conjunct():
    span = parse("Captured Kurdish fighters would often be beaten or tortured by Turkish troops.")
    assert event_status(next(t for t in span if t.text == "tortured"), None, span) == "hypothetical"


def test_a_participle_after_but_keeps_its_own_status():
    events = code("Two Kenyan soldiers were not killed but wounded by al-Shabaab fighters in Lamu.")
    assert [e.status for e in events if e.trigger == "wounded"] == ["asserted"]


def test_carrying_out_an_operation_is_an_attack():
    event = only("Syrian rebels were carrying out the operation against Islamic State in Raqqa.", "ASSAULT")
    assert event.trigger == "carrying"


def test_fighting_an_attempt_is_no_attack():
    assert "ASSAULT" not in _categories("Russia has fought every UN attempt to investigate its air strikes.")


def test_what_a_party_is_likely_to_do_is_a_forecast_not_an_event():
    assert _categories("Turkish troops are likely to attack Kurdish fighters in Manbij next month.") == []


def test_what_it_is_unlikely_a_party_will_do_is_no_event():
    assert _categories("It is unlikely that Turkish troops will attack Kurdish fighters in Manbij.") == []


def test_a_perfect_participle_joined_to_a_planning_verb_is_done():
    events = code("Al-Shabaab leaders have planned and directed attacks on Kenya.")
    assert "planned" not in [e.status for e in events if e.trigger == "directed"]


def test_a_present_relative_clause_describes_with_every_conjunct():
    text = "Moscow props up a ruler who arrests and kills his own citizens."
    assert "COERCE" not in _categories(text) and "ASSAULT" not in _categories(text)


def test_what_can_be_done_has_not_happened():
    events = code("German officials say returning fighters can be arrested by the police in Berlin.")
    assert "asserted" not in [e.status for e in events if e.event == "COERCE"]


def test_defying_norms_is_no_rejection():
    assert "REJECT" not in _categories("The Syrian government has defied the norms of warfare in Idlib.")


def test_defying_a_ban_is_a_rejection():
    assert "REJECT" in _categories("Iranian protesters defied a government ban in Tehran on Friday.")


def test_what_it_is_likely_a_party_will_do_is_no_event():
    assert _categories("It is likely that Russian jets will bomb the rebels in Idlib.") == []


def test_a_statement_acts_for_its_owner():
    event = only("France's statement condemned the Syrian government for the attack.", "ACCUSE")
    assert [(a.text, a.country) for a in event.actor] == [("France", "FRA")]


def test_a_report_by_a_body_acts_for_that_body():
    event = only("A report by Amnesty International accused Russia of bombing hospitals in Idlib.", "ACCUSE")
    assert [a.text for a in event.actor] == ["Amnesty International"]


def test_a_picture_capturing_a_mood_takes_no_ground():
    text = "The footage of Turkish troops captured the mood of the Syrian rebels in Afrin."
    assert "ASSAULT" not in _categories(text) and "COERCE" not in _categories(text)


def test_a_participle_hung_on_a_modal_verb_has_not_happened():
    events = code("The dispute could lead to Turkey reaching a deal with Russia in Sochi.")
    assert "asserted" not in [e.status for e in events if e.event == "AGREE"]


def test_a_participle_beside_reported_would_keeps_its_own_status():
    events = code("Houthi officials said on Monday they would not join the talks, blaming Saudi Arabia for the fighting.")
    assert [e.status for e in events if e.event == "ACCUSE"] == ["asserted"]


@pytest.mark.parametrize("text, category", [
    ("A federal judge in Texas struck down the state's new asylum rules on Friday.", "ASSAULT"),
    ("Two Syrian doctors were struck off the medical register in Manchester.", "ASSAULT"),
    ("Two Syrian doctors were struck off the medical register in Manchester.", "PROTEST"),
    ("The Russian proposal met a cold response in Washington on Monday.", "CONSULT"),
    ("Cabinet ministers were called back from holiday for an emergency meeting on Syria.", "REQUEST"),
    ("The British foreign secretary left the Warsaw summit early, pleading urgent business in London.", "REQUEST"),
])
def test_a_verb_in_another_sense_is_no_event(text, category):
    assert category not in _categories(text)


@pytest.mark.parametrize("text, category", [
    ("Turkish jets struck Kurdish positions near Afrin on Sunday.", "ASSAULT"),
    ("Putin met Erdogan in Sochi on Tuesday.", "CONSULT"),
    ("Kurdish leaders pleaded with Washington to keep its troops in Syria.", "REQUEST"),
    ("Kurdish leaders called on Washington to keep its troops in Syria.", "REQUEST"),
])
def test_the_same_verbs_in_their_event_sense_are_events(text, category):
    assert category in _categories(text)


@pytest.mark.parametrize("text", [
    "The UN has warned of a humanitarian catastrophe in Idlib if the offensive goes ahead.",
    "Turkish officials warned of a new exodus of refugees to Europe.",
])
def test_warning_of_a_danger_threatens_no_one(text):
    assert "THREATEN" not in _categories(text)


def test_warning_of_consequences_or_against_an_attack_is_a_threat():
    assert "THREATEN" in _categories("Russia warned of consequences if Washington struck Syria.")
    assert "THREATEN" in _categories("Iran warned the United States against any attack on its territory.")


def test_what_a_party_must_do_under_a_condition_is_an_opinion_not_its_threat():
    assert _categories("If Assad wants to win the war, Idlib is where he must strike next.") == []
    assert "THREATEN" in _categories("Turkey will attack Kurdish positions if the militia does not withdraw.")


def test_hit_by_setbacks_is_no_attack():
    text = "The Syrian opposition, hit by military setbacks in Aleppo, has agreed to attend talks in Geneva."
    assert "ASSAULT" not in _categories(text)
    assert "ASSAULT" in _categories("Turkish troops were hit by a car bomb near Afrin on Sunday.")


def test_directing_an_attack_is_the_attack_not_a_disapproval():
    events = code("Al-Shabaab leaders have planned and directed attacks on Kenya from Jilib.")
    assert [e.event for e in events if e.trigger == "directed"] == ["ASSAULT"]


def test_alleging_that_a_party_did_something_accuses_it():
    event = only("Kenya alleged that Somali militants had crossed the border to attack a police post.", "ACCUSE")
    assert (event.actor[0].country, event.recipient[0].country) == ("KEN", "SOM")


def test_charging_that_something_happened_is_an_allegation():
    event = only("The opposition charged that the election had been rigged by the ruling party.", "ACCUSE")
    assert event.trigger == "charged"


def test_an_alleged_act_or_a_charge_of_a_crowd_is_no_allegation():
    assert "ACCUSE" not in _categories("The alleged attack on the convoy killed 12 people near Kandahar.")
    assert [e.trigger for e in code("Riot police charged the protesters outside parliament in Nairobi.")
            if e.event == "ACCUSE"] == []


def test_a_source_who_asked_for_anonymity_made_no_request():
    assert code("Food is running out, said a relief worker, who requested anonymity.") == []
    assert code("A diplomat, who asked for anonymity, said the envoy had left.") == []


def test_what_a_party_should_be_doing_is_an_opinion_even_with_the_modal_on_its_auxiliary():
    # the small parser hangs "should" on "be", not on the verb
    assert code("Canada should be leading condemnation of the massacre.") == []


def test_refugees_going_back_home_is_no_concession():
    assert code("Thousands of Burundian refugees returned home from Tanzania last month.") == []


@pytest.mark.parametrize("text", [
    "Kenya and Uganda share a common goal: curbing Chinese influence in Africa.",
    "Peru and Chile share one aim, weakening Bolivia's hold on the lake.",
])
def test_the_content_of_a_shared_aim_is_no_act(text):
    assert _categories(text) == []


def test_an_aim_achieved_on_a_day_is_still_the_act():
    assert "ASSAULT" in _categories("Chad achieved its aim on Monday, capturing the town.")


def test_an_act_weighed_as_an_infinitive_subject_is_not_done():
    text = "The letter says: To do anything other than provide immediate support to a Danish citizen is to abandon her."
    assert _categories(text) == []


def test_an_act_other_than_the_one_done_is_no_act():
    text = "The petition ends, adding: \u201cTo do anything other than provide urgent support to a man who is a Danish citizen, a soldier and a hero, is to betray our army.\u201d"
    assert "AID" not in _categories(text) and "SUPPORT" not in _categories(text)


def test_what_fighters_were_doing_to_a_place_one_reached_is_its_state_then():
    assert _categories("I ran until we reached a farm that Houthi fighters were occupying, and we hid in the back.") == []


def test_a_that_clause_in_the_past_progressive_is_still_told():
    text = "Opposition leaders say they were told by the foreign minister, Ali Saleh, that Oman was disengaging."
    assert "RETREAT" in _categories(text)


def test_a_limit_a_party_insists_on_is_a_stance_not_a_plan():
    events = code("The Chadian delegation refused to discuss a new constitution, insisting instead it would only discuss security.")
    assert [e.event for e in events] == ["REJECT"]


def test_what_a_party_says_it_will_do_is_still_a_plan():
    assert _categories("Nepal said it would hold talks with India next week.") != []


def test_what_a_party_would_have_done_to_others_is_an_opinion():
    assert _categories("The general said the best answer was to have the rebels arrested.") == []


def test_getting_someone_released_is_still_the_release():
    assert "CONCEDE" in _categories("The governor got the journalists released.")


def test_a_party_that_is_to_act_still_acts():
    assert "MOBILIZE" in _categories("Bolivia is to send troops to the border.")


@pytest.mark.parametrize("text", [
    "There was no way even the Taliban, a Pashtun force, was going to fight its way into northern Tajikistan.",
    "There is no way Ghana will send troops to Mali.",
])
def test_what_a_speaker_rules_out_is_no_event(text):
    assert _categories(text) == []


@pytest.mark.parametrize("text", [
    "The Red Cross warns of unprecedented suffering in a region already ravaged by drought.",
    "Aid agencies warned of starvation in the camps along the Sudanese border.",
])
def test_warning_of_a_state_of_suffering_threatens_no_one(text):
    assert "THREATEN" not in _categories(text)


def test_warning_of_retaliation_is_still_a_threat():
    assert "THREATEN" in _categories("Ghana warned of retaliation if its fishing boats were seized again.")


def test_conceding_that_something_is_so_is_an_admission_not_a_concession():
    assert "CONCEDE" not in _categories("The Chilean defence ministry has conceded that the air strikes failed.")
    assert "CONCEDE" in _categories("The Tamil rebels conceded defeat on Sunday.")


def test_a_pledge_to_use_powers_is_no_threat_of_force():
    assert _categories("The interior minister, Karl Weber, said he would use all available powers to stop "
                       "the militant's return.") == []


def test_speaking_with_an_accent_is_no_meeting():
    assert _categories("Speaking with a Lagos accent, the man tells his captors he is a teacher.") == []
    assert "CONSULT" in _categories("The Kenyan president spoke with his Ugandan counterpart on Monday.")


@pytest.mark.parametrize("text", [
    "Moscow's veto at the Security Council gave the junta a green light to crush the protests.",
    "The raid gave fresh ammunition to critics of the president.",
])
def test_what_an_event_gives_is_a_figure_of_speech(text):
    assert _categories(text) == []


def test_what_an_offensive_threatens_it_endangers_no_party_threatened():
    events = code("In the east, the Ethiopian offensive has taken Mekelle and now threatens Adigrat.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert "THREATEN" not in _categories("The crisis in Mali threatens to spill over into Niger.")
    assert "THREATEN" in _categories("The Ethiopian prime minister threatened the rebels with a new offensive.")


def test_a_participle_on_the_subject_says_who_the_subject_is():
    assert _categories("Unlike its neighbours, Norway's government maintains that citizens captured in rebel "
                       "territory in Mali and Niger have the right to return home to face trial.") == []
    assert "CONSULT" in _categories("While the militias negotiated with Kenya for a measure of safety from army "
                                    "units, those units were seizing other hamlets nearby.")


def test_what_a_person_pledged_in_a_clause_that_says_who_he_is_is_no_news():
    assert "AGREE" not in _categories("Brazil elected a president who pledged to end the country's wars with "
                                      "its neighbours.")


@pytest.mark.parametrize("text", [
    "The thinking in Nairobi is that the rebels will attack Garissa next.",
    "The likely result is that the protesters will be beaten and arrested.",
])
def test_what_a_view_or_a_likelihood_is_that_is_expected_not_done(text):
    assert _categories(text) == []


def test_what_a_result_is_that_is_still_told():
    assert "ASSAULT" in _categories("The result is that 20 soldiers were killed in the ambush.")


def test_what_a_demand_or_proposal_asks_for_has_not_happened():
    assert _categories("Mali rejected the demand that French troops leave the country.") == ["REJECT"]
    assert "CONSULT" not in _categories("Western powers could even now support the Chinese proposal that the "
                                        "inspectors visit the mine.")


def test_rallying_followers_is_no_demonstration():
    assert "PROTEST" not in _categories("Boko Haram rallied new followers in the villages last year.")
    assert "PROTEST" in _categories("Thousands rallied in Nairobi against the tax.")


@pytest.mark.parametrize("text", [
    "“Why are we paying for the war of others?,” the Chilean president asked on Twitter.",
    "Peru asked Bolivia whether the border would stay closed.",
])
def test_a_question_put_asks_for_no_act(text):
    assert "REQUEST" not in _categories(text)


def test_asking_whether_one_may_do_a_thing_asks_leave_to_do_it():
    assert "REQUEST" in _categories("Peru asked Bolivia whether it could use the port.")
    assert "REQUEST" in _categories("Peru asked Bolivia to open the border.")


def test_nowhere_left_beside_there_is_is_no_withdrawal():
    # the parse the small model gives in a long sentence: "left" hangs on "is", beside "there" and "nowhere"
    span = sentence("there/PRON/expl>1 is/AUX/ROOT/be nowhere/ADV/advmod>1 left/VERB/advcl>1/tag=VBN/leave "
                    "to/PART/aux>5 hide/VERB/xcomp>3/tag=VB ./PUNCT/punct>1")
    assert [t.token.text for t in find_triggers(span)] == []


def test_the_next_step_is_an_aim_not_an_act():
    assert _categories("The next step is holding a Somali women's summit.") == []
    assert "CONSULT" in _categories("Kenya is holding talks with Somalia.")


def test_what_a_leader_would_prefer_is_a_wish():
    span = sentence("Museveni/PROPN/nsubj>2/PERSON would/AUX/aux>2/tag=MD prefer/VERB/ROOT/tag=VB them/PRON/nsubj>4 "
                    "expelled/VERB/ccomp>2/tag=VBN/expel altogether/ADV/advmod>4 ./PUNCT/punct>2")
    assert [t.token.text for t in find_triggers(span)] == []


def test_a_state_that_accepted_refugees_took_them_in():
    events = code("Kenya has accepted close to half a million refugees from Somalia.")
    assert [(e.event, e.status) for e in events] == [("AID", "asserted")]


@pytest.mark.parametrize("text", [
    "Beijing would veto the extension of a Security Council resolution allowing relief lorries to cross into Mali.",
    "The Ottawa Convention, which banned the production of landmines, was signed in 1997.",
])
def test_what_a_resolution_or_treaty_does_is_its_provision_not_an_act(text):
    assert _categories(text) == []


def test_what_a_government_bans_is_still_its_act():
    assert "COERCE" in _categories("The Ugandan government banned opposition rallies on Monday.")


def test_a_bare_participle_after_while_is_a_state():
    span = sentence("He/PRON/nsubjpass>2 was/AUX/auxpass>2 tortured/VERB/ROOT/tag=VBN/torture while/ADP/mark>4 "
                    "imprisoned/VERB/advcl>2/tag=VBN/imprison ./PUNCT/punct>2")
    assert "imprisoned" not in [t.token.text for t in find_triggers(span)]
