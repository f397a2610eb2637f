"""The control window's flow, offscreen, over a real store and real videos."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from belong_desktop.core.session import SessionState, VideoOutcome
from belong_desktop.qt.projector_window import ProjectorWindow

from .conftest import Windows


def start(qtbot: QtBot, w: Windows, group: str = "DAT1-A") -> str:
    view = w.window.start_view
    view.group_code.setText(group)
    with qtbot.waitSignal(w.window.sig_step_shown, timeout=3000):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert w.window.session_id is not None
    return w.window.session_id


def press(qtbot: QtBot, w: Windows, key: Qt.Key) -> None:
    with qtbot.waitSignal(w.window.sig_step_shown, timeout=3000):
        qtbot.keyClick(w.window, key)


def test_start_shows_the_first_step_on_both_screens(qtbot: QtBot, windows: Windows) -> None:
    sid = start(qtbot, windows)
    flow = windows.rt.sessions.flow(sid)
    assert flow.state is SessionState.RUNNING and flow.step_index == 0
    step = flow.pack.steps[0]
    assert windows.window.run_view.notes.toPlainText() == step.speaker_notes.get("da")
    assert windows.projector.headline.text() == step.projector.get("da")
    assert windows.rt.sessions.record(sid).arm_source == "counsellor"


def test_a_bad_group_code_is_explained_and_nothing_starts(qtbot: QtBot, windows: Windows) -> None:
    view = windows.window.start_view
    view.group_code.setText("<script>")
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert "group code" in view.error.text()
    assert windows.window.session_id is None
    assert windows.rt.sessions.list_sessions() == []


def test_keyboard_next_and_previous_are_logged(qtbot: QtBot, windows: Windows) -> None:
    sid = start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_Right)
    press(qtbot, windows, Qt.Key.Key_Space)
    press(qtbot, windows, Qt.Key.Key_Left)
    visits = windows.rt.sessions.flow(sid).visits
    assert [(v.step_index, v.entered_by) for v in visits] == [
        (0, "start"),
        (1, "next"),
        (2, "next"),
        (1, "prev"),
    ]
    # ← at the first step does nothing and says nothing alarming
    press(qtbot, windows, Qt.Key.Key_Left)
    qtbot.keyClick(windows.window, Qt.Key.Key_Left)
    assert windows.rt.sessions.flow(sid).step_index == 0


def test_a_video_that_plays_to_the_end_is_logged_as_finished(
    qtbot: QtBot, windows: Windows
) -> None:
    sid = start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_Right)  # the first video starts by itself
    assert windows.projector.current_page() == ProjectorWindow.PAGE_VIDEO
    assert windows.window.player is not None
    assert "Qt Multimedia" in windows.window.run_view.backend.text()

    def logged() -> None:
        plays = windows.rt.sessions.flow(sid).video_plays
        assert [(p.step_index, p.outcome) for p in plays] == [(1, VideoOutcome.FINISHED)]

    qtbot.waitUntil(logged, timeout=8000)
    assert windows.rt.sessions.flow(sid).video_plays[0].position_s == pytest.approx(1.5, abs=0.3)


def test_leaving_a_video_early_logs_where_it_stopped(qtbot: QtBot, windows: Windows) -> None:
    sid = start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_Right)
    player = windows.window.player
    assert player is not None
    qtbot.waitUntil(lambda: player.position() > 0.3, timeout=5000)
    press(qtbot, windows, Qt.Key.Key_Right)
    plays = windows.rt.sessions.flow(sid).video_plays
    assert len(plays) == 1 and plays[0].outcome is VideoOutcome.STOPPED
    assert 0.3 <= plays[0].position_s < 1.5


@pytest.mark.parametrize("problem", ["unplayable", "removed after start"])
def test_a_bad_video_is_explained_and_the_session_goes_on(
    qtbot: QtBot, windows: Windows, pack_dir: Path, problem: str
) -> None:
    video = pack_dir / "jonas.mp4"  # the first video step (files are taken in name order)
    if problem == "unplayable":
        video.write_bytes(os.urandom(20_000))
    sid = start(qtbot, windows)
    if problem == "removed after start":
        video.unlink()
    press(qtbot, windows, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: "jonas.mp4" in windows.window.run_view.video_message.text())
    plays = windows.rt.sessions.flow(sid).video_plays
    assert [(p.outcome, p.step_index) for p in plays] == [(VideoOutcome.FAILED, 1)]
    assert "jonas.mp4" not in windows.projector.visible_text()  # the class sees a calm line
    press(qtbot, windows, Qt.Key.Key_Right)
    assert windows.rt.sessions.flow(sid).step_index == 2


def test_notes_are_stored_with_their_step(qtbot: QtBot, windows: Windows) -> None:
    sid = start(qtbot, windows)
    rv = windows.window.run_view
    qtbot.keyClick(windows.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert windows.window.focusWidget() is rv.note_input  # offscreen windows are never active
    qtbot.keyClicks(rv.note_input, "projektoren kom sent i gang")
    qtbot.keyClick(rv.note_input, Qt.Key.Key_Return)
    notes = windows.rt.sessions.flow(sid).notes
    assert [(n.text, n.step_index) for n in notes] == [("projektoren kom sent i gang", 0)]
    assert "Note gemt" in rv.note_status.text()
    assert rv.note_input.text() == ""


def test_ending_early_asks_to_confirm_and_for_a_note(qtbot: QtBot, windows: Windows) -> None:
    sid = start(qtbot, windows)
    answers: list[str] = []

    def answer_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            answers.append("confirm")
            dialog.button(QMessageBox.StandardButton.Yes).click()
            QTimer.singleShot(50, answer_dialogs)
        elif isinstance(dialog, QInputDialog):
            answers.append("note")
            dialog.setTextValue("brandøvelse")
            dialog.accept()
        else:
            QTimer.singleShot(50, answer_dialogs)

    QTimer.singleShot(50, answer_dialogs)
    with qtbot.waitSignal(windows.window.sig_session_closed, timeout=5000):
        qtbot.mouseClick(windows.window.run_view.end_button, Qt.MouseButton.LeftButton)
    assert answers == ["confirm", "note"]
    flow = windows.rt.sessions.flow(sid)
    assert flow.state is SessionState.ENDED and flow.ended_early
    assert flow.notes[-1].text == "brandøvelse"
    assert windows.window.start_view.isVisible()


def test_closing_while_running_can_leave_the_session_for_later(
    qtbot: QtBot, windows: Windows
) -> None:
    sid = start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_Right)

    def choose_later() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, choose_later)
            return
        later = [b for b in box.findChildren(QPushButton) if "senere" in b.text()]
        later[0].click()

    QTimer.singleShot(50, choose_later)
    windows.window.close()
    assert not windows.window.isVisible()
    record = windows.rt.sessions.record(sid)
    assert record.state is SessionState.RUNNING and record.step_index == 1


def test_the_projector_never_shows_notes_or_the_arm(qtbot: QtBot, windows: Windows) -> None:
    sid = start(qtbot, windows)
    pack = windows.rt.sessions.flow(sid).pack
    for index, step in enumerate(pack.steps):
        if index:
            press(qtbot, windows, Qt.Key.Key_Right)
        shown = windows.projector.visible_text()
        assert step.speaker_notes.get("da") not in shown
        for word in ("treatment", "control", "behandling", "kontrol", pack.id):
            assert word not in shown.lower()
        assert windows.projector.windowTitle() == "Projektor"


def test_f1_shows_and_hides_the_shortcuts(qtbot: QtBot, windows: Windows) -> None:
    start(qtbot, windows)
    qtbot.keyClick(windows.window, Qt.Key.Key_F1)
    assert windows.window.help.isVisible()
    assert "Næste trin" in windows.window.help.text()
    qtbot.keyClick(windows.window, Qt.Key.Key_Escape)
    assert not windows.window.help.isVisible()


def test_resume_after_the_process_was_killed(
    qtbot: QtBot, windows: Windows, pack_dir: Path, tmp_path: Path
) -> None:
    """A real headless run is killed with SIGKILL; the window offers it and resumes it."""
    env = dict(os.environ, BELONG_DATA_DIR=str(tmp_path / "data"), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "belong_desktop",
            "session",
            "run",
            "--headless",
            "--pack",
            str(pack_dir),
            "--group",
            "HOLD-K",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for line in proc.stdout:
            if '"session_started"' in line:
                break
        for _ in range(2):
            proc.stdin.write("next\n")
            proc.stdin.flush()
            while '"step_changed"' not in proc.stdout.readline():
                pass
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stdin.close()

    window = windows.window
    window.refresh_start_view()
    unfinished = window.start_view.unfinished
    assert unfinished.count() == 1 and "HOLD-K" in unfinished.item(0).text()
    with qtbot.waitSignal(window.sig_step_shown, timeout=3000) as shown:
        qtbot.mouseClick(window.start_view.resume_button, Qt.MouseButton.LeftButton)
    assert shown.args == [2]
    flow = windows.rt.sessions.flow(window.session_id or "")
    assert [v.entered_by for v in flow.visits] == ["start", "next", "next"]
    assert flow.notes[-1].text == "resumed after the app was restarted"
