"""The review dialog's two pages (layout only, GUI thread).

The guard page comes first when the laptop's screen may be on the projector (one screen,
or mirroring): it shows no student text, only the request to switch the projector off.
The review page shows one flagged piece of personal data at a time: the whole text with
the flagged words marked, what kind of data it may be, how far the counsellor has come,
and the two choices, "Skjul" (the words become a token such as ``[navn]``) and "Behold".
Its fixed words are set again on a ``LanguageChange``; the flag's lines are the dialog's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.personal_data import Flag
from belong_desktop.qt.style import Tone, font, set_tone

#: The flag being decided, and the other flags in the same text still to come.
CURRENT_MARK = "#ffd54f"
OTHER_MARK = "#fff3c4"


class ReviewView(QWidget):
    PAGE_GUARD, PAGE_REVIEW = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

        # -- the guard ---------------------------------------------------------------------
        guard = QWidget(self._pages)
        self.guard_headline = QLabel(guard)
        self.guard_headline.setFont(font(18, bold=True))
        self.guard_text = QLabel(guard)
        self.guard_text.setWordWrap(True)
        self.guard_text.setFont(font(12))
        self.guard_button = QPushButton(guard)
        # Enter must not show the texts: only a deliberate click on the button does.
        self.guard_button.setAutoDefault(False)
        self.guard_cancel = QPushButton(guard)
        guard_buttons = QHBoxLayout()
        guard_buttons.addStretch(1)
        guard_buttons.addWidget(self.guard_cancel)
        guard_buttons.addWidget(self.guard_button)
        guard_layout = QVBoxLayout(guard)
        guard_layout.addStretch(1)
        guard_layout.addWidget(self.guard_headline)
        guard_layout.addWidget(self.guard_text)
        guard_layout.addSpacing(12)
        guard_layout.addLayout(guard_buttons)
        guard_layout.addStretch(2)
        self._pages.addWidget(guard)

        # -- the review --------------------------------------------------------------------
        review = QWidget(self._pages)
        self.headline = QLabel(review)
        self.headline.setFont(font(16, bold=True))
        self.progress_label = QLabel(review)
        self.progress_label.setFont(font(12, bold=True))
        self.progress = QProgressBar(review)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        head = QHBoxLayout()
        head.addWidget(self.headline, 1)
        head.addWidget(self.progress_label)
        self.kind = QLabel(review)
        self.kind.setFont(font(14, bold=True))
        self.kind.setWordWrap(True)
        self.where = QLabel(review)
        self.where.setWordWrap(True)
        self.text = QTextEdit(review)
        self.text.setReadOnly(True)
        self.text.setFont(font(13))
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys choose, never scroll away
        self.redact_button = QPushButton(review)
        self.keep_button = QPushButton(review)
        self.cancel_button = QPushButton(review)
        self.hint = QLabel(review)
        self.hint.setWordWrap(True)
        self.error = QLabel(review)
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.WARNING)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.redact_button)
        layout = QVBoxLayout(review)
        layout.addLayout(head)
        layout.addWidget(self.progress)
        layout.addSpacing(6)
        layout.addWidget(self.kind)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._pages.addWidget(review)
        for button in (self.redact_button, self.keep_button):
            button.setMinimumHeight(36)
            button.setFont(font(12, bold=True))
        self.retranslate()

    def retranslate(self) -> None:
        self.guard_headline.setText(self.tr("Kan klassen se din skærm?"))
        self.guard_text.setText(
            self.tr(
                "Det næste, du ser, er elevernes egne tekster. Din skærm vises måske på "
                "projektoren (én skærm eller spejling), og klassen må ikke se teksterne. "
                "Sluk projektoren, eller tag kablet ud, før du fortsætter."
            )
        )
        self.guard_button.setText(self.tr("Projektoren viser ikke min skærm – vis teksterne"))
        self.guard_cancel.setText(self.tr("Afbryd"))
        self.headline.setText(self.tr("Personoplysninger før eksport"))
        self.text.setAccessibleName(self.tr("Elevens tekst"))
        self.progress.setAccessibleName(self.tr("Gennemgået"))
        self.redact_button.setAccessibleDescription(
            self.tr("Genvej: S. Ordene erstattes; det kan ikke fortrydes")
        )
        self.keep_button.setText(self.tr("Behold"))
        self.keep_button.setAccessibleDescription(self.tr("Genvej: B. Teksten bliver, som den er"))
        self.cancel_button.setText(self.tr("Afbryd"))
        self.cancel_button.setAccessibleDescription(self.tr("Det, du har besluttet, er gemt"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- pages -----------------------------------------------------------------------------

    def show_guard(self) -> None:
        self.clear_text()  # nothing a student wrote stays behind the guard
        self._pages.setCurrentIndex(self.PAGE_GUARD)
        self.guard_button.setFocus()

    def show_review(self) -> None:
        self._pages.setCurrentIndex(self.PAGE_REVIEW)

    def page(self) -> int:
        return self._pages.currentIndex()

    # -- one flag --------------------------------------------------------------------------

    def show_flag(
        self,
        text: str,
        flag: Flag,
        later: list[Flag],
        kind: str,
        where: str,
        token: str,
        done: int,
        total: int,
    ) -> None:
        """``text`` with ``flag`` marked strongly and the ``later`` flags lightly."""
        self.progress_label.setText(
            self.tr("%1 af %2").replace("%1", str(done + 1)).replace("%2", str(total))
        )
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.kind.setText(
            self.tr("%1: »%2«").replace("%1", kind).replace("%2", text[flag.start : flag.end])
        )
        self.where.setText(where)
        self.redact_button.setText(self.tr("Skjul (→ %1)").replace("%1", token))
        self.hint.setText(
            self.tr(
                "Skjul erstatter ordene med %1 i teksten på denne computer og i eksporten; "
                "det kan ikke fortrydes. Behold lader teksten stå, som eleven skrev den. "
                "Tasterne: S skjuler, B beholder, Esc afbryder (det besluttede er gemt)."
            ).replace("%1", token)
        )
        # Through the document: the widget would carry the last mark's format over.
        self.text.setCurrentCharFormat(QTextCharFormat())
        self.text.document().setPlainText(_lines(text))
        for other in later:
            self._mark(text, other, OTHER_MARK, bold=False)
        cursor = self._mark(text, flag, CURRENT_MARK, bold=True)
        cursor.clearSelection()
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        self.redact_button.setFocus()

    def clear_text(self) -> None:
        self.text.clear()
        self.kind.clear()
        self.where.clear()

    def _mark(self, text: str, flag: Flag, colour: str, *, bold: bool) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(_position(text, flag.start))
        cursor.setPosition(_position(text, flag.end), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextCharFormat()
        mark.setBackground(QColor(colour))
        if bold:
            mark.setFontWeight(QFont.Weight.Bold)
            mark.setFontUnderline(True)
        cursor.mergeCharFormat(mark)
        return cursor


def _lines(text: str) -> str:
    """Every line break as one character, as the text widget keeps it."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _position(text: str, index: int) -> int:
    """Where ``text[index]`` is in the widget: Qt counts UTF-16 code units (an emoji is
    two) and keeps a Windows line break as one character."""
    return len(_lines(text[:index]).encode("utf-16-le")) // 2
