"""Child process of the screenshot tests: play a clip in a real window and grab the screen.

Run on an X display with ``QT_QPA_PLATFORM=xcb``::

    python screen_probe.py BACKEND VIDEO SUBTITLES OUT_DIR

Shows the player's widget in a 640x360 top-level window, plays VIDEO with SUBTITLES, waits
1.5 s and grabs the whole screen (``QScreen.grabWindow(0)``: under Xvfb this includes what
libVLC draws into its native child window), then the same without subtitles. Saves
``BACKEND-subtitles.png`` and ``BACKEND-plain.png`` to OUT_DIR and prints one JSON line
with the video widget's rectangle on the screen and any messages the player emitted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from belong_desktop.media import create_player

PLAY_MS = 1500


def wait(milliseconds: int) -> None:
    """Run the event loop for a while. Not ``QTest.qWait``: it keeps the GIL, and Qt
    Multimedia's audio thread needs it to tear down (the GUI would deadlock)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main(argv: list[str]) -> int:
    backend, video, subtitles, out = argv[1], Path(argv[2]), Path(argv[3]), Path(argv[4])
    app = QApplication([])
    window = QWidget()
    window.setWindowTitle(f"projector ({backend})")
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    player = create_player(window, prefer=backend)
    messages: list[str] = []
    player.sig_error.connect(messages.append)
    player.sig_warning.connect(messages.append)
    layout.addWidget(player.widget())
    window.setGeometry(40, 30, 640, 360)
    window.show()
    for _ in range(250):
        if window.windowHandle() is not None and window.windowHandle().isExposed():
            break
        wait(20)
    else:
        print(json.dumps({"error": "window not exposed"}))
        return 1
    shots: dict[str, dict[str, object]] = {}
    for name, chosen in (("subtitles", subtitles), ("plain", None)):
        player.load(video, chosen)
        player.play()
        wait(PLAY_MS)
        path = out / f"{backend}-{name}.png"
        window.screen().grabWindow(0).save(str(path))
        shots[name] = {"path": str(path), "position": player.position()}
        player.stop()
    surface = player.widget()
    corner = surface.mapToGlobal(QPoint(0, 0))
    ratio = window.screen().devicePixelRatio()
    result = {
        "backend": player.backend_name,
        "platform": app.platformName(),
        "messages": messages,
        "shots": shots,
        "rect": [
            round(corner.x() * ratio),
            round(corner.y() * ratio),
            round(surface.width() * ratio),
            round(surface.height() * ratio),
        ],
    }
    player.close()
    window.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
