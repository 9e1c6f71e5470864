"""Every store test runs on a real SQLite file and on a real PostgreSQL server started for the session
(``postgres_url``, in tests/conftest.py)."""

import pytest
from sqlalchemy import create_engine, text


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
