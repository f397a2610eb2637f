"""The screens as Qt sees them, read into the pure rule, and watched while the app runs.

GUI thread. ``read_screens`` turns ``QGuiApplication.screens()`` into plain
``core.screens.Screen`` values (geometry, name, primary, which virtual desktop);
``ScreenWatcher`` re-reads them when a screen is added or removed, changes geometry or
becomes primary, and emits the new ``ScreenSetup`` once the burst of signals that one
change makes has settled (one turn of the event loop), and only when it differs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from belong_desktop.core.screens import Screen, ScreenSetup, classify


def read_screens() -> list[Screen]:
    """Every screen Qt reports, in Qt's order. Screens are on the same virtual desktop
    when Qt lists them as siblings; X screens of their own get a desktop number each."""
    primary = QGuiApplication.primaryScreen()
    desktops: list[list[QScreen]] = []
    found: list[Screen] = []
    for qscreen in QGuiApplication.screens():
        desktop = next((i for i, d in enumerate(desktops) if qscreen in d), None)
        if desktop is None:
            desktops.append(list(qscreen.virtualSiblings()) or [qscreen])
            desktop = len(desktops) - 1
        rect = qscreen.geometry()
        found.append(
            Screen(
                qscreen.name(),
                rect.x(),
                rect.y(),
                rect.width(),
                rect.height(),
                primary=qscreen is primary,
                desktop=desktop,
            )
        )
    return found


def find_qscreen(screen: Screen | None) -> QScreen | None:
    """The QScreen a ``Screen`` was read from (by name and place), if it is still there."""
    if screen is None:
        return None
    for qscreen in QGuiApplication.screens():
        if qscreen.name() == screen.name and qscreen.geometry() == rect_of(screen):
            return qscreen
    return None


def rect_of(screen: Screen) -> QRect:
    return QRect(screen.x, screen.y, screen.width, screen.height)


class ScreenWatcher(QObject):
    sig_changed = Signal(object)  # the new ScreenSetup

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self.refresh)
        app.screenAdded.connect(self._on_app_screen_added)
        app.screenRemoved.connect(self._on_app_screen_removed)
        app.primaryScreenChanged.connect(self._on_app_primary_screen_changed)
        for qscreen in app.screens():
            self._watch(qscreen)
        self._setup = classify(read_screens())

    def setup(self) -> ScreenSetup:
        return self._setup

    def refresh(self) -> None:
        """Read the screens now; emit when the setup is not what it was."""
        setup = classify(read_screens())
        if setup != self._setup:
            self._setup = setup
            self.sig_changed.emit(setup)

    def _watch(self, qscreen: QScreen) -> None:
        qscreen.geometryChanged.connect(self._on_screen_geometry_changed)

    def _on_app_screen_added(self, qscreen: QScreen) -> None:
        self._watch(qscreen)
        self._settle.start()

    def _on_app_screen_removed(self, _qscreen: QScreen) -> None:
        self._settle.start()

    def _on_app_primary_screen_changed(self, _qscreen: QScreen) -> None:
        self._settle.start()

    def _on_screen_geometry_changed(self, _rect: QRect) -> None:
        self._settle.start()
