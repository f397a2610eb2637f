"""The control window on the counsellor's laptop, and the behaviour behind its views.

Runs in the GUI thread. Every change goes through the ``SessionService`` (and so through
the single writer); the views are refreshed from the domain events the bridge delivers,
the same path the classroom server's events take. The window also drives the projector
window and the video player, logs how each video ended, starts the student page for the
running session (through a ``ClassroomHosting``) and shows the class counts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from belong_desktop.core.errors import BelongError
from belong_desktop.core.events import (
    AnswerSubmitted,
    DevicesReset,
    Event,
    ParticipantJoined,
    SessionEnded,
    SessionResumed,
    SessionStarted,
    StepChanged,
)
from belong_desktop.core.packs import MAX_SESSION_MINUTES, StepKind
from belong_desktop.core.session import IllegalTransition, SessionFlow, SessionState, VideoOutcome
from belong_desktop.core.timefmt import mmss
from belong_desktop.media.player import VideoPlayer
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.help_overlay import HelpOverlay
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.run_view import RunView
from belong_desktop.qt.start_view import StartView
from belong_desktop.services import network
from belong_desktop.services.classroom import (
    ClassCounts,
    ClassroomHosting,
    ClassroomService,
    ClassroomUnavailable,
    JoinInfo,
)
from belong_desktop.services.packs import PackCatalog
from belong_desktop.services.sessions import PackChanged, SessionService

PlayerFactory = Callable[[QObject], VideoPlayer]
TICK_MS = 500
COUNTS_MS = 1000  # class counts refresh at most this often, however busy the room is


class ControlWindow(QMainWindow):
    sig_session_closed = Signal(str)  # session id, after it ended or was left for later
    sig_step_shown = Signal(int)  # step index, once the views show it

    def __init__(
        self,
        sessions: SessionService,
        catalog: PackCatalog,
        bridge: EventBridge,
        projector: ProjectorWindow,
        player_factory: PlayerFactory,
        parent: QWidget | None = None,
        *,
        classroom: ClassroomService | None = None,
        host: ClassroomHosting | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("belong-desktop"))
        self.resize(1200, 760)
        self.sessions = sessions
        self.catalog = catalog
        self.projector = projector
        self._player_factory = player_factory
        self.player: VideoPlayer | None = None
        self.classroom = classroom
        self.host = host
        self.join_info: JoinInfo | None = None
        self._counts: ClassCounts | None = None
        self._counts_due = False

        self.session_id: str | None = None
        self.flow: SessionFlow | None = None
        self.language = "da"
        self._video_step: int | None = None  # the video step whose showing is not logged yet
        self._video_done = False
        self._seeking = False

        self.start_view = StartView(self)
        self.run_view = RunView(self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.start_view)
        self._stack.addWidget(self.run_view)
        self.setCentralWidget(self._stack)
        self.help = HelpOverlay(self._stack)

        self.start_view.sig_start_requested.connect(self._on_start_view_start_requested)
        self.start_view.sig_resume_requested.connect(self._on_start_view_resume_requested)
        rv = self.run_view
        rv.next_button.clicked.connect(self.go_next)
        rv.prev_button.clicked.connect(self.go_prev)
        rv.play_button.clicked.connect(self.toggle_video)
        rv.restart_button.clicked.connect(self._on_restart_clicked)
        rv.seek.sliderPressed.connect(self._on_seek_pressed)
        rv.seek.sliderReleased.connect(self._on_seek_released)
        rv.note_button.clicked.connect(self.add_note)
        rv.note_input.returnPressed.connect(self.add_note)
        rv.end_button.clicked.connect(lambda: self.end_session())
        rv.projector_button.clicked.connect(self.projector.toggle_full_screen)
        rv.help_button.clicked.connect(self.help.toggle)
        rv.join_panel.sig_show_requested.connect(self.toggle_join_on_projector)
        rv.join_panel.sig_reset_requested.connect(lambda: self.reset_devices())
        bridge.sig_event.connect(self._on_bridge_event)

        self._shortcuts: list[QShortcut] = []
        for keys, slot in (
            ((Qt.Key.Key_Space, Qt.Key.Key_Right), self.go_next),
            ((Qt.Key.Key_Left,), self.go_prev),
            ((Qt.Key.Key_P,), self.toggle_video),
            ((Qt.Key.Key_F5,), self.projector.toggle_full_screen),
            ((Qt.Key.Key_Escape,), self._on_escape),
            ((QKeySequence.StandardKey.New,), self._on_note_shortcut),
            ((QKeySequence("Ctrl+B"),), self.show_title_on_projector),
            ((Qt.Key.Key_F1,), self.help.toggle),
            ((Qt.Key.Key_J,), self.toggle_join_on_projector),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_MS)
        self._counts_timer.timeout.connect(self._on_counts_timer_timeout)
        self.refresh_start_view()

    # -- start screen ----------------------------------------------------------------

    def refresh_start_view(self) -> None:
        self.start_view.set_packs(self.catalog.packs())
        self.start_view.set_addresses(network.lan_addresses())  # the laptop may have moved
        self.start_view.set_sessions(self.sessions.list_sessions())
        self._stack.setCurrentWidget(self.start_view)
        self.projector.show_title(self.tr("Velkommen"))

    def start_new(self, pack_ref: str, group: str, language: str) -> str | None:
        try:
            pack = self.catalog.resolve(pack_ref)
            session_id = self.sessions.create(pack, group, language)
        except BelongError as exc:
            self.start_view.show_error(str(exc))
            return None
        self._enter_session(session_id)
        self.sessions.start(session_id)
        return session_id

    def resume(self, session_id: str) -> None:
        try:
            flow = self.sessions.flow(session_id)
        except PackChanged as exc:
            self.start_view.show_error(str(exc))
            return
        self._enter_session(session_id)
        if flow.state is SessionState.CREATED:
            self.sessions.start(session_id)
        else:
            self.sessions.resume(session_id)

    def _on_start_view_start_requested(self, pack_ref: str, group: str, language: str) -> None:
        self.start_new(pack_ref, group, language)

    def _on_start_view_resume_requested(self, session_id: str) -> None:
        self.resume(session_id)

    def _enter_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.flow = self.sessions.flow(session_id)
        self.language = self.sessions.record(session_id).language
        self.run_view.set_plan(self.flow.pack, self.language)
        self.run_view.note_status.clear()
        self.run_view.overrun.clear()
        self._stack.setCurrentWidget(self.run_view)
        self.run_view.setFocus()  # not the note field: Space must mean "next"
        self._tick.start()
        self._open_classroom(session_id)

    def _open_classroom(self, session_id: str) -> None:
        """Serve the student page for this session; the session runs on without it."""
        self.join_info = None
        panel = self.run_view.join_panel
        if self.host is None:
            panel.set_info(None, self.tr("Elevsiden er slået fra i denne udgave."))
            return
        bind_host, port = self.start_view.network_choice()
        try:
            self.join_info = self.host.start(session_id, bind_host=bind_host, port=port)
        except ClassroomUnavailable as exc:
            panel.set_info(
                None, self.tr("Elevsiden kunne ikke startes: %1").replace("%1", str(exc))
            )
            return
        panel.set_info(self.join_info)
        self._counts_timer.start()
        self._refresh_counts()

    # -- commands (keyboard, buttons, the demo driver) ---------------------------------

    def go_next(self) -> None:
        if self.flow is not None and self.flow.step_index == len(self.flow.pack.steps) - 1:
            self.run_view.note_status.setText(
                self.tr("Dette er sidste trin. Afslut sessionen med knappen nederst.")
            )
            return
        self._move(self.sessions.next)

    def go_prev(self) -> None:
        if self.flow is not None and self.flow.step_index == 0:
            return
        self._move(self.sessions.prev)

    def _move(self, command: Callable[[str], list[Event]]) -> None:
        if self.session_id is None or self.help.isVisible():
            return
        self._log_video_left()
        try:
            command(self.session_id)
        except IllegalTransition as exc:
            self.run_view.note_status.setText(_sentence(str(exc)))

    def toggle_video(self) -> None:
        if self.player is not None and self._video_step is not None:
            self.player.toggle_pause()

    def add_note(self) -> None:
        text = self.run_view.note_input.text().strip()
        if self.session_id is None or not text:
            return
        try:
            self.sessions.add_note(self.session_id, text)
        except BelongError as exc:
            self.run_view.note_status.setText(_sentence(str(exc)))
            return
        self.run_view.note_input.clear()
        stamp = datetime.now().strftime("%H:%M")
        self.run_view.note_status.setText(self.tr("Note gemt kl. %1").replace("%1", stamp))

    def end_session(self, note: str | None = None, *, ask: bool = True) -> bool:
        """End the session; asks for confirmation, and for a note when it ends early."""
        if self.session_id is None or self.flow is None or self.flow.step_index is None:
            return False
        early = self.flow.step_index < len(self.flow.pack.steps) - 1
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Afslut session"),
                self.tr("Vil du afslutte sessionen nu?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            if early and not note:
                note, ok = QInputDialog.getMultiLineText(
                    self,
                    self.tr("Afsluttet før tid"),
                    self.tr("Sessionen slutter før sidste trin. Skriv kort hvorfor (til loggen):"),
                )
                if not ok or not note.strip():
                    return False
        self._log_video_left()
        self.sessions.end(self.session_id, note)
        return True

    def toggle_join_on_projector(self) -> None:
        """J: the join slide on the projector, or back to the current step."""
        if self.join_info is None or self.flow is None:
            return
        if self.projector.showing_join() and self.flow.step_index is not None:
            self._show_step_on_projector(self.flow.step_index)
        else:
            self.projector.show_join(self.join_info, self.flow.pack.title.get(self.language))

    def reset_devices(self, *, ask: bool = True) -> bool:
        """Every device starts over as a new participant (e.g. before the next group)."""
        if self.classroom is None or self.session_id is None or self.join_info is None:
            return False
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Nulstil alle enheder"),
                self.tr(
                    "Alle enheder starter forfra som nye, anonyme deltagere. Det, der allerede "
                    "er sendt, er gemt. Vil du nulstille?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.classroom.reset_devices(self.session_id)
        return True

    def show_title_on_projector(self) -> None:
        if self.flow is not None:
            self.projector.show_title(self.flow.pack.title.get(self.language))

    # -- events from the services ------------------------------------------------------

    def _on_bridge_event(self, event: Event) -> None:
        if event.session_id != self.session_id:
            return
        if isinstance(event, ParticipantJoined | AnswerSubmitted | DevicesReset):
            self._counts_due = True  # many per second in a busy room: refreshed by the timer
            return
        self.flow = self.sessions.flow(event.session_id)
        if isinstance(event, SessionStarted | SessionResumed | StepChanged):
            self._show_step(event.step_index)
            if not isinstance(event, StepChanged) and self.join_info is not None:
                self.projector.show_join(self.join_info, self.flow.pack.title.get(self.language))
        elif isinstance(event, SessionEnded):
            self._leave_session()
        self._on_tick_timeout()

    def _show_step(self, index: int) -> None:
        assert self.flow is not None
        step = self.flow.pack.steps[index]
        rv = self.run_view
        rv.mark_current(index)
        headline = step.headline(self.language)
        rv.step_title.setText(f"{index + 1}/{len(self.flow.pack.steps)} · {headline}")
        rv.notes.setPlainText(step.speaker_notes.get(self.language))
        rv.prev_button.setEnabled(index > 0)
        rv.next_button.setEnabled(index < len(self.flow.pack.steps) - 1)
        rv.video_box.setEnabled(step.kind is StepKind.VIDEO)
        rv.video_message.clear()
        self._show_step_on_projector(index)
        self._refresh_counts()
        if step.kind is StepKind.VIDEO and step.video is not None:
            player = self._ensure_player()
            self.projector.set_video_widget(player.widget())
            self._video_step, self._video_done = index, False
            rv.seek.setRange(0, 0)
            player.load(step.video.file, step.video.subtitles.get(self.language))
            player.play()
        elif self.player is not None:
            self.player.stop()
        self.sig_step_shown.emit(index)

    def _show_step_on_projector(self, index: int) -> None:
        assert self.flow is not None
        step = self.flow.pack.steps[index]
        if step.kind is StepKind.POLL and step.poll is not None:
            tally = self._counts.poll if self._counts is not None else None
            self.projector.show_poll(step, self.language, tally)
        else:
            self.projector.show_step(step, self.language)

    # -- class counts ------------------------------------------------------------------

    def _on_counts_timer_timeout(self) -> None:
        if self._counts_due:
            self._refresh_counts()

    def _refresh_counts(self) -> None:
        """Counts and the poll result; aggregates only, read on a timer, never per answer."""
        self._counts_due = False
        if self.classroom is None or self.session_id is None or self.flow is None:
            return
        previous = self._counts.poll if self._counts is not None else None
        self._counts = self.classroom.counts(self.session_id)
        self.run_view.join_panel.set_counts(self._counts, self.flow.pack, self.language)
        index = self.flow.step_index
        if index is None or self.projector.showing_join():
            return
        step = self.flow.pack.steps[index]
        if step.kind is StepKind.POLL and self._counts.poll != previous:
            self._show_step_on_projector(index)

    def _leave_session(self) -> None:
        session_id = self.session_id
        if self.player is not None:
            self.player.stop()
        self._tick.stop()
        self._counts_timer.stop()
        self._counts = None
        self.join_info = None
        self.run_view.join_panel.set_counts(None, None, self.language)
        self.session_id = None
        self.flow = None
        self.refresh_start_view()
        if session_id is not None:
            self.sig_session_closed.emit(session_id)

    # -- video -------------------------------------------------------------------------

    def _ensure_player(self) -> VideoPlayer:
        if self.player is None:
            player = self._player_factory(self)
            player.sig_finished.connect(self._on_player_finished)
            player.sig_error.connect(self._on_player_error)
            player.sig_warning.connect(self._on_player_warning)
            player.sig_position_changed.connect(self._on_player_position_changed)
            player.sig_duration_known.connect(self._on_player_duration_known)
            player.sig_playing_changed.connect(self._on_player_playing_changed)
            self.run_view.backend.setText(
                self.tr("Afspiller: %1").replace("%1", player.backend_name)
            )
            self.player = player
        return self.player

    def _log_video_left(self) -> None:
        """Leaving a video step before its end: log where it stopped."""
        if self.session_id is None or self._video_step is None or self.player is None:
            return
        if not self._video_done:
            self._record_video(VideoOutcome.STOPPED, self.player.position())
        self._video_step = None
        self.player.stop()

    def _record_video(self, outcome: VideoOutcome, position: float, detail: str = "") -> None:
        if self.session_id is None or self._video_step is None:
            return
        if self.flow is None or self.flow.step_index != self._video_step:
            return
        self._video_done = True
        self.sessions.record_video(self.session_id, outcome, max(0.0, position), detail)

    def _on_player_finished(self) -> None:
        if self.player is not None and not self._video_done:
            duration = self.player.duration() or self.player.position()
            self._record_video(VideoOutcome.FINISHED, duration)
            self.run_view.video_message.setText(self.tr("Videoen er slut. Tryk → for næste trin."))

    def _on_player_error(self, message: str) -> None:
        self.run_view.video_message.setText(message)
        self.projector.show_video_problem()
        if not self._video_done:
            self._record_video(VideoOutcome.FAILED, 0.0, message)

    def _on_player_warning(self, message: str) -> None:
        self.run_view.video_message.setText(message)

    def _on_player_position_changed(self, seconds: float) -> None:
        rv = self.run_view
        if not self._seeking:
            rv.seek.setValue(int(seconds))
        total = self.player.duration() if self.player is not None else None
        rv.video_time.setText(f"{mmss(seconds)} / {mmss(total or 0)}")

    def _on_player_duration_known(self, seconds: float) -> None:
        self.run_view.seek.setRange(0, max(0, int(seconds)))

    def _on_player_playing_changed(self, playing: bool) -> None:
        self.run_view.play_button.setText(
            self.tr("Pause (P)") if playing else self.tr("Afspil (P)")
        )

    def _on_restart_clicked(self) -> None:
        if self.player is not None and self._video_step is not None:
            self._video_done = False
            self.player.restart()

    def _on_seek_pressed(self) -> None:
        self._seeking = True

    def _on_seek_released(self) -> None:
        self._seeking = False
        if self.player is not None:
            self.player.seek(float(self.run_view.seek.value()))

    # -- clock -------------------------------------------------------------------------

    def _on_tick_timeout(self) -> None:
        flow = self.flow
        if flow is None or flow.started_at is None:
            return
        now = self.sessions.now()
        rv = self.run_view
        rv.clock.setText(mmss(flow.elapsed_seconds(now)))
        for visit_index in {v.step_index for v in flow.visits}:
            rv.set_elapsed(visit_index, flow.step_elapsed_seconds(visit_index, now))
        if flow.step_index is None:
            return
        step = flow.pack.steps[flow.step_index]
        spent = flow.step_elapsed_seconds(flow.step_index, now)
        rv.step_clock.setText(f"{mmss(spent)} / {mmss(step.target_seconds)}")
        if flow.runs_over(now):
            rv.overrun.setText(
                self.tr("Planen når over %1 minutter: ca. %2 min i alt. Overvej at korte af.")
                .replace("%1", f"{MAX_SESSION_MINUTES:g}")
                .replace("%2", f"{flow.projected_minutes(now):.0f}")
            )
        else:
            rv.overrun.clear()
        if step.kind in (StepKind.REFLECTION, StepKind.LETTER, StepKind.POLL):
            left = step.target_seconds - spent
            if left > 60:
                text = self.tr("ca. %1 min").replace("%1", str(round(left / 60)))
            elif left > 0:
                text = self.tr("under et minut")
            else:
                text = self.tr("tiden er ved at være gået")
            self.projector.set_timer_text(text)
        else:
            self.projector.set_timer_text("")

    # -- keys and closing --------------------------------------------------------------

    def _on_escape(self) -> None:
        if self.help.isVisible():
            self.help.toggle()
        else:
            self.projector.leave_full_screen()

    def _on_note_shortcut(self) -> None:
        self.run_view.note_input.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session_id is None:
            self._shutdown()
            event.accept()
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Sessionen kører"))
        box.setText(
            self.tr(
                "Sessionen kører stadig. Alt er gemt: lukker du nu, kan du genoptage den, "
                "når du starter programmet igen."
            )
        )
        end = box.addButton(self.tr("Afslut sessionen"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("Luk og fortsæt senere"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is end and self.end_session():
            self._shutdown()
            event.accept()
        elif clicked is later:
            self._log_video_left()
            self._shutdown()
            event.accept()
        else:
            event.ignore()

    def _shutdown(self) -> None:
        self._tick.stop()
        self._counts_timer.stop()
        if self.host is not None:
            self.host.stop()  # devices' open links stop working with the app
        if self.player is not None:
            self.player.close()
            self.player = None
        self.projector.close()


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
