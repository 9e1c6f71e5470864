"""Writing mentions and keeping the canonical events they merge into up to date.

After mentions are added or removed, only the clusters they can touch are recomputed: the mentions of the same
merge block whose date windows overlap theirs, widened until no stored mention overlaps the set from outside.
Such a set is a union of whole components of the "could merge" relation, so clustering it from scratch (in the
canonical order of merge.py) gives exactly what clustering the whole store would: merging does not depend on
ingest order. An event keeps its created_at; updated_at moves only when what it says changes.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from sqlalchemy import Connection, Row, Select, delete, func, insert, select, text

from tacitus.clock import utc_now
from tacitus.records import Entity, Event, Place
from tacitus.store.merge import Candidate, Cluster, block_key, cluster_candidates, date_bounds, fingerprint
from tacitus.store.schema import articles, event_dyads, event_mentions, events, mention_actors, mentions

# The Place fields a mention row keeps, as place_<field> columns
PLACE_COLUMNS = ("text", "name", "country", "admin1", "geonameid", "lat", "lon", "precision", "feature_class",
                 "feature_code", "admin2", "admin1_code", "admin2_code")
CHUNK = 500  # ids per IN (...) list: well under every driver's parameter limit


@dataclass(frozen=True)
class Seed:
    """Where a mention was added or removed: the block and date window whose clusters must be recomputed."""

    block: str
    lo: str | None
    hi: str | None
    article_id: str


def lock_block(conn: Connection, block: str) -> None:
    """PostgreSQL: serialize writers re-merging one block until commit (SQLite has one writer anyway)."""
    if conn.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(block.encode()).digest()[:8], "big", signed=True)
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _countries(entities: list[Entity]) -> frozenset[str]:
    return frozenset(e.country for e in entities if e.country)


def mention_rows(article_id: str, items: list[Event]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for mentions and mention_actors (a repeated event id is stored once)."""
    rows, actor_rows, seen = [], [], set()
    for item in items:
        if item.id in seen:
            continue
        seen.add(item.id)
        actors, recipients = _countries(item.actor), _countries(item.recipient)
        lo, hi = date_bounds(item.date, item.date_precision)
        place = item.event_loc
        rows.append({
            "id": item.id, "article_id": article_id, "category": item.event, "mode": item.mode,
            "context": json.dumps(item.context), "status": item.status, "confidence": item.confidence,
            "date": item.date, "date_precision": item.date_precision, "date_lo": lo, "date_hi": hi,
            "sentence": item.sentence, "sentence_index": item.sentence_index, "trigger": item.trigger,
            "start_char": item.start_char, "end_char": item.end_char, "quad_class": item.quad_class,
            "score": item.score, "cameo": item.cameo, "goldstein": item.goldstein,
            "block": block_key(item.event, item.status, actors, recipients),
            "actor_countries": ";".join(sorted(actors)), "recipient_countries": ";".join(sorted(recipients)),
            **{f"place_{k}": getattr(place, k, None) for k in
               PLACE_COLUMNS}})
        for role, entities in (("actor", item.actor), ("recipient", item.recipient)):
            actor_rows += [{"mention_id": item.id, "role": role, "position": position, "text": entity.text,
                            "name": entity.name, "country": entity.country, "sector": entity.sector,
                            "kind": entity.kind, "entity_id": entity.entity_id}
                           for position, entity in enumerate(entities)]
    return rows, actor_rows


def insert_mentions(conn: Connection, article_id: str, items: list[Event]) -> list[Seed]:
    rows, actor_rows = mention_rows(article_id, items)
    if rows:
        conn.execute(insert(mentions), rows)
    if actor_rows:
        conn.execute(insert(mention_actors), actor_rows)
    return [Seed(r["block"], r["date_lo"], r["date_hi"], article_id) for r in rows]


def delete_mentions(conn: Connection, article_id: str) -> list[Seed]:
    """Withdraw an article's mentions; events left without any mention go with them."""
    found = conn.execute(select(mentions.c.id, mentions.c.block, mentions.c.date_lo, mentions.c.date_hi)
                         .where(mentions.c.article_id == article_id)).fetchall()
    ids = [r.id for r in found]
    for part in _chunks(ids):
        touched = list(conn.execute(select(event_mentions.c.event_id).where(event_mentions.c.mention_id.in_(part)))
                       .scalars())
        conn.execute(delete(event_mentions).where(event_mentions.c.mention_id.in_(part)))
        conn.execute(delete(mention_actors).where(mention_actors.c.mention_id.in_(part)))
        still = set(conn.execute(select(event_mentions.c.event_id).where(event_mentions.c.event_id.in_(touched)))
                    .scalars())
        _delete_events(conn, [e for e in touched if e not in still])
    conn.execute(delete(mentions).where(mentions.c.article_id == article_id))
    return [Seed(r.block, r.date_lo, r.date_hi, article_id) for r in found]


def remerge(conn: Connection, seeds: Iterable[Seed]) -> None:
    """Recompute the canonical events that mentions at these seeds belong to, block by block."""
    by_block: dict[str, list[Seed]] = defaultdict(list)
    for seed in seeds:
        by_block[seed.block].append(seed)
    stamp = utc_now()
    for block in sorted(by_block):  # a fixed order, so two PostgreSQL writers take block locks alike
        lock_block(conn, block)
        rows = _component(conn, block, by_block[block])
        _write_clusters(conn, rows, existing=_existing(conn, [r.id for r in rows]), stamp=stamp)


def rebuild_all(conn: Connection) -> int:
    """Recompute every canonical event from the mentions (after a migration or a bulk load)."""
    for table in (event_dyads, event_mentions, events):
        conn.execute(delete(table))
    query = _candidate_query().order_by(mentions.c.block, mentions.c.date_lo, mentions.c.id)
    stamp, count, current = utc_now(), 0, None
    block_rows: list[Row[Any]] = []
    for row in conn.execute(query.execution_options(yield_per=10_000)):
        if row.block != current and block_rows:
            count += _write_clusters(conn, block_rows, existing=Existing({}, {}), stamp=stamp)
            block_rows = []
        current = row.block
        block_rows.append(row)
    if block_rows:
        count += _write_clusters(conn, block_rows, existing=Existing({}, {}), stamp=stamp)
    return count


def _candidate_query() -> Select[Any]:
    seen = func.coalesce(articles.c.published, articles.c.fetched_at).label("seen")
    return (select(mentions.c.id, mentions.c.article_id, mentions.c.block, mentions.c.category, mentions.c.mode,
                   mentions.c.status, mentions.c.date, mentions.c.date_precision, mentions.c.date_lo,
                   mentions.c.date_hi, mentions.c.quad_class, mentions.c.score, mentions.c.confidence,
                   mentions.c.actor_countries, mentions.c.recipient_countries, mentions.c.place_name,
                   mentions.c.place_country, mentions.c.place_precision, mentions.c.goldstein, articles.c.publisher,
                   seen)
            .join(articles, articles.c.id == mentions.c.article_id))


def _component(conn: Connection, block: str, seeds: list[Seed]) -> list[Row[Any]]:
    """The block's mentions that can merge, directly or through others, with mentions at the seeds."""
    found: dict[str, Row[Any]] = {}
    undated_articles = sorted({s.article_id for s in seeds if s.lo is None})
    for part in _chunks(undated_articles):
        for row in conn.execute(_candidate_query().where(mentions.c.block == block, mentions.c.date_lo.is_(None),
                                                         mentions.c.article_id.in_(part))):
            found[row.id] = row
    dated = [s for s in seeds if s.lo is not None and s.hi is not None]
    if dated:
        lo, hi = min(s.lo for s in dated), max(s.hi for s in dated)  # type: ignore[type-var]
        while True:
            rows = conn.execute(_candidate_query().where(mentions.c.block == block, mentions.c.date_lo <= hi,
                                                         mentions.c.date_hi >= lo)).fetchall()
            wider_lo, wider_hi = min([lo] + [r.date_lo for r in rows]), max([hi] + [r.date_hi for r in rows])
            if (wider_lo, wider_hi) == (lo, hi):
                break
            lo, hi = wider_lo, wider_hi
        found.update((r.id, r) for r in rows)
    return list(found.values())


@dataclass
class Existing:
    """The stored events of a set of mentions: what re-merging them may keep, change or delete."""

    fingerprints: dict[str, tuple[str, str]]  # event id -> (fingerprint, created_at)
    event_of: dict[str, str]  # mention id -> event id

    def created(self, cluster: Cluster, stamp: str) -> str:
        """An event is as old as the oldest event its reports were in (its id changes with its first report)."""
        before = [self.fingerprints[self.event_of[m.id]][1] for m in cluster.members if m.id in self.event_of]
        return min(before, default=stamp)


def _existing(conn: Connection, mention_ids: list[str]) -> Existing:
    found = Existing({}, {})
    for part in _chunks(mention_ids):
        for link in conn.execute(select(event_mentions.c.event_id, event_mentions.c.mention_id)
                                 .where(event_mentions.c.mention_id.in_(part))):
            found.event_of[link.mention_id] = link.event_id
    for part in _chunks(sorted(set(found.event_of.values()))):
        for row in conn.execute(select(events.c.id, events.c.fingerprint, events.c.created_at)
                                .where(events.c.id.in_(part))):
            found.fingerprints[row.id] = (row.fingerprint, row.created_at)
    return found


def _candidate(row: Row[Any]) -> Candidate:
    return Candidate(id=row.id, article_id=row.article_id, category=row.category, status=row.status,
                     actors=frozenset(filter(None, row.actor_countries.split(";"))),
                     recipients=frozenset(filter(None, row.recipient_countries.split(";"))), date=row.date,
                     precision=row.date_precision, lo=row.date_lo, hi=row.date_hi, place_name=row.place_name,
                     place_country=row.place_country, place_precision=row.place_precision,
                     confidence=row.confidence, publisher=row.publisher, seen=row.seen)


def _write_clusters(conn: Connection, rows: list[Row[Any]], *, existing: Existing, stamp: str) -> int:
    by_id = {r.id: r for r in rows}
    clusters = cluster_candidates([_candidate(r) for r in rows], block=rows[0].block if rows else "")
    new_events, links, dyads, changed = [], [], [], []
    for cluster in clusters:
        mark = fingerprint(cluster)
        stored = existing.fingerprints.get(cluster.id)
        if stored is not None and stored[0] == mark:
            continue
        if stored is not None:
            changed.append(cluster.id)
        new_events.append(_event_row(cluster, by_id, mark, existing.created(cluster, stamp), stamp))
        links += [{"event_id": cluster.id, "mention_id": m.id, "reason": json.dumps(cluster.reasons[m.id])}
                  for m in cluster.members]
        dyads += _dyad_rows(cluster, by_id)
    _delete_events(conn, changed + sorted(set(existing.fingerprints) - {c.id for c in clusters}))
    for table, values in ((events, new_events), (event_mentions, links), (event_dyads, dyads)):
        if values:
            conn.execute(insert(table), values)
    return len(clusters)


def _event_row(cluster: Cluster, by_id: dict[str, Row[Any]], mark: str, created: str, stamp: str) -> dict[str, Any]:
    head = by_id[cluster.representative.id]
    place = cluster.place
    seen = sorted(m.seen for m in cluster.members if m.seen)
    # An article without a publisher counts as a source of its own.
    sources = {m.publisher or f"article:{m.article_id}" for m in cluster.members}
    return {"id": cluster.id, "block": head.block, "representative": head.id, "category": head.category,
            "mode": head.mode, "status": head.status, "date": head.date, "date_precision": head.date_precision,
            "date_lo": head.date_lo, "date_hi": head.date_hi, "quad_class": head.quad_class, "score": head.score,
            "confidence": max(m.confidence for m in cluster.members), "actor_countries": head.actor_countries,
            "recipient_countries": head.recipient_countries, "place_mention": place.id if place else None,
            "place_name": place.place_name if place else None, "place_country": place.place_country if place else None,
            "num_mentions": len(cluster.members), "num_articles": len({m.article_id for m in cluster.members}),
            "num_sources": len(sources), "first_seen": seen[0] if seen else None,
            "last_seen": seen[-1] if seen else None, "fingerprint": mark, "created_at": created, "updated_at": stamp,
            "goldstein": head.goldstein, "publishers": publishers_of(cluster)}


def publishers_of(cluster: Cluster) -> str:
    """The publishers of the event's reports, as the series counts them: known ones only, each once."""
    return json.dumps(sorted({m.publisher for m in cluster.members if m.publisher is not None}))


def _dyad_rows(cluster: Cluster, by_id: dict[str, Row[Any]]) -> list[dict[str, Any]]:
    head = cluster.representative
    row = by_id[head.id]
    if head.recipients:
        pairs = {(a, b) for a in head.actors for b in head.recipients if a != b}
    else:  # reciprocal: each unordered pair once, the lower code first
        pairs = {(a, b) for a in head.actors for b in head.actors if a < b}
    publishers = publishers_of(cluster)
    return [{"event_id": cluster.id, "side_a": a, "side_b": b, "date_lo": row.date_lo, "quad_class": row.quad_class,
             "score": row.score, "date_hi": row.date_hi, "category": row.category, "status": row.status,
             "goldstein": row.goldstein, "publishers": publishers} for a, b in sorted(pairs)]


def _delete_events(conn: Connection, ids: list[str]) -> None:
    for part in _chunks(ids):
        for table in (event_dyads, event_mentions):
            conn.execute(delete(table).where(table.c.event_id.in_(part)))
        conn.execute(delete(events).where(events.c.id.in_(part)))


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def event_from_row(row: Row[Any], actor_rows: list[Row[Any]]) -> Event:
    """A stored mention (with its actors) as the Event it was saved from."""
    def entities(role: str) -> list[Entity]:
        return [Entity(text=p.text, name=p.name, country=p.country, sector=p.sector, kind=p.kind,
                       entity_id=p.entity_id) for p in actor_rows if p.role == role]

    place = None
    if row.place_name is not None:
        place = Place(text=row.place_text or row.place_name, name=row.place_name, country=row.place_country,
                      admin1=row.place_admin1, geonameid=row.place_geonameid, lat=row.place_lat, lon=row.place_lon,
                      precision=row.place_precision or "unknown", feature_class=row.place_feature_class,
                      feature_code=row.place_feature_code, admin2=row.place_admin2,
                      admin1_code=row.place_admin1_code, admin2_code=row.place_admin2_code)
    return Event(id=row.id, doc_id=row.article_id, event=row.category, actor=entities("actor"),
                 recipient=entities("recipient"), date=row.date, date_precision=row.date_precision,
                 status=row.status, sentence=row.sentence, confidence=row.confidence, mode=row.mode,
                 context=json.loads(row.context), event_loc=place, sentence_index=row.sentence_index,
                 trigger=row.trigger, start_char=row.start_char, end_char=row.end_char, quad_class=row.quad_class,
                 score=row.score, cameo=row.cameo, goldstein=row.goldstein)


def actors_of(conn: Connection, mention_ids: list[str]) -> dict[str, list[Row[Any]]]:
    found: dict[str, list[Row[Any]]] = defaultdict(list)
    for part in _chunks(mention_ids):
        for row in conn.execute(select(mention_actors).where(mention_actors.c.mention_id.in_(part))
                                .order_by(mention_actors.c.mention_id, mention_actors.c.role,
                                          mention_actors.c.position)):
            found[row.mention_id].append(row)
    return found

