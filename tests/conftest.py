"""Shared fixtures: the `shared` folder beside the repository, and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.pg import postgres_bindir, running_postgres

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "al-monitor-2019-12-23.txt"
SEED_GOLD = SHARED / "seed" / "al-monitor-2019-12-23.gold.json"
GUARDIAN = SHARED / "corpora" / "guardian-syria-2017-2019.csv"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is absent)")
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test shares one gazetteer cache of its own, never the user's."""
    cache = tmp_path_factory.getbasetemp() / "tacitus-cache"
    monkeypatch.setenv("TACITUS_CACHE_DIR", str(cache))


@pytest.fixture(scope="session")
def postgres_url():
    """One throwaway PostgreSQL server for the whole session (tests/pg.py), shared by the store and web tests."""
    if postgres_bindir() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    with running_postgres() as url:
        yield url
