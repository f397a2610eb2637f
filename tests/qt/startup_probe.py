"""Start the app as ``belong-desktop`` does (``app.run_gui``) and report in what order
things happened: the control window first exposed on screen, SQLAlchemy and Alembic
imported (and on which thread), the runtime attached to the window.

Run by ``test_startup_order.py`` in a child process (offscreen), so the imports are a
fresh interpreter's. The watcher is an application-wide event filter (it sees the expose
event before the window handles it) and an import hook; neither changes what the app
does. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

WATCHED = ("sqlalchemy", "alembic")
moments: list[dict[str, Any]] = []


def _moment(what: str) -> None:
    moments.append(
        {"what": what, "main_thread": threading.current_thread() is threading.main_thread()}
    )


class ImportWatch:
    """Notes the first import of each watched package (a finder that finds nothing)."""

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name in WATCHED and name not in sys.modules:
            _moment(f"import {name}")
        return None


class ExposeWatch(QObject):
    def __init__(self, window_class: type) -> None:
        super().__init__()
        self._window_class = window_class
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() is QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
            and any(
                isinstance(w, self._window_class) and w.windowHandle() is watched
                for w in QApplication.topLevelWidgets()
            )
        ):
            self.seen = True
            _moment("window exposed")
        return False


def _cover_enabled(window: QWidget) -> bool:
    """The start form on a shared screen (offscreen has one screen: the cover is up)."""
    from belong_desktop.qt.shared_cover import SharedCover

    cover = window.findChild(SharedCover)
    return cover is not None and cover.isVisibleTo(window) and cover.isEnabledTo(window)


def main() -> None:
    data_dir = Path(sys.argv[1])
    sys.meta_path.insert(0, ImportWatch())
    app = QApplication([sys.argv[0]])
    from belong_desktop.app import run_gui
    from belong_desktop.qt.control_window import ControlWindow

    watch = ExposeWatch(ControlWindow)
    app.installEventFilter(watch)
    opening: list[bool] = []

    def poll() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, ControlWindow)]
        if windows and not opening:  # the first look at the window: is it in its opening state?
            view = windows[0].start_view
            opening.append(
                view.opening_note.isVisibleTo(view)
                and not view.start_button.isEnabledTo(view)
                and not _cover_enabled(windows[0])
            )
        if windows and windows[0].ready:
            view = windows[0].start_view
            _moment("runtime attached")
            moments[-1]["packs"] = view.pack.count()
            moments[-1]["start_enabled"] = view.start_button.isEnabledTo(view)
            moments[-1]["cover_enabled"] = _cover_enabled(windows[0])
            from belong_desktop.qt.language import current_language
            from belong_desktop.qt.words import number

            moments[-1]["language"] = current_language()
            moments[-1]["number"] = number(52.5)
            windows[0].close()
            return
        QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)
    code = run_gui(data_dir, sys.stdout)
    print(json.dumps({"code": code, "opening": opening, "moments": moments}))


if __name__ == "__main__":
    main()
