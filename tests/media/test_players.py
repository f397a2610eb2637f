"""Both video backends against real files: play to the end, pause, seek, restart, errors.

Every test runs once with libVLC and once with Qt Multimedia (``player`` fixture), in the
offscreen test process: libVLC then draws to its dummy video output, Qt into its item.
Tests wait for what they need (a signal, a position reached, a position that has stopped
moving, the events already queued being delivered), never for a fixed time; pytest-qt's
waits run a QEventLoop, never ``QTest.qWait`` (which deadlocks beside Qt Multimedia).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from belong_desktop.media.player import VideoPlayer

END_TIMEOUT_MS = 8000
#: A position that has not changed for this long has settled: a playing player reports a
#: new one at least ~4 times a second (the interface's promise), so a still one is paused.
STILL_S = 0.5


def record(player: VideoPlayer) -> dict[str, list[object]]:
    """Every signal the player emits, in order, by name."""
    seen: dict[str, list[object]] = {
        "position": [],
        "duration": [],
        "finished": [],
        "error": [],
        "warning": [],
        "playing": [],
    }
    player.sig_position_changed.connect(seen["position"].append)
    player.sig_duration_known.connect(seen["duration"].append)
    player.sig_finished.connect(lambda: seen["finished"].append(True))
    player.sig_error.connect(seen["error"].append)
    player.sig_warning.connect(seen["warning"].append)
    player.sig_playing_changed.connect(seen["playing"].append)
    return seen


def settled_position(player: VideoPlayer, qtbot: QtBot, timeout: int = 5000) -> float:
    """Wait until the player's position stops moving (``STILL_S`` unchanged); return it."""
    last = {"value": player.position(), "since": time.monotonic()}

    def still() -> bool:
        value, now = player.position(), time.monotonic()
        if value != last["value"]:
            last.update(value=value, since=now)
            return False
        return now - last["since"] >= STILL_S

    qtbot.waitUntil(still, timeout=timeout)
    return last["value"]


def deliver_queued_events(qtbot: QtBot) -> None:
    """Wait until every event posted so far has been delivered (a zero timer queued now
    fires after them): what a backend had queued before this point has arrived."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)


def test_plays_to_the_end_with_rising_positions_then_restarts(
    player: VideoPlayer, media: Any, qtbot: QtBot
) -> None:
    seen = record(player)
    player.load(media.short)
    assert not player.is_playing()
    assert player.position() == 0.0
    with qtbot.waitSignal(player.sig_finished, timeout=END_TIMEOUT_MS):
        player.play()
        assert player.is_playing()
    assert seen["finished"] == [True]
    assert seen["error"] == []
    assert seen["playing"] == [True, False]
    assert not player.is_playing()
    assert seen["duration"] and seen["duration"][-1] == pytest.approx(1.5, abs=0.1)
    assert player.duration() == pytest.approx(1.5, abs=0.1)

    positions = [float(p) for p in seen["position"]]
    # At least ~4 per second while playing, never going back, ending at the end.
    assert len(positions) >= 6, positions
    assert positions == sorted(positions), positions
    assert positions[-1] == pytest.approx(1.5, abs=0.15)

    # After the end, restart plays it again (libVLC needs re-arming for that).
    seen["position"].clear()
    with qtbot.waitSignal(player.sig_finished, timeout=END_TIMEOUT_MS):
        player.restart()
        assert player.is_playing()
    again = [float(p) for p in seen["position"]]
    assert min(again) < 0.3 and max(again) > 1.3, again
    assert seen["finished"] == [True, True]
    assert seen["error"] == []


def test_pause_holds_the_position_and_seek_moves_it(
    player: VideoPlayer, media: Any, qtbot: QtBot
) -> None:
    seen = record(player)
    player.load(media.clip)
    player.play()
    qtbot.waitUntil(lambda: player.position() > 0.4, timeout=10_000)

    player.pause()
    paused_at = player.position()
    assert not player.is_playing()
    # It stops moving, where it was paused (a player that played on would move on, or
    # settle only at the end of the 3 s clip).
    held = settled_position(player, qtbot)
    assert held == pytest.approx(paused_at, abs=0.25)
    assert not player.is_playing()

    # Seek while paused: stays paused, at the new place.
    player.seek(2.0)
    assert settled_position(player, qtbot) == pytest.approx(2.0, abs=0.1)
    assert not player.is_playing()

    # Playing on continues from there (so the backend really moved, not just our number).
    player.toggle_pause()
    assert player.is_playing()
    qtbot.waitUntil(lambda: player.position() > 2.2, timeout=10_000)
    assert player.position() < 2.95

    # Seek back while playing.
    player.seek(0.5)
    qtbot.waitUntil(lambda: 0.5 <= player.position() < 1.2, timeout=10_000)
    player.toggle_pause()
    assert not player.is_playing()
    assert seen["error"] == [] and seen["finished"] == []


def test_pausing_and_resuming_never_moves_the_clock_back_or_ahead_of_time(
    player: VideoPlayer, media: Any, qtbot: QtBot
) -> None:
    """The counsellor's clock: no step back at a pause, no jump ahead at the resume.

    Timed against the wall clock only in the direction load cannot cause: a player may lag
    behind real time, never run ahead of it.
    """
    positions: list[tuple[float, float]] = []
    player.sig_position_changed.connect(lambda s: positions.append((time.monotonic(), s)))
    player.load(media.clip)
    player.play()
    qtbot.waitUntil(lambda: player.position() > 0.8, timeout=10_000)
    player.pause()
    held = settled_position(player, qtbot)
    resumed_at = time.monotonic()
    player.play()
    qtbot.waitUntil(lambda: player.position() > held + 0.6, timeout=10_000)
    player.pause()

    values = [seconds for _, seconds in positions]
    assert values == sorted(values), values
    after = [(at, seconds) for at, seconds in positions if at >= resumed_at]
    ahead = [(round(at - resumed_at, 2), seconds) for at, seconds in after]
    assert all(seconds - held <= at - resumed_at + 0.15 for at, seconds in after), (held, ahead)


def test_seek_after_the_end_then_play_starts_there(
    player: VideoPlayer, media: Any, qtbot: QtBot
) -> None:
    player.load(media.short)
    with qtbot.waitSignal(player.sig_finished, timeout=END_TIMEOUT_MS):
        player.play()
    player.seek(0.8)
    positions: list[float] = []
    player.sig_position_changed.connect(positions.append)
    with qtbot.waitSignal(player.sig_finished, timeout=END_TIMEOUT_MS):
        player.play()
    # It went on from 0.8 (libVLC can only seek once it plays again: the player hides that).
    assert positions and min(positions) >= 0.75, positions


def test_stop_rewinds_and_play_starts_over(player: VideoPlayer, media: Any, qtbot: QtBot) -> None:
    seen = record(player)
    player.load(media.clip)
    player.play()
    qtbot.waitUntil(lambda: player.position() > 0.5, timeout=10_000)
    player.stop()
    assert not player.is_playing()
    assert player.position() == 0.0
    player.play()
    qtbot.waitUntil(lambda: 0.2 < player.position() < 1.0, timeout=10_000)
    assert seen["finished"] == [] and seen["error"] == []


def test_a_missing_file_gives_a_clear_message_and_a_good_file_plays_after(
    player: VideoPlayer, media: Any, qtbot: QtBot
) -> None:
    seen = record(player)
    player.load(media.missing)
    assert seen["error"] == ["Videoen kunne ikke afspilles: sara.mp4 findes ikke"]
    # The rest of the controls keep working on nothing.
    player.play()
    player.pause()
    player.toggle_pause()
    player.seek(1.0)
    player.restart()
    player.stop()
    assert not player.is_playing()
    assert player.duration() is None
    assert player.source() == media.missing

    player.load(media.short)
    player.play()
    qtbot.waitUntil(lambda: player.position() > 0.3, timeout=10_000)
    assert len(seen["error"]) == 1


def test_a_corrupt_file_gives_a_clear_message_and_a_good_file_plays_after(
    player: VideoPlayer, media: Any, qtbot: QtBot
) -> None:
    seen = record(player)
    with qtbot.waitSignal(player.sig_error, timeout=5000) as blocker:
        player.load(media.broken)
        player.play()
    message = blocker.args[0]
    assert message.startswith("Videoen kunne ikke afspilles: broken.mp4")
    assert "beskadiget" in message
    assert not player.is_playing()

    # Whatever the backend still had queued about the broken file arrives before the good
    # file plays: no second error, no "finished", and the good file plays.
    player.load(media.short)
    player.play()
    qtbot.waitUntil(lambda: player.position() > 0.3, timeout=10_000)
    assert len(seen["error"]) == 1
    assert seen["finished"] == []


@pytest.mark.parametrize("which", ["missing", "latin1"])
def test_unreadable_subtitles_warn_and_the_video_plays_without_them(
    player: VideoPlayer, media: Any, qtbot: QtBot, which: str, tmp_path: Path
) -> None:
    seen = record(player)
    subtitles = tmp_path / "nope.srt" if which == "missing" else media.latin1_subtitles
    player.load(media.clip, subtitles)
    assert len(seen["warning"]) == 1
    warning = str(seen["warning"][0])
    assert subtitles.name in warning
    assert "uden undertekster" in warning
    assert ("findes ikke" in warning) if which == "missing" else ("UTF-8" in warning)
    assert player.subtitles() is None
    player.play()
    qtbot.waitUntil(lambda: player.position() > 0.3, timeout=10_000)
    assert seen["error"] == []


def test_chosen_subtitles_are_kept(player: VideoPlayer, media: Any) -> None:
    player.load(media.clip, media.subtitles)
    assert player.subtitles() == media.subtitles
    player.load(media.clip)
    assert player.subtitles() is None


def test_close_is_safe_twice_and_while_playing(
    player: VideoPlayer, media: Any, qtbot: QtBot
) -> None:
    player.load(media.clip)
    player.play()
    qtbot.waitUntil(lambda: player.position() > 0.2, timeout=10_000)
    player.close()
    player.close()
    assert not player.is_playing()
    # Calls after close do nothing rather than touching released resources: no signal,
    # also none arriving later from what the backend had queued.
    seen = record(player)
    player.load(media.clip)
    player.play()
    player.seek(1.0)
    player.toggle_pause()
    player.stop()
    deliver_queued_events(qtbot)
    assert all(not signals for signals in seen.values()), seen
    assert not player.is_playing()
    assert player.widget() is not None
