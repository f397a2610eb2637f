"""The Qt Multimedia backend of ``VideoPlayer``: the fallback when libVLC is missing.

QMediaPlayer plays into a QGraphicsVideoItem inside a QGraphicsView; the view also holds a
subtitle item, because Qt Multimedia does not load external .srt files: the cues come from
``core.subtitles`` and follow the player's position. The subtitles are drawn large, white,
on a semi-transparent dark box and scaled with the view, so they can be read from the back
of a classroom. A QGraphicsView (not QVideoWidget) also renders with ``grab()`` offscreen.
Everything here lives in and is called from the Qt GUI thread; QMediaPlayer's decoding
threads are its own and only reach us through its signals.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QEvent,
    QGenericArgumentHolder,
    QMetaObject,
    QObject,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from belong_desktop.core.subtitles import Cue, cue_at, plain_text
from belong_desktop.media.messages import (
    missing_file_message,
    playback_failed_message,
    unplayable_message,
)
from belong_desktop.media.player import NO_AUDIO_ENV, VideoPlayer

__all__ = ["QtPlayer", "QtVideoView", "SubtitleItem"]

_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)


class SubtitleItem(QGraphicsItem):
    """One subtitle at the bottom of an area: white text on a rounded, dark, see-through box."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._area = QRectF()
        self._font = QFont()
        self._font.setBold(True)
        self._box = QRectF()
        self.setZValue(1)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._relayout()

    def set_area(self, area: QRectF) -> None:
        """The rectangle the subtitle is placed in; the font scales with its height."""
        self._area = QRectF(area)
        self._relayout()

    def _relayout(self) -> None:
        self.prepareGeometryChange()
        if not self._text or self._area.isEmpty():
            self._box = QRectF()
            return
        height = self._area.height()
        # About 14 lines of text fit the picture: readable from the back of a room.
        self._font.setPixelSize(max(12, round(height / 14)))
        metrics = QFontMetricsF(self._font)
        pad = metrics.height() * 0.35
        max_width = self._area.width() * 0.9 - 2 * pad
        bounds = QRectF(0, 0, max_width, 10 * height)
        text_rect = metrics.boundingRect(bounds, _TEXT_FLAGS, self._text)
        width = text_rect.width() + 2 * pad
        box_height = text_rect.height() + 2 * pad
        left = self._area.left() + (self._area.width() - width) / 2
        top = self._area.bottom() - height * 0.05 - box_height
        self._box = QRectF(left, top, width, box_height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._box.adjusted(-2, -2, 4, 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._box.isEmpty():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(0, 0, 0, 170)))
        radius = self._box.height() * 0.12
        painter.drawRoundedRect(self._box, radius, radius)
        painter.setFont(self._font)
        pad = QFontMetricsF(self._font).height() * 0.35
        text_rect = self._box.adjusted(pad, pad, -pad, -pad)
        shadow = max(1.0, self._font.pixelSize() / 16)
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(text_rect.translated(shadow, shadow), _TEXT_FLAGS, self._text)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(text_rect, _TEXT_FLAGS, self._text)
        painter.restore()


class QtVideoView(QGraphicsView):
    """The Qt backend's video surface: the picture, letterboxed on black, and the subtitle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.video_item = QGraphicsVideoItem()
        self.subtitle_item = SubtitleItem()
        scene = QGraphicsScene(self)
        scene.addItem(self.video_item)
        scene.addItem(self.subtitle_item)
        self.setScene(scene)
        self.setBackgroundBrush(QColor("black"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(160, 90)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = QRectF(0, 0, self.viewport().width(), self.viewport().height())
        self.scene().setSceneRect(area)
        self.video_item.setSize(QSizeF(area.width(), area.height()))
        self.subtitle_item.set_area(area)


class QtPlayer(VideoPlayer):
    """``VideoPlayer`` on QMediaPlayer, drawing the chosen subtitles itself.

    Qt's FFmpeg backend tears its audio renderer down on a worker thread, and that thread
    needs the GIL (shiboken asks our Python-made QAudioOutput for Python overrides) while
    the GUI thread waits for it. A QMediaPlayer slot called straight from Python keeps the
    GIL during that wait, and the GUI deadlocks (seen with stop() then play()). So every
    command goes through ``_command``: posted as a queued call and delivered at once with
    ``QCoreApplication.sendPostedEvents``, which PySide runs without the GIL. Position,
    duration and the playing state are kept here, from QMediaPlayer's signals and our own
    commands. The same deadlock awaits an event loop spun with the GIL held
    (``QTest.qWait``): use ``QEventLoop.exec``/``app.exec`` (and pytest-qt's waits) instead.
    """

    backend_name = "Qt Multimedia"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self._cues: list[Cue] = []
        self._last_emitted = -1.0
        self._playing = False
        self._loaded = False  # a source was handed to QMediaPlayer
        self._ready = False  # QMediaPlayer has opened it (seeking works from then on)
        self._pending_seek: float | None = None
        self._position = 0.0
        self._duration: float | None = None
        self._view = QtVideoView()
        self._player = QMediaPlayer(self)
        # Without a sound device Qt logs a warning and plays on; BELONG_NO_AUDIO skips audio.
        self._audio: QAudioOutput | None = None
        if os.environ.get(NO_AUDIO_ENV) != "1":
            self._audio = QAudioOutput(self)
            self._player.setAudioOutput(self._audio)
        self._player.setVideoOutput(self._view.video_item)
        self._player.positionChanged.connect(self._on_player_position_changed)
        self._player.durationChanged.connect(self._on_player_duration_changed)
        self._player.playbackStateChanged.connect(self._on_player_playback_state_changed)
        self._player.mediaStatusChanged.connect(self._on_player_media_status_changed)
        self._player.errorOccurred.connect(self._on_player_error_occurred)

    # -- the interface ----------------------------------------------------------------------

    def widget(self) -> QWidget:
        return self._view

    def load(self, path: Path, subtitles: Path | None = None) -> None:
        if self._closed:
            return
        self._command("setSource", Q_ARG(QUrl, QUrl()))  # stops and closes the last file
        self._loaded = self._ready = False
        self._pending_seek = None
        self._duration = None
        self._cues = []
        self._set_playing(False)
        self._show_position(0.0)
        if not self._accept_source(path):
            return
        self._cues = self._read_subtitles(subtitles) or []
        assert self._source is not None
        url = QUrl.fromLocalFile(str(self._source.resolve()))
        self._loaded = True  # before: QMediaPlayer may report on the file during setSource
        self._command("setSource", Q_ARG(QUrl, url))

    def play(self) -> None:
        if self._closed or not self._loaded:
            return
        self._command("play")
        # The counsellor's play button must show "playing" at once, not when Qt gets to it.
        self._set_playing(True)

    def pause(self) -> None:
        if not self._closed and self._playing:
            self._command("pause")
            self._set_playing(False)

    def seek(self, seconds: float) -> None:
        if self._closed or not self._loaded:
            return
        target = max(0.0, seconds)
        if self._duration is not None:
            target = min(target, self._duration)
        if self._ready:
            self._command("setPosition", Q_ARG("qint64", round(target * 1000)))
        else:  # QMediaPlayer ignores positions until the file is open
            self._pending_seek = target
        self._show_position(target)

    def stop(self) -> None:
        if self._closed:
            return
        self._command("stop")
        self._pending_seek = None
        self._set_playing(False)
        self._show_position(0.0)

    def position(self) -> float:
        return self._position

    def duration(self) -> float | None:
        return self._duration

    def is_playing(self) -> bool:
        return self._playing

    def close(self) -> None:
        if self._closed:
            return
        # An empty source stops playback, closes the file and ends the decoding threads now,
        # so deleting the QMediaPlayer later (with the GIL held) has no thread to wait for.
        self._command("setSource", Q_ARG(QUrl, QUrl()))
        self._closed = True
        self._player.deleteLater()
        if self._audio is not None:
            self._audio.deleteLater()
            self._audio = None
        self._view.subtitle_item.set_text("")
        self._set_playing(False)

    # -- QMediaPlayer's signals ------------------------------------------------------------------

    def _on_player_position_changed(self, milliseconds: int) -> None:
        if not self._closed and self._pending_seek is None:
            self._show_position(milliseconds / 1000)

    def _on_player_duration_changed(self, milliseconds: int) -> None:
        if not self._closed and milliseconds > 0 and self._loaded:
            self._duration = milliseconds / 1000
            self.sig_duration_known.emit(self._duration)

    def _on_player_playback_state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        if not self._closed:
            self._set_playing(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_player_media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._closed or not self._loaded:
            return
        Status = QMediaPlayer.MediaStatus  # noqa: N806
        if status in (Status.LoadedMedia, Status.BufferingMedia, Status.BufferedMedia):
            self._ready = True
            if self._pending_seek is not None:
                self._command("setPosition", Q_ARG("qint64", round(self._pending_seek * 1000)))
                self._pending_seek = None
        elif status == Status.EndOfMedia:
            self._set_playing(False)
            if self._duration is not None:
                self._show_position(self._duration)
            self.sig_finished.emit()

    def _on_player_error_occurred(self, error: QMediaPlayer.Error, detail: str) -> None:
        if self._closed or error == QMediaPlayer.Error.NoError or not self._loaded:
            return
        source = self._source or Path()
        self._command("stop")
        self._loaded = False
        self._set_playing(False)
        if not source.is_file():  # e.g. the USB stick was pulled out
            self.sig_error.emit(missing_file_message(source))
        elif error in (QMediaPlayer.Error.FormatError, QMediaPlayer.Error.ResourceError):
            self.sig_error.emit(unplayable_message(source))
        else:
            self.sig_error.emit(playback_failed_message(source, detail))

    # -- helpers ---------------------------------------------------------------------------------

    def _command(self, method: str, *args: QGenericArgumentHolder) -> None:
        """Call a QMediaPlayer slot now, without holding the GIL (see the class docstring)."""
        QMetaObject.invokeMethod(self._player, method, Qt.ConnectionType.QueuedConnection, *args)
        QCoreApplication.sendPostedEvents(self._player, QEvent.Type.MetaCall)

    def _show_position(self, seconds: float) -> None:
        self._position = seconds
        cue = cue_at(self._cues, seconds)
        self._view.subtitle_item.set_text(plain_text(cue.text) if cue else "")
        if seconds != self._last_emitted:
            self._last_emitted = seconds
            self.sig_position_changed.emit(seconds)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.sig_playing_changed.emit(playing)
