"""The session's clocks and how they are worded: elapsed time, time per step, the
overrun warning in the control window, and the calm "time left" line on the projector.

GUI thread only. Ticks twice a second while a session runs; each tick reads the flow it
was given last (a snapshot the window refreshes on every event) and the service's clock,
so a test with a fake clock sees exactly what a counsellor would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from belong_desktop.core.packs import MAX_SESSION_MINUTES, Step, StepKind
from belong_desktop.core.session import SessionFlow
from belong_desktop.core.timefmt import mmss
from belong_desktop.qt.messages import QT_TRANSLATE_NOOP
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.run_view import RunView

TICK_MS = 500
#: Steps where the class works on its own devices and sees how long it has.
TIMED_KINDS = (StepKind.REFLECTION, StepKind.LETTER, StepKind.POLL)


class SessionClock(QObject):
    def __init__(
        self,
        now: Callable[[], datetime],
        view: RunView,
        projector: ProjectorWindow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._view = view
        self._projector = projector
        self._flow: SessionFlow | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)

    def follow(self, flow: SessionFlow | None) -> None:
        """Show this session's times from now on (None: no session, the clock stops)."""
        self._flow = flow
        if flow is None:
            self._timer.stop()
            self._view.overrun.clear()
            self._projector.set_timer_text("")
            return
        if not self._timer.isActive():
            self._timer.start()
        self.refresh()

    def running(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        flow = self._flow
        if flow is None or flow.started_at is None:
            return
        now = self._now()
        view = self._view
        view.clock.setText(mmss(flow.elapsed_seconds(now)))
        for visited in {v.step_index for v in flow.visits}:
            view.set_elapsed(visited, flow.step_elapsed_seconds(visited, now))
        view.overrun.setText(self.overrun_text(flow, now))
        if flow.step_index is None:
            return
        step = flow.pack.steps[flow.step_index]
        spent = flow.step_elapsed_seconds(flow.step_index, now)
        view.step_clock.setText(f"{mmss(spent)} / {mmss(step.target_seconds)}")
        self._projector.set_timer_text(self.time_left_text(step, spent))

    def overrun_text(self, flow: SessionFlow, now: datetime) -> str:
        """A warning when the plan, at this pace, runs past the hour; else nothing."""
        if not flow.runs_over(now):
            return ""
        return (
            self.tr("Planen når over %1 minutter: ca. %2 min i alt. Overvej at korte af.")
            .replace("%1", f"{MAX_SESSION_MINUTES:g}")
            .replace("%2", f"{flow.projected_minutes(now):.0f}")
        )

    def time_left_text(self, step: Step, spent: float) -> str:
        """What the class reads under a writing step or a poll: rough, never a countdown."""
        if step.kind not in TIMED_KINDS:
            return ""
        left = step.target_seconds - spent
        words = self._projector.words  # the class reads it: the session's language
        if left > 60:
            about = words(QT_TRANSLATE_NOOP("ProjectorWindow", "ca. %1 min"))
            return about.replace("%1", str(round(left / 60)))
        if left > 0:
            return words(QT_TRANSLATE_NOOP("ProjectorWindow", "under et minut"))
        return words(QT_TRANSLATE_NOOP("ProjectorWindow", "tiden er ved at være gået"))
