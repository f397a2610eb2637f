"""Choosing the backend: libVLC by default, Qt Multimedia on request or when libVLC is missing.

The "python-vlc cannot be imported" case runs in a fresh interpreter with
``sys.modules["vlc"] = None``, so our own code is exercised unchanged.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from belong_desktop.media import VideoBackendUnavailable, VideoPlayer, create_player
from belong_desktop.media._signals import EMIT_DROPS_A_REFERENCE, emit
from belong_desktop.media.player import BACKEND_ENV

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("player_env", "qapp")


def made(prefer: str | None = None) -> VideoPlayer:
    player = create_player(prefer=prefer)
    player.close()
    return player


@pytest.mark.usefixtures("libvlc")
def test_libvlc_is_the_default_here() -> None:
    player = made()
    assert player.backend_name == "libVLC"
    assert player.fallback_reason is None


@pytest.mark.usefixtures("libvlc")
def test_prefer_vlc_gives_libvlc() -> None:
    assert made("vlc").backend_name == "libVLC"


def test_prefer_qt_gives_qt_multimedia() -> None:
    player = made("qt")
    assert player.backend_name == "Qt Multimedia"
    assert player.fallback_reason is None


def test_the_environment_variable_forces_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, "qt")
    assert made().backend_name == "Qt Multimedia"


@pytest.mark.usefixtures("libvlc")
def test_the_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, "qt")
    assert made("vlc").backend_name == "libVLC"
    monkeypatch.setenv(BACKEND_ENV, "VLC")
    assert made("qt").backend_name == "Qt Multimedia"
    assert made().backend_name == "libVLC"


def test_an_unknown_backend_name_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="gstreamer"):
        create_player(prefer="gstreamer")
    monkeypatch.setenv(BACKEND_ENV, "mplayer")
    with pytest.raises(ValueError, match=BACKEND_ENV):
        create_player()


@pytest.mark.usefixtures("libvlc")
def test_when_vlc_instance_fails_the_player_falls_back_or_a_forced_vlc_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``vlc.Instance`` returns None for a bad option just as for missing plugins."""
    monkeypatch.setenv("BELONG_VLC_ARGS", "--aout=dummy --no-such-vlc-option")
    player = made()
    assert player.backend_name == "Qt Multimedia"
    assert player.fallback_reason is not None
    assert "vlc.Instance() returned None" in player.fallback_reason
    with pytest.raises(VideoBackendUnavailable, match="--no-such-vlc-option"):
        create_player(prefer="vlc")


def _run_without_vlc(code: str) -> dict[str, object]:
    prelude = "import sys\nsys.modules['vlc'] = None  # as if python-vlc were not installed\n"
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop(BACKEND_ENV, None)
    result = subprocess.run(
        [sys.executable, "-c", prelude + code],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_without_python_vlc_create_player_falls_back_to_qt_multimedia() -> None:
    answer = _run_without_vlc(
        "import json\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from belong_desktop.media import create_player, VideoBackendUnavailable\n"
        "player = create_player()\n"
        "try:\n"
        "    create_player(prefer='vlc')\n"
        "    forced = 'no error'\n"
        "except VideoBackendUnavailable as error:\n"
        "    forced = str(error)\n"
        "print(json.dumps({'backend': player.backend_name, 'reason': player.fallback_reason,\n"
        "                  'forced': forced, 'vlc_loaded': sys.modules.get('vlc') is not None}))\n"
        "player.close()\n"
    )
    assert answer["backend"] == "Qt Multimedia"
    assert "cannot be loaded" in str(answer["reason"])
    assert "cannot be loaded" in str(answer["forced"])
    assert answer["vlc_loaded"] is False


def test_emit_does_not_lose_references_to_true() -> None:
    """PySide6 6.12.0's ``SignalInstance.emit`` loses a reference to True; ``emit`` must not."""
    player = made("qt")
    before = sys.getrefcount(True)
    for _ in range(200):
        emit(player.sig_position_changed, 1.0)
    assert sys.getrefcount(True) >= before - 20  # other code may drop a few meanwhile


def test_the_emit_bug_is_detected_exactly_when_pyside_has_it() -> None:
    player = made("qt")
    before = sys.getrefcount(True)
    for _ in range(50):
        player.sig_position_changed.emit(1.0)
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # give them back for the rest of the session
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    assert (lost >= 40) == EMIT_DROPS_A_REFERENCE, lost
