"""The start-up check of the schema revision, without Alembic, and that it cannot drift."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from belong_desktop.store import schema_version
from belong_desktop.store.db import alembic_config, head_revision, open_database

REPO = Path(__file__).resolve().parents[2]


def _set_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        con.close()


def _modules_after(code: str) -> list[str]:
    """Which of SQLAlchemy / Alembic a fresh interpreter has imported after ``code``."""
    probe = code + (
        "\nimport json, sys\n"
        "print(json.dumps([m for m in ('alembic', 'sqlalchemy') if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_constant_is_alembics_head() -> None:
    # A new migration must move HEAD_REVISION too, or every start would migrate (slowly)
    # and, worse, a database at the old head would be taken for current.
    assert head_revision() == schema_version.HEAD_REVISION


def test_a_migrated_database_is_current(tmp_path: Path) -> None:
    path = tmp_path / "belong.sqlite3"
    open_database(path).dispose()
    assert schema_version.stored_revision(path) == schema_version.HEAD_REVISION
    assert schema_version.is_current(path)


@pytest.mark.parametrize("revision", ["0003", "9999"])
def test_an_older_or_newer_revision_is_not_current(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "belong.sqlite3"
    open_database(path).dispose()
    _set_revision(path, revision)
    assert schema_version.stored_revision(path) == revision
    assert not schema_version.is_current(path)


def test_a_missing_file_is_not_current_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nothing.sqlite3"
    assert not schema_version.is_current(path)
    assert not path.exists()


def test_an_empty_file_has_no_revision(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert schema_version.stored_revision(path) is None
    assert not schema_version.is_current(path)
    assert path.read_bytes() == b""


def test_a_file_that_is_not_a_database_is_not_current_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    garbage = b"this is not a database " * 100
    path.write_bytes(garbage)
    with pytest.raises(sqlite3.DatabaseError):
        schema_version.stored_revision(path)
    assert not schema_version.is_current(path)
    assert path.read_bytes() == garbage


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "belong.sqlite3"
    open_database(path).dispose()
    code = (
        "from pathlib import Path\n"
        "from belong_desktop.store.db import open_database\n"
        f"open_database(Path({str(path)!r})).dispose()\n"
    )
    assert "alembic" not in _modules_after(code)


def test_an_older_database_is_still_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "belong.sqlite3"
    db = open_database(path)
    command.downgrade(alembic_config(db.engine), "0003")  # as an older app left it
    db.dispose()
    assert schema_version.stored_revision(path) == "0003"
    open_database(path).dispose()
    assert schema_version.is_current(path)
    con = sqlite3.connect(path)
    try:
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()
    assert {"booklet_decisions", "exports", "review_marks", "settings", "trial_kits"} <= tables


def test_the_modules_the_first_window_needs_do_not_import_alembic() -> None:
    imported = _modules_after("import belong_desktop.app, belong_desktop.qt.launch")
    assert "alembic" not in imported


def test_a_0005_file_with_participants_gets_their_language_column(tmp_path: Path) -> None:
    """Migration 0006 on a real file an older app left: the participants stay, each with
    no language (the session's), and a language can be stored from then on."""
    path = tmp_path / "belong.sqlite3"
    db = open_database(path)
    command.downgrade(alembic_config(db.engine), "0005")
    db.dispose()
    con = sqlite3.connect(path)
    try:
        with con:
            columns = {row[1] for row in con.execute("PRAGMA table_info(participants)")}
            assert "language" not in columns
            con.execute(
                "INSERT INTO sessions (id, pack_id, pack_version, pack_arm, pack_path,"
                " arm_source, language, state, ended_early, group_code, created_at)"
                " VALUES ('s-1', 'belonging', '1.0.0', 'treatment', '/packs/belonging',"
                " 'counsellor', 'da', 'ended', 0, 'DAT1-A', '2026-11-30 10:00:00')"
            )
            con.execute(
                "INSERT INTO participants (id, session_id, token_digest, epoch, joined_at)"
                " VALUES ('p-1', 's-1', 'digest-1', 0, '2026-11-30 10:05:00')"
            )
    finally:
        con.close()
    assert schema_version.stored_revision(path) == "0005"

    open_database(path).dispose()  # the app starts: it migrates to head
    assert schema_version.stored_revision(path) == "0006" == schema_version.HEAD_REVISION
    con = sqlite3.connect(path)
    try:
        with con:
            rows = con.execute("SELECT id, token_digest, language FROM participants").fetchall()
            assert rows == [("p-1", "digest-1", None)]
            con.execute("UPDATE participants SET language = 'en' WHERE id = 'p-1'")
        assert con.execute("SELECT language FROM participants").fetchall() == [("en",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
