import pytest

from tacitus.coding.status import event_status
from tests.coding.helpers import code, only, parse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, category, status", [
    ("Putin will visit Ankara next week.", "CONSULT", "planned"),
    ("Putin and Erdogan are scheduled to meet in Sochi.", "CONSULT", "planned"),
    ("Turkey could attack Kurdish positions in Syria next week, officials said.", "ASSAULT", "hypothetical"),
    ("Syrian forces reportedly shelled Idlib on Tuesday.", "ASSAULT", "reported"),
    ("The Syrian army claims it captured the town of Saraqib.", "ASSAULT", "reported"),
    ("Turkey did not attack Kurdish forces on Tuesday.", "ASSAULT", "negated"),
    ("Iran pledged to release the British tanker.", "CONCEDE", "intended"),
    ("The Canadian prime minister decided to pull his soldiers out of Mali.", "RETREAT", "planned"),
    ("The Canadian prime minister announced he was withdrawing his soldiers from Mali.", "RETREAT", "intended"),
    ("The Chilean government confirmed it is sending a team of doctors to Haiti.", "AID", "intended"),
    ("The Peruvian army announced it was shelling rebel camps near the border.", "ASSAULT", "asserted"),
    ("The Dutch parliament voted to withdraw the country's troops from Uruzgan.", "RETREAT", "planned"),
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


def _status_of(text: str, word: str) -> str:
    span = parse(text)
    return event_status(next(t for t in span if t.text == word), None, span)


@pytest.mark.parametrize("text, word, status", [
    ("The ceasefire plan would see Armenia withdraw its troops from the district.", "withdraw", "hypothetical"),
    ("France proposed that the African Union send peacekeepers to Mali.", "send", "hypothetical"),
    ("The US helped Iraqi forces retake Mosul.", "retake", "asserted"),
])
def test_a_bare_infinitive_or_subjunctive_takes_the_status_of_the_verb_it_completes(text, word, status):
    assert _status_of(text, word) == status


def test_what_was_proposed_is_no_event_of_its_own():
    assert "MOBILIZE" not in [e.event for e in code("France proposed that the African Union send peacekeepers to Mali.")]


@pytest.mark.parametrize("text", [
    "The Kurdish administration in Qamishli must be recognised by European governments.",
    "Britain should send more aid to the refugees in Lebanon.",
    "Turkish forces can deploy along the whole border within hours.",
    "Washington could impose new sanctions on Ankara.",
    "If Russian jets bomb the hospital in Idlib again, the opposition will leave the talks.",
])
def test_an_opinion_an_ability_a_musing_or_a_condition_is_no_event(text):
    assert [e.event for e in code(text) if e.event in ("SUPPORT", "AID", "MOBILIZE", "SANCTION", "ASSAULT")] == []


@pytest.mark.parametrize("text", [
    "Washington could impose new sanctions on Ankara as early as next week, US officials said.",
    "Washington may impose new sanctions on Ankara, according to two US officials.",
])
def test_what_a_source_foresees_may_happen_is_news(text):
    assert only(text, "SANCTION").status == "hypothetical"


def test_violence_named_as_the_condition_is_no_threat():
    assert [e.event for e in code("She would raise no complaint if Spain were to take control of the port.")] == []
    assert only("Turkey will attack Kurdish positions if the militia does not withdraw.", "THREATEN")


def test_a_condition_naming_no_party_is_no_event():
    events = code("Ankara said it would strike Kurdish militias in northern Syria if attacks continued.")
    assert [(e.event, e.trigger) for e in events] == [("THREATEN", "strike")]


def test_a_present_tense_clause_of_time_under_a_future_verb_is_yet_to_come():
    event = only("Much will change when Russian troops leave the region in a few months.", "RETREAT")
    assert event.status == "planned" and event.date is None
    assert only("The talks will begin after Armenia withdraws its troops from the border.", "RETREAT").status == "planned"


def test_a_clause_of_time_in_the_past_is_asserted():
    event = only("The talks began after Armenia withdrew its troops from the border.", "RETREAT")
    assert event.status == "asserted"


def test_a_participle_beside_a_future_verb_is_yet_to_come():
    events = code("The ministry will deny any role, blaming Georgian officials for the leak.")
    assert [e.status for e in events if e.event == "ACCUSE"] == ["planned"]


@pytest.mark.parametrize("text, word", [
    ("Washington said it would no longer supply arms to the Kurdish fighters in Syria.", "supply"),
    ("Neither Britain nor France has ratified the treaty on cluster munitions.", "ratified"),
    ("Turkey has sent no troops to Libya this year.", "sent"),
    ("No troops were sent to the Libyan border by Egypt.", "sent"),
    ("The Ugandan army vowed never again to shell villages near the lake.", "shell"),
])
def test_a_negative_word_on_the_verb_its_subject_or_its_object_negates(text, word):
    assert _status_of(text, word) == "negated"


def test_a_hedge_on_another_clause_leaves_the_event_asserted():
    assert _status_of("Mattis resigned on Thursday, reportedly angering the president.", "resigned") == "asserted"


@pytest.mark.parametrize("text, word", [
    ("Syrian forces reportedly shelled Idlib on Tuesday.", "shelled"),
    ("The Syrian army reportedly said it had captured the town of Saraqib.", "captured"),
])
def test_a_hedge_on_the_event_or_on_its_report_makes_it_reported(text, word):
    assert _status_of(text, word) == "reported"


def test_what_would_have_happened_is_neither_an_event_nor_a_threat():
    assert code('"If I had stayed in Douma, the regime would have killed me," said a teacher from Ghouta.') == []


def test_verbs_joined_to_a_verb_under_if_share_its_condition():
    span = parse("If he got home to Chile and was tried and jailed, he wanted his sister to raise his son.")
    assert event_status(next(t for t in span if t.text == "jailed"), None, span) == "hypothetical"
    assert code("If he got home to Chile and was tried and jailed, he wanted his sister to raise his son.") == []


def test_verbs_joined_with_no_if_keep_their_own_status():
    span = parse("She was charged and convicted in Santiago last year.")
    assert event_status(next(t for t in span if t.text == "convicted"), None, span) == "asserted"


def test_a_readiness_lessened_is_a_reluctance_not_an_intention():
    assert only("Italy is ready to allow aid ships into its ports.", "CONCEDE").status == "intended"
    assert only("Italy is less willing to allow aid ships into its ports.", "CONCEDE").status == "negated"
