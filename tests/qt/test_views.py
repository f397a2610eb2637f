"""The views on their own: start screen, run screen, join panel, help overlay, bridge.

Each widget is built alone with real values (a real pack, real records and join info) and
checked for what the counsellor sees and what it reports back; no window around them.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from belong_desktop.core.classroom import PollTally
from belong_desktop.core.events import EventBus, StepChanged
from belong_desktop.core.pack_loader import load_pack
from belong_desktop.core.packs import Pack, StepKind
from belong_desktop.core.records import SessionRecord
from belong_desktop.core.room_alerts import ActiveAlert, RoomAlert
from belong_desktop.core.session import SessionState
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.help_overlay import SHORTCUTS, HelpOverlay
from belong_desktop.qt.join_panel import JoinPanel
from belong_desktop.qt.run_view import COL_ELAPSED, COL_KIND, COL_STEP, COL_TARGET, RunView
from belong_desktop.qt.start_view import StartView
from belong_desktop.services.classroom import ClassCounts, JoinInfo
from belong_desktop.services.network import LanAddress
from belong_desktop.services.runtime import Runtime

T0 = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def pack(runtime: Runtime) -> Pack:
    return runtime.catalog.packs()[0]


def record(state: SessionState, group: str, step: int | None = None) -> SessionRecord:
    return SessionRecord(
        id=f"id-{group}",
        group_code=group,
        pack_id="qt-pack",
        pack_version="1",
        pack_arm="treatment",
        pack_path="/packs/qt-pack",
        arm_source="counsellor",
        language="da",
        state=state,
        step_index=step,
        ended_early=False,
        created_at=T0,
        started_at=T0 if state is not SessionState.CREATED else None,
        ended_at=None,
        exported_at=None,
    )


# -- the start screen ----------------------------------------------------------------------


def test_start_view_offers_the_packs_and_each_packs_languages(qtbot: QtBot, pack: Pack) -> None:
    view = StartView()
    qtbot.addWidget(view)
    view.set_packs([pack])
    assert view.pack.count() == 1 and pack.id in view.pack.itemText(0)
    assert [view.language.itemData(i) for i in range(view.language.count())] == list(pack.languages)
    view.set_packs([])
    assert view.pack.count() == 0 and view.language.count() == 0


def test_start_view_reports_a_start_with_what_was_chosen(qtbot: QtBot, pack: Pack) -> None:
    view = StartView()
    qtbot.addWidget(view)
    view.set_packs([pack])
    view.group_code.setText("DAT1-A")
    with qtbot.waitSignal(view.sig_start_requested) as started:
        qtbot.keyClick(view.group_code, Qt.Key.Key_Return)  # Enter in the code field starts
    assert started.args == [str(pack.folder), "DAT1-A", pack.languages[0]]


def test_start_view_without_packs_says_so_instead_of_starting(qtbot: QtBot) -> None:
    view = StartView()
    qtbot.addWidget(view)
    view.set_packs([])
    with qtbot.assertNotEmitted(view.sig_start_requested):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert "ingen indholdspakke" in view.error.text()


def test_start_view_splits_unfinished_and_past_sessions(qtbot: QtBot) -> None:
    view = StartView()
    qtbot.addWidget(view)
    view.set_sessions(
        [
            record(SessionState.RUNNING, "HOLD-A", step=2),
            record(SessionState.ENDED, "HOLD-B", step=5),
            record(SessionState.CREATED, "HOLD-C"),
        ]
    )
    assert view.unfinished.count() == 2
    assert "HOLD-A" in view.unfinished.item(0).text() and "trin 3" in view.unfinished.item(0).text()
    assert view.past.rowCount() == 1 and view.past.item(0, 0).text() == "HOLD-B"
    assert view.past.item(0, 2).text() == "Afsluttet"
    assert view.resume_button.isEnabled()
    with qtbot.waitSignal(view.sig_resume_requested) as resumed:
        qtbot.mouseClick(view.resume_button, Qt.MouseButton.LeftButton)
    assert resumed.args == ["id-HOLD-A"]
    # After a crash the interrupted session is offered first: Enter resumes it.
    assert view.resume_button.isDefault() and not view.start_button.isDefault()
    assert view.focusWidget() is view.resume_button
    view.set_sessions([])
    assert not view.resume_button.isEnabled()
    assert view.start_button.isDefault() and view.focusWidget() is view.group_code


def test_start_view_keeps_the_network_choice_while_it_is_still_there(qtbot: QtBot) -> None:
    view = StartView()
    qtbot.addWidget(view)
    wifi, cable = LanAddress("wlan0", "192.168.1.20"), LanAddress("eth0", "10.0.0.5")
    view.set_addresses([wifi, cable])
    assert view.network_choice() == (None, None)  # every network, automatic port
    view.interface.setCurrentIndex(view.interface.findData("10.0.0.5"))
    view.port.setValue(8500)
    view.set_addresses([cable, wifi])  # re-read: the order changed, the choice stays
    assert view.network_choice() == ("10.0.0.5", 8500)
    view.set_addresses([wifi])  # the cable is gone: back to every network
    assert view.network_choice() == (None, 8500)


# -- the run screen ------------------------------------------------------------------------


def test_run_view_shows_the_plan_and_marks_the_current_step(qtbot: QtBot, pack: Pack) -> None:
    view = RunView()
    qtbot.addWidget(view)
    view.set_plan(pack, "da")
    assert view.steps.rowCount() == len(pack.steps)
    for row, step in enumerate(pack.steps):
        assert view.steps.item(row, COL_STEP).text() == step.headline("da")
    assert view.steps.item(0, COL_TARGET).text() == "{}:{:02d}".format(
        *divmod(round(pack.steps[0].target_seconds), 60)
    )
    assert f"{pack.total_minutes:g} min" in view.plan_label.text()
    view.mark_current(2)
    bold = [view.steps.item(r, COL_STEP).font().bold() for r in range(view.steps.rowCount())]
    assert bold == [r == 2 for r in range(len(pack.steps))]
    view.set_elapsed(1, 95)
    assert view.steps.item(1, COL_ELAPSED).text() == "1:35"
    view.set_elapsed(99, 10)  # a step the plan does not have: nothing happens
    assert view.note_input.maxLength() == 2000


def test_run_view_names_kinds_and_minutes_in_danish(qtbot: QtBot) -> None:
    shipped = load_pack(Path(__file__).resolve().parents[2] / "assets" / "packs" / "belonging")
    view = RunView()
    qtbot.addWidget(view)
    view.set_plan(shipped, "da")
    kinds = {view.steps.item(r, COL_KIND).text() for r in range(view.steps.rowCount())}
    assert kinds == {"Besked", "Video", "Afstemning", "Refleksion", "Brev", "Afslutning"}
    assert view.plan_label.text() == "af 52,5 min planlagt"  # a decimal comma


def test_run_view_never_takes_the_keyboard_from_space_and_arrows(qtbot: QtBot) -> None:
    """A click never leaves the focus on a button (Space and → must mean 'next' after the
    mouse was used); Tab reaches the buttons, for the keyboard alone, and Enter presses
    them (the window's Space shortcut comes first: tests/qt/test_keyboard.py)."""
    view = RunView()
    qtbot.addWidget(view)
    assert view.steps.focusPolicy() == Qt.FocusPolicy.NoFocus
    for button in (view.next_button, view.prev_button, view.play_button, view.end_button):
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus
        assert button.autoDefault()  # Enter presses it


# -- the join panel ------------------------------------------------------------------------


INFO = JoinInfo(
    session_id="s1",
    code="482913",
    link_token="tok",
    port=8470,
    bind_host="0.0.0.0",
    hosts=("192.168.1.20", "10.0.0.5"),
    warning="port 8471 was taken, so the session moved to port 8470",
    warning_code="port_moved",
    warning_params={"old_port": 8471, "new_port": 8470},
)


def test_join_panel_shows_qr_code_and_addresses(qtbot: QtBot) -> None:
    panel = JoinPanel()
    qtbot.addWidget(panel)
    assert not panel.show_button.isEnabled() and panel.code.text() == "–"
    panel.set_info(INFO)
    assert panel.code.text() == "Kode: 482 913"
    assert panel.address.text() == "http://192.168.1.20:8470\nhttp://10.0.0.5:8470"
    assert "http://192.168.1.20:8470/j/tok" in panel.address.toolTip()
    assert not panel.qr.pixmap().isNull()
    assert panel.warning.text().startswith("Port 8471 var optaget, så siden kører nu på")
    assert panel.show_button.isEnabled() and panel.reset_button.isEnabled()
    with qtbot.waitSignal(panel.sig_show_requested):
        panel.show_button.click()
    with qtbot.waitSignal(panel.sig_reset_requested):
        panel.reset_button.click()
    panel.set_info(None, "Siden kunne ikke startes")
    assert panel.qr.pixmap().isNull() and not panel.reset_button.isEnabled()
    assert panel.warning.text() == "Siden kunne ikke startes"


def test_join_panel_counts_per_writing_step_with_drafts(qtbot: QtBot, pack: Pack) -> None:
    panel = JoinPanel()
    qtbot.addWidget(panel)
    writing = [(i, s) for i, s in enumerate(pack.steps, 1) if s.kind.collects_text]
    (ri, reflection), (li, letter) = writing
    counts = ClassCounts(
        joined=7,
        on_step=5,
        submitted={reflection.id: 4, letter.id: 0},
        drafts={reflection.id: 2, letter.id: 1},
        poll=PollTally((1, 2), 5),
        writing={reflection.id: 2},
        unsent={letter.id: 1},
    )
    panel.set_counts(counts, pack, "da")
    assert panel.devices.text() == "Enheder: 7"
    assert panel.on_step.text() == "På dette trin: 5"
    lines = panel.answers.text().splitlines()
    assert f"{ri}. Refleksion: 4 sendt · 2 skriver" in lines
    assert f"{li}. Brev: 0 sendt · 1 ikke sendt" in lines
    assert all(pack.steps[0].student.get("da") not in line for line in lines)
    assert panel.alerts.isHidden()
    panel.set_counts(None, None, "da")
    assert panel.devices.text() == "Enheder: –"


def test_join_panel_tells_of_trouble_in_the_room_calmly(qtbot: QtBot, pack: Pack) -> None:
    panel = JoinPanel()
    qtbot.addWidget(panel)
    alerts = (ActiveAlert(RoomAlert.FULL, 3, 2.0), ActiveAlert(RoomAlert.WRONG_CODES, 25, 1.0))
    counts = ClassCounts(4, 4, {}, {}, None, alerts=alerts)
    panel.set_counts(counts, pack, "da")
    assert not panel.alerts.isHidden()
    first, second = panel.alerts.text().splitlines()
    assert "Klassen er fuld: 3 enheder" in first and "Indstillinger" in first
    assert "forkerte koder" in second and "25" in second and "virker stadig" in second
    for alert in RoomAlert:  # every kind has its own sentence, with the count in it
        panel.set_alerts((ActiveAlert(alert, 7, 0.0),))
        assert "7" in panel.alerts.text() and "%1" not in panel.alerts.text()
    panel.set_counts(ClassCounts(4, 4, {}, {}, None), pack, "da")
    assert panel.alerts.isHidden()


# -- the help overlay ----------------------------------------------------------------------


def test_help_overlay_covers_the_window_and_lists_every_shortcut(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(800, 500)
    overlay = HelpOverlay(host)
    host.show()
    assert not overlay.isVisible()
    host.setStyleSheet("background: rgb(255, 0, 255);")  # loud, to see through a veil
    overlay.toggle()
    assert overlay.isVisible() and overlay.geometry() == host.rect()
    corner = host.grab().toImage().pixelColor(3, 3)
    assert (corner.red(), corner.green(), corner.blue()) == (20, 28, 36)  # opaque
    for key, action in SHORTCUTS:
        assert key in overlay.text() and action in overlay.text()
    host.resize(QSize(1000, 640))
    qtbot.waitUntil(lambda: overlay.size() == QSize(1000, 640), timeout=10_000)
    overlay.toggle()
    assert not overlay.isVisible()


# -- the bridge ----------------------------------------------------------------------------


def test_bridge_delivers_events_from_other_threads_in_the_gui_thread(qtbot: QtBot) -> None:
    bus = EventBus()
    bridge = EventBridge(bus)
    received: list[tuple[object, int]] = []
    bridge.sig_event.connect(lambda event: received.append((event, threading.get_ident())))
    event = StepChanged("s1", T0, 2, "video-1", 1, "next")
    publisher = threading.Thread(target=bus.publish, args=(event,), name="belong-writer-test")
    publisher.start()
    publisher.join()
    qtbot.waitUntil(lambda: bool(received), timeout=10_000)
    assert received == [(event, threading.get_ident())]
    bridge.close()
    bridge.close()  # twice is fine
    bus.publish(event)
    qtbot.wait(0)  # queued deliveries, if any, would run now
    assert len(received) == 1


def test_the_pack_in_these_tests_has_the_kinds_they_rely_on(pack: Pack) -> None:
    kinds = [s.kind for s in pack.steps]
    assert StepKind.VIDEO in kinds and kinds.count(StepKind.REFLECTION) == 1
    assert Path(pack.folder).is_dir()
