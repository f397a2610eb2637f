"""The control window's flow, offscreen, over a real store and real videos."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import weakref
from dataclasses import replace
from pathlib import Path
from typing import TextIO

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from belong_desktop.core.session import MAX_NOTE_LENGTH, SessionState, VideoOutcome
from belong_desktop.qt.dialogs import CloseChoice
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.services.runtime import Runtime

from .conftest import Windows, open_windows


def start(qtbot: QtBot, w: Windows, group: str = "DAT1-A") -> str:
    view = w.window.start_view
    view.group_code.setText(group)
    with qtbot.waitSignal(w.window.sig_step_shown, timeout=10_000):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert w.window.session_id is not None
    return w.window.session_id


def wait_for_line(stream: TextIO, needle: str) -> str:
    """The first line holding ``needle``; fails if the stream ends first."""
    for line in stream:
        if needle in line:
            return line
    raise AssertionError(f"the output ended before a line with {needle}")


def press(qtbot: QtBot, w: Windows, key: Qt.Key) -> None:
    with qtbot.waitSignal(w.window.sig_step_shown, timeout=10_000):
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
    assert "Holdets kode »<script>« kan ikke bruges" in view.error.text()
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
    assert windows.window.video.player is not None
    assert "Qt Multimedia" in windows.window.run_view.backend.text()

    def logged() -> None:
        plays = windows.rt.sessions.flow(sid).video_plays
        assert [(p.step_index, p.outcome) for p in plays] == [(1, VideoOutcome.FINISHED)]

    qtbot.waitUntil(logged, timeout=8000)
    assert windows.rt.sessions.flow(sid).video_plays[0].position_s == pytest.approx(1.5, abs=0.3)


def test_leaving_a_video_early_logs_where_it_stopped(qtbot: QtBot, windows: Windows) -> None:
    sid = start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_Right)
    player = windows.window.video.player
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
    if problem == "unplayable":  # half copied from a USB stick: the index (moov) is missing
        head = video.read_bytes()[:4096]
        assert b"moov" not in head
        video.write_bytes(head)
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


def test_after_a_note_space_and_arrows_move_on_again(qtbot: QtBot, windows: Windows) -> None:
    start(qtbot, windows)
    rv = windows.window.run_view
    qtbot.keyClick(windows.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(rv.note_input, "lyden virker ikke")
    qtbot.keyClick(rv.note_input, Qt.Key.Key_Return)
    assert windows.window.focusWidget() is not rv.note_input
    press(qtbot, windows, Qt.Key.Key_Space)  # moves on: the note field has let go
    assert windows.rt.sessions.flow(windows.window.session_id or "").step_index == 1


def test_esc_always_leaves_the_note_field(qtbot: QtBot, windows: Windows) -> None:
    start(qtbot, windows)
    rv = windows.window.run_view
    qtbot.keyClick(windows.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(rv.note_input, "halvt skrevet")
    qtbot.keyClick(rv.note_input, Qt.Key.Key_Escape)
    assert windows.window.focusWidget() is not rv.note_input
    assert rv.note_input.text() == "halvt skrevet"  # kept for later, not sent
    assert windows.rt.sessions.flow(windows.window.session_id or "").notes == []
    press(qtbot, windows, Qt.Key.Key_Right)


def test_a_clickers_page_down_and_page_up_move_through_the_plan(
    qtbot: QtBot, windows: Windows
) -> None:
    sid = start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_PageDown)
    press(qtbot, windows, Qt.Key.Key_PageDown)
    press(qtbot, windows, Qt.Key.Key_PageUp)
    visits = windows.rt.sessions.flow(sid).visits
    assert [v.entered_by for v in visits] == ["start", "next", "next", "prev"]


def test_b_blacks_out_the_projector_and_the_next_key_brings_it_back(
    qtbot: QtBot, windows: Windows
) -> None:
    sid = start(qtbot, windows)
    projector, rv = windows.projector, windows.window.run_view
    assert projector.visible_text()
    qtbot.keyClick(windows.window, Qt.Key.Key_B)
    assert projector.blacked_out() and projector.visible_text() == ""
    assert rv.blackout.isVisible()  # the counsellor is told why the class sees nothing
    picture = projector.grab().toImage()
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert (centre.red(), centre.green(), centre.blue()) == (0, 0, 0)
    qtbot.keyClick(windows.window, Qt.Key.Key_Space)  # first: back to the step, no move
    assert not projector.blacked_out() and not rv.blackout.isVisible()
    assert windows.rt.sessions.flow(sid).step_index == 0
    qtbot.keyClick(windows.window, Qt.Key.Key_B)
    qtbot.keyClick(windows.window, Qt.Key.Key_B)  # B again: back as well
    assert not projector.blacked_out()


def test_b_pauses_a_playing_video(qtbot: QtBot, windows: Windows) -> None:
    start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_Right)  # the first video starts by itself
    player = windows.window.video.player
    assert player is not None
    qtbot.waitUntil(player.is_playing, timeout=5000)
    qtbot.keyClick(windows.window, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=10_000)
    assert windows.projector.blacked_out()


def test_a_video_pauses_behind_a_dialog_and_plays_on_if_nothing_changed(
    qtbot: QtBot, windows: Windows
) -> None:
    start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_Right)
    player = windows.window.video.player
    assert player is not None
    qtbot.waitUntil(player.is_playing, timeout=5000)
    playing_during: list[bool] = []
    original = windows.window.dialogs

    def confirm(title: str, question: str) -> bool:
        playing_during.append(player.is_playing())
        return False  # "no, do not end": back to the video

    windows.window.dialogs = replace(original, confirm=confirm)
    assert windows.window.end_session() is False
    assert playing_during == [False]
    qtbot.waitUntil(player.is_playing, timeout=10_000)


def test_ending_early_asks_to_confirm_and_for_a_note(qtbot: QtBot, windows: Windows) -> None:
    sid = start(qtbot, windows)
    windows.answers.confirms.append(True)
    windows.answers.notes.append("brandøvelse")
    with qtbot.waitSignal(windows.window.sig_session_closed, timeout=5000):
        qtbot.mouseClick(windows.window.run_view.end_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _ in windows.answers.asked] == ["confirm", "note"]
    assert windows.answers.note_limits == [MAX_NOTE_LENGTH]  # the dialog holds no more
    flow = windows.rt.sessions.flow(sid)
    assert flow.state is SessionState.ENDED and flow.ended_early
    assert flow.notes[-1].text == "brandøvelse"
    assert windows.window.start_view.isVisible()


@pytest.mark.parametrize(("confirm", "note"), [(False, None), (True, None), (True, "")])
def test_ending_early_can_be_called_off(
    qtbot: QtBot, windows: Windows, confirm: bool, note: str | None
) -> None:
    """No to "end now?", or no reason given for ending early: the session runs on."""
    sid = start(qtbot, windows)
    windows.answers.confirms.append(confirm)
    if confirm:
        windows.answers.notes.append(note)
    assert windows.window.end_session() is False
    assert windows.rt.sessions.flow(sid).state is SessionState.RUNNING
    assert windows.window.run_view.isVisible()


def test_a_note_the_core_refuses_is_explained_and_the_session_runs_on(
    qtbot: QtBot, windows: Windows
) -> None:
    """A note over the limit (e.g. from the demo driver or a future caller) never raises out
    of a slot: the counsellor reads why, in Danish, and the session is still running."""
    sid = start(qtbot, windows)
    too_long = "x" * (MAX_NOTE_LENGTH + 1)
    assert windows.window.end_session(too_long, ask=False) is False
    status = windows.window.run_view.note_status.text()
    assert f"højst have {MAX_NOTE_LENGTH} tegn" in status and "characters" not in status
    flow = windows.rt.sessions.flow(sid)
    assert flow.state is SessionState.RUNNING and flow.notes == []


def test_closing_while_running_can_leave_the_session_for_later(
    qtbot: QtBot, windows: Windows
) -> None:
    sid = start(qtbot, windows)
    press(qtbot, windows, Qt.Key.Key_Right)
    windows.answers.close = CloseChoice.LATER
    windows.window.close()
    assert not windows.window.isVisible()
    assert windows.answers.asked == [("close", "")]
    record = windows.rt.sessions.record(sid)
    assert record.state is SessionState.RUNNING and record.step_index == 1


def test_closing_while_running_can_be_cancelled_or_end_the_session(
    qtbot: QtBot, windows: Windows
) -> None:
    sid = start(qtbot, windows)
    windows.answers.close = CloseChoice.CANCEL
    windows.window.close()
    assert windows.window.isVisible()
    assert windows.rt.sessions.flow(sid).state is SessionState.RUNNING
    windows.answers.close = CloseChoice.END
    windows.answers.confirms.append(True)
    windows.answers.notes.append("vi sluttede før tid")
    windows.window.close()
    assert not windows.window.isVisible()
    assert windows.rt.sessions.flow(sid).state is SessionState.ENDED


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


def test_the_control_window_shows_what_the_class_sees_and_what_comes_next(
    qtbot: QtBot, windows: Windows
) -> None:
    start(qtbot, windows)
    preview = windows.window.preview
    pack = windows.rt.sessions.flow(windows.window.session_id or "").pack
    assert (
        preview.next.text() == f"Næste: 2/{len(pack.steps)} · Video\n{pack.steps[1].headline('da')}"
    )

    def thumbnail_brightness() -> float:
        image = preview.thumbnail.pixmap().toImage()
        return sum(
            image.pixelColor(x, y).lightness()
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        )

    lit = thumbnail_brightness()
    assert lit > 0  # the slide's text shows up, small
    qtbot.keyClick(windows.window, Qt.Key.Key_B)  # the class sees black: so does the preview
    qtbot.waitUntil(lambda: thumbnail_brightness() < lit / 3, timeout=10_000)
    qtbot.keyClick(windows.window, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: thumbnail_brightness() >= lit * 0.9, timeout=10_000)
    last = len(pack.steps) - 1
    for _ in range(last):
        press(qtbot, windows, Qt.Key.Key_Right)
    assert preview.next.text() == "Dette er sidste trin."


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
        wait_for_line(proc.stdout, '"session_started"')
        for _ in range(2):
            proc.stdin.write("next\n")
            proc.stdin.flush()
            wait_for_line(proc.stdout, '"step_changed"')
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stdin.close()

    window = windows.window
    window.refresh_start_view()
    unfinished = window.start_view.unfinished
    assert unfinished.count() == 1 and "HOLD-K" in unfinished.item(0).text()
    with qtbot.waitSignal(window.sig_step_shown, timeout=10_000) as shown:
        qtbot.mouseClick(window.start_view.resume_button, Qt.MouseButton.LeftButton)
    assert shown.args == [2]
    flow = windows.rt.sessions.flow(window.session_id or "")
    assert [v.entered_by for v in flow.visits] == ["start", "next", "next"]
    assert flow.notes[-1].text == "resumed after the app was restarted"


def test_a_closed_window_is_freed_without_the_cycle_collector(
    qtbot: QtBot, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Python reference cycle through the window leaves its deletion to the garbage
    collector, which may run on the writer's or the server's thread: Qt objects deleted
    there leave their timers dangling in the GUI thread (a crash seen in this suite).
    The window, its controllers and its player must go by reference counting alone."""
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    gc.collect()
    gc.disable()
    try:
        made = open_windows(runtime)
        window, bridge = made.window, made.bridge
        del made  # the only references left are these two names
        with qtbot.waitSignal(window.sig_step_shown, timeout=10_000):
            window.start_new(runtime.catalog.packs()[0].id, "DAT1-A", "da")
        with qtbot.waitSignal(window.sig_step_shown, timeout=10_000):
            window.go_next()  # the video step: the player exists
        done: list[object] = []
        window.tasks.run(lambda: 1, done.append)
        qtbot.waitUntil(lambda: done == [1], timeout=10_000)
        window.close()
        parts = [weakref.ref(o) for o in (window, window.video, window.room, window.clock)]
        player = weakref.ref(window.video.player) if window.video.player else None
        del window
        bridge.close()
        assert [part() for part in parts] == [None] * 4
        assert player is None or player() is None
    finally:
        gc.enable()
