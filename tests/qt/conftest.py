"""Fixtures for the windows: a real store and services, a small real pack, both windows.

Offscreen Qt; the Qt Multimedia backend plays the videos (libVLC cannot draw into an
offscreen window). Windows are closed after each test so no player or timer lingers.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from belong_desktop.core.events import EventBus
from belong_desktop.media import create_player
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.services.pack_authoring import new_pack_from_videos
from belong_desktop.services.runtime import Runtime, open_runtime

SRT = "1\n00:00:00,000 --> 00:00:05,000\nHej fra Sara\n"


@pytest.fixture(scope="session")
def shared_qt_pack(
    tmp_path_factory: pytest.TempPathFactory, make_video: Callable[..., Path]
) -> Path:
    """welcome, sara (1.5 s), jonas (1.5 s), reflection, letter, closing."""
    videos = tmp_path_factory.mktemp("qt-videos")
    for name in ("sara", "jonas"):
        make_video(videos / f"{name}.mp4", 1.5, audio=False)
        (videos / f"{name}.da.srt").write_text(SRT, encoding="utf-8")
    out = tmp_path_factory.mktemp("qt-packs") / "qt-pack"
    new_pack_from_videos(videos, out)
    return out


@pytest.fixture
def pack_dir(tmp_path: Path, shared_qt_pack: Path) -> Path:
    folder = tmp_path / "packs" / "qt-pack"
    shutil.copytree(shared_qt_pack, folder)
    return folder


@pytest.fixture
def runtime(tmp_path: Path, pack_dir: Path) -> Iterator[Runtime]:
    data = tmp_path / "data"
    with open_runtime(data / "belong.sqlite3", [pack_dir.parent]) as rt:
        yield rt


@dataclass
class Windows:
    rt: Runtime
    window: ControlWindow
    projector: ProjectorWindow
    bridge: EventBridge
    bus: EventBus


@pytest.fixture
def windows(qtbot: QtBot, runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> Iterator[Windows]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    bridge = EventBridge(runtime.bus)
    projector = ProjectorWindow()
    window = ControlWindow(runtime.sessions, runtime.catalog, bridge, projector, create_player)
    window.show()  # not qtbot.addWidget: qtbot would close it first, and a running session asks
    projector.show()
    yield Windows(runtime, window, projector, bridge, runtime.bus)
    window.session_id = None  # closing must not ask in teardown
    window.close()
    bridge.close()
