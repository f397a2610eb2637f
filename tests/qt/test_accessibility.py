"""Every screen of the control window can be used by a screen reader and by the keyboard
alone: each control a counsellor can reach has a name Qt's accessibility layer reports
(its own words, a buddy label's or a set accessible name), and a whole start, a step and
the end can be done with Tab, Enter and Space only. Real windows over a real store, a
real class run through the runtime for the past sessions, the review and the booklet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from belong_desktop.core.session import SessionState
from belong_desktop.qt.review_dialog import ReviewDialog
from belong_desktop.qt.shared_cover import PackOption, SharedCover
from tests.class_factory import run_class

from .conftest import Windows

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader is given for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def _part_of_another_control(widget: QWidget) -> bool:
    """A spin box's line edit, a table's header, a scroll area's bars: spoken as the
    control they belong to."""
    if isinstance(widget, QHeaderView | QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(top: QWidget) -> list[str]:
    """Every control shown in ``top`` (focusable or not) that has no spoken name."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(top):
            continue
        if _part_of_another_control(widget):
            continue
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_check_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    """The walk below can fail: a bare field, an icon-only button and an unlabelled list
    are caught; a label's buddy, button text or an accessible name count as names."""
    top = QWidget()
    qtbot.addWidget(top)
    bare, named, labelled = QLineEdit(top), QLineEdit(top), QLineEdit(top)
    named.setAccessibleName("Holdets kode")
    QLabel("Port", top).setBuddy(labelled)
    icon_only, worded = QPushButton(top), QPushButton("Start session", top)
    listed = QListWidget(top)
    for widget in (bare, named, labelled, icon_only, worded, listed):
        widget.setObjectName(type(widget).__name__ + str(id(widget) % 1000))
    top.show()
    assert sorted(unnamed_controls(top)) == sorted(
        f"{type(w).__name__} {w.objectName()!r}" for w in (bare, icon_only, listed)
    )


def reachable_by_tab(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(top)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _part_of_another_control(w)
    ]


def test_every_control_on_every_screen_has_a_name(
    qtbot: QtBot, trial_windows: Windows, kit_file: Path
) -> None:
    w = trial_windows
    window = w.window
    w.rt.kits.import_kit(kit_file)
    # Device 0 sends and shares its letter; the last device never sends (class_factory).
    letters = ("Kære nye studerende, skriv til mig på a.b@example.dk", "Usendt.")
    sid = run_class(w.rt, letters=letters)
    window.refresh_start_view()

    # The start screen with its past sessions.
    window.start_view.past_sessions.select(sid)
    assert reachable_by_tab(window.start_view)
    assert unnamed_controls(window.start_view) == []

    # The settings page, with the kit in use.
    window.show_settings()
    assert window.settings_view.language.isVisibleTo(window.settings_view)
    assert unnamed_controls(window.settings_view) == []
    window._on_settings_back()

    # The booklet's review screen (opened past its guard).
    w.answers.confirms.append(True)
    window.start_view.past_sessions.booklet_button.click()
    flow = window.booklet_flow
    assert flow is not None
    qtbot.waitUntil(lambda: len(flow.shown) >= 1, timeout=10_000)
    assert unnamed_controls(flow.view) == []
    flow.view.reject()

    # The review before an export: its guard page, then a flagged text.
    items = w.rt.review.items(sid)
    assert any(item.flags for item in items)
    dialog = ReviewDialog(w.rt.review, sid, items, {}, guard=True, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    dialog.reveal()
    assert dialog.current_flag() is not None
    assert unnamed_controls(dialog) == []
    dialog.reject()

    # The cover a class may see (the shared screen).
    cover = SharedCover(window)
    cover.set_packs(PackOption.of(p) for p in window.catalog.packs())
    cover.set_sessions(w.rt.sessions.list_sessions())
    cover.cover()
    assert unnamed_controls(cover) == []
    cover.hide()
    cover.deleteLater()

    # The run screen during a session.
    window.start_view.group_code.setText("DAT1-B")
    with qtbot.waitSignal(window.sig_step_shown, timeout=5000):
        window.start_view.start_button.click()
    assert window.session_id is not None
    assert len(reachable_by_tab(window.run_view)) >= 10  # its buttons, the note, the panel
    assert unnamed_controls(window.run_view) == []


def focus_of(window: QWidget) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot: QtBot, window: QWidget, target: QWidget, most: int = 30) -> int:
    """Press Tab until ``target`` has the focus; how many presses it took."""
    for presses in range(most):
        if focus_of(window) is target:
            return presses
        qtbot.keyClick(focus_of(window), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; the focus is on {focus_of(window)!r}")


def test_a_session_starts_moves_and_ends_by_keyboard_alone(qtbot: QtBot, windows: Windows) -> None:
    window = windows.window
    window.activateWindow()
    start = window.start_view
    assert focus_of(window) is start.group_code  # where the counsellor starts typing
    qtbot.keyClicks(start.group_code, "DAT1-A")
    # Tab through the form to the start button, and press it with Space.
    assert tab_to(qtbot, window, start.start_button) > 0
    with qtbot.waitSignal(window.sig_step_shown, timeout=5000):
        qtbot.keyClick(start.start_button, Qt.Key.Key_Space)
    sid = window.session_id
    assert sid is not None
    assert windows.rt.sessions.flow(sid).step_index == 0

    # Space moves on, also with a button of the run screen in focus (Enter presses it).
    run = window.run_view
    assert tab_to(qtbot, window, run.help_button) >= 0
    with qtbot.waitSignal(window.sig_step_shown, timeout=5000):
        qtbot.keyClick(focus_of(window), Qt.Key.Key_Space)
    assert windows.rt.sessions.flow(sid).step_index == 1
    assert not window.help.isVisible()  # Space did not press the focused help button
    qtbot.keyClick(run.help_button, Qt.Key.Key_Return)
    assert window.help.isVisible()
    qtbot.keyClick(focus_of(window), Qt.Key.Key_F1)
    assert not window.help.isVisible()

    # The end, by Tab and Enter: asked first, and (early) why.
    tab_to(qtbot, window, run.end_button)
    windows.answers.confirms.append(True)
    windows.answers.notes.append("Brandøvelse")
    qtbot.keyClick(run.end_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session_id is None, timeout=5000)
    assert windows.rt.sessions.flow(sid).state is SessionState.ENDED
    assert ("confirm", "Afslut session") in windows.answers.asked


def tab_sequence(qtbot: QtBot, window: QWidget, first: QWidget, presses: int) -> list[QWidget]:
    first.setFocus()
    seen = [focus_of(window)]
    for _ in range(presses):
        qtbot.keyClick(focus_of(window), Qt.Key.Key_Tab)
        seen.append(focus_of(window))
    return seen


def test_tab_follows_the_screen(qtbot: QtBot, windows: Windows) -> None:
    """The start form top to bottom, then its buttons; the run screen's step column top
    to bottom, then the class panel."""
    window = windows.window
    window.activateWindow()
    start = window.start_view
    expected = [
        start.group_code,
        start.pack,
        start.language,
        start.interface,
        start.port,
        start.script_button,
        start.start_button,
    ]
    seen = tab_sequence(qtbot, window, start.group_code, 12)
    assert [w for w in seen if w in expected][: len(expected)] == expected

    start.group_code.setText("DAT1-A")
    with qtbot.waitSignal(window.sig_step_shown, timeout=5000):
        start.start_button.click()
    run = window.run_view
    expected = [
        run.next_button,  # the previous one is disabled at the first step
        run.note_input,
        run.note_button,
        run.help_button,
        run.projector_button,
        run.end_button,
    ]
    seen = tab_sequence(qtbot, window, run.next_button, 8)
    assert [w for w in seen if w in expected][: len(expected)] == expected


def test_the_focus_is_drawn_where_the_keyboard_is(qtbot: QtBot, windows: Windows) -> None:
    """The style draws a focus frame: the focused button looks different from itself
    unfocused (a user who cannot see the focus cannot use Tab)."""
    window = windows.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    button = window.start_view.script_button
    unfocused = button.grab().toImage()
    tab_to(qtbot, window, button)  # by Tab: the style shows keyboard focus
    assert QApplication.focusWidget() is button
    focused = button.grab().toImage()
    assert focused != unfocused
