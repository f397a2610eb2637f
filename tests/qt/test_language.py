"""The counsellor switches the windows' language at run time: every window says its words
again (a title, buttons, labels, lines built from the session's state), Qt's own buttons
follow (its catalogue where it has the language, ours for Norwegian), numbers and dates
follow the locale, and the choice is stored. Real windows over a real store; the
translations are a small real catalogue compiled by pyside6-lrelease (translations.py),
loaded through the same ``apply_language`` as the shipped ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from belong_desktop import paths
from belong_desktop.core.packs import Pack, StepKind
from belong_desktop.qt import language
from belong_desktop.qt.control_strip import ControlStrip
from belong_desktop.qt.dialogs import NoteDialog, file_dialog_words, question_box
from belong_desktop.qt.kit_card import spaced
from belong_desktop.qt.review_dialog import ReviewDialog
from belong_desktop.qt.shared_cover import PackOption, SharedCover
from belong_desktop.qt.words import number, stamp
from belong_desktop.services.preferences import GUI_LANGUAGES
from tests.class_factory import run_class

from .conftest import Windows
from .kit_helpers import TRIAL
from .translations import build_catalogue, build_pseudo_catalogue, forget_language


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
    qtbot.waitUntil(lambda: start.title.text() == "New session", timeout=10_000)
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
    with qtbot.waitSignal(window.sig_step_shown, timeout=10_000):
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
    qtbot.waitUntil(lambda: run.next_button.text() == "Næste →", timeout=10_000)
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
    chooser = QFileDialog(None, "Velg fil")
    qtbot.addWidget(chooser)
    file_dialog_words(chooser, "open")
    assert chooser.labelText(QFileDialog.DialogLabel.Accept) == "Åpne"
    assert chooser.labelText(QFileDialog.DialogLabel.LookIn) == "Se i:"
    assert chooser.labelText(QFileDialog.DialogLabel.Reject) == "Avbryt"

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
    qtbot.waitUntil(lambda: start.title.text() == "Ny session", timeout=10_000)
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


# -- nothing is left behind: a switch into the pseudo-locale ---------------------------

#: Text with no letters to translate: numbers, clocks, codes, symbols.
NO_WORDS = re.compile(r"^[\W\d_]*$")


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    build_pseudo_catalogue(folder, "en")
    return folder


def shown_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    found: list[tuple[QWidget, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((widget, widget.text()))
            found.append((widget, widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            found.append((widget, widget.title()))
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append((widget, widget.placeholderText()))
        if isinstance(widget, QLineEdit | QAbstractButton | QComboBox | QAbstractItemView):
            found.append((widget, widget.accessibleName()))
            found.append((widget, widget.accessibleDescription()))
    return [(w, t) for w, t in found if t and not NO_WORDS.match(t)]


def left_behind(root: QWidget, data: set[str]) -> list[str]:
    """Visible words (texts, tooltips, names) not in the pseudo-locale, and not data."""
    return sorted(
        {
            f"{type(w).__name__}: {t!r}"
            for w, t in shown_texts(root)
            if "[" not in t and "~" not in t and not any(d and d in t for d in data)
        }
    )


def pack_words(pack: Pack) -> set[str]:
    """What the pack says (in the session's language, not the counsellor's): data here."""
    words = {pack.id, pack.title.get("da")}
    for step in pack.steps:
        words.add(step.headline("da"))
        words.update(part for part in step.slide("da") if part)
        if step.poll is not None:
            words.update(option.get("da") for option in step.poll.options)
    return words


def test_after_a_switch_no_window_keeps_a_word_of_the_language_before(
    qtbot: QtBot, app: QApplication, windows: Windows, pseudo_catalogue: Path
) -> None:
    """Every window is built and filled in Danish, a session running; then the language
    changes: every text, tooltip and accessible name shown is in the new catalogue."""
    window, projector = windows.window, windows.projector
    window.resize(1366, 768)
    start = window.start_view
    start.group_code.setText("DAT1-A")
    with qtbot.waitSignal(window.sig_step_shown, timeout=10_000):
        qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert window.flow is not None
    pack = window.flow.pack
    data = pack_words(pack) | {"DAT1-A", str(paths.export_dir()), "belong-desktop"}

    apply(qtbot, app, "en", pseudo_catalogue)
    run = window.run_view
    qtbot.waitUntil(lambda: "[" in run.next_button.text(), timeout=10_000)
    problems = {"run": left_behind(window, data)}
    # The class reads the session's language (Danish here), not the counsellor's.
    assert projector.join_scan.text() == "Scan QR-koden med kameraet, eller åbn"
    assert "[" not in projector.visible_text()
    assert projector.windowTitle().startswith("[")  # the window's name is the counsellor's

    windows.answers.confirms.append(True)
    windows.answers.notes.append("Prøve")
    assert window.end_session()
    qtbot.waitUntil(lambda: start.isVisible(), timeout=10_000)
    problems["start"] = left_behind(window, data)
    window.show_settings()
    problems["settings"] = left_behind(window, data)
    assert {k: v for k, v in problems.items() if v} == {}


def test_after_a_switch_the_other_screens_keep_no_word_of_the_language_before(
    qtbot: QtBot,
    app: QApplication,
    trial_windows: Windows,
    kit_file: Path,
    pseudo_catalogue: Path,
) -> None:
    """The kit card, the past sessions, the booklet's screen, the review, the shared
    cover and the control strip: open and filled in Danish, then the switch."""
    w = trial_windows
    window = w.window
    w.rt.kits.import_kit(kit_file)
    letters = ("Kære nye studerende, skriv til mig på a.b@example.dk", "Usendt.")
    sid = run_class(w.rt, letters=letters)
    window.refresh_start_view()
    window.start_view.past_sessions.select(sid)
    w.answers.confirms.append(True)
    window.start_view.past_sessions.booklet_button.click()
    booklet = window.booklet_flow
    assert booklet is not None
    qtbot.waitUntil(lambda: len(booklet.shown) >= 1, timeout=10_000)
    items = w.rt.review.items(sid)
    review = ReviewDialog(w.rt.review, sid, items, {}, guard=False, parent=window)
    qtbot.addWidget(review)
    review.show()
    assert review.current_flag() is not None
    cover = SharedCover(window)
    cover.set_packs(PackOption.of(p) for p in window.catalog.packs())
    cover.set_sessions(w.rt.sessions.list_sessions())
    cover.show_start("")
    strip = ControlStrip()
    qtbot.addWidget(strip)
    strip.set_progress(2, 9, 125.0)
    strip.show()
    pack = window.catalog.packs()[0]
    data = pack_words(pack) | {"DAT1-A", str(paths.export_dir()), "belong-desktop"}
    kit = w.rt.kits.current()
    assert kit is not None
    data |= {letters[0], "a.b@example.dk", TRIAL, "DTU", "Datalogi", spaced(kit.fingerprint)}

    apply(qtbot, app, "en", pseudo_catalogue)
    qtbot.waitUntil(lambda: "[" in strip.next_button.text(), timeout=10_000)
    problems = {
        "booklet": left_behind(booklet.view, data),
        "review": left_behind(review, data),
        "strip": left_behind(strip, data),
    }
    booklet.view.reject()
    review.reject()
    problems["start"] = left_behind(window.start_view, data)
    window.show_settings()
    problems["settings"] = left_behind(window.settings_view, data)
    window._on_settings_back()
    cover.cover()
    problems["cover"] = left_behind(cover, data)
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_projector_speaks_the_sessions_language_not_the_windows(
    qtbot: QtBot, app: QApplication, trial_windows: Windows, catalogue: Path
) -> None:
    """An English session in a Danish window: the class reads English on the projector."""
    apply(qtbot, app, "da", catalogue)
    window, projector = trial_windows.window, trial_windows.projector
    pack = next(p for p in window.catalog.packs() if "en" in p.languages)
    window.start_new(str(pack.folder), "DAT1-A", "en")
    assert window.session_id is not None and window.language == "en"
    assert window.run_view.next_button.text() == "Næste →"  # the counsellor's: Danish
    assert projector.join_scan.text() == "Scan the QR code, or open"
    timed = next(s for s in pack.steps if s.kind is StepKind.REFLECTION)
    assert window.clock.time_left_text(timed, 0.0) == (
        f"about {round(timed.target_seconds / 60)} min"
    )
    windows_before = projector.join_scan.text()
    apply(qtbot, app, "nl", catalogue)  # the counsellor switches: the class's words stay
    qtbot.waitUntil(lambda: window.start_view.title.text() == "Nieuwe sessie", timeout=10_000)
    assert projector.join_scan.text() == windows_before
