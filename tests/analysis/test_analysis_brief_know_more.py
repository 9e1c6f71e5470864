"""Know more lists the earlier briefs on the same parties: briefs are not stored, so each is an earlier window of
the brief's length in which the store holds the parties' events, with its count and the command and dashboard URL
that write it. The store has Türkiye-Russia events in known weeks before a brief on 2 to 8 March 2020."""

from __future__ import annotations

import pytest

from tacitus.analysis.brief import EARLIER_BRIEFS, brief
from tacitus.store import EventFilter, open_store
from tests.analysis.builders import event, place, save

TURKEY_RUSSIA = {"actors": ("TUR",), "recipients": ("RUS",)}
WEEKS = [  # (date, category, status, precision) of Türkiye-Russia events before the brief's week
    ("2020-02-25", "CONSULT", "asserted", "day"),  # the week just before: 24 February to 1 March
    ("2020-03-01", "ASSAULT", "reported", "day"),  # its Sunday
    ("2020-02-10", "AGREE", "asserted", "day"),  # three weeks before: 10 to 16 February, on its Monday
    ("2020-02", "CONSULT", "asserted", "month"),  # known only to the month: dated within no week
    ("2020-02-05", "CONSULT", "planned", "day"),  # announced, not happened: not counted
    ("2019-12-25", "CONSULT", "asserted", "day"),  # ten weeks before: 23 to 29 December 2019
    ("2019-10-16", "CONSULT", "asserted", "day"),  # twenty: 14 to 20 October 2019
    ("2019-08-08", "AID", "asserted", "day"),  # thirty: 5 to 11 August 2019
    ("2019-05-29", "CONSULT", "asserted", "day"),  # forty: 27 May to 2 June 2019, one window too many
]
LISTED = [("2020-02-24", "2020-03-01", {"ASSAULT": 1, "CONSULT": 1}), ("2020-02-10", "2020-02-16", {"AGREE": 1}),
          ("2019-12-23", "2019-12-29", {"CONSULT": 1}), ("2019-10-14", "2019-10-20", {"CONSULT": 1}),
          ("2019-08-05", "2019-08-11", {"AID": 1})]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    items = [event("2020-03-04", names={"TUR": "Turkish diplomats", "RUS": "Russian officials"}, **TURKEY_RUSSIA,
                   sentence="Turkish diplomats met Russian officials about Idlib.")]
    items += [event(date, category=category, status=status, precision=precision, **TURKEY_RUSSIA,
                    sentence=f"Türkiye and Russia: {category} {status} on {date}.")
              for date, category, status, precision in WEEKS]
    items += [event("2020-02-19", category="ASSAULT", actors=("TUR",), recipients=("SYR",), where=place("Idlib")),
              event("2020-02-26", actors=("TUR",), recipients=("RUS",), where=place("Sochi", "RUS"),
                    sentence="Turkish and Russian officials discussed an Idlib ceasefire in Sochi.")]
    with open_store(f"sqlite:///{tmp_path_factory.mktemp('earlier') / 'earlier.db'}") as opened:
        save(opened, items)
        yield opened


@pytest.fixture(scope="module")
def written(store):
    return brief(store, EventFilter.parse(country="TUR", start="2020-03-02", end="2020-03-08"), recipient="RUS")


def test_earlier_briefs_are_the_latest_windows_of_the_same_length_with_the_parties_events(written):
    listed = [(b.start, b.end, b.by_category) for b in written.earlier]
    assert len(listed) == EARLIER_BRIEFS == 5
    # the week before holds the Sochi talks too; events known only to a month, or only announced, count nowhere
    assert listed == [("2020-02-24", "2020-03-01", {"CONSULT": 2, "ASSAULT": 1})] + LISTED[1:]
    assert [b.count for b in written.earlier] == [3, 1, 1, 1, 1]


def test_every_earlier_brief_cites_the_stored_events_it_counts(store, written):
    for earlier in written.earlier:
        assert len(earlier.events) == earlier.count
        for event_id in earlier.events:
            stored = store.explain(event_id)
            assert stored["date_precision"] == "day" and earlier.start <= stored["date"] <= earlier.end
            assert stored["status"] in ("asserted", "reported")
            assert {stored["actor_countries"], stored["recipient_countries"]} == {"TUR", "RUS"}


def test_each_earlier_brief_says_how_to_get_it_and_that_brief_is_not_empty(store, written):
    first = written.earlier[0]
    assert first.command == "tacitus brief --country TUR --recipient RUS --start 2020-02-24 --end 2020-03-01"
    assert first.url == "/brief?country=TUR&recipient=RUS&start=2020-02-24&end=2020-03-01"
    assert first.text() == ("Earlier brief, 24 February 2020 to 1 March 2020 (3 events between Türkiye and Russia: "
                            "2 CONSULT, 1 ASSAULT)")
    again = brief(store, EventFilter.parse(country="TUR", start=first.start, end=first.end), recipient="RUS")
    assert again.sections and set(again.evidence) >= set(first.events)


def test_know_more_lists_them_after_the_articles_in_markdown_html_and_json(written):
    markdown = written.to_markdown()
    know_more = markdown.split("**Know more:**\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert know_more[0].startswith("- [Story ")  # the source articles first
    assert know_more[-5:][1] == ("- Earlier brief, 10 February 2020 to 16 February 2020 (1 event between Türkiye "
                                 "and Russia: 1 AGREE): `tacitus brief --country TUR --recipient RUS --start "
                                 "2020-02-10 --end 2020-02-16`")
    assert markdown.index("Earlier brief") < markdown.index("\n[^1]: ")
    page = written.to_html()
    assert ('<li><a href="/brief?country=TUR&amp;recipient=RUS&amp;start=2019-08-05&amp;end=2019-08-11">Earlier '
            "brief, 5 August 2019 to 11 August 2019 (1 event between Türkiye and Russia: 1 AID)</a>: <code>tacitus "
            "brief --country TUR --recipient RUS --start 2019-08-05 --end 2019-08-11</code></li></ul>") in page
    data = written.to_dict()
    assert [b["url"] for b in data["earlier_briefs"]][:2] == [
        "/brief?country=TUR&recipient=RUS&start=2020-02-24&end=2020-03-01",
        "/brief?country=TUR&recipient=RUS&start=2020-02-10&end=2020-02-16"]
    assert data["know_more"] and data["earlier_briefs"][0]["events"] == written.earlier[0].events


def test_a_topic_and_a_filter_are_kept_in_the_earlier_briefs_and_narrow_their_counts(store):
    on_idlib = brief(store, EventFilter.parse(country="TUR", start="2020-03-02", end="2020-03-08"), recipient="RUS",
                     topic="Idlib ceasefire")
    assert on_idlib.sections == []  # the week's talks mention Idlib but no ceasefire
    about = brief(store, EventFilter.parse(country="TUR", event_type="CONSULT", start="2020-03-02",
                                           end="2020-03-08", text="Idlib"), recipient="RUS", topic="ceasefire Idlib")
    assert about.sections == [] and about.earlier == []  # an empty brief lists nothing
    idlib = brief(store, EventFilter.parse(country="TUR", event_type="CONSULT", start="2020-03-02",
                                           end="2020-03-08"), recipient="RUS", topic="Idlib")
    [sochi] = idlib.earlier
    assert (sochi.start, sochi.count, sochi.by_category) == ("2020-02-24", 1, {"CONSULT": 1})
    assert sochi.command == ("tacitus brief --country TUR --recipient RUS --event-type CONSULT --topic Idlib "
                             "--start 2020-02-24 --end 2020-03-01")
    assert sochi.url == ("/brief?country=TUR&recipient=RUS&event-type=CONSULT&topic=Idlib&start=2020-02-24"
                         "&end=2020-03-01")


def test_a_one_day_brief_lists_earlier_days_by_date(store):
    day = brief(store, EventFilter.parse(country="TUR"), recipient="RUS", date="2020-03-04")
    assert [(b.start, b.end, b.count) for b in day.earlier][:3] == [
        ("2020-03-01", "2020-03-01", 1), ("2020-02-26", "2020-02-26", 1), ("2020-02-25", "2020-02-25", 1)]
    assert day.earlier[0].command == "tacitus brief --country TUR --recipient RUS --date 2020-03-01"
    assert day.earlier[0].text().startswith("Earlier brief, 1 March 2020 (1 event between")


def test_a_brief_with_nothing_before_it_lists_no_earlier_brief(store):
    oldest = brief(store, EventFilter.parse(country="TUR", start="2019-05-27", end="2019-06-02"), recipient="RUS")
    assert oldest.sections and oldest.earlier == []
    assert "Earlier brief" not in oldest.to_markdown() and oldest.to_dict()["earlier_briefs"] == []
