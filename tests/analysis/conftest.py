"""The analysis tests run on a real SQLite file and on the real PostgreSQL server of the store tests."""

from tests.store.conftest import store_url  # noqa: F401 (fixture; postgres_url is in tests/conftest.py)
