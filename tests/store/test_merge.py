import random

from tacitus.store import open_store
from tacitus.store.merge import Candidate, cluster_candidates, date_bounds, why_same
from tests.store.factories import article, report


def candidate(key, *, date="2020-03-05", precision="day", category="CONSULT", actors=("TUR",), recipients=("RUS",),
              status="asserted", place="Istanbul", place_precision="city", article_id=None):
    lo, hi = date_bounds(date, precision)
    return Candidate(id=key, article_id=article_id or f"article-{key}", category=category, status=status,
                     actors=frozenset(actors), recipients=frozenset(recipients), date=date, precision=precision,
                     lo=lo, hi=hi, place_name=place, place_country="TUR" if place else None,
                     place_precision=place_precision if place else None, confidence=0.8)


def groups(candidates):
    return sorted(sorted(m.id for m in c.members) for c in cluster_candidates(candidates))


def test_date_windows_follow_the_precision():
    assert date_bounds("2019-12-11", "day") == ("2019-12-11", "2019-12-11")
    assert date_bounds("2020-02", "month") == ("2020-02-01", "2020-02-29")
    assert date_bounds("2020-03-06", "unknown") == ("2020-03-03", "2020-03-06")  # publication date: event before
    assert date_bounds(None, "unknown") == (None, None)


def test_the_window_of_a_quarter_season_weekend_or_decade_is_its_whole_span():
    assert date_bounds("1989-07-01", "quarter") == ("1989-07-01", "1989-09-30")
    assert date_bounds("1990-07-01", "half") == ("1990-07-01", "1990-12-31")
    assert date_bounds("1998-12-01", "season") == ("1998-12-01", "1999-02-28")
    assert date_bounds("2024-03-16", "weekend") == ("2024-03-16", "2024-03-17")
    assert date_bounds("1990-01-01", "decade") == ("1990-01-01", "1999-12-31")
    assert date_bounds("1900-01-01", "century") == ("1900-01-01", "1999-12-31")


def test_calls_on_different_days_stay_two_even_with_a_vague_report_between_them():
    calls = [candidate("dec11", date="2019-12-11"), candidate("dec17", date="2019-12-17"),
             candidate("december", date="2019-12", precision="month")]
    assert groups(calls) == [["dec11", "december"], ["dec17"]]


def test_an_undated_report_the_day_after_joins_the_dated_one():
    assert why_same(candidate("a"), candidate("b", date="2020-03-06", precision="unknown"))["dates"]
    assert why_same(candidate("a"), candidate("b", date="2020-03-10", precision="unknown")) is None


def test_promised_cooperation_merges_with_the_agreement_and_reciprocal_parties_in_either_order():
    agreement = candidate("a", category="AGREE", actors=("RUS", "TUR"), recipients=())
    planned_visit = candidate("b", category="CONSULT", status="planned")
    why = why_same(agreement, planned_visit)
    assert why and "reciprocal" in why["parties"] and "agreement" in why["category"]
    demand = candidate("a", category="REQUEST")
    assert why_same(demand, candidate("b", category="REQUEST", actors=("RUS",), recipients=("TUR",))) is None


def test_a_meeting_told_from_either_side_is_one_meeting():
    # "Erdogan met Putin" and "Putin met Erdogan": whom a party met is its recipient, the meeting the same
    why = why_same(candidate("a"), candidate("b", actors=("RUS",), recipients=("TUR",)))
    assert why and "either order" in why["parties"]


def test_different_parties_categories_or_cities_never_merge():
    assert why_same(candidate("a"), candidate("b", recipients=("SYR",))) is None
    assert why_same(candidate("a"), candidate("b", category="ASSAULT")) is None
    assert why_same(candidate("a"), candidate("b", place="Ankara")) is None
    assert why_same(candidate("a"), candidate("b", place="Turkey", place_precision="country"))
    assert why_same(candidate("a"), candidate("b", place=None))


def test_undated_reports_merge_only_within_their_article():
    assert why_same(candidate("a", date=None, article_id="x"), candidate("b", date=None, article_id="x"))
    assert why_same(candidate("a", date=None, article_id="x"), candidate("b", date=None, article_id="y")) is None


def test_clusters_do_not_depend_on_the_order_of_reports():
    reports = [candidate(f"r{n}", date=f"2020-03-{3 + n % 6:02d}", precision=("day", "unknown", "week")[n % 3],
                         place=("Istanbul", None)[n % 2]) for n in range(30)]
    expected = groups(reports)
    assert 1 < len(expected) < 30
    for seed in range(5):
        random.Random(seed).shuffle(reports)
        assert groups(reports) == expected


MEETING = [("reuters", "Reuters", dict()), ("ap", "AP", dict(actors=("RUS",), recipients=("TUR",),
                                                                  sentence="Putin hosted Erdogan.")),
           ("tass", "TASS", dict(date="2020-03-06", precision="unknown", place=None))]


def _save_meeting(store, order):
    for key, publisher, changes in order:
        changes = {"actors": ("RUS", "TUR"), "recipients": (), **changes}
        store.save_article(article(key, publisher=publisher), events=[report(1, article_id=key, **changes)])


def test_three_articles_reporting_one_meeting_are_one_event_explained(store_url):
    with open_store(store_url) as store:
        _save_meeting(store, MEETING)
        store.save_article(article("calls"), events=[report(1, article_id="calls", category="CONSULT", mode="phone",
                                                            date="2019-12-11"),
                                                     report(2, article_id="calls", mode="phone", date="2019-12-17")])
        found = list(store.iter_canonical())
        assert [(e.date, s["num_articles"]) for e, s in found] == [("2019-12-11", 1), ("2019-12-17", 1),
                                                                   ("2020-03-05", 3)]
        meeting, stats = found[-1]
        assert (stats["num_mentions"], stats["num_sources"], stats["first_seen"]) == (3, 3, "2020-03-06")
        explained = store.explain(meeting.id)
        assert sorted(m["article"]["publisher"] for m in explained["mentions"]) == ["AP", "Reuters", "TASS"]
        assert "first" in explained["mentions"][0]["why"]  # reports in merge order: the first one seeds the event
        why = [m["why"] for m in explained["mentions"] if "first" not in m["why"]]
        assert len(why) == 2 and all(w["parties"].startswith("RUS,TUR") for w in why)
        assert any("can be the same day" in w["dates"] for w in why)


def test_the_store_merges_the_same_whatever_the_ingest_order(store_url, tmp_path):
    def snapshot(store):
        return sorted((e.id, s["num_articles"], s["num_mentions"], s["representative"], e.date)
                      for e, s in store.iter_canonical())

    with open_store(store_url) as store:
        _save_meeting(store, MEETING)
        expected = snapshot(store)
    for seed in range(3):
        order = MEETING[:]
        random.Random(seed).shuffle(order)
        with open_store(f"sqlite:///{tmp_path / f'order{seed}.db'}") as store:
            _save_meeting(store, order)
            assert snapshot(store) == expected


def test_recoding_splits_an_event_and_keeps_what_did_not_change(store_url):
    with open_store(store_url) as store:
        _save_meeting(store, MEETING)
        (event, stats), = store.iter_canonical()
        store.save_events("tass", [report(1, article_id="tass", category="ASSAULT", recipients=("SYR",))])
        found = {e.event: (e.id, s) for e, s in store.iter_canonical()}
        assert found["CONSULT"][1]["num_articles"] == 2 and found["ASSAULT"][1]["num_articles"] == 1
        assert found["CONSULT"][1]["created_at"] == stats["created_at"]
        assert found["CONSULT"][1]["updated_at"] > stats["updated_at"]
