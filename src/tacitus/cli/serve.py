"""`tacitus serve`: the JSON API and the dashboard, on localhost unless told otherwise."""

from __future__ import annotations

import logging

import click

from tacitus.cli.common import get_settings

log = logging.getLogger(__name__)


@click.command("serve")
@click.option("--host", metavar="ADDRESS", help="Address to listen on (TACITUS_SERVE_HOST; default 127.0.0.1: "
              "only this machine).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port (TACITUS_SERVE_PORT; default 8000).")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the dashboard and the JSON API (/api/v1, docs at /docs) over the store.

    Reads are open; writes (POST/DELETE /api/v1/articles) need TACITUS_API_TOKEN set and sent as a bearer token.
    """
    import uvicorn  # the web stack loads only when the command runs

    from tacitus.web.app import create_app

    settings = get_settings(ctx).with_overrides(serve_host=host, serve_port=port)
    app = create_app(settings)
    shown = f"[{settings.serve_host}]" if ":" in settings.serve_host else settings.serve_host
    click.echo(f"tacitus: serving {settings.db_url} at http://{shown}:{settings.serve_port}/ "
               f"(API docs at /docs; writes {'on' if settings.api_token else 'off: no TACITUS_API_TOKEN'})", err=True)
    uvicorn.run(app, host=settings.serve_host, port=settings.serve_port, log_level="warning")


commands: list[click.Command] = [serve]
