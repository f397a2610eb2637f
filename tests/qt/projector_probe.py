"""Child process of the projector screenshot test: the real windows on a real X server.

Run with ``QT_QPA_PLATFORM=xcb`` and ``BELONG_VIDEO_BACKEND`` set::

    python projector_probe.py DATA_DIR OUT_PNG

Builds the windows as the app does, starts a session with the shipped ``belonging`` pack,
moves to the first video step, waits until the speaker talks (subtitles from 3 s), grabs
the projector window from the screen and prints one JSON line: the backend, the
projector's rectangle, the video position and any message shown to the counsellor.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from belong_desktop import paths
from belong_desktop.media import create_player
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.dialogs import CloseChoice, Dialogs
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.services.runtime import open_runtime


def wait_until(condition: Callable[[], bool], timeout_ms: int = 15_000) -> None:
    """Run the event loop until ``condition`` holds. Not QTest.qWait: it holds the GIL while
    Qt Multimedia's worker may need it (a deadlock seen in about 1 run of 20)."""
    deadline = time.monotonic() + timeout_ms / 1000
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    if not condition():
        raise SystemExit(f"gave up waiting after {timeout_ms} ms")


def main(data_dir: Path, out_png: Path) -> int:
    app = QApplication([])
    with open_runtime(paths.database_file(data_dir), paths.pack_search_dirs(data_dir)) as rt:
        bridge = EventBridge(rt.bus)
        projector = ProjectorWindow()
        dialogs = Dialogs(
            confirm=lambda _title, _text: True,
            ask_note=lambda _title, _prompt, _limit: None,
            ask_close=lambda: CloseChoice.LATER,  # the session stays resumable
            tell=lambda _title, _text: None,
        )
        window = ControlWindow(
            rt.sessions, rt.catalog, bridge, projector, create_player, dialogs=dialogs
        )
        projector.setGeometry(0, 0, 800, 450)
        projector.show()
        window.setGeometry(820, 0, 760, 700)
        window.show()
        QTest.qWaitForWindowExposed(projector, 5000)
        window.start_new("belonging", "SCREEN", "da")
        wait_until(lambda: window.flow is not None and window.flow.step_index == 0)
        flow = window.flow
        assert flow is not None
        first_video = next(i for i, s in enumerate(flow.pack.steps) if s.kind.value == "video")
        for _ in range(first_video):
            window.go_next()  # each move is committed before go_next returns

        def speaking() -> bool:
            # The title card lasts 3 s; then the first sentence is spoken, with its subtitle.
            player = window.video.player
            shown = window.flow is not None and window.flow.step_index == first_video
            return shown and player is not None and player.position() >= 4.5

        wait_until(speaking)
        player = window.video.player
        corner = projector.mapToGlobal(QPoint(0, 0))
        shot = projector.screen().grabWindow(
            0, corner.x(), corner.y(), projector.width(), projector.height()
        )
        shot.save(str(out_png))
        result = {
            "backend": player.backend_name if player else None,
            "position": player.position() if player else None,
            "message": window.run_view.video_message.text(),
            "page": projector.current_page(),
            "size": [shot.width(), shot.height()],
        }
        window.close()
        bridge.close()
    print(json.dumps(result))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
