"""Video playback for the projector: the ``VideoPlayer`` interface and its two backends.

``player`` holds the interface and ``create_player`` (libVLC preferred, Qt Multimedia as
the fallback); ``vlc_player`` and ``qt_player`` are the backends, imported only when chosen
so that a machine without python-vlc can still import this package. GUI thread only.
"""

from belong_desktop.media.player import VideoBackendUnavailable, VideoPlayer, create_player

__all__ = ["VideoBackendUnavailable", "VideoPlayer", "create_player"]
