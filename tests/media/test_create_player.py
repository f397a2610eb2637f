"""Choosing the backend: libVLC by default, Qt Multimedia on request or when libVLC is missing.

The "python-vlc cannot be imported" case runs in a fresh interpreter with
``sys.modules["vlc"] = None``, so our own code is exercised unchanged. A forced backend that
cannot start and a backend name that does not exist are errors of the error model
(``VideoBackendUnavailable``, a ``BelongError`` with a code).
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from belong_desktop.core.errors import BelongError
from belong_desktop.media import VideoBackendUnavailable, VideoPlayer, create_player
from belong_desktop.media.backends import BACKEND_ENV

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


def test_an_unknown_backend_name_is_refused_with_a_code(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(VideoBackendUnavailable, match="gstreamer") as raised:
        create_player(prefer="gstreamer")
    assert isinstance(raised.value, BelongError)
    assert raised.value.code == "unknown_video_backend"
    assert raised.value.params == {"backend": "gstreamer"}
    monkeypatch.setenv(BACKEND_ENV, " MPlayer ")
    with pytest.raises(VideoBackendUnavailable, match=BACKEND_ENV) as raised:
        create_player()
    assert raised.value.code == "unknown_video_backend"
    assert raised.value.params == {"backend": "mplayer"}
    # "auto" and an empty variable mean the automatic choice, not an unknown name.
    for automatic in ("auto", ""):
        monkeypatch.setenv(BACKEND_ENV, automatic)
        assert made().backend_name in ("libVLC", "Qt Multimedia")


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
    with pytest.raises(VideoBackendUnavailable, match="--no-such-vlc-option") as raised:
        create_player(prefer="vlc")
    assert raised.value.code == "video_backend_unavailable"
    assert raised.value.params["backend"] == "vlc"
    assert "--no-such-vlc-option" in str(raised.value.params["reason"])


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
        "    forced, code = 'no error', None\n"
        "except VideoBackendUnavailable as error:\n"
        "    forced, code = str(error), error.code\n"
        "print(json.dumps({'backend': player.backend_name, 'reason': player.fallback_reason,\n"
        "                  'forced': forced, 'code': code,\n"
        "                  'vlc_loaded': sys.modules.get('vlc') is not None}))\n"
        "player.close()\n"
    )
    assert answer["backend"] == "Qt Multimedia"
    assert "cannot be loaded" in str(answer["reason"])
    assert "cannot be loaded" in str(answer["forced"])
    assert answer["code"] == "video_backend_unavailable"
    assert answer["vlc_loaded"] is False


def test_importing_the_package_or_the_interface_loads_no_backend() -> None:
    """``player`` is the leaf: a backend is imported only when ``create_player`` picks it."""
    answer = _run_without_vlc(
        "import json\n"
        "del sys.modules['vlc']  # python-vlc importable again: nothing may import it yet\n"
        "import belong_desktop.media\n"
        "from belong_desktop.media.player import VideoPlayer\n"
        "names = ('vlc', 'belong_desktop.media.vlc_player', 'belong_desktop.media.qt_player',\n"
        "         'PySide6.QtMultimedia')\n"
        "print(json.dumps({name: name in sys.modules for name in names}))\n"
    )
    assert answer == {
        "vlc": False,
        "belong_desktop.media.vlc_player": False,
        "belong_desktop.media.qt_player": False,
        "PySide6.QtMultimedia": False,
    }


def test_signal_emits_keep_their_reference_to_true() -> None:
    """PySide6 6.12.0 lost a reference to True on every emit and crashed the app after some
    minutes ("bool_dealloc"); pyproject excludes it. This fails where it is installed anyway.
    """
    player = made("qt")
    before = sys.getrefcount(True)
    for _ in range(200):
        player.sig_position_changed.emit(1.0)
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # give them back, so the rest of the session can run
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    assert lost < 100, f"this PySide6 loses a reference to True per emit ({lost} of 200)"
