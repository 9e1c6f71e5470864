import json
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

import tacitus.store.migrations as migrations
from tacitus.store import open_store
from tacitus.store.migrations import HEAD
from tacitus.store.schema import SEARCH_COLUMNS_POSTGRESQL, SEARCH_TABLES_SQLITE, metadata
from tests.store.factories import article, report


def test_migrations_create_exactly_the_schema_the_code_uses(store_url):
    open_store(store_url).close()
    engine = create_engine(store_url)
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        search_columns = SEARCH_COLUMNS_POSTGRESQL.get(table.name, ()) if engine.dialect.name == "postgresql" else ()
        assert {c["name"] for c in inspector.get_columns(table.name)} == {c.name for c in table.columns} | set(
            search_columns), table.name
        assert {i.name for i in table.indexes} <= {i["name"] for i in inspector.get_indexes(table.name)}, table.name
    search = set(SEARCH_TABLES_SQLITE) if engine.dialect.name == "sqlite" else set()
    assert set(inspector.get_table_names()) == {t.name for t in metadata.sorted_tables} | {"alembic_version"} | search
    engine.dispose()


def test_a_store_written_by_schema_0002_is_upgraded_and_its_events_merged(store_url):
    import tacitus.store.migrations as migrations

    engine = create_engine(store_url)
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        for key in ("a", "b"):
            conn.execute(text("INSERT INTO articles (id, revision, is_current, publisher, authors, published, "
                              "published_precision, captions, raw_text, body) VALUES "
                              "(:id, 1, 1, :publisher, '[]', '2020-03-06', 'day', '[]', 'x', 'x')"), {"id": key, "publisher": key})
            conn.execute(text("INSERT INTO mentions (id, article_id, category, context, status, confidence, date, "
                              "date_precision, sentence, place, place_name, place_country, block) VALUES "
                              "(:m, :id, 'CONSULT', '[]', 'asserted', 0.8, '2020-03-05', 'day', 's', :place, "
                              "'Istanbul', 'TUR', 'CONSULT|RUS,TUR')"),
                         {"m": f"m-{key}", "id": key, "place": json.dumps(report(1, article_id=key).event_loc.to_dict())})
            for role, country, position in (("actor", "TUR", 0), ("recipient", "RUS", 0)):
                conn.execute(text("INSERT INTO parties (mention_id, role, position, text, country) VALUES "
                                  "(:m, :role, :p, :t, :c)"), {"m": f"m-{key}", "role": role, "p": position, "t": country,
                                                           "c": country})
    engine.dispose()
    with open_store(store_url) as store:
        (event, stats), = store.iter_canonical()
        assert stats["num_articles"] == 2 and event.event_loc.lat == 41.01
        assert [e.actor[0].country for e in store.iter_events()] == ["TUR", "TUR"]
        assert store.save_article(article("c"), events=[report(1, article_id="c")]) == "new"
        assert [s["num_articles"] for _, s in store.iter_canonical()] == [3]


def test_opening_twice_migrates_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'twice.db'}"
    open_store(url).close()
    open_store(url).close()
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select version_num from alembic_version").scalar() == HEAD
    engine.dispose()


def test_the_head_revision_open_store_checks_is_alembics_head():
    from alembic.script import ScriptDirectory

    import tacitus.store.migrations as migrations

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    assert ScriptDirectory.from_config(config).get_current_head() == migrations.HEAD
