"""Composition root of the desktop app: builds the parts and starts them. No logic.

With a display: the control window on the laptop screen and the projector window (full
screen on a second screen when there is one). Without one: the headless rehearsal, with
a line saying why.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from belong_desktop import paths

if TYPE_CHECKING:  # imported where used: the window comes up before the services load
    from belong_desktop.services.classroom import (
        ClassroomHosting,
        ClassroomService,
        JoinInfo,
        PagesLetGo,
    )
    from belong_desktop.services.runtime import Runtime


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_app(data_dir: Path, out: TextIO, *, speed: float = 60.0) -> int:
    """Start the windows, or without a display the rehearsal at ``speed`` times real time."""
    if not has_display():
        from belong_desktop.services.rehearsal import rehearse

        print(
            "No display found (DISPLAY/WAYLAND_DISPLAY not set): running the headless "
            "rehearsal (`belong-desktop demo`) instead.",
            file=out,
        )
        print(f"Data folder: {data_dir}", file=out)
        rehearse(None, paths.pack_search_dirs(data_dir), "belonging", speed=speed, out=out)
        return 0
    return run_gui(data_dir, out)


def run_gui(
    data_dir: Path,
    out: TextIO,
    *,
    demo_pack: str | None = None,
    demo_speed: float = 60.0,
    demo_language: str = "da",
    keep: bool = True,
) -> int:
    """The windowed app; with ``demo_pack`` it runs that session by itself and quits."""
    from belong_desktop.qt.launch import DemoPlan, run_windows

    demo = None if demo_pack is None else DemoPlan(demo_pack, demo_speed, demo_language)

    def open_store(stack: ExitStack) -> Runtime:
        # Runs on a worker thread once the window is painted: this import brings SQLAlchemy.
        from belong_desktop.services.runtime import open_runtime

        store = data_dir
        if not keep:
            store = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="belong-demo-")))
        database = paths.database_file(store)
        return stack.enter_context(open_runtime(database, paths.pack_search_dirs(data_dir)))

    return run_windows(
        open_store,
        out,
        demo,
        make_host=lambda rt: LazyClassroomHost(rt.classroom),
        prewarm=LazyClassroomHost.prepare,
    )


class LazyClassroomHost:
    """The classroom server, imported when first needed rather than at start-up.

    FastAPI, pydantic and uvicorn take about half a second to import; the counsellor
    should see the window first. ``prepare`` imports them (the app calls it in the
    background once the window is up), so the first session starts without the wait.
    """

    def __init__(self, classroom: ClassroomService) -> None:
        self._classroom = classroom
        self._lock = threading.Lock()
        self._host: ClassroomHosting | None = None

    @staticmethod
    def prepare() -> None:
        import belong_desktop.server.host  # noqa: F401  # the import is the work

    def start(
        self, session_id: str, *, bind_host: str | None = None, port: int | None = None
    ) -> JoinInfo:
        with self._lock:  # called from a worker thread; stop() from the GUI thread
            if self._host is None:
                from belong_desktop.server.host import ClassroomHost

                self._host = ClassroomHost(self._classroom)
            host = self._host
        return host.start(session_id, bind_host=bind_host, port=port)

    def stop(self) -> PagesLetGo | None:
        with self._lock:
            host = self._host
        return None if host is None else host.stop()
