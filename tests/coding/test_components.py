"""The coder's components one at a time (triggers -> parties -> decision -> record), on sentences parsed by
hand and with the classifier off: each can be checked without the others or a model."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.coding.arrangement import arrange
from tacitus.coding.context import ArticleContext
from tacitus.coding.decision import decide
from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.parties import find_parties
from tacitus.coding.record import confidence_of, record_events
from tacitus.coding.triggers import find_triggers
from tacitus.config import load_settings
from tacitus.knowledge import load_gazetteer, load_registry
from tacitus.records import Entity
from tests.coding.handparse import parsed, sentence

PUBLISHED = dt.date(2020, 1, 8)
ACCUSED = "Turkey/PROPN/nsubj>1/GPE accused/VERB/ROOT/accuse Greece/PROPN/dobj>1/GPE ./PUNCT/punct>1"
VOWED = ("Iran/PROPN/nsubj>1/GPE vowed/VERB/ROOT/vow to/PART/aux>3 attack/VERB/xcomp>1/tag=VB "
         "Israel/PROPN/dobj>3/GPE ./PUNCT/punct>1")
SENT = "Russia/PROPN/nsubj>1/GPE sent/VERB/ROOT/send troops/NOUN/dobj>1/troop ./PUNCT/punct>1"


@pytest.fixture(scope="module")
def context_for():
    settings = load_settings()
    registry, gazetteer = load_registry(settings), load_gazetteer(settings)

    def build(text: str) -> ArticleContext:
        return ArticleContext(doc_id="d", published=PUBLISHED, actors=registry.for_article(text, date=PUBLISHED),
                              gazetteer=gazetteer)
    return build


def only_trigger(spec: str):
    triggers = find_triggers(sentence(spec))
    assert len(triggers) == 1, [t.token.text for t in triggers]
    return triggers[0]


def test_the_subject_acts_on_the_object(context_for):
    trigger = only_trigger(ACCUSED)
    context = context_for("Turkey accused Greece.")
    parties = find_parties(trigger=trigger, entry=trigger.entries[0], actors=context.actors, memory=context.memory)
    assert [e.country for e in parties.actors] == ["TUR"] and [e.country for e in parties.recipients] == ["GRC"]


def test_what_is_sent_is_no_party(context_for):
    trigger = only_trigger(SENT)
    entry = next(e for e in trigger.entries if "instrument" in e.roles)
    context = context_for("Russia sent troops.")
    parties = find_parties(trigger=trigger, entry=entry, actors=context.actors, memory=context.memory)
    assert [e.country for e in parties.actors] == ["RUS"] and parties.recipients == []


def test_a_vowed_attack_is_decided_as_the_threat_it_is(context_for):
    trigger = only_trigger(VOWED)
    assert trigger.token.text == "attack"
    context = context_for("Iran vowed to attack Israel.")
    entry = trigger.entries[0]
    parties = find_parties(trigger=trigger, entry=entry, actors=context.actors, memory=context.memory)
    decision = decide(trigger=trigger, entry=entry, parties=parties, span=sentence(VOWED), context=context)
    assert decision is not None
    assert (decision.entry.category, decision.status) == ("THREATEN", "asserted")


def test_whom_a_party_met_is_the_meetings_recipient():
    entry = next(e for e in load_lexicon()[("meet", "VERB")] if "reciprocal" in e.roles)
    turkey, russia = Entity(text="Turkey", country="TUR", kind="state"), Entity(text="Russia", country="RUS", kind="state")
    actors, recipients = arrange(entry=entry, actors=[turkey], recipients=[russia], co_actors=[])
    assert [a.country for a in actors] == ["TUR"] and [r.country for r in recipients] == ["RUS"]
    actors, recipients = arrange(entry=entry, actors=[turkey], recipients=[], co_actors=[russia])
    assert [a.country for a in actors] == ["TUR"] and [r.country for r in recipients] == ["RUS"]


def test_the_sides_of_an_agreement_are_all_actors():
    entry = next(e for e in load_lexicon()[("sign", "VERB")] if "reciprocal" in e.roles)
    turkey, russia = Entity(text="Turkey", country="TUR", kind="state"), Entity(text="Russia", country="RUS", kind="state")
    actors, recipients = arrange(entry=entry, actors=[turkey], recipients=[], co_actors=[russia])
    assert [a.country for a in actors] == ["TUR", "RUS"] and recipients == []


def test_confidence_falls_with_what_the_parties_leave_unknown():
    entry = load_lexicon()[("accuse", "VERB")][0]
    named = [Entity(text="Turkey", country="TUR")]
    both = confidence_of(entry, named, [Entity(text="Greece", country="GRC")], "asserted", False)
    alone = confidence_of(entry, named, [], "asserted", False)
    unplaced = confidence_of(entry, [Entity(text="rebels", sector="REB")], [], "asserted", False)
    assert both > alone > unplaced


def test_a_decided_reading_is_recorded_with_its_evidence_and_scores(context_for):
    trigger = only_trigger(ACCUSED)
    context = context_for("Turkey accused Greece.")
    entry = trigger.entries[0]
    parties = find_parties(trigger=trigger, entry=entry, actors=context.actors, memory=context.memory)
    decision = decide(trigger=trigger, entry=entry, parties=parties, span=sentence(ACCUSED), context=context)
    assert decision is not None
    [event] = record_events(decision=decision, trigger=trigger, sentence=parsed(ACCUSED), dates=[], context=context)
    assert (event.event, event.trigger, event.sentence) == ("ACCUSE", "accused", "Turkey accused Greece .")
    assert event.date == "2020-01-08" and event.date_precision == "unknown"
    assert event.quad_class == 3 and event.cameo is not None  # verbal conflict
