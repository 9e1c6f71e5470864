"""Where ingest's CPU time goes beyond the parse: bare spaCy beside each stage of ingest, on the same Guardian
texts, in one process, CPU seconds (user + system) rather than wall time, so that a machine shared with
other work still gives comparable figures.

    .venv/bin/python benchmarks/bench_stages.py [--articles 100] [--rounds 2]

Each round runs bare ``spacy.load(...).pipe``, a whole ``ingest_sources`` (1 process, a new SQLite file),
then the stages one after another: reading (language detection included), parsing, lexical coding,
the classifier's review, storing. The median of the rounds is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]
from _results import write_section  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "guardian-syria-2017-2019.csv"


def cpu(run: Callable[[], Any]) -> tuple[float, Any]:
    before = time.process_time()
    result = run()
    return time.process_time() - before, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    options = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent", file=sys.stderr)
        return
    import spacy

    from tacitus.coding.classifier import load_classifier
    from tacitus.coding.extract import extract, lexical_events
    from tacitus.coding.review import review_documents
    from tacitus.config import Settings
    from tacitus.ingest.sources import read_sources
    from tacitus.nlp import NlpPipeline
    from tacitus.pipeline import ingest_sources
    from tacitus.records import Article
    from tacitus.store import open_store

    work = Path(tempfile.mkdtemp(prefix="tacitus-stages-"))
    articles = [a for a in read_sources([str(CORPUS)]) if isinstance(a, Article)][:options.articles]
    subset = work / "subset.jsonl"
    subset.write_text("".join(json.dumps({"id": a.id, "text": a.body, "published": a.published}) + "\n"
                              for a in articles), encoding="utf-8")
    settings = Settings(db_url=f"sqlite:///{work / 'warm.db'}", nlp_processes=1, prefilter="off",
                        cache_dir=str(work / "cache"))
    bare = spacy.load(settings.spacy_model)
    extract("Russia attacked Ukraine on Monday.", published="2022-03-01", settings=settings)  # models loaded
    ingest_sources([str(subset)], settings=settings)  # caches warm

    times: dict[str, list[float]] = {}
    events = 0
    for round_number in range(options.rounds):
        def clock(name: str, run: Callable[[], Any]) -> Any:
            used, result = cpu(run)
            times.setdefault(name, []).append(used)
            return result

        texts = [a.body for a in articles]
        clock("bare spaCy parse", lambda: sum(len(doc) for doc in bare.pipe(texts, batch_size=64)))
        db = work / f"ingest-{round_number}.db"
        report = clock("ingest, end to end", lambda: ingest_sources(
            [str(subset)], settings=settings.with_overrides(db_url=f"sqlite:///{db}")))
        events = report.events
        read = clock("read (language detection included)",
                     lambda: [a for a in read_sources([str(subset)]) if isinstance(a, Article)])
        parsed = clock("parse (tacitus.nlp)", lambda: list(NlpPipeline(settings).parse((a.id, a.body) for a in read)))
        lexical = clock("lexical coding", lambda: [lexical_events(p, a.published, settings)
                                                   for p, a in zip(parsed, read)])
        reviewed = clock("classifier review", lambda: review_documents(list(zip(lexical, parsed)), load_classifier()))

        def store() -> None:
            with open_store(f"sqlite:///{work / f'stages-{round_number}.db'}") as opened:
                for article, kept in zip(read, reviewed):
                    opened.save_article(article, events=kept)
        clock("store (SQLite)", store)
        print(f"round {round_number + 1}: " + ", ".join(f"{k} {v[-1]:.2f}" for k, v in times.items()), file=sys.stderr)

    median = {name: statistics.median(values) for name, values in times.items()}
    ceiling = median["bare spaCy parse"]
    rows = "\n".join(f"| {name} | {seconds:.2f} | {seconds / ceiling:.2f} |" for name, seconds in median.items())
    load = os.getloadavg()[0]
    write_section("throughput-stages", f"""
CPU seconds (user + system) of one process on the first {len(articles)} Guardian articles, median of
{options.rounds} rounds, bare parse and ingest alternating; {events} events stored. Load average when the
run ended: {load:.1f} on 2 cores (the machine was shared: CPU seconds are inflated too, but alike for all rows).

| stage | CPU s | × bare parse |
|---|---|---|
{rows}

Ingest end to end costs {median["ingest, end to end"] / ceiling - 1:+.0%} over the bare parse (target < +15%);
beyond the parse itself: lexical coding, the classifier, storing and reading.
""")


if __name__ == "__main__":
    main()
