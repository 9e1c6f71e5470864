"""The right party, one test per class of error an independent reader found in Guardian events (issue 11).

The sentences are ours; the names in them are invented unless the class needs a real one (a surname the
registry holds for someone else).
"""

import pytest

from tacitus.knowledge import load_registry
from tests.coding.helpers import code, countries

pytestmark = pytest.mark.slow


def test_a_full_name_we_do_not_know_takes_no_country_from_someone_elses_surname():
    # Tony Abbott led Australia; a Helen Abbott of a British opposition is not Australian
    events = code("The shadow foreign secretary, Helen Abbott, criticised the decision to strip the women "
                  "of citizenship.", published="2018-04-15")
    accuse = [e for e in events if e.event == "ACCUSE"][0]
    assert accuse.actor and countries(accuse.actor + accuse.recipient) == []


def test_a_surname_the_article_gave_to_a_stranger_is_that_stranger():
    registry = load_registry()
    article = registry.for_article("The party's spokeswoman, Helen Abbott, spoke on Monday. Then Abbott left.",
                                   date="2018-04-15")
    assert article.resolve("Abbott") is None
    assert registry.for_article("Tony Abbott spoke.", date="2014-04-15").resolve("Abbott").country == "AUS"
