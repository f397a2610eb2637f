"""Start the Qt side: the application object, the bridge, both windows, the player.

Called by ``app.py`` (the composition root) with the opened runtime; returns when the
control window has closed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TextIO

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from belong_desktop import paths
from belong_desktop.media import create_player
from belong_desktop.memory import freeze_start_up
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.demo_driver import DemoDriver
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.services.classroom import ClassroomHosting
from belong_desktop.services.rehearsal import print_step_log
from belong_desktop.services.runtime import Runtime

FREEZE_AFTER_MS = 1500


@dataclass(frozen=True)
class DemoPlan:
    pack: str
    speed: float
    language: str = "da"


def run_windows(
    rt: Runtime,
    out: TextIO,
    demo: DemoPlan | None = None,
    host: ClassroomHosting | None = None,
) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    bridge = EventBridge(rt.bus)
    projector = ProjectorWindow()
    window = ControlWindow(
        rt.sessions,
        rt.catalog,
        bridge,
        projector,
        create_player,
        classroom=rt.classroom,
        host=host,
    )
    window.show()
    projector.place_on_projector()
    window.raise_()
    window.activateWindow()
    # Start-up objects live as long as the app: spare them every full collection. Done
    # once the window is up, so the collection does not delay its first paint.
    QTimer.singleShot(FREEZE_AFTER_MS, freeze_start_up)
    if demo is not None:
        driver = DemoDriver(window, demo.pack, demo.speed, demo.language)

        def finished(session_id: str) -> None:
            if session_id:
                print_step_log(rt, session_id, out, demo.speed)
            QTimer.singleShot(500, window.close)

        driver.sig_done.connect(finished)
        QTimer.singleShot(0, driver.start)
    try:
        return app.exec()
    finally:
        if host is not None:
            host.stop()
        bridge.close()
