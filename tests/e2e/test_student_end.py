"""The end of a session reaches every open page before the laptop stops serving it.

Ending from the headless runner (a real subprocess) or from the windows (closing the
control window with "end") stops the student page at once: the server must first tell
every open page that the session ended, take the saves they still had under way, and
only then go. A page that has everything on the laptop then keeps nothing in the browser
(shared tablets); a page whose text could not be sent keeps it and says so. Real
Chromium, real server, real SQLite throughout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route, expect
from pytestqt.qtbot import QtBot

from belong_desktop import paths
from belong_desktop.qt.dialogs import CloseChoice
from belong_desktop.server.host import ClassroomHost
from belong_desktop.server.page_words import text
from belong_desktop.services.runtime import open_runtime
from tests.cli.conftest import Cli, HeadlessFactory
from tests.conftest import PACKS, ServedSession
from tests.qt.conftest import close_windows, open_windows

from .conftest import Device, Devices, answer_row, join_by_link, on_writing_step

pytestmark = pytest.mark.e2e

ENDED = text("ended", "da")
#: What an ended page may keep: nothing of ours in either store, and no token cookie.
STORED = """() => ({
  local: Object.keys(localStorage).filter(k => k.indexOf("belong.") === 0),
  session: Object.keys(sessionStorage).filter(k => k.indexOf("belong.") === 0),
  cookie: document.cookie
})"""


def stored(page: Page) -> dict[str, Any]:
    return dict(page.evaluate(STORED))


def type_unsent(device: Device, step_id: str, words: str) -> None:
    """Type into the step's field; the draft is on the device, not yet on the laptop."""
    field = device.page.locator(f"#text-{step_id}")
    field.click()
    field.press_sequentially(words)
    local = device.local()
    assert local is not None and local["answers"][step_id]["text"] == words
    assert local["answers"][step_id]["ackRev"] < local["answers"][step_id]["rev"]


def assert_ended_and_cleared(device: Device) -> None:
    page = device.page
    expect(page.locator("#closing-heading")).to_have_text(ENDED)
    expect(page.locator("#ended-cleared")).to_have_text(text("ended_cleared", "da"))
    expect(page.locator("#closing-status")).to_be_hidden()
    assert stored(page) == {"local": [], "session": [], "cookie": ""}


# -- from the headless runner ----------------------------------------------------------


@pytest.fixture
def headless(subprocess_env: dict[str, str], tmp_path: Path) -> Iterator[HeadlessFactory]:
    """``session run --headless`` as a real subprocess (see tests/cli/conftest.py)."""
    factory = HeadlessFactory(Cli(subprocess_env, tmp_path))
    yield factory
    for runner in factory.started:
        runner.stop()


def test_end_from_the_headless_runner_reaches_the_page_and_leaves_nothing_on_it(
    headless: HeadlessFactory, browser: Browser, isolated_data_dir: Path
) -> None:
    run = headless("--pack", "belonging", "--group", "DAT1-A", classroom=True)
    run.expect("session_created")
    run.expect("session_started")
    opened = run.expect("classroom_open")
    made = Devices(browser, opened["addresses"][0])
    try:
        device = made.new()
        device.allow(r"net::ERR_")  # the stream ends with the server
        device.page.goto(opened["links"][0])
        expect(device.page).to_have_url(re.compile(r"/s$"))
        run.expect("participant_joined")
        while True:
            changed = run.command("next", "step_changed")
            if changed["step_id"] == "reflection":
                break
        served = _Served(opened["links"][0])
        on_writing_step(device, served, "reflection")
        type_unsent(device, "reflection", "Skrevet lige før slut")
        pid = device.participant_id()

        run.send("end Slut før tid")
        run.expect("note_added")
        run.expect("session_ended")
        closed = run.expect("classroom_closed")
        assert run.wait() == 0
        # The server is gone: all the page knows, it knew before the server stopped.
        assert (closed["pages"], closed["untold"], closed["unsynced"]) == (1, 0, 0)
        assert "message" not in closed
        assert_ended_and_cleared(device)
        problems = [p for p in device.take_problems() if "ERR_" not in p]
        assert problems == []
    finally:
        made.close()
    row = answer_row(paths.database_file(isolated_data_dir), pid, "reflection")
    assert row is not None
    assert (row["status"], row["draft"]) == ("draft_at_close", "Skrevet lige før slut")


class _Served:
    """Enough of ``ServedSession`` for ``on_writing_step``: the shipped pack's texts."""

    def __init__(self, link: str) -> None:
        from belong_desktop.core.pack_loader import load_pack

        self.link = link
        self.pack = load_pack(PACKS / "belonging")


# -- from the windows ------------------------------------------------------------------


@pytest.fixture
def gui_room(
    qtbot: QtBot, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Any, ClassroomHost]]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    monkeypatch.setenv("BELONG_NO_AUDIO", "1")
    with open_runtime(paths.database_file(isolated_data_dir), [PACKS]) as rt:
        host = ClassroomHost(rt.classroom)
        windows = open_windows(rt, host)
        view = windows.window.start_view
        view.interface.addItem("loopback", "127.0.0.1")
        view.interface.setCurrentIndex(view.interface.count() - 1)
        try:
            yield windows, host
        finally:
            if windows.window.isVisible():
                close_windows(windows)
            else:
                windows.bridge.close()


def test_closing_the_window_with_end_reaches_the_page_first(
    qtbot: QtBot, gui_room: tuple[Any, ClassroomHost], browser: Browser, isolated_data_dir: Path
) -> None:
    from PySide6.QtCore import Qt

    windows, _ = gui_room
    window = windows.window
    view = window.start_view
    view.group_code.setText("DAT1-A")
    view.pack.setCurrentIndex(view.pack.findData(str(PACKS / "belonging")))
    with qtbot.waitSignals([window.sig_step_shown, window.room.sig_opened], timeout=5000):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    info = window.room.join_info
    sid = window.session_id
    assert info is not None and sid is not None
    made = Devices(browser, info.addresses[0])
    try:
        device = made.new()
        device.allow(r"net::ERR_")
        device.page.goto(info.urls[0])
        expect(device.page).to_have_url(re.compile(r"/s$"))
        rt = windows.rt
        target = rt.catalog.resolve("belonging").step_index("reflection")
        while rt.sessions.flow(sid).step_index != target:
            with qtbot.waitSignal(window.sig_step_shown, timeout=5000):
                rt.sessions.next(sid)
        on_writing_step(device, _Served(info.urls[0]), "reflection")
        type_unsent(device, "reflection", "Lige inden vinduet lukkes")
        pid = device.participant_id()

        # "Afslut sessionen" when closing: confirm, and the note an early end asks for.
        windows.answers.close = CloseChoice.END
        windows.answers.confirms.append(True)
        windows.answers.notes.append("Timen sluttede før tid")
        window.close()  # ends the session, then stops the student page (the app closes)
        assert not window.isVisible()
        assert rt.sessions.flow(sid).state.value == "ended"
        assert_ended_and_cleared(device)
        problems = [p for p in device.take_problems() if "ERR_" not in p]
        assert problems == []
    finally:
        made.close()
    row = answer_row(paths.database_file(isolated_data_dir), pid, "reflection")
    assert row is not None
    assert (row["status"], row["draft"]) == ("draft_at_close", "Lige inden vinduet lukkes")


# -- pages that cannot send ------------------------------------------------------------


def test_a_page_that_cannot_send_keeps_its_text_after_the_end_and_says_so(
    served_session: ServedSession, devices: Devices
) -> None:
    """One page's saves fail (its requests are cut), one goes offline just before the end."""
    blocked, offline = devices.new(), devices.new()
    for device in (blocked, offline):
        device.allow(r"net::ERR_")
        join_by_link(device, served_session)
    served_session.go_to("reflection")
    for device in (blocked, offline):
        on_writing_step(device, served_session, "reflection")

    def cut(route: Route) -> None:
        route.abort("connectionreset")

    blocked.page.route("**/api/answers/**", cut)
    type_unsent(blocked, "reflection", "Kan ikke sendes")
    type_unsent(offline, "reflection", "Offline ved slut")
    pid = blocked.participant_id()
    offline.context.set_offline(True)

    served_session.end()
    report = served_session.host.stop()  # as the window does when the app closes

    # Neither page let go before the deadline: neither could send what it held.
    assert report is not None
    assert report.pages == 2 and report.untold + report.unsynced == 2
    # Chromium's offline mode cuts new requests but lets the open stream through, so
    # both pages heard of the end (a page that cannot hear it: tests/faults).
    for device, words in ((blocked, "Kan ikke sendes"), (offline, "Offline ved slut")):
        page = device.page
        expect(page.locator("#closing-heading")).to_have_text(ENDED)
        expect(page.locator("#closing-status")).to_have_text(text("ended_unsent", "da"))
        expect(page.locator("#ended-cleared")).to_be_hidden()
        kept = device.local()
        assert kept is not None and kept["answers"]["reflection"]["text"] == words
        assert stored(page)["cookie"]  # the token stays too: the text still has to go
    assert answer_row(served_session.database, pid, "reflection") is None
