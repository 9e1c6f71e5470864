"""A plan to take part in a gathering the story dated is for that gathering's day (sentences we wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Peace talks on Yemen open in Stockholm on Thursday. The rebel delegation will attend the talks, the UN envoy "
     "said.", "2020-01-09"),
    ("A conference on Libya opens in Berlin on Sunday. The rebel leaders have not been invited. Egypt's foreign "
     "minister will attend the conference, his office said.", "2020-01-12"),
    # another gathering, or one the story dated in the past, gives no day
    ("The talks in Astana ended on Tuesday. Iran will host the next round of talks, its foreign ministry said.",
     None),
])
def test_a_plan_at_the_gathering_the_story_dated_is_for_its_day(text, expected):
    planned = [e for e in code(text) if e.status == "planned" and e.sentence_index > 0]
    assert [e.date for e in planned] == [expected]
