"""The control window on the counsellor's laptop: a composition of views and controllers.

Runs in the GUI thread. The window routes the counsellor's commands (keys, buttons, the
demo driver) to the ``SessionService`` — every change goes through the single writer —
and refreshes its parts from the domain events the bridge delivers, the same path the
classroom server's events take. The parts do the rest: ``VideoController`` (playback and
its fidelity log), ``ClassroomController`` (the student page and the counts),
``SessionClock`` (times and their wording). Between sessions the start screen offers the
trial kit's groups (``kit_start`` places a new session and asks for the reason an
override needs), the settings page (``SettingsController``) and each past session's way
out (``ExportController``: review, export, delete texts) and report
(``ReportController``: the session report as a PDF). Questions to the counsellor go
through the injected ``Dialogs``; refusals are shown in the counsellor's words
(``messages``). At start-up the window is shown before the runtime is open
(``ControlWindow.opening``: the start screen says so, nothing to click needs the
services); ``attach`` then builds the parts over the services. The services, and the
parts only a later click needs, are imported then, not before the first window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QStatusBar,
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
from belong_desktop.core.packs import Pack, Step, StepKind
from belong_desktop.core.session import MAX_NOTE_LENGTH, SessionFlow, SessionState
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.classroom_controller import ClassroomController
from belong_desktop.qt.dialogs import CloseChoice, Dialogs, qt_dialogs
from belong_desktop.qt.help_overlay import HelpOverlay
from belong_desktop.qt.messages import QT_TRANSLATE_NOOP, describe
from belong_desktop.qt.projector_preview import ProjectorPreview
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.run_view import RunView
from belong_desktop.qt.session_clock import SessionClock
from belong_desktop.qt.start_view import StartView
from belong_desktop.qt.tasks import BusyIndicator, TaskRunner
from belong_desktop.qt.video_controller import PlayerFactory, VideoController
from belong_desktop.qt.words import clock_now, kind_name

if TYPE_CHECKING:  # the services (and the store under them) come with the runtime: attach
    from belong_desktop.qt.appearance import AppearanceController
    from belong_desktop.qt.booklet_controller import BookletController
    from belong_desktop.qt.export_controller import ExportController
    from belong_desktop.qt.report_controller import ReportController
    from belong_desktop.qt.script_controller import ScriptController
    from belong_desktop.qt.settings_controller import SettingsController
    from belong_desktop.qt.settings_view import SettingsView
    from belong_desktop.services.appearance import AppearanceService
    from belong_desktop.services.booklet import BookletService
    from belong_desktop.services.classroom import ClassroomHosting, ClassroomService, JoinInfo
    from belong_desktop.services.export import ExportService
    from belong_desktop.services.kits import KitService
    from belong_desktop.services.packs import PackCatalog
    from belong_desktop.services.preferences import PreferenceService
    from belong_desktop.services.review import ReviewService
    from belong_desktop.services.sessions import SessionService

#: How long a line stays in the status bar (an export, texts deleted at start-up).
STATUS_MS = 20_000


class ControlWindow(QMainWindow):
    sig_session_closed = Signal(str)  # session id, after it ended or was left for later
    sig_step_shown = Signal(int)  # step index, once the views show it

    # Set by ``attach``: the window exists (and is shown) before the runtime is open.
    sessions: SessionService
    catalog: PackCatalog
    video: VideoController
    clock: SessionClock
    room: ClassroomController
    settings_view: SettingsView
    script: ScriptController

    def __init__(
        self,
        sessions: SessionService | None,
        catalog: PackCatalog | None,
        bridge: EventBridge | None,
        projector: ProjectorWindow,
        player_factory: PlayerFactory,
        parent: QWidget | None = None,
        *,
        classroom: ClassroomService | None = None,
        host: ClassroomHosting | None = None,
        dialogs: Dialogs | None = None,
        tasks: TaskRunner | None = None,
        kits: KitService | None = None,
        review: ReviewService | None = None,
        exports: ExportService | None = None,
        booklet: BookletService | None = None,
        preferences: PreferenceService | None = None,
        appearance: AppearanceService | None = None,
    ) -> None:
        """With ``sessions``, ``catalog`` and ``bridge`` the window is ready at once; with
        None for them (``opening``) it shows the start screen's quiet "opening" state
        until ``attach`` hands it the runtime's services."""
        super().__init__(parent)
        self.resize(1200, 760)
        self.projector = projector
        self._player_factory = player_factory
        self.dialogs = dialogs or qt_dialogs(self)
        self.tasks = tasks or TaskRunner(self)
        self.tasks.sig_failed.connect(self._on_tasks_failed)
        self.ready = False
        self.session_id: str | None = None
        self.flow: SessionFlow | None = None
        self.language = "da"
        self._revealed: set[str] = set()  # poll steps whose result the class may see
        self.kits: KitService | None = None
        #: Set by the screen layout: the class sees this window (the shared layout) …
        self.class_can_see = False
        #: … or may see it (one screen or mirroring, also in the private layout).
        self.shares_projector_screen = True
        self.settings: SettingsController | None = None
        self.export_flow: ExportController | None = None
        self.report_flow: ReportController | None = None
        self.booklet: BookletService | None = None
        self.booklet_flow: BookletController | None = None
        self.appearance: AppearanceController | None = None
        self._shortcuts: list[QShortcut] = []

        self.start_view = StartView(self)
        self.run_view = RunView(self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.start_view)
        self._stack.addWidget(self.run_view)
        # At a large text size (``qt.appearance``) a page larger than the screen scrolls
        # rather than being cut off; it takes no focus, so Tab and the keys stay as they were.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._stack)
        self.setCentralWidget(scroll)
        self.help = HelpOverlay(self._stack)
        status = QStatusBar(self)
        status.addPermanentWidget(BusyIndicator(self.tasks, status))
        self.setStatusBar(status)
        self.preview = ProjectorPreview(projector, self.run_view)
        self.run_view.set_preview(self.preview)
        self.start_view.set_opening(True)
        self.retranslate()
        if sessions is not None:
            assert catalog is not None and bridge is not None
            self.attach(
                sessions,
                catalog,
                bridge,
                classroom=classroom,
                host=host,
                kits=kits,
                review=review,
                exports=exports,
                booklet=booklet,
                preferences=preferences,
                appearance=appearance,
            )

    @classmethod
    def opening(
        cls,
        projector: ProjectorWindow,
        player_factory: PlayerFactory,
        *,
        dialogs: Dialogs | None = None,
    ) -> ControlWindow:
        """The window before the runtime is open: shown at once, its controls disabled."""
        return cls(None, None, None, projector, player_factory, dialogs=dialogs)

    def attach(
        self,
        sessions: SessionService,
        catalog: PackCatalog,
        bridge: EventBridge,
        *,
        classroom: ClassroomService | None = None,
        host: ClassroomHosting | None = None,
        kits: KitService | None = None,
        review: ReviewService | None = None,
        exports: ExportService | None = None,
        booklet: BookletService | None = None,
        preferences: PreferenceService | None = None,
        appearance: AppearanceService | None = None,
    ) -> None:
        """The runtime is open: the controllers over its services, the keys, the start
        screen filled in. (Settings, export and review are imported here, not before the
        first window: the counsellor sees the window without waiting for them.)"""
        from belong_desktop.qt.export_controller import ExportController
        from belong_desktop.qt.report_controller import ReportController
        from belong_desktop.qt.script_controller import ScriptController
        from belong_desktop.qt.settings_controller import SettingsController
        from belong_desktop.qt.settings_view import SettingsView
        from belong_desktop.services.reports.session_report import SessionReports

        assert not self.ready, "attach once"
        self.settings_view = SettingsView(self)  # its kit card needs the kit's module
        self._stack.addWidget(self.settings_view)
        self.sessions = sessions
        self.catalog = catalog
        self.kits = kits
        projector = self.projector
        self.video = VideoController(sessions, self.run_view, projector, self._player_factory, self)
        self.clock = SessionClock(sessions.now, self.run_view, projector, self)
        self.room = ClassroomController(classroom, host, self.run_view.join_panel, self.tasks, self)
        self.video.sig_refused.connect(self._on_refused)
        self.room.sig_opened.connect(self._on_room_opened)
        self.room.sig_poll_changed.connect(self._on_room_poll_changed)

        self.start_view.sig_start_requested.connect(self._on_start_view_start_requested)
        self.start_view.sig_resume_requested.connect(self._on_start_view_resume_requested)
        self.start_view.sig_clear_projector_requested.connect(self.clear_projector)
        self.script = ScriptController(catalog, self.dialogs, self.tasks, self)
        self.script.sig_said.connect(self._on_export_said)
        self.start_view.sig_script_requested.connect(self.script.print_script)
        if kits is not None and exports is not None:
            self.settings = SettingsController(
                kits,
                exports,
                self.settings_view,
                self.dialogs,
                self,
                classroom=classroom,
                preferences=preferences,
            )
            self.settings.sig_kit_changed.connect(self._on_settings_kit_changed)
            if review is not None:
                self.export_flow = ExportController(
                    sessions, kits, review, exports, self.dialogs, self.tasks, self
                )
                self.export_flow.sig_settings_requested.connect(self.show_settings)
                self.export_flow.sig_sessions_changed.connect(self._on_export_sessions_changed)
                self.export_flow.sig_said.connect(self._on_export_said)
                self.export_flow.set_shares_screen(self.shares_projector_screen)
            self.report_flow = ReportController(
                SessionReports(sessions, exports), self.dialogs, self.tasks, self
            )
            self.report_flow.sig_said.connect(self._on_export_said)
        self.start_view.settings_button.setVisible(self.settings is not None)
        self.start_view.past_sessions.export_button.setVisible(self.export_flow is not None)
        self.start_view.past_sessions.delete_button.setVisible(self.export_flow is not None)
        self.start_view.past_sessions.hint.setVisible(self.export_flow is not None)
        self.start_view.past_sessions.report_button.setVisible(self.report_flow is not None)
        self.start_view.sig_settings_requested.connect(self.show_settings)
        past = self.start_view.past_sessions
        past.sig_export_requested.connect(self._on_past_export_requested)
        past.sig_delete_texts_requested.connect(self._on_past_delete_texts_requested)
        past.sig_report_requested.connect(self._on_past_report_requested)
        self.booklet = booklet
        past.booklet_button.setVisible(booklet is not None)
        past.sig_booklet_requested.connect(self._on_past_booklet_requested)
        self.settings_view.sig_back.connect(self._on_settings_back)
        self._attach_appearance(appearance)
        rv = self.run_view
        rv.next_button.clicked.connect(self.go_next)
        rv.prev_button.clicked.connect(self.go_prev)
        rv.note_button.clicked.connect(self.add_note)
        rv.note_input.returnPressed.connect(self.add_note)
        rv.end_button.clicked.connect(self._on_end_clicked)
        rv.projector_button.clicked.connect(self.projector.toggle_full_screen)
        rv.help_button.clicked.connect(self.help.toggle)
        rv.join_panel.sig_show_requested.connect(self.toggle_join_on_projector)
        rv.join_panel.sig_reset_requested.connect(self._on_join_panel_reset_requested)
        rv.join_panel.strip_box.toggled.connect(self._on_strip_box_toggled)
        rv.reveal_button.clicked.connect(self.toggle_poll_result)
        bridge.sig_event.connect(self._on_bridge_event)
        self._shortcuts = self._make_shortcuts()
        self._enable_session_keys(False)
        self.ready = True
        self.start_view.set_opening(False)
        self.refresh_start_view()

    def _attach_appearance(self, appearance: AppearanceService | None) -> None:
        """The stored theme and sizes on every window now; the settings page's
        "Udseende" changes them at once (hidden without the service)."""
        from belong_desktop.qt.appearance import AppearanceController

        self.settings_view.appearance_box.setVisible(appearance is not None)
        if appearance is None:
            return
        self.appearance = AppearanceController(
            appearance, self.settings_view.appearance_box, self.projector, self.catalog, self
        )
        self.appearance.apply()

    def _make_shortcuts(self) -> list[QShortcut]:
        made: list[QShortcut] = []
        bindings: tuple[tuple[tuple[Qt.Key | QKeySequence.StandardKey | str, ...], object], ...]
        bindings = (
            # PageDown / PageUp: what presentation clickers send.
            ((Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.go_next),
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.go_prev),
            ((Qt.Key.Key_B,), self.toggle_blackout),
            ((Qt.Key.Key_R,), self.toggle_poll_result),
            ((Qt.Key.Key_P,), self.video.toggle),
            ((Qt.Key.Key_F5,), self.projector.toggle_full_screen),
            ((Qt.Key.Key_Escape,), self._on_escape),
            ((QKeySequence.StandardKey.New,), self._on_note_shortcut),
            (("Ctrl+B",), self.show_title_on_projector),
            ((Qt.Key.Key_F1,), self.help.toggle),
            ((Qt.Key.Key_J,), self.toggle_join_on_projector),
        )
        for keys, slot in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
                shortcut.activated.connect(slot)
                made.append(shortcut)
        return made

    #: Keys that mean something only while a session runs. Between sessions they are
    #: off, so Space presses a focused button and letters search a list (keyboard alone).
    _SESSION_KEYS = frozenset(
        QKeySequence(key).toString()
        for key in (
            Qt.Key.Key_Space,
            Qt.Key.Key_Right,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Left,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_R,
            Qt.Key.Key_P,
            Qt.Key.Key_J,
        )
    )

    def _enable_session_keys(self, on: bool) -> None:
        for shortcut in self._shortcuts:
            if shortcut.key().toString() in self._SESSION_KEYS:
                shortcut.setEnabled(on)

    # -- start screen ----------------------------------------------------------------

    def refresh_start_view(self, *, keep_projector: bool = False) -> None:
        """The start screen; the projector shows the welcome unless ``keep_projector``
        (after a session: its closing slide stays until the counsellor clears it)."""
        self.start_view.set_packs(self.catalog.packs())
        self.start_view.set_kit(self.kits.current() if self.kits is not None else None)
        from belong_desktop.services import network  # only here, not before the first window

        self.start_view.set_addresses(network.lan_addresses())  # the laptop may have moved
        self.start_view.set_sessions(self.sessions.list_sessions())
        self.start_view.set_projector_kept(keep_projector)
        self._stack.setCurrentWidget(self.start_view)
        if not keep_projector:
            self.projector.set_language(None)  # between sessions: the windows' language
            self.projector.show_title(self.tr("Velkommen"))

    def clear_projector(self) -> None:
        """The closing slide of the last session comes down; the welcome goes up."""
        self.projector.set_blackout(False)
        self.projector.set_language(None)
        self.projector.show_title(self.tr("Velkommen"))
        self.start_view.set_projector_kept(False)

    def start_new(self, pack_ref: str, group: str, language: str) -> str | None:
        """A new session for ``group``: with a kit its pack follows the group's arm, and
        another pack or group needs a written reason (cancelled: no session)."""
        from belong_desktop.qt.kit_start import choose_start

        if not self.ready:
            return None
        self.start_view.show_error("")
        try:
            choice = choose_start(
                self.kits,
                self.catalog,
                self.dialogs,
                pack_ref,
                group,
                class_can_see=self.class_can_see,
            )
            if choice is None:
                self.start_view.show_error(
                    self.tr(
                        "Sessionen er ikke startet: en afvigelse fra kittet kræver en begrundelse."
                    )
                )
                return None
            session_id = self.sessions.create(
                choice.pack,
                group,
                language,
                placement=choice.placement,
                override_reason=choice.reason,
            )
            self._enter_session(session_id)
            self.sessions.start(session_id)
        except BelongError as error:
            self.start_view.show_error(describe(error))
            return None
        return session_id

    def resume(self, session_id: str) -> None:
        if not self.ready:
            return
        try:
            flow = self.sessions.flow(session_id)
            self._enter_session(session_id)
            if flow.state is SessionState.CREATED:
                self.sessions.start(session_id)
            else:
                self.sessions.resume(session_id)
        except BelongError as error:
            self.start_view.show_error(describe(error))

    # -- settings, export, privacy --------------------------------------------------------

    def show_settings(self) -> None:
        if self.settings is None or self.session_id is not None:
            return
        self.settings.refresh()
        self._stack.setCurrentWidget(self.settings_view)
        if self.appearance is not None:
            self.appearance.draw_preview()  # drawn when seen, not at every start
        self.settings_view.back_button.setFocus()

    def showing_settings(self) -> bool:
        return self._stack.currentWidget() is self.settings_view

    def set_screen_privacy(self, *, class_can_see: bool, shares_projector_screen: bool) -> None:
        """From the screen layout: whether the class sees (or may see) this window. The
        override question then names no pack or arm, and the review shows no text until
        the counsellor says the projector shows nothing."""
        self.class_can_see = class_can_see
        self.shares_projector_screen = shares_projector_screen
        if self.export_flow is not None:
            self.export_flow.set_shares_screen(shares_projector_screen)
        if shares_projector_screen and self.booklet_flow is not None:
            self.booklet_flow.cover()

    def apply_retention(self) -> None:
        """Delete the texts the retention setting says are due (once, at start-up)."""
        if self.export_flow is not None:
            self.export_flow.apply_retention()

    def _on_settings_back(self) -> None:
        self.refresh_start_view(
            keep_projector=self.start_view.projector_kept.isVisibleTo(self.start_view)
        )

    def _on_settings_kit_changed(self) -> None:
        self.start_view.set_kit(self.kits.current() if self.kits is not None else None)

    def _on_past_export_requested(self, session_id: str) -> None:
        if self.export_flow is not None:
            self.export_flow.export(session_id)

    def _on_past_booklet_requested(self, session_id: str) -> None:
        """The letters booklet's review screen, that session ticked (one screen at a time)."""
        from belong_desktop.qt.booklet_controller import open_booklet

        if self.booklet is None:
            return
        if self.booklet_flow is not None and self.booklet_flow.view.isVisible():
            self.booklet_flow.tick(session_id)
            self.booklet_flow.view.raise_()
            return
        self.booklet_flow = open_booklet(self.booklet, self.dialogs, self.tasks, self)
        self.booklet_flow.sig_said.connect(self._on_export_said)
        self.booklet_flow.open(session_id, guard=self.shares_projector_screen)

    def _on_past_delete_texts_requested(self, session_id: str) -> None:
        if self.export_flow is not None:
            self.export_flow.delete_texts(session_id)

    def _on_past_report_requested(self, session_id: str) -> None:
        if self.report_flow is not None:
            self.report_flow.report(self.sessions.record(session_id))

    def _on_export_sessions_changed(self) -> None:
        self.start_view.set_sessions(self.sessions.list_sessions())

    def _on_export_said(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _on_start_view_start_requested(self, pack_ref: str, group: str, language: str) -> None:
        self.start_new(pack_ref, group, language)

    def _on_start_view_resume_requested(self, session_id: str) -> None:
        self.resume(session_id)

    def _enter_session(self, session_id: str) -> None:
        self.session_id = session_id
        self._enable_session_keys(True)
        self.flow = self.sessions.flow(session_id)
        self.language = self.sessions.record(session_id).language
        self.projector.set_language(self.language)  # the class reads the session's words
        self.run_view.set_plan(self.flow.pack, self.language)
        self.run_view.note_status.clear()
        self.run_view.overrun.clear()
        self._revealed.clear()
        self._stack.setCurrentWidget(self.run_view)
        self.run_view.setFocus()  # not the note field: Space must mean "next"
        bind_host, port = self.start_view.network_choice()
        self.room.open(session_id, self.flow.pack, self.language, bind_host, port)

    # -- commands (keyboard, buttons, the demo driver) ---------------------------------

    def go_next(self) -> None:
        if self.session_id is None:
            return
        if self._back_to_the_step():
            return
        flow = self.flow
        if flow is not None and flow.step_index == len(flow.pack.steps) - 1:
            self._say(self.tr("Dette er sidste trin. Afslut sessionen med knappen nederst."))
            return
        self._move(self.sessions.next)

    def go_prev(self) -> None:
        if self.session_id is None:
            return
        if self._back_to_the_step():
            return
        if self.flow is not None and self.flow.step_index == 0:
            return
        self._move(self.sessions.prev)

    def _back_to_the_step(self) -> bool:
        """The first Space (or ←) on a black screen or the join slide shows the step the
        session is at, as PowerPoint does, instead of moving past it unseen."""
        flow = self.flow
        if self.session_id is None or flow is None or flow.step_index is None:
            return False
        if self.help.isVisible():
            return False
        if self.projector.blacked_out():
            self.toggle_blackout()
            return True
        if self.projector.showing_join():
            self._show_step_on_projector(flow.step_index)
            return True
        return False

    def _may_leave_writers(self) -> bool:
        """Leaving a writing step closes its unsent texts: say how many, and let the
        counsellor wait for them."""
        flow = self.flow
        if flow is None or flow.step_index is None:
            return True
        step = flow.pack.steps[flow.step_index]
        if not step.kind.collects_text:
            return True
        self.room.refresh()  # from memory: who is writing right now, not a second ago
        writing = self.room.counts.writing.get(step.id, 0) if self.room.counts else 0
        if not writing:
            return True
        question = self.tr(
            "%1 studerende har skrevet uden at sende endnu. Går du videre nu, gemmes deres "
            "tekst som ikke sendt. Vil du gå videre nu? (Nej: vent lidt på dem.)"
        ).replace("%1", str(writing))
        with self._dialog():
            return self.dialogs.confirm(self.tr("Nogle skriver stadig"), question)

    @contextmanager
    def _dialog(self) -> Iterator[None]:
        """A modal question is in front: a playing video pauses behind it, and plays on
        afterwards if the session is still at that video."""
        paused = self.video.pause()
        try:
            yield
        finally:
            if paused:
                self.video.resume()

    def toggle_blackout(self) -> None:
        """B: a black projector (the video pauses), and B again to come back."""
        black = not self.projector.blacked_out()
        if black:
            self.video.pause()
        self.projector.set_blackout(black)
        self.run_view.blackout.setVisible(black)

    def _move(self, command: Callable[[str], list[Event]]) -> None:
        if self.session_id is None or self.help.isVisible():
            return
        if not self._may_leave_writers():
            return
        self.video.leave()
        try:
            command(self.session_id)
        except BelongError as error:
            self._on_refused(error)

    def add_note(self) -> None:
        text = self.run_view.note_input.text().strip()
        if self.session_id is None or not text:
            return
        try:
            self.sessions.add_note(self.session_id, text)
        except BelongError as error:
            self._on_refused(error)
            return
        self.run_view.note_input.clear()
        self.run_view.setFocus()  # back to the session: Space and → move on again
        self._say(self.tr("Note gemt kl. %1").replace("%1", clock_now()))

    def end_session(self, note: str | None = None, *, ask: bool = True) -> bool:
        """End the session; asks for confirmation, and for a note when it ends early."""
        flow = self.flow
        if self.session_id is None or flow is None or flow.step_index is None:
            return False
        early = flow.step_index < len(flow.pack.steps) - 1
        if ask:
            question = self.tr("Vil du afslutte sessionen nu?")
            unsent = self.room.unsent_letters(flow.pack)
            if unsent:
                question += "\n\n" + self.tr(
                    "%1 breve er ikke sendt. De gemmes som ikke sendt og tæller ikke som svar."
                ).replace("%1", str(unsent))
            with self._dialog():
                if not self.dialogs.confirm(self.tr("Afslut session"), question):
                    return False
                if early and not note:
                    note = self.dialogs.ask_note(
                        self.tr("Afsluttet før tid"),
                        self.tr(
                            "Sessionen slutter før sidste trin. Skriv kort hvorfor (til loggen):"
                        ),
                        MAX_NOTE_LENGTH,
                    )
                    if not note:
                        return False
        self.video.leave()
        try:
            self.sessions.end(self.session_id, note)
        except BelongError as error:  # e.g. a note the core refuses: the session runs on
            self._on_refused(error)
            return False
        return True

    def toggle_join_on_projector(self) -> None:
        """J: the join slide on the projector, or back to the current step."""
        flow = self.flow
        info = self.room.join_info if flow is not None else None
        if info is None or flow is None:
            return
        if self.projector.showing_join() and flow.step_index is not None:
            self._show_step_on_projector(flow.step_index)
        else:
            self._show_join(info)

    def reset_devices(self, *, ask: bool = True) -> bool:
        """Every device starts over as a new participant (e.g. before the next group)."""
        if self.room.join_info is None:
            return False
        question = self.tr(
            "Alle enheder starter forfra som nye, anonyme deltagere. Det, der allerede "
            "er sendt, er gemt. Vil du nulstille?"
        )
        if ask:
            with self._dialog():
                if not self.dialogs.confirm(self.tr("Nulstil alle enheder"), question):
                    return False
        return self.room.reset_devices()

    def show_title_on_projector(self) -> None:
        if self.flow is not None:
            self.projector.show_title(self.flow.pack.title.get(self.language))

    def _on_end_clicked(self) -> None:
        self.end_session()

    def _on_join_panel_reset_requested(self) -> None:
        self.reset_devices()

    # -- events from the services ------------------------------------------------------

    def _on_bridge_event(self, event: Event) -> None:
        if event.session_id != self.session_id:
            return
        if isinstance(event, ParticipantJoined | AnswerSubmitted | DevicesReset):
            return  # many a second in a busy room: the class panel counts on its timer
        self.flow = self.sessions.flow(event.session_id)  # from memory, never the writer
        if isinstance(event, SessionEnded):
            self._leave_session()
            return
        if isinstance(event, SessionStarted | SessionResumed | StepChanged):
            self._show_step(event.step_index)
            if not isinstance(event, StepChanged) and self.room.join_info is not None:
                self._show_join(self.room.join_info)
        self.clock.follow(self.flow)

    def _show_step(self, index: int) -> None:
        assert self.flow is not None and self.session_id is not None
        steps = self.flow.pack.steps
        step = steps[index]
        rv = self.run_view
        rv.mark_current(index)
        rv.step_title.setText(f"{index + 1}/{len(steps)} · {step.headline(self.language)}")
        rv.notes.setPlainText(step.speaker_notes.get(self.language))
        rv.prev_button.setEnabled(index > 0)
        rv.next_button.setEnabled(index < len(steps) - 1)
        self._show_next_in_preview(index)
        self.room.refresh()  # the poll of the new step, if it has one
        self._show_step_on_projector(index)
        self.video.show(self.session_id, index, step, self.language)
        self.sig_step_shown.emit(index)

    def _show_next_in_preview(self, index: int) -> None:
        assert self.flow is not None
        steps = self.flow.pack.steps
        if index + 1 < len(steps):
            upcoming = steps[index + 1]
            self.preview.set_next(
                self.tr("Næste: %1/%2 · %3\n%4")
                .replace("%1", str(index + 2))
                .replace("%2", str(len(steps)))
                .replace("%3", kind_name(upcoming.kind))
                .replace("%4", upcoming.headline(self.language))
            )
        else:
            self.preview.set_next(self.tr("Dette er sidste trin."))

    def _show_step_on_projector(self, index: int) -> None:
        assert self.flow is not None
        step = self.flow.pack.steps[index]
        if step.kind is StepKind.POLL and step.poll is not None:
            revealed = step.id in self._revealed
            self.projector.show_poll(step, self.language, self.room.poll(), revealed)
        else:
            self.projector.show_step(step, self.language)
        self._update_join_button()
        self._update_reveal_button()

    def toggle_poll_result(self) -> None:
        """R: the poll's result on the projector (once enough answered), or hidden again."""
        flow, tally = self.flow, self.room.poll()
        if flow is None or flow.step_index is None or self.help.isVisible():
            return
        step = flow.pack.steps[flow.step_index]
        if step.kind is not StepKind.POLL:
            return
        if step.id in self._revealed:
            self._revealed.discard(step.id)
        elif tally is not None and tally.visible:
            self._revealed.add(step.id)
        else:
            return  # too few answers: nobody may stand out
        if not self.projector.showing_join():
            self._show_step_on_projector(flow.step_index)
        self._update_reveal_button()

    def _update_reveal_button(self) -> None:
        flow, tally, button = self.flow, self.room.poll(), self.run_view.reveal_button
        step = None
        if flow is not None and flow.step_index is not None:
            step = flow.pack.steps[flow.step_index]
        if step is None or step.kind is not StepKind.POLL or step.poll is None:
            button.hide()
            return
        button.show()
        if step.id in self._revealed:
            button.setText(self.tr("Skjul resultatet på lærredet (R)"))
            button.setEnabled(True)
        elif tally is not None and tally.visible:
            button.setText(self.tr("Vis resultatet på lærredet (R)"))
            button.setEnabled(True)
        else:
            answered = tally.total if tally is not None else 0
            button.setText(
                self.tr("Resultatet kan vises, når %1 har svaret (%2 indtil nu)")
                .replace("%1", str(step.poll.min_answers))
                .replace("%2", str(answered))
            )
            button.setEnabled(False)

    def _join_strip_text(self) -> str:
        info = self.room.join_info
        if info is None or not self.run_view.join_panel.strip_box.isChecked():
            return ""
        address = info.addresses[0].removeprefix("http://")
        join = self.projector.words(QT_TRANSLATE_NOOP("ProjectorWindow", "Deltag: %1 · kode %2"))
        return join.replace("%1", address).replace("%2", info.display_code)

    def _on_strip_box_toggled(self, _checked: bool) -> None:
        self.projector.set_join_strip(self._join_strip_text())

    def _show_join(self, info: JoinInfo) -> None:
        assert self.flow is not None
        self.projector.show_join(info, self.flow.pack.title.get(self.language))
        self._update_join_button()

    def _update_join_button(self) -> None:
        self.run_view.join_panel.set_showing_join(self.projector.showing_join())

    def _on_room_opened(self, info: JoinInfo) -> None:
        self.projector.set_join_strip(self._join_strip_text())
        if self.flow is not None:
            self._show_join(info)

    def _on_room_poll_changed(self) -> None:
        self._update_reveal_button()
        flow = self.flow
        if flow is None or flow.step_index is None or self.projector.showing_join():
            return
        if flow.pack.steps[flow.step_index].kind is StepKind.POLL:
            self._show_step_on_projector(flow.step_index)

    def _leave_session(self) -> None:
        session_id, flow = self.session_id, self.flow
        self.video.stop()
        self.clock.follow(None)
        self.room.close()
        self.projector.set_join_strip("")  # the session is over: nobody can join it now
        self.run_view.reveal_button.hide()
        self.session_id = None
        self.flow = None
        self._enable_session_keys(False)
        # The closing words (where to find support) stay up while the class leaves.
        closing = _closing_step(flow.pack) if flow is not None else None
        if closing is not None:
            self.projector.set_blackout(False)
            self.projector.show_step(closing, self.language)
        self.refresh_start_view(keep_projector=closing is not None)
        if session_id is not None:
            self.sig_session_closed.emit(session_id)

    # -- what the counsellor reads -----------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's own words again, in the language now installed (the views
        reword themselves): what is built from the session's state is built again from
        it; a passing line (a note saved) is cleared rather than left in the old words."""
        self.setWindowTitle(self.tr("belong-desktop"))
        if not self.ready:
            return
        self.video.retranslate()
        self.room.retranslate()
        self.run_view.note_status.clear()
        flow = self.flow
        if self.session_id is None or flow is None or flow.step_index is None:
            if not self.start_view.projector_kept.isVisibleTo(self.start_view):
                self.projector.show_title(self.tr("Velkommen"))
            return
        self._show_next_in_preview(flow.step_index)
        self.clock.refresh()
        self.room.refresh()
        if not self.projector.showing_join():
            self._show_step_on_projector(flow.step_index)
        self._update_reveal_button()
        self._on_strip_box_toggled(True)

    def _say(self, text: str) -> None:
        self.run_view.note_status.setText(text)

    def _on_refused(self, error: BelongError) -> None:
        self._say(describe(error))

    def _on_tasks_failed(self, error: BaseException) -> None:
        self.dialogs.tell(self.tr("Det lykkedes ikke"), describe(error))

    # -- keys and closing --------------------------------------------------------------

    def _on_escape(self) -> None:
        # Esc always leaves a text field (focusWidget: hasFocus needs an active window).
        if self.focusWidget() is self.run_view.note_input:
            self.run_view.setFocus()
        elif self.showing_settings():
            self._on_settings_back()
        elif self.help.isVisible():
            self.help.toggle()
        else:
            self.projector.leave_full_screen()

    def _on_note_shortcut(self) -> None:
        self.run_view.note_input.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session_id is not None:
            with self._dialog():
                choice = self.dialogs.ask_close()
            if choice is CloseChoice.CANCEL or (
                choice is CloseChoice.END and not self.end_session()
            ):
                event.ignore()
                return
            if choice is CloseChoice.LATER:
                self.video.leave()
        self._shutdown()
        event.accept()

    def _shutdown(self) -> None:
        if not self.ready:  # closed while the runtime was still opening
            self.tasks.wait()
            self.projector.close()
            return
        self.clock.follow(None)
        self.tasks.wait()  # a page still starting must not outlive the window
        self.room.shutdown()
        self.video.close()
        self.projector.close()


def _closing_step(pack: Pack) -> Step | None:
    """The pack's closing words (support contacts): the last ``closing`` step, if any."""
    return next((s for s in reversed(pack.steps) if s.kind is StepKind.CLOSING), None)
