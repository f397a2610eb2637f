"""The real dialogs: the note holds no more than the limit; the boxes answer as clicked;
an unexpected error is told calmly, once at a time, from any thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from belong_desktop import logs
from belong_desktop.qt.crash_notice import CrashNotice
from belong_desktop.qt.dialogs import CloseChoice, NoteDialog, qt_dialogs


def test_the_note_dialog_holds_at_most_the_limit(qtbot: QtBot) -> None:
    dialog = NoteDialog("Afsluttet før tid", "Skriv kort hvorfor", 10, None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing written yet
    qtbot.keyClicks(dialog.text, "brand")
    assert ok.isEnabled() and dialog.left.text() == "5 tegn tilbage"
    dialog.text.insertPlainText("øvelse i hele huset")  # a paste past the limit
    assert dialog.text.toPlainText() == "brandøvels"
    assert dialog.left.text() == "0 tegn tilbage"
    qtbot.keyClicks(dialog.text, "xyz")
    assert dialog.value() == "brandøvels"
    dialog.text.setPlainText("   ")
    assert not ok.isEnabled()  # spaces are no reason


def test_ctrl_enter_confirms_the_note_and_enter_makes_a_new_line(qtbot: QtBot) -> None:
    dialog = NoteDialog("Afsluttet før tid", "Skriv kort hvorfor", 200, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() != NoteDialog.DialogCode.Accepted  # nothing written: not yet
    qtbot.keyClicks(dialog.text, "brand")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "øvelse")
    assert dialog.text.toPlainText() == "brand\nøvelse" and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.value() == "brand\nøvelse"


def answer_next_box(click: Callable[[QWidget], None]) -> None:
    """Click in the next modal box once it is open (these tests open real ones)."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, attempt)
        else:
            click(box)

    QTimer.singleShot(0, attempt)


def button(text: str) -> Callable[[QWidget], None]:
    def click(box: QWidget) -> None:
        [match] = [b for b in box.findChildren(QPushButton) if b.text() == text]
        match.click()

    return click


@pytest.mark.parametrize(("clicked", "expected"), [("Ja", True), ("Nej", False)])
def test_confirm_answers_as_clicked(qtbot: QtBot, clicked: str, expected: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = qt_dialogs(parent)
    answer_next_box(button(clicked))
    assert dialogs.confirm("Afslut session", "Vil du afslutte sessionen nu?") is expected


@pytest.mark.parametrize(
    ("clicked", "expected"),
    [
        ("Afslut sessionen", CloseChoice.END),
        ("Luk og fortsæt senere", CloseChoice.LATER),
        ("Annuller", CloseChoice.CANCEL),
    ],
)
def test_ask_close_offers_end_later_and_cancel(
    qtbot: QtBot, clicked: str, expected: CloseChoice
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_next_box(button(clicked))
    assert qt_dialogs(parent).ask_close() is expected


def test_ask_note_gives_the_text_or_none(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = qt_dialogs(parent)

    def write_and_accept(box: QWidget) -> None:
        assert isinstance(box, NoteDialog) and box.limit == 2000
        box.text.setPlainText("  brandøvelse  ")
        box.accept()

    answer_next_box(write_and_accept)
    assert dialogs.ask_note("Afsluttet før tid", "Hvorfor?", 2000) == "brandøvelse"
    answer_next_box(lambda box: box.reject() if isinstance(box, NoteDialog) else None)
    assert dialogs.ask_note("Afsluttet før tid", "Hvorfor?", 2000) is None


def test_a_crash_report_from_another_thread_is_shown_in_the_gui_thread(qtbot: QtBot) -> None:
    shown: list[tuple[str, int]] = []
    notice = CrashNotice(show=lambda text: shown.append((text, threading.get_ident())))
    worker = threading.Thread(target=notice.report, args=("/var/log/belong.log",))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    text, thread = shown[0]
    assert thread == threading.get_ident()
    assert "uventet fejl" in text and text.endswith("/var/log/belong.log")


def test_the_real_notice_is_one_box_at_a_time(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    notice = CrashNotice(parent)
    notice.report("")
    notice.report("")
    qtbot.waitUntil(lambda: len(_boxes(parent)) > 0, timeout=10_000)
    boxes = _boxes(parent)
    assert len(boxes) == 1 and boxes[0].windowModality() == Qt.WindowModality.NonModal
    assert "Sessionen og alt, hvad der er gemt, er i orden" in boxes[0].text()


def _boxes(parent: QWidget) -> list[QMessageBox]:
    return [b for b in parent.findChildren(QMessageBox) if b.isVisible()]


def test_an_exception_in_a_slot_is_logged_and_told_and_the_app_goes_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """PySide6 hands an exception raised in a slot to sys.excepthook: ours logs it with its
    traceback and the counsellor is told once, calmly; the event loop carries on."""
    log_file = logs.configure_logging(tmp_path / "logs")
    shown: list[str] = []
    notice = CrashNotice(show=shown.append)
    uninstall = logs.install_crash_hook(notice.report)
    try:
        timer = QTimer()
        timer.setSingleShot(True)

        def broken_slot() -> None:
            raise LookupError("a bug in a slot")

        timer.timeout.connect(broken_slot)
        timer.start(0)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        after: list[bool] = []
        QTimer.singleShot(0, lambda: after.append(True))
        qtbot.waitUntil(lambda: after == [True], timeout=10_000)  # the loop is still running
    finally:
        uninstall()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "uncaught LookupError" in text and "a bug in a slot" in text and "Traceback" in text
    assert shown[0].endswith(str(log_file))
