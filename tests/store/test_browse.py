"""Browsing reads: cursors that only this code makes, and the query time limit on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tacitus.errors import InputError
from tacitus.store import open_store
from tacitus.store.browse import Cursor, QueryTimeout, bounded, monday


def test_a_cursor_survives_the_round_trip_and_a_forged_one_is_an_input_error():
    cursor = Cursor("2020-03-05", "ev-1")
    assert Cursor.decode(cursor.encode()) == cursor
    assert Cursor.decode(Cursor(None, "ev-2").encode()) == Cursor(None, "ev-2")
    for forged in ("%%%", "W10", "WzEsMl0", "eyJhIjoiYiIsImMiOiJkIn0"):  # not base64, [], [1,2], {"a":"b","c":"d"}
        with pytest.raises(InputError):
            Cursor.decode(forged)


def test_weeks_start_on_monday():
    assert monday("2020-03-01") == "2020-02-24"  # a Sunday
    assert monday("2020-03-02") == "2020-03-02"


def test_a_query_running_past_the_limit_stops_with_query_timeout(store_url):
    slow = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
            "SELECT count(*) FROM n") if store_url.startswith("sqlite") else "SELECT pg_sleep(5)"
    with open_store(store_url) as store:
        with pytest.raises(QueryTimeout, match="TACITUS_QUERY_TIMEOUT"):
            with bounded(store, 0.2) as conn:
                conn.execute(text(slow))
        with bounded(store, 5) as conn:  # the connection goes back to the pool without the limit's trace
            assert conn.execute(text("SELECT 1")).scalar() == 1
