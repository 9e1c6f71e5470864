"""Merging mentions of the same real-world event into canonical events: pure, deterministic functions.

Two mentions are one event when
- their categories are compatible: the same category, where promised or scheduled cooperation (a planned
  CONSULT, COOPERATE or AID) counts as AGREE, as the PLOVER manual codes it;
- their parties are the same countries, in either direction when one of them is reciprocal (two or more
  actor countries and no recipient: "Russia and Turkey met") or both are meetings ("Putin met Erdogan" and
  "Erdogan met Putin" tell one meeting);
- their dates can mean the same day: each date is a window (a day is itself, a month its days, an
  unknown-precision date is the publication date, so the three days before it), and the windows overlap.
  Two different day-precise dates never merge: the calls of Dec. 11 and Dec. 17 stay two;
- their places do not contradict (one is missing, they are the same, or one is the country of the other).
Undated mentions merge only with undated mentions of the same article.

A mention joins a cluster only when it is compatible with *every* member (so a "December" report cannot
chain Dec. 11 and Dec. 17 together), and mentions are taken in one canonical order (date window, precision,
id), so the clusters do not depend on the order in which articles were ingested.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from tacitus.records import plover_category

UNKNOWN_DATE_DAYS = 3  # a report's publication date may trail the event by this many days
PRECISION_RANK = {"day": 0, "weekend": 1, "week": 1, "month": 2, "quarter": 2, "season": 2, "half": 2, "year": 3,
                  "decade": 3, "century": 3, "unknown": 4}
# Spans that start on a full date (YYYY-MM-DD) and last longer than a day: (months, days) they cover
SPAN_LENGTH = {"weekend": (0, 2), "week": (0, 7), "quarter": (3, 0), "season": (3, 0), "half": (6, 0),
               "decade": (120, 0), "century": (1200, 0)}
PLACE_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5, "unknown": 6}
COARSE_PLACES = frozenset({"country", "region"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """What merging needs to know of one mention (and of the article it is in)."""

    id: str
    article_id: str
    category: str
    status: str
    actors: frozenset[str]  # ISO3 countries of the actors
    recipients: frozenset[str]
    date: str | None
    precision: str
    lo: str | None  # first and last day the date can mean (date_bounds)
    hi: str | None
    place_name: str | None = None
    place_country: str | None = None
    place_precision: str | None = None
    confidence: float = 0.0
    publisher: str | None = None
    seen: str | None = None  # when its article was published (or fetched)


@dataclass
class Cluster:
    id: str
    members: list[Candidate]
    reasons: dict[str, dict[str, str]] = field(default_factory=dict)  # mention id -> why it joined

    @property
    def representative(self) -> Candidate:
        """Speaks for the event: the most precise date, then the most confident, then the lowest id."""
        return min(self.members, key=lambda m: (PRECISION_RANK.get(m.precision, 4), -m.confidence, m.id))

    @property
    def place(self) -> Candidate | None:
        """The member with the most precise place (the representative may have none)."""
        placed = [m for m in self.members if m.place_name]
        return min(placed, key=lambda m: (PLACE_RANK.get(m.place_precision or "unknown", 6), -m.confidence, m.id),
                   default=None)


def block_key(category: str, status: str, actors: frozenset[str], recipients: frozenset[str]) -> str:
    """Mentions can only merge within a block: the same category family and the same set of countries."""
    return f"{plover_category(category, status)}|{','.join(sorted(actors | recipients))}"


def date_bounds(date: str | None, precision: str) -> tuple[str | None, str | None]:
    """The first and last day (ISO) a date at this precision can mean; (None, None) when it cannot be read."""
    if not date:
        return None, None
    try:
        if precision == "year" or len(date) == 4:
            year = int(date[:4])
            return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
        if precision == "month" or len(date) == 7:
            first = dt.date(int(date[:4]), int(date[5:7]), 1)
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first.isoformat(), (following - dt.timedelta(days=1)).isoformat()
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None, None
    if precision in SPAN_LENGTH:
        months, days = SPAN_LENGTH[precision]
        year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
        try:
            following = dt.date(year, month + 1, day.day) + dt.timedelta(days=days)
        except (ValueError, OverflowError):
            return day.isoformat(), None
        return day.isoformat(), (following - dt.timedelta(days=1)).isoformat()
    if precision == "unknown":
        return (day - dt.timedelta(days=UNKNOWN_DATE_DAYS)).isoformat(), day.isoformat()
    return day.isoformat(), day.isoformat()


def _parties(a: Candidate, b: Candidate) -> str | None:
    everyone = a.actors | a.recipients
    if not everyone:
        return None  # no country known: nothing to say they are the same parties
    if a.actors == b.actors and a.recipients == b.recipients:
        arrow = f" -> {','.join(sorted(a.recipients))}" if a.recipients else ""
        return f"{','.join(sorted(a.actors))}{arrow}"
    reciprocal = (not a.recipients and len(a.actors) > 1) or (not b.recipients and len(b.actors) > 1) \
        or a.category == b.category == "CONSULT"
    if reciprocal and everyone == b.actors | b.recipients:
        return f"{','.join(sorted(everyone))} (reciprocal, either order)"
    return None


def _dates(a: Candidate, b: Candidate) -> str | None:
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        same = a.lo is None and b.lo is None and a.article_id == b.article_id
        return "both undated, same article" if same else None
    if a.lo > b.hi or b.lo > a.hi:
        return None
    if a.date == b.date and a.precision == b.precision:
        return f"same date {a.date} ({a.precision})"
    return f"{a.date} ({a.precision}) and {b.date} ({b.precision}) can be the same day"


def _places(a: Candidate, b: Candidate) -> str | None:
    if not a.place_name or not b.place_name:
        return f"place {a.place_name or b.place_name or 'unknown'}, the other report names none"
    if a.place_name == b.place_name and a.place_country == b.place_country:
        return f"same place {a.place_name}"
    coarse = a.place_precision in COARSE_PLACES or b.place_precision in COARSE_PLACES
    if coarse and a.place_country and a.place_country == b.place_country:
        return f"{a.place_name} and {b.place_name} in {a.place_country}"
    return None


def why_same(a: Candidate, b: Candidate) -> dict[str, str] | None:
    """Why two mentions report one event (category, parties, dates, place), or None when they do not."""
    if plover_category(a.category, a.status) != plover_category(b.category, b.status):
        return None
    parties, dates, places = _parties(a, b), _dates(a, b), _places(a, b)
    if parties is None or dates is None or places is None:
        return None
    category = a.category if a.category == b.category else \
        f"{a.category} ({a.status}) and {b.category} ({b.status}): both an agreement"
    return {"category": category, "parties": parties, "dates": dates, "place": places}


def _order(candidate: Candidate) -> tuple[str, int, str, str]:
    return (candidate.lo or "", PRECISION_RANK.get(candidate.precision, 4), candidate.article_id, candidate.id)


def cluster_candidates(candidates: list[Candidate], *, block: str = "") -> list[Cluster]:
    """Complete-linkage clusters in canonical order; a sweep over date windows keeps it linear in practice.

    A cluster's id comes from its block and its first member, so ids of different blocks never collide."""
    clusters: list[Cluster] = []
    active: list[Cluster] = []
    latest: dict[str, str] = {}  # cluster id -> the last day any member can mean
    for candidate in sorted(candidates, key=_order):
        if candidate.lo is not None:
            # Undated mentions sort first and never merge with dated ones; clusters that end before this window
            # starts cannot take this or any later candidate.
            active = [c for c in active if latest[c.id] >= candidate.lo]
        for cluster in active:
            reasons = [why_same(member, candidate) for member in cluster.members]
            if all(reasons):
                cluster.members.append(candidate)
                cluster.reasons[candidate.id] = {"matches": cluster.members[0].id, **reasons[0]}  # type: ignore[dict-item]
                latest[cluster.id] = max(latest[cluster.id], candidate.hi or "")
                break
        else:
            digest = hashlib.sha256(f"{block}|{candidate.id}".encode()).hexdigest()[:16]
            cluster = Cluster(id=f"ev-{digest}", members=[candidate], reasons={candidate.id: {"first": "report"}})
            latest[cluster.id] = candidate.hi or ""
            clusters.append(cluster)
            active.append(cluster)
    return clusters


def fingerprint(cluster: Cluster) -> str:
    """Changes when the event's members, representative or place change (then its updated_at moves)."""
    place = cluster.place
    key = "|".join(sorted(m.id for m in cluster.members)) + f"#{cluster.representative.id}#{place.id if place else ''}"
    key += "#" + "|".join(sorted(f"{m.publisher}@{m.seen}" for m in cluster.members))
    return hashlib.sha256(key.encode()).hexdigest()[:32]
