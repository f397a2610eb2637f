"""Fixtures for the video players: tiny real videos, broken files, players of each backend.

The videos are made once per session with ffmpeg (testsrc2 picture + a sine tone, H.264),
so both backends decode real files. ``player`` is parametrised over libVLC and Qt
Multimedia and always closed, because the project's leak check fails a test that leaves
anything running. ``xvfb_display`` (tests/conftest.py) is the X server for the screenshots.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from belong_desktop.media import VideoPlayer, create_player
from belong_desktop.media.backends import BACKEND_ENV


def _libvlc_works() -> bool:
    try:
        import vlc
    except Exception:  # python-vlc raises ImportError, OSError or NotImplementedError
        return False
    instance = vlc.Instance("--quiet", "--vout=dummy", "--aout=dummy")
    if instance is None:
        return False
    instance.release()
    return True


VLC_OK = _libvlc_works()
needs_vlc = pytest.mark.skipif(not VLC_OK, reason="libVLC (python-vlc + VLC plugins) missing")
BACKENDS = [pytest.param("vlc", marks=needs_vlc), pytest.param("qt")]

#: One cue over the whole clip, with Danish letters, for the screenshot tests.
SUBTITLES = "1\n00:00:00,000 --> 00:00:10,000\nHej æøå ÆØÅ\n"


@pytest.fixture
def libvlc() -> None:
    """Skip where libVLC cannot start (python-vlc, libvlc or VLC's plugins missing)."""
    if not VLC_OK:
        pytest.skip("libVLC (python-vlc + VLC plugins) missing")


@dataclass(frozen=True)
class Media:
    clip: Path  # 3 s, 320x180, with sound
    short: Path  # 1.5 s, for the tests that play to the end
    subtitles: Path  # clip.srt-like, but named differently so nothing can auto-load it
    latin1_subtitles: Path
    broken: Path  # random bytes named .mp4
    missing: Path


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory, make_video: Callable[..., Path]) -> Media:
    folder = tmp_path_factory.mktemp("videos")
    make_video(folder / "clip.mp4", 3, size="320x180")
    make_video(folder / "short.mp4", 1.5, size="320x180")
    # Beside the clip, where VLC would auto-load it: the players must not show it.
    (folder / "clip.srt").write_text(SUBTITLES.replace("Hej", "AUTOLOADED"), encoding="utf-8")
    subtitles = folder / "subtitles.da.srt"
    subtitles.write_text(SUBTITLES, encoding="utf-8")
    latin1 = folder / "latin1.srt"
    latin1.write_bytes(SUBTITLES.encode("latin-1"))
    broken = folder / "broken.mp4"
    broken.write_bytes(random.Random(7).randbytes(64 * 1024))
    return Media(
        clip=folder / "clip.mp4",
        short=folder / "short.mp4",
        subtitles=subtitles,
        latin1_subtitles=latin1,
        broken=broken,
        missing=folder / "sara.mp4",
    )


@pytest.fixture
def player_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sound device here: libVLC needs its dummy audio output (Qt plays on without)."""
    monkeypatch.setenv("BELONG_VLC_ARGS", "--aout=dummy")
    monkeypatch.delenv(BACKEND_ENV, raising=False)
    monkeypatch.delenv("BELONG_NO_AUDIO", raising=False)


@pytest.fixture(params=BACKENDS)
def player(request: pytest.FixtureRequest, player_env: None, qapp: object) -> Iterator[VideoPlayer]:
    made = create_player(prefer=request.param)
    try:
        yield made
    finally:
        made.close()


# -- a real X server for the screenshot tests ------------------------------------------------


@pytest.fixture
def xcb_env(xvfb_display: str) -> dict[str, str]:
    """The environment for a child process that shows real windows on the Xvfb display."""
    env = dict(os.environ)
    env.update(
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        BELONG_VLC_ARGS="--aout=dummy",
        PYTHONPATH=os.pathsep.join(
            filter(None, [str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH")])
        ),
    )
    env.pop(BACKEND_ENV, None)
    return env
