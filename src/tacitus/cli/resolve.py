"""`tacitus resolve actor|place|date`: the coder's resolution steps, one at a time, as JSON."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import click

from tacitus.cli.common import get_settings
from tacitus.errors import InputError, TacitusError
from tacitus.knowledge import load_gazetteer, load_registry

log = logging.getLogger(__name__)


def _jsonl_objects(path: str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    try:
        handle = sys.stdin if path == "-" else Path(path).open(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, None, f"not JSON ({error.msg})"
                continue
            if not isinstance(value, dict) or not isinstance(value.get("text"), str):
                yield number, None, "needs an object with a 'text' string"
                continue
            yield number, value, None


def _run(text: str | None, jsonl: str | None, one: Callable[[dict[str, Any]], object]) -> None:
    if jsonl:
        for number, value, error in _jsonl_objects(jsonl):
            if value is not None:
                try:
                    result = one(value)
                except TacitusError as failure:
                    error = str(failure)
            if error is not None:
                click.echo(f"tacitus: {jsonl}:{number}: {error}", err=True)
                result = {"error": error, "line": number}
            click.echo(json.dumps(result, ensure_ascii=False))
        return
    if text is None:
        raise click.UsageError("give TEXT or --jsonl FILE")
    click.echo(json.dumps(one({"text": text}), ensure_ascii=False))


@click.group("resolve")
def resolve() -> None:
    """Resolve an actor, a place or a date the way the coder does (JSON, null when unresolved)."""


@resolve.command("actor")
@click.argument("text", required=False)
@click.option("--date", metavar="YYYY-MM-DD", help="Resolve people's offices as of this date.")
@click.option("--context", help="The sentence or article, for surnames.")
@click.option("--jsonl", metavar="FILE|-", help='One {"text", "date", "context"} object a line.')
@click.pass_context
def resolve_actor(ctx: click.Context, text: str | None, date: str | None, context: str | None,
                  jsonl: str | None) -> None:
    """Resolve an actor mention: "Putin", "the Kremlin", "Russian-backed Syrian forces"."""
    from tacitus.coding.extract import parse_published  # loads spaCy

    registry = load_registry(get_settings(ctx))

    def one(value: dict[str, Any]) -> object:
        day = parse_published(value.get("date") or date)
        entity = registry.resolve(value["text"], date=day, context=value.get("context") or context)
        return entity.to_dict() if entity else None

    _run(text, jsonl, one)


@resolve.command("place")
@click.argument("text", required=False)
@click.option("--context", help="The sentence or article, to choose between places of one name.")
@click.option("--context-file", "context_file", metavar="FILE|-", help="Read the context from a file.")
@click.option("--jsonl", metavar="FILE|-", help='One {"text", "context", "source_place"?, "start"?} object a line.')
@click.option("--source-place", "source_place", metavar="PLACE",
              help='Where the publication is ("Alexandria, La."), when known: its own town wins among namesakes.')
@click.option("--explain", is_flag=True, help="Show every candidate, its score and why, not only the choice.")
@click.pass_context
def resolve_place(ctx: click.Context, text: str | None, context: str | None, context_file: str | None,
                  jsonl: str | None, source_place: str | None, explain: bool) -> None:
    """Resolve a place name to its GeoNames feature: coordinates, country, admin1, feature code.

    "Russia" is the country feature (not Moscow), "Sindh" the province, "Wash." Washington state;
    between places of one name the article decides (--context): "Hyderabad" in a story about Sindh,
    and the publication's place where it is known (--source-place, or "source_place" in --jsonl).
    """
    if context_file is not None:
        context = _read_context(context_file)
    gazetteer = load_gazetteer(get_settings(ctx))

    def one(value: dict[str, Any]) -> object:
        given = value.get("context") or context
        if given is not None and not isinstance(given, str):
            raise InputError("'context' must be a string")
        where = value.get("source_place") or value.get("publisher_place") or source_place
        if where is not None and not isinstance(where, str):
            raise InputError("'source_place' must be a string")
        start = value.get("start")  # the mention's offset in its context, when known
        explained = gazetteer.candidates(value["text"], context=given, source_place=where,
                                         start=start if isinstance(start, int) and not isinstance(start, bool) else None)
        if explained.place is None:
            log.info("%s", explained.reason)
        if not explain:
            return explained.place.to_dict() if explained.place else None
        return {"place": explained.place.to_dict() if explained.place else None, "reason": explained.reason,
                "candidates": [{"geonameid": c.feature.geonameid, "name": c.feature.name,
                                "feature_code": c.feature.feature_code, "country": c.feature.country,
                                "admin1_code": c.feature.admin1_code, "population": c.feature.population,
                                "lat": c.feature.lat, "lon": c.feature.lon, "score": c.score, "why": list(c.why)}
                               for c in explained.candidates[:MAX_EXPLAINED]]}

    _run(text, jsonl, one)


MAX_EXPLAINED = 10


def _read_context(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


@resolve.command("date")
@click.argument("text", required=False)
@click.option("--published", metavar="YYYY-MM-DD", help="The publication date to resolve against.")
@click.option("--context", help="The sentence, for its tense and its other dates.")
@click.option("--jsonl", metavar="FILE|-",
              help='One {"text", "published", "context" (or "sentence"), "start"?, "doc_id"?} object a line.')
def resolve_date_command(text: str | None, published: str | None, context: str | None, jsonl: str | None) -> None:
    """Resolve a temporal expression: "on Sunday", "Jan. 8", "last week", "the third quarter".

    Prints the first day (date) and its precision, the TimeML value (2019-12-22, 2019-W51, 2019-Q3,
    199X, PRESENT_REF...) and the span's first and last day (start, end); null when it cannot be placed.
    "kind" is "date", or "set" for a recurrence ("every Monday": XXXX-WXX-1, "daily": P1D) and "duration"
    for a length of time ("for three weeks": P3W), which have a value but no day.
    Lines of one "doc_id", in the document's order, are read as one story: "the next day" in a sentence
    with no date counts from the last day the story dated before it.
    """
    from tacitus.coding.dates import Narrative, resolve_date
    from tacitus.coding.extract import parse_published  # loads spaCy

    default = parse_published(published)
    stories: dict[str, Narrative] = {}

    def one(value: dict[str, Any]) -> object:
        day = parse_published(value.get("published")) or default
        if day is None:
            raise InputError("needs a publication date (--published or 'published')")
        sentence = value.get("context") or value.get("sentence") or context
        if sentence is not None and not isinstance(sentence, str):
            raise InputError("'context' must be a string")
        start = value.get("start")
        doc_id = value.get("doc_id")
        story = stories.setdefault(doc_id, Narrative()) if isinstance(doc_id, str) and doc_id else None
        resolved = resolve_date(value["text"], day, context=sentence,
                                start=start if isinstance(start, int) and not isinstance(start, bool) else None,
                                story=story)
        return resolved.to_dict() if resolved else None

    _run(text, jsonl, one)


commands: list[click.Command] = [resolve]
