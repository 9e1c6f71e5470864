"""Reading gold files: PLOVER gold-standard records (JSON lines) and Tacitus document gold (*.gold.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.errors import InputError
from tacitus.records import CATEGORIES

# Codes that name the same party in different conventions.
ALIASES = {"UN": "UNO", "EU": "EUR", "NATO": "IGO"}


def canonical(code: str | None) -> str | None:
    return ALIASES.get(code, code) if code else None


@dataclass
class GoldEvent:
    id: str
    categories: frozenset[str]
    actors: frozenset[str]
    recipients: frozenset[str]
    required: bool = True
    mode: str | None = None
    date: str | None = None
    date_tolerance_days: int = 0
    status: str | None = None
    place: str | None = None
    recipient_optional: bool = False

    @property
    def reciprocal(self) -> bool:
        return not self.recipients and len(self.actors) >= 2


@dataclass
class GoldDocument:
    id: str
    text: str
    published: str | None
    events: list[GoldEvent] = field(default_factory=list)
    must_not_actors: list[str] = field(default_factory=list)
    must_not_dates: list[str] = field(default_factory=list)


def _codes(values: list) -> frozenset[str]:
    codes = set()
    for value in values or []:
        code = value.get("code") if isinstance(value, dict) else value
        if code:
            codes.add(canonical(str(code).strip().upper()))
    return frozenset(codes)


def _check_categories(categories: frozenset[str], where: str) -> None:
    unknown = categories - set(CATEGORIES)
    if unknown:
        raise InputError(f"{where}: unknown PLOVER categories {sorted(unknown)}")


def load_tacitus_gold(path: Path, data: dict) -> GoldDocument:
    document = path.parent / data["document"]
    try:
        text = document.read_text(encoding="utf-8")
    except OSError:
        raise InputError(f"{path}: its document {document} cannot be read") from None
    gold = GoldDocument(id=path.name, text=text, published=data.get("metadata", {}).get("published"))
    for raw in data.get("events", []):
        categories = frozenset(raw.get("type") or [])
        _check_categories(categories, f"{path}: event {raw.get('id')}")
        note = (raw.get("note") or "").lower()
        gold.events.append(GoldEvent(
            id=raw["id"], categories=categories, actors=_codes(raw.get("actor")),
            recipients=_codes(raw.get("recipient")), required=bool(raw.get("required", True)),
            mode=raw.get("mode"), date=raw.get("date"), date_tolerance_days=int(raw.get("date_tolerance_days", 0)),
            status=raw.get("status"), place=raw.get("place"),
            recipient_optional="recipient left empty is acceptable" in note))
    for rule in data.get("must_not", []):
        if rule.get("actor_name"):
            gold.must_not_actors.append(rule["actor_name"])
        event = rule.get("event", "")
        if "dated" in event:
            gold.must_not_dates.append(event.split("dated")[-1].strip())
    return gold


def load_plover_records(path: Path, records: list[dict]) -> list[GoldDocument]:
    documents: dict[str, GoldDocument] = {}
    for number, record in enumerate(records, start=1):
        key = record["text"]
        document = documents.setdefault(key, GoldDocument(id=str(record.get("id", number)).split("-")[0],
                                                          text=key, published=record.get("date")))
        event = str(record.get("event") or "").strip().upper()
        if event and event not in ("NONE", "NULL"):
            categories = frozenset([event])
            _check_categories(categories, f"{path}:{number}")
            document.events.append(GoldEvent(
                id=str(record.get("id", number)), categories=categories, actors=_codes(record.get("source")),
                recipients=_codes(record.get("target")), mode=(record.get("mode") or None),
                date=record.get("event_date"), date_tolerance_days=int(record.get("event_date_tolerance", 0)),
                status=record.get("status"), place=record.get("place")))
    return list(documents.values())


def read_gold_file(path: Path) -> dict[str, Any] | list[dict[str, Any]]:
    """A gold file's content: a Tacitus ``*.gold.json`` document, or PLOVER records (a JSON list or lines)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, dict) and "document" in data:
        return data
    if isinstance(data, list):
        records = data
    else:
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise InputError(f"{path}:{number}: not JSON ({error.msg})") from None
    if not records:
        raise InputError(f"{path}: no gold records")
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{path}:{number}: a gold record needs a 'text'")
    return records


def load_gold(path: Path) -> list[GoldDocument]:
    """One gold file: a Tacitus ``*.gold.json`` document, a JSON list of PLOVER records, or JSON lines."""
    data = read_gold_file(path)
    if isinstance(data, dict):
        return [load_tacitus_gold(path, data)]
    return load_plover_records(path, data)
