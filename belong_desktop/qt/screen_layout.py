"""Where the windows go, for the screens there are: the class never sees notes, the pack
or the arm, with one screen or a mirrored projector.

GUI thread. ``ScreenLayout`` follows the ``ScreenWatcher`` and the session and places
the windows for the layout ``core.screens`` picks:

- presenter (a separate screen): the control window on the laptop, the projector full
  screen on the other screen;
- shared (one screen, or mirrored): the control window is covered by ``SharedCover``
  (the start form names no pack; during a session a quiet page), and once a session
  runs the projector is full screen on the shared picture with ``ControlStrip`` above it;
- private (asked for, on a shared screen, e.g. rehearsing at the desk): the full control
  window and the projector as a normal window, as before this layout existed.

Any change of the screens forgets a private wish and re-places the windows at once; the
session itself is never touched, so nothing of it is lost or restarted. The layout
holds the windows; they hold nothing of it (signals only), so no reference cycle runs
through a window.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from belong_desktop.core.packs import Arm
from belong_desktop.core.screens import Layout, LayoutChoice, Screen, ScreenSetup, SetupKind
from belong_desktop.qt.control_strip import ControlStrip
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.screens import ScreenWatcher, find_qscreen, rect_of
from belong_desktop.qt.shared_cover import PackOption, SharedCover

TICK_MS = 500
NOTICE_MS = 15_000  # how long a notice stays in the control window's status bar


class Phase(enum.Enum):
    IDLE = "idle"  # the start screen
    RUNNING = "running"  # a session is on
    ENDED = "ended"  # a session ended on a shared screen: its closing slide stays up


class ScreenBadge(QWidget):
    """The control window's status bar says which screens it sees (presenter and private
    layouts); in the private one it offers the way back to the safe layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.shared_button = QPushButton(self)
        self.shared_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.shared_button.setAutoDefault(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.shared_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Its button's words; the line is the layout's (``ScreenLayout._update_badge``)."""
        self.shared_button.setText(self.tr("Klassevisning"))
        tip = self.tr("Skjul noter og pakke: klassen kan se skærmen")
        self.shared_button.setToolTip(tip)
        self.shared_button.setAccessibleDescription(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ScreenLayout(QObject):
    def __init__(
        self,
        window: ControlWindow,
        projector: ProjectorWindow,
        watcher: ScreenWatcher,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._projector = projector
        self.choice = LayoutChoice(watcher.setup())
        self.phase = Phase.IDLE
        self.strip = ControlStrip()
        self.cover = SharedCover(window)
        self.badge = ScreenBadge(window.statusBar())
        window.statusBar().addPermanentWidget(self.badge)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)

        watcher.sig_changed.connect(self._on_watcher_changed)
        window.sig_step_shown.connect(self._on_window_step_shown)
        window.sig_session_closed.connect(self._on_window_session_closed)
        self.strip.sig_prev.connect(window.go_prev)
        self.strip.sig_next.connect(window.go_next)
        self.strip.sig_join.connect(window.toggle_join_on_projector)
        self.strip.sig_end.connect(self._on_strip_end)
        self.strip.sig_private.connect(self.ask_private)
        self.strip.sig_home.connect(self._on_strip_home)
        self.cover.sig_start_requested.connect(self._on_cover_start_requested)
        self.cover.sig_resume_requested.connect(self._on_cover_resume_requested)
        self.cover.sig_private_requested.connect(self.ask_private)
        self.cover.sig_retranslated.connect(self._on_cover_retranslated)
        self.badge.shared_button.clicked.connect(self._on_badge_shared_clicked)

    @property
    def layout(self) -> Layout:
        return self.choice.layout

    @property
    def setup(self) -> ScreenSetup:
        return self.choice.setup

    def show_windows(self) -> None:
        """The first placement, at start-up: nothing private is shown even for a moment."""
        self.apply()
        if self.layout is not Layout.SHARED or self.phase is Phase.IDLE:
            self._window.raise_()
            self._window.activateWindow()

    def want(self, layout: Layout) -> Layout:
        self.choice.want(layout)
        self.apply()
        return self.layout

    def ask_private(self) -> None:
        """The full control window on a shared screen, only once the counsellor says the
        class cannot see it."""
        if self.layout is not Layout.SHARED:
            return
        if self._window.dialogs.confirm(
            self.tr("Vis det fulde vindue"),
            self.tr(
                "Noter, pakke og alt andet i vinduet bliver synligt på denne skærm. "
                "Gør det kun, når klassen ikke kan se skærmen, fx når du forbereder dig. "
                "Vis det fulde vindue?"
            ),
        ):
            self.want(Layout.PRIVATE)

    def close(self) -> None:
        self._tick.stop()
        self.strip.close()

    # -- placing the windows -----------------------------------------------------------

    def apply(self) -> None:
        layout = self.layout
        self._window.set_screen_privacy(
            class_can_see=layout is Layout.SHARED, shares_projector_screen=self.setup.shared
        )
        if layout is Layout.PRESENTER:
            self._apply_presenter()
        elif layout is Layout.PRIVATE:
            self._apply_private()
        else:
            self._apply_shared()
        self._update_badge()

    def _apply_presenter(self) -> None:
        self._uncover()
        setup = self.setup
        window = self._window
        if setup.control is not None and setup.projector is not None:
            projector_rect = rect_of(setup.projector)
            if projector_rect.contains(window.frameGeometry().center()):
                control = rect_of(setup.control)
                window.move(control.center() - window.rect().center())
        window.show()
        if setup.projector is not None:
            self._full_screen(self._projector, setup.projector)

    def _apply_private(self) -> None:
        self._uncover()
        if self._projector.isFullScreen():
            self._projector.showNormal()
        self._projector.show()
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def _apply_shared(self) -> None:
        window, projector, setup = self._window, self._projector, self.setup
        self._cover()
        window.show()
        if self.phase is Phase.IDLE:
            self._tick.stop()
            self.strip.hide()
            projector.hide()
            # Until the runtime is open (a moment after start-up) there is nothing to start.
            self.cover.setEnabled(window.ready)
            if window.ready:
                self.cover.set_packs(PackOption.of(p) for p in window.catalog.packs())
                self.cover.set_kit_packs(self._kit_packs())
                self.cover.set_sessions(window.sessions.list_sessions())
            self._word_cover()
            window.raise_()
            self.cover.focus_first()
            return
        self._word_cover()
        if self.phase is Phase.RUNNING:
            self.strip.show_running()
            self._tick.start()
            self._on_tick_timeout()
        else:
            self._tick.stop()
            self.strip.show_ended()
        area = self._strip_area()
        if setup.projector is not None:
            self._full_screen(projector, setup.projector)
        else:
            projector.showFullScreen()
        projector.raise_()
        projector.activateWindow()  # keys reach the session's shortcuts from there
        self.strip.place_on(area)
        self.strip.show()
        self.strip.raise_()

    def _kit_packs(self) -> dict[str, PackOption]:
        """With a trial kit: each of its groups' pack, for the cover to choose unseen."""
        kits = self._window.kits
        kit = kits.current() if kits is not None else None
        if kit is None:
            return {}
        by_version = {(p.id, p.version): PackOption.of(p) for p in self._window.catalog.packs()}
        found: dict[str, PackOption] = {}
        for group in kit.groups:
            wanted = kit.packs.get(group.arm)
            option = by_version.get((wanted.pack_id, wanted.version)) if wanted else None
            if option is not None:
                found[group.code.casefold()] = option
        return found

    def _cover(self) -> None:
        """The control window shows nothing but the cover, and nothing under it can take
        the keyboard (a hidden field must never receive typing)."""
        central = self._window.centralWidget()
        if central is not None:
            central.setEnabled(False)
        self.cover.cover()

    def _uncover(self) -> None:
        self._tick.stop()
        self.strip.hide()
        self.cover.hide()
        central = self._window.centralWidget()
        if central is not None:
            central.setEnabled(True)

    @staticmethod
    def _full_screen(widget: QWidget, screen: Screen) -> None:
        rect = rect_of(screen)
        if widget.isVisible() and widget.isFullScreen() and widget.geometry() == rect:
            return
        if widget.isFullScreen():
            widget.showNormal()
        qscreen = find_qscreen(screen)
        if qscreen is not None:
            widget.setScreen(qscreen)
        widget.setGeometry(rect)
        widget.showFullScreen()

    # -- words -------------------------------------------------------------------------

    def describe_setup(self, setup: ScreenSetup) -> str:
        """Which screens the app sees, said before "Start"."""
        if setup.kind is SetupKind.SEPARATE:
            name = setup.projector.name if setup.projector is not None else ""
            return self.tr(
                "To skærme: klassen ser projektoren på »%1«, og noterne bliver på din skærm."
            ).replace("%1", name)
        if setup.kind is SetupKind.MIRRORED:
            return self.tr(
                "Spejlet skærm: klassen ser det samme som dig. Derfor vises hverken noter "
                "eller pakke her, og under sessionen styrer du fra en lille bjælke."
            )
        return self.tr(
            "Én skærm: vises den på lærredet, ser klassen det samme som dig. Derfor vises "
            "hverken noter eller pakke her, og under sessionen styrer du fra en lille bjælke."
        )

    def _word_cover(self) -> None:
        """What the cover says for the phase (again after a language change)."""
        if self.phase is Phase.IDLE:
            self.cover.show_start(self.describe_setup(self.setup))
        elif self.phase is Phase.RUNNING:
            self.cover.show_busy(
                self.tr("Sessionen vises på projektoren"),
                self.tr(
                    "Styr timen med bjælken øverst eller med tasterne: mellemrum eller → "
                    "frem, ← tilbage, J for QR-koden."
                ),
            )
        else:
            self.cover.show_busy(
                self.tr("Sessionen er afsluttet"),
                self.tr("Afslutningen vises stadig. »Til startskærmen« i bjælken fører tilbage."),
            )

    def _on_cover_retranslated(self) -> None:
        """The language changed: the layout's own lines, in the new words."""
        if self.layout is Layout.SHARED:
            self._word_cover()
        self._update_badge()

    def _update_badge(self) -> None:
        layout, setup = self.layout, self.setup
        self.badge.setVisible(layout is not Layout.SHARED)
        self.badge.shared_button.setVisible(layout is Layout.PRIVATE)
        if layout is Layout.PRESENTER:
            name = setup.projector.name if setup.projector is not None else ""
            self.badge.label.setText(self.tr("To skærme · projektor: %1").replace("%1", name))
        elif layout is Layout.PRIVATE:
            self.badge.label.setText(
                self.tr("Privat visning: klassen må ikke kunne se denne skærm")
            )

    def _notice_presenter(self) -> str:
        name = self.setup.projector.name if self.setup.projector is not None else ""
        return self.tr(
            "Projektoren er fundet på »%1«. Den viser kun klassens billede; noterne er "
            "tilbage på din skærm."
        ).replace("%1", name)

    def _notice_shared(self) -> str:
        if self.setup.kind is SetupKind.MIRRORED:
            return self.tr(
                "Skærmen spejles nu. Klassevisning er slået til: noter og pakke er skjult, "
                "og timen fortsætter."
            )
        return self.tr(
            "Der er nu kun én skærm. Klassevisning er slået til: noter og pakke er skjult, "
            "og timen fortsætter."
        )

    # -- events ------------------------------------------------------------------------

    def _on_watcher_changed(self, setup: ScreenSetup) -> None:
        before = self.layout
        self.choice.screens_changed(setup)
        self.apply()
        after = self.layout
        if after is Layout.SHARED:
            if before is not Layout.SHARED or self.strip.message.isVisible():
                self._say_on_strip(self._notice_shared())  # said for the screens as they are now
        elif after is Layout.PRESENTER and before is not Layout.PRESENTER:
            self._window.statusBar().showMessage(self._notice_presenter(), NOTICE_MS)

    def _say_on_strip(self, text: str) -> None:
        self.strip.say(text)
        if self.strip.isVisible():
            self.strip.place_on(self._strip_area())

    def _strip_area(self) -> QRect:
        projector = self.setup.projector
        return rect_of(projector) if projector is not None else self._window.geometry()

    def _on_window_step_shown(self, _index: int) -> None:
        if self._window.session_id is None:
            return
        if self.phase is not Phase.RUNNING:
            self.phase = Phase.RUNNING
            self.strip.say("")
            self.apply()
            return
        if self.strip.message.isVisible():
            self._say_on_strip("")  # the counsellor moved on: the notice has been seen
        self._on_tick_timeout()

    def _on_window_session_closed(self, _session_id: str) -> None:
        self.phase = Phase.ENDED if self.layout is Layout.SHARED else Phase.IDLE
        self.apply()

    def _on_strip_end(self) -> None:
        self._window.end_session()  # asks first; the answer may be "no"
        if self.phase is Phase.RUNNING and self.layout is Layout.SHARED:
            self.apply()  # the projector back on top of wherever the question was asked

    def _on_strip_home(self) -> None:
        self.phase = Phase.IDLE
        self.strip.say("")
        self.apply()

    def _on_cover_start_requested(self, folder: str, group: str, language: str) -> None:
        self.cover.show_error("")
        if self._window.start_new(folder, group, language) is None:
            self.cover.show_error(
                self._safe_refusal(
                    self.tr(
                        "Sessionen kunne ikke startes. Forklaringen står i det fulde "
                        "vindue; åbn det, når klassen ikke ser med."
                    )
                )
            )

    def _on_cover_resume_requested(self, session_id: str) -> None:
        self.cover.show_error("")
        self._window.resume(session_id)
        if self._window.session_id != session_id:
            self.cover.show_error(
                self._safe_refusal(
                    self.tr(
                        "Sessionen kunne ikke genoptages. Forklaringen står i det fulde "
                        "vindue; åbn det, når klassen ikke ser med."
                    )
                )
            )

    def _safe_refusal(self, otherwise: str) -> str:
        """The start screen's own sentence (e.g. about the group code) when it names no
        pack, folder or arm; ``otherwise`` when it does."""
        said = self._window.start_view.error.text()
        if not said:
            return otherwise
        private = {arm.value for arm in Arm}
        for pack in self._window.catalog.packs():
            private |= {pack.id, pack.folder.name, str(pack.folder), pack.arm.value}
        lowered = said.casefold()
        if any(word.casefold() in lowered for word in private if word):
            return otherwise
        return said

    def _on_badge_shared_clicked(self) -> None:
        self.want(Layout.SHARED)

    def _on_tick_timeout(self) -> None:
        flow = self._window.flow
        if flow is None or flow.step_index is None or flow.started_at is None:
            return
        elapsed = flow.elapsed_seconds(self._window.sessions.now())
        self.strip.set_progress(flow.step_index, len(flow.pack.steps), elapsed)
