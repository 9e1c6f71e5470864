"""What the browser tests share: Debian's chromium (and the reason to skip without it), a store served by uvicorn
on localhost in a thread, and a page that may reach only that server (anything else is aborted and recorded)."""

from __future__ import annotations

import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import pytest

from tacitus.config import Settings
from tests.pg import _free_port

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

needs_browser = pytest.mark.skipif(
    not Path(CHROMIUM).exists() or shutil.which("chromium") is None,
    reason=f"no browser: {CHROMIUM} is not installed (.ci/run installs Debian's chromium)")


@contextmanager
def serving(db_url: str, token: str) -> Iterator[str]:
    """The app over ``db_url`` on a free localhost port; yields its base URL."""
    import uvicorn

    from tacitus.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(Settings(db_url=db_url, api_token=token)), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(timeout=10)


@contextmanager
def guarded_page(browser: Any, server: str) -> Iterator[Any]:
    """A page with ``left`` (requests aborted because they left the server), ``dialogs`` and ``errors``
    (page errors and console errors, which a Content-Security-Policy violation is)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    left: list[str] = []
    dialogs: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith(server + "/"):
            route.continue_()
        else:
            left.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    opened = context.new_page()
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.left, opened.dialogs, opened.errors = left, dialogs, []
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.on("console", lambda message: opened.errors.append(message.text) if message.type == "error" else None)
    try:
        yield opened
    finally:
        context.close()
