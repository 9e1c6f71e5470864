"""The Parquet form of a batch: three tables, one file of each per partition.

    DIR/articles/part-00000.parquet   one row per article (every field of ``Article``)
    DIR/events/part-00000.parquet     one row per coded event mention, parties and place nested
    DIR/mentions/part-00000.parquet   one row per party of an event (actor or recipient), flat, for counting

Events are the coded mentions of one article each, as ``tacitus extract`` prints them; merging them into
canonical events across articles is the store's work (``tacitus load``). The rows read back into the same
``Article`` and ``Event`` records they were written from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from tacitus.errors import InputError
from tacitus.records import Article, Entity, Event, Place

TABLES = ("articles", "events", "mentions")


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    text, number, whole, texts = pa.string(), pa.float64(), pa.int64(), pa.list_(pa.string())
    entity = pa.struct([("text", text), ("country", text), ("name", text), ("sector", text), ("kind", text),
                        ("entity_id", text), ("backers", texts)])
    place = pa.struct([("text", text), ("name", text), ("country", text), ("admin1", text), ("geonameid", whole),
                       ("lat", number), ("lon", number), ("precision", text), ("feature_class", text),
                       ("feature_code", text), ("admin2", text), ("admin1_code", text), ("admin2_code", text)])
    return {
        "articles": pa.schema([
            ("id", text), ("raw_text", text), ("body", text), ("url", text), ("publisher", text), ("title", text),
            ("authors", texts), ("published", text), ("published_precision", text), ("published_raw", text),
            ("fetched_at", text), ("language", text), ("captions", texts), ("source_path", text),
            ("dateline_place", text)]),
        "events": pa.schema([
            ("id", text), ("doc_id", text), ("event", text), ("actor", pa.list_(entity)),
            ("recipient", pa.list_(entity)), ("date", text), ("date_precision", text), ("status", text),
            ("sentence", text), ("confidence", number), ("mode", text), ("context", texts), ("event_loc", place),
            ("sentence_index", whole), ("trigger", text), ("start_char", whole), ("end_char", whole),
            ("quad_class", whole), ("score", number), ("cameo", text), ("goldstein", number)]),
        "mentions": pa.schema([
            ("event_id", text), ("article_id", text), ("role", text), ("position", whole), ("text", text),
            ("country", text), ("name", text), ("sector", text), ("kind", text), ("entity_id", text)]),
    }


def partition_tables(coded: Iterable[tuple[Article, list[Event] | None]]) -> dict[str, Any]:
    """The three tables (pyarrow) of one partition's coded articles."""
    import pyarrow as pa

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for article, events in coded:
        rows["articles"].append(article.to_dict())
        for event in events or []:
            rows["events"].append(event.to_dict())
            for role, parties in (("actor", event.actor), ("recipient", event.recipient)):
                for position, party in enumerate(parties):
                    entity = party.to_dict()
                    del entity["backers"]
                    rows["mentions"].append({"event_id": event.id, "article_id": article.id, "role": role,
                                             "position": position, **entity})
    schemas = _schemas()
    return {name: pa.Table.from_pylist(rows[name], schema=schemas[name]) for name in TABLES}


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_partition(out: Path, index: int, tables: dict[str, Any]) -> None:
    """Write one partition; each file appears whole or not at all (written aside, then renamed)."""
    import pyarrow.parquet as pq

    for name in TABLES:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{part_name(index)}.tmp"
        pq.write_table(tables[name], temporary)
        temporary.replace(folder / part_name(index))


def partitions(out: Path) -> list[str]:
    """The partition file names a batch folder holds (those with an articles table)."""
    return sorted(p.name for p in (out / "articles").glob("part-*.parquet"))


def read_partition(out: Path, name: str) -> Iterator[tuple[Article, list[Event]]]:
    """The articles of one partition with their events, as the records they were written from."""
    by_article: dict[str, list[Event]] = {}
    events_file = out / "events" / name
    if events_file.exists():
        for row in _rows(events_file):
            by_article.setdefault(row["doc_id"], []).append(event_from_row(row))
    for row in _rows(out / "articles" / name):
        yield Article(**row), by_article.get(row["id"], [])


def _rows(path: Path) -> list[dict[str, Any]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    except (OSError, pa.ArrowException) as error:
        raise InputError(f"{path}: not a readable Parquet file ({error})") from None
    return rows


def event_from_row(row: dict[str, Any]) -> Event:
    data = dict(row)
    data["actor"] = [Entity(**party) for party in row["actor"]]
    data["recipient"] = [Entity(**party) for party in row["recipient"]]
    data["event_loc"] = Place(**row["event_loc"]) if row["event_loc"] else None
    return Event(**data)
