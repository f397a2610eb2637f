"""Open the database: create the file owner-only, set the pragmas, migrate to head.

Every connection runs in WAL mode with ``synchronous=FULL`` so that a committed
transaction survives a power cut, with foreign keys on, and with ``secure_delete`` so that
text deleted or redacted after an export is overwritten in the file, not just unlinked. A
file that is not a database, or one written by a newer version of the app, gives a
``StoreError`` that says so instead of a traceback; the file is never modified then.

``open_database`` hands out a ``Database``: sessions for readers, whose connections are
``query_only`` (any thread may read; a read can never write, so it never waits for the
writer), and sessions for the single writer thread, whose transactions take the write
lock up front.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from belong_desktop.core.errors import BelongError

_MIGRATIONS = Path(__file__).with_name("migrations")
_IMMEDIATE = "belong_immediate"


class StoreError(BelongError):
    """The database cannot be opened or used; the message tells the user what to do."""

    default_code = "store_error"


#: SQLite's primary result codes for a disk that cannot be written (besides SQLITE_FULL).
_CANNOT_WRITE = frozenset({sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN})
#: The codes of ``write_failure``: nothing was stored, try again when the disk is fixed.
NOT_SAVED_CODES = frozenset({"disk_full", "write_failed"})


def write_failure(exc: BaseException, path: Path | str | None = None) -> StoreError | None:
    """The ``StoreError`` for a write SQLite refused for lack of space or a failing disk.

    None for anything else (a constraint, a bug): that stays what it is. SQLite reports a
    full disk as ``SQLITE_FULL`` ("database or disk is full"), whether the file system is
    full or the file reached ``max_page_count``. A failed write leaves the file as it was
    (SQLite rolls the transaction back), so the command can simply be tried again later.
    """
    orig = getattr(exc, "orig", exc)  # SQLAlchemy wraps the driver's exception
    if not isinstance(orig, sqlite3.DatabaseError):
        return None
    primary = getattr(orig, "sqlite_errorcode", -1) & 0xFF
    where = str(path) if path is not None else "the database"
    if primary == sqlite3.SQLITE_FULL:
        return StoreError(
            f"the disk holding {where} is full, so this was not saved; free some space "
            "and try again (everything saved before is intact)",
            code="disk_full",
            path=where,
        )
    if primary in _CANNOT_WRITE:
        return StoreError(
            f"{where} cannot be written ({orig}), so this was not saved; "
            "everything saved before is intact",
            code="write_failed",
            path=where,
            reason=str(orig),
        )
    return None


@contextmanager
def write_errors(path: Path | str | None = None) -> Iterator[None]:
    """Turn a write that failed for lack of space (or a failing disk) into a ``StoreError``."""
    try:
        yield
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        error = write_failure(exc, path)
        if error is None:
            raise
        raise error from exc


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: the module
    # would otherwise commit DDL on its own, and a failed migration would leave half a
    # schema behind. ``_begin`` below emits the BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Deleted and redacted text is overwritten, not left in free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _begin(connection: Connection) -> None:
    # Writers take the write lock up front (and wait for it, busy_timeout): a deferred
    # transaction that reads first cannot upgrade once another process has committed.
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _set_query_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    _set_pragmas(dbapi_connection, _record)
    dbapi_connection.execute("PRAGMA query_only=ON")


class Database:
    """An opened, migrated database file and the two ways into it."""

    def __init__(self, path: Path, engine: Engine, read_engine: Engine) -> None:
        self.path = path
        #: The writer's engine: every transaction on it is BEGIN IMMEDIATE.
        self.engine = engine
        #: Connections that only read (``query_only``), for any thread.
        self.read_engine = read_engine
        #: Sessions that only read: safe from the GUI thread and the server's threads.
        self.read: sessionmaker[Session] = sessionmaker(read_engine, expire_on_commit=False)
        #: Sessions for the single writer thread (``services.writer``).
        self.write: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the file and empty it, so text just deleted or
        redacted survives in neither (``secure_delete`` has zeroed it in the file)."""
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()

    def dispose(self) -> None:
        self.read_engine.dispose()
        self.engine.dispose()


def _create_private_file(path: Path) -> None:
    """Create the database file readable only by its owner before SQLite touches it."""
    if not path.parent.exists():
        # Only a folder we create is made private; one the user chose keeps its mode.
        path.parent.mkdir(parents=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)


def make_engine(path: Path) -> Engine:
    _create_private_file(path)
    # SQLite's own -wal/-shm files inherit the database file's permissions.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory(str(_MIGRATIONS)).get_current_head()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision this version of the app knows."""
    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    try:
        current = current_revision(engine)
    except DatabaseError as exc:
        raise StoreError(
            f"{engine.url.database} is not a belong-desktop database ({exc.orig})",
            code="not_a_database",
            path=str(engine.url.database),
        ) from exc
    if current is not None and not _known_revision(script, current):
        raise StoreError(
            f"{engine.url.database} was written by a newer version of belong-desktop "
            f"(schema {current}); update the app to open it",
            code="newer_schema",
            path=str(engine.url.database),
        )
    try:
        command.upgrade(config, "head")
    except (OperationalError, DatabaseError) as exc:
        raise StoreError(
            f"cannot migrate {engine.url.database}: {exc.orig}",
            code="cannot_migrate",
            path=str(engine.url.database),
        ) from exc


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        engine = make_engine(path)
    except OSError as exc:
        raise StoreError(
            f"cannot create the database at {path}: {exc.strerror}",
            code="cannot_create",
            path=str(path),
        ) from exc
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()  # a refused database must not stay open
        raise
    reader = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(reader, "connect", _set_query_only)
    event.listen(reader, "begin", _begin)
    writer = engine.execution_options(**{_IMMEDIATE: True})
    return Database(Path(path), writer, reader)
