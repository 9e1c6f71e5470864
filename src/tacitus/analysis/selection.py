"""Which canonical events an analysis reads: the shared filters (tacitus.store.queries), a dyad, and statuses.

Counts are of things that happened: by default only asserted and reported events, unless ``--status`` asks
for others. A dyad is the filter's ``country`` and a ``recipient`` country, in either direction.
"""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy import and_, or_, select
from sqlalchemy.sql.elements import ColumnElement

from tacitus.errors import InputError
from tacitus.store.filters import EventFilter, parse_country
from tacitus.store.queries import event_conditions, own_columns
from tacitus.store.schema import event_dyads, events

HAPPENED = ("asserted", "reported")
# The filters event_dyads can answer alone: it copies the fields they read (migration 0007).
DYAD_FILTERS = frozenset({"country", "event_type", "quad", "status", "start", "end"})


def recipient_code(filters: EventFilter, recipient: str | None) -> str | None:
    """The dyad's other side, checked; it needs ``--country`` for the first."""
    if not recipient:
        return None
    code = parse_country(recipient, "--recipient")
    if not filters.country:
        raise InputError("--recipient needs --country (the dyad's other side)")
    return code


def pair_condition(a: str, b: str) -> ColumnElement[bool]:
    """Rows of event_dyads between ``a`` and ``b``, in either direction."""
    return or_(and_(event_dyads.c.side_a == a, event_dyads.c.side_b == b),
               and_(event_dyads.c.side_a == b, event_dyads.c.side_b == a))


def dyad_conditions(filters: EventFilter, *, recipient: str | None,
                    statuses: tuple[str, ...] | None = HAPPENED) -> list[ColumnElement[bool]] | None:
    """The WHERE of `conditions` on event_dyads alone, when the filters name a dyad and read only the event
    fields event_dyads copies; else None. An event can have two rows of the same dyad (actors and recipients
    both holding the two countries): count its rows by distinct event id."""
    other = recipient_code(filters, recipient)
    used = {f.name for f in fields(filters) if getattr(filters, f.name) is not None}
    if not other or not filters.country or used - DYAD_FILTERS:
        return None
    where = [pair_condition(filters.country, other), *own_columns(event_dyads, replace(filters, country=None))]
    if statuses and not filters.status:
        where.append(event_dyads.c.status.in_(statuses))
    return where


def starts_after(day: str, slack_days: int = 31) -> ColumnElement[bool]:
    """Events whose date window starts at most ``slack_days`` before ``day``: with the shared filters' overlap
    test this bounds the date index from below (an event known only to a month still counts in its weeks;
    one known only to the year or decade does not make a week's news)."""
    import datetime as dt

    return events.c.date_lo >= (dt.date.fromisoformat(day) - dt.timedelta(days=slack_days)).isoformat()


def conditions(filters: EventFilter, *, recipient: str | None = None,
               statuses: tuple[str, ...] | None = HAPPENED) -> list[ColumnElement[bool]]:
    """The WHERE of an analysis query on ``events``; ``statuses`` apply unless the filter names a status."""
    other = recipient_code(filters, recipient)
    if other and filters.country:
        # the dyad names the country's side already: its index finds the events, no per-event party check
        where = event_conditions(replace(filters, country=None))
        # the filters event_dyads copies, applied in its index too: the subquery lists the few events that can
        # match, not every event of the dyad (the outer conditions still decide)
        copied = replace(filters, **{f.name: None for f in fields(filters) if f.name not in DYAD_FILTERS})
        subset = [*own_columns(event_dyads, replace(copied, country=None))]
        if statuses and not filters.status:
            subset.append(event_dyads.c.status.in_(statuses))
        where.append(events.c.id.in_(select(event_dyads.c.event_id).where(pair_condition(filters.country, other),
                                                                          *subset)))
    else:
        where = event_conditions(filters)
    if statuses and not filters.status:
        where.append(events.c.status.in_(statuses))
    return where
