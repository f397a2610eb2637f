"""The classroom use cases: open a session to devices, join, answer, count, reset devices.

Writes go through the single writer like every other change, and an answer is
acknowledged only after its transaction committed. Reads that every device makes
(which step is open, is this token a participant) come from small in-memory views kept
up to date by the session events, so 300 devices polling never queue behind the writer.
Presence ("on the current step") is in memory only: it is a live gauge, not data.

Joining has two halves. ``join`` hands out a token for a *pending* join, in memory only
(``core.joins.PendingJoins``: bounded per device and per room, lapsing after ten
minutes); ``arrive`` makes it a participant when the device's page first loads with that
token: only then is its row written, counted towards the room's cap and announced. A
script that asks for hundreds of joins and never opens a page fills no place, and no row
exists for a device that never showed the page. Join keys live in memory too: a device
sends the same key with every retry of one join, and a retry whose first reply was lost
gets the same token back instead of a second one (their digests, never the keys, per
session and device epoch, dropped with their pending join, on a reset and at the end).
After a restart they are gone, so a very late retry makes a new pending join (accepted).
The room's cap is the counsellor's setting (``max_devices``, 500 unless set), read when a
session's classroom is opened. When the disk is full an arrival or an answer is refused
(``not_saved``: nothing stored, the tallies untouched, a pending join kept for the page's
retry) and the counsellor gets a ``NOT_SAVED`` room alert; the device keeps its text and
sends it again.
"""

from __future__ import annotations

import logging
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Container, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from belong_desktop.core import classroom as rules
from belong_desktop.core.classroom import Answer, PollTally, RoomTally, SaveOutcome, SaveRequest
from belong_desktop.core.errors import BelongError, InvalidInput
from belong_desktop.core.events import (
    AnswerSubmitted,
    DevicesReset,
    Event,
    EventBus,
    ParticipantJoined,
    RoomWarning,
    SessionEnded,
    SessionResumed,
    SessionStarted,
    StepChanged,
)
from belong_desktop.core.joins import (
    JOIN_BURST,
    JOIN_PER_SECOND,
    PendingJoins,
    check_device_cap,
)
from belong_desktop.core.packs import Pack, Step, StepKind
from belong_desktop.core.records import ClassroomRecord, ParticipantRecord
from belong_desktop.core.room_alerts import ActiveAlert, RoomAlert, RoomAlerts
from belong_desktop.core.session import SessionState
from belong_desktop.logs import keep_out_of_logs
from belong_desktop.services import network
from belong_desktop.services.gathered import Gathered
from belong_desktop.services.sessions import Clock, SessionService, utc_now
from belong_desktop.services.writer import Writer
from belong_desktop.store import classroom_repo as repo
from belong_desktop.store import settings_repo
from belong_desktop.store.db import Database, StoreError, write_errors, write_failure

log = logging.getLogger(__name__)

#: How long a device counts as "here" after it last fetched or was pushed a step.
PRESENCE_SECONDS = 30.0
#: Seconds a device waits before it tries again when the laptop could not store (full disk).
NOT_SAVED_RETRY = 5.0
#: The settings key of the counsellor's device cap.
MAX_DEVICES_KEY = "max_devices"


@dataclass(frozen=True)
class Limits:
    #: The device cap when the counsellor has set none (``set_max_devices``).
    max_devices: int = rules.MAX_DEVICES
    max_text_length: int = rules.MAX_TEXT_LENGTH
    #: Joins one device address may ask for at once, then ``join_per_second`` (the server
    #: slows the rest with a 429); see ``core.joins`` for why these numbers.
    join_burst: int = JOIN_BURST
    join_per_second: float = JOIN_PER_SECOND


class ClassroomUnavailable(BelongError):
    """The student page cannot be served (e.g. the chosen port is taken); says why."""

    default_code = "classroom_unavailable"


class JoinRefused(BelongError):
    """A device cannot join; ``code`` is stable (unknown, ended, full, rate_limited)."""

    default_code = "join_refused"

    def __init__(self, code: str, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Device:
    """An authenticated participant, as the server sees a request."""

    participant_id: str
    session_id: str
    epoch: int
    #: The page language its student chose (None: the session's language). The server
    #: decides which languages a page offers; here it is only a short code.
    language: str | None = None


@dataclass(frozen=True)
class LiveStep:
    """What every device of a session sees right now: the same for all of them."""

    session_id: str
    state: SessionState
    language: str
    pack: Pack
    step_index: int | None
    epoch: int
    #: The study-group code the counsellor typed: the page shows it, so a student in the
    #: room next door sees at once that they joined the wrong class.
    group_code: str = ""
    #: Steps that have been on screen: only their answers are taken (a page cannot answer
    #: a step the counsellor has not shown yet, nor one an early end skipped).
    opened: frozenset[str] = frozenset()

    @property
    def step(self) -> Step | None:
        if self.state is not SessionState.RUNNING or self.step_index is None:
            return None
        return self.pack.steps[self.step_index]

    def is_open(self, step_id: str) -> bool:
        step = self.step
        return step is not None and step.id == step_id


@dataclass(frozen=True)
class ClassCounts:
    joined: int
    on_step: int
    submitted: dict[str, int]  # per writing/poll step id
    drafts: dict[str, int]  # unsent drafts per step id (open and closed)
    poll: PollTally | None  # the current step's poll
    writing: dict[str, int] = field(default_factory=dict)  # unsent, step still open
    unsent: dict[str, int] = field(default_factory=dict)  # never sent, step closed
    alerts: tuple[ActiveAlert, ...] = ()  # recent trouble to tell the counsellor


@dataclass(frozen=True)
class JoinInfo:
    """Everything a device needs to find the session, for the projector and the CLI."""

    session_id: str
    code: str
    link_token: str
    port: int
    bind_host: str
    hosts: tuple[str, ...]  # addresses devices can use, the likely classroom one first
    warning: str = ""  # English, for the command line and the log
    #: What the windows word the warning by: "port_moved" (old_port, new_port) or
    #: "no_network"; empty when all is well.
    warning_code: str = ""
    warning_params: Mapping[str, object] = field(default_factory=dict)

    @property
    def display_code(self) -> str:
        return rules.format_join_code(self.code)

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(network.join_url(h, self.port, self.link_token) for h in self.hosts)

    @property
    def addresses(self) -> tuple[str, ...]:
        """What to type: the short address, where the page asks for the code."""
        return tuple(network.base_url(h, self.port) for h in self.hosts)

    def to_dict(self) -> dict[str, object]:
        return {
            "event": "classroom_open",
            "session_id": self.session_id,
            "code": self.code,
            "addresses": list(self.addresses),
            "links": list(self.urls),
            "port": self.port,
            "bind": self.bind_host,
            "warning": self.warning,
            "warning_code": self.warning_code,
        }


@dataclass(frozen=True)
class PagesLetGo:
    """How the open pages fared when the student page stopped being served.

    ``pages``: pages open at the stop (event streams, and pages polling instead);
    ``untold``: those not sent the last state in time (they show "no connection");
    ``unsynced``: after an end, pages still holding text they could not send by the
    deadline (each keeps it on its device and says so).
    """

    pages: int
    untold: int = 0
    unsynced: int = 0


class ClassroomHosting(Protocol):
    """Serves one session's student page; the GUI and the CLI get one from ``app``."""

    def start(
        self, session_id: str, *, bind_host: str | None = None, port: int | None = None
    ) -> JoinInfo: ...

    def stop(self) -> PagesLetGo | None:
        """Stop serving, once open pages have the last state (bounded wait); None: idle."""
        ...


@dataclass
class _Presence:
    seen: dict[str, tuple[int | None, float]] = field(default_factory=dict)


@dataclass
class _JoinKeys:
    """The joins of one session's device epoch that came with a key: digest → (token, device).

    A key is kept with its pending join (and dropped with it) and stays once the join's
    page has loaded: at most the room's cap plus the pending bound; a reset or the
    session's end drops them all.
    """

    epoch: int
    joined: dict[str, tuple[str, Device]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Save:
    """An answer on its way to the writer, with its step looked up."""

    device: Device
    request: SaveRequest
    step: Step
    step_index: int


@dataclass(frozen=True)
class _Saved:
    """An answer judged in the open transaction: what was stored before, and the outcome."""

    existing: Answer | None
    outcome: SaveOutcome


@dataclass(frozen=True)
class _Joining:
    """A pending join: the device it will be, and its join key's digest (if it sent one)."""

    device: Device
    key: str | None


class ClassroomService:
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        writer: Writer,
        session_service: SessionService,
        clock: Clock = utc_now,
        *,
        limits: Limits | None = None,
        randbelow: Callable[[int], int] = secrets.randbelow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sessions = db.read
        self._write_sessions = db.write
        self._write_engine = db.engine  # Core statements on the answer path
        self._db_path = db.path  # named when a write fails for lack of space
        self._bus = bus
        self._writer = writer
        self._session_service = session_service
        self._clock = clock
        self.limits = limits or Limits()
        self._randbelow = randbelow
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._live: dict[str, LiveStep] = {}
        self._devices: dict[str, Device] = {}  # token digest → device
        self._presence: dict[str, _Presence] = {}
        self._watchers: dict[str, list[Callable[[LiveStep], None]]] = {}
        self._tallies: dict[str, RoomTally] = {}  # changed on the writer thread only
        self._codes: dict[str, str] = {}  # join code → session id, of opened sessions
        self._join_keys: dict[str, _JoinKeys] = {}  # per session; under the lock
        self._pending: dict[str, PendingJoins[_Joining]] = {}  # per session; under the lock
        self._caps: dict[str, int] = {}  # per opened session: its device cap
        self._alerts: dict[str, RoomAlerts] = {}
        self._arrivals: Gathered[str, Device | None] = Gathered(writer, self._arrive_all)
        self._saves: Gathered[_Save, SaveOutcome] = Gathered(writer, self._save_all)
        self._unsubscribe = bus.subscribe(self._on_event)

    def close(self) -> None:
        self._unsubscribe()

    # -- opening -----------------------------------------------------------------------

    def open(self, session_id: str) -> ClassroomRecord:
        """Make a running session joinable; a resumed session keeps its code and port."""
        record = self._session_service.record(session_id)

        def command() -> ClassroomRecord:
            # Read on the writer thread, in order with the session's own changes: a start
            # committed meanwhile is either in this flow or reaches _on_event afterwards.
            flow = self._session_service.flow(session_id)
            now = self._clock()
            with self._write_sessions.begin() as db:
                room = repo.get_classroom(db, session_id)
                if room is None:
                    taken = repo.codes_in_use(db, [SessionState.RUNNING.value])
                    code = rules.new_join_code(self._randbelow)
                    while code in taken:
                        code = rules.new_join_code(self._randbelow)
                    room = ClassroomRecord(
                        session_id=session_id,
                        join_code=code,
                        link_token=secrets.token_urlsafe(18),
                        port=None,
                        bind_host=None,
                        device_epoch=0,
                        opened_at=now,
                    )
                    repo.insert_classroom(db, room)
                keep_out_of_logs(room.join_code, room.link_token)
                # A crash may have left drafts of steps that are no longer open.
                step = flow.pack.steps[flow.step_index] if flow.step_index is not None else None
                keep = step.id if flow.state is SessionState.RUNNING and step else None
                repo.close_step_drafts(db, session_id, keep, now)
                tally = RoomTally.of(
                    repo.answers_for_session(db, session_id),
                    repo.count_participants(db, session_id, room.device_epoch),
                )
                cap = self._stored_cap(db)
            with self._lock:
                self._tallies[session_id] = tally
                self._caps[session_id] = cap
                self._codes[room.join_code] = session_id
                self._live[session_id] = LiveStep(
                    session_id,
                    flow.state,
                    record.language,
                    flow.pack,
                    flow.step_index,
                    room.device_epoch,
                    record.group_code,
                    frozenset(visit.step_id for visit in flow.visits),
                )
                self._presence.setdefault(session_id, _Presence())
            return room

        return self._writer.run(command)

    def set_address(self, session_id: str, port: int, bind_host: str | None) -> None:
        """Remember where the session is served, so a restart binds the same port."""

        def command() -> None:
            with self._write_sessions.begin() as db:
                repo.set_address(db, session_id, port, bind_host)

        self._writer.run(command)

    def classroom(self, session_id: str) -> ClassroomRecord | None:
        with self._sessions() as db:
            return repo.get_classroom(db, session_id)

    def watch(self, session_id: str, watcher: Callable[[LiveStep], None]) -> Callable[[], None]:
        """Call ``watcher`` with the new view each time the session's devices must follow.

        It runs on the writer thread right after the change is committed, so it must only
        hand the view on (the server wakes its event streams), never block.
        """
        with self._lock:
            self._watchers.setdefault(session_id, []).append(watcher)

        def unwatch() -> None:
            with self._lock:
                watchers = self._watchers.get(session_id, [])
                if watcher in watchers:
                    watchers.remove(watcher)

        return unwatch

    def live(self, session_id: str) -> LiveStep | None:
        with self._lock:
            return self._live.get(session_id)

    # -- joining -----------------------------------------------------------------------

    def session_for_code(self, raw_code: str) -> str | None:
        code = rules.normalise_join_code(raw_code)
        if code is None:
            return None
        with self._lock:
            session_id = self._codes.get(code)
            live = self._live.get(session_id) if session_id else None
        return session_id if live is not None and live.state is SessionState.RUNNING else None

    def session_for_link(self, link_token: str) -> str | None:
        """The session a join link belongs to, even when it has ended (the caller says so)."""
        if not link_token or len(link_token) > 64:
            return None
        with self._sessions() as db:
            return repo.find_by_link(db, link_token)

    def join(
        self,
        session_id: str,
        *,
        join_key: str | None = None,
        device_key: str = "",
        language: str | None = None,
    ) -> tuple[str, Device]:
        """A pending join: its secret token and the device it becomes once its page loads.

        Nothing is written and nothing counts yet: ``arrive`` does that when the device's
        page first loads with the token. ``join_key`` is made by the device once per join
        and sent again with every retry: a retry whose first reply was lost gets the same
        token back. Joins without a key (a page without script, an old client) each make
        their own. ``device_key`` tells devices apart for the bounds of pending joins
        (the server's keyed hash of the address). ``language`` is the page language the
        student chose before joining (stored when the page loads). Refused with ``full``
        when the room already has its cap of participants.
        """
        language = check_language_code(language)
        key = rules.token_digest(join_key) if join_key else None
        now = self._monotonic()
        with self._lock:
            live = self._live.get(session_id)
            if live is None or live.state is not SessionState.RUNNING:
                raise JoinRefused("ended", "this session is not running any more")
            keys = self._join_keys.get(session_id)
            if keys is None or keys.epoch != live.epoch:
                keys = self._join_keys[session_id] = _JoinKeys(live.epoch)
            pending = self._pending.setdefault(session_id, PendingJoins())
            _forget_keys(keys, pending.expire(now))  # a lapsed join's retry starts anew
            if key is not None and key in keys.joined:
                return keys.joined[key]  # a retry: its first reply was lost
            self._refuse_when_full(session_id)
            token = secrets.token_urlsafe(32)
            device = Device(secrets.token_hex(8), session_id, live.epoch, language)
            joining = _Joining(device, key)
            _forget_keys(keys, pending.add(rules.token_digest(token), device_key, joining, now))
            if key is not None:
                keys.joined[key] = (token, device)
        return token, device

    def pending_device(self, token: str) -> Device | None:
        """The device of a pending join (its page has not loaded yet), or None."""
        if not _token_shaped(token):
            return None
        digest = rules.token_digest(token)
        now = self._monotonic()
        with self._lock:
            for pending in self._pending.values():
                joining = pending.get(digest, now)
                if joining is not None:
                    return joining.device
        return None

    def arrive(self, token: str) -> Device | None:
        """The participant of ``token``, made one now if its join was pending.

        Call it when the device's page loads (the student page, its first state or event
        stream): a pending join becomes a participant, its row is committed, it counts
        towards the cap and ``ParticipantJoined`` goes out. None for a token that is
        neither (lapsed, from before a reset, or unknown). Raises ``JoinRefused("full")``
        when the room filled up while the join was pending; that join is dropped.
        """
        return self.submit_arrive(token).result()

    def submit_arrive(self, token: str) -> Future[Device | None]:
        """``arrive`` without waiting (the server awaits it on its event loop).

        The pending joins are looked at first, in memory: a classroom's first requests are
        all pending arrivals, and the database is read only for a token that is neither
        pending nor a participant in memory (one from before a restart, or a forged one).
        A join that arrives between the two looks is found by either.
        """
        if self.pending_device(token) is not None:
            return self._arrivals.submit(rules.token_digest(token))
        done: Future[Device | None] = Future()
        done.set_result(self.device(token))
        return done

    def _arrive_all(self, digests: Sequence[str]) -> list[Device | BaseException | None]:
        """On the writer thread, so arrivals are counted against the cap one at a time;
        every arrival that waited meanwhile is written in one transaction."""
        now = self._monotonic()
        outcomes: list[str | BaseException | None] = []  # a digest: its device, once known
        admitted: dict[str, tuple[str, PendingJoins[_Joining], Device]] = {}
        with self._lock:
            newly: dict[str, int] = {}  # session → arrivals admitted in this batch
            for digest in digests:
                outcomes.append(self._admit(digest, now, admitted, newly))
        if not admitted:
            return self._resolve(outcomes)
        at = self._clock()
        try:
            with write_errors(self._db_path), self._write_engine.begin() as db:
                rows = [
                    (ParticipantRecord(d.participant_id, sid, d.epoch, at, d.language), digest)
                    for digest, (sid, _, d) in admitted.items()
                ]
                repo.insert_participants(db, rows)
        except StoreError as exc:
            # The pending joins stay: each page's retry arrives once there is space.
            for session_id in {session_id for session_id, _, _ in admitted.values()}:
                self._not_saved(session_id, exc)
            refused = JoinRefused(
                "not_saved", f"the device could not be stored: {exc}", NOT_SAVED_RETRY
            )
            return self._resolve(outcomes, refused, admitted)
        joined: list[tuple[str, int]] = []
        with self._lock:
            for digest, (session_id, pending, device) in admitted.items():
                pending.take(digest, now)
                tally = self._tallies[session_id]
                tally.joined += 1
                joined.append((session_id, tally.joined))
                self._devices[digest] = device
        for session_id, count in joined:
            self._bus.publish(ParticipantJoined(session_id, at, count))
        return self._resolve(outcomes)

    def _resolve(
        self,
        outcomes: Sequence[str | BaseException | None],
        refused: BaseException | None = None,
        unwritten: Container[str] = (),
    ) -> list[Device | BaseException | None]:
        """Each digest becomes its device, or ``refused`` for the ``unwritten`` ones."""
        resolved: list[Device | BaseException | None] = []
        with self._lock:
            for outcome in outcomes:
                if not isinstance(outcome, str):
                    resolved.append(outcome)
                elif outcome in unwritten:
                    resolved.append(refused)
                else:
                    resolved.append(self._devices.get(outcome))
        return resolved

    def _admit(
        self,
        digest: str,
        now: float,
        admitted: dict[str, tuple[str, PendingJoins[_Joining], Device]],
        newly: dict[str, int],
    ) -> str | BaseException | None:
        """Under the lock: may this pending join arrive in the batch being written? Its
        digest if so (or if it is a participant already), else None or the refusal."""
        if digest in admitted or digest in self._devices:
            return digest  # two requests of one device at once, or it arrived meanwhile
        found = [
            (session_id, pending, joining)
            for session_id, pending in self._pending.items()
            if (joining := pending.get(digest, now)) is not None
        ]
        if not found:
            return None
        session_id, pending, joining = found[0]
        live = self._live.get(session_id)
        if (
            live is None
            or live.state is not SessionState.RUNNING
            or live.epoch != joining.device.epoch
        ):
            self._drop_pending(session_id, digest)
            return None
        try:
            self._refuse_when_full(session_id, newly.get(session_id, 0))
        except JoinRefused as exc:
            self._drop_pending(session_id, digest)
            return exc
        newly[session_id] = newly.get(session_id, 0) + 1
        admitted[digest] = (session_id, pending, joining.device)
        return digest

    def _refuse_when_full(self, session_id: str, arriving: int = 0) -> None:
        """Under the lock: ``full`` when the room has its cap of participants (since the
        last reset: a reset makes room for all of them), counting ``arriving`` ones
        admitted but not yet written."""
        cap = self._caps.get(session_id, self.limits.max_devices)
        if self._tallies[session_id].joined + arriving >= cap:
            raise JoinRefused("full", f"this session is full ({cap} devices)")

    def _drop_pending(self, session_id: str, digest: str) -> None:
        """Under the lock: forget a pending join and the key it was asked with."""
        joining = self._pending[session_id].take(digest, self._monotonic())
        keys = self._join_keys.get(session_id)
        if joining is not None and joining.key is not None and keys is not None:
            keys.joined.pop(joining.key, None)

    # -- the device cap ----------------------------------------------------------------

    def max_devices(self) -> int:
        """The device cap new classrooms get: the counsellor's setting, else the default."""
        with self._sessions() as db:
            return self._stored_cap(db)

    def device_cap(self, session_id: str) -> int:
        """The cap of a served session, as read when its classroom was opened."""
        with self._lock:
            return self._caps.get(session_id, self.limits.max_devices)

    def set_max_devices(self, value: object) -> int:
        """Store the device cap (``core.joins`` bounds it; anything else is refused and
        nothing changes). It applies from the next time a session is served."""
        cap = check_device_cap(value)

        def command() -> None:
            with self._write_sessions.begin() as db:
                settings_repo.put_setting(db, MAX_DEVICES_KEY, str(cap))

        self._writer.run(command)
        log.info("device cap setting: %d", cap)
        return cap

    def _stored_cap(self, db: Session) -> int:
        value = settings_repo.get_setting(db, MAX_DEVICES_KEY)
        if value is None:
            return self.limits.max_devices
        try:
            return check_device_cap(int(value))
        except (ValueError, InvalidInput):
            log.warning("the stored device cap is not usable; the default applies")
            return self.limits.max_devices

    def known_device(self, token: str) -> Device | None:
        """``device`` from memory only: every participant that arrived or was looked up
        since start-up. Safe on the event loop; None says "ask ``device``"."""
        if not _token_shaped(token):
            return None
        with self._lock:
            return self._devices.get(rules.token_digest(token))

    def device(self, token: str) -> Device | None:
        """The participant a secret token belongs to (its page has loaded), or None."""
        if not _token_shaped(token):
            return None
        device = self.known_device(token)
        if device is not None:
            return device
        digest = rules.token_digest(token)
        with self._sessions() as db:
            record = repo.participant_by_digest(db, digest)
        if record is None:
            return None
        device = Device(record.id, record.session_id, record.epoch, record.language)
        with self._lock:
            self._devices[digest] = device
        return device

    def set_language(self, token: str, language: str | None) -> Device:
        """Store the page language a participant chose (None: the session's again).

        On the writer thread like every change; the participant's in-memory entry follows
        the commit, so its next page load and event stream are in the new language. Raises
        ``InvalidInput`` for a value that is no language code, ``KeyError`` for a token
        that is no participant.
        """
        language = check_language_code(language)
        device = self.device(token)
        if device is None:
            raise KeyError("unknown participant")
        digest = rules.token_digest(token)

        def command() -> Device:
            try:
                with write_errors(self._db_path), self._write_sessions.begin() as db:
                    if not repo.set_participant_language(db, device.participant_id, language):
                        raise KeyError("unknown participant")
            except StoreError as exc:  # the disk refused: the choice stays as it was
                self._not_saved(device.session_id, exc)
                raise
            changed = replace(device, language=language)
            with self._lock:
                self._devices[digest] = changed
            return changed

        return self._writer.run(command)

    # -- answers -----------------------------------------------------------------------

    def answer(self, device: Device, step_id: str) -> Answer | None:
        with self._sessions() as db:
            return repo.get_answer(db, device.participant_id, step_id)

    def answers(self, device: Device) -> list[Answer]:
        with self._sessions() as db:
            return repo.answers_for_participant(db, device.participant_id)

    def save(self, device: Device, request: SaveRequest) -> SaveOutcome:
        """Store an answer; returns only after it is committed (or raises AnswerRefused)."""
        return self.submit_save(device, request).result()

    def submit_save(self, device: Device, request: SaveRequest) -> Future[SaveOutcome]:
        """``save`` without waiting: the future resolves once the answer is committed.

        The server awaits it on its event loop instead of parking a worker thread, which
        saves two thread hand-overs per answer.
        """
        try:
            live = self._require_live(device.session_id)
        except rules.AnswerRefused as exc:
            return _failed(exc)
        try:
            step_index = live.pack.step_index(request.step_id)
        except KeyError:
            return _failed(rules.AnswerRefused("unknown_step", "there is no such step"))
        step = live.pack.steps[step_index]
        return self._saves.submit(_Save(device, request, step, step_index))

    def _save_all(self, saves: Sequence[_Save]) -> list[SaveOutcome | BaseException]:
        """On the writer thread: the answers that queued meanwhile, in one transaction.

        Each answer is judged on its own (in order, so a device's later revision sees its
        earlier one) inside a savepoint: a refusal or an unexpected error in one leaves the
        others to be stored. Only a write the disk refuses fails them all (``not_saved``:
        nothing stored, memory as it was). Tallies and events follow the commit.
        """
        now = self._clock()
        judged: list[_Saved | BaseException] = []
        try:
            with write_errors(self._db_path), self._write_engine.begin() as db:
                for save in saves:
                    try:
                        with db.begin_nested():
                            judged.append(self._save_one(db, save, now))
                    except rules.AnswerRefused as exc:
                        judged.append(exc)
                    except Exception as exc:
                        if _fails_the_transaction(exc, self._db_path):
                            raise
                        # One request's bad luck (a constraint, a bug) must not refuse the
                        # others: its savepoint is rolled back, theirs are kept.
                        log.error("an answer failed: %s", type(exc).__name__)
                        judged.append(exc)
        except StoreError as exc:
            # Nothing was stored and memory is as it was: each device keeps its text and
            # sends it again; the counsellor hears of it.
            for session_id in {save.device.session_id for save in saves}:
                self._not_saved(session_id, exc)
            refused = rules.AnswerRefused("not_saved", f"the answer could not be stored: {exc}")
            kept: list[SaveOutcome | BaseException] = []
            for n in range(len(saves)):
                result = judged[n] if n < len(judged) else None
                kept.append(result if isinstance(result, rules.AnswerRefused) else refused)
            return kept
        outcomes: list[SaveOutcome | BaseException] = []
        for save, result in zip(saves, judged, strict=True):
            if isinstance(result, BaseException):
                outcomes.append(result)
                continue
            outcome = result.outcome
            if outcome.changed:
                tally = self._tallies.get(save.device.session_id)
                if tally is not None:
                    with self._lock:
                        tally.replace(result.existing, outcome.answer)
            sent = save.request.submit or save.step.kind is StepKind.POLL
            if outcome.changed and not outcome.late and sent:
                event = AnswerSubmitted(save.device.session_id, now, save.step_index, save.step.id)
                self._bus.publish(event)
            outcomes.append(outcome)
        return outcomes

    def _save_one(self, db: Connection, save: _Save, now: datetime) -> _Saved:
        device, step = save.device, save.step
        current = self._require_live(device.session_id)
        existing = repo.get_answer(db, device.participant_id, step.id)
        outcome = rules.apply_save(
            existing,
            save.request,
            step=step,
            step_index=save.step_index,
            step_open=current.is_open(step.id),
            step_opened=step.id in current.opened,
            participant_id=device.participant_id,
            now=now,
            max_text_length=self.limits.max_text_length,
            keep_drafts=current.pack.keeps_drafts,
        )
        if outcome.changed:
            repo.put_answer(db, device.session_id, outcome.answer)
        return _Saved(existing, outcome)

    # -- the room ----------------------------------------------------------------------

    def reset_devices(self, session_id: str) -> int:
        """Every device wipes its local data and joins again as a new participant."""

        def command() -> int:
            now = self._clock()
            with self._write_sessions.begin() as db:
                epoch = repo.bump_epoch(db, session_id)
            with self._lock:
                self._join_keys.pop(session_id, None)  # joins of the old epoch are void
                self._pending.pop(session_id, None)
                if session_id in self._tallies:
                    self._tallies[session_id].joined = 0
                live = self._live.get(session_id)
                if live is not None:
                    self._live[session_id] = _with(live, epoch=epoch)
                self._presence[session_id] = _Presence()
            self._bus.publish(DevicesReset(session_id, now, epoch))
            if live is not None:
                self._notify(session_id)
            return epoch

        return self._writer.run(command)

    def touch(self, device: Device, step_index: int | None) -> None:
        """The device has been shown ``step_index`` (a fetch, a push or a heartbeat)."""
        with self._lock:
            presence = self._presence.setdefault(device.session_id, _Presence())
            presence.seen[device.participant_id] = (step_index, self._monotonic())

    def counts(self, session_id: str) -> ClassCounts:
        """The room's aggregates, from memory: cheap enough for the GUI thread."""
        live = self.live(session_id)
        with self._lock:
            tally = self._tallies.get(session_id) or RoomTally()
            submitted, drafts, joined = tally.submitted(), tally.drafts(), tally.joined
            writing, unsent = tally.writing(), tally.unsent()
            step = live.step if live else None
            poll = None
            if step is not None and step.kind is StepKind.POLL and step.poll is not None:
                poll = tally.poll(step.id, len(step.poll.options), step.poll.min_answers)
            alerts = self._alerts.get(session_id)
        on_step = self._on_step(session_id, live)
        active = alerts.active(self._monotonic()) if alerts is not None else ()
        return ClassCounts(joined, on_step, submitted, drafts, poll, writing, unsent, active)

    def alert(self, session_id: str, alert: RoomAlert) -> None:
        """Note trouble the counsellor should hear about (any thread; memory only).

        When a kind becomes active after a quiet time, a ``RoomWarning`` event goes out
        (the headless runner prints it; the window shows the alerts with the counts).
        """
        with self._lock:
            alerts = self._alerts.setdefault(session_id, RoomAlerts())
        if alerts.record(alert, self._monotonic()):
            log.warning("session=%s room warning: %s", session_id, alert.value)
            self._bus.publish(RoomWarning(session_id, self._clock(), alert.value))

    def _not_saved(self, session_id: str, exc: StoreError) -> None:
        """A write failed for lack of space or a failing disk (``write_errors`` raises
        nothing else): tell the counsellor. The log gets the code, never the request."""
        log.warning("session=%s not saved: %s", session_id, exc.code)
        self.alert(session_id, RoomAlert.NOT_SAVED)

    def _on_step(self, session_id: str, live: LiveStep | None) -> int:
        if live is None or live.step_index is None:
            return 0
        cutoff = self._monotonic() - PRESENCE_SECONDS
        with self._lock:
            presence = self._presence.get(session_id)
            if presence is None:
                return 0
            return sum(
                1
                for step_index, at in presence.seen.values()
                if step_index == live.step_index and at >= cutoff
            )

    # -- events ------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        """Keep the live view in step with the session; close drafts of a step left."""
        with self._lock:
            live = self._live.get(event.session_id)
        if live is None:
            return
        if isinstance(event, (SessionStarted, SessionResumed, StepChanged)):
            updated = _with(
                live,
                state=SessionState.RUNNING,
                step_index=event.step_index,
                opened=live.opened | {event.step_id},
            )
        elif isinstance(event, SessionEnded):
            updated = _with(live, state=SessionState.ENDED)
        else:
            return
        with self._lock:
            self._live[event.session_id] = updated
        if isinstance(event, (StepChanged, SessionEnded)):
            keep = updated.step.id if updated.step else None
            try:
                self._writer.run(lambda: self._close_drafts(event.session_id, keep, event.at))
            except StoreError as exc:
                # The drafts stay open for now: the next step change (or the next start)
                # closes every draft of a step that is not open, so nothing is half done.
                self._not_saved(event.session_id, exc)
        if isinstance(event, SessionEnded):
            # No join is possible any more: drop pending joins and the retried joins' keys.
            with self._lock:
                self._join_keys.pop(event.session_id, None)
                self._pending.pop(event.session_id, None)
        self._notify(event.session_id)

    def _notify(self, session_id: str) -> None:
        with self._lock:
            live = self._live.get(session_id)
            watchers = list(self._watchers.get(session_id, []))
        if live is None:
            return
        for watcher in watchers:
            try:
                watcher(live)
            except Exception:
                log.exception("classroom watcher %r failed", watcher)

    def _close_drafts(self, session_id: str, keep: str | None, at: datetime) -> None:
        with self._write_sessions.begin() as db:
            if not repo.close_step_drafts(db, session_id, keep, at):
                return
            answers = repo.answers_for_session(db, session_id)
        with self._lock:
            old = self._tallies.get(session_id)
            self._tallies[session_id] = RoomTally.of(answers, old.joined if old else 0)

    def _require_live(self, session_id: str) -> LiveStep:
        live = self.live(session_id)
        if live is None:
            raise rules.AnswerRefused("not_open", "this session is not open to devices")
        return live


def _forget_keys(keys: _JoinKeys, dropped: list[_Joining]) -> None:
    """The keys of pending joins that lapsed or were pushed out: a retry makes a new one."""
    for joining in dropped:
        if joining.key is not None:
            keys.joined.pop(joining.key, None)


def check_language_code(language: str | None) -> str | None:
    """A language code as stored (``da``, ``nb``, ``pt-BR``), or None; anything else is
    refused (``InvalidInput``) before it reaches the database."""
    if language is None:
        return None
    if not _LANGUAGE_CODE.fullmatch(language):
        raise InvalidInput("not a language code", code="unknown_language")
    return language


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")


def _token_shaped(token: str) -> bool:
    """Tokens are ``token_urlsafe()``: short and ASCII; anything else is no token of ours."""
    return bool(token) and len(token) <= 128 and token.isascii()


def _fails_the_transaction(exc: Exception, path: Path) -> bool:
    """A full or failing disk, or SQLite's own trouble (it may have rolled the whole
    transaction back): every answer of the batch is refused, none half stored."""
    if write_failure(exc, path) is not None:
        return True
    return isinstance(exc, OperationalError | sqlite3.OperationalError)


def _failed(exc: Exception) -> Future[SaveOutcome]:
    future: Future[SaveOutcome] = Future()
    future.set_exception(exc)
    return future


def _with(live: LiveStep, **changes: object) -> LiveStep:
    return replace(live, **changes)  # type: ignore[arg-type]
