"""The ``VideoPlayer`` interface the projector and control windows use; it imports no backend.

``VideoPlayer`` is a small QObject interface (load, play, pause, seek, restart, stop, close,
plus ``sig_*`` signals) that the libVLC backend (``vlc_player``) and the Qt Multimedia
backend (``qt_player``) implement, and ``backends.create_player`` chooses between. This
module is the leaf of the package: the backends import it, never the other way round.
Problems with a file never raise: they arrive as ``sig_error`` (the video cannot play) or
``sig_warning`` (it plays, e.g. without its broken subtitles) with a sentence from
``messages``, so the session goes on; a backend that cannot start at all raises
``VideoBackendUnavailable``, an error of the project's error model. Everything here lives
in and is called from the Qt GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from belong_desktop.core.errors import BelongError
from belong_desktop.core.subtitles import Cue, SubtitleError, load_srt
from belong_desktop.media.messages import (
    missing_file_message,
    no_such_file_reason,
    subtitle_problem_message,
)

__all__ = ["NO_AUDIO_ENV", "VideoBackendUnavailable", "VideoPlayer"]

#: ``1`` on a machine without a sound device: both backends then play without audio.
NO_AUDIO_ENV = "BELONG_NO_AUDIO"


class VideoBackendUnavailable(BelongError):
    """The video backend asked for cannot play here.

    Codes: ``video_backend_unavailable`` (libVLC, python-vlc or VLC's plugins are missing,
    or a VLC option is wrong; params ``backend`` and ``reason``) and
    ``unknown_video_backend`` (``BELONG_VIDEO_BACKEND`` or ``prefer`` names no backend;
    param ``backend``). Raised only when a backend was forced: the automatic choice falls
    back to Qt Multimedia instead.
    """

    default_code = "video_backend_unavailable"


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
        self.sig_error.emit(missing_file_message(self._source))
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
            reason = no_such_file_reason()
        except SubtitleError as error:
            reason = error.reason if error.line is None else f"{error.reason} (linje {error.line})"
        except OSError as error:
            reason = error.strerror or str(error)
        else:
            self._subtitles = path
            return cues
        self.sig_warning.emit(subtitle_problem_message(path, reason))
        return None
