"""Coding cost on top of the parse, on the Guardian corpus: no failure, events per article, time.

    .venv/bin/python benchmarks/bench_coding.py [--no-write]

Each step is timed on the wall clock and in CPU seconds (of this process and of the parser's worker processes):
on a machine shared with other work the wall clock says more of the machine than of the code.
``--no-write`` prints the section instead of writing it into RESULTS.md.
"""

from __future__ import annotations

import logging
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _results import write_section  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "guardian-syria-2017-2019.csv"


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and its finished children (the parser's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def code_all(parsed, published, settings):
    """Code every parsed article as `extract` and `ingest` do;
    (failures, events per article, categories, seconds, CPU seconds)."""
    from tacitus.coding.extract import code_parsed_many

    started, cpu = time.perf_counter(), cpu_seconds()
    failures, per_article, categories = 0, [], Counter()
    try:
        for _, events in code_parsed_many(((doc, published[doc.doc_id], None) for doc in parsed), settings=settings):
            per_article.append(len(events))
            categories.update(e.event for e in events)
    except Exception as error:  # the benchmark reports a failure rather than a traceback
        failures += 1
        print(f"coding failed after {len(per_article)} articles: {error}", file=sys.stderr)
    return failures, per_article, categories, time.perf_counter() - started, cpu_seconds() - cpu


def main(argv: list[str]) -> None:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent", file=sys.stderr)
        return
    from tacitus.coding.classifier import load_classifier
    from tacitus.config import Settings
    from tacitus.ingest.sources import read_sources
    from tacitus.knowledge import load_gazetteer, load_registry
    from tacitus.nlp import NlpPipeline

    settings = Settings()
    articles = [a for a in read_sources([str(CORPUS)]) if hasattr(a, "body")]
    load_registry(settings), load_gazetteer(settings)
    pipeline = NlpPipeline(settings)
    pipeline.parse_one("warm up")
    started, cpu = time.perf_counter(), cpu_seconds()
    parsed = list(pipeline.parse((a.id, a.body) for a in articles))
    parse_seconds, parse_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    published = {a.id: a.published for a in articles}
    sentence_errors = _ErrorCounter()  # the coder logs and skips a sentence it cannot code: count those too
    logging.getLogger("tacitus.coding").addHandler(sentence_errors)
    lexicon_only = code_all(parsed, published, settings.with_overrides(classifier="off"))
    started, cpu = time.perf_counter(), cpu_seconds()
    load_classifier().classify(["warm up"])  # the model loads once per process
    load_seconds, load_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    sentence_errors.count = 0
    reviewed = code_all(parsed, published, settings)
    failures, per_article, categories, code_seconds, code_cpu = reviewed
    total = sum(per_article)
    share, cpu_share = code_seconds / parse_seconds * 100, code_cpu / parse_cpu * 100
    section = f"""
Guardian corpus: {len(articles)} articles, {failures} failures, {sentence_errors.count} sentences that
could not be coded, {total} events
({total / max(len(per_article), 1):.1f} per article; min {min(per_article)}, max {max(per_article)}).

| step | seconds (wall) | CPU seconds |
|---|---|---|
| spaCy parse (NLP layer) | {parse_seconds:.2f} | {parse_cpu:.2f} |
| coding, lexicon only (`TACITUS_CLASSIFIER=off`) | {lexicon_only[3]:.2f} | {lexicon_only[4]:.2f} |
| loading the sentence-embedding model (once per process) | {load_seconds:.2f} | {load_cpu:.2f} |
| coding with the classifier's second opinion (default) | {code_seconds:.2f} | {code_cpu:.2f} |

Coding adds {share:.1f}% to the parse time with the classifier ({lexicon_only[3] / parse_seconds * 100:.1f}%
lexicon only; {(code_seconds + load_seconds) / parse_seconds * 100:.1f}% counting the one-off model load);
in CPU seconds {cpu_share:.1f}% ({lexicon_only[4] / parse_cpu * 100:.1f}% lexicon only); target < 15%.
With the classifier the coder keeps {total} events where the lexicon alone keeps
{sum(lexicon_only[1])} (abstentions, less the half-supported readings it confirms).

Events by category: {", ".join(f"{c} {n}" for c, n in categories.most_common())}.
"""
    if "--no-write" in argv:
        print(section)
    else:
        write_section("coding", section)
    print(f"coding adds {share:.1f}% ({cpu_share:.1f}% in CPU seconds)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
