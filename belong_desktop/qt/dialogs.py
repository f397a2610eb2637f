"""The questions the control window asks the counsellor, as injected callables.

The window never opens a modal box itself: it calls ``Dialogs.confirm``, ``ask_note``,
``ask_close``, ``tell``, ``confirm_risky`` (a question whose safe answer, "no", is the
default), ``choose_file``, ``choose_folder`` and ``choose_save_file`` (where a new file
goes). ``qt_dialogs(parent)`` gives the real ones; a test passes plain functions that
answer at once, so no test waits for a modal window to appear. The note dialog holds at
most the core's limit of characters and says how many are left, so a note can never be
refused for its length after it was typed.

Qt's standard buttons (Yes/No, OK/Cancel) and the file dialogs' labels are worded by Qt's
own catalogue where it has the language (``language.apply_language`` installs it: da,
en, nl); where it has not (nb, or before a language is applied), ``own_words`` gives them
ours, so a box never says "Yes" inside a Danish or Norwegian window.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.qt.language import qt_words_missing, standard_button


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


def _no_save_file(_title: str, _suggested: Path, _filter: str) -> Path | None:
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
    # (title, suggested file, name filter) → where to save a new file, or None.
    choose_save_file: Callable[[str, Path, str], Path | None] = _no_save_file


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


_BOX_WORDS = {
    QMessageBox.StandardButton.Yes: "yes",
    QMessageBox.StandardButton.No: "no",
    QMessageBox.StandardButton.Ok: "ok",
    QMessageBox.StandardButton.Cancel: "cancel",
    QMessageBox.StandardButton.Close: "close",
    QMessageBox.StandardButton.Save: "save",
    QMessageBox.StandardButton.Open: "open",
}
_BAR_WORDS = {
    QDialogButtonBox.StandardButton.Ok: "ok",
    QDialogButtonBox.StandardButton.Cancel: "cancel",
    QDialogButtonBox.StandardButton.Close: "close",
    QDialogButtonBox.StandardButton.Save: "save",
    QDialogButtonBox.StandardButton.Open: "open",
}


def own_words(box: QMessageBox | QDialogButtonBox) -> None:
    """Our words on ``box``'s standard buttons where Qt has none for the language."""
    if not qt_words_missing():
        return
    button: QAbstractButton | None
    if isinstance(box, QMessageBox):
        for which, kind in _BOX_WORDS.items():
            button = box.button(which)
            if button is not None:
                button.setText(standard_button(kind))
    else:
        for bar_button, kind in _BAR_WORDS.items():
            button = box.button(bar_button)
            if button is not None:
                button.setText(standard_button(kind))


def file_dialog_words(dialog: QFileDialog, accept: str) -> None:
    """The labels of Qt's own file dialog in our words where Qt has none for the language
    (a native dialog follows the system instead and ignores them)."""
    if not qt_words_missing():
        return
    labels = {
        QFileDialog.DialogLabel.LookIn: _tr("Kig i:"),
        QFileDialog.DialogLabel.FileName: _tr("Filnavn:"),
        QFileDialog.DialogLabel.FileType: _tr("Filtype:"),
        QFileDialog.DialogLabel.Accept: standard_button(accept),
        QFileDialog.DialogLabel.Reject: standard_button("cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)


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
        own_words(self.buttons)  # Qt has no words for them in every language (nb)
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


def question_box(title: str, question: str, parent: QWidget | None) -> QMessageBox:
    """A yes/no question with Qt's standard buttons, worded for the language in use."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    own_words(box)
    return box


def qt_dialogs(parent: QWidget | None) -> Dialogs:
    """The real dialogs, modal over ``parent`` (None: before any window exists)."""

    def confirm(title: str, question: str) -> bool:
        box = question_box(title, question, parent)
        box.exec()
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)

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
        box.addButton(QMessageBox.StandardButton.Cancel)
        own_words(box)
        box.exec()
        clicked = box.clickedButton()
        if clicked is end:
            return CloseChoice.END
        if clicked is later:
            return CloseChoice.LATER
        return CloseChoice.CANCEL

    def tell(title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        own_words(box)
        box.exec()

    def confirm_risky(title: str, question: str, yes_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=parent)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(QMessageBox.StandardButton.No)
        own_words(box)
        box.setDefaultButton(no)  # Enter must never do what cannot be undone
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def choose(dialog: QFileDialog, accept: str) -> Path | None:
        file_dialog_words(dialog, accept)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def choose_file(title: str, start: Path, name_filter: str) -> Path | None:
        dialog = QFileDialog(parent, title, str(start), name_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return choose(dialog, "open")

    def choose_folder(title: str, start: Path) -> Path | None:
        dialog = QFileDialog(parent, title, str(start))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        return choose(dialog, "open")

    def choose_save_file(title: str, suggested: Path, name_filter: str) -> Path | None:
        dialog = QFileDialog(parent, title, str(suggested), name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        return choose(dialog, "save")

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
