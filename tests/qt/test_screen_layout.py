"""The shared-screen layout with the real windows, offscreen (Qt's one offscreen screen).

One screen is the setup a counsellor meets most with a mirrored projector, so here the
layout is always the shared one unless the counsellor asks for the private one. The
windows run over a real store with two packs (the small test pack and the shipped
``belonging`` pack). Screens appearing and disappearing are tested on a real X server in
``test_screen_setups.py``; this file checks what the counsellor and the class see and can
do: the cover, the start without naming the pack, the strip, the private layout.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from belong_desktop.core.packs import Arm
from belong_desktop.core.screens import Layout, SetupKind
from belong_desktop.qt.control_strip import ControlStrip
from belong_desktop.qt.screen_layout import Phase, ScreenLayout
from belong_desktop.qt.screens import ScreenWatcher, read_screens
from belong_desktop.qt.shared_cover import PackOption, SharedCover
from belong_desktop.services.runtime import Runtime, open_runtime

from .conftest import Windows, close_windows, open_windows

SHIPPED = Path(__file__).resolve().parents[2] / "assets" / "packs"


@pytest.fixture
def two_packs(tmp_path: Path, pack_dir: Path) -> Iterator[Runtime]:
    with open_runtime(tmp_path / "data" / "belong.sqlite3", [pack_dir.parent, SHIPPED]) as rt:
        yield rt


class Shared:
    def __init__(self, windows: Windows) -> None:
        self.w = windows
        self.layout = ScreenLayout(windows.window, windows.projector, ScreenWatcher(windows.window))
        self.layout.show_windows()

    @property
    def cover(self) -> SharedCover:
        return self.layout.cover

    @property
    def strip(self) -> ControlStrip:
        return self.layout.strip

    def private_words(self) -> list[str]:
        words = [arm.value for arm in Arm]
        for pack in self.w.rt.catalog.packs():
            words += [pack.id, pack.folder.name]
            words += [s.speaker_notes.get("da")[:40] for s in pack.steps]
        return words

    def shown_privately(self, text: str) -> list[str]:
        lowered = text.casefold()
        return [w for w in self.private_words() if w.casefold() in lowered]

    def assert_nothing_private_shows(self) -> None:
        window = self.w.window
        # The cover hides the whole control window: nothing under it is on screen …
        assert self.cover.isVisible() and self.cover.geometry() == window.rect()
        central = window.centralWidget()
        assert central is not None and not central.isEnabled()  # … or takes typing
        under = [central, *central.findChildren(QWidget)]
        assert all(w.visibleRegion().isEmpty() for w in under if w.isVisible())
        # … and what the cover, the strip and the projector show names nothing private.
        for shown in (self.cover.visible_text(), self.w.projector.visible_text()):
            assert not self.shown_privately(shown), shown
        if self.strip.isVisible():
            assert not self.shown_privately(self.strip.visible_text())

    def close(self) -> None:
        self.layout.close()
        close_windows(self.w)


@pytest.fixture
def shared(qtbot: QtBot, two_packs: Runtime, monkeypatch: pytest.MonkeyPatch) -> Iterator[Shared]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    made = Shared(open_windows(two_packs))
    yield made
    made.close()


def start_from_cover(qtbot: QtBot, s: Shared, pack: str = "belonging") -> None:
    qtbot.keyClicks(s.cover.group_code, "DAT1-A")
    qtbot.keyClicks(s.cover.pack_code, pack)
    with qtbot.waitSignal(s.w.window.sig_step_shown, timeout=10_000):
        qtbot.mouseClick(s.cover.start_button, Qt.MouseButton.LeftButton)


def test_one_offscreen_screen_is_read_as_a_single_shared_screen(shared: Shared) -> None:
    screens = read_screens()
    assert len(screens) == 1 and screens[0].primary and screens[0].width > 0
    assert shared.layout.setup.kind is SetupKind.SINGLE
    assert shared.layout.layout is Layout.SHARED
    watcher = ScreenWatcher()
    emitted: list[object] = []
    watcher.sig_changed.connect(emitted.append)
    watcher.refresh()  # nothing changed: nothing said
    assert emitted == [] and watcher.setup() == shared.layout.setup


def test_the_start_screen_names_no_pack_and_says_what_it_sees(shared: Shared) -> None:
    shared.assert_nothing_private_shows()
    cover = shared.cover
    assert cover.current_page() == cover.PAGE_START
    assert "Én skærm" in cover.setup_line.text()
    assert not shared.w.projector.isVisible() and not shared.strip.isVisible()
    assert not shared.layout.badge.isVisible()
    assert cover.pack_code.echoMode() is cover.pack_code.EchoMode.Password
    assert cover.language.count() == 0  # no pack chosen yet
    assert cover.group_code.hasFocus() or not shared.w.window.isActiveWindow()


def test_a_pack_is_chosen_by_typing_its_name_and_only_said_to_be_found(
    qtbot: QtBot, shared: Shared
) -> None:
    cover = shared.cover
    qtbot.keyClicks(cover.group_code, "DAT1-A")
    qtbot.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)
    assert cover.error.text() == "Skriv pakkens navn."
    qtbot.keyClicks(cover.pack_code, "belongin")
    assert cover.pack_state.text() == "Ingen pakke med det navn"
    qtbot.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)
    assert "ingen pakke med det navn" in cover.error.text()
    assert shared.w.window.session_id is None
    qtbot.keyClicks(cover.pack_code, "G")  # case does not matter
    assert cover.pack_state.text() == "✓ Pakken er fundet"
    assert [cover.language.itemData(i) for i in range(cover.language.count())] == [
        "da",
        "en",
        "nb",
        "nl",
    ]
    shared.assert_nothing_private_shows()
    with qtbot.waitSignal(shared.w.window.sig_step_shown, timeout=10_000):
        qtbot.keyClick(cover.pack_code, Qt.Key.Key_Return)
    session = shared.w.rt.sessions.record(shared.w.window.session_id or "")
    assert session.pack_id == "belonging" and session.group_code == "DAT1-A"


def test_a_refusal_on_the_cover_is_said_without_naming_the_pack(
    qtbot: QtBot, shared: Shared
) -> None:
    cover = shared.cover
    qtbot.keyClicks(cover.group_code, "<script>")
    qtbot.keyClicks(cover.pack_code, "belonging")
    qtbot.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)
    assert "Holdets kode »<script>« kan ikke bruges" in cover.error.text()  # safe: said
    # A pack that vanished after the list was read: the start screen's sentence names its
    # folder, so the cover says it without.
    gone = PackOption(frozenset({"gone"}), str(SHIPPED / "belonging-old"), ("da",))
    cover.set_packs([gone])
    cover.group_code.setText("DAT1-A")
    cover.pack_code.setText("gone")
    qtbot.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)
    assert "belonging-old" in shared.w.window.start_view.error.text()
    assert cover.error.text().startswith("Sessionen kunne ikke startes")
    assert not shared.shown_privately(cover.error.text())
    assert shared.w.window.session_id is None
    cover.set_packs([])  # none installed at all
    qtbot.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)
    assert cover.error.text() == "Der er ingen indholdspakke at vælge."


def test_during_the_session_the_projector_fills_the_screen_and_the_strip_drives_it(
    qtbot: QtBot, shared: Shared
) -> None:
    start_from_cover(qtbot, shared, "qt-pack")
    window, projector, strip = shared.w.window, shared.w.projector, shared.strip
    assert shared.layout.phase is Phase.RUNNING
    assert projector.isVisible() and projector.isFullScreen()
    assert strip.isVisible() and strip.progress.text().startswith("Trin 1 af 6 · ")
    assert shared.cover.current_page() == shared.cover.PAGE_BUSY
    steps = len(window.flow.pack.steps) if window.flow else 0
    for index in range(1, steps):
        with qtbot.waitSignal(window.sig_step_shown, timeout=10_000):
            qtbot.mouseClick(strip.next_button, Qt.MouseButton.LeftButton)
        assert window.flow is not None and window.flow.step_index == index
        qtbot.waitUntil(lambda i=index: strip.progress.text().startswith(f"Trin {i + 1} af"))
        shared.assert_nothing_private_shows()
    assert not strip.next_button.isEnabled()
    with qtbot.waitSignal(window.sig_step_shown, timeout=10_000):
        qtbot.mouseClick(strip.prev_button, Qt.MouseButton.LeftButton)
    assert window.flow is not None and window.flow.step_index == steps - 2

    shared.w.answers.confirms.append(True)
    shared.w.answers.notes.append("Timen sluttede før tid")
    with qtbot.waitSignal(window.sig_session_closed, timeout=10_000):
        qtbot.mouseClick(strip.end_button, Qt.MouseButton.LeftButton)
    assert shared.layout.phase is Phase.ENDED
    assert projector.isVisible() and projector.isFullScreen()  # the closing picture stays
    assert strip.home_button.isVisible() and not strip.next_button.isVisible()
    shared.assert_nothing_private_shows()
    qtbot.mouseClick(strip.home_button, Qt.MouseButton.LeftButton)
    assert shared.layout.phase is Phase.IDLE
    assert not projector.isVisible() and not strip.isVisible()
    assert shared.cover.current_page() == shared.cover.PAGE_START
    shared.assert_nothing_private_shows()


def test_the_strip_shows_the_time_and_a_notice_goes_when_the_counsellor_moves_on(
    qtbot: QtBot, shared: Shared
) -> None:
    start_from_cover(qtbot, shared, "qt-pack")
    strip = shared.strip
    strip.say("Skærmen spejles nu.")
    assert strip.message.isVisibleTo(strip)
    with qtbot.waitSignal(shared.w.window.sig_step_shown, timeout=10_000):
        qtbot.keyClick(shared.w.projector, Qt.Key.Key_Space)  # keys work from the projector
    assert not strip.message.isVisibleTo(strip)


def test_an_interrupted_session_is_offered_first_by_group_and_resumed(
    qtbot: QtBot, two_packs: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    old = two_packs.sessions.create(two_packs.catalog.resolve("belonging"), "GAMMEL", "da")
    two_packs.sessions.start(old)
    two_packs.sessions.next(old)
    s = Shared(open_windows(two_packs))
    try:
        cover = s.cover
        assert cover.unfinished.count() == 1
        assert cover.unfinished.item(0).text().startswith("GAMMEL · ")
        assert cover.unfinished.item(0).text().endswith(", trin 2")
        s.assert_nothing_private_shows()
        with qtbot.waitSignal(s.w.window.sig_step_shown, timeout=10_000):
            qtbot.mouseClick(cover.resume_button, Qt.MouseButton.LeftButton)
        assert s.w.window.session_id == old
        assert s.layout.phase is Phase.RUNNING and s.strip.isVisible()
    finally:
        s.close()


def test_the_private_layout_needs_a_yes_and_can_be_left_again(qtbot: QtBot, shared: Shared) -> None:
    answers = shared.w.answers
    answers.confirms.append(False)
    qtbot.mouseClick(shared.cover.private_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1] == ("confirm", "Vis det fulde vindue")
    assert shared.layout.layout is Layout.SHARED
    shared.assert_nothing_private_shows()

    answers.confirms.append(True)
    qtbot.mouseClick(shared.cover.private_button, Qt.MouseButton.LeftButton)
    assert shared.layout.layout is Layout.PRIVATE
    window = shared.w.window
    assert not shared.cover.isVisible()
    assert window.centralWidget() is not None and window.centralWidget().isEnabled()
    assert window.start_view.isVisible() and window.start_view.pack.count() == 3
    badge = shared.layout.badge
    assert badge.isVisible() and badge.shared_button.isVisible()
    assert "Privat visning" in badge.label.text()
    assert shared.w.projector.isVisible() and not shared.w.projector.isFullScreen()

    qtbot.mouseClick(badge.shared_button, Qt.MouseButton.LeftButton)
    assert shared.layout.layout is Layout.SHARED
    shared.assert_nothing_private_shows()


def test_a_session_started_in_the_private_layout_stays_private_until_asked(
    qtbot: QtBot, shared: Shared
) -> None:
    shared.w.answers.confirms.append(True)
    shared.layout.ask_private()
    window = shared.w.window
    window.start_view.group_code.setText("DAT1-A")
    with qtbot.waitSignal(window.sig_step_shown, timeout=10_000):
        qtbot.mouseClick(window.start_view.start_button, Qt.MouseButton.LeftButton)
    assert shared.layout.layout is Layout.PRIVATE
    assert window.run_view.isVisible() and not shared.strip.isVisible()
    shared.w.answers.confirms.append(True)
    qtbot.mouseClick(shared.layout.badge.shared_button, Qt.MouseButton.LeftButton)
    assert shared.layout.phase is Phase.RUNNING
    assert shared.strip.isVisible() and shared.w.projector.isFullScreen()
    shared.assert_nothing_private_shows()


def test_the_layout_and_the_windows_go_by_reference_counting_alone(
    qtbot: QtBot, two_packs: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No reference cycle runs through a window (the cyclic collector could delete Qt
    objects on another thread): the layout holds the windows, nothing holds the layout."""
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    gc.collect()
    gc.disable()
    try:
        s = Shared(open_windows(two_packs))
        start_from_cover(qtbot, s, "qt-pack")
        window, layout, bridge = s.w.window, s.layout, s.w.bridge
        parts = [weakref.ref(o) for o in (window, layout, layout.cover, layout.strip)]
        s.close()
        del s, window, layout
        bridge.close()
        assert [part() for part in parts] == [None] * 4
    finally:
        gc.enable()


def test_ending_from_the_strip_can_be_called_off(qtbot: QtBot, shared: Shared) -> None:
    start_from_cover(qtbot, shared, "qt-pack")
    shared.w.answers.confirms.append(False)
    qtbot.mouseClick(shared.strip.end_button, Qt.MouseButton.LeftButton)
    assert shared.w.answers.asked[-1] == ("confirm", "Afslut session")
    assert shared.w.window.session_id is not None and shared.layout.phase is Phase.RUNNING
    assert shared.w.projector.isFullScreen() and shared.strip.next_button.isVisible()
    shared.assert_nothing_private_shows()
