"""Run sessions: create, start, move between steps, notes, end, resume after a crash.

The service holds the live ``SessionFlow`` of every session it has touched. Each command
works on a copy of the flow, commits the copy in one transaction on the writer thread and
only then swaps it in and publishes the events: subscribers never see a change that is
not on disk, and a failed write leaves the live state as it was. A swapped-in flow is
never changed again, so readers (the GUI thread on every event, the headless runner)
take a snapshot from memory under a short lock and never wait for the writer; a session
not in memory yet is read through a read-only connection.
"""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from belong_desktop.core.errors import BelongError, InvalidInput
from belong_desktop.core.events import Event, EventBus
from belong_desktop.core.pack_loader import PackError, load_pack
from belong_desktop.core.packs import Pack
from belong_desktop.core.records import SessionRecord, TrialPlacement
from belong_desktop.core.session import (
    NoteKind,
    SessionFlow,
    VideoOutcome,
    check_group_code,
    check_override_reason,
)
from belong_desktop.services.writer import Writer
from belong_desktop.store import sessions_repo
from belong_desktop.store.db import Database

Clock = Callable[[], datetime]
#: A session created without a trial kit: the counsellor chose the pack.
NO_KIT = TrialPlacement()


def utc_now() -> datetime:
    return datetime.now(UTC)


class SessionNotFound(BelongError):
    default_code = "session_not_found"

    def __init__(self, session_id: str) -> None:
        super().__init__(f"no session with id {session_id!r}", session=session_id)


class PackChanged(BelongError):
    """The pack a stored session was run with is gone or no longer matches."""

    default_code = "pack_changed"


class SessionService:
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        writer: Writer,
        clock: Clock = utc_now,
    ) -> None:
        self._sessions = db.read
        self._write_sessions = db.write
        self._bus = bus
        self._writer = writer
        self._clock = clock
        self._lock = threading.Lock()  # guards _flows; held only to look up or swap
        self._flows: dict[str, SessionFlow] = {}  # never mutated once swapped in

    # -- queries -----------------------------------------------------------------------

    def list_sessions(self, *, unfinished_only: bool = False) -> list[SessionRecord]:
        with self._sessions() as db:
            return sessions_repo.list_records(db, unfinished_only=unfinished_only)

    def record(self, session_id: str) -> SessionRecord:
        with self._sessions() as db:
            record = sessions_repo.get_record(db, session_id)
        if record is None:
            raise SessionNotFound(session_id)
        return record

    def flow(self, session_id: str) -> SessionFlow:
        """A snapshot of the session's live state, from memory (or from disk the first
        time); never waits for the writer thread."""
        return _snapshot(self._live(session_id))

    def now(self) -> datetime:
        return self._clock()

    # -- commands ----------------------------------------------------------------------

    def create(
        self,
        pack: Pack,
        group_code: str,
        language: str,
        *,
        placement: TrialPlacement = NO_KIT,
        override_reason: str | None = None,
    ) -> str:
        """Store a new session in state ``created``; returns its id. An ``override``
        placement needs the counsellor's reason, kept as the session's first note."""
        code = check_group_code(group_code)
        if language not in pack.languages:
            raise InvalidInput(
                f"pack {pack.id!r} has no language {language!r} "
                f"(it has {', '.join(pack.languages)})",
                code="language_missing",
                language=language,
                languages=", ".join(pack.languages),
            )
        flow = SessionFlow(str(uuid.uuid4()), pack)
        if placement.arm_source == "override":
            flow.add_note(check_override_reason(override_reason), self._clock(), NoteKind.OVERRIDE)

        def command() -> str:
            with self._write_sessions.begin() as db:
                sessions_repo.insert_session(
                    db,
                    flow,
                    group_code=code,
                    language=language,
                    placement=placement,
                    created_at=self._clock(),
                )
                sessions_repo.save_flow(db, flow)
            with self._lock:
                self._flows[flow.session_id] = flow
            return flow.session_id

        return self._writer.run(command)

    def start(self, session_id: str) -> list[Event]:
        return self._apply(session_id, lambda flow, now: flow.start(now))

    def next(self, session_id: str) -> list[Event]:
        return self._apply(session_id, lambda flow, now: flow.next(now))

    def prev(self, session_id: str) -> list[Event]:
        return self._apply(session_id, lambda flow, now: flow.prev(now))

    def add_note(self, session_id: str, text: str) -> list[Event]:
        return self._apply(session_id, lambda flow, now: flow.add_note(text, now))

    def end(self, session_id: str, note: str | None = None) -> list[Event]:
        return self._apply(session_id, lambda flow, now: flow.end(now, note))

    def record_video(
        self, session_id: str, outcome: VideoOutcome, position_s: float, detail: str = ""
    ) -> list[Event]:
        return self._apply(
            session_id, lambda flow, now: flow.record_video(outcome, position_s, now, detail)
        )

    def end_without_pack(self, session_id: str, reason: str) -> None:
        """End an unfinished session whose pack is gone or changed (``PackChanged``)."""

        def command() -> None:
            with self._write_sessions.begin() as db:
                try:
                    sessions_repo.end_without_pack(db, session_id, self._clock(), reason)
                except KeyError:
                    raise SessionNotFound(session_id) from None
            with self._lock:
                self._flows.pop(session_id, None)

        self._writer.run(command)

    def resume(self, session_id: str) -> list[Event]:
        return self._apply(session_id, lambda flow, now: flow.resume(now))

    def mark_exported(self, session_id: str) -> list[Event]:
        return self._apply(session_id, lambda flow, now: flow.mark_exported(now))

    # -- internals ---------------------------------------------------------------------

    def _apply(
        self, session_id: str, change: Callable[[SessionFlow, datetime], list[Event]]
    ) -> list[Event]:
        def command() -> list[Event]:
            draft = _snapshot(self._live(session_id))
            events = change(draft, self._clock())
            with self._write_sessions.begin() as db:
                sessions_repo.save_flow(db, draft)
            with self._lock:
                self._flows[session_id] = draft
            for event in events:
                self._bus.publish(event)
            return events

        return self._writer.run(command)

    def _live(self, session_id: str) -> SessionFlow:
        with self._lock:
            flow = self._flows.get(session_id)
        if flow is not None:
            return flow
        loaded = self._load(session_id)
        with self._lock:
            # Another thread may have loaded or changed it meanwhile: theirs is as new.
            return self._flows.setdefault(session_id, loaded)

    def _load(self, session_id: str) -> SessionFlow:
        with self._sessions() as db:
            record = sessions_repo.get_record(db, session_id)
            if record is None:
                raise SessionNotFound(session_id)
            visits, notes = sessions_repo.load_history(db, session_id)
            video_plays = sessions_repo.load_video_plays(db, session_id)
        pack = _pack_for(record)
        return SessionFlow(
            session_id=record.id,
            pack=pack,
            state=record.state,
            step_index=record.step_index,
            started_at=record.started_at,
            ended_at=record.ended_at,
            exported_at=record.exported_at,
            ended_early=record.ended_early,
            visits=visits,
            notes=notes,
            video_plays=video_plays,
        )


def _snapshot(flow: SessionFlow) -> SessionFlow:
    """A copy that may be changed freely; the pack (frozen) and notes are shared."""
    copied = copy.copy(flow)
    copied.visits = [copy.copy(v) for v in flow.visits]
    copied.notes = list(flow.notes)
    copied.video_plays = list(flow.video_plays)
    return copied


def _pack_for(record: SessionRecord) -> Pack:
    try:
        pack = load_pack(Path(record.pack_path))
    except PackError as exc:
        raise PackChanged(
            f"session {record.id} was run with pack {record.pack_id!r} from {record.pack_path}, "
            f"which cannot be loaded any more:\n{exc}",
            code="pack_gone",
            pack=record.pack_id,
            folder=record.pack_path,
        ) from exc
    if (pack.id, pack.version) != (record.pack_id, record.pack_version):
        raise PackChanged(
            f"session {record.id} was run with pack {record.pack_id} {record.pack_version}, "
            f"but {record.pack_path} now holds {pack.id} {pack.version}",
            pack=record.pack_id,
            version=record.pack_version,
            folder=record.pack_path,
        )
    return pack


def describe(record: SessionRecord) -> dict[str, Any]:
    """A JSON-friendly summary of a stored session, for lists and the headless runner."""
    return {
        "session_id": record.id,
        "state": record.state.value,
        "group": record.group_code,
        "pack": record.pack_id,
        "pack_version": record.pack_version,
        "language": record.language,
        "arm_source": record.arm_source,
        "trial": record.trial_id,
        "exported_at": record.exported_at.isoformat() if record.exported_at else None,
        "texts_deleted_at": (
            record.texts_deleted_at.isoformat() if record.texts_deleted_at else None
        ),
        "step_index": record.step_index,
        "created_at": record.created_at.isoformat(),
        "started_at": record.started_at.isoformat() if record.started_at else None,
        "ended_at": record.ended_at.isoformat() if record.ended_at else None,
    }
