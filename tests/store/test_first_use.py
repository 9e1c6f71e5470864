"""Several processes opening a fresh PostgreSQL database at once: all of them succeed (issue 17, item 5)."""

import multiprocessing

import pytest
from sqlalchemy import create_engine, text

pytestmark = pytest.mark.postgres
WRITERS = 4


def _first_use(url: str, barrier, results) -> None:
    from tacitus.records import Article
    from tacitus.store import open_store

    barrier.wait()  # every process starts migrating at the same moment
    try:
        with open_store(url) as store:
            number = len(results)
            store.save_article(Article(id=f"a-{id(store)}-{number}", raw_text="x", body=f"Talks began {id(store)}."))
        results.append("ok")
    except Exception as error:  # the test reports what failed
        results.append(f"{type(error).__name__}: {error}")


def test_concurrent_first_use_of_a_fresh_database_succeeds_in_every_process(postgres_url):
    engine = create_engine(postgres_url)
    with engine.begin() as conn:  # a database no Tacitus has touched
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    context = multiprocessing.get_context("fork")
    with context.Manager() as manager:
        barrier, results = context.Barrier(WRITERS), manager.list()
        workers = [context.Process(target=_first_use, args=(postgres_url, barrier, results)) for _ in range(WRITERS)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
        outcomes = list(results)
    assert outcomes == ["ok"] * WRITERS
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == WRITERS
    engine.dispose()
