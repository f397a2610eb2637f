"""Open everything a command needs from a data directory: store, bus, writer, services.

The CLI and the app both build their parts here, so the order (create folder, open and
migrate the database, start the writer) is written once, and so is the shutdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from belong_desktop.core.events import EventBus
from belong_desktop.services.classroom import ClassroomService, Limits
from belong_desktop.services.packs import PackCatalog
from belong_desktop.services.sessions import Clock, SessionService, utc_now
from belong_desktop.services.writer import Writer
from belong_desktop.store.db import Database, open_database


@dataclass
class Runtime:
    db: Database
    bus: EventBus
    writer: Writer
    sessions: SessionService
    catalog: PackCatalog
    classroom: ClassroomService

    def close(self) -> None:
        self.classroom.close()
        self.writer.close()
        self.db.dispose()

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_runtime(
    database: Path,
    pack_dirs: list[Path],
    clock: Clock = utc_now,
    limits: Limits | None = None,
) -> Runtime:
    db = open_database(database)
    bus = EventBus()
    writer = Writer()
    service = SessionService(db, bus, writer, clock)
    classroom = ClassroomService(db, bus, writer, service, clock, limits=limits)
    return Runtime(db, bus, writer, service, PackCatalog(pack_dirs), classroom)
