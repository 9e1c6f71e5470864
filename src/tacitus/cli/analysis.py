"""`tacitus series|baseline|watchlist|brief|review|search|network`: intelligence from the store.

Thin shells over ``tacitus.analysis`` (imported when a command runs, so that ``tacitus --version`` stays fast);
the filters are the shared ones of ``tacitus events``.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Callable

import click

from tacitus.cli.common import emit_csv, emit_table, get_settings
from tacitus.cli.store import _filters, filter_options

RECIPIENT_HELP = "The dyad's other country (ISO3), with --country for the first: events between them."
BY_HELP = "Count by ISO week (2019-W52) or by month."


def _format(*choices: str, default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--format", "output_format", type=click.Choice(list(choices)), default=default,
                        show_default=True, help="Output format.")


def _json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _open(ctx: click.Context) -> Any:
    from tacitus.store import open_store

    return open_store(get_settings(ctx).db_url)


SERIES_COLUMNS = ["period", "start", "count", "categories", "quads", "mean_score", "mean_goldstein", "sources"]


def _series_row(point: dict[str, Any]) -> dict[str, Any]:
    categories = sorted(point["by_category"].items(), key=lambda kv: (-kv[1], kv[0]))
    return {**point, "categories": " ".join(f"{c}:{n}" for c, n in categories),
            "quads": " ".join(f"Q{q}:{n}" for q, n in point["by_quad"].items())}


@click.command("series")
@filter_options
@click.option("--recipient", metavar="ISO3", help=RECIPIENT_HELP)
@click.option("--by", type=click.Choice(["week", "month"]), default="week", show_default=True, help=BY_HELP)
@_format("table", "csv", "json", "markdown", "html", default="table")
@click.pass_context
def series_command(ctx: click.Context, /, recipient: str | None, by: str, output_format: str,
                   **values: Any) -> None:
    """Events per week or month: counts by category and quad class, mean score and Goldstein, sources.

    Counts asserted and reported events (or those of --status), each in the period its date falls in.
    """
    from tacitus.analysis.series import event_series

    event_filter = _filters(values)
    with _open(ctx) as store:
        result = event_series(store, event_filter, by=by, recipient=recipient)
    rows = [_series_row(p) for p in result.to_dict()["points"]]
    if output_format == "json":
        _json({**result.to_dict(), "sparkline": result.sparkline()})
    elif output_format == "csv":
        emit_csv(rows, SERIES_COLUMNS)
    elif output_format == "table":
        emit_table(rows, SERIES_COLUMNS, optional=["mean_goldstein", "quads", "start"])
        click.echo(f"{result.sparkline()}  {sum(p.count for p in result.points)} events, "
                   f"{len(result.points)} {by}s")
    else:
        _markup_table(rows, SERIES_COLUMNS, output_format, footer=result.sparkline())


def _markup_table(rows: list[dict[str, Any]], columns: list[str], output_format: str, footer: str = "") -> None:
    import html

    cells = [[("" if row.get(c) is None else str(row.get(c))) for c in columns] for row in rows]
    if output_format == "markdown":
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells]
        sys.stdout.write("\n".join(lines) + ("\n\n" + footer if footer else "") + "\n")
        return
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in cells)
    sys.stdout.write(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n"
                     + (f"<p>{html.escape(footer)}</p>\n" if footer else ""))


CHANGE_COLUMNS = ["subject", "current", "baseline_mean", "ratio", "p_value", "direction", "significant"]


@click.command("baseline")
@filter_options
@click.option("--recipient", metavar="ISO3", help=RECIPIENT_HELP)
@click.option("--by", type=click.Choice(["week", "month"]), default="week", show_default=True, help=BY_HELP)
@click.option("--periods", type=click.IntRange(min=1), default=12, show_default=True,
              help="Trailing periods in the baseline.")
@click.option("--at", metavar="PERIOD", help="The period to test: 2019-W52, 2019-12 or a day in it "
              "(default: the one holding --end, else the latest event's).")
@click.option("--min-count", type=click.IntRange(min=1), default=3, show_default=True,
              help="Test only when the count or the baseline mean reaches this.")
@click.option("--alpha", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=0.01,
              show_default=True, help="Significance level of the Poisson tail test.")
@_format("table", "csv", "json", "markdown", "html", default="table")
@click.pass_context
def baseline_command(ctx: click.Context, /, recipient: str | None, by: str, periods: int, at: str | None,
                     min_count: int, alpha: float, output_format: str, **values: Any) -> None:
    """The last period against the trailing ones: counts, ratio, Poisson p-value, and new dyads."""
    from tacitus.analysis.baseline import baseline_change

    event_filter = _filters(values)
    with _open(ctx) as store:
        report = baseline_change(store, event_filter, by=by, periods=periods, at=at, recipient=recipient,
                                 min_count=min_count, alpha=alpha)
    data = report.to_dict()
    if output_format == "json":
        _json(data)
        return
    rows = data["changes"]
    if output_format == "csv":
        emit_csv(rows, CHANGE_COLUMNS)
        return
    label = f"{report.period.key} ({report.period.start} to {report.period.end}) against the {len(report.baseline)} " \
            f"{by}s before"
    new = "; ".join(f"{d.actor}->{d.recipient} ({d.events})" for d in report.new_dyads) or "none"
    if output_format == "table":
        click.echo(label)
        emit_table(rows, CHANGE_COLUMNS)
        click.echo(f"new dyads: {new}")
    else:
        _markup_table(rows, CHANGE_COLUMNS, output_format, footer=f"{label}. New dyads: {new}.")


WATCH_COLUMNS = ["date", "status", "what", "reports", "outcome", "outcome_event", "id"]


@click.command("watchlist")
@filter_options
@click.option("--from", "from_day", metavar="DATE", help="Announced dates from this day (default: --start, else today).")
@click.option("--days", type=click.IntRange(min=1), default=30, show_default=True, help="How many days ahead.")
@click.option("--today", metavar="DATE", help="Judge outcomes as of this day (default: today).")
@_format("table", "json", "markdown", "html", default="table")
@click.pass_context
def watchlist_command(ctx: click.Context, /, from_day: str | None, days: int, today: str | None, output_format: str,
                      **values: Any) -> None:
    """Planned and intended events by announced date: happened, not reported yet or called off once past."""
    from tacitus.analysis.watchlist import watchlist

    event_filter = _filters(values)
    with _open(ctx) as store:
        result = watchlist(store, event_filter, start=from_day, days=days, today=today)
    if output_format == "json":
        _json(result.to_dict())
        return
    rows = [{"date": i.event.date, "status": i.event.status, "what": i.sentence.text, "reports": i.event.articles,
             "outcome": i.outcome, "outcome_event": i.outcome_event, "id": i.event.id} for i in result.items]
    if output_format == "table":
        emit_table(rows, WATCH_COLUMNS, squeeze=["what"], optional=["id", "outcome_event", "reports"])
    else:
        _markup_table(rows, WATCH_COLUMNS, output_format,
                      footer=f"Announced events from {result.start} to {result.end}, as of {result.today}.")


@click.command("brief")
@filter_options
@click.option("--recipient", metavar="ISO3", help=RECIPIENT_HELP)
@click.option("--date", metavar="DATE", help="One day (instead of --start and --end).")
@click.option("--topic", metavar="WORDS", help="Only events whose sentences mention these words (Idlib).")
@_format("markdown", "html", "json", default="markdown")
@click.pass_context
def brief_command(ctx: click.Context, /, recipient: str | None, date: str | None, topic: str | None,
                  output_format: str, **values: Any) -> None:
    """A brief on a country (and a partner): lead, Why it matters, What's next, Know more; every sentence cited."""
    from tacitus.analysis.brief import brief

    event_filter = _filters(values)
    with _open(ctx) as store:
        result = brief(store, event_filter, recipient=recipient, date=date, topic=topic)
    _write_document(result, output_format)


def _write_document(document: Any, output_format: str) -> None:
    """A brief or a review: JSON, HTML or Markdown on stdout."""
    if output_format == "json":
        _json(document.to_dict())
    elif output_format == "html":
        sys.stdout.write(document.to_html())
    else:
        sys.stdout.write(document.to_markdown())


@click.command("search")
@click.argument("query")
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many articles.")
@_format("table", "json", "markdown", "html", default="table")
@click.pass_context
def search_command(ctx: click.Context, /, query: str, limit: int, output_format: str, **values: Any) -> None:
    """Search the stored articles: ranked, with snippets and each article's events (under the filters)."""
    from tacitus.analysis.search import search

    event_filter = _filters(values)
    with _open(ctx) as store:
        result = search(store, query, event_filter, limit=limit)
    if output_format == "json":
        _json(result.to_dict())
        return
    rows = [{"published": (h.published or "")[:10], "publisher": h.publisher, "title": h.title,
             "snippet": h.snippet, "events": " ".join(e.id for e in h.events), "url": h.url} for h in result.hits]
    columns = ["published", "publisher", "title", "snippet", "events", "url"]
    if output_format == "table":
        emit_table(rows, columns, squeeze=["snippet", "title"], optional=["url", "events", "publisher"])
    else:
        _markup_table(rows, columns, output_format, footer=f"{len(rows)} articles for {query!r}.")


@click.command("review")
@click.option("--week", required=True, metavar="YYYY-Www", help="The ISO week (2019-W52).")
@filter_options
@_format("markdown", "html", "json", default="markdown")
@click.pass_context
def review_command(ctx: click.Context, /, week: str, output_format: str, **values: Any) -> None:
    """The week in review: top stories by region, changes against baseline, new dyads, next week, counts."""
    from tacitus.analysis.review import review

    event_filter = _filters(values)
    with _open(ctx) as store:
        result = review(store, week, event_filter)
    _write_document(result, output_format)


@click.command("network")
@filter_options
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True,
              help="Keep dyads with at least this many events.")
@click.option("-o", "--output", default="-", show_default=True, help="File to write ('-' for stdout).")
@_format("table", "json", "gexf", "graphml", default="table")
@click.pass_context
def network_command(ctx: click.Context, /, min_events: int, output: str, output_format: str, **values: Any) -> None:
    """The country network: actor -> recipient edges weighted by events and mean score, with centrality."""
    from tacitus.analysis.network import network

    event_filter = _filters(values)
    with _open(ctx) as store:
        result = network(store, event_filter, min_events=min_events)
    if output_format == "table":
        emit_table([n.to_dict() for n in result.nodes],
                   ["id", "out_events", "in_events", "degree_centrality", "betweenness"])
        return
    text = result.serialize(output_format)
    if output == "-":
        sys.stdout.write(text)
    else:
        from pathlib import Path

        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as error:
            from tacitus.errors import InputError

            raise InputError(f"cannot write {output}: {error.strerror}") from None
        click.echo(f"wrote {len(result.nodes)} nodes and {len(result.edges)} edges to {output}", err=True)


commands: list[click.Command] = [series_command, baseline_command, watchlist_command, brief_command,
                                 search_command, review_command, network_command]
