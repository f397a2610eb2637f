"""Is a database file already at the schema this app writes? Answered without Alembic.

Importing Alembic costs a good part of the app's start-up (it loads every database
dialect's DDL), and on nearly every start the database is already current. So
``open_database`` asks here first, with the standard ``sqlite3`` module: the revision in
the file's ``alembic_version`` table against ``HEAD_REVISION``, the newest migration this
version of the app ships. Only when they differ (a new file, an older schema, a newer
one, or not a database at all) is Alembic imported to migrate or to explain the refusal.
``tests/store/test_schema_version.py`` holds ``HEAD_REVISION`` equal to Alembic's head,
so a new migration cannot be forgotten here. Runs on whichever thread opens the database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: The newest migration in ``store/migrations/versions`` (its ``revision``).
HEAD_REVISION = "0006"


def stored_revision(path: Path) -> str | None:
    """The revision recorded in the file, or None when there is none (a new file).

    Raises ``sqlite3.Error`` when the file cannot be read as a database; never creates or
    changes it (``mode=rw`` opens an existing file only and the query only reads).
    """
    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=rw", uri=True)
    try:
        known = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if known is None:
            return None
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        conn.close()
    return str(rows[0][0]) if len(rows) == 1 else None


def is_current(path: Path) -> bool:
    """True when the file exists and is at ``HEAD_REVISION``: nothing to migrate."""
    if not Path(path).is_file():
        return False
    try:
        return stored_revision(path) == HEAD_REVISION
    except sqlite3.Error:
        return False  # the migration path says what is wrong with the file
