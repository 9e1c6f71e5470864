"""Ingest + NLP throughput on the Guardian corpus, beside a bare spaCy pass over the same texts.

    .venv/bin/python benchmarks/bench_ingest_nlp.py
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _results import write_section  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "guardian-syria-2017-2019.csv"


def main() -> None:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent", file=sys.stderr)
        return
    import spacy

    from tacitus.config import Settings
    from tacitus.ingest.sources import read_sources
    from tacitus.nlp import NlpPipeline

    started = time.perf_counter()
    articles = [a for a in read_sources([str(CORPUS)]) if hasattr(a, "body")]
    read_seconds = time.perf_counter() - started
    texts = [a.body for a in articles]

    bare = spacy.load(Settings().spacy_model)
    bare("warm up")
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in bare.pipe(texts, batch_size=64))
    bare_seconds = time.perf_counter() - started

    pipeline = NlpPipeline(Settings())
    pipeline.parse_one("warm up")
    started = time.perf_counter()
    sentences = sum(len(parsed.sentences) for parsed in pipeline.parse((a.id, a.body) for a in articles))
    ours_seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    overhead = (ours_seconds - bare_seconds) / bare_seconds * 100
    write_section("ingest-nlp", f"""
Guardian corpus: {len(articles)} articles, {tokens:,} tokens, {sentences:,} sentences.

| step | seconds | articles/s | tokens/s |
|---|---|---|---|
| read + clean + language (ingest) | {read_seconds:.2f} | {len(articles) / read_seconds:.0f} | {tokens / read_seconds:,.0f} |
| bare `spacy.load(...).pipe` | {bare_seconds:.2f} | {len(articles) / bare_seconds:.1f} | {tokens / bare_seconds:,.0f} |
| `tacitus.nlp.NlpPipeline.parse` | {ours_seconds:.2f} | {len(articles) / ours_seconds:.1f} | {tokens / ours_seconds:,.0f} |

NLP layer overhead over bare spaCy: {overhead:+.1f}% (target < 10%). Peak RSS {peak_mib:.0f} MiB.
""")
    print(f"overhead {overhead:+.1f}%", file=sys.stderr)


if __name__ == "__main__":
    main()
