"""The video player interface the projector and control windows use, and the choice of backend.

``VideoPlayer`` is a small QObject interface (load, play, pause, seek, restart, stop, close,
plus ``sig_*`` signals) with two backends: libVLC through python-vlc (preferred, because VLC
plays whatever a counsellor recorded) and Qt Multimedia (the fallback, so the session still
has video on a laptop without VLC). ``create_player`` picks one: libVLC when python-vlc
imports AND ``vlc.Instance(...)`` returns an instance (it returns None when VLC's plugins are
missing, e.g. in a frozen app without them), otherwise Qt Multimedia. ``prefer="vlc"`` or
``prefer="qt"`` forces a backend, as does the environment variable
``BELONG_VIDEO_BACKEND=vlc|qt`` (the argument wins over the variable); a forced backend that
cannot start raises ``VideoBackendUnavailable`` instead of silently playing with the other.
Automatic choice also takes Qt Multimedia on a Wayland session, where libVLC 3 cannot draw
into a Qt window. Problems with a file never raise: they arrive as ``sig_error`` (the video
cannot play) or ``sig_warning`` (it plays, e.g. without its broken subtitles), as short
Danish sentences wrapped in ``QCoreApplication.translate("VideoPlayer", …)``, so the session
goes on. Everything here lives in and is called from the Qt GUI thread.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from belong_desktop.core.subtitles import Cue, SubtitleError, load_srt
from belong_desktop.media._signals import emit

__all__ = [
    "BACKEND_ENV",
    "NO_AUDIO_ENV",
    "VideoBackendUnavailable",
    "VideoPlayer",
    "create_player",
]

log = logging.getLogger(__name__)

#: Environment variable forcing a backend: ``vlc`` or ``qt``.
BACKEND_ENV = "BELONG_VIDEO_BACKEND"
#: ``1`` on a machine without a sound device: both backends then play without audio.
NO_AUDIO_ENV = "BELONG_NO_AUDIO"


class VideoBackendUnavailable(RuntimeError):
    """A backend that cannot start here (libVLC or its plugins missing, a bad VLC option)."""


class VideoPlayer(QObject):
    """What the windows need from a video player, whichever library plays.

    Backends implement every method that raises NotImplementedError. Methods never raise
    for a bad or missing file: a counsellor in front of a class needs a message and the
    next step, not a traceback. ``sig_position_changed`` fires at least ~4 times a second
    while playing; ``sig_finished`` only when the video played to its end (fidelity data
    records it), not on ``stop()``.
    """

    sig_position_changed = Signal(float)  # seconds
    sig_duration_known = Signal(float)  # seconds
    sig_finished = Signal()
    sig_error = Signal(str)  # the video cannot play; a user-readable sentence
    sig_warning = Signal(str)  # it plays, but something is missing (e.g. the subtitles)
    sig_playing_changed = Signal(bool)

    #: Shown in the control window: which library plays the video.
    backend_name: str = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Why the preferred backend (libVLC) is not the one playing, when it is not.
        self.fallback_reason: str | None = None
        self._source: Path | None = None
        self._subtitles: Path | None = None
        # Release the media library while Qt still runs, not in destructors at exit.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # -- the interface ------------------------------------------------------------------

    def widget(self) -> QWidget:
        """The video surface (picture and subtitles) for the projector window to embed."""
        raise NotImplementedError

    def load(self, path: Path, subtitles: Path | None = None) -> None:
        """Open ``path`` (paused at the start) with exactly these subtitles, or none.

        A missing or unplayable file emits ``sig_error``; missing or broken subtitles emit
        ``sig_warning`` and the video plays without them.
        """
        raise NotImplementedError

    def play(self) -> None:
        """Start or resume; after the end, plays again from the start."""
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def seek(self, seconds: float) -> None:
        """Jump to ``seconds`` (clamped to the video), keeping the playing/paused state."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop and rewind; the loaded file stays loaded, so ``play()`` starts it again."""
        raise NotImplementedError

    def position(self) -> float:
        """The current position in seconds (0 when nothing is loaded)."""
        raise NotImplementedError

    def duration(self) -> float | None:
        """The length in seconds, or None while it is not known (yet)."""
        raise NotImplementedError

    def is_playing(self) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        """Stop and release the media library's resources; safe to call twice.

        The widget stays (black) and goes away with its Qt parent or with this player.
        """
        raise NotImplementedError

    # -- shared behaviour -----------------------------------------------------------------

    def toggle_pause(self) -> None:
        """One button for the counsellor: pause when playing, play otherwise."""
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def restart(self) -> None:
        """Play from the start, also after the video has ended."""
        self.stop()
        self.play()

    def source(self) -> Path | None:
        """The file loaded last (also when it failed to open), or None."""
        return self._source

    def subtitles(self) -> Path | None:
        """The subtitle file in use, or None (none chosen, or it could not be read)."""
        return self._subtitles

    # -- helpers for the backends -----------------------------------------------------------

    def _accept_source(self, path: Path) -> bool:
        """Remember ``path``; emit ``sig_error`` and return False when it is not a file."""
        self._source = Path(path)
        if self._source.is_file():
            return True
        emit(self.sig_error, missing_file_message(self._source))
        return False

    def _read_subtitles(self, subtitles: Path | None) -> list[Cue] | None:
        """Parse the chosen subtitles; on any problem warn and return None (no subtitles).

        Both backends validate with the same parser, so a file that shows in one backend
        shows in the other, and a broken file is reported rather than half-shown.
        """
        self._subtitles = None
        if subtitles is None:
            return None
        path = Path(subtitles)
        try:
            cues = load_srt(path)
        except FileNotFoundError:
            reason = QCoreApplication.translate("VideoPlayer", "filen findes ikke")
        except SubtitleError as error:
            reason = error.reason if error.line is None else f"{error.reason} (linje {error.line})"
        except OSError as error:
            reason = error.strerror or str(error)
        else:
            self._subtitles = path
            return cues
        emit(self.sig_warning, subtitle_problem_message(path, reason))
        return None


# -- user-facing messages (Danish source text, translatable) ---------------------------------


def missing_file_message(path: Path) -> str:
    text = QCoreApplication.translate(
        "VideoPlayer", "Videoen kunne ikke afspilles: {name} findes ikke"
    )
    return text.format(name=path.name)


def unplayable_message(path: Path) -> str:
    text = QCoreApplication.translate(
        "VideoPlayer",
        "Videoen kunne ikke afspilles: {name} er beskadiget eller i et format, "
        "der ikke kan afspilles",
    )
    return text.format(name=path.name)


def playback_failed_message(path: Path, detail: str) -> str:
    text = QCoreApplication.translate(
        "VideoPlayer", "Videoen kunne ikke afspilles: {name} ({detail})"
    )
    return text.format(name=path.name, detail=detail)


def subtitle_problem_message(path: Path, reason: str) -> str:
    text = QCoreApplication.translate(
        "VideoPlayer",
        "Underteksterne {name} kunne ikke indlæses ({reason}); videoen vises uden undertekster",
    )
    return text.format(name=path.name, reason=reason)


# -- choosing a backend --------------------------------------------------------------------------


def _requested_backend(prefer: str | None) -> str | None:
    choice = (prefer if prefer is not None else os.environ.get(BACKEND_ENV, "")).strip().lower()
    if choice in ("", "auto"):
        return None
    if choice not in ("vlc", "qt"):
        raise ValueError(f"unknown video backend {choice!r}: use 'vlc' or 'qt' ({BACKEND_ENV})")
    return choice


def _start_vlc(parent: QObject | None) -> VideoPlayer:
    """A libVLC player, or VideoBackendUnavailable saying why not."""
    try:
        from belong_desktop.media.vlc_player import VlcPlayer
    except Exception as error:  # python-vlc raises ImportError, OSError or NotImplementedError
        raise VideoBackendUnavailable(f"python-vlc/libVLC cannot be loaded: {error!r}") from error
    return VlcPlayer(parent)


def create_player(parent: QObject | None = None, prefer: str | None = None) -> VideoPlayer:
    """The best player this machine has: libVLC, else Qt Multimedia (see the module doc).

    ``prefer`` is ``"vlc"``, ``"qt"`` or None (then ``BELONG_VIDEO_BACKEND``, then automatic).
    """
    choice = _requested_backend(prefer)
    reason: str | None = None
    if choice != "qt":
        platform = QGuiApplication.platformName() if QGuiApplication.instance() else ""
        if choice is None and platform.startswith("wayland"):
            reason = "libVLC cannot draw into a Wayland window"
        else:
            try:
                return _start_vlc(parent)
            except VideoBackendUnavailable as error:
                if choice == "vlc":
                    raise
                reason = str(error)
        log.warning("video: not using libVLC (%s); playing with Qt Multimedia", reason)

    from belong_desktop.media.qt_player import QtPlayer

    player = QtPlayer(parent)
    player.fallback_reason = reason
    return player
