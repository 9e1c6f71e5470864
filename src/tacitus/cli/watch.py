"""`tacitus watch`: follow RSS/Atom feeds, coding and storing new items as they appear."""

from __future__ import annotations

import click

from tacitus.cli.common import PREFILTER_HELP, PROCESSES_HELP, get_settings, stderr_console


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True, metavar="FEEDS.txt|URL...")
@click.option("--interval", "--every", "interval", default="15m", show_default=True, metavar="DURATION",
              help="Time between polls: 90s, 15m, 2h.")
@click.option("--polls", type=click.IntRange(min=1), metavar="N", help="Stop after N polls [default: run until "
              "interrupted].")
@click.option("--allow-private", is_flag=True, help="Also fetch feeds on this machine or a private network.")
@click.option("--processes", type=click.IntRange(min=0), default=None, metavar="N", help=PROCESSES_HELP)
@click.option("--prefilter", type=click.Choice(["on", "off"]), default=None, help=PREFILTER_HELP)
@click.pass_context
def watch_command(ctx: click.Context, feeds: tuple[str, ...], interval: str, polls: int | None, allow_private: bool,
                  processes: int | None, prefilter: str | None) -> None:
    """Poll feeds (URLs, or files listing one URL a line) and store their new items with their events.

    Items already stored with the same text are skipped before parsing; a feed that fails is reported in
    the poll's status line on stderr and tried again next time. Runs until interrupted: SIGINT or SIGTERM
    finish the current poll and exit. Started again, it goes on where it stopped.

    \b
    Example:
      tacitus watch feeds.txt --every 15m --db events.db
    """
    from tacitus.scale.watch import Watcher, feed_urls, install_signal_handlers, parse_interval

    seconds = parse_interval(interval)
    settings = get_settings(ctx).with_overrides(nlp_processes=processes, prefilter=prefilter)
    watcher = Watcher(feed_urls(feeds), settings=settings, allow_private=allow_private)
    install_signal_handlers(watcher)
    watcher.run(interval=seconds, polls=polls,
                report=lambda poll: stderr_console.print(poll.status(), highlight=False, markup=False))


commands: list[click.Command] = [watch_command]
