"""Drive the windows through a whole session by themselves (``demo --gui``).

For rehearsal and smoke tests: the driver presses "next" after each step's target time
divided by the speed, ends the session at the last step and reports when done.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from belong_desktop.qt.control_window import ControlWindow


class DemoDriver(QObject):
    sig_done = Signal(str)  # the session id

    def __init__(
        self, window: ControlWindow, pack_ref: str, speed: float, language: str = "da"
    ) -> None:
        super().__init__(window)
        self.window, self.pack_ref, self.speed, self.language = window, pack_ref, speed, language
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.session_id: str | None = None
        window.sig_step_shown.connect(self._on_window_step_shown)

    def start(self) -> None:
        self.session_id = self.window.start_new(self.pack_ref, "DEMO", self.language)
        if self.session_id is None:
            self.sig_done.emit("")

    def _on_window_step_shown(self, index: int) -> None:
        flow = self.window.flow
        if flow is None or self.session_id is None:
            return
        seconds = flow.pack.steps[index].target_seconds / self.speed
        self._timer.start(max(1, int(seconds * 1000)))

    def _on_timer_timeout(self) -> None:
        flow = self.window.flow
        if flow is None or flow.step_index is None or self.session_id is None:
            return
        if flow.step_index == len(flow.pack.steps) - 1:
            self.window.end_session(ask=False)
            self.sig_done.emit(self.session_id)
            return
        self.window.go_next()
