"""Opening the database: migration to head, schema = models, pragmas, permissions, bad files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from belong_desktop.store.db import (
    Database,
    StoreError,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)
from belong_desktop.store.models import Base

TABLES = {"sessions", "step_visits", "notes"}
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")


def _schema(path: Path) -> list[tuple[str, str, str | None]]:
    """Every table, index and its SQL, read with the plain sqlite3 module."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"
        ).fetchall()
    finally:
        con.close()
    return [(str(t), str(n), s) for t, n, s in rows]


def _sidecars(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


# -- migration -----------------------------------------------------------------------------


def test_new_file_is_migrated_to_head(opened: Database, db_path: Path) -> None:
    engine = opened.engine
    assert db_path.is_file()
    tables = set(inspect(engine).get_table_names())
    assert tables >= TABLES | {"alembic_version"}
    assert head_revision() is not None
    assert current_revision(engine) == head_revision()
    indexes = {ix["name"] for ix in inspect(engine).get_indexes("sessions")}
    assert "ix_sessions_state" in indexes


def test_migrated_schema_matches_the_models(opened: Database) -> None:
    with opened.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"the migrations and models.py disagree: {diff}"


def test_foreign_keys_of_the_schema(opened: Database) -> None:
    inspector = inspect(opened.engine)
    for table in ("step_visits", "notes"):
        (fk,) = inspector.get_foreign_keys(table)
        assert fk["referred_table"] == "sessions"
        assert fk["constrained_columns"] == ["session_id"]
        assert fk["options"].get("ondelete") == "CASCADE"


def test_opening_twice_is_a_no_op(db_path: Path) -> None:
    first = open_database(db_path)
    with first.write.begin() as db:
        db.execute(
            text(
                "INSERT INTO sessions (id, group_code, pack_id, pack_version, pack_arm, "
                "pack_path, arm_source, language, state, ended_early, created_at) VALUES "
                "('s1', 'G', 'p', '1', 'treatment', '/x', 'counsellor', 'da', 'created', 0, "
                "'2026-01-01 10:00:00')"
            )
        )
    first.dispose()
    schema = _schema(db_path)

    second = open_database(db_path)
    try:
        assert current_revision(second.engine) == head_revision()
        with second.read() as db:
            assert db.execute(text("SELECT id FROM sessions")).scalars().all() == ["s1"]
            rows = db.execute(text("SELECT version_num FROM alembic_version")).all()
            assert len(rows) == 1
    finally:
        second.dispose()
    assert _schema(db_path) == schema


def test_downgrade_to_base_and_upgrade_again(opened: Database) -> None:
    engine = opened.engine
    config = alembic_config(engine)
    command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) & TABLES == set()
    assert current_revision(engine) is None
    command.upgrade(config, "head")
    assert set(inspect(engine).get_table_names()) >= TABLES
    assert current_revision(engine) == head_revision()


def test_an_empty_file_is_treated_as_a_new_database(db_path: Path) -> None:
    """A crash between creating the file and migrating it leaves 0 bytes: open anyway."""
    db_path.parent.mkdir(parents=True)
    db_path.touch(mode=0o600)
    factory = open_database(db_path)
    try:
        assert current_revision(factory.engine) == head_revision()
    finally:
        factory.dispose()


def test_a_failed_migration_leaves_the_database_as_it_was(db_path: Path) -> None:
    """A migration that stops half-way must roll back completely.

    Otherwise the next start finds half a schema and no version stamp and fails for ever
    with "table sessions already exists": the state a kill -9 or a power cut during the
    first start leaves behind. The failure here is real and deterministic: the name of the
    migration's last object (an index) is already taken.
    """
    db_path.parent.mkdir(parents=True)
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE blocker (x INTEGER)")
    con.execute("CREATE INDEX ix_sessions_state ON blocker (x)")
    con.commit()
    con.close()
    before = _schema(db_path)

    with pytest.raises(StoreError, match="cannot migrate"):
        open_database(db_path)
    assert _schema(db_path) == before, "the failed migration left part of the schema behind"

    con = sqlite3.connect(db_path)
    con.execute("DROP INDEX ix_sessions_state")
    con.commit()
    con.close()
    factory = open_database(db_path)  # with the obstacle gone the migration completes
    try:
        assert current_revision(factory.engine) == head_revision()
    finally:
        factory.dispose()


# -- pragmas and permissions ---------------------------------------------------------------


@pytest.mark.parametrize("which", ["engine", "read_engine"])
def test_every_connection_has_wal_full_sync_and_foreign_keys(opened: Database, which: str) -> None:
    engine: Engine = getattr(opened, which)
    # Two pooled connections at once; the writer's take the write lock, so one at a time.
    with engine.connect() as a, engine.connect() if which == "read_engine" else a as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            query_only = conn.exec_driver_sql("PRAGMA query_only").scalar()
            assert query_only == (which == "read_engine")


def test_a_reading_session_cannot_write(opened: Database) -> None:
    """The GUI and the server read through these: a write there would bypass the writer."""
    with pytest.raises(OperationalError, match="readonly"), opened.read.begin() as db:
        db.execute(text("DELETE FROM sessions"))
    with opened.write.begin() as db:  # the writer's sessions can
        db.execute(text("DELETE FROM sessions"))


def test_the_file_itself_is_in_wal_mode(database: sessionmaker[Session], db_path: Path) -> None:
    """WAL is persistent: a plain sqlite3 connection without our pragmas sees it too."""
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        con.close()


def test_foreign_keys_are_enforced(database: sessionmaker[Session]) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), database.begin() as db:
        db.execute(
            text(
                "INSERT INTO notes (session_id, seq, at, kind, text) "
                "VALUES ('nope', 0, '2026-01-01 10:00:00', 'counsellor', 'x')"
            )
        )


@posix_only
def test_file_and_folder_are_private(database: sessionmaker[Session], db_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with database.begin() as db:  # a write creates the -wal file
            db.execute(text("CREATE TABLE scratch (x INTEGER)"))
            db.execute(text("INSERT INTO scratch VALUES (1)"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    assert stat.S_IMODE(wal.stat().st_mode) & 0o077 == 0, "the WAL file is readable by others"


# -- broken input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(os.urandom(8192), id="random-bytes"),
        pytest.param(b"These are my notes, not a database.\n" * 20, id="text"),
        pytest.param(b"SQLite format 3\x00" + b"\xff" * 200, id="damaged-header"),
    ],
)
def test_a_file_that_is_not_a_database(db_path: Path, content: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert str(db_path) in message
    assert "not a belong-desktop database" in message
    assert db_path.read_bytes() == content
    assert _sidecars(db_path.parent, db_path.name) == []


def _stamp(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
    finally:
        con.close()


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    factory = open_database(db_path)
    factory.dispose()
    _stamp(db_path, "9999_from_the_future")
    before = db_path.read_bytes()

    with pytest.raises(StoreError) as caught:
        open_database(db_path)

    message = str(caught.value)
    assert "newer version" in message
    assert "9999_from_the_future" in message
    assert str(db_path) in message
    assert db_path.read_bytes() == before


def test_a_refused_database_is_not_left_open(db_path: Path) -> None:
    """After the refusal no connection stays open (the -wal/-shm files of an open WAL
    connection are the sign): the user may move or replace the file right away."""
    factory = open_database(db_path)
    factory.dispose()
    _stamp(db_path, "9999")
    assert _sidecars(db_path.parent, db_path.name) == []
    with pytest.raises(StoreError) as caught:
        open_database(db_path)
    assert "newer version" in str(caught.value)
    assert _sidecars(db_path.parent, db_path.name) == [], "open_database kept a connection"


def test_a_folder_that_cannot_be_created(tmp_path: Path) -> None:
    """The data folder's parent is a regular file: the folder cannot exist (root too)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    target = blocker / "data" / "belong.sqlite3"
    with pytest.raises(StoreError, match="cannot create the database at"):
        open_database(target)
    assert blocker.read_text() == "x"


@posix_only
@pytest.mark.skipif(
    os.name == "posix" and os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_an_unwritable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        with pytest.raises(StoreError, match="cannot create the database at"):
            open_database(locked / "data" / "belong.sqlite3")
    finally:
        os.chmod(locked, 0o700)
