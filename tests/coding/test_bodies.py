"""A body of states named again by its kind ("the bloc", "the league") is the body named before it (sentences we
wrote, in the register of long news stories)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _recipients(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = [e for e in code(text) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text)]
    return [(r.country, r.sector) for r in events[0].recipient]


def test_the_bloc_is_the_union_its_own_sentence_named_before_it():
    text = "Lukashenko accused the EU of hypocrisy and threatened to flood the bloc with migrants."
    assert _recipients(text, "threatened") == [("EUR", "IGO")]
    text = "The Serbian president praised the EU on Monday but criticised the bloc for its slow enlargement."
    assert _recipients(text, "criticised") == [("EUR", "IGO")]


def test_the_bloc_is_the_union_the_sentence_before_named():
    text = ("Britain's trade secretary met European Union officials in Brussels on Monday. He later criticised the "
            "bloc for its slow response.")
    assert _recipients(text, "criticised") == [("EUR", "IGO")]


def test_the_league_is_a_league_named_before():
    text = "The Arab League suspended Syria in 2011. Damascus accused the league of betraying Arab unity."
    assert _recipients(text, "accused") == [("IGO", "IGO")]


def test_a_deed_the_bloc_owns_is_aimed_at_the_bloc():
    text = "The EU imposed new tariffs on Chinese steel on Monday. Beijing condemned the bloc's decision."
    assert _recipients(text, "condemned") == [("EUR", "IGO")]


def test_a_country_epithet_that_owns_a_deed_is_the_country_named_before():
    text = "Qatar expelled the Saudi envoy on Monday. Bahrain condemned the emirate's decision."
    assert [c for c, _ in _recipients(text, "condemned")] == ["QAT"]


def test_no_body_named_before_leaves_the_bloc_unresolved():
    text = "The US and Russia traded accusations on Monday. Moscow criticised the bloc for its silence."
    assert [c for c, _ in _recipients(text, "criticised") if c is not None] == []
