"""Choosing the video backend: libVLC when it starts here, otherwise Qt Multimedia.

libVLC through python-vlc is preferred, because VLC plays whatever a counsellor recorded;
Qt Multimedia is the fallback, so the session still has video on a laptop without VLC.
``create_player`` takes libVLC when python-vlc imports AND ``vlc.Instance(...)`` returns
an instance (it returns None when VLC's plugins are missing, e.g. in a frozen app without
them), otherwise Qt Multimedia; automatic choice also takes Qt Multimedia on a Wayland
session, where libVLC 3 cannot draw into a Qt window. ``prefer="vlc"`` or ``prefer="qt"``
forces a backend, as does ``BELONG_VIDEO_BACKEND=vlc|qt`` (the argument wins over the
variable); a forced backend that cannot start, or a name that is no backend, raises
``VideoBackendUnavailable`` instead of silently playing with the other. Each backend module
is imported only when chosen, so a machine without python-vlc can import this package.
Called from the Qt GUI thread.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from belong_desktop.media.player import VideoBackendUnavailable, VideoPlayer

__all__ = ["BACKENDS", "BACKEND_ENV", "create_player"]

log = logging.getLogger(__name__)

#: Environment variable forcing a backend: ``vlc`` or ``qt`` (``auto`` or empty: choose).
BACKEND_ENV = "BELONG_VIDEO_BACKEND"
#: The names ``prefer`` and ``BELONG_VIDEO_BACKEND`` accept for a backend.
BACKENDS = ("vlc", "qt")


def _requested_backend(prefer: str | None) -> str | None:
    """``"vlc"``, ``"qt"``, or None for the automatic choice; refuses any other name."""
    choice = (prefer if prefer is not None else os.environ.get(BACKEND_ENV, "")).strip().lower()
    if choice in ("", "auto"):
        return None
    if choice not in BACKENDS:
        raise VideoBackendUnavailable(
            f"unknown video backend {choice!r}: use 'vlc' or 'qt' "
            f"(the argument prefer= or the environment variable {BACKEND_ENV})",
            code="unknown_video_backend",
            backend=choice,
        )
    return choice


def _start_vlc(parent: QObject | None) -> VideoPlayer:
    """A libVLC player, or VideoBackendUnavailable saying why not."""
    try:
        from belong_desktop.media.vlc_player import VlcPlayer
    except Exception as error:  # python-vlc raises ImportError, OSError or NotImplementedError
        raise VideoBackendUnavailable(
            f"python-vlc/libVLC cannot be loaded: {error!r}", backend="vlc", reason=repr(error)
        ) from error
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
