"""Actor resolution on real news: do the party texts of the PLOVER gold records resolve to their gold code?

    .venv/bin/python benchmarks/bench_actors.py [-v]

Reads ``../shared/dev/plover-gsr-dev.jsonl`` (skips cleanly when it is absent) and resolves every
``source``/``target`` ``actorText`` with the record's sentence as context, as `tacitus resolve actor`
does, once with the curated registry alone and once with the PETRARCH2 conversion added. Codes compare as
`tacitus eval` compares them (its old-code aliases, and one family for IGO, NGO, UNO and EUR). A gold sector of
``***`` or none is not scored; "CVLalb" is scored as CVL, JRN as MED. ``-v`` lists the misses on stderr (never
written to a file: the gold texts stay out of the repository).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _results import write_section  # noqa: E402

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "plover-gsr-dev.jsonl"
# Sector codes of the gold file that name one of ours: journalists (JRN) are media (MED), CIV is CVL, and a
# bare religion (MOS) is what we call REL.
GOLD_SECTORS = {"JRN": "MED", "CIV": "CVL", "MOS": "REL"}


@dataclass
class Tally:
    parties: int = 0
    resolved: int = 0
    country: int = 0
    sector_gold: int = 0
    sector: int = 0
    misses: list[str] = field(default_factory=list)
    by_gold_sector: Counter[str] = field(default_factory=Counter)
    by_gold_sector_right: Counter[str] = field(default_factory=Counter)


def same_country(gold: str, ours: str | None) -> bool:
    from tacitus.evaluation.plover import INTERNATIONAL, canonical_code

    if ours is None:
        return False
    gold, ours = canonical_code(gold), canonical_code(ours)
    return gold == ours or (gold in INTERNATIONAL and ours in INTERNATIONAL)


def measure(registry: object, records: list[dict[str, object]]) -> Tally:
    tally = Tally()
    for record in records:
        sentence = str(record.get("text") or "")
        for side in ("source", "target"):
            for party in record.get(side) or []:  # type: ignore[attr-defined]
                tally.parties += 1
                gold_code = str(party.get("code") or "")
                gold_sector = str(party.get("sector") or "")[:3].upper()
                gold_sector = GOLD_SECTORS.get(gold_sector, gold_sector)
                entity = registry.resolve(party["actorText"], context=sentence)  # type: ignore[attr-defined]
                tally.resolved += entity is not None
                country_ok = same_country(gold_code, entity.country if entity else None)
                tally.country += country_ok
                sector_ok = True
                if gold_sector and gold_sector != "***":
                    tally.sector_gold += 1
                    tally.by_gold_sector[gold_sector] += 1
                    sector_ok = entity is not None and entity.sector == gold_sector
                    tally.sector += sector_ok
                    tally.by_gold_sector_right[gold_sector] += sector_ok
                if not (country_ok and sector_ok):
                    got = f"{entity.country} {entity.sector}" if entity else "null"
                    tally.misses.append(f"{party['actorText']!r}: gold {gold_code} {gold_sector or '-'}, got {got}")
    return tally


def main() -> None:
    if not GOLD.exists():
        print(f"skipped: {GOLD} not found", file=sys.stderr)
        return
    from tacitus.knowledge.actors import ActorRegistry
    from tacitus.knowledge.registry import build_registry_data

    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    curated = measure(ActorRegistry(build_registry_data(None, converted=False)), records)
    full = measure(ActorRegistry(build_registry_data(None)), records)

    def row(label: str, t: Tally) -> str:
        return (f"| {label} | {t.resolved}/{t.parties} ({t.resolved / t.parties:.0%}) | "
                f"{t.country}/{t.parties} ({t.country / t.parties:.0%}) | "
                f"{t.sector}/{t.sector_gold} ({t.sector / max(t.sector_gold, 1):.0%}) |")

    sectors = sorted(full.by_gold_sector, key=lambda s: -full.by_gold_sector[s])
    per_sector = " · ".join(f"{s} {full.by_gold_sector_right[s]}/{full.by_gold_sector[s]}" for s in sectors)
    write_section("actors", f"""
PLOVER gold records, dev half ({len(records)} records, {full.parties} party texts), each `actorText`
resolved with its sentence as context (no date: the file's dates are placeholders).

| registry | resolved | gold country | gold sector, where given |
|---|---|---|---|
{row("curated files only", curated)}
{row("curated + PETRARCH2 conversion", full)}

Sector right by gold sector (curated + conversion): {per_sector}.
""")
    if "-v" in sys.argv:
        print("\n".join(full.misses), file=sys.stderr)


if __name__ == "__main__":
    main()
