"""SessionService: commands persist, events follow commits, failures change nothing."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.events import (
    Event,
    NoteAdded,
    SessionEnded,
    SessionExported,
    SessionResumed,
    SessionStarted,
    StepChanged,
)
from belong_desktop.core.pack_loader import load_pack
from belong_desktop.core.session import IllegalTransition, NoteKind, SessionState
from belong_desktop.services.runtime import Runtime, open_runtime
from belong_desktop.services.sessions import PackChanged, SessionNotFound, describe

Row = tuple[Any, ...]


def dump(db_file: Path) -> dict[str, list[Row]]:
    """Every row of the three tables, read with the plain sqlite3 module."""
    con = sqlite3.connect(db_file)
    try:
        return {
            table: con.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("sessions", "step_visits", "notes")
        }
    finally:
        con.close()


def query(db_file: Path, sql: str, *params: object) -> list[Row]:
    con = sqlite3.connect(db_file)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


class Ticks:
    """A clock that moves one minute per reading, so stored times are predictable."""

    def __init__(self) -> None:
        self.now = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
        self.lock = threading.Lock()

    def __call__(self) -> datetime:
        with self.lock:
            self.now += timedelta(minutes=1)
            return self.now


# -- create --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["", "   ", "x" * 33, "DAT/1", "-DAT1", "hold;drop"])
def test_create_rejects_bad_group_codes(runtime: Runtime, pack_dir: Path, code: str) -> None:
    pack = load_pack(pack_dir)
    with pytest.raises(InvalidInput, match="group code"):
        runtime.sessions.create(pack, code, "da")
    assert runtime.sessions.list_sessions() == []


def test_create_rejects_a_language_the_pack_lacks(runtime: Runtime, pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    with pytest.raises(InvalidInput, match="no language 'de'"):
        runtime.sessions.create(pack, "DAT1-A", "de")
    assert runtime.sessions.list_sessions() == []


def test_create_stores_a_new_session(runtime: Runtime, pack_dir: Path, db_file: Path) -> None:
    pack = load_pack(pack_dir)
    session_id = runtime.sessions.create(pack, "  DAT1-A ", "en")
    record = runtime.sessions.record(session_id)
    assert record.state is SessionState.CREATED
    assert record.group_code == "DAT1-A"  # normalised
    assert (record.pack_id, record.pack_version, record.language) == ("svc-pack", "0.1.0", "en")
    assert record.pack_path == str(pack_dir)
    assert record.created_at.tzinfo is not None
    assert query(db_file, "SELECT id, state FROM sessions") == [(session_id, "created")]
    summary = describe(record)
    assert summary["session_id"] == session_id and summary["state"] == "created"


# -- persistence ---------------------------------------------------------------------------


def test_every_command_is_on_disk_for_the_next_runtime(
    db_file: Path, packs_dir: Path, pack_dir: Path
) -> None:
    with open_runtime(db_file, [packs_dir], clock=Ticks()) as rt:
        pack = rt.catalog.resolve("svc-pack")
        sid = rt.sessions.create(pack, "DAT1-A", "da")
        rt.sessions.start(sid)
        rt.sessions.next(sid)
        rt.sessions.next(sid)
        rt.sessions.add_note(sid, "the sound was off")
        rt.sessions.prev(sid)
        before = rt.sessions.flow(sid)

    with open_runtime(db_file, [packs_dir]) as rt:
        after = rt.sessions.flow(sid)
        assert after == before
        assert after.state is SessionState.RUNNING
        assert after.step_index == 1
        assert [(v.step_index, v.entered_by) for v in after.visits] == [
            (0, "start"),
            (1, "next"),
            (2, "next"),
            (1, "prev"),
        ]
        assert [v.left_at is None for v in after.visits] == [False, False, False, True]
        assert [n.text for n in after.notes] == ["the sound was off"]
        assert after.notes[0].step_index == 2
        rt.sessions.end(sid, "stopped early: fire drill")

    with open_runtime(db_file, [packs_dir]) as rt:
        flow = rt.sessions.flow(sid)
        assert flow.state is SessionState.ENDED
        assert flow.ended_early is True
        assert flow.ended_at is not None and flow.visits[-1].left_at == flow.ended_at
        assert [n.text for n in flow.notes][-1] == "stopped early: fire drill"
        rt.sessions.mark_exported(sid)

    with open_runtime(db_file, [packs_dir]) as rt:
        record = rt.sessions.record(sid)
        assert record.state is SessionState.EXPORTED
        assert record.exported_at is not None
        with pytest.raises(IllegalTransition):
            rt.sessions.add_note(sid, "too late")
    assert query(db_file, "SELECT count(*) FROM notes") == [(2,)]


def test_resume_adds_a_system_note_and_keeps_the_visit_open(db_file: Path, packs_dir: Path) -> None:
    with open_runtime(db_file, [packs_dir]) as rt:
        sid = rt.sessions.create(rt.catalog.resolve("svc-pack"), "DAT1-A", "da")
        rt.sessions.start(sid)
        rt.sessions.next(sid)
    with open_runtime(db_file, [packs_dir]) as rt:
        events = rt.sessions.resume(sid)
        flow = rt.sessions.flow(sid)
    assert [type(e) for e in events] == [NoteAdded, SessionResumed]
    assert isinstance(events[1], SessionResumed) and events[1].step_index == 1
    assert len(flow.visits) == 2 and flow.visits[-1].left_at is None
    assert flow.notes[-1].kind is NoteKind.SYSTEM
    assert query(db_file, "SELECT kind, step_index FROM notes") == [("system", 1)]


# -- events --------------------------------------------------------------------------------


def test_events_are_published_only_after_the_commit(runtime: Runtime, db_file: Path) -> None:
    """Each subscriber call reads the database on its own connection: the change is there."""
    seen: list[tuple[str, Row, int, int]] = []

    def subscriber(event: Event) -> None:
        (row,) = query(db_file, "SELECT state, step_index FROM sessions WHERE id = ?", sid)
        (visits,) = query(db_file, "SELECT count(*) FROM step_visits")[0]
        (notes,) = query(db_file, "SELECT count(*) FROM notes")[0]
        seen.append((event.name, row, visits, notes))

    sid = runtime.sessions.create(runtime.catalog.resolve("svc-pack"), "DAT1-A", "da")
    unsubscribe = runtime.bus.subscribe(subscriber)
    try:
        runtime.sessions.start(sid)
        runtime.sessions.next(sid)
        runtime.sessions.add_note(sid, "a note")
        runtime.sessions.prev(sid)
        runtime.sessions.end(sid, "bye")
        runtime.sessions.mark_exported(sid)
    finally:
        unsubscribe()

    assert seen == [
        ("session_started", ("running", 0), 1, 0),
        ("step_changed", ("running", 1), 2, 0),
        ("note_added", ("running", 1), 2, 1),
        ("step_changed", ("running", 0), 3, 1),
        ("note_added", ("ended", 0), 3, 2),  # end's note is committed with the end
        ("session_ended", ("ended", 0), 3, 2),
        ("session_exported", ("exported", 0), 3, 2),
    ]


def test_commands_return_the_events_they_caused(runtime: Runtime) -> None:
    sid = runtime.sessions.create(runtime.catalog.resolve("svc-pack"), "DAT1-A", "da")
    received: list[Event] = []
    unsubscribe = runtime.bus.subscribe(received.append)
    try:
        returned = [
            *runtime.sessions.start(sid),
            *runtime.sessions.next(sid),
            *runtime.sessions.end(sid),
            *runtime.sessions.mark_exported(sid),
        ]
    finally:
        unsubscribe()
    assert received == returned
    assert [type(e) for e in returned] == [
        SessionStarted,
        StepChanged,
        SessionEnded,
        SessionExported,
    ]
    assert all(e.session_id == sid for e in returned)


# -- failures ------------------------------------------------------------------------------


def test_an_illegal_command_changes_nothing(runtime: Runtime, db_file: Path) -> None:
    service = runtime.sessions
    sid = service.create(runtime.catalog.resolve("svc-pack"), "DAT1-A", "da")
    received: list[Event] = []
    unsubscribe = runtime.bus.subscribe(received.append)
    try:
        illegal: list[Callable[[], object]] = [
            lambda: service.next(sid),  # not started
            lambda: service.end(sid),
            lambda: service.mark_exported(sid),
            lambda: service.resume(sid),
        ]
        for attempt in illegal:
            memory, disk = service.flow(sid), dump(db_file)
            with pytest.raises(IllegalTransition):
                attempt()
            assert (service.flow(sid), dump(db_file)) == (memory, disk)

        service.start(sid)
        events_so_far = len(received)
        last = len(service.flow(sid).pack.steps) - 1
        at_first: list[Callable[[], object]] = [
            lambda: service.prev(sid),
            lambda: service.start(sid),
        ]
        for attempt in at_first:
            memory, disk = service.flow(sid), dump(db_file)
            with pytest.raises(IllegalTransition):
                attempt()
            assert (service.flow(sid), dump(db_file)) == (memory, disk)
        for _ in range(last):
            service.next(sid)
        memory, disk = service.flow(sid), dump(db_file)
        with pytest.raises(IllegalTransition, match="last step"):
            service.next(sid)
        with pytest.raises(InvalidInput, match="needs some text"):
            service.add_note(sid, "   ")
        with pytest.raises(InvalidInput, match="at most"):
            service.add_note(sid, "x" * 2001)
        assert (service.flow(sid), dump(db_file)) == (memory, disk)
        assert len(received) == events_so_far + last  # only the successful nexts published
    finally:
        unsubscribe()


def test_a_failed_write_leaves_memory_unchanged(runtime: Runtime, db_file: Path) -> None:
    """The database refuses the write (a trigger): the live flow must not move ahead."""
    service = runtime.sessions
    sid = service.create(runtime.catalog.resolve("svc-pack"), "DAT1-A", "da")
    service.start(sid)
    received: list[Event] = []
    unsubscribe = runtime.bus.subscribe(received.append)
    con = sqlite3.connect(db_file)
    try:
        for table in ("step_visits", "notes"):
            con.execute(
                f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'the disk says no'); END"
            )
        con.commit()
        memory, disk = service.flow(sid), dump(db_file)
        with pytest.raises(Exception, match="the disk says no"):
            service.next(sid)
        with pytest.raises(Exception, match="the disk says no"):
            service.add_note(sid, "lost?")
        assert service.flow(sid) == memory
        assert dump(db_file) == disk  # the session row was not updated either
        assert received == []

        for table in ("step_visits", "notes"):
            con.execute(f"DROP TRIGGER refuse_{table}")
        con.commit()
        service.next(sid)
        service.add_note(sid, "kept")
    finally:
        con.close()
        unsubscribe()
    assert [type(e) for e in received] == [StepChanged, NoteAdded]
    assert query(db_file, "SELECT seq, step_index FROM step_visits ORDER BY seq") == [
        (0, 0),
        (1, 1),
    ]
    assert query(db_file, "SELECT seq, text FROM notes") == [(0, "kept")]


def test_commands_from_many_threads_are_serialised(runtime: Runtime, db_file: Path) -> None:
    service = runtime.sessions
    sid = service.create(runtime.catalog.resolve("svc-pack"), "DAT1-A", "da")
    service.start(sid)
    threads_n, notes_n = 8, 20
    barrier = threading.Barrier(threads_n + 1)
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            barrier.wait(timeout=10)
            for i in range(notes_n):
                service.add_note(sid, f"thread {n} note {i}")
                if n == 0:  # one thread also moves between steps meanwhile
                    (service.next if i % 2 == 0 else service.prev)(sid)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    workers = [threading.Thread(target=worker, args=(n,)) for n in range(threads_n)]
    for thread in workers:
        thread.start()
    barrier.wait(timeout=10)
    for thread in workers:
        thread.join(timeout=60)
    assert errors == []

    expected = {f"thread {n} note {i}" for n in range(threads_n) for i in range(notes_n)}
    flow = service.flow(sid)
    assert {n.text for n in flow.notes} == expected
    rows = query(db_file, "SELECT seq, text FROM notes ORDER BY seq")
    assert [seq for seq, _ in rows] == list(range(threads_n * notes_n))
    assert [text for _, text in rows] == [n.text for n in flow.notes]
    visits = query(db_file, "SELECT seq, step_index, left_at FROM step_visits ORDER BY seq")
    assert [seq for seq, _, _ in visits] == list(range(1 + notes_n))
    assert [left is None for _, _, left in visits] == [False] * notes_n + [True]
    # per thread the notes keep their order
    for n in range(threads_n):
        mine = [text for _, text in rows if text.startswith(f"thread {n} ")]
        assert mine == [f"thread {n} note {i}" for i in range(notes_n)]


def test_two_runtimes_on_one_file_write_at_the_same_time(db_file: Path, packs_dir: Path) -> None:
    """Two processes (here: two engines) writing one database wait for each other.

    ``busy_timeout`` lets a writer wait for the other's lock; nothing may fail with
    "database is locked" while the other side only holds the lock for a few milliseconds.
    """
    rounds = 40
    errors: list[BaseException] = []
    with (
        open_runtime(db_file, [packs_dir]) as first,
        open_runtime(db_file, [packs_dir]) as second,
    ):
        pack = first.catalog.resolve("svc-pack")
        sessions = []
        for rt, group in ((first, "HOLD-1"), (second, "HOLD-2")):
            sid = rt.sessions.create(pack, group, "da")
            rt.sessions.start(sid)
            sessions.append((rt, sid))
        barrier = threading.Barrier(2)

        def work(rt: Runtime, sid: str) -> None:
            try:
                barrier.wait(timeout=10)
                for i in range(rounds):
                    rt.sessions.add_note(sid, f"note {i}")
                    (rt.sessions.next if i % 2 == 0 else rt.sessions.prev)(sid)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=pair) for pair in sessions]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert errors == []
    for _, sid in sessions:
        assert query(db_file, "SELECT count(*) FROM notes WHERE session_id = ?", sid) == [(rounds,)]
        assert query(db_file, "SELECT count(*) FROM step_visits WHERE session_id = ?", sid) == [
            (rounds + 1,)
        ]


def test_commands_wait_for_another_process_that_writes(runtime: Runtime, db_file: Path) -> None:
    """Another process commits all the time (here: a plain sqlite3 connection in a thread).

    A command must wait for the write lock (busy_timeout) instead of failing with
    "database is locked", which is what happens when its transaction reads first and
    only then tries to write after the other side has committed.
    """
    service = runtime.sessions
    pack = runtime.catalog.resolve("svc-pack")
    other = service.create(pack, "OTHER", "da")
    sid = service.create(pack, "DAT1-A", "da")
    service.start(sid)
    stop = threading.Event()
    hammer_errors: list[BaseException] = []

    def hammer() -> None:
        con = sqlite3.connect(db_file, timeout=10)
        try:
            while not stop.is_set():
                con.execute("UPDATE sessions SET language = language WHERE id = ?", (other,))
                con.commit()
        except BaseException as exc:  # reported below
            hammer_errors.append(exc)
        finally:
            con.close()

    thread = threading.Thread(target=hammer)
    thread.start()
    try:
        for i in range(60):
            service.add_note(sid, f"note {i}")
            (service.next if i % 2 == 0 else service.prev)(sid)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert hammer_errors == []
    assert query(db_file, "SELECT count(*) FROM notes WHERE session_id = ?", sid) == [(60,)]
    assert query(db_file, "SELECT count(*) FROM step_visits WHERE session_id = ?", sid) == [(61,)]


# -- packs and ids -------------------------------------------------------------------------


def _stored_running_session(db_file: Path, packs_dir: Path) -> str:
    with open_runtime(db_file, [packs_dir]) as rt:
        sid = rt.sessions.create(rt.catalog.resolve("svc-pack"), "DAT1-A", "da")
        rt.sessions.start(sid)
        rt.sessions.next(sid)
    return sid


def test_pack_folder_deleted(db_file: Path, packs_dir: Path, pack_dir: Path) -> None:
    sid = _stored_running_session(db_file, packs_dir)
    disk = dump(db_file)
    for path in pack_dir.iterdir():
        path.unlink()
    pack_dir.rmdir()
    with open_runtime(db_file, [packs_dir]) as rt:
        with pytest.raises(PackChanged, match="cannot be loaded any more") as caught:
            rt.sessions.flow(sid)
        assert "svc-pack" in str(caught.value) and str(pack_dir) in str(caught.value)
        with pytest.raises(PackChanged):
            rt.sessions.next(sid)
        assert rt.sessions.record(sid).step_index == 1  # the record itself is readable
    assert dump(db_file) == disk


def test_pack_version_changed(db_file: Path, packs_dir: Path, pack_dir: Path) -> None:
    sid = _stored_running_session(db_file, packs_dir)
    manifest = pack_dir / "pack.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('version = "0.1.0"', 'version = "0.2.0"'),
        encoding="utf-8",
    )
    assert load_pack(pack_dir).version == "0.2.0"
    with (
        open_runtime(db_file, [packs_dir]) as rt,
        pytest.raises(PackChanged, match=r"svc-pack 0\.1\.0.*svc-pack 0\.2\.0"),
    ):
        rt.sessions.resume(sid)


def test_unknown_session_ids(runtime: Runtime) -> None:
    service = runtime.sessions
    attempts: list[Callable[[], object]] = [
        lambda: service.record("nope"),
        lambda: service.flow("nope"),
        lambda: service.start("nope"),
        lambda: service.next("nope"),
        lambda: service.add_note("nope", "x"),
        lambda: service.end("nope"),
    ]
    for attempt in attempts:
        with pytest.raises(SessionNotFound, match="'nope'"):
            attempt()


def test_list_sessions_newest_first_and_unfinished(runtime: Runtime) -> None:
    service = runtime.sessions
    pack = runtime.catalog.resolve("svc-pack")
    created = service.create(pack, "HOLD-1", "da")
    running = service.create(pack, "HOLD-2", "da")
    service.start(running)
    ended = service.create(pack, "HOLD-3", "en")
    service.start(ended)
    service.end(ended)
    exported = service.create(pack, "HOLD-4", "da")
    service.start(exported)
    service.end(exported)
    service.mark_exported(exported)

    everything = service.list_sessions()
    assert [r.id for r in everything] == [exported, ended, running, created]
    unfinished = service.list_sessions(unfinished_only=True)
    assert [r.id for r in unfinished] == [running, created]
    assert [r.state for r in unfinished] == [SessionState.RUNNING, SessionState.CREATED]
