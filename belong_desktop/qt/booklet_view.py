"""The letters booklet's review screen (layout only, GUI thread): sessions, letters, one
letter's words with its personal-data flags, the decisions and the title.

Left, the ended sessions to draw on (ticked) and their consented letters with each one's
decision; right, the chosen letter as the student sent it, passages left out shaded, the
flags and any characters the booklet's font cannot print below it, and the buttons. The
behaviour is ``BookletController``'s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brevhæfte til næste års nye studerende"))
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
        self.approve_button = QPushButton(self.tr("Godkend"), self)
        self.hide_button = QPushButton(self.tr("Skjul"), self)
        self.redact_button = QPushButton(self.tr("Udelad markeret tekst"), self)
        self.unredact_button = QPushButton(self.tr("Fortryd udeladelser"), self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Breve til nye studerende"))
        self.title.setMaxLength(120)
        self.tally = QLabel(self)
        self.build_button = QPushButton(self.tr("Lav brevhæfte (PDF) …"), self)
        self.close_button = QPushButton(self.tr("Luk"), self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Sessioner"), left))
        left_layout.addWidget(self.sessions, 1)
        left_layout.addWidget(QLabel(self.tr("Breve, der må deles"), left))
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
        bottom.addWidget(QLabel(self.tr("Titel:"), self))
        bottom.addWidget(self.title, 1)
        bottom.addWidget(self.tally)
        bottom.addWidget(self.build_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

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
