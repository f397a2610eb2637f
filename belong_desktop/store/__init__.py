"""The local store: SQLite through SQLAlchemy 2, migrated with Alembic at start-up."""
