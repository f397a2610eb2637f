"""Fixtures for the windows: a real store and services, a small real pack, both windows.

Offscreen Qt; the Qt Multimedia backend plays the videos (libVLC cannot draw into an
offscreen window). Windows are closed after each test so no player or timer lingers.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from belong_desktop.core.events import EventBus
from belong_desktop.media import create_player
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.dialogs import CloseChoice, Dialogs
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.services import crypto
from belong_desktop.services.classroom import ClassroomHosting
from belong_desktop.services.pack_authoring import new_pack_from_videos
from belong_desktop.services.runtime import Runtime, open_runtime

from . import kit_helpers

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
class ScriptedDialogs:
    """The counsellor's answers, given before the question: a test never waits for a box.

    A question without a scripted answer fails the test; every question asked is kept.
    Closing the window while a session runs leaves it for later unless told otherwise.
    """

    confirms: list[bool] = field(default_factory=list)
    notes: list[str | None] = field(default_factory=list)
    close: CloseChoice = CloseChoice.LATER
    asked: list[tuple[str, str]] = field(default_factory=list)  # (kind, title)
    told: list[str] = field(default_factory=list)
    note_limits: list[int] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)  # the text of every note asked for
    files: list[Path | None] = field(default_factory=list)
    folders: list[Path | None] = field(default_factory=list)
    saves: list[Path | None] = field(default_factory=list)  # answers to "save as"
    suggested: list[Path] = field(default_factory=list)  # the file each "save as" offered

    def dialogs(self) -> Dialogs:
        def confirm(title: str, question: str) -> bool:
            self.asked.append(("confirm", title))
            assert self.confirms, f"unexpected question: {title}: {question}"
            return self.confirms.pop(0)

        def ask_note(title: str, prompt: str, limit: int) -> str | None:
            self.asked.append(("note", title))
            self.note_limits.append(limit)
            self.prompts.append(prompt)
            assert self.notes, f"unexpected request for a note: {title}: {prompt}"
            return self.notes.pop(0)

        def ask_close() -> CloseChoice:
            self.asked.append(("close", ""))
            return self.close

        def tell(title: str, message: str) -> None:
            self.asked.append(("tell", title))
            self.told.append(message)

        def confirm_risky(title: str, question: str, yes_text: str) -> bool:
            self.asked.append(("risky", title))
            assert self.confirms, f"unexpected question: {title}: {question}"
            return self.confirms.pop(0)

        def choose_file(title: str, start: Path, name_filter: str) -> Path | None:
            self.asked.append(("file", title))
            assert self.files, f"unexpected file choice: {title}"
            return self.files.pop(0)

        def choose_folder(title: str, start: Path) -> Path | None:
            self.asked.append(("folder", title))
            assert self.folders, f"unexpected folder choice: {title} (from {start})"
            return self.folders.pop(0)

        def choose_save_file(title: str, suggested: Path, name_filter: str) -> Path | None:
            self.asked.append(("save", title))
            self.suggested.append(suggested)
            assert self.saves, f"unexpected save dialog: {title} (suggesting {suggested})"
            return self.saves.pop(0)

        return Dialogs(
            confirm=confirm,
            ask_note=ask_note,
            ask_close=ask_close,
            tell=tell,
            confirm_risky=confirm_risky,
            choose_file=choose_file,
            choose_folder=choose_folder,
            choose_save_file=choose_save_file,
        )


@dataclass
class Windows:
    rt: Runtime
    window: ControlWindow
    projector: ProjectorWindow
    bridge: EventBridge
    bus: EventBus
    answers: ScriptedDialogs


def open_windows(rt: Runtime, host: ClassroomHosting | None = None) -> Windows:
    """Both windows over ``rt`` as the app builds them, with scripted dialogs, shown.

    Not qtbot.addWidget: qtbot would close the window first, and a running session asks;
    ``close_windows`` leaves a running session for later instead.
    """
    bridge = EventBridge(rt.bus)
    projector = ProjectorWindow()
    answers = ScriptedDialogs()
    window = ControlWindow(
        rt.sessions,
        rt.catalog,
        bridge,
        projector,
        create_player,
        classroom=rt.classroom if host is not None else None,
        host=host,
        dialogs=answers.dialogs(),
        kits=rt.kits,
        review=rt.review,
        exports=rt.exports,
        booklet=rt.booklet,
        preferences=rt.preferences,
        appearance=rt.appearance,
    )
    window.show()
    projector.show()
    return Windows(rt, window, projector, bridge, rt.bus, answers)


def close_windows(windows: Windows) -> None:
    """Close both windows, then delete them here, in the GUI thread.

    A failed test keeps its frames, and so these windows, in a garbage cycle (frame,
    exception, traceback). The cycle collector may run in any thread (uvicorn's, a task's),
    and a QWidget deleted from another thread leaves its timers registered in this one: the
    next timer event then reaches freed memory and the whole run ends in a segfault, far
    from the failure. Deleting the C++ objects now leaves the cycle only empty wrappers.
    """
    windows.answers.close = CloseChoice.LATER  # a running session is left for later
    windows.window.close()
    windows.bridge.close()
    for widget in (windows.window, windows.projector):
        if shiboken6.isValid(widget):
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def windows(qtbot: QtBot, runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> Iterator[Windows]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    made = open_windows(runtime)
    yield made
    close_windows(made)


# -- a trial: the shipped packs, the ministry's key and kit (kit_helpers.py) -------------


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, str]:
    """The ministry's identity file and its public recipient."""
    identity_text, recipient = crypto.generate_identity()
    identity = tmp_path / "ministry" / "ministry.key"
    identity.parent.mkdir()
    identity.write_text(identity_text, encoding="utf-8")
    return identity, recipient


@pytest.fixture
def kit_file(tmp_path: Path, keys: tuple[Path, str]) -> Path:
    return kit_helpers.write_kit(tmp_path / "from-ministry", keys[1])


@pytest.fixture
def trial_rt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    monkeypatch.setenv("BELONG_EXPORT_DIR", str(tmp_path / "default-export"))
    with open_runtime(tmp_path / "data" / "belong.sqlite3", [kit_helpers.SHIPPED]) as rt:
        yield rt


@pytest.fixture
def trial_windows(
    qtbot: QtBot, trial_rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Windows]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    made = open_windows(trial_rt)
    yield made
    close_windows(made)
