"""Archive search on SQLite FTS5 and PostgreSQL tsvector: ranked, with snippets, the shared filters."""

import pytest

from tacitus.analysis.search import search
from tacitus.errors import InputError
from tacitus.records import Article
from tacitus.store import EventFilter, open_store
from tests.analysis.builders import event, save


@pytest.fixture
def store(store_url):
    items = [
        event("2019-12-20", sentence="Talks on an Idlib ceasefire went on in Moscow. Idlib was calm.",
              article="idlib-twice"),
        event("2019-12-21", actors=("GRC",), recipients=("CYP",),
              sentence="A ceasefire in Idlib was discussed in Athens.", article="athens"),
        event("2019-11-01", sentence="The Idlib ceasefire held through November.", article="november"),
        event("2019-12-22", sentence="Nothing about the province here.", article="other"),
    ]
    with open_store(store_url) as opened:
        save(opened, items)
        opened.save_article(Article(id="eventless", raw_text="x", body="An Idlib ceasefire report with no events.",
                                    title="Idlib ceasefire", publisher="Desk", published="2019-12-23"))
        yield opened


def test_every_word_must_match_and_the_best_match_comes_first(store):
    result = search(store, "Idlib ceasefire")
    ids = [h.article_id for h in result.hits]
    assert set(ids) == {"idlib-twice", "athens", "november", "eventless"}
    assert "other" not in ids
    hit = next(h for h in result.hits if h.article_id == "idlib-twice")
    assert "«" in hit.snippet and "»" in hit.snippet
    assert [e.sentence for e in hit.events] == ["Talks on an Idlib ceasefire went on in Moscow. Idlib was calm."]


def test_shared_filters_keep_articles_with_a_matching_event(store):
    result = search(store, "Idlib ceasefire", EventFilter.parse(country="TUR", start="2019-12-01"))
    assert [h.article_id for h in result.hits] == ["idlib-twice"]


def test_query_syntax_is_read_as_words(store):
    assert {h.article_id for h in search(store, 'idlib "ceasefire" -').hits} >= {"idlib-twice", "november"}
    with pytest.raises(InputError, match="no words"):
        search(store, '" -')


def test_a_revised_article_is_searched_in_its_current_text(store):
    revised = Article(id="november-2", raw_text="y", body="The truce held.", url="https://example.invalid/november",
                      title="Truce", publisher="Desk", published="2019-11-02")
    assert store.save_article(revised) == "revision"
    assert "november" not in {h.article_id for h in search(store, "Idlib").hits}
    assert [h.article_id for h in search(store, "truce").hits] == ["november-2"]


def test_a_store_of_schema_0003_is_indexed_when_migrated(store_url):
    from pathlib import Path

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    import tacitus.store.migrations as migrations

    engine = create_engine(store_url)
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.execute(text("INSERT INTO articles (id, revision, is_current, title, authors, published_precision, "
                          "captions, raw_text, body) VALUES ('old', 1, 1, 'Old story', '[]', 'unknown', '[]', "
                          "'x', 'Talks on an Idlib ceasefire, stored before the index existed.')"))
    engine.dispose()
    with open_store(store_url) as store:
        assert [h.article_id for h in search(store, "Idlib ceasefire").hits] == ["old"]
