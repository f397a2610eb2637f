"""The class panel: serving the running session's student page, and the room's counts.

GUI thread only. Starting the page (the first time it imports the server stack and binds
a port) runs through the ``TaskRunner``, so the windows stay live meanwhile; when it is up
the panel shows the address, QR code and join code and ``sig_opened`` tells the window.
Counts come from the classroom service's memory and are re-read once a second however busy
the room is (joins, answers and drafts arriving never trigger a read of their own); the
poll result is re-announced only when it changed. Aggregates only, never a student's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from belong_desktop.core.packs import Pack, StepKind
from belong_desktop.qt.join_panel import JoinPanel
from belong_desktop.qt.messages import describe
from belong_desktop.qt.tasks import TaskRunner

if TYPE_CHECKING:
    from belong_desktop.core.classroom import PollTally
    from belong_desktop.services.classroom import (
        ClassCounts,
        ClassroomHosting,
        ClassroomService,
        JoinInfo,
    )

COUNTS_MS = 1000  # counts refresh at most this often, however busy the room is


class ClassroomController(QObject):
    sig_opened = Signal(object)  # JoinInfo, once the page is served
    sig_poll_changed = Signal()  # the current step's poll result changed

    def __init__(
        self,
        classroom: ClassroomService | None,
        host: ClassroomHosting | None,
        panel: JoinPanel,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._classroom = classroom
        self._host = host
        self._panel = panel
        self._tasks = tasks
        self.join_info: JoinInfo | None = None
        self.counts: ClassCounts | None = None
        self._session_id: str | None = None
        self._pack: Pack | None = None
        self._language = "da"
        # What the panel says while there is no page: "off", "waiting", "failed" (with the
        # error), said again in a new language by ``retranslate``.
        self._page_state = ""
        self._failure: BaseException | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTS_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def open(
        self,
        session_id: str,
        pack: Pack,
        language: str,
        bind_host: str | None = None,
        port: int | None = None,
    ) -> None:
        """Serve ``session_id`` to devices; the session runs on if the page cannot start."""
        self._session_id, self._pack, self._language = session_id, pack, language
        self.join_info, self.counts = None, None
        self._panel.set_counts(None, None, language)
        host = self._host
        if host is None:
            self._say_page_state("off")
            return
        self._say_page_state("waiting")

        def start() -> JoinInfo:
            return host.start(session_id, bind_host=bind_host, port=port)

        def done(info: JoinInfo) -> None:
            if self._session_id != session_id:
                return  # the counsellor has left this session meanwhile
            self.join_info = info
            self._page_state = ""
            self._panel.set_info(info)
            self._timer.start()
            self.refresh()
            self.sig_opened.emit(info)

        def failed(error: BaseException) -> None:
            if self._session_id == session_id:
                self._failure = error
                self._say_page_state("failed")

        self._tasks.run(
            start, done, label=self.tr("Starter siden til de studerende …"), on_error=failed
        )

    def _say_page_state(self, state: str) -> None:
        self._page_state = state
        if state == "off":
            self._panel.set_info(
                None, self.tr("Siden til de studerende er slået fra i denne udgave.")
            )
        elif state == "waiting":
            self._panel.set_waiting(self.tr("Siden til de studerende startes …"))
        elif state == "failed" and self._failure is not None:
            problem = self.tr("Siden til de studerende kunne ikke startes: %1").replace(
                "%1", describe(self._failure)
            )
            self._panel.set_info(None, problem)

    def retranslate(self) -> None:
        """The panel's line about the page, in the language now installed (the counts and
        the address are the panel's own to reword)."""
        if self._session_id is not None and self.join_info is None and self._page_state:
            self._say_page_state(self._page_state)

    def close(self) -> None:
        """The session is over here: stop counting (devices may still fetch the end)."""
        self._session_id, self._pack = None, None
        self.join_info, self.counts = None, None
        self._page_state, self._failure = "", None
        self._timer.stop()
        self._panel.set_counts(None, None, self._language)

    def shutdown(self) -> None:
        """The app closes: devices' open links stop working with it."""
        self.close()
        if self._host is not None:
            self._host.stop()

    def poll(self) -> PollTally | None:
        return self.counts.poll if self.counts is not None else None

    def unsent_letters(self, pack: Pack) -> int:
        """Letters typed but not sent: still open (writing) or already closed unsent."""
        self.refresh()
        counts = self.counts
        if counts is None:
            return 0
        letters = [s.id for s in pack.steps if s.kind is StepKind.LETTER]
        return sum(counts.writing.get(i, 0) + counts.unsent.get(i, 0) for i in letters)

    def reset_devices(self) -> bool:
        """Every device starts over as a new anonymous participant."""
        if self._classroom is None or self._session_id is None or self.join_info is None:
            return False
        self._classroom.reset_devices(self._session_id)
        return True

    def refresh(self) -> None:
        """Re-read the counts (from memory) and show them."""
        if self._classroom is None or self._session_id is None or self.join_info is None:
            return
        previous = self.poll()
        self.counts = self._classroom.counts(self._session_id)
        self._panel.set_counts(self.counts, self._pack, self._language)
        if self.counts.poll != previous:
            self.sig_poll_changed.emit()

    def _on_timer_timeout(self) -> None:
        # Every tick, not only after a send: drafts arriving change who is still writing.
        # The counts come from memory; a busy room still costs one read a second.
        self.refresh()
