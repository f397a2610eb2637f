"""Alembic environment: runs on the engine the app hands over (never a URL from an ini)."""

from alembic import context

from belong_desktop.store.models import Base

engine = context.config.attributes["engine"]

# BEGIN IMMEDIATE (see db._begin): two processes starting at once migrate one after the other.
with engine.execution_options(belong_immediate=True).begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
