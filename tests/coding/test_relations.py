"""A party named again by its tie to another ("its Nato ally", "its ally", "its European partner") is the party
the story named before it that is not its owner (sentences we wrote, in the register of long news stories)."""

import pytest

from tacitus.coding.relations import party_by_tie
from tacitus.knowledge import load_registry
from tacitus.nlp import NlpPipeline
from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _recipients(text: str, trigger: str) -> list[str | None]:
    events = [e for e in code(text) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text)]
    return [r.country for r in events[0].recipient]


def test_its_nato_ally_is_the_nato_member_named_with_its_owner():
    text = ("Greece and the United States signed a new defence pact this week. Athens accused its Nato ally of "
            "ignoring Turkish incursions.")
    assert _recipients(text, "accused") == ["USA"]


def test_its_ally_is_the_other_party_the_story_named_before():
    text = "Iran has armed the Houthis since 2015. Tehran sent fresh weapons to its ally last month."
    assert _recipients(text, "sent") == ["YEM"]
    text = "Qatar and Kuwait have grown close since the blockade. Doha pledged fresh loans to its ally on Monday."
    assert _recipients(text, "pledged") == ["KWT"]


def test_a_bloc_word_picks_the_member_of_the_bloc():
    text = ("France and Mali have fought jihadists together since 2013. Paris urged its European partner Germany "
            "to send troops.")
    assert _recipients(text, "urged") == ["DEU"]  # (named in apposition: no tie to resolve)
    text = "Mali and France have fought jihadists together since 2013. Paris urged its European partner to pay more."
    assert _recipients(text, "urged") == []  # (Mali is no European state: nobody is guessed)


def _tie(text: str, owner: str) -> str | None:
    """The country ``party_by_tie`` finds for the last "ally" of ``text``, whose owner is the state ``owner``."""
    doc = NlpPipeline().parse_one(text).sentences[-1].span.doc
    actors = load_registry().for_article(text, date="2019-10-10")
    found = party_by_tie([t for t in doc if t.lower_ == "ally"][-1], actors.resolve(owner), [], actors)
    return found.country if found is not None else None


def test_a_party_its_own_sentence_names_is_not_the_tie_without_a_bloc_word():
    # "chose Turkey over its new ally": Turkey, named by name, is not its ally; the militia named before is
    text = "Turkey attacked the Kurdish militia of the YPG in Afrin. The US chose Turkey over its new ally."
    assert _tie(text, "the US") == "SYR"
    # (with a bloc word the sentence's own party may be it: "Washington and Ankara fell out, and Erdogan threatened
    # to confront its Nato ally")
    text = "Washington and Ankara fell out over Syria, and Erdogan threatened to confront its Nato ally."
    assert _tie(text, "Ankara") == "USA"


def test_ties_of_several_or_of_no_owner_stay_unresolved():
    text = "Iran has armed the Houthis since 2015. Tehran sent fresh weapons to its allies last month."
    assert _recipients(text, "sent") == []
    text = "Iran has armed the Houthis since 2015. Tehran sent fresh weapons to an ally last month."
    assert _recipients(text, "sent") == []


def test_its_ally_is_of_the_clause_s_subject_not_of_the_nearest_name():
    text = ("Paris and Rome have quarrelled over migrants for months, and Macron has threatened to send gendarmes to "
            "confront its European partner at the border.")
    assert _recipients(text, "threatened") == ["ITA"]


def test_a_tie_a_bloc_word_narrows_is_the_member_not_the_bloc():
    # (the registry reads the bloc word alone as the alliance or the union: the tie names one of its members)
    text = "Turkey and the US fell out over the Kurds. Ankara accused its NATO ally of betrayal."
    assert _recipients(text, "accused") == ["USA"]
    text = "Hungary and Germany clashed over migrants again. Budapest accused its EU partner of arrogance."
    assert _recipients(text, "accused") == ["DEU"]


def test_a_tie_with_no_member_named_before_stays_the_bloc():
    text = "Mali and France have fought jihadists together since 2013. Paris urged its EU partner to pay more."
    assert _recipients(text, "urged") == ["EUR"]
