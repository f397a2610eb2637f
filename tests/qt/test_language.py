"""The counsellor switches the windows' language at run time: every window says its words
again (a title, buttons, labels, lines built from the session's state), Qt's own buttons
follow (its catalogue where it has the language, ours for Norwegian), numbers and dates
follow the locale, and the choice is stored. Real windows over a real store; the
translations are a small real catalogue compiled by pyside6-lrelease (translations.py),
loaded through the same ``apply_language`` as the shipped ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from belong_desktop.qt import language
from belong_desktop.qt.dialogs import NoteDialog, question_box
from belong_desktop.qt.words import number, stamp
from belong_desktop.services.preferences import GUI_LANGUAGES

from .conftest import Windows
from .translations import build_catalogue, forget_language


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_catalogue(tmp_path_factory.mktemp("catalogue"))


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    forget_language(qapp)
    QCoreApplication.sendPostedEvents(None, 0)  # the windows of the next test start clean


def apply(qtbot: QtBot, app: QApplication, lang: str, catalogue: Path) -> None:
    assert language.apply_language(app, lang, catalogue) == lang


def choose_in_settings(qtbot: QtBot, windows: Windows, lang: str) -> None:
    """As the counsellor does it: the settings page, the list of languages, by keyboard."""
    window = windows.window
    window.show_settings()
    box = window.settings_view.language
    target = box.findData(lang)
    assert target >= 0
    box.setFocus()
    key = Qt.Key.Key_Down if target > box.currentIndex() else Qt.Key.Key_Up
    for _ in range(len(GUI_LANGUAGES)):
        if box.currentIndex() == target:
            break
        qtbot.keyClick(box, key)  # each move is "activated": chosen at once
    assert box.currentData() == lang


def button_words(box: QMessageBox) -> tuple[str, str]:
    yes = box.button(QMessageBox.StandardButton.Yes)
    no = box.button(QMessageBox.StandardButton.No)
    assert yes is not None and no is not None
    return yes.text().replace("&", ""), no.text().replace("&", "")


def test_the_windows_switch_language_at_run_time_and_back(
    qtbot: QtBot, app: QApplication, windows: Windows, catalogue: Path
) -> None:
    window, projector = windows.window, windows.projector
    assert window.settings is not None
    window.settings.catalogue = catalogue
    start = window.start_view
    assert start.title.text() == "Ny session"
    assert start.settings_button.text() == "Indstillinger …"
    assert projector.windowTitle() == "Projektor"
    assert projector.headline.text() == "Velkommen"

    choose_in_settings(qtbot, windows, "en")
    qtbot.waitUntil(lambda: start.title.text() == "New session", timeout=3000)
    view = window.settings_view
    assert view.title.text() == "Settings"
    assert view.language_label.text() == "Language of the windows"
    assert view.language.accessibleName() == "Language of the windows"
    assert view.language_status.text() == "Saved: the windows are now in English."
    assert start.settings_button.text() == "Settings …"
    assert start._form_labels[0].text() == "Group code"
    assert start.group_code.accessibleName() == "Group code"  # the name follows too
    assert start.past_sessions.title() == "Past sessions"
    assert projector.windowTitle() == "Projector"
    assert projector.headline.text() == "Welcome"  # the window's state, worded again
    assert window.run_view.next_button.text() == "Next →"
    assert windows.rt.preferences.gui_language() == "en"  # stored: the next start has it
    # Words with no translation yet show the source, never an empty string.
    assert start.resume_button.text() == "Genoptag"

    # A session now: its lines are built from its state, in English and its numbers.
    window._on_settings_back()
    start.group_code.setText("DAT1-A")
    with qtbot.waitSignal(window.sig_step_shown, timeout=3000):
        qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    run = window.run_view
    assert window.flow is not None
    minutes = window.flow.pack.total_minutes
    assert run.plan_label.text() == f"of {minutes:g} min planned"
    assert run.steps.item(0, 2).text() == "Message"
    assert run.join_panel.title() == "The class"
    assert run.join_panel.devices.text() == "Devices: –"

    # Back to Danish in the middle of the session: the same lines, from the same state.
    apply(qtbot, app, "da", catalogue)
    qtbot.waitUntil(lambda: run.next_button.text() == "Næste →", timeout=3000)
    assert run.steps.item(0, 2).text() == "Besked"
    assert run.join_panel.devices.text() == "Enheder: –"
    assert run.plan_label.text() == f"af {number(minutes)} min planlagt"
    assert projector.windowTitle() == "Projektor"
    assert start.title.text() == "Ny session"
    assert window.session_id is not None  # nothing of the session was touched


def test_qt_standard_buttons_follow_the_language(
    qtbot: QtBot, app: QApplication, catalogue: Path
) -> None:
    """The end dialogs' Yes/No: Qt's own catalogue for da and nl, ours for nb."""
    box = question_box("Afslut session", "Vil du afslutte sessionen nu?", None)
    qtbot.addWidget(box)
    assert button_words(box) == ("Ja", "Nej")  # before any language: our (Danish) words

    apply(qtbot, app, "nl", catalogue)
    box = question_box("Afslut session", "Vil du afslutte sessionen nu?", None)
    qtbot.addWidget(box)
    assert button_words(box) == ("Ja", "Nee")  # Qt's qtbase_nl

    apply(qtbot, app, "nb", catalogue)
    assert language.qt_words_missing()  # PySide6 ships no qtbase_nb
    box = question_box("Avslutt", "?", None)
    qtbot.addWidget(box)
    assert button_words(box) == ("Ja", "Nei")  # ours, from belong_nb.qm
    note = NoteDialog("Notat", "Hvorfor?", 100, None)
    qtbot.addWidget(note)
    cancel = note.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"

    apply(qtbot, app, "da", catalogue)
    box = question_box("Afslut session", "Vil du afslutte sessionen nu?", None)
    qtbot.addWidget(box)
    assert button_words(box) == ("Ja", "Nej")  # Qt's qtbase_da


def test_numbers_and_dates_follow_the_language(app: QApplication, catalogue: Path) -> None:
    when = datetime(2026, 9, 1, 9, 30, tzinfo=UTC)
    language.apply_language(app, "da", catalogue)
    assert number(52.5) == "52,5" and number(4.0) == "4"
    assert stamp(when).startswith("01.09.2026")
    language.apply_language(app, "en", catalogue)
    assert number(52.5) == "52.5"
    assert stamp(when).startswith("01/09/2026")
    language.apply_language(app, "nb", catalogue)
    assert number(52.5) == "52,5"
    language.apply_language(app, "nl", catalogue)
    assert number(52.5) == "52,5"
    assert stamp(when).startswith("01-09-2026")
    assert stamp(None) == "-"


def test_a_language_the_windows_lack_falls_back_to_danish(
    app: QApplication, catalogue: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert language.apply_language(app, "xx", catalogue) == "da"
    assert language.current_language() == "da"
    assert "unknown" in caplog.text


def test_a_missing_catalogue_leaves_the_source_words(
    qtbot: QtBot, app: QApplication, windows: Windows, tmp_path: Path
) -> None:
    """English chosen but its .qm is not there: Danish shows (never an empty string),
    Qt's own buttons are still English, and it is logged."""
    apply(qtbot, app, "en", tmp_path / "empty")
    start = windows.window.start_view
    qtbot.waitUntil(lambda: start.title.text() == "Ny session", timeout=3000)
    assert start.settings_button.text() == "Indstillinger …"


def test_the_languages_agree() -> None:
    """The service stores the languages the windows come in, named each in itself."""
    assert GUI_LANGUAGES == language.LANGUAGES
    assert language.LANGUAGE_NAMES == {
        "da": "Dansk",
        "en": "English",
        "nb": "Norsk bokmål",
        "nl": "Nederlands",
    }
