"""The control window with the student page served: join panel, join slide, counts, polls.

Offscreen Qt over the real services and a real server on loopback; devices are httpx
clients. What matters here is what the counsellor and the class see: the code and
address all session, counts that follow the room, a poll result only from the pack's
minimum, and never a student's text on the projector.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from belong_desktop.core.pack_loader import load_pack
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.server.host import ClassroomHost
from belong_desktop.services.runtime import Runtime, open_runtime

from .conftest import ScriptedDialogs, close_windows, open_windows

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"
PACK = load_pack(PACKS / "belonging")


@dataclass
class Room:
    rt: Runtime
    window: ControlWindow
    projector: ProjectorWindow
    host: ClassroomHost
    devices: list[httpx.Client]
    answers: ScriptedDialogs

    def join(self, n: int = 1) -> list[httpx.Client]:
        info = self.window.room.join_info
        assert info is not None
        made = []
        for _ in range(n):
            client = httpx.Client(base_url=f"http://127.0.0.1:{info.port}", timeout=10)
            token = client.post("/api/join", json={"code": info.code}).json()["token"]
            client.headers["X-Belong-Token"] = token
            assert client.get("/api/state").status_code == 200  # the page loads: it counts
            self.devices.append(client)
            made.append(client)
        return made

    def go_to(self, qtbot: QtBot, step_id: str) -> None:
        sid = self.window.session_id
        assert sid is not None
        target = self.rt.catalog.resolve("belonging").step_index(step_id)
        while self.rt.sessions.flow(sid).step_index != target:
            with qtbot.waitSignal(self.window.sig_step_shown, timeout=5000):
                self.rt.sessions.next(sid)


@pytest.fixture
def room(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Room]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    monkeypatch.setenv("BELONG_NO_AUDIO", "1")
    data = tmp_path / "data"
    with open_runtime(data / "belong.sqlite3", [PACKS]) as rt:
        host = ClassroomHost(rt.classroom)
        windows = open_windows(rt, host)
        window = windows.window
        window.start_view.interface.addItem("loopback", "127.0.0.1")
        window.start_view.interface.setCurrentIndex(window.start_view.interface.count() - 1)
        made = Room(rt, window, windows.projector, host, [], windows.answers)
        yield made
        for client in made.devices:
            client.close()
        close_windows(windows)


def start(qtbot: QtBot, room: Room, *, served: bool = True) -> str:
    """Start a session from the start screen; wait until the student page is up too."""
    view = room.window.start_view
    view.group_code.setText("DAT1-A")
    view.pack.setCurrentIndex(view.pack.findData(str(PACKS / "belonging")))
    signals = [room.window.sig_step_shown] + ([room.window.room.sig_opened] if served else [])
    with qtbot.waitSignals(signals, timeout=5000):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert room.window.session_id is not None
    return room.window.session_id


def test_the_join_slide_and_panel_show_address_qr_and_code(qtbot: QtBot, room: Room) -> None:
    start(qtbot, room)
    info = room.window.room.join_info
    assert info is not None and info.hosts == ("127.0.0.1",)
    panel = room.window.run_view.join_panel
    assert info.display_code in panel.code.text()
    assert f"127.0.0.1:{info.port}" in panel.address.text()
    assert not panel.qr.pixmap().isNull()
    # The projector starts on the join slide; J goes back to the step and J again returns.
    assert room.projector.showing_join()
    assert info.display_code in room.projector.visible_text()
    assert not room.projector.join_qr.pixmap().isNull()
    assert "Tilbage til trinnet" in panel.show_button.text()  # the button says which way
    qtbot.keyClick(room.window, Qt.Key.Key_J)
    assert not room.projector.showing_join()
    assert "Velkommen" in room.projector.visible_text()
    assert "Vis QR-kode" in panel.show_button.text()
    qtbot.keyClick(room.window, Qt.Key.Key_J)
    assert room.projector.showing_join()
    # The first → on the join slide shows the step the session is at, without moving on.
    qtbot.keyClick(room.window, Qt.Key.Key_Right)  # a move would be committed by now
    assert not room.projector.showing_join()
    assert "Velkommen" in room.projector.visible_text()
    assert room.rt.sessions.flow(room.window.session_id or "").step_index == 0
    # The next → moves on; the panel keeps the code for late joiners.
    with qtbot.waitSignal(room.window.sig_step_shown, timeout=5000):
        qtbot.keyClick(room.window, Qt.Key.Key_Right)
    assert room.rt.sessions.flow(room.window.session_id or "").step_index == 1
    assert info.display_code in panel.code.text()


def test_counts_follow_the_room_and_no_text_reaches_the_projector(qtbot: QtBot, room: Room) -> None:
    start(qtbot, room)
    panel = room.window.run_view.join_panel
    devices = room.join(3)
    qtbot.waitUntil(lambda: panel.devices.text().endswith(" 3"), timeout=10_000)
    room.go_to(qtbot, "reflection")
    secret = "Mit hemmelige svar om de første uger"
    for i, device in enumerate(devices[:2]):
        reply = device.put(
            "/api/answers/reflection",
            json={"revision": 1, "text": f"{secret} {i}", "submit": True},
        )
        assert reply.status_code == 200
    devices[2].put("/api/answers/reflection", json={"revision": 1, "text": "kladde"})
    for device in devices:
        device.get("/api/state")  # the page fetches its state: the device is "on the step"
    qtbot.waitUntil(
        lambda: "8. Refleksion: 2 sendt · 1 skriver" in panel.answers.text(), timeout=10_000
    )
    qtbot.waitUntil(lambda: panel.on_step.text().endswith(" 3"), timeout=10_000)
    assert secret not in room.projector.visible_text()
    assert "kladde" not in room.projector.visible_text()


def test_the_poll_result_shows_only_when_revealed_and_from_the_minimum(
    qtbot: QtBot, room: Room
) -> None:
    start(qtbot, room)
    devices = room.join(6)
    room.go_to(qtbot, "poll")
    reveal = room.window.run_view.reveal_button
    for device in devices[:4]:
        device.put("/api/answers/poll", json={"revision": 1, "choice": 0})
    # The counts have caught up with all four answers: still below the pack's minimum of 5.
    qtbot.waitUntil(lambda: "4 har svaret" in room.projector.visible_text(), timeout=10_000)
    assert room.projector.poll_rows() == [] and "%" not in room.projector.visible_text()
    assert not reveal.isEnabled() and "når 5 har svaret (4 indtil nu)" in reveal.text()
    qtbot.keyClick(room.window, Qt.Key.Key_R)  # too few: R does nothing
    assert room.projector.poll_rows() == []
    devices[4].put("/api/answers/poll", json={"revision": 1, "choice": 1})
    qtbot.waitUntil(reveal.isEnabled, timeout=10_000)
    assert room.projector.poll_rows() == []  # enough answers, but not revealed yet
    qtbot.keyClick(room.window, Qt.Key.Key_R)
    options = [o.get("da") for o in PACK.steps[PACK.step_index("poll")].poll.options]
    assert room.projector.poll_rows() == [
        (options[0], 4, 80),
        (options[1], 1, 20),
        *[(option, 0, 0) for option in options[2:]],
    ]
    assert "5 svar" in room.projector.visible_text()
    assert "Skjul resultatet" in reveal.text()
    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)  # the button hides it again
    assert room.projector.poll_rows() == []


def test_reset_devices_starts_the_count_again(qtbot: QtBot, room: Room) -> None:
    start(qtbot, room)
    panel = room.window.run_view.join_panel
    (old,) = room.join(1)
    qtbot.waitUntil(lambda: panel.devices.text().endswith(" 1"), timeout=10_000)
    assert room.window.reset_devices(ask=False)
    qtbot.waitUntil(lambda: panel.devices.text().endswith(" 0"), timeout=10_000)
    assert old.get("/api/state").json()["reset"] is True


def test_a_busy_port_is_explained_and_the_session_goes_on(qtbot: QtBot, room: Room) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        room.window.start_view.port.setValue(port)
        start(qtbot, room, served=False)
        panel = room.window.run_view.join_panel
        qtbot.waitUntil(lambda: "optaget" in panel.warning.text(), timeout=5000)
    assert room.window.room.join_info is None
    problem = panel.warning.text()
    assert (
        "Siden til de studerende kunne ikke startes" in problem and f"127.0.0.1:{port}" in problem
    )
    assert "cannot" not in problem  # the counsellor reads Danish, not the log's English
    with qtbot.waitSignal(room.window.sig_step_shown, timeout=5000):
        qtbot.keyClick(room.window, Qt.Key.Key_Right)


def test_leaving_a_writing_step_while_students_write_asks_first(qtbot: QtBot, room: Room) -> None:
    sid = start(qtbot, room)
    writer, sender = room.join(2)
    room.go_to(qtbot, "reflection")
    assert writer.put("/api/answers/reflection", json={"revision": 1, "text": "halvt"}).is_success
    sent = {"revision": 1, "text": "færdig", "submit": True}
    assert sender.put("/api/answers/reflection", json=sent).is_success
    room.answers.confirms.append(False)  # "wait for them"
    qtbot.keyClick(room.window, Qt.Key.Key_Right)
    assert room.answers.asked == [("confirm", "Nogle skriver stadig")]
    assert room.rt.sessions.flow(sid).step_index == PACK.step_index("reflection")
    room.answers.confirms.append(True)  # move on: the draft is kept as never sent
    with qtbot.waitSignal(room.window.sig_step_shown, timeout=5000):
        qtbot.keyClick(room.window, Qt.Key.Key_Right)
    counts = room.rt.classroom.counts(sid)
    assert counts.unsent == {"reflection": 1} and counts.submitted["reflection"] == 1


def test_ending_says_how_many_letters_were_not_sent_and_keeps_the_closing_slide(
    qtbot: QtBot, room: Room
) -> None:
    sid = start(qtbot, room)
    (device,) = room.join(1)
    room.go_to(qtbot, "letter")
    draft = {"revision": 1, "text": "Kære nye studerende"}
    assert device.put("/api/answers/letter", json=draft).is_success
    questions: list[str] = []
    answers = room.answers
    answers.confirms.append(True)
    answers.notes.append("tiden løb ud")
    original = room.window.dialogs

    def confirm(title: str, question: str) -> bool:
        questions.append(question)
        return original.confirm(title, question)

    room.window.dialogs = replace(original, confirm=confirm)
    with qtbot.waitSignal(room.window.sig_session_closed, timeout=5000):
        qtbot.mouseClick(room.window.run_view.end_button, Qt.MouseButton.LeftButton)
    assert "1 breve er ikke sendt" in questions[0]
    # The closing words (where to get support) stay on the projector while the class leaves.
    closing = PACK.steps[PACK.step_index("closing")]
    assert closing.slide("da")[0] in room.projector.visible_text()
    view = room.window.start_view
    assert view.clear_projector_button.isVisible()
    qtbot.mouseClick(view.clear_projector_button, Qt.MouseButton.LeftButton)
    assert "Velkommen" in room.projector.visible_text()
    assert not view.clear_projector_button.isVisible()
    assert room.rt.classroom.counts(sid).unsent == {"letter": 1}


def test_late_joiners_find_the_code_on_every_slide_unless_it_is_switched_off(
    qtbot: QtBot, room: Room
) -> None:
    start(qtbot, room)
    info = room.window.room.join_info
    assert info is not None
    qtbot.keyClick(room.window, Qt.Key.Key_Right)  # from the join slide to the first step
    strip = f"Deltag: 127.0.0.1:{info.port} · kode {info.display_code}"
    assert strip in room.projector.visible_text()
    room.go_to(qtbot, "reflection")
    assert strip in room.projector.visible_text()
    room.window.run_view.join_panel.strip_box.setChecked(False)
    assert info.display_code not in room.projector.visible_text()
    room.window.run_view.join_panel.strip_box.setChecked(True)
    assert strip in room.projector.visible_text()
