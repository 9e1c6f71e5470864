"""Apache Parquet (pyarrow): the CSV columns typed, party countries as lists, written in row groups as the
events stream by (memory stays flat however large the export)."""

from __future__ import annotations

from typing import Any, Iterable

from tacitus.plugins import Exporter
from tacitus.records import Event
from tacitus.store.exports.flat import flat_row

ROW_GROUP = 50_000


def _schema() -> Any:
    import pyarrow as pa

    text, number, whole = pa.string(), pa.float64(), pa.int64()
    return pa.schema([
        ("id", text), ("date", text), ("date_precision", text), ("event", text), ("action", text), ("mode", text),
        ("status", text), ("actor_countries", pa.list_(text)), ("actor_names", pa.list_(text)),
        ("recipient_countries", pa.list_(text)), ("recipient_names", pa.list_(text)), ("place", text),
        ("place_country", text), ("lat", number), ("lon", number), ("quad_class", whole), ("score", number),
        ("cameo", text), ("goldstein", number), ("confidence", number), ("num_mentions", whole),
        ("num_sources", whole), ("num_articles", whole), ("first_seen", text), ("last_seen", text),
        ("url", text), ("sentence", text)])


def _record(event: Event, stats: dict[str, Any]) -> dict[str, Any]:
    record = flat_row(event, stats)
    record["actor_countries"] = [a.country for a in event.actor if a.country]
    record["recipient_countries"] = [r.country for r in event.recipient if r.country]
    record["actor_names"] = [a.name or a.text for a in event.actor]
    record["recipient_names"] = [r.name or r.text for r in event.recipient]
    return record


def write_file(pairs: Iterable[tuple[Event, dict[str, Any]]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for event, stats in pairs:
            batch.append(_record(event, stats))
            count += 1
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count


EXPORTER = Exporter("parquet", write_file=write_file, description="Apache Parquet (needs -o FILE)")
