"""Child process of the screenshot tests: play a clip in a real window and grab the screen.

Run on an X display with ``QT_QPA_PLATFORM=xcb``::

    python screen_probe.py BACKEND VIDEO SUBTITLES OUT_DIR

Shows the player's widget in a 640x360 top-level window, plays VIDEO with SUBTITLES until
its position passes 1.2 s and grabs the whole screen (``QScreen.grabWindow(0)``: under Xvfb
this includes what libVLC draws into its native child window), then the same without
subtitles. Saves
``BACKEND-subtitles.png`` and ``BACKEND-plain.png`` to OUT_DIR and prints one JSON line
with the video widget's rectangle on the screen and any messages the player emitted.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from belong_desktop.media import create_player

#: Grab once the video has played this far: frames and the subtitle are on screen.
PLAYED_S = 1.2
TIMEOUT_MS = 20_000
POLL_MS = 20


def wait_until(condition: Callable[[], bool], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Run the event loop until ``condition()`` holds; False after ``timeout_ms``. Not
    ``QTest.qWait``: it keeps the GIL, and Qt Multimedia's audio thread needs it to tear
    down (the GUI would deadlock); ``QEventLoop.exec`` releases it."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(POLL_MS, loop.quit)
        loop.exec()
    return True


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
    if not wait_until(lambda: bool(window.windowHandle() and window.windowHandle().isExposed())):
        print(json.dumps({"error": "window not exposed"}))
        return 1
    shots: dict[str, dict[str, object]] = {}
    for name, chosen in (("subtitles", subtitles), ("plain", None)):
        player.load(video, chosen)
        player.play()
        if not wait_until(lambda: player.position() >= PLAYED_S or bool(messages)):
            print(json.dumps({"error": f"{name}: the video did not reach {PLAYED_S} s"}))
            return 1
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
