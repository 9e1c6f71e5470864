"""PostgreSQL writers at once: a fresh database first used by several processes, a writer picked to break a
deadlock (issue 17, item 5)."""

import multiprocessing
import os

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
            own = os.getpid()  # one article of each process's own
            store.save_article(Article(id=f"a-{own}", raw_text="x", body=f"Talks began in process {own}."))
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


def test_a_writer_rolled_back_by_a_deadlock_tries_again(postgres_url):
    """A writer that PostgreSQL picks to break a deadlock stores its article on the next attempt."""
    import threading
    import time

    from sqlalchemy.engine import make_url

    from tacitus.store import open_store
    from tacitus.store import events as event_store
    from tacitus.store.articles import article_row
    from tacitus.store.schema import articles
    from tests.store.factories import article, report

    item = article("deadlock")
    mention = report(1, article_id="deadlock")
    block = event_store.mention_rows(item.id, [mention])[0][0]["block"]
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    database = make_url(postgres_url).database
    # The store's sessions look for a deadlock once, 10 s into their wait: PostgreSQL does not look again, so the
    # cycle must be closed by then, however loaded the machine that runs this
    with admin.connect() as conn:
        conn.execute(text(f"ALTER DATABASE {database} SET deadlock_timeout = '10s'"))
    try:
        with open_store(postgres_url) as store, admin.connect() as watcher:
            other = store.engine.connect()
            other.execute(text("SET deadlock_timeout = '60s'"))  # so that the store, not this one, breaks it
            other.commit()
            transaction = other.begin()
            event_store.lock_block(other, block)  # the other writer holds the block the store will merge...
            outcome: list[object] = []
            writer = threading.Thread(target=lambda: outcome.append(_save(store, item, mention)))
            writer.start()
            waiting = ("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory' "
                       "AND datname = current_database()")
            deadline = time.monotonic() + 30
            while watcher.execute(text(waiting)).scalar() == 0 and time.monotonic() < deadline:
                time.sleep(0.01)  # ...until the store waits for it, holding its new article row...
            other.execute(articles.insert().values(**article_row(item, 1)))  # ...which this one now waits for
            transaction.commit()
            other.close()
            writer.join(60)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"ALTER DATABASE {database} RESET deadlock_timeout"))
        admin.dispose()
    assert outcome == ["duplicate"]  # rolled back, tried again, and found the same text stored


def _save(store, item, mention):
    try:
        return store.save_article(item, events=[mention])
    except Exception as error:  # the test reports what failed
        return f"{type(error).__name__}: {error}"
