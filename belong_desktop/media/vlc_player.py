"""The libVLC backend of ``VideoPlayer`` (python-vlc), drawing into a native Qt widget.

Preferred because VLC plays whatever a counsellor recorded and draws the chosen subtitles
itself. Everything here runs in the Qt GUI thread except ``_forward_vlc_event``, which
libVLC calls on its own threads: libVLC is not re-entrant, so that callback never calls
libVLC (nor logs, which would register a Python thread); it only emits a Qt signal with a
queued connection, and the GUI thread acts on it. The position is polled with a QTimer.
Instance options: VLC's subtitle auto-loading is off (subtitles are chosen explicitly with
``:sub-file=``), no title or OSD on the projector, ``--vout=dummy`` when Qt has no real
windows (offscreen tests), ``--aout=dummy`` when ``BELONG_NO_AUDIO=1``, and extra options
from ``BELONG_VLC_ARGS`` (shell syntax; a bad option makes ``vlc.Instance`` return None,
reported as ``VideoBackendUnavailable``).
"""

from __future__ import annotations

import os
import shlex
import sys
import time
from pathlib import Path

import vlc  # type: ignore[import-untyped]
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QWidget

from belong_desktop.media.messages import (
    playback_failed_message,
    unplayable_message,
    vlc_error_detail,
)
from belong_desktop.media.player import NO_AUDIO_ENV, VideoBackendUnavailable, VideoPlayer

__all__ = ["VlcPlayer", "VlcVideoSurface", "vlc_instance_args"]

#: Always on: explicit subtitles only, nothing but the video on the projector, and big,
#: boxed subtitles that can be read from the back of a classroom.
BASE_ARGS = (
    "--no-sub-autodetect-file",
    "--no-video-title-show",
    "--no-osd",
    "--quiet",
    "--no-snapshot-preview",
    "--freetype-rel-fontsize=13",  # between normal and small: two lines per cue, at the bottom
    # (VLC: 20 smaller … 12 normal … 6 larger; "large" wrapped a cue over half the picture)
    "--freetype-outline-thickness=4",
    "--freetype-background-opacity=150",
)
EXTRA_ARGS_ENV = "BELONG_VLC_ARGS"
POLL_MS = 100
#: How far the reported position may run ahead of libVLC's coarse clock (it ticks in
#: steps of up to half a second) before waiting for the next tick.
MAX_EXTRAPOLATION = 0.6
#: A tick up to this far behind the reported position holds the clock rather than moving
#: it back: it is libVLC's coarse clock catching up with the extrapolation (only a seek,
#: a stop or a new file moves the clock back, and they set it directly).
MAX_HOLD_BACK = MAX_EXTRAPOLATION + 0.1

_E = vlc.EventType
_FORWARDED = (
    _E.MediaPlayerESAdded,
    _E.MediaPlayerLengthChanged,
    _E.MediaPlayerPlaying,
    _E.MediaPlayerEndReached,
    _E.MediaPlayerEncounteredError,
)
_ACTIVE = (vlc.State.Playing, vlc.State.Paused)


def vlc_instance_args(platform: str | None = None) -> list[str]:
    """The libVLC options for this machine and Qt platform plugin (``QGuiApplication``'s)."""
    platform = QGuiApplication.platformName() if platform is None else platform
    args = list(BASE_ARGS)
    if sys.platform.startswith("linux"):
        args.append("--no-xlib")  # Qt owns Xlib; VLC must not call XInitThreads behind it
    if platform in ("offscreen", "minimal"):
        args.append("--vout=dummy")  # no window to draw into; otherwise VLC opens its own
    if os.environ.get(NO_AUDIO_ENV) == "1":
        args.append("--aout=dummy")
    args += shlex.split(os.environ.get(EXTRA_ARGS_ENV, ""))
    return args


class VlcVideoSurface(QFrame):
    """A black native window for libVLC to draw into (it needs a real window id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        # Only this widget needs a native window; native ancestors slow Qt down.
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setMinimumSize(160, 90)


class _VlcEvents(QObject):
    """Carries libVLC events from VLC's threads to the GUI thread (queued connection)."""

    sig_event = Signal(int, int, float)  # load generation, vlc.EventType value, payload


class VlcPlayer(VideoPlayer):
    """``VideoPlayer`` on libVLC; see the module docstring for the threading rules."""

    backend_name = "libVLC"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._platform = QGuiApplication.platformName()
        args = vlc_instance_args(self._platform)
        instance = vlc.Instance(args)
        if instance is None:
            reason = (
                "vlc.Instance() returned None: VLC's plugins are missing "
                f"or an option is wrong ({' '.join(args)})"
            )
            raise VideoBackendUnavailable(reason, backend="vlc", reason=reason)
        self._instance: vlc.Instance = instance
        self._player: vlc.MediaPlayer = instance.media_player_new()
        self._player.video_set_mouse_input(False)  # let clicks reach the Qt window
        self._player.video_set_key_input(False)
        self._media: vlc.Media | None = None
        self._surface = VlcVideoSurface()
        self._closed = False
        self._playing = False
        self._duration: float | None = None
        self._position = 0.0
        self._last_emitted = -1.0
        self._raw_ms = -1  # libVLC's last get_time() and when it changed
        self._raw_at = 0.0
        self._stale_raw_ms: int | None = None  # get_time() at a seek, until libVLC catches up
        self._pending_seek: float | None = None
        self._has_streams = False
        # Bumped on every load, so events of the previous file arriving late are dropped.
        self._generation = 0

        self._events = _VlcEvents(self)
        self._events.sig_event.connect(self._on_vlc_event, Qt.ConnectionType.QueuedConnection)
        manager = self._player.event_manager()
        for event_type in _FORWARDED:
            manager.event_attach(event_type, self._forward_vlc_event)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)

    # -- VLC's threads ---------------------------------------------------------------------

    def _forward_vlc_event(self, event: vlc.Event) -> None:
        """Runs on a libVLC thread: no libVLC calls, no logging, only a queued emit."""
        payload = float(event.u.new_length) if event.type == _E.MediaPlayerLengthChanged else 0.0
        self._events.sig_event.emit(self._generation, int(event.type.value), payload)

    # -- the interface ------------------------------------------------------------------------

    def widget(self) -> QWidget:
        return self._surface

    def load(self, path: Path, subtitles: Path | None = None) -> None:
        if self._closed:
            return
        self._generation += 1
        self._player.stop()
        self._set_playing(False)
        if self._media is not None:
            self._media.release()
            self._media = None
        self._duration = None
        self._pending_seek = None
        self._has_streams = False
        self._set_position(0.0)
        if not self._accept_source(path):
            return
        self._read_subtitles(subtitles)
        media = self._instance.media_new_path(str(self._source))
        if self._subtitles is not None:
            media.add_option(f":sub-file={self._subtitles}")
            media.add_option(":subsdec-encoding=UTF-8")
        self._media = media
        self._player.set_media(media)

    def play(self) -> None:
        if self._closed or self._media is None:
            return
        state = self._player.get_state()
        if state not in _ACTIVE:
            self._embed()  # the window id can change when the projector re-parents the widget
        if self._player.play() == -1:
            self._fail(unplayable_message(self._source or Path()))
            return
        if state == vlc.State.Paused:
            # Extrapolate from now: the last tick is from before the pause (a jump ahead).
            self._raw_at = time.monotonic()
        self._set_playing(True)
        self._poll.start()

    def pause(self) -> None:
        if self._closed or not self._playing:
            return
        # Where the counsellor saw it, not libVLC's coarse last tick (a step back).
        position = self._current_position()
        self._player.set_pause(1)
        self._set_playing(False)
        self._set_position(position)

    def seek(self, seconds: float) -> None:
        if self._closed or self._media is None:
            return
        target = max(0.0, seconds)
        if self._duration is not None:
            target = min(target, self._duration)
        if self._player.get_state() in _ACTIVE:
            self._stale_raw_ms = self._player.get_time()
            self._player.set_time(int(target * 1000))
        else:  # libVLC cannot seek a stopped player: apply it once playback runs
            self._pending_seek = target
        self._raw_ms, self._raw_at = int(target * 1000), time.monotonic()
        self._set_position(target)

    def stop(self) -> None:
        if self._closed:
            return
        self._player.stop()
        self._pending_seek = None
        self._set_playing(False)
        self._set_position(0.0)

    def position(self) -> float:
        if self._playing:
            return self._current_position()
        return self._position

    def duration(self) -> float | None:
        return self._duration

    def is_playing(self) -> bool:
        return self._playing

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._poll.stop()
        manager = self._player.event_manager()
        for event_type in _FORWARDED:
            manager.event_detach(event_type)  # after this, no callback can reach Python
        self._player.stop()
        self._player.release()
        if self._media is not None:
            self._media.release()
            self._media = None
        self._instance.release()
        self._set_playing(False)

    # -- GUI thread: events and polling --------------------------------------------------------

    def _on_vlc_event(self, generation: int, kind: int, payload: float) -> None:
        if self._closed or generation != self._generation:
            return
        if kind == _E.MediaPlayerESAdded.value:
            self._has_streams = True
        elif kind == _E.MediaPlayerLengthChanged.value:
            if payload > 0 and self._duration != payload / 1000:
                self._duration = payload / 1000
                self.sig_duration_known.emit(self._duration)
        elif kind == _E.MediaPlayerPlaying.value:
            if self._pending_seek is not None:
                self._stale_raw_ms = self._player.get_time()
                self._player.set_time(int(self._pending_seek * 1000))
                self._pending_seek = None
        elif kind == _E.MediaPlayerEndReached.value:
            self._on_end_reached()
        elif kind == _E.MediaPlayerEncounteredError.value:
            source = self._source or Path()
            if self._has_streams:
                self._fail(playback_failed_message(source, vlc_error_detail()))
            else:
                self._fail(unplayable_message(source))

    def _on_end_reached(self) -> None:
        # libVLC reports a file it cannot open as an immediate end without any stream.
        if not self._has_streams:
            self._fail(unplayable_message(self._source or Path()))
            return
        # An ended libVLC player can neither seek nor restart: stop() re-arms it.
        self._player.stop()
        self._pending_seek = None
        self._set_playing(False)
        end = self._duration if self._duration is not None else self._position
        self._set_position(end)
        self.sig_finished.emit()

    def _on_poll_timeout(self) -> None:
        if self._closed or not self._playing:
            self._poll.stop()
            return
        self._set_position(self._current_position())

    # -- helpers ---------------------------------------------------------------------------------

    def _current_position(self) -> float:
        """libVLC's clock, moved on smoothly between its coarse ticks while playing."""
        if self._pending_seek is not None:
            return self._pending_seek  # playback is starting; it will jump there
        if self._player.get_state() not in _ACTIVE:
            return self._position
        raw: int = self._player.get_time()
        now = time.monotonic()
        if raw < 0:
            return self._position
        if self._stale_raw_ms is not None:
            if raw == self._stale_raw_ms:  # the seek is not applied yet
                raw = self._raw_ms
            else:
                self._stale_raw_ms = None
        if raw != self._raw_ms:
            self._raw_ms, self._raw_at = raw, now
        seconds = raw / 1000
        if self._playing:
            seconds += min(now - self._raw_at, MAX_EXTRAPOLATION)
            # A new tick behind the extrapolation must not step the clock back.
            if self._position - MAX_HOLD_BACK < seconds < self._position:
                seconds = self._position
        if self._duration is not None:
            seconds = min(seconds, self._duration)
        return seconds

    def _set_position(self, seconds: float) -> None:
        self._position = seconds
        if seconds != self._last_emitted:
            self._last_emitted = seconds
            self.sig_position_changed.emit(seconds)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.sig_playing_changed.emit(playing)

    def _fail(self, message: str) -> None:
        self._player.stop()
        self._pending_seek = None
        self._set_playing(False)
        self.sig_error.emit(message)

    def _embed(self) -> None:
        """Hand libVLC the widget's native window (before play: it binds at video start)."""
        if self._platform in ("offscreen", "minimal"):
            return  # no real window; the instance uses --vout=dummy
        window = int(self._surface.winId())
        if sys.platform == "win32":
            self._player.set_hwnd(window)
        elif sys.platform == "darwin":
            self._player.set_nsobject(window)
        else:
            self._player.set_xwindow(window)
