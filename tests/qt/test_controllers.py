"""The control window's parts on their own: video + fidelity log, the clock and its
wording, the class panel + counts. Real services over a real SQLite file, real players
(Qt Multimedia offscreen) and a real classroom server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from belong_desktop.core.errors import BelongError
from belong_desktop.core.packs import Pack, StepKind
from belong_desktop.core.session import SessionFlow, VideoOutcome
from belong_desktop.media import create_player
from belong_desktop.qt.classroom_controller import ClassroomController
from belong_desktop.qt.join_panel import JoinPanel
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.run_view import RunView
from belong_desktop.qt.session_clock import SessionClock
from belong_desktop.qt.tasks import TaskRunner
from belong_desktop.qt.video_controller import VideoController
from belong_desktop.server.host import ClassroomHost
from belong_desktop.services.runtime import Runtime

T0 = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
SHIPPED = Path(__file__).resolve().parents[2] / "assets" / "packs"


@dataclass
class Screens:
    view: RunView
    projector: ProjectorWindow


@pytest.fixture
def screens(qtbot: QtBot) -> Screens:
    view, projector = RunView(), ProjectorWindow()
    qtbot.addWidget(view)
    qtbot.addWidget(projector)
    projector.show()
    return Screens(view, projector)


def started(rt: Runtime, group: str = "DAT1-A", pack_ref: str = "") -> tuple[str, Pack]:
    pack = rt.catalog.resolve(pack_ref) if pack_ref else rt.catalog.packs()[0]
    sid = rt.sessions.create(pack, group, "da")
    rt.sessions.start(sid)
    return sid, pack


def first(pack: Pack, kind: StepKind) -> int:
    return next(i for i, s in enumerate(pack.steps) if s.kind is kind)


# -- video and its fidelity log ------------------------------------------------------------


@pytest.fixture
def video(
    qtbot: QtBot, runtime: Runtime, screens: Screens, monkeypatch: pytest.MonkeyPatch
) -> Iterator[VideoController]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    monkeypatch.setenv("BELONG_NO_AUDIO", "1")
    controller = VideoController(runtime.sessions, screens.view, screens.projector, create_player)
    yield controller
    controller.close()


def at_video(rt: Runtime) -> tuple[str, Pack, int]:
    sid, pack = started(rt)
    index = first(pack, StepKind.VIDEO)
    for _ in range(index):
        rt.sessions.next(sid)
    return sid, pack, index


def plays(rt: Runtime, sid: str) -> list[tuple[int, VideoOutcome]]:
    return [(p.step_index, p.outcome) for p in rt.sessions.flow(sid).video_plays]


def test_a_video_played_to_the_end_is_logged_once_as_finished(
    qtbot: QtBot, runtime: Runtime, screens: Screens, video: VideoController
) -> None:
    sid, pack, index = at_video(runtime)
    video.show(sid, index, pack.steps[index], "da")
    assert screens.view.video_box.isEnabled()
    assert "Qt Multimedia" in screens.view.backend.text()
    qtbot.waitUntil(lambda: plays(runtime, sid) == [(index, VideoOutcome.FINISHED)], timeout=8000)
    assert "Videoen er slut" in screens.view.video_message.text()
    assert screens.view.video_time.text().endswith("/ 0:02")  # 1.5 s rounds to 0:02
    video.leave()  # leaving after the end logs nothing more
    assert plays(runtime, sid) == [(index, VideoOutcome.FINISHED)]


def test_leaving_early_logs_the_second_reached_and_a_restart_logs_anew(
    qtbot: QtBot, runtime: Runtime, video: VideoController
) -> None:
    sid, pack, index = at_video(runtime)
    video.show(sid, index, pack.steps[index], "da")
    player = video.player
    assert player is not None
    qtbot.waitUntil(lambda: player.position() > 0.3, timeout=5000)
    video.toggle()  # P pauses
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=10_000)
    video.restart()  # plays again from the start
    qtbot.waitUntil(lambda: plays(runtime, sid) == [(index, VideoOutcome.FINISHED)], timeout=8000)
    video.restart()
    qtbot.waitUntil(lambda: player.is_playing() and player.position() > 0.2, timeout=5000)
    video.leave()
    logged = runtime.sessions.flow(sid).video_plays
    assert [p.outcome for p in logged] == [VideoOutcome.FINISHED, VideoOutcome.STOPPED]
    assert 0.2 <= logged[1].position_s < 1.5
    assert not player.is_playing()


def test_a_missing_video_is_logged_failed_and_the_class_sees_a_calm_line(
    qtbot: QtBot, runtime: Runtime, screens: Screens, video: VideoController
) -> None:
    sid, pack, index = at_video(runtime)
    step = pack.steps[index]
    assert step.video is not None
    gone = replace(step, video=replace(step.video, file=Path("/nowhere/jonas.mp4")))
    video.show(sid, index, gone, "da")
    qtbot.waitUntil(lambda: plays(runtime, sid) == [(index, VideoOutcome.FAILED)], timeout=5000)
    assert "jonas.mp4" in screens.view.video_message.text()
    assert "jonas.mp4" not in screens.projector.visible_text()
    assert "Videoen kan ikke vises" in screens.projector.visible_text()


def test_a_forced_backend_that_cannot_start_is_explained_and_logged_failed(
    qtbot: QtBot, runtime: Runtime, screens: Screens, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "gstreamer")
    controller = VideoController(runtime.sessions, screens.view, screens.projector, create_player)
    sid, pack, index = at_video(runtime)
    controller.show(sid, index, pack.steps[index], "da")
    assert "BELONG_VIDEO_BACKEND=gstreamer kendes ikke" in screens.view.video_message.text()
    assert "Videoen kan ikke vises" in screens.projector.visible_text()
    assert plays(runtime, sid) == [(index, VideoOutcome.FAILED)]
    assert runtime.sessions.flow(sid).video_plays[0].detail == "unknown_video_backend"
    controller.leave()  # already logged: nothing more
    assert len(plays(runtime, sid)) == 1


def test_a_step_without_video_stops_playback_and_disables_the_controls(
    qtbot: QtBot, runtime: Runtime, screens: Screens, video: VideoController
) -> None:
    sid, pack, index = at_video(runtime)
    video.show(sid, index, pack.steps[index], "da")
    player = video.player
    assert player is not None
    qtbot.waitUntil(player.is_playing, timeout=5000)
    video.show(sid, 0, pack.steps[0], "da")
    assert not screens.view.video_box.isEnabled()
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=10_000)
    video.leave()  # nothing to log: the controller knows no video is current
    assert plays(runtime, sid) == []


def test_a_log_the_session_refuses_is_reported_not_raised(
    qtbot: QtBot, runtime: Runtime, video: VideoController
) -> None:
    """The session ended under a playing video (e.g. from the command line): the refusal
    arrives as sig_refused instead of an exception out of the player's slot."""
    sid, pack, index = at_video(runtime)
    video.show(sid, index, pack.steps[index], "da")
    runtime.sessions.end(sid)
    with qtbot.waitSignal(video.sig_refused, timeout=8000) as refused:
        pass  # the video plays to its end and its log is refused
    assert isinstance(refused.args[0], BelongError) and refused.args[0].code == "not_running"


# -- the clock and its wording -------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def test_the_clock_shows_elapsed_time_per_step_and_in_all(
    qtbot: QtBot, runtime: Runtime, screens: Screens
) -> None:
    pack = runtime.catalog.packs()[0]
    clock = Clock()
    flow = SessionFlow("s", pack)
    flow.start(T0)
    flow.next(T0 + timedelta(seconds=70))
    clock.now = T0 + timedelta(seconds=100)
    timer = SessionClock(clock, screens.view, screens.projector)
    screens.view.set_plan(pack, "da")
    timer.follow(flow)
    assert timer.running()
    view = screens.view
    assert view.clock.text() == "1:40"
    assert view.steps.item(0, 4).text() == "1:10" and view.steps.item(1, 4).text() == "0:30"
    target = pack.steps[1].target_seconds
    assert view.step_clock.text() == "0:30 / {}:{:02d}".format(*divmod(round(target), 60))
    assert view.overrun.text() == ""
    timer.follow(None)
    assert not timer.running() and screens.projector.timer.text() == ""


def test_the_overrun_warning_appears_when_the_plan_runs_past_the_hour(
    runtime: Runtime, screens: Screens
) -> None:
    pack = runtime.catalog.packs()[0]
    flow = SessionFlow("s", pack)
    flow.start(T0)
    timer = SessionClock(Clock(), screens.view, screens.projector)
    late = T0 + timedelta(minutes=59)  # still at the first step: the rest cannot fit
    text = timer.overrun_text(flow, late)
    assert text.startswith("Planen når over 60 minutter") and "Overvej at korte af" in text
    assert timer.overrun_text(flow, T0) == ""


@pytest.mark.parametrize(
    ("spent", "shown"),
    [
        (0, "ca. 5 min"),
        (200, "ca. 2 min"),
        (250, "under et minut"),
        (300, "tiden er ved at være gået"),
    ],
)
def test_the_class_reads_a_rough_time_left_at_a_writing_step(
    runtime: Runtime, screens: Screens, spent: float, shown: str
) -> None:
    pack = runtime.catalog.packs()[0]
    writing = pack.steps[first(pack, StepKind.REFLECTION)]
    five_minutes = replace(writing, minutes=5.0)
    timer = SessionClock(Clock(), screens.view, screens.projector)
    assert timer.time_left_text(five_minutes, spent) == shown
    assert timer.time_left_text(pack.steps[0], spent) == ""  # a message step has no clock


# -- the class panel and its counts --------------------------------------------------------


@dataclass
class Panel:
    controller: ClassroomController
    panel: JoinPanel
    host: ClassroomHost


@pytest.fixture
def panel(qtbot: QtBot, runtime: Runtime) -> Iterator[Panel]:
    join_panel = JoinPanel()
    qtbot.addWidget(join_panel)
    host = ClassroomHost(runtime.classroom)
    controller = ClassroomController(runtime.classroom, host, join_panel, TaskRunner())
    yield Panel(controller, join_panel, host)
    controller.shutdown()


def test_opening_serves_the_page_off_the_gui_thread_and_shows_how_to_join(
    qtbot: QtBot, runtime: Runtime, panel: Panel
) -> None:
    sid, pack = started(runtime)
    with qtbot.waitSignal(panel.controller.sig_opened, timeout=5000) as opened:
        panel.controller.open(sid, pack, "da", "127.0.0.1")
        assert "startes" in panel.panel.address.text()  # said at once, served later
        assert panel.panel.warning.text() == ""  # and not as a problem
    info = opened.args[0]
    assert panel.controller.join_info == info and info.session_id == sid
    assert panel.panel.code.text() == f"Kode: {info.display_code}"
    reply = httpx.get(f"http://127.0.0.1:{info.port}/", timeout=5)
    assert reply.status_code == 200


def test_counts_are_read_once_a_second_and_a_poll_change_is_announced(
    qtbot: QtBot, runtime: Runtime, panel: Panel
) -> None:
    sid, pack = started(runtime, pack_ref=str(SHIPPED / "belonging"))  # it has a poll
    base, code = served(qtbot, panel, sid, pack)
    tokens = [httpx.post(f"{base}/api/join", json={"code": code}).json()["token"] for _ in "ab"]
    for token in tokens:  # each page loads: only then does its join count
        assert httpx.get(f"{base}/api/state", headers={"X-Belong-Token": token}).is_success
    # The joins are counted on the panel's next tick, not as each arrives.
    assert panel.panel.devices.text() == "Enheder: 0"
    qtbot.waitUntil(lambda: panel.panel.devices.text() == "Enheder: 2", timeout=10_000)
    runtime.sessions.next(sid)
    while pack.steps[runtime.sessions.flow(sid).step_index or 0].kind is not StepKind.POLL:
        runtime.sessions.next(sid)
    poll = pack.steps[runtime.sessions.flow(sid).step_index or 0]
    panel.controller.refresh()  # as the window does when it shows the poll step
    assert panel.controller.poll() is not None and panel.controller.poll().total == 0
    with qtbot.waitSignal(panel.controller.sig_poll_changed, timeout=10_000):
        reply = httpx.put(
            f"{base}/api/answers/{poll.id}",
            json={"revision": 1, "choice": 0},
            headers={"X-Belong-Token": tokens[0]},
        )
        assert reply.status_code == 200  # announced by the panel's next tick
    assert panel.controller.poll().total == 1
    with qtbot.assertNotEmitted(panel.controller.sig_poll_changed, wait=0):
        panel.controller.refresh()  # the same result is not announced again


def test_a_page_that_cannot_start_is_explained_in_danish_and_nothing_is_counted(
    qtbot: QtBot, runtime: Runtime, panel: Panel
) -> None:
    sid, pack = started(runtime)
    panel.controller.open(sid, pack, "da", "192.0.2.1")  # not this machine's address
    qtbot.waitUntil(lambda: "kunne ikke startes" in panel.panel.warning.text(), timeout=5000)
    assert "192.0.2.1" in panel.panel.warning.text()
    assert "cannot" not in panel.panel.warning.text()
    assert panel.controller.join_info is None
    assert panel.controller.reset_devices() is False  # nothing to reset without a page


def test_without_a_host_the_panel_says_the_page_is_off(qtbot: QtBot, runtime: Runtime) -> None:
    join_panel = JoinPanel()
    qtbot.addWidget(join_panel)
    controller = ClassroomController(runtime.classroom, None, join_panel, TaskRunner())
    sid, pack = started(runtime)
    controller.open(sid, pack, "da")
    assert "slået fra" in join_panel.address.text() and controller.join_info is None


def served(qtbot: QtBot, panel: Panel, sid: str, pack: Pack) -> tuple[str, str]:
    """Open the page on loopback and wait until it is served: (base URL, join code)."""
    with qtbot.waitSignal(panel.controller.sig_opened, timeout=5000) as opened:
        panel.controller.open(sid, pack, "da", "127.0.0.1")
    return f"http://127.0.0.1:{opened.args[0].port}", opened.args[0].code


def test_reset_devices_starts_every_device_over(
    qtbot: QtBot, runtime: Runtime, panel: Panel
) -> None:
    sid, pack = started(runtime)
    base, code = served(qtbot, panel, sid, pack)
    token = httpx.post(f"{base}/api/join", json={"code": code}).json()["token"]
    assert httpx.get(f"{base}/api/state", headers={"X-Belong-Token": token}).is_success
    assert panel.controller.reset_devices() is True
    state = httpx.get(f"{base}/api/state", headers={"X-Belong-Token": token}).json()
    assert state["reset"] is True
    panel.controller.close()
    assert panel.controller.join_info is None and panel.panel.devices.text() == "Enheder: –"
