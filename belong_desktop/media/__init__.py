"""Video playback for the projector: the ``VideoPlayer`` interface, its backends, the choice.

``player`` holds the interface (a leaf: it imports no backend), ``messages`` the sentences
a video problem shows, ``vlc_player`` and ``qt_player`` the two backends, and ``backends``
the choice between them (``create_player``: libVLC preferred, Qt Multimedia as the
fallback), importing a backend only when it is chosen, so a machine without python-vlc can
still import this package. GUI thread only.
"""

from belong_desktop.media.backends import create_player
from belong_desktop.media.player import VideoBackendUnavailable, VideoPlayer

__all__ = ["VideoBackendUnavailable", "VideoPlayer", "create_player"]
