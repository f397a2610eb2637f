"""Open the database: check it is whole, create it owner-only, set the pragmas, migrate.

Every connection runs in WAL mode with ``synchronous=FULL`` so that a committed
transaction survives a power cut, with foreign keys on, and with ``secure_delete`` so that
text deleted or redacted after an export is overwritten in the file, not just unlinked.
Before anything opens the file for writing, ``check_intact`` runs ``PRAGMA quick_check``
through a read-only connection (a few milliseconds on a school year's sessions, the
write-ahead log included): a file that is not SQLite, a truncated one, one with a damaged
page or another database's log is refused (``not_a_database`` / ``database_corrupt``)
with a message that names the file, says to keep it and suggests a copy beside it
(``copy_aside`` makes it); so is one written by a newer version (``newer_schema``). The
file is never modified then. A zero-length file is a new database: it holds nothing (it
is what start-up leaves when it stopped before the first write). ``write_errors`` turns
a write the disk refuses (``SQLITE_FULL``) into ``StoreError("disk_full")``. The
``Database`` hands out sessions for readers, whose connections are ``query_only`` (any
thread may read; a read can never write, so it never waits for the writer), and sessions
for the single writer thread, whose transactions take the write lock up front.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from belong_desktop.core.errors import BelongError
from belong_desktop.store import schema_version

if TYPE_CHECKING:  # Alembic is imported only to migrate (store/schema_version.py)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_MIGRATIONS = Path(__file__).with_name("migrations")
_IMMEDIATE = "belong_immediate"


class StoreError(BelongError):
    """The database cannot be opened or used; the message tells the user what to do."""

    default_code = "store_error"


#: SQLite's primary result codes for a disk that cannot be written (besides SQLITE_FULL).
_CANNOT_WRITE = frozenset({sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN})


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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(_MIGRATIONS)).get_current_head()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision this version of the app knows."""
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    try:
        current = current_revision(engine)
    except DatabaseError as exc:
        raise not_a_database(Path(str(engine.url.database)), exc.orig or exc) from exc
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
    from alembic.script.revision import ResolutionError
    from alembic.util.exc import CommandError

    try:
        return script.get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False


#: The StoreError codes of a file that cannot be opened because it is damaged: the user
#: should keep it and make a copy (``copy_aside``) before anything else.
DAMAGED_CODES = frozenset({"not_a_database", "database_corrupt"})
#: The copy's name: ``belong.sqlite3.corrupt-20261130-091500`` beside the file.
_COPY_STAMP = "%Y%m%d-%H%M%S"
_SIDECARS = ("-wal", "-shm")
#: How many problems ``quick_check`` reports at most (one is enough to refuse).
_QUICK_CHECK_ROWS = 3


def copy_name(path: Path, at: datetime | None = None) -> Path:
    """Where ``copy_aside`` puts the copy of ``path``: beside it, named by the time."""
    stamp = (at or datetime.now()).strftime(_COPY_STAMP)
    return path.with_name(f"{path.name}.corrupt-{stamp}")


def check_intact(path: Path) -> None:
    """Refuse a damaged database file before anything writes to it; never changes it.

    A read-only connection (``mode=ro``) reads the file and any write-ahead log left
    beside it (a crash leaves one; its committed transactions count) and runs
    ``PRAGMA quick_check``, which reads every page once: on 300 students' answers it
    takes a few milliseconds. The read-only connection can neither checkpoint nor write;
    when the file is refused, the empty ``-wal``/``-shm`` it had to create are removed.
    """
    try:
        size = path.stat().st_size
    except OSError:
        return  # no file yet (or no folder): creating it says what is wrong
    if size == 0:
        wal = _sidecar(path, "-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            return  # holds nothing; SQLite makes a new database in it
        # The app writes the file's first page before anything goes to its log, so this
        # log is not the empty file's: opening it in WAL mode would take its pages in.
        raise damaged(path, "the file is empty, but a write-ahead log is beside it")
    existed = {suffix: _sidecar(path, suffix).exists() for suffix in _SIDECARS}
    try:
        problems = _quick_check(path)
    except StoreError:
        _remove_new_sidecars(path, existed)
        raise
    if problems:
        _remove_new_sidecars(path, existed)
        # quick_check's first finding, on one line ("*** in database main *** Page 20: …").
        raise damaged(path, " ".join(problems[0].split())[:200])


def _remove_new_sidecars(path: Path, existed: dict[str, bool]) -> None:
    """Leave a refused file as it was found: without the empty ``-wal``/``-shm`` the check
    made. A healthy file keeps them (the real open uses them at once), and so does one
    whose new log is no longer empty: another process has the file open, and a log in use
    must never be deleted."""
    wal, shm = _sidecar(path, "-wal"), _sidecar(path, "-shm")
    if not existed["-wal"] and wal.exists():
        if wal.stat().st_size > 0:
            return
        wal.unlink()
    if not existed["-shm"]:
        shm.unlink(missing_ok=True)


def _quick_check(path: Path) -> list[str]:
    """What ``quick_check`` finds wrong (empty when the file is whole)."""
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = con.execute(f"PRAGMA quick_check({_QUICK_CHECK_ROWS})").fetchall()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", -1) & 0xFF == sqlite3.SQLITE_NOTADB:
            raise not_a_database(path, exc) from exc
        return [str(exc)]  # "database disk image is malformed": a damaged page
    finally:
        con.close()
    found = [str(row[0]) for row in rows]
    if found != ["ok"]:
        return found
    ours = "alembic_version"
    if ours in _tables(path, immutable=True) and ours not in _tables(path, immutable=False):
        # The file alone is ours, but with the log beside it the schema is gone: the log
        # belongs to another database (a copy put back without its own log).
        return ["the write-ahead log beside it belongs to another database"]
    return []


def _tables(path: Path, *, immutable: bool) -> set[str]:
    """The tables in the file; ``immutable`` reads the file alone, ignoring any log."""
    uri = f"file:{quote(str(path))}?{'immutable=1' if immutable else 'mode=ro'}"
    con = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {str(row[0]) for row in rows}
    except sqlite3.DatabaseError:
        return set()
    finally:
        con.close()


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _what_to_do(path: Path) -> str:
    return (
        "Keep this file: do not delete or move it. Copy it somewhere safe first (for "
        f"example to {copy_name(path)}), then start with a new data folder (--data-dir DIR "
        "or $BELONG_DATA_DIR) or put back a backup copy of the database"
    )


def not_a_database(path: Path, reason: object) -> StoreError:
    return StoreError(
        f"{path} is not a belong-desktop database ({reason}). {_what_to_do(path)}",
        code="not_a_database",
        path=str(path),
        copy=str(copy_name(path)),
    )


def damaged(path: Path, reason: str) -> StoreError:
    return StoreError(
        f"{path} is damaged ({reason}); it was not opened and not changed. {_what_to_do(path)}",
        code="database_corrupt",
        path=str(path),
        reason=reason,
        copy=str(copy_name(path)),
    )


def copy_aside(path: Path, target: Path | None = None) -> list[Path]:
    """Copy a damaged database (and its write-ahead log) to ``target``; returns the copies.

    The original is only read. ``target`` defaults to ``copy_name(path)``, beside it. The
    copies are private (0600) and never overwrite anything: a name that exists already
    is an error (``copy_failed``), as is a disk too full for the copy.
    """
    target = target or copy_name(path)
    made: list[Path] = []
    try:
        for source, copy in [(path, target), *_sidecar_copies(path, target)]:
            _copy_private(source, copy)
            made.append(copy)
    except OSError as exc:
        for copy in made:
            copy.unlink(missing_ok=True)
        raise StoreError(
            f"cannot copy {path} to {target}: {exc.strerror or exc}",
            code="copy_failed",
            path=str(path),
            copy=str(target),
        ) from exc
    return made


def _sidecar_copies(path: Path, target: Path) -> list[tuple[Path, Path]]:
    wal = _sidecar(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return [(wal, _sidecar(target, "-wal"))]  # SQLite pairs it with the copy
    return []


def _copy_private(source: Path, target: Path) -> None:
    with source.open("rb") as src:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())


def open_database(path: Path) -> Database:
    """Check, open (creating if needed) and migrate the database at ``path``."""
    check_intact(path)
    try:
        engine = make_engine(path)
    except OSError as exc:
        raise StoreError(
            f"cannot create the database at {path}: {exc.strerror}",
            code="cannot_create",
            path=str(path),
        ) from exc
    try:
        if not schema_version.is_current(path):  # else Alembic need not even be imported
            migrate(engine)
    except BaseException:
        engine.dispose()  # a refused database must not stay open
        raise
    reader = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(reader, "connect", _set_query_only)
    event.listen(reader, "begin", _begin)
    writer = engine.execution_options(**{_IMMEDIATE: True})
    return Database(Path(path), writer, reader)
