"""The letters booklet's review screen (layout only, GUI thread): sessions, letters, one
letter's words with its personal-data flags, the decisions and the title.

Left, the ended sessions to draw on (ticked) and their consented letters with each one's
decision; right, the chosen letter as the student sent it, passages left out shaded, the
flags and any characters the booklet's font cannot print below it, and the buttons. The
behaviour is ``BookletController``'s. Its fixed words are set again on a ``LanguageChange``;
then ``sig_retranslated`` has the controller word the lists, the letter's lines and the tally.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)


class BookletView(QDialog):
    sig_retranslated = Signal()  # its own words are new: the controller's lines follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(1000, 680)
        self.sessions = QListWidget(self)
        self.letters = QListWidget(self)
        self.letter = QPlainTextEdit(self)
        self.letter.setReadOnly(True)
        self.letter.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        self.glyphs = QLabel(self)
        self.glyphs.setWordWrap(True)
        self.approve_button = QPushButton(self)
        self.hide_button = QPushButton(self)
        self.redact_button = QPushButton(self)
        self.unredact_button = QPushButton(self)
        self.title = QLineEdit(self)
        self.title.setMaxLength(120)
        self.tally = QLabel(self)
        self.build_button = QPushButton(self)
        self.close_button = QPushButton(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        self.sessions_label = QLabel(left)
        self.sessions_label.setBuddy(self.sessions)
        self.letters_label = QLabel(left)
        self.letters_label.setBuddy(self.letters)
        left_layout.addWidget(self.sessions_label)
        left_layout.addWidget(self.sessions, 1)
        left_layout.addWidget(self.letters_label)
        left_layout.addWidget(self.letters, 3)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.letter, 1)
        right_layout.addWidget(self.flags)
        right_layout.addWidget(self.glyphs)
        decide = QHBoxLayout()
        for button in (
            self.approve_button,
            self.hide_button,
            self.redact_button,
            self.unredact_button,
        ):
            decide.addWidget(button)
        right_layout.addLayout(decide)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title)
        bottom.addWidget(self.title_label)
        bottom.addWidget(self.title, 1)
        bottom.addWidget(self.tally)
        bottom.addWidget(self.build_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Brevhæfte til næste års nye studerende"))
        self.sessions_label.setText(self.tr("Sessioner"))
        self.sessions.setAccessibleName(self.tr("Sessioner"))
        self.sessions.setAccessibleDescription(
            self.tr("Mellemrum sætter eller fjerner fluebenet ved en session")
        )
        self.letters_label.setText(self.tr("Breve, der må deles"))
        self.letters.setAccessibleName(self.tr("Breve, der må deles"))
        self.letter.setAccessibleName(self.tr("Brevet"))
        self.letter.setAccessibleDescription(
            self.tr("Markér tekst med Skift og piletasterne for at udelade den")
        )
        self.approve_button.setText(self.tr("Godkend"))
        self.hide_button.setText(self.tr("Skjul"))
        self.hide_button.setAccessibleDescription(self.tr("Brevet kommer ikke med i hæftet"))
        self.redact_button.setText(self.tr("Udelad markeret tekst"))
        self.unredact_button.setText(self.tr("Fortryd udeladelser"))
        self.title_label.setText(self.tr("Titel:"))
        self.title.setPlaceholderText(self.tr("Breve til nye studerende"))
        self.title.setAccessibleName(self.tr("Hæftets titel"))
        self.build_button.setText(self.tr("Lav brevhæfte (PDF) …"))
        self.close_button.setText(self.tr("Luk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.sig_retranslated.emit()
        super().changeEvent(event)

    def show_letter(self, text: str, shaded: list[tuple[int, int]]) -> None:
        """The letter's words; ``shaded`` (Qt positions) are the passages left out."""
        self.letter.setPlainText(text)
        marks = []
        shade = QTextCharFormat()
        shade.setBackground(QColor("#d0d7de"))
        shade.setFontStrikeOut(True)
        for start, end in shaded:
            cursor = QTextCursor(self.letter.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format = shade
            marks.append(mark)
        self.letter.setExtraSelections(marks)

    def selection(self) -> tuple[int, int] | None:
        """The marked passage in Qt positions, or None."""
        cursor = self.letter.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()
