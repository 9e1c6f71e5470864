from sqlalchemy import create_engine, inspect

from tacitus.store import open_store
from tacitus.store.schema import metadata


def test_migrations_create_exactly_the_schema_the_code_uses(store_url):
    open_store(store_url).close()
    engine = create_engine(store_url)
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= indexes, table.name
    assert "alembic_version" in inspector.get_table_names()
    engine.dispose()


def test_opening_twice_migrates_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'twice.db'}"
    open_store(url).close()
    open_store(url).close()
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select version_num from alembic_version").scalar() == "0002"
    engine.dispose()
