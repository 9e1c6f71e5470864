"""The prefilter parses only what can hold an event, and codes the same events as the full parse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.coding.extract import DocumentInput, code_documents
from tacitus.config import Settings
from tacitus.nlp import NlpPipeline
from tacitus.nlp.prefilter import select, trigger_index, units
from tests.conftest import SEED, SHARED, need
from tests.scale.articles import ARTICLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def index():
    return trigger_index(NlpPipeline(Settings()).language, None)


def kept(text: str, index) -> list[str]:
    return [text[start:end] for start, end in select(text, index)]


def test_sentences_without_a_possible_trigger_are_not_parsed(index):
    text = ("Markets of Marrakech\nThe bread was warm. Prices are lower in the afternoon. "
            "Figs are sweet in autumn. Russia attacked Ukraine on Monday. The tea was hot.")
    # the headline always, then the event with the two sentences before it
    assert kept(text, index) == ["Markets of Marrakech\n",
                                 "Prices are lower in the afternoon. Figs are sweet in autumn. "
                                 "Russia attacked Ukraine on Monday. "]


def test_a_trigger_whose_readings_all_need_absent_words_cannot_hold_an_event(index):
    assert not index.can_hold_event("The company made money last year.")
    assert index.can_hold_event("Putin made a visit to Ankara.")  # make + obj=visit


def test_a_statement_holds_an_event_only_with_the_words_its_clause_needs(index):
    assert not index.can_hold_event("The minister said the harvest was late this year.")
    assert index.can_hold_event("The minister said Lisbon was responsible for the delay.")  # predicate=
    assert index.can_hold_event("The envoy warned that Quito would face sanctions.")  # clauseobj=


def test_every_form_the_lemmatizer_could_read_counts(index):
    assert index.can_hold_event("Troops fought rebels near the border.")  # fought -> fight (an exception)
    assert index.can_hold_event("Rebels staged attacks.")


def test_abbreviations_and_initials_do_not_end_a_sentence(index):
    text = "Gen. Smith met U.S. officials on Aug. 27 in Kabul. It rained."
    assert [text[s:e] for s, e in units(text, index.abbreviations)] == [
        "Gen. Smith met U.S. officials on Aug. 27 in Kabul. ", "It rained."]


def coded(documents: list[DocumentInput], prefilter: str) -> dict[str, list[dict[str, object]]]:
    found = {}
    for document in code_documents(documents, settings=Settings(prefilter=prefilter, nlp_processes=1)):
        events = [event.to_dict() for event in document.events]
        for event in events:
            event.pop("sentence_index")  # unknown after a skipped sentence: the one field that may differ
        found[document.doc_id] = events
    return found


def test_the_prefilter_codes_the_same_events_with_the_same_ids_on_articles_we_wrote():
    documents = [DocumentInput(name, text, day) for name, day, text in ARTICLES]
    full, filtered = coded(documents, "off"), coded(documents, "on")
    assert sum(map(len, full.values())) >= 8 and filtered == full
    skipped = [p for p in NlpPipeline(Settings(prefilter="on")).parse((d.doc_id, d.text) for d in documents)
               if p.counted_until is not None]
    # the shut shops; the aid story's closing remark; the market guide after its title
    assert {p.doc_id for p in skipped} == {"protest", "aid", "quiet"}


def test_the_prefilter_codes_the_same_events_on_the_seed():
    documents = [DocumentInput("seed", need(SEED).read_text(encoding="utf-8"), "2019-12-23")]
    full = coded(documents, "off")
    assert full["seed"] and coded(documents, "on") == full


def as_articles(path: Path, size: int = 8) -> list[DocumentInput]:
    """Gold records, one sentence each, run together into articles of `size` sentences, so that the
    prefilter has sentences to skip and neighbours to keep."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [DocumentInput(f"{path.stem}-{start}", "\n".join(r["text"] for r in records[start:start + size]),
                          records[start]["date"]) for start in range(0, len(records), size)]


GOLD = Path(__file__).parents[1] / "gold"


@pytest.mark.parametrize("path", [SHARED / "dev" / "plover-gsr-dev.jsonl", *sorted(GOLD.glob("*.jsonl"))],
                         ids=lambda path: path.stem)
def test_the_prefilter_codes_the_same_events_on_the_gold_sets(path):
    documents = as_articles(need(path))
    full = coded(documents, "off")
    assert sum(map(len, full.values())) >= len(documents) and coded(documents, "on") == full


def test_sentence_numbers_stay_exact_until_the_first_skipped_sentence():
    text = "Russia attacked Ukraine on Monday.\nThe bread was warm. The sky was blue. The tea was hot.\n" \
           "Russia attacked Ukraine on Tuesday."
    full = list(code_documents([DocumentInput("d", text, "2022-03-02")], settings=Settings(prefilter="off")))[0]
    filtered = list(code_documents([DocumentInput("d", text, "2022-03-02")], settings=Settings(prefilter="on")))[0]
    assert [e.sentence_index for e in full.events] == [0, 4]
    assert [e.sentence_index for e in filtered.events] == [0, None]
    assert [e.id for e in filtered.events] == [e.id for e in full.events]
