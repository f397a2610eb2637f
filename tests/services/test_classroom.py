"""ClassroomService on a real SQLite file: opening, joining, answers, counts, resets, presence.

This is where the students' data is persisted, so the tests use the real runtime
(``open_runtime``: the database file, the single writer, the event bus) with the shipped
``belonging`` pack, and check what is on disk with plain SQL: one row per participant and
step even under concurrent saves, drafts closed (never dropped) when their step is left,
the join code and port kept across a restart, device limits and resets, the live counts
the projector shows, and that a device's secret token never reaches the database file.
"""

from __future__ import annotations

import random
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from belong_desktop.core.classroom import (
    AnswerRefused,
    ResponseStatus,
    SaveOutcome,
    SaveRequest,
    token_digest,
)
from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.events import (
    AnswerSubmitted,
    DevicesReset,
    Event,
    ParticipantJoined,
    RoomWarning,
)
from belong_desktop.core.packs import Pack
from belong_desktop.core.room_alerts import RoomAlert
from belong_desktop.core.session import SessionState
from belong_desktop.services.classroom import (
    PRESENCE_SECONDS,
    ClassroomService,
    Device,
    JoinRefused,
    Limits,
    LiveStep,
)
from belong_desktop.services.runtime import Runtime, open_runtime
from belong_desktop.services.sessions import Clock, utc_now
from tests.conftest import device_only_pack

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"
Row = tuple[Any, ...]


def query(db_file: Path, sql: str, *params: object) -> list[Row]:
    con = sqlite3.connect(db_file)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def statuses(db_file: Path, step_id: str) -> dict[str, str]:
    """``{participant_id: status}`` of one step's answers, read from the file."""
    rows = query(db_file, "SELECT participant_id, status FROM answers WHERE step_id = ?", step_id)
    return dict(rows)


@dataclass
class Room:
    """A running session of the shipped ``belonging`` pack, open to devices."""

    db: Path
    limits: Limits | None = None
    clock: Clock = utc_now
    pack_dirs: list[Path] = field(default_factory=lambda: [PACKS])
    rt: Runtime = field(init=False)
    sid: str = field(init=False)
    pack: Pack = field(init=False)

    def __post_init__(self) -> None:
        self.rt = self.open()
        self.pack = self.rt.catalog.resolve("belonging")
        self.sid = self.rt.sessions.create(self.pack, "DAT1-A", "da")
        self.rt.sessions.start(self.sid)
        self.rt.classroom.open(self.sid)

    def open(self) -> Runtime:
        return open_runtime(self.db, self.pack_dirs, clock=self.clock, limits=self.limits)

    def restart(self, *, serve: bool = True) -> None:
        """Close everything and open it again from the file, as after a crash."""
        self.rt.close()
        self.rt = self.open()
        self.rt.sessions.resume(self.sid)
        if serve:
            self.rt.classroom.open(self.sid)

    @property
    def classroom(self) -> ClassroomService:
        return self.rt.classroom

    @property
    def step_index(self) -> int | None:
        return self.rt.sessions.flow(self.sid).step_index

    def go_to(self, step_id: str) -> None:
        target = self.pack.step_index(step_id)
        while (self.step_index or 0) < target:
            self.rt.sessions.next(self.sid)
        while (self.step_index or 0) > target:
            self.rt.sessions.prev(self.sid)

    def join(self, n: int = 1) -> list[Device]:
        return [self.enter()[1] for _ in range(n)]

    def enter(self, join_key: str | None = None) -> tuple[str, Device]:
        """Join and load the page, as a device does: a participant who counts."""
        token, device = self.classroom.join(self.sid, join_key=join_key)
        assert self.classroom.arrive(token) == device
        return token, device

    def save(
        self,
        device: Device,
        step_id: str,
        revision: int,
        text: str | None = None,
        *,
        submit: bool = False,
        choice: int | None = None,
        share: bool | None = None,
    ) -> SaveOutcome:
        request = SaveRequest(
            step_id, revision, submit=submit, text=text, choice=choice, share=share
        )
        return self.classroom.save(device, request)


@pytest.fixture
def make_room(tmp_path: Path) -> Iterator[Callable[..., Room]]:
    rooms: list[Room] = []

    def make(**kwargs: Any) -> Room:
        room = Room(tmp_path / f"room{len(rooms)}" / "belong.sqlite3", **kwargs)
        rooms.append(room)
        return room

    yield make
    for room in rooms:
        room.rt.close()


@pytest.fixture
def room(make_room: Callable[..., Room]) -> Room:
    return make_room()


@pytest.fixture
def events(room: Room) -> Iterator[list[Event]]:
    seen: list[Event] = []
    unsubscribe = room.rt.bus.subscribe(seen.append)
    yield seen
    unsubscribe()


# -- opening -------------------------------------------------------------------------


def test_open_keeps_code_link_and_port_across_a_restart(room: Room) -> None:
    first = room.classroom.open(room.sid)
    assert len(first.join_code) == 6 and first.join_code.isdigit()
    assert len(first.link_token) >= 20
    assert (first.port, first.device_epoch) == (None, 0)
    assert room.classroom.open(room.sid) == first  # opening again changes nothing
    room.classroom.set_address(room.sid, 8471, "127.0.0.1")
    token, device = room.enter()

    room.restart()
    again = room.classroom.open(room.sid)
    assert (again.join_code, again.link_token) == (first.join_code, first.link_token)
    assert (again.port, again.bind_host) == (8471, "127.0.0.1")
    assert again.opened_at == first.opened_at
    assert room.classroom.session_for_code(first.join_code) == room.sid
    assert room.classroom.session_for_link(first.link_token) == room.sid
    assert room.classroom.device(token) == device  # the device is known from the file
    rows = query(room.db, "SELECT session_id, join_code, port FROM classrooms")
    assert rows == [(room.sid, first.join_code, 8471)]


def test_a_page_language_is_stored_with_the_participant_and_known_after_a_restart(
    room: Room,
) -> None:
    room.classroom.open(room.sid)
    token, device = room.classroom.join(room.sid, language="en")
    assert device.language == "en"
    assert query(room.db, "SELECT language FROM participants") == []  # pending: no row
    assert room.classroom.arrive(token) == device
    assert query(room.db, "SELECT id, language FROM participants") == [
        (device.participant_id, "en")
    ]

    other, _ = room.enter()
    changed = room.classroom.set_language(other, "da")
    assert changed.language == "da"
    assert room.classroom.known_device(other) == changed  # memory follows the commit
    room.classroom.set_language(token, None)  # back to the session's
    assert room.classroom.device(token) == replace(device, language=None)

    room.restart()
    assert room.classroom.device(other) == changed  # read back from the file
    assert room.classroom.device(token) is not None
    assert room.classroom.device(token).language is None  # type: ignore[union-attr]


@pytest.mark.parametrize("bad", ["EN", "english", "d", "da_DK", "da; --", "x" * 17, ""])
def test_a_page_language_that_is_no_language_code_is_refused(room: Room, bad: str) -> None:
    room.classroom.open(room.sid)
    token, device = room.enter()
    with pytest.raises(InvalidInput) as refused:
        room.classroom.set_language(token, bad)
    assert refused.value.code == "unknown_language"
    with pytest.raises(InvalidInput):
        room.classroom.join(room.sid, language=bad)
    assert room.classroom.device(token) == device
    assert query(room.db, "SELECT language FROM participants") == [(None,)]


def test_a_page_language_for_a_token_that_is_no_participant_is_refused(room: Room) -> None:
    room.classroom.open(room.sid)
    pending, _ = room.classroom.join(room.sid)  # its page never loaded
    for token in (pending, secrets.token_urlsafe(32)):
        with pytest.raises(KeyError):
            room.classroom.set_language(token, "en")
    assert query(room.db, "SELECT * FROM participants") == []


def test_a_new_code_never_collides_with_a_running_session(room: Room) -> None:
    code = room.classroom.open(room.sid).join_code
    digits = iter([int(d) for d in code] + [int(d) for d in "000042"])
    picky = ClassroomService(
        room.rt.db,
        room.rt.bus,
        room.rt.writer,
        room.rt.sessions,
        randbelow=lambda _n: next(digits),
    )
    try:
        other = room.rt.sessions.create(room.pack, "DAT1-B", "en")
        room.rt.sessions.start(other)
        fresh = picky.open(other)
        assert code != "000042"
        assert fresh.join_code == "000042"  # the first draw was taken, so it drew again
    finally:
        picky.close()


def test_open_after_a_restart_closes_drafts_of_steps_no_longer_open(room: Room) -> None:
    room.go_to("reflection")
    (device,) = room.join()
    room.save(device, "reflection", 1, "half written")

    room.restart()  # the reflection is still open: its draft is the student's work in progress
    assert statuses(room.db, "reflection") == {device.participant_id: "draft"}

    # The app stopped and moved on without serving the page (so nothing closed the draft).
    room.restart(serve=False)
    room.rt.sessions.next(room.sid)
    assert statuses(room.db, "reflection") == {device.participant_id: "draft"}

    room.restart()
    assert statuses(room.db, "reflection") == {device.participant_id: "draft_at_close"}
    answer = room.classroom.answer(device, "reflection")
    assert answer is not None and answer.draft == "half written"  # kept, never dropped


# -- joining -------------------------------------------------------------------------


def test_join_gives_a_secret_token_for_a_new_participant(room: Room, events: list[Event]) -> None:
    token, device = room.enter()
    token2, device2 = room.enter()
    assert token != token2 and device.participant_id != device2.participant_id
    assert len(token) >= 32
    assert (device.session_id, device.epoch) == (room.sid, 0)
    assert room.classroom.device(token) == device
    assert room.classroom.device(token2) == device2
    joined = [e for e in events if isinstance(e, ParticipantJoined)]
    assert [(e.session_id, e.participants) for e in joined] == [(room.sid, 1), (room.sid, 2)]


def test_join_is_refused_when_the_session_ended(room: Room) -> None:
    code = room.classroom.open(room.sid).join_code
    link = room.classroom.open(room.sid).link_token
    room.join()
    room.rt.sessions.end(room.sid)
    with pytest.raises(JoinRefused) as info:
        room.classroom.join(room.sid)
    assert info.value.code == "ended"
    assert room.classroom.session_for_code(code) is None
    assert room.classroom.session_for_link(link) == room.sid  # the caller says "ended"
    assert query(room.db, "SELECT COUNT(*) FROM participants") == [(1,)]


def test_join_is_refused_for_a_session_that_is_not_open(room: Room) -> None:
    other = room.rt.sessions.create(room.pack, "DAT1-B", "da")
    room.rt.sessions.start(other)
    with pytest.raises(JoinRefused) as info:
        room.classroom.join(other)  # running, but never opened to devices
    assert info.value.code == "ended"


def test_join_is_refused_beyond_max_devices(make_room: Callable[..., Room]) -> None:
    room = make_room(limits=Limits(max_devices=3))
    room.join(3)
    with pytest.raises(JoinRefused) as info:
        room.classroom.join(room.sid)
    assert info.value.code == "full" and "3" in str(info.value)
    assert query(room.db, "SELECT COUNT(*) FROM participants") == [(3,)]
    assert room.classroom.counts(room.sid).joined == 3


def test_a_device_reset_makes_room_for_the_devices_to_join_again(
    make_room: Callable[..., Room],
) -> None:
    """A reset asks every device to join again as a new participant; a full room must let
    the same devices back in (the limit is the devices in the room, not all who ever were)."""
    room = make_room(limits=Limits(max_devices=3))
    room.join(3)
    room.classroom.reset_devices(room.sid)
    again = room.join(3)  # the same three devices, joining after the reset
    assert [d.epoch for d in again] == [1, 1, 1]
    assert room.classroom.counts(room.sid).joined == 3
    with pytest.raises(JoinRefused):
        room.classroom.join(room.sid)


# -- a join retried with its key -----------------------------------------------------


def participants(room: Room) -> int:
    return int(query(room.db, "SELECT COUNT(*) FROM participants")[0][0])


def test_a_join_retried_with_its_key_gets_the_same_token_and_participant(
    room: Room, events: list[Event]
) -> None:
    """The device's reply was lost and it asks again: no second row, no second event."""
    first = room.enter(join_key="device-key-0001")
    again = room.enter(join_key="device-key-0001")
    assert again == first
    other = room.enter(join_key="device-key-0002")
    assert other[1].participant_id != first[1].participant_id
    assert participants(room) == 2
    assert room.classroom.counts(room.sid).joined == 2
    joined = [e.participants for e in events if isinstance(e, ParticipantJoined)]
    assert joined == [1, 2]
    # Kept under a digest: the key itself is nowhere in memory's map.
    keys = room.classroom._join_keys[room.sid].joined
    assert set(keys) == {token_digest("device-key-0001"), token_digest("device-key-0002")}


def test_joins_without_a_key_are_each_a_new_participant(room: Room) -> None:
    a = room.enter()
    b = room.enter(join_key=None)
    c = room.enter(join_key="")
    assert len({a[1].participant_id, b[1].participant_id, c[1].participant_id}) == 3
    assert participants(room) == 3


def test_one_join_key_from_many_threads_at_once_is_one_participant(room: Room) -> None:
    start = threading.Barrier(16)

    def join(_: int) -> tuple[str, Device]:
        start.wait(timeout=10)
        return room.enter(join_key="the-same-key-0001")

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = set(pool.map(join, range(16)))
    assert len(results) == 1
    assert participants(room) == 1
    assert room.classroom.counts(room.sid).joined == 1


def test_kept_join_keys_never_outnumber_max_devices(make_room: Callable[..., Room]) -> None:
    """A key is kept only with a new participant, and the room caps those per epoch."""
    room = make_room(limits=Limits(max_devices=3))
    kept = [room.enter(join_key=f"key-number-{n:05d}") for n in range(3)]
    with pytest.raises(JoinRefused) as info:
        room.classroom.join(room.sid, join_key="key-number-00003")
    assert info.value.code == "full"
    assert len(room.classroom._join_keys[room.sid].joined) == 3
    # The retry of a join that made it in still gets its participant in a full room.
    assert room.enter(join_key="key-number-00001") == kept[1]
    assert participants(room) == 3


def test_a_reset_or_a_restart_forgets_join_keys(room: Room) -> None:
    """After a reset every device must be a new participant; after a restart the keys are
    gone (memory only), so a late retry makes a new, empty participant: acceptable."""
    token, before = room.enter(join_key="device-key-0001")
    room.classroom.reset_devices(room.sid)
    _token, after_reset = room.enter(join_key="device-key-0001")
    assert after_reset.participant_id != before.participant_id
    assert after_reset.epoch == 1
    assert room.enter(join_key="device-key-0001")[1] == after_reset

    room.restart()
    _token, after_restart = room.enter(join_key="device-key-0001")
    assert after_restart.participant_id != after_reset.participant_id
    assert room.classroom.device(token) == before  # the first one is still known
    assert participants(room) == 3


def test_an_ended_session_refuses_a_retried_join_and_drops_its_keys(room: Room) -> None:
    room.enter(join_key="device-key-0001")
    assert room.sid in room.classroom._join_keys
    room.rt.sessions.end(room.sid)
    with pytest.raises(JoinRefused) as info:
        room.classroom.join(room.sid, join_key="device-key-0001")
    assert info.value.code == "ended"
    assert room.sid not in room.classroom._join_keys  # no token kept for a closed room
    assert participants(room) == 1


# -- a join counts once its page loads -----------------------------------------------


def test_a_join_is_pending_until_its_page_loads(room: Room, events: list[Event]) -> None:
    """Asking to join writes nothing and counts nothing; the first load does both, once."""
    token, device = room.classroom.join(room.sid, device_key="device-a")
    assert room.classroom.device(token) is None  # not a participant yet
    assert room.classroom.pending_device(token) == device
    assert participants(room) == 0 and room.classroom.counts(room.sid).joined == 0
    assert not [e for e in events if isinstance(e, ParticipantJoined)]

    assert room.classroom.arrive(token) == device
    assert room.classroom.arrive(token) == device  # a reload: still one participant
    assert room.classroom.pending_device(token) is None
    assert room.classroom.device(token) == device
    assert participants(room) == 1 and room.classroom.counts(room.sid).joined == 1
    assert [e.participants for e in events if isinstance(e, ParticipantJoined)] == [1]
    assert room.classroom.arrive("no-such-token") is None
    assert room.classroom.arrive("") is None


def test_pending_joins_do_not_fill_the_room(make_room: Callable[..., Room]) -> None:
    """A script asking for many joins and loading none takes no place from a real device."""
    room = make_room(limits=Limits(max_devices=3))
    for n in range(500):
        room.classroom.join(room.sid, device_key=f"script-{n % 20}")
    token, device = room.classroom.join(room.sid, device_key="student")
    assert room.classroom.arrive(token) == device
    assert room.classroom.counts(room.sid).joined == 1 and participants(room) == 1
    # Bounded in memory: per device and per room.
    pending = room.classroom._pending[room.sid]
    assert len(pending) <= pending.total


def test_a_room_that_filled_up_while_a_join_was_pending_refuses_its_page(
    make_room: Callable[..., Room],
) -> None:
    room = make_room(limits=Limits(max_devices=2))
    joins = [room.classroom.join(room.sid, join_key=f"device-key-000{n}") for n in range(3)]
    for token, device in joins[:2]:
        assert room.classroom.arrive(token) == device
    late_token, _late = joins[2]
    with pytest.raises(JoinRefused) as info:
        room.classroom.arrive(late_token)
    assert info.value.code == "full"
    assert room.classroom.pending_device(late_token) is None  # dropped, with its key
    assert token_digest("device-key-0002") not in room.classroom._join_keys[room.sid].joined
    assert participants(room) == 2 and room.classroom.counts(room.sid).joined == 2
    with pytest.raises(JoinRefused):
        room.classroom.join(room.sid)  # a full room refuses the join itself


def test_arrivals_that_wait_for_the_writer_are_written_together_within_the_cap(
    make_room: Callable[..., Room],
) -> None:
    """A classroom arrives within seconds: what queued while the writer was busy goes
    into one transaction, still counted against the cap one by one, each device once."""
    room = make_room(limits=Limits(max_devices=3))
    seen: list[Event] = []
    unsubscribe = room.rt.bus.subscribe(seen.append)
    joins = [room.classroom.join(room.sid, device_key=f"device-{n}") for n in range(5)]
    started, release = threading.Event(), threading.Event()
    room.rt.writer.submit(lambda: (started.set(), release.wait(10)))
    assert started.wait(10)
    arrivals = [room.classroom.submit_arrive(token) for token, _ in joins]
    again = room.classroom.submit_arrive(joins[0][0])  # its event stream, at the same time
    assert not any(future.done() for future in [*arrivals, again])
    release.set()
    assert [future.result(10) for future in arrivals[:3]] == [d for _, d in joins[:3]]
    assert again.result(10) == joins[0][1]  # one participant, not two
    for late in arrivals[3:]:
        with pytest.raises(JoinRefused) as info:
            late.result(10)
        assert info.value.code == "full"
    unsubscribe()
    assert participants(room) == 3 and room.classroom.counts(room.sid).joined == 3
    assert [e.participants for e in seen if isinstance(e, ParticipantJoined)] == [1, 2, 3]
    assert all(room.classroom.pending_device(token) is None for token, _ in joins)


def test_answers_that_wait_for_the_writer_are_judged_one_by_one_in_one_transaction(
    room: Room, events: list[Event]
) -> None:
    """What queued while the writer was busy is written together; a device's second
    revision sees its first, and a refused or failing answer leaves the others stored."""
    room.go_to("letter")
    first, second = room.join(2)
    ghost = Device("never-arrived", room.sid, first.epoch)  # no row: its insert fails
    started, release = threading.Event(), threading.Event()
    room.rt.writer.submit(lambda: (started.set(), release.wait(10)))
    assert started.wait(10)
    futures = [
        room.classroom.submit_save(first, SaveRequest("letter", 1, text="Kære nye")),
        room.classroom.submit_save(
            first, SaveRequest("letter", 2, submit=True, text="Kære nye studerende")
        ),
        room.classroom.submit_save(ghost, SaveRequest("letter", 1, submit=True, text="spøgelse")),
        room.classroom.submit_save(second, SaveRequest("reflection", 1, text="for sent")),
        room.classroom.submit_save(second, SaveRequest("letter", 1, submit=True, text="Hej æøå")),
    ]
    assert not any(future.done() for future in futures)
    release.set()
    assert futures[0].result(10).changed and futures[1].result(10).answer.revision == 2
    with pytest.raises(Exception) as ghostly:
        futures[2].result(10)
    assert "IntegrityError" in type(ghostly.value).__name__  # its own failure only
    assert futures[3].result(10).late  # the reflection's step has closed: kept as a draft
    assert futures[4].result(10).answer.status is ResponseStatus.SUBMITTED
    rows = query(
        room.db,
        "SELECT participant_id, step_id, status, coalesce(text, draft), revision FROM answers",
    )
    assert sorted(rows, key=str) == sorted(
        [
            (second.participant_id, "letter", "submitted", "Hej æøå", 1),
            (first.participant_id, "letter", "submitted", "Kære nye studerende", 2),
            (second.participant_id, "reflection", "draft_at_close", "for sent", 1),
        ],
        key=str,
    )
    sent = [e for e in events if isinstance(e, AnswerSubmitted)]
    assert len(sent) == 2 and room.classroom.counts(room.sid).submitted.get("letter") == 2


def test_pending_joins_lapse_and_are_bounded_per_device(room: Room) -> None:
    now = [1000.0]
    room.classroom._monotonic = lambda: now[0]
    token, _device = room.classroom.join(room.sid, join_key="device-key-0001", device_key="a")
    now[0] += 601  # ten minutes and a second: the page never loaded
    assert room.classroom.pending_device(token) is None
    assert room.classroom.arrive(token) is None
    # The lapsed join's key is dropped with it on the next join: a retry makes a new one.
    again, _ = room.classroom.join(room.sid, join_key="device-key-0001", device_key="a")
    assert again != token

    tokens = [room.classroom.join(room.sid, device_key="flood")[0] for _ in range(70)]
    kept = [t for t in tokens if room.classroom.pending_device(t) is not None]
    assert len(kept) == 60 and kept == tokens[-60:]  # the oldest of that device went first
    assert room.classroom.pending_device(again) is not None  # another device's stays


def test_a_reset_or_the_end_drops_pending_joins(room: Room) -> None:
    token, _ = room.classroom.join(room.sid)
    room.classroom.reset_devices(room.sid)
    assert room.classroom.arrive(token) is None  # a join from before the reset is void
    token, _ = room.classroom.join(room.sid)
    room.rt.sessions.end(room.sid)
    assert room.classroom.arrive(token) is None
    assert participants(room) == 0


# -- the device cap, a setting -----------------------------------------------------------


def test_the_device_cap_is_a_setting_applied_when_a_session_is_served(room: Room) -> None:
    assert room.classroom.max_devices() == 500  # the default
    assert room.classroom.set_max_devices(800) == 800
    assert room.classroom.max_devices() == 800
    assert room.classroom.device_cap(room.sid) == 500  # served before the change
    room.restart()  # served again (a resume): the new cap applies
    assert room.classroom.device_cap(room.sid) == 800
    assert query(room.db, "SELECT value FROM settings WHERE key = 'max_devices'") == [("800",)]


@pytest.mark.parametrize("bad", [0, -1, 9, 2001, 10**9, "abc", "800", 12.5, True, None])
def test_a_device_cap_out_of_bounds_is_refused_and_changes_nothing(room: Room, bad: object) -> None:
    room.classroom.set_max_devices(40)
    with pytest.raises(InvalidInput) as info:
        room.classroom.set_max_devices(bad)
    assert info.value.code == "bad_max_devices"
    assert "10" in str(info.value) and "2000" in str(info.value)
    assert room.classroom.max_devices() == 40


def test_a_stored_device_cap_that_is_not_usable_falls_back_to_the_default(room: Room) -> None:
    with sqlite3.connect(room.db) as con:
        con.execute("INSERT INTO settings (key, value) VALUES ('max_devices', 'lots')")
    assert room.classroom.max_devices() == 500


# -- one answer per participant and step ---------------------------------------------


def test_concurrent_saves_keep_one_row_per_participant_and_step(room: Room) -> None:
    room.go_to("reflection")
    devices = room.join(4)
    revisions = 40
    jobs = [(d, r) for d in devices for r in range(1, revisions + 1)]
    random.Random(11).shuffle(jobs)
    outcomes: list[tuple[Device, int, SaveOutcome]] = []
    lock = threading.Lock()
    start = threading.Barrier(16)

    def worker(chunk: list[tuple[Device, int]]) -> None:
        start.wait(timeout=10)
        for device, revision in chunk:
            outcome = room.save(
                device, "reflection", revision, f"{device.participant_id} r{revision}"
            )
            with lock:
                outcomes.append((device, revision, outcome))

    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(worker, jobs[i::16]) for i in range(16)]
        for future in futures:
            future.result(timeout=60)

    assert len(outcomes) == len(jobs)
    assert any(not o.changed for _, _, o in outcomes)  # stale saves did arrive, and lost
    rows = query(
        room.db,
        "SELECT participant_id, step_id, COUNT(*), MAX(revision), MAX(draft), MAX(status) "
        "FROM answers GROUP BY participant_id, step_id ORDER BY participant_id",
    )
    assert rows == sorted(
        (d.participant_id, "reflection", 1, revisions, f"{d.participant_id} r{revisions}", "draft")
        for d in devices
    )
    for device, revision, outcome in outcomes:
        # every save either wrote its revision or was answered with a newer one
        if outcome.changed:
            assert outcome.answer.revision == revision
        else:
            assert outcome.answer.revision >= revision
        assert outcome.answer.participant_id == device.participant_id
    for device in devices:
        stored = room.classroom.answer(device, "reflection")
        assert stored is not None and stored.revision == revisions


def test_a_repeated_save_is_acknowledged_without_writing(room: Room) -> None:
    room.go_to("reflection")
    (device,) = room.join()
    first = room.save(device, "reflection", 3, "sent", submit=True)
    before = query(room.db, "SELECT * FROM answers")
    repeat = room.save(device, "reflection", 3, "sent", submit=True)
    stale = room.save(device, "reflection", 2, "older")
    assert (repeat.changed, stale.changed) == (False, False)
    assert repeat.answer == first.answer == stale.answer
    assert query(room.db, "SELECT * FROM answers") == before


def test_refused_answers_write_nothing(room: Room) -> None:
    room.go_to("poll")
    (device,) = room.join()
    cases = [
        ("unknown_step", SaveRequest("no-such-step", 1, text="x")),
        ("no_answers", SaveRequest("welcome", 1, text="x")),
        ("bad_choice", SaveRequest("poll", 1, choice=5)),
        ("wrong_kind", SaveRequest("poll", 1, text="agree")),
        ("not_opened", SaveRequest("reflection", 1, text="not shown yet")),
        ("not_opened", SaveRequest("letter", 1, submit=True, text="not shown yet")),
    ]
    for code, request in cases:
        with pytest.raises(AnswerRefused) as info:
            room.classroom.save(device, request)
        assert info.value.code == code
    assert query(room.db, "SELECT COUNT(*) FROM answers") == [(0,)]


def test_only_steps_that_were_shown_take_answers(room: Room) -> None:
    """A page cannot answer ahead of the room, nor a step an early end skipped; a step
    that was shown and left still takes its late save (kept as a draft at close)."""
    room.go_to("reflection")
    (device,) = room.join()
    room.go_to("poll")  # back: the reflection was shown and is closed now
    late = room.save(device, "reflection", 1, "written just before the step changed")
    assert late.changed and late.late
    room.rt.sessions.end(room.sid, "ended early")
    for step_id in ("letter", "reflection"):
        request = SaveRequest(step_id, 2, text="after the end")
        if step_id == "letter":
            with pytest.raises(AnswerRefused) as info:
                room.classroom.save(device, request)
            assert info.value.code == "not_opened"
        else:
            assert room.classroom.save(device, request).late
    rows = query(room.db, "SELECT step_id FROM answers ORDER BY step_id")
    assert rows == [("reflection",)]


def test_the_text_limit_comes_from_the_limits(make_room: Callable[..., Room]) -> None:
    room = make_room(limits=Limits(max_text_length=50))
    room.go_to("reflection")
    (device,) = room.join()
    with pytest.raises(AnswerRefused) as info:
        room.save(device, "reflection", 1, "x" * 51)
    assert info.value.code == "too_long"
    assert room.save(device, "reflection", 1, "x" * 50).changed


# -- drafts when the step moves ------------------------------------------------------


def test_drafts_of_a_left_step_are_closed_and_the_open_step_keeps_its_drafts(room: Room) -> None:
    room.go_to("reflection")
    a, b, c = room.join(3)
    room.save(a, "reflection", 1, "a draft")
    room.save(b, "reflection", 1, "b draft")
    room.save(c, "reflection", 1, "c sent", submit=True)

    room.rt.sessions.next(room.sid)  # → letter
    assert statuses(room.db, "reflection") == {
        a.participant_id: "draft_at_close",
        b.participant_id: "draft_at_close",
        c.participant_id: "submitted",
    }
    room.save(a, "letter", 1, "Dear next year")
    room.classroom.open(room.sid)  # reopening (as a restarted server does) keeps the open step
    assert statuses(room.db, "letter") == {a.participant_id: "draft"}
    texts = query(room.db, "SELECT draft FROM answers WHERE step_id = 'reflection' ORDER BY 1")
    assert texts == [(None,), ("a draft",), ("b draft",)]  # nothing dropped


def test_going_back_and_saving_again_makes_a_draft_again(room: Room) -> None:
    room.go_to("letter")
    (device,) = room.join()
    room.save(device, "letter", 1, "first go")
    room.rt.sessions.prev(room.sid)  # back to the reflection: the letter closes
    assert statuses(room.db, "letter") == {device.participant_id: "draft_at_close"}
    room.rt.sessions.next(room.sid)  # the letter is open again
    assert statuses(room.db, "letter") == {device.participant_id: "draft_at_close"}
    outcome = room.save(device, "letter", 2, "second go")
    assert (outcome.answer.status, outcome.late) == (ResponseStatus.DRAFT, False)
    assert statuses(room.db, "letter") == {device.participant_id: "draft"}
    room.rt.sessions.end(room.sid)  # the end closes the open step too
    assert statuses(room.db, "letter") == {device.participant_id: "draft_at_close"}


def test_a_late_text_is_kept_and_a_late_poll_answer_refused(room: Room) -> None:
    room.go_to("poll")
    (device,) = room.join()
    room.rt.sessions.next(room.sid)  # → reflection; the poll closed
    with pytest.raises(AnswerRefused) as info:
        room.save(device, "poll", 1, choice=0)
    assert info.value.code == "closed"
    room.rt.sessions.next(room.sid)  # → letter; the reflection closed
    late = room.save(device, "reflection", 1, "written late", submit=True)
    assert late.late and late.answer.status is ResponseStatus.DRAFT_AT_CLOSE
    rows = query(room.db, "SELECT step_id, status, text, draft FROM answers")
    assert rows == [("reflection", "draft_at_close", None, "written late")]


# -- a pack that keeps no drafts ---------------------------------------------------


def test_without_drafts_only_sent_texts_reach_the_file_and_a_step_change_closes_nothing(
    make_room: Callable[..., Room], tmp_path: Path
) -> None:
    room = make_room(pack_dirs=[device_only_pack(tmp_path / "packs")])
    assert not room.pack.keeps_drafts
    room.go_to("reflection")
    a, b = room.join(2)

    for device in (a, b):
        with pytest.raises(AnswerRefused) as info:
            room.save(device, "reflection", 1, "typed, not sent")
        assert info.value.code == "drafts_off"
    room.save(b, "reflection", 2, "sent", submit=True)
    assert query(room.db, "SELECT participant_id, status, text, draft FROM answers") == [
        (b.participant_id, "submitted", "sent", None)
    ]
    with pytest.raises(AnswerRefused):
        room.save(b, "reflection", 3, "sent, then edited")  # an edit is a draft too
    assert not any(room.classroom.counts(room.sid).drafts.values())

    before = query(room.db, "SELECT * FROM answers")
    room.rt.sessions.next(room.sid)  # → letter: nothing came, so nothing closes
    assert query(room.db, "SELECT * FROM answers") == before
    with pytest.raises(AnswerRefused):
        room.save(a, "letter", 1, "Dear next year", share=True)
    # Send pressed offline during the reflection, arriving now: kept, marked as not sent.
    late = room.save(a, "reflection", 2, "sent offline", submit=True)
    assert late.late and late.answer.status is ResponseStatus.DRAFT_AT_CLOSE
    room.rt.sessions.end(room.sid)
    rows = query(room.db, "SELECT participant_id, step_id, status, text, draft FROM answers")
    assert sorted(rows) == sorted(
        [
            (b.participant_id, "reflection", "submitted", "sent", None),
            (a.participant_id, "reflection", "draft_at_close", None, "sent offline"),
        ]
    )


def test_a_pack_that_keeps_drafts_stores_them_as_before(room: Room) -> None:
    assert room.pack.keeps_drafts
    room.go_to("reflection")
    (device,) = room.join()
    assert room.save(device, "reflection", 1, "typed").answer.status is ResponseStatus.DRAFT


# -- counts --------------------------------------------------------------------------


def test_counts_follow_joins_answers_and_the_poll(room: Room) -> None:
    devices = room.join(6)
    counts = room.classroom.counts(room.sid)
    assert (counts.joined, counts.submitted, counts.drafts, counts.poll) == (6, {}, {}, None)

    room.go_to("poll")
    for i, device in enumerate(devices[:4]):
        room.save(device, "poll", 1, choice=i % 2)
    poll = room.classroom.counts(room.sid).poll
    assert poll is not None
    assert (poll.counts, poll.total, poll.visible) == ((2, 2, 0, 0, 0), 4, False)
    assert poll.min_answers == 5

    room.save(devices[4], "poll", 1, choice=4)
    room.save(devices[0], "poll", 2, choice=3)  # a changed answer moves, it does not add
    counts = room.classroom.counts(room.sid)
    assert counts.poll is not None
    assert (counts.poll.counts, counts.poll.visible) == ((1, 2, 0, 1, 1), True)
    assert counts.submitted == {"poll": 5}

    room.rt.sessions.next(room.sid)  # → reflection
    room.save(devices[0], "reflection", 1, "draft")
    room.save(devices[1], "reflection", 1, "draft")
    room.save(devices[2], "reflection", 1, "sent", submit=True)
    counts = room.classroom.counts(room.sid)
    assert counts.poll is None  # only the current step's poll
    assert counts.submitted == {"poll": 5, "reflection": 1}
    assert counts.drafts == {"poll": 0, "reflection": 2}

    room.rt.sessions.next(room.sid)  # → letter: the drafts are closed, still counted
    counts = room.classroom.counts(room.sid)
    assert counts.drafts["reflection"] == 2 and counts.submitted["reflection"] == 1
    assert query(room.db, "SELECT COUNT(*) FROM answers") == [(8,)]


# -- presence ------------------------------------------------------------------------


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_presence_counts_devices_seen_on_the_current_step_in_the_last_30_s(room: Room) -> None:
    clock = FakeMonotonic()
    service = ClassroomService(
        room.rt.db,
        room.rt.bus,
        room.rt.writer,
        room.rt.sessions,
        monotonic=clock,
    )
    try:
        service.open(room.sid)
        a, b, c = (service.join(room.sid)[1] for _ in range(3))
        assert service.counts(room.sid).on_step == 0
        service.touch(a, 0)
        service.touch(b, 0)
        service.touch(c, None)  # a device that saw no step (waiting page)
        assert service.counts(room.sid).on_step == 2

        clock.now += PRESENCE_SECONDS - 0.1
        service.touch(a, 0)  # a heartbeat
        assert service.counts(room.sid).on_step == 2
        clock.now += 0.2  # b was last seen just over 30 s ago
        assert service.counts(room.sid).on_step == 1

        room.rt.sessions.next(room.sid)  # → step 1: nobody has been shown it yet
        assert service.counts(room.sid).on_step == 0
        service.touch(b, 1)
        service.touch(c, 0)  # a device still on the old step
        assert service.counts(room.sid).on_step == 1

        service.touch(a, 1)
        service.reset_devices(room.sid)  # every device starts over
        assert service.counts(room.sid).on_step == 0
    finally:
        service.close()


# -- device resets -------------------------------------------------------------------


def test_reset_devices_starts_the_count_again_and_loses_nothing(
    room: Room, events: list[Event]
) -> None:
    room.go_to("reflection")
    old_token, old = room.enter()
    room.join(2)
    room.save(old, "reflection", 1, "before the reset", submit=True)

    assert room.classroom.reset_devices(room.sid) == 1
    assert room.classroom.counts(room.sid).joined == 0
    live = room.classroom.live(room.sid)
    assert live is not None and live.epoch == 1
    assert [(e.session_id, e.epoch) for e in events if isinstance(e, DevicesReset)] == [
        (room.sid, 1)
    ]

    # a device that missed the reset still saves: nothing it writes is lost
    assert room.classroom.device(old_token) == old
    assert room.save(old, "reflection", 2, "after the reset").changed
    answer = room.classroom.answer(old, "reflection")
    assert answer is not None
    assert (answer.text, answer.draft) == ("before the reset", "after the reset")

    (new,) = room.join()
    assert new.epoch == 1
    assert room.classroom.counts(room.sid).joined == 1
    joined = [e.participants for e in events if isinstance(e, ParticipantJoined)]
    assert joined == [1, 2, 3, 1]

    assert room.classroom.reset_devices(room.sid) == 2
    room.restart()
    record = room.classroom.open(room.sid)
    assert record.device_epoch == 2
    assert room.classroom.counts(room.sid).joined == 0
    assert query(room.db, "SELECT epoch, COUNT(*) FROM participants GROUP BY 1") == [(0, 3), (1, 1)]


# -- watchers and events -------------------------------------------------------------


def test_watchers_get_the_new_view_on_next_reset_and_end(room: Room) -> None:
    seen: list[LiveStep] = []
    other: list[LiveStep] = []

    def broken(_live: LiveStep) -> None:
        raise RuntimeError("a watcher that fails must not stop the others")

    room.classroom.watch(room.sid, broken)
    room.classroom.watch(room.sid, seen.append)
    unwatch = room.classroom.watch(room.sid, other.append)

    room.rt.sessions.next(room.sid)
    assert [(v.state, v.step_index, v.epoch) for v in seen] == [(SessionState.RUNNING, 1, 0)]
    assert seen[-1].step is not None and seen[-1].step.id == "intro-videos"
    assert seen[-1].is_open("intro-videos") and not seen[-1].is_open("welcome")

    unwatch()
    room.classroom.reset_devices(room.sid)
    assert [(v.state, v.step_index, v.epoch) for v in seen[1:]] == [(SessionState.RUNNING, 1, 1)]

    room.rt.sessions.prev(room.sid)
    assert seen[-1].step_index == 0

    room.rt.sessions.end(room.sid)
    assert seen[-1].state is SessionState.ENDED
    assert seen[-1].step is None and not seen[-1].is_open("welcome")
    assert len(seen) == 4
    assert len(other) == 1  # unwatched after the first change
    assert room.classroom.live(room.sid) == seen[-1]


def test_watchers_of_another_session_are_not_called(room: Room) -> None:
    seen: list[LiveStep] = []
    room.classroom.watch("another-session", seen.append)
    room.rt.sessions.next(room.sid)
    room.classroom.reset_devices(room.sid)
    assert seen == []


def test_answer_submitted_is_published_for_sends_only(room: Room, events: list[Event]) -> None:
    room.go_to("poll")
    (device,) = room.join()
    room.save(device, "poll", 1, choice=2)
    room.rt.sessions.next(room.sid)
    room.save(device, "reflection", 1, "draft")
    room.save(device, "reflection", 2, "sent", submit=True)
    room.save(device, "reflection", 3, "edited after")  # an edit is not a send
    room.save(device, "reflection", 3, "sent", submit=True)  # a repeat is not either
    room.save(device, "reflection", 4, "sent again", submit=True)
    sent = [(e.step_index, e.step_id) for e in events if isinstance(e, AnswerSubmitted)]
    assert sent == [(6, "poll"), (7, "reflection"), (7, "reflection")]


def test_an_edit_after_submit_is_not_a_send_whatever_the_clock(
    make_room: Callable[..., Room],
) -> None:
    """The clock may return the same time twice (a coarse system clock): an edit right after
    a send must still not be announced as a new send."""
    frozen = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
    room = make_room(clock=lambda: frozen)
    room.go_to("reflection")
    (device,) = room.join()
    seen: list[Event] = []
    unsubscribe = room.rt.bus.subscribe(seen.append)
    try:
        room.save(device, "reflection", 1, "sent", submit=True)
        room.save(device, "reflection", 2, "sent, then edited")
    finally:
        unsubscribe()
    assert [e.step_id for e in seen if isinstance(e, AnswerSubmitted)] == ["reflection"]


# -- tokens --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "",
        "x",
        "a" * 129,
        "a" * 100_000,
        "\x00",
        "' OR 1=1 --",
        "ø" * 64,
        "\ud800",  # a lone surrogate cannot even be encoded
        secrets.token_urlsafe(32),  # well formed, never issued
    ],
    ids=["empty", "short", "too-long", "huge", "nul", "sql", "non-ascii", "surrogate", "unknown"],
)
def test_a_garbage_token_is_no_device(room: Room, token: str) -> None:
    room.join()
    assert room.classroom.device(token) is None


def test_the_digest_of_a_token_is_not_a_token(room: Room) -> None:
    token, _device = room.enter()
    assert room.classroom.device(token_digest(token)) is None


def test_a_token_is_known_to_a_fresh_runtime(room: Room) -> None:
    token, device = room.enter()
    room.restart()
    assert room.classroom.device(token) == device
    assert room.classroom.device(token + "x") is None


def test_the_database_never_holds_a_token_only_its_digest(room: Room) -> None:
    room.go_to("reflection")
    joined = [room.enter() for _ in range(5)]
    for _token, device in joined:
        room.save(device, "reflection", 1, f"answer of {device.participant_id}", submit=True)

    def files() -> bytes:
        return b"".join(p.read_bytes() for p in sorted(room.db.parent.glob(room.db.name + "*")))

    while_open = files()  # the main file and the write-ahead log
    room.rt.close()
    closed = files()
    room.rt = room.open()  # for the fixture to close
    for token, _device in joined:
        for data in (while_open, closed):
            assert token.encode() not in data
            assert token[8:40].encode() not in data  # not a part of it either
        assert token_digest(token).encode() in closed  # the search does find what is there
    digests = {token_digest(t) for t, _ in joined}
    rows = query(room.db, "SELECT token_digest FROM participants")
    assert {r[0] for r in rows} == digests


# -- alerts ---------------------------------------------------------------------------


def test_room_alerts_reach_the_counts_and_the_bus_once_per_wave(room: Room) -> None:
    clock = FakeMonotonic()
    service = ClassroomService(
        room.rt.db, room.rt.bus, room.rt.writer, room.rt.sessions, monotonic=clock
    )
    warnings: list[RoomWarning] = []
    unsubscribe = room.rt.bus.subscribe(
        lambda e: warnings.append(e) if isinstance(e, RoomWarning) else None
    )
    try:
        service.open(room.sid)
        assert service.counts(room.sid).alerts == ()
        for _ in range(3):
            service.alert(room.sid, RoomAlert.FULL)
        (shown,) = service.counts(room.sid).alerts
        assert (shown.alert, shown.count) == (RoomAlert.FULL, 3)
        assert [(w.session_id, w.alert) for w in warnings] == [(room.sid, "full")]
        clock.now += 61
        assert service.counts(room.sid).alerts == ()
        service.alert(room.sid, RoomAlert.FULL)  # a new wave: told again
        assert len(warnings) == 2
    finally:
        unsubscribe()
        service.close()
