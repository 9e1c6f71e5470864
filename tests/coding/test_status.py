import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, category, status", [
    ("Putin will visit Ankara next week.", "CONSULT", "planned"),
    ("Putin and Erdogan are scheduled to meet in Sochi.", "CONSULT", "planned"),
    ("Turkey could attack Kurdish positions in Syria.", "ASSAULT", "hypothetical"),
    ("Syrian forces reportedly shelled Idlib on Tuesday.", "ASSAULT", "reported"),
    ("The Syrian army claims it captured the town of Saraqib.", "ASSAULT", "reported"),
    ("Turkey did not attack Kurdish forces on Tuesday.", "ASSAULT", "negated"),
    ("Iran pledged to release the British tanker.", "CONCEDE", "intended"),
])
def test_status_of_the_event(text, category, status):
    assert only(text, category).status == status


def test_a_headline_infinitive_is_planned():
    assert only("Turkey to send troops to Libya", "MOBILIZE").status == "planned"


def test_refusing_is_a_rejection_not_a_negation():
    event = only("Hifter refused to sign the ceasefire agreement in Moscow on Tuesday.", "REJECT")
    assert event.status == "asserted" and event.event_loc.name == "Moscow"


def test_a_vowed_attack_is_a_threat_that_happened():
    event = only("Iran vowed to strike American bases in Iraq.", "THREATEN")
    assert event.status == "asserted" and event.mode == "force"


def test_a_vow_of_revenge_is_a_threat_made():
    event = only("Iran's supreme leader vowed revenge against the United States.", "THREATEN")
    assert event.status == "asserted" and [e.country for e in event.recipient] == ["USA"]


def test_pledged_aid_is_intended_aid():
    event = only("Japan pledged $500 million in aid to Ukraine.", "AID")
    assert (event.status, event.mode, [e.country for e in event.recipient]) == ("intended", "economic", ["UKR"])


@pytest.mark.parametrize("text, category, status", [
    ("The ceasefire plan would see Armenia withdraw its troops from the district.", "RETREAT", "hypothetical"),
    ("France proposed that the African Union send peacekeepers to Mali.", "MOBILIZE", "hypothetical"),
    ("The US helped Iraqi forces retake Mosul.", "ASSAULT", "asserted"),
])
def test_a_bare_infinitive_or_subjunctive_takes_the_status_of_the_verb_it_completes(text, category, status):
    assert only(text, category).status == status


def test_violence_named_as_the_condition_is_no_threat():
    assert only("He would have no objection if France were to seize control of Dover.", "ASSAULT").status \
        == "hypothetical"
    assert only("Turkey will attack Kurdish positions if the militia does not withdraw.", "THREATEN")


def test_a_condition_naming_no_party_is_no_event():
    events = code("Ankara said it would strike Kurdish militias in northern Syria if attacks continued.")
    assert [(e.event, e.trigger) for e in events] == [("THREATEN", "strike")]


def test_a_present_tense_clause_of_time_under_a_future_verb_is_yet_to_come():
    event = only("Nobody knows what will happen when Russian troops leave the region in a few months.", "RETREAT")
    assert event.status == "planned" and event.date is None
    assert only("The talks will begin after Armenia withdraws its troops from the border.", "RETREAT").status == "planned"


def test_a_clause_of_time_in_the_past_is_asserted():
    event = only("The talks began after Armenia withdrew its troops from the border.", "RETREAT")
    assert event.status == "asserted"


def test_a_participle_beside_a_future_verb_is_yet_to_come():
    events = code("The ministry will deny any role, blaming Georgian officials for the leak.")
    assert [e.status for e in events if e.event == "ACCUSE"] == ["planned"]
