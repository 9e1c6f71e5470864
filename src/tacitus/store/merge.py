"""Merging mentions of the same real-world event into canonical events: pure, deterministic functions.

Two mentions are the same event when their categories are compatible (a promised visit and an
agreement to visit are one), their parties are the same countries (in either order for reciprocal
events), their dates agree within their precision (two day-precise dates never merge unless equal; a
date of unknown precision is the publication date and may lie a few days after the event), and their
places do not contradict. Clusters are built in a fixed order (by date, then mention id), so the result
does not depend on the order in which articles were ingested.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from tacitus.records import Event

FUTURE_COOPERATION = {"CONSULT", "COOPERATE", "AID"}
UNKNOWN_DATE_WINDOW_DAYS = 3
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


@dataclass
class Mention:
    event: Event
    publisher: str | None
    published: str | None


@dataclass
class Cluster:
    id: str
    block: str
    members: list[Mention]
    reasons: dict[str, str]  # mention id -> why it joined

    @property
    def representative(self) -> Mention:
        return min(self.members, key=lambda m: (PRECISION_RANK[m.event.date_precision], -m.event.confidence,
                                                m.event.id))


def family(event: Event) -> str:
    if event.event in FUTURE_COOPERATION and event.status in ("planned", "intended"):
        return "AGREE"
    return event.event


def countries(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(e.country for e in event.actor if e.country),
            frozenset(e.country for e in event.recipient if e.country))


def block_key(event: Event) -> str:
    """Mentions can only merge within a block: the same category family and the same countries."""
    actors, recipients = countries(event)
    return f"{family(event)}|{','.join(sorted(actors | recipients))}"


def _parties_match(a: Event, b: Event) -> bool:
    (actors_a, recipients_a), (actors_b, recipients_b) = countries(a), countries(b)
    if not (actors_a | recipients_a):
        return False
    if actors_a == actors_b and recipients_a == recipients_b:
        return True
    reciprocal = not recipients_a or not recipients_b
    return reciprocal and (actors_a | recipients_a) == (actors_b | recipients_b) and len(actors_a | recipients_a) > 1


def _dates_match(a: Event, b: Event) -> str | None:
    if a.date is None or b.date is None:
        return "both undated" if a.date is None and b.date is None else None
    if a.date_precision == "day" and b.date_precision == "day":
        return f"same day {a.date}" if a.date == b.date else None
    if "unknown" in (a.date_precision, b.date_precision) or "week" in (a.date_precision, b.date_precision):
        try:
            gap = abs((dt.date.fromisoformat(a.date[:10]) - dt.date.fromisoformat(b.date[:10])).days)
        except ValueError:
            return None
        window = 7 if "week" in (a.date_precision, b.date_precision) else UNKNOWN_DATE_WINDOW_DAYS
        return f"dates {a.date} and {b.date} within {window} days" if gap <= window else None
    return f"same period {a.date[:7]}" if a.date[:7] == b.date[:7] else None


def _places_match(a: Event, b: Event) -> bool:
    if a.event_loc is None or b.event_loc is None:
        return True
    return a.event_loc.country == b.event_loc.country


def why_same(a: Event, b: Event) -> str | None:
    """The reason two mentions are one event, or None when they are not."""
    if family(a) != family(b) or not _parties_match(a, b) or not _places_match(a, b):
        return None
    dates = _dates_match(a, b)
    if dates is None:
        return None
    parties = ",".join(sorted(countries(a)[0] | countries(a)[1]))
    return f"{family(a)} between {parties}; {dates}; places agree"


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    ordered = sorted(mentions, key=lambda m: (m.event.date or "", m.event.id))
    clusters: list[Cluster] = []
    for mention in ordered:
        for cluster in clusters:
            reason = why_same(cluster.members[0].event, mention.event)
            if reason is not None and cluster.block == block_key(mention.event):
                cluster.members.append(mention)
                cluster.reasons[mention.event.id] = reason
                break
        else:
            digest = hashlib.sha256(mention.event.id.encode()).hexdigest()[:16]
            clusters.append(Cluster(id=f"ev-{digest}", block=block_key(mention.event), members=[mention],
                                    reasons={mention.event.id: "first report"}))
    return clusters
