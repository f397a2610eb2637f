"""Child process of the screen-layout tests: the real app on an X server whose screens change.

Run with ``QT_QPA_PLATFORM=xcb`` on an Xvfb started with ``-noreset``::

    python screens_probe.py SCENARIO DATA_DIR OUT_DIR

SCENARIO is ``two`` (laptop + projector as RandR monitors side by side, the projector
unplugged and plugged in again during a peer video), ``single`` (a
plain one-screen Xvfb) or ``mirrored`` (two monitors at the same place). The probe sets
the monitors with ``xrandr`` before Qt starts, runs ``launch.run_windows`` as the app does
(without the classroom server), and drives it as a counsellor would; mid-session it
changes the monitors the way plugging a projector in or out, or switching mirroring on
or off, does. At each moment it grabs every screen to
``OUT_DIR/<scenario>-<moment>-<screen>.png`` and records where each window is and the
text visible on each screen, and prints one JSON line with all moments.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from projector_probe import wait_until  # a sibling script: its folder is on sys.path
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QStatusBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from belong_desktop import paths
from belong_desktop.qt.control_strip import ControlStrip
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.dialogs import CloseChoice, Dialogs
from belong_desktop.qt.launch import run_windows
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.shared_cover import SharedCover
from belong_desktop.qt.style import PROJECTOR_BACKGROUND
from belong_desktop.services.runtime import Runtime, open_runtime

MM = "423x238"  # a 19-inch 16:9 picture, as xrandr wants it for a monitor of 1600x900


# -- the X server's monitors ---------------------------------------------------------------


def xrandr(*args: str) -> None:
    subprocess.run(["xrandr", *args], check=True, capture_output=True, timeout=20)


def output_id() -> str:
    """The X id of Xvfb's one output. ``--setmonitor`` is given the id: xrandr 1.5.1
    does not find the output by its name ("screen") on Xvfb."""
    verbose = subprocess.run(
        ["xrandr", "--verbose"], check=True, capture_output=True, text=True, timeout=20
    ).stdout
    found = re.search(r"Identifier:\s*(0x[0-9a-f]+)", verbose)
    assert found, verbose
    return found.group(1)


def set_monitor(name: str, x: int, y: int, output: str = "none") -> None:
    w, h = MM.split("x")
    xrandr("--setmonitor", name, f"1600/{w}x900/{h}+{x}+{y}", output)


def screens_now() -> list[tuple[str, QRect]]:
    return [(s.name(), s.geometry()) for s in QGuiApplication.screens()]


# -- what is where ---------------------------------------------------------------------------


def widget_texts(widget: QWidget) -> list[str]:
    """What a widget shows as text (a password field shows dots, not its text)."""
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.text()] if widget.echoMode() is QLineEdit.EchoMode.Normal else []
    if isinstance(widget, QTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        return [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QStatusBar):  # a message is painted by the bar, not a label
        return [widget.currentMessage()]
    if isinstance(widget, QTableWidget):
        return [
            item.text()
            for r in range(widget.rowCount())
            for c in range(widget.columnCount())
            if (item := widget.item(r, c)) is not None
        ]
    return []


def visible_text(window: QWidget) -> str:
    """Every text in ``window`` that is on screen: shown, and not under an opaque widget
    such as a cover (``visibleRegion`` leaves out what opaque siblings hide)."""
    texts: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible() and not widget.visibleRegion().isEmpty():
            texts.extend(t for t in widget_texts(widget) if t)
    return "\n".join(texts)


def share_of(image: QImage, colour: str) -> float:
    """The share of sampled pixels that have exactly ``colour``."""
    want = QColor(colour).rgb()
    hits = samples = 0
    for y in range(0, image.height(), 8):
        for x in range(0, image.width(), 8):
            samples += 1
            hits += image.pixelColor(x, y).rgb() == want
    return hits / max(1, samples)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


class Probe:
    def __init__(self, scenario: str, out_dir: Path) -> None:
        self.scenario = scenario
        self.out_dir = out_dir
        self.moments: list[dict[str, Any]] = []
        self.error = ""

    def windows(self) -> tuple[ControlWindow, ProjectorWindow, ControlStrip, SharedCover]:
        tops = QApplication.topLevelWidgets()
        window = next(w for w in tops if isinstance(w, ControlWindow))
        projector = next(w for w in tops if isinstance(w, ProjectorWindow))
        strip = next(w for w in tops if isinstance(w, ControlStrip))
        cover = window.findChild(SharedCover)
        assert cover is not None
        return window, projector, strip, cover

    def record(self, moment: str) -> None:
        for _ in range(3):  # let posted layout requests settle, so the grab is what stays
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        window, projector, strip, cover = self.windows()
        entry: dict[str, Any] = {"moment": moment, "screens": {}, "windows": {}}
        for name, widget in (("control", window), ("projector", projector), ("strip", strip)):
            entry["windows"][name] = {
                "visible": widget.isVisible(),
                "rect": rect(widget.frameGeometry()),
                "full_screen": widget.isFullScreen(),
            }
        entry["cover"] = {"visible": cover.isVisible(), "page": cover.current_page()}
        control_grey = window.palette().color(QPalette.ColorRole.Window).name()
        for qscreen in QGuiApplication.screens():
            area = qscreen.geometry()
            shot = qscreen.grabWindow(0)
            png = self.out_dir / f"{self.scenario}-{moment}-{qscreen.name()}.png"
            shot.save(str(png))
            texts = [
                visible_text(w)
                for w in (window, projector, strip)
                if w.isVisible() and w.frameGeometry().intersects(area)
            ]
            entry["screens"][qscreen.name()] = {
                "rect": rect(area),
                "png": str(png),
                "text": "\n".join(texts),
                "projector_share": share_of(shot.toImage(), PROJECTOR_BACKGROUND),
                "control_share": share_of(shot.toImage(), control_grey),
            }
        flow = window.flow
        player = window.video.player
        entry["session"] = {
            "id": window.session_id,
            "step": flow.step_index if flow is not None else None,
        }
        entry["video"] = {
            "playing": player is not None and player.is_playing(),
            "position": player.position() if player is not None else None,
        }
        self.moments.append(entry)

    def run(self, drive: Callable[[Probe], None]) -> None:
        try:
            # The windows are shown before the runtime is open; the scenarios start after.
            wait_until(lambda: self.windows()[0].ready)
            drive(self)
        except BaseException as exc:  # reported, then the app is closed all the same
            self.error = f"{type(exc).__name__}: {exc}"
        window = self.windows()[0]
        window.dialogs = scripted_dialogs()
        window.close()


def scripted_dialogs() -> Dialogs:
    """The counsellor's answers: yes, a short note, and "later" when the window closes."""
    return Dialogs(
        confirm=lambda _title, _text: True,
        ask_note=lambda _title, _prompt, _limit: "skærmprøve",
        ask_close=lambda: CloseChoice.LATER,
        tell=lambda _title, _text: None,
    )


# -- the scenarios ---------------------------------------------------------------------------


def start_from_start_view(window: ControlWindow) -> None:
    view = window.start_view
    view.pack.setCurrentIndex(view.pack.findText("belonging", Qt.MatchFlag.MatchContains))
    view.group_code.setText("SKÆRM")
    QTest.mouseClick(view.start_button, Qt.MouseButton.LeftButton)


def start_from_cover(cover: SharedCover) -> None:
    QTest.keyClicks(cover.group_code, "SKÆRM")
    QTest.keyClicks(cover.pack_code, "belonging")
    QTest.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)


def on_step(window: ControlWindow, index: int) -> Callable[[], bool]:
    return lambda: window.flow is not None and window.flow.step_index == index


def playing_past(window: ControlWindow, seconds: float) -> bool:
    player = window.video.player
    return player is not None and player.is_playing() and player.position() > seconds


def drive_two(probe: Probe) -> None:
    window, projector, strip, cover = probe.windows()
    wait_until(lambda: projector.isFullScreen() and window.isVisible())
    probe.record("start")
    start_from_start_view(window)
    wait_until(on_step(window, 0))
    window.go_next()
    window.go_next()  # the first peer video
    wait_until(on_step(window, 2))
    wait_until(lambda: playing_past(window, 1.0))
    probe.record("running")
    xrandr("--delmonitor", "PROJ")  # the projector's cable is pulled mid-video
    wait_until(lambda: len(screens_now()) == 1 and strip.isVisible() and cover.isVisible())
    wait_until(lambda: projector.geometry() == QGuiApplication.screens()[0].geometry())
    seconds = window.video.player.position() if window.video.player else 0.0
    wait_until(lambda: playing_past(window, seconds + 1.0))  # the video plays on
    probe.record("removed")
    set_monitor("PROJ2", 1600, 0)  # and plugged in again
    wait_until(lambda: len(screens_now()) == 2 and not strip.isVisible())
    wait_until(lambda: projector.geometry() == QRect(1600, 0, 1600, 900))
    probe.record("back")


def run_from_the_cover(probe: Probe) -> tuple[Any, Any, Any, Any]:
    """Shared picture: start from the cover, one step on; records "start" and "running"."""
    window, projector, strip, cover = probe.windows()
    wait_until(lambda: cover.isVisible() and window.isVisible())
    probe.record("start")
    start_from_cover(cover)
    wait_until(on_step(window, 0))
    wait_until(lambda: projector.isFullScreen() and strip.isVisible())
    window.go_next()
    wait_until(on_step(window, 1))
    probe.record("running")
    return window, projector, strip, cover


def drive_single(probe: Probe) -> None:
    window, projector, strip, _cover = run_from_the_cover(probe)
    window.dialogs = scripted_dialogs()
    QTest.mouseClick(strip.end_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.session_id is None and strip.home_button.isVisible())
    probe.record("ended")
    QTest.mouseClick(strip.home_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not projector.isVisible() and not strip.isVisible())
    probe.record("home")


def drive_mirrored(probe: Probe) -> None:
    _window, projector, strip, cover = run_from_the_cover(probe)
    xrandr("--delmonitor", "PROJ")  # mirroring off: the projector extends the desktop
    wait_until(lambda: len(screens_now()) == 1)
    set_monitor("PROJ2", 1600, 0)
    wait_until(lambda: len(screens_now()) == 2 and not strip.isVisible())
    wait_until(lambda: projector.geometry() == QRect(1600, 0, 1600, 900))
    probe.record("separate")
    xrandr("--delmonitor", "PROJ2")  # mirroring on again
    wait_until(lambda: len(screens_now()) == 1)
    set_monitor("PROJ3", 0, 0)
    wait_until(lambda: len(screens_now()) == 2 and strip.isVisible() and cover.isVisible())
    wait_until(lambda: projector.geometry() == QRect(0, 0, 1600, 900))
    probe.record("mirrored-again")


SCENARIOS: dict[str, Callable[[Probe], None]] = {
    "two": drive_two,
    "single": drive_single,
    "mirrored": drive_mirrored,
}


def main(scenario: str, data_dir: Path, out_dir: Path) -> int:
    if scenario in ("two", "mirrored"):
        set_monitor("LAPTOP", 0, 0, output_id())  # replaces Xvfb's whole-screen monitor
        set_monitor("PROJ", 1600 if scenario == "two" else 0, 0)
    out_dir.mkdir(parents=True, exist_ok=True)
    database = paths.database_file(data_dir)
    if scenario == "single":  # an interrupted session the start screen offers to resume
        with open_runtime(database, paths.pack_search_dirs(data_dir)) as rt:
            old = rt.sessions.create(rt.catalog.resolve("control"), "GAMMEL", "da")
            rt.sessions.start(old)
    app = QApplication([sys.argv[0]])
    probe = Probe(scenario, out_dir)

    def open_store(stack: ExitStack) -> Runtime:
        return stack.enter_context(open_runtime(database, paths.pack_search_dirs(data_dir)))

    QTimer.singleShot(0, lambda: probe.run(SCENARIOS[scenario]))
    code = run_windows(open_store, sys.stdout)
    print(json.dumps({"exit": code, "error": probe.error, "moments": probe.moments}))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])))
