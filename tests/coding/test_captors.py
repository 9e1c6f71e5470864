"""What is done to a captive right after the story tells them taken, told in a passive with no "by" phrase, is the
captors' doing (sentences we wrote, about real kinds of report)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _sides(text: str, trigger: str) -> tuple[list[str | None], list[str | None]]:
    events = [e for e in code(text) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text)]
    return [a.country for a in events[0].actor], [r.country for r in events[0].recipient]


def test_a_captive_charged_in_the_next_sentence_is_charged_by_the_captors():
    text = "Iraqi police arrested a French engineer in Mosul in March. He was charged with financing a terrorist group."
    assert _sides(text, "charged") == (["IRQ"], ["FRA"])


def test_a_captive_sentenced_in_the_next_sentence_is_sentenced_by_the_captors_state():
    text = "Russian forces detained a Ukrainian activist in Crimea in May. He was later sentenced to twelve years."
    assert _sides(text, "sentenced") == (["RUS"], ["UKR"])


def test_a_captive_beaten_in_the_next_sentence_is_beaten_by_the_captors():
    text = "Saudi police arrested a Kuwaiti blogger in Jeddah last year. He was flogged outside a mosque."
    assert _sides(text, "flogged") == (["SAU"], ["KWT"])


def test_a_captive_named_by_a_definite_noun_again_links_the_two_sentences():
    text = ("Egyptian police arrested a Sudanese student in Cairo on Sunday. "
            "The student was charged with spreading false news.")
    assert _sides(text, "charged") == (["EGY"], ["SDN"])


def test_a_pronoun_of_another_number_is_not_the_captive():
    text = ("Egyptian police arrested a Sudanese student in Cairo on Sunday. "
            "They were charged with spreading false news.")
    assert not [e for e in code(text) if e.trigger == "charged"]


def test_a_killing_of_a_captive_is_not_given_to_the_captors():
    text = ("Kurdish fighters captured a Tunisian jihadist near Raqqa in June. "
            "He was killed in an air strike on the prison a month later.")
    assert all(a.country != "SYR" for e in code(text) if e.trigger == "killed" for a in e.actor)


def test_a_passive_two_sentences_after_the_capture_is_not_linked():
    text = ("Iraqi police arrested a French engineer in Mosul in March. The arrest angered Paris. "
            "He was charged with financing a terrorist group.")
    assert all(not e.actor for e in code(text) if e.trigger == "charged")


def test_a_by_phrase_the_parser_hangs_on_a_time_phrase_names_the_captors():
    text = "Samir Haddad, a Belgian, was captured at the start of the year by the Syrian Democratic Forces near Hajin."
    events = [e for e in code(text) if e.trigger == "captured"]
    assert [a.text for e in events for a in e.actor] == ["the Syrian Democratic Forces"]


def test_a_place_in_the_captives_slot_is_no_captive():
    text = "Kenyan police arrested a 35-year-old in Mombasa. She was charged with recruiting for al-Shabaab."
    assert all(not e.actor for e in code(text) if e.trigger == "charged")
