"""The peer video of the current step: playback on the projector, controls in the run view,
and how each showing ended in the session's fidelity log.

GUI thread only. The player is made the first time a video step is shown (libVLC or Qt
Multimedia, whatever the factory gives). A showing is logged once: finished when the
player reports the end, failed when it cannot play, stopped (with the second it reached)
when the counsellor leaves the step first; ``leave`` must be called before the session
moves on, because the log belongs to the step that is still current.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from belong_desktop.core.errors import BelongError
from belong_desktop.core.packs import Step, StepKind
from belong_desktop.core.session import VideoOutcome
from belong_desktop.core.timefmt import mmss
from belong_desktop.media.player import VideoPlayer
from belong_desktop.qt.messages import describe
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.run_view import RunView

if TYPE_CHECKING:
    from belong_desktop.services.sessions import SessionService

PlayerFactory = Callable[[QObject], VideoPlayer]


class VideoController(QObject):
    sig_refused = Signal(object)  # a BelongError from logging a showing

    def __init__(
        self,
        sessions: SessionService,
        view: RunView,
        projector: ProjectorWindow,
        player_factory: PlayerFactory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._view = view
        self._projector = projector
        self._factory = player_factory
        self.player: VideoPlayer | None = None
        self._session_id: str | None = None
        self._step: int | None = None  # the video step whose showing is not logged yet
        self._logged = False
        self._seeking = False
        self._said_finished = False  # "the video is over" shows (reworded on a new language)
        view.play_button.clicked.connect(self.toggle)
        view.restart_button.clicked.connect(self.restart)
        view.seek.sliderPressed.connect(self._on_seek_pressed)
        view.seek.sliderReleased.connect(self._on_seek_released)

    def show(self, session_id: str, index: int, step: Step, language: str) -> None:
        """Play the step's video from the start, or stop playback for another kind of step."""
        view = self._view
        view.video_box.setEnabled(step.kind is StepKind.VIDEO)
        view.video_message.clear()
        self._said_finished = False
        if step.kind is not StepKind.VIDEO or step.video is None:
            self._step = None
            if self.player is not None:
                self.player.stop()
            return
        self._session_id, self._step, self._logged = session_id, index, False
        try:
            player = self._ensure_player()
        except BelongError as error:  # no backend can play here: say why, log it, go on
            self._view.video_message.setText(describe(error))
            self._projector.show_video_problem()
            self._record(VideoOutcome.FAILED, 0.0, error.code)
            return
        self._projector.set_video_widget(player.widget())
        view.seek.setRange(0, 0)
        player.load(step.video.file, step.video.subtitles.get(language))
        player.play()

    def leave(self) -> None:
        """The session is about to move on: log where an unfinished video stopped."""
        if self._step is None or self.player is None:
            return
        if not self._logged:
            self._record(VideoOutcome.STOPPED, self.player.position())
        self._step = None
        self.player.stop()

    def toggle(self) -> None:
        if self.player is not None and self._step is not None:
            self.player.toggle_pause()

    def pause(self) -> bool:
        """Pause a playing video (a dialog or a black screen is in front); True if it was."""
        if self.player is not None and self._step is not None and self.player.is_playing():
            self.player.pause()
            return True
        return False

    def resume(self) -> None:
        """Play on after a pause, if a video step is still current."""
        if self.player is not None and self._step is not None and not self._logged:
            self.player.play()

    def restart(self) -> None:
        """Play the current video again from the start; its showing is logged anew."""
        if self.player is not None and self._step is not None:
            self._logged = False
            self.player.restart()

    def stop(self) -> None:
        self._step = None
        if self.player is not None:
            self.player.stop()

    def close(self) -> None:
        self._step = None
        if self.player is not None:
            self.player.close()
            self.player = None

    def retranslate(self) -> None:
        """The words this controller put on the run screen, in the language now installed."""
        player = self.player
        if player is not None:
            self._view.backend.setText(self.tr("Afspiller: %1").replace("%1", player.backend_name))
        # No player yet: the button offers a pause, as the run screen first said.
        self._on_player_playing_changed(player.is_playing() if player is not None else True)
        if self._said_finished:
            self._said_finished = True
            self._view.video_message.setText(self.tr("Videoen er slut. Tryk → for næste trin."))

    # -- the player's signals ------------------------------------------------------------

    def _ensure_player(self) -> VideoPlayer:
        if self.player is None:
            player = self._factory(self)
            player.sig_finished.connect(self._on_player_finished)
            player.sig_error.connect(self._on_player_error)
            player.sig_warning.connect(self._on_player_warning)
            player.sig_position_changed.connect(self._on_player_position_changed)
            player.sig_duration_known.connect(self._on_player_duration_known)
            player.sig_playing_changed.connect(self._on_player_playing_changed)
            self._view.backend.setText(self.tr("Afspiller: %1").replace("%1", player.backend_name))
            self.player = player
        return self.player

    def _record(self, outcome: VideoOutcome, position: float, detail: str = "") -> None:
        if self._session_id is None or self._step is None:
            return
        self._logged = True
        try:
            self._sessions.record_video(self._session_id, outcome, max(0.0, position), detail)
        except BelongError as error:  # e.g. the session ended meanwhile
            self.sig_refused.emit(error)

    def _on_player_finished(self) -> None:
        if self.player is not None and self._step is not None and not self._logged:
            self._record(VideoOutcome.FINISHED, self.player.duration() or self.player.position())
            self._said_finished = True
            self._view.video_message.setText(self.tr("Videoen er slut. Tryk → for næste trin."))

    def _on_player_error(self, message: str) -> None:
        self._said_finished = False
        self._view.video_message.setText(message)
        self._projector.show_video_problem()
        if self._step is not None and not self._logged:
            self._record(VideoOutcome.FAILED, 0.0, message)

    def _on_player_warning(self, message: str) -> None:
        self._view.video_message.setText(message)

    def _on_player_position_changed(self, seconds: float) -> None:
        if not self._seeking:
            self._view.seek.setValue(int(seconds))
        total = self.player.duration() if self.player is not None else None
        self._view.video_time.setText(f"{mmss(seconds)} / {mmss(total or 0)}")

    def _on_player_duration_known(self, seconds: float) -> None:
        self._view.seek.setRange(0, max(0, int(seconds)))

    def _on_player_playing_changed(self, playing: bool) -> None:
        self._view.play_button.setText(self.tr("Pause (P)") if playing else self.tr("Afspil (P)"))

    def _on_seek_pressed(self) -> None:
        self._seeking = True

    def _on_seek_released(self) -> None:
        self._seeking = False
        if self.player is not None:
            self.player.seek(float(self._view.seek.value()))
