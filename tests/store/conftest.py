"""Every store test runs on a real SQLite file and on a real PostgreSQL server started for the session."""

import pytest
from sqlalchemy import create_engine, text

from tests.pg import postgres_bindir, running_postgres


@pytest.fixture(scope="session")
def postgres_url():
    if postgres_bindir() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    with running_postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    base = request.getfixturevalue("postgres_url")
    engine = create_engine(base)
    with engine.begin() as conn:  # every test starts from an empty database, migrations included
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return base
