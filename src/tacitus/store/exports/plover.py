"""PLOVER JSON lines, the canonical format: one record a canonical event, valid against event.schema.json.

Promised or scheduled cooperation (a planned or intended CONSULT, COOPERATE or AID) is exported as AGREE, as
the PLOVER manual codes it; the store keeps the underlying action, given here as ``action``. Refusals are
coded REJECT by the coder itself. ``mode`` holds only modes of the PLOVER manual's vocabulary: a finer mode of ours
that PLOVER does not have (ASSAULT occupy, SUPPORT praise, CONSULT meet...) leaves ``mode`` null and is given
in the extension field ``mode_detail`` (data/plover.csv says which modes map to which). A date is written as
its span: ``date`` the first day and ``enddate`` the last (a month, a week, a quarter...), both YYYY-MM-DD; an
event dated only by its report (precision unknown) keeps the publication day and no end.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, TextIO

from tacitus.plugins import Exporter
from tacitus.coding.scores import plover_mode
from tacitus.records import Event, plover_category
from tacitus.store.merge import date_bounds

MERGE_FIELDS = ("num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "updated_at")


def plover_record(event: Event, stats: dict[str, Any]) -> dict[str, Any]:
    record = event.to_dict()
    for entity in record["actor"] + record["recipient"]:
        entity.pop("backers", None)
    category = plover_category(event.event, event.status)
    record["mode_detail"] = None
    if category != event.event:
        record.update(event=category, mode=None, action=event.event, mode_detail=event.mode)
    elif event.mode is not None:
        record.update(mode=plover_mode(event.event, event.mode), mode_detail=event.mode)
    record.update({k: stats[k] for k in MERGE_FIELDS if k in stats})
    record["enddate"] = None
    if event.date_precision != "unknown":
        first, last = date_bounds(event.date, event.date_precision)
        if first is not None:
            record.update(date=first, enddate=last)
    return record


def write(pairs: Iterable[tuple[Event, dict[str, Any]]], out: TextIO) -> int:
    count = 0
    for event, stats in pairs:
        out.write(json.dumps(plover_record(event, stats), ensure_ascii=False) + "\n")
        count += 1
    return count


EXPORTER = Exporter("plover", write=write, description="PLOVER JSON lines (the event contract)")
