"""Open everything a command needs from a data directory: store, bus, writer, services.

The CLI and the app both build their parts here, so the order (create folder, open and
migrate the database, start the writer) is written once, and so is the shutdown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from belong_desktop.core.events import AnswerSubmitted, Event, EventBus, ParticipantJoined
from belong_desktop.services.appearance import AppearanceService
from belong_desktop.services.booklet import BookletService
from belong_desktop.services.classroom import ClassroomService, Limits
from belong_desktop.services.export import ExportService
from belong_desktop.services.kits import KitService
from belong_desktop.services.packs import PackCatalog
from belong_desktop.services.preferences import PreferenceService
from belong_desktop.services.review import ReviewService
from belong_desktop.services.sessions import Clock, SessionService, utc_now
from belong_desktop.services.writer import Writer
from belong_desktop.store.db import DAMAGED_CODES, Database, copy_aside, open_database


@dataclass
class Runtime:
    db: Database
    bus: EventBus
    writer: Writer
    sessions: SessionService
    catalog: PackCatalog
    classroom: ClassroomService
    kits: KitService
    review: ReviewService
    exports: ExportService
    booklet: BookletService
    preferences: PreferenceService
    appearance: AppearanceService
    _unsubscribe: Callable[[], None] = field(default=lambda: None, repr=False)

    def close(self) -> None:
        self._unsubscribe()
        self.classroom.close()
        self.writer.close()
        self.db.dispose()

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


#: The codes of a database file refused as damaged: keep it, and copy it (``copy_damaged``).
DAMAGED_DATABASE = DAMAGED_CODES


def copy_damaged(path: Path, target: Path | None = None) -> list[Path]:
    """Copy a database refused as damaged (and its log) beside it; the file is only read."""
    return copy_aside(path, target)


def open_runtime(
    database: Path,
    pack_dirs: list[Path],
    clock: Clock = utc_now,
    limits: Limits | None = None,
) -> Runtime:
    db = open_database(database)
    bus = EventBus()
    writer = Writer(database=db.path)
    service = SessionService(db, bus, writer, clock)
    classroom = ClassroomService(db, bus, writer, service, clock, limits=limits)
    catalog = PackCatalog(pack_dirs)
    kits = KitService(db, writer, catalog, clock)
    review = ReviewService(db, writer, service, clock)
    exports = ExportService(db, writer, service, kits, review, clock)
    unsubscribe = bus.subscribe(log_event)
    booklet = BookletService(db, writer, service, clock)
    preferences = PreferenceService(db, writer)
    return Runtime(
        db,
        bus,
        writer,
        service,
        catalog,
        classroom,
        kits,
        review,
        exports,
        booklet,
        preferences,
        AppearanceService(db, writer),
        unsubscribe,
    )


log = logging.getLogger(__name__)
#: Many a second in a busy room: only in a debug log.
_FREQUENT = (ParticipantJoined, AnswerSubmitted)
#: Fields that may hold words someone typed (a counsellor's note): never logged.
_WORDS = frozenset({"text"})


def log_event(event: Event) -> None:
    """One line per domain event: what happened, to which session and step; no text."""
    level = logging.DEBUG if isinstance(event, _FREQUENT) else logging.INFO
    if not log.isEnabledFor(level):
        return  # on the writer thread, for every answer: nothing to build
    fields = {
        key: value
        for key, value in event.to_dict().items()
        if key not in _WORDS and key not in ("event", "session_id", "at")
    }
    log.log(level, "%s session=%s %s", event.name, event.session_id, fields)
