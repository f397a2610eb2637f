"""The questions the control window asks the counsellor, as injected callables.

The window never opens a modal box itself: it calls ``Dialogs.confirm``, ``ask_note``,
``ask_close``, ``tell``, ``confirm_risky`` (a question whose safe answer, "no", is the
default), ``choose_file`` and ``choose_folder``. ``qt_dialogs(parent)`` gives the real
ones; a test passes plain functions that answer at once, so no test waits for a modal
window to appear. The note dialog holds at most the core's limit of characters and says
how many are left, so a note can never be refused for its length after it was typed.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CloseChoice(enum.Enum):
    END = "end"  # end the session, then close
    LATER = "later"  # close; the session can be resumed at the next start
    CANCEL = "cancel"  # keep running


def _decline(_title: str, _question: str, _yes: str) -> bool:
    return False


def _no_file(_title: str, _start: Path, _filter: str) -> Path | None:
    return None


def _no_folder(_title: str, _start: Path) -> Path | None:
    return None


@dataclass(frozen=True)
class Dialogs:
    confirm: Callable[[str, str], bool]  # (title, question) → yes?
    ask_note: Callable[[str, str, int], str | None]  # (title, prompt, limit) → text or None
    ask_close: Callable[[], CloseChoice]  # the session is running and the window closes
    tell: Callable[[str, str], None]  # (title, message): something the counsellor must read
    # (title, question, the yes button's words) → yes? Something that cannot be undone:
    # "no" is the default button. Without one given, the answer is always no.
    confirm_risky: Callable[[str, str, str], bool] = _decline
    # (title, folder to start in, name filter) → the file chosen, or None.
    choose_file: Callable[[str, Path, str], Path | None] = _no_file
    # (title, folder to start in) → the folder chosen, or None.
    choose_folder: Callable[[str, Path], Path | None] = _no_folder
    # (title, suggested file, name filter) → where to save, or None.
    choose_save_file: Callable[[str, Path, str], Path | None] = _no_file


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class NoteDialog(QDialog):
    """A few lines for the log, limited to ``limit`` characters as they are typed."""

    def __init__(self, title: str, prompt: str, limit: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.limit = limit
        self.prompt = QLabel(prompt + "\n" + _tr("(Ctrl+Enter gemmer.)"), self)
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.left = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        # Our own words: Qt's catalogue for its buttons is not loaded yet.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuller"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.text, self.left, self.buttons):
            layout.addWidget(widget)
        self.text.textChanged.connect(self._on_text_changed)
        self._on_text_changed()
        self.text.installEventFilter(self)  # Ctrl+Enter confirms; Enter alone is a new line

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
                self.accept()
            return True
        return super().eventFilter(watched, event)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def _on_text_changed(self) -> None:
        text = self.text.toPlainText()
        if len(text) > self.limit:  # typed or pasted past the limit: keep what fits
            cursor = self.text.textCursor()
            position = min(cursor.position(), self.limit)
            self.text.blockSignals(True)
            self.text.setPlainText(text[: self.limit])
            self.text.blockSignals(False)
            cursor = self.text.textCursor()
            cursor.setPosition(position)
            self.text.setTextCursor(cursor)
            text = self.text.toPlainText()
        left = self.limit - len(text)
        self.left.setText(_tr("%1 tegn tilbage").replace("%1", str(left)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))


def qt_dialogs(parent: QWidget | None) -> Dialogs:
    """The real dialogs, modal over ``parent`` (None: before any window exists)."""

    def confirm(title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
        yes = box.addButton(_tr("Ja"), QMessageBox.ButtonRole.YesRole)
        box.addButton(_tr("Nej"), QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes

    def ask_note(title: str, prompt: str, limit: int) -> str | None:
        dialog = NoteDialog(title, prompt, limit, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value() or None

    def ask_close() -> CloseChoice:
        box = QMessageBox(parent)
        box.setWindowTitle(_tr("Sessionen kører"))
        box.setText(
            _tr(
                "Sessionen kører stadig. Alt er gemt: lukker du nu, kan du genoptage den, "
                "når du starter programmet igen."
            )
        )
        end = box.addButton(_tr("Afslut sessionen"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(_tr("Luk og fortsæt senere"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is end:
            return CloseChoice.END
        if clicked is later:
            return CloseChoice.LATER
        return CloseChoice.CANCEL

    def tell(title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    def confirm_risky(title: str, question: str, yes_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=parent)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(_tr("Nej"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)  # Enter must never do what cannot be undone
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def choose_file(title: str, start: Path, name_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), name_filter)
        return Path(chosen) if chosen else None

    def choose_folder(title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    def choose_save_file(title: str, start: Path, name_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
        return Path(chosen) if chosen else None

    return Dialogs(
        confirm=confirm,
        ask_note=ask_note,
        ask_close=ask_close,
        tell=tell,
        confirm_risky=confirm_risky,
        choose_file=choose_file,
        choose_folder=choose_folder,
        choose_save_file=choose_save_file,
    )
