"""Starting a session with the ministry's kit: the group's arm chooses the pack; another
pack or a group outside the kit needs a written reason; the class never reads the arm.

Real store, the shipped packs (belonging = treatment, control = control), a real kit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from belong_desktop.core.session import NoteKind
from belong_desktop.qt.screen_layout import ScreenLayout
from belong_desktop.qt.screens import ScreenWatcher
from belong_desktop.services.runtime import Runtime

from .conftest import Windows, close_windows, open_windows
from .kit_helpers import ARM_WORDS, TRIAL

REASON = "Holdet er byttet med DAT1-A efter aftale med ministeriet."


@pytest.fixture
def kit_windows(trial_windows: Windows, kit_file: Path) -> Windows:
    trial_windows.rt.kits.import_kit(kit_file)
    trial_windows.window.refresh_start_view()
    return trial_windows


def choose(w: Windows, group: str, pack_id: str | None = None) -> None:
    view = w.window.start_view
    view.group_code.setText(group)
    if pack_id is not None:
        view.pack.setCurrentIndex(view.pack.findText(f"({pack_id} ", Qt.MatchFlag.MatchContains))


def start(qtbot: QtBot, w: Windows) -> str:
    with qtbot.waitSignal(w.window.sig_step_shown, timeout=5000):
        qtbot.mouseClick(w.window.start_view.start_button, Qt.MouseButton.LeftButton)
    assert w.window.session_id is not None
    return w.window.session_id


def assert_the_class_reads_no_arm(w: Windows) -> str:
    shown = w.projector.visible_text().casefold()
    assert not [word for word in ARM_WORDS if word in shown], shown
    return shown


def walk_the_projector(qtbot: QtBot, w: Windows, steps: int) -> None:
    """Step through the session, checking what the class reads at every step."""
    assert assert_the_class_reads_no_arm(w)  # the first step: there is text to read
    for _ in range(steps):
        with qtbot.waitSignal(w.window.sig_step_shown, timeout=5000):
            w.window.go_next()
        if w.projector.showing_join():
            w.window.toggle_join_on_projector()
        assert_the_class_reads_no_arm(w)


def test_with_a_kit_the_groups_arm_chooses_the_pack(qtbot: QtBot, kit_windows: Windows) -> None:
    w = kit_windows
    view = w.window.start_view
    assert view.arm_note.text().startswith(f"Kit {TRIAL}: Pakken følger holdets gruppe i kittet")
    offered = view.group_code.completer().model()
    assert [offered.index(i, 0).data() for i in range(offered.rowCount())] == [
        "DAT1-A",
        "DAT1-B",
        "MED1-A",
    ]
    choose(w, "dat1-b")  # typed as counsellors type: case does not matter
    assert "(control 1.0.0)" in view.pack.currentText()
    assert view.kit_match.text() == "I kittet: DTU, Datalogi"
    assert not any(word in view.kit_match.text().casefold() for word in ARM_WORDS)
    choose(w, "DAT1-A")
    assert "(belonging 1.0.0)" in view.pack.currentText()

    sid = start(qtbot, w)
    record = w.rt.sessions.record(sid)
    assert (record.pack_id, record.arm_source) == ("belonging", "kit")
    assert (record.trial_id, record.institution, record.programme) == (TRIAL, "DTU", "Datalogi")
    assert w.answers.asked == []  # nothing to explain
    walk_the_projector(qtbot, w, 3)


def test_another_pack_needs_a_reason_that_names_the_kits_pack_and_arm(
    qtbot: QtBot, kit_windows: Windows
) -> None:
    w = kit_windows
    choose(w, "DAT1-B", "belonging")
    w.answers.notes += ["for kort", REASON]  # too short first: asked again, with why
    sid = start(qtbot, w)

    first, second = w.answers.prompts
    assert first.startswith(
        "Kittet tildeler holdet DAT1-B pakken control 1.0.0 (kontrol).\n"
        "Du vælger pakken belonging 1.0.0 (behandling).\n\nSkriv hvorfor."
    )
    assert second.startswith("Skriv en begrundelse på mindst 10 tegn") and second.endswith(first)
    record = w.rt.sessions.record(sid)
    assert (record.pack_id, record.arm_source, record.trial_id) == ("belonging", "override", TRIAL)
    note = w.rt.sessions.flow(sid).notes[0]
    assert (note.kind, note.text) == (NoteKind.OVERRIDE, REASON)
    walk_the_projector(qtbot, w, 2)


def test_cancelling_the_reason_starts_no_session(qtbot: QtBot, kit_windows: Windows) -> None:
    w = kit_windows
    choose(w, "DAT1-A", "control")
    w.answers.notes.append(None)
    qtbot.mouseClick(w.window.start_view.start_button, Qt.MouseButton.LeftButton)
    assert w.window.session_id is None and w.rt.sessions.list_sessions() == []
    assert "ikke startet" in w.window.start_view.error.text()


def test_a_group_outside_the_kit_needs_a_reason_and_keeps_the_counsellors_pack(
    qtbot: QtBot, kit_windows: Windows
) -> None:
    w = kit_windows
    view = w.window.start_view
    choose(w, "HIST2-C", "control")
    assert view.kit_match.text().startswith("HIST2-C står ikke i kittet")
    w.answers.notes.append(REASON)
    sid = start(qtbot, w)
    assert w.answers.prompts[0].startswith(
        f"Holdet »HIST2-C« står ikke i kittet {TRIAL}.\nDu vælger pakken control 1.0.0 (kontrol)."
    )
    record = w.rt.sessions.record(sid)
    assert (record.pack_id, record.arm_source, record.trial_id) == ("control", "override", TRIAL)
    assert record.institution is None
    walk_the_projector(qtbot, w, 1)


def test_without_a_kit_the_note_says_the_counsellor_chooses(
    qtbot: QtBot, trial_windows: Windows
) -> None:
    w = trial_windows
    view = w.window.start_view
    assert view.arm_note.text() == "Intet kit indlæst: du vælger pakken; valget logges."
    assert not view.groups_button.isVisibleTo(view)
    choose(w, "DAT1-B", "control")
    sid = start(qtbot, w)
    assert w.rt.sessions.record(sid).arm_source == "counsellor"


# -- the shared screen: the cover starts a kit session without naming pack or arm ---------


@pytest.fixture
def covered(
    qtbot: QtBot, trial_rt: Runtime, kit_file: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Windows, ScreenLayout]]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    trial_rt.kits.import_kit(kit_file)
    w = open_windows(trial_rt)
    layout = ScreenLayout(w.window, w.projector, ScreenWatcher(w.window))
    layout.show_windows()
    yield w, layout
    layout.close()
    close_windows(w)


def test_on_a_shared_screen_the_kits_group_needs_no_pack_name(
    qtbot: QtBot, covered: tuple[Windows, ScreenLayout]
) -> None:
    w, layout = covered
    cover = layout.cover
    assert "Med kittet følger pakken holdet" in cover.pack_hint.text()
    qtbot.keyClicks(cover.group_code, "DAT1-B")
    assert cover.language.count() > 0  # the kit's pack, chosen unseen
    with qtbot.waitSignal(w.window.sig_step_shown, timeout=5000):
        qtbot.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)
    record = w.rt.sessions.record(w.window.session_id or "")
    assert (record.pack_id, record.arm_source) == ("control", "kit")
    assert w.answers.asked == []
    assert_the_class_reads_no_arm(w)


def test_on_a_shared_screen_the_override_question_names_no_pack_or_arm(
    qtbot: QtBot, covered: tuple[Windows, ScreenLayout]
) -> None:
    w, layout = covered
    cover = layout.cover
    qtbot.keyClicks(cover.group_code, "HIST2-C")
    qtbot.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)
    assert cover.error.text().startswith("Holdet står ikke i kittet.")
    assert w.window.session_id is None
    qtbot.keyClicks(cover.pack_code, "belonging")
    w.answers.notes.append(REASON)
    with qtbot.waitSignal(w.window.sig_step_shown, timeout=5000):
        qtbot.mouseClick(cover.start_button, Qt.MouseButton.LeftButton)
    asked = w.answers.prompts[0].casefold()
    assert asked.startswith("du afviger fra kittet")
    private = [*ARM_WORDS, "belonging", "hist2-c", TRIAL.casefold()]
    assert not [word for word in private if word in asked], asked
    record = w.rt.sessions.record(w.window.session_id or "")
    assert (record.pack_id, record.arm_source) == ("belonging", "override")
    assert_the_class_reads_no_arm(w)
