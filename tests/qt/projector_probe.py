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
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from belong_desktop import paths
from belong_desktop.media import create_player
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.services.runtime import open_runtime


def wait_ms(ms: int) -> None:
    """Run the event loop for a while. Not QTest.qWait: it holds the GIL while Qt
    Multimedia's worker may need it (a deadlock seen in about 1 run of 20)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(data_dir: Path, out_png: Path) -> int:
    app = QApplication([])
    with open_runtime(paths.database_file(data_dir), paths.pack_search_dirs(data_dir)) as rt:
        bridge = EventBridge(rt.bus)
        projector = ProjectorWindow()
        window = ControlWindow(rt.sessions, rt.catalog, bridge, projector, create_player)
        projector.setGeometry(0, 0, 800, 450)
        projector.show()
        window.setGeometry(820, 0, 760, 700)
        window.show()
        QTest.qWaitForWindowExposed(projector, 5000)
        window.start_new("belonging", "SCREEN", "da")
        wait_ms(300)
        flow = window.flow
        assert flow is not None
        first_video = next(i for i, s in enumerate(flow.pack.steps) if s.kind.value == "video")
        for _ in range(first_video):
            window.go_next()
            wait_ms(100)
        wait_ms(4500)  # the title card, then the first sentence and its subtitle
        player = window.player
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
        window.session_id = None  # close without asking; the session stays resumable
        window.close()
        bridge.close()
    print(json.dumps(result))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
