"""Alembic environment: Tacitus runs its migrations itself, on the connection `open_store` hands over."""

from alembic import context

from tacitus.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
