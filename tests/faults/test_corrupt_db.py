"""A damaged database file at start: refused with a clear message, never changed, copied aside.

Real files throughout: a real class is run into a real SQLite file, which is then cut
short, overwritten in the middle, replaced by something else, emptied, or left with a
write-ahead log beside it. Whatever the damage, the file's bytes (SHA-256) are the same
afterwards; the store, the command line and the window each say which file it is and
what to do, and the window's offer to copy it makes a private, identical copy beside it.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from belong_desktop import paths
from belong_desktop.core.errors import BelongError
from belong_desktop.services.runtime import open_runtime
from belong_desktop.store.db import StoreError, check_intact, copy_aside, copy_name, open_database
from tests.class_factory import run_class

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"
TIMEOUT = 60.0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


@pytest.fixture(scope="module")
def class_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with one whole class in it, checkpointed into the file (no log)."""
    path = tmp_path_factory.mktemp("class-db") / "belong.sqlite3"
    with open_runtime(path, [PACKS]) as rt:
        run_class(rt)
    assert sidecars(path) == []
    return path


@pytest.fixture
def db_file(class_database: Path, isolated_data_dir: Path) -> Path:
    """This test's own copy of ``class_database``, where the app looks for it."""
    path = paths.database_file(isolated_data_dir)
    path.parent.mkdir(parents=True)
    shutil.copy(class_database, path)
    return path


def _truncate_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def _truncate_last_page(path: Path) -> None:
    os.truncate(path, path.stat().st_size - 4096)


def _truncate_to_header(path: Path) -> None:
    os.truncate(path, 50)


def _overwrite_middle(path: Path) -> None:
    """Two pages of noise in the middle of the file, as a failing disk leaves them."""
    noise = random.Random(12).randbytes(8192)
    with path.open("r+b") as f:
        f.seek(path.stat().st_size // 2 - 4096)
        f.write(noise)


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"Mine noter om holdet, ikke en database.\n" * 200)


def _foreign_log(path: Path) -> None:
    """A write-ahead log from another database beside this one (a backup put back
    without removing the old log): its pages do not belong to this file."""
    other = path.with_name("other.sqlite3")
    con = sqlite3.connect(other, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE filler (x BLOB)")
    con.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
        "INSERT INTO filler SELECT randomblob(3000) FROM n"
    )
    shutil.copy(other.with_name("other.sqlite3-wal"), path.with_name(path.name + "-wal"))
    con.close()
    other.unlink()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated-half": (_truncate_half, "database_corrupt"),
    "truncated-last-page": (_truncate_last_page, "database_corrupt"),
    "truncated-to-50-bytes": (_truncate_to_header, "database_corrupt"),
    "page-overwritten": (_overwrite_middle, "database_corrupt"),
    "not-sqlite": (_not_sqlite, "not_a_database"),
    "foreign-wal": (_foreign_log, "database_corrupt"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_file_is_refused_named_and_left_as_it_was(db_file: Path, damage: str) -> None:
    make_damage, code = DAMAGE[damage]
    make_damage(db_file)
    before = {name: digest(db_file.parent / name) for name in [db_file.name, *sidecars(db_file)]}

    with pytest.raises(StoreError) as caught:
        open_database(db_file)

    error = caught.value
    assert error.code == code
    message = str(error)
    assert str(db_file) in message
    assert "do not delete" in message and "--data-dir" in message and "backup" in message
    suggested = Path(str(error.params["copy"]))
    assert suggested.parent == db_file.parent and suggested.name.startswith(
        "belong.sqlite3.corrupt-"
    )
    assert str(suggested) in message
    after = {name: digest(db_file.parent / name) for name in [db_file.name, *sidecars(db_file)]}
    assert after == before, "the refused file (or its log) was changed"


def test_an_empty_file_is_a_new_database(isolated_data_dir: Path) -> None:
    """A zero-length file holds nothing: it is what start-up leaves when it stopped
    between creating the file and the first write, so it becomes a new database."""
    path = paths.database_file(isolated_data_dir)
    path.parent.mkdir(parents=True)
    path.touch(mode=0o600)
    with open_runtime(path, [PACKS]) as rt:
        assert rt.sessions.list_sessions() == []
        run_class(rt)
        assert len(rt.sessions.list_sessions()) == 1
    check_intact(path)


def test_a_log_left_by_a_crash_is_recovered_not_refused(
    class_database: Path, isolated_data_dir: Path
) -> None:
    """A crash (kill -9, a power cut) leaves the write-ahead log beside the file: its
    committed transactions are part of the database, and the check reads them too."""
    crashed = paths.database_file(isolated_data_dir)
    crashed.parent.mkdir(parents=True)
    source = class_database.parent / "live" / "belong.sqlite3"
    source.parent.mkdir(exist_ok=True)
    shutil.copy(class_database, source)
    with open_runtime(source, [PACKS]) as rt:
        second = run_class(rt, group="DAT1-B")
        # What a kill -9 leaves on disk now: the file and its log, nothing checkpointed.
        shutil.copy(source, crashed)
        shutil.copy(
            source.with_name(source.name + "-wal"), crashed.with_name(crashed.name + "-wal")
        )
    assert crashed.with_name(crashed.name + "-wal").stat().st_size > 0
    with open_runtime(crashed, [PACKS]) as again:
        groups = sorted(s.group_code for s in again.sessions.list_sessions())
        assert groups == ["DAT1-A", "DAT1-B"]
        assert again.sessions.record(second).state.value == "ended"


def test_a_log_of_noise_is_ignored_and_the_file_opens(db_file: Path) -> None:
    """A log whose header does not check out holds nothing SQLite will use."""
    wal = db_file.with_name(db_file.name + "-wal")
    wal.write_bytes(random.Random(3).randbytes(20000))
    with open_runtime(db_file, [PACKS]) as rt:
        assert [s.group_code for s in rt.sessions.list_sessions()] == ["DAT1-A"]


def test_copy_aside_copies_the_file_and_its_log_and_reads_only(db_file: Path) -> None:
    _overwrite_middle(db_file)
    wal = db_file.with_name(db_file.name + "-wal")
    wal.write_bytes(b"left over" * 100)
    before = (digest(db_file), digest(wal))
    target = copy_name(db_file, datetime(2026, 11, 30, 9, 15, 0))
    assert target.name == "belong.sqlite3.corrupt-20261130-091500"

    copies = copy_aside(db_file, target)

    assert copies == [target, target.with_name(target.name + "-wal")]
    assert (digest(db_file), digest(wal)) == before
    assert (digest(copies[0]), digest(copies[1])) == before
    for copy in copies:
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with pytest.raises(StoreError) as again:  # never overwrites a copy already made
        copy_aside(db_file, target)
    assert again.value.code == "copy_failed"
    assert digest(copies[0]) == before[0]


def test_the_command_line_says_which_file_and_what_to_do(
    db_file: Path, subprocess_env: dict[str, str]
) -> None:
    _overwrite_middle(db_file)
    before = digest(db_file)
    for args in (["session", "list"], ["session", "run", "--headless", "--no-classroom"]):
        done = subprocess.run(
            [sys.executable, "-m", "belong_desktop", *args],
            capture_output=True,
            text=True,
            env=subprocess_env,
            timeout=TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 1, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("belong-desktop: "), done.stderr
        assert str(db_file) in lines[0] and "is damaged" in lines[0]
        assert "do not delete" in lines[0] and ".corrupt-" in lines[0]
        assert "Traceback" not in done.stderr and done.stdout == ""
    assert digest(db_file) == before
    assert sidecars(db_file) == []


# -- the window ----------------------------------------------------------------------------


class Answers:
    """The counsellor's answers to the start-up questions (no modal box ever opens)."""

    def __init__(self, *confirms: bool) -> None:
        self.confirms = list(confirms)
        self.questions: list[str] = []
        self.told: list[str] = []

    def dialogs(self) -> object:
        from belong_desktop.qt.dialogs import CloseChoice, Dialogs

        def confirm(_title: str, question: str) -> bool:
            self.questions.append(question)
            return self.confirms.pop(0)

        def ask_note(_title: str, _prompt: str, _limit: int) -> str | None:
            raise AssertionError("no note is asked for at start-up")

        def tell(_title: str, message: str) -> None:
            self.told.append(message)

        return Dialogs(confirm, ask_note, lambda: CloseChoice.CANCEL, tell)


def _run_windows(db_file: Path, answers: Answers) -> int:
    from contextlib import ExitStack
    from io import StringIO

    from belong_desktop.qt.dialogs import Dialogs
    from belong_desktop.qt.launch import run_windows

    def opener(stack: ExitStack) -> object:
        return stack.enter_context(open_runtime(db_file, [PACKS]))

    dialogs = answers.dialogs()
    assert isinstance(dialogs, Dialogs)
    return run_windows(opener, StringIO(), dialogs=dialogs)  # type: ignore[arg-type]


@pytest.mark.qt
def test_the_window_explains_and_makes_the_copy_when_asked(qapp: object, db_file: Path) -> None:
    _truncate_half(db_file)
    before = digest(db_file)
    answers = Answers(True)

    assert _run_windows(db_file, answers) == 1

    (question,) = answers.questions
    assert question.startswith(f"Databasen {db_file} er beskadiget")
    assert "Slet den ikke" in question and "--data-dir" in question
    (copy,) = [p for p in db_file.parent.iterdir() if ".corrupt-" in p.name]
    assert str(copy) in question
    assert answers.told == [
        f"Kopien er gemt:\n{copy}\n\nGem den et sikkert sted, før du gør noget andet."
    ]
    assert digest(copy) == digest(db_file) == before
    assert sidecars(db_file) == [copy.name]


@pytest.mark.qt
def test_the_window_makes_no_copy_when_told_not_to(qapp: object, db_file: Path) -> None:
    _not_sqlite(db_file)
    before = digest(db_file)
    answers = Answers(False)

    assert _run_windows(db_file, answers) == 1

    assert len(answers.questions) == 1 and "ikke en database" in answers.questions[0]
    assert answers.told == []
    assert digest(db_file) == before and sidecars(db_file) == []


@pytest.mark.qt
def test_a_copy_that_cannot_be_made_is_explained(qapp: object, db_file: Path) -> None:
    from belong_desktop.qt.dialogs import Dialogs
    from belong_desktop.qt.launch import explain_refused_start

    _overwrite_middle(db_file)
    before = digest(db_file)
    with pytest.raises(BelongError) as refused:
        open_database(db_file)
    taken = Path(str(refused.value.params["copy"]))
    taken.write_bytes(b"a copy made earlier")
    answers = Answers(True)
    dialogs = answers.dialogs()
    assert isinstance(dialogs, Dialogs)

    explain_refused_start(refused.value, dialogs)

    (told,) = answers.told
    assert told.startswith(f"Kopien {taken} kunne ikke laves") and "ikke ændret" in told
    assert taken.read_bytes() == b"a copy made earlier"
    assert digest(db_file) == before


def test_an_empty_file_with_another_databases_log_beside_it_is_still_checked(
    isolated_data_dir: Path,
) -> None:
    """Only an empty file with nothing beside it is "new": the app writes the file's first
    page before its log, so a log beside an empty file came from somewhere else."""
    path = paths.database_file(isolated_data_dir)
    path.parent.mkdir(parents=True)
    path.touch(mode=0o600)
    wal = path.with_name(path.name + "-wal")
    _foreign_log(path)
    before = digest(wal)
    with pytest.raises(StoreError) as caught:
        check_intact(path)
    assert caught.value.code == "database_corrupt"
    assert "empty, but a write-ahead log" in str(caught.value)
    assert path.stat().st_size == 0 and digest(wal) == before
