"""The web tests' store (tests/web/corpus.py) on a real SQLite file and on the session's PostgreSQL server,
and an API client over it; built once per module and backend."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tacitus.config import Settings
from tacitus.web.app import create_app
from tests.web.corpus import filled_store, fresh_postgres

TOKEN = "test-token-123"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def web_store_url(request, tmp_path_factory):
    if request.param == "sqlite":
        return filled_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}")
    base = request.getfixturevalue("postgres_url")
    return filled_store(fresh_postgres(base, f"web_{request.module.__name__.rsplit('.', 1)[-1]}"))


@pytest.fixture(scope="module")
def client(web_store_url):
    with TestClient(create_app(Settings(db_url=web_store_url, api_token=TOKEN))) as test_client:
        yield test_client


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def browser():
    """One chromium for every browser test (each test gets its own context); the test modules skip without it."""
    from playwright.sync_api import sync_playwright

    from tests.web.browsing import CHROMIUM, FLAGS

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()
