"""Start the app as ``launch.run_windows`` does, on a prepared data folder, and report
what the control window's status bar said once start-up deleted the texts that were due.

Run by ``test_retention.py`` in a child process (offscreen), so the app's own event loop
and its retention run at start-up are the real ones. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.launch import run_windows
from belong_desktop.services.runtime import Runtime, open_runtime

DEADLINE_S = 30.0


def main() -> None:
    database, packs = Path(sys.argv[1]), Path(sys.argv[2])
    said: list[str] = []
    started = time.monotonic()

    def open_store(stack: ExitStack) -> Runtime:
        return stack.enter_context(open_runtime(database, [packs]))

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ControlWindow)]
        if windows:
            message = windows[0].statusBar().currentMessage()
            if "slettet" in message or time.monotonic() - started > DEADLINE_S:
                said.append(message)
                windows[0].close()
                return
        QTimer.singleShot(20, watch)

    QTimer.singleShot(0, watch)
    code = run_windows(open_store, sys.stdout)
    print(json.dumps({"code": code, "said": said}))


if __name__ == "__main__":
    main()
