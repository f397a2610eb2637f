"""The control strip (layout only): the few controls the counsellor needs while the class
sees the same picture, and nothing the class must not read.

A small frameless window kept above the full-screen projector on a shared screen: back,
next, the step number and the time, the join slide, end, and the way to the full control
window. It never shows speaker notes, the pack or its arm, and takes no keyboard focus,
so the projector keeps it and Space and the arrows keep working. GUI thread; the buttons
only emit signals, ``ScreenLayout`` routes them. Its words are set again on every
``LanguageChange``, the progress line from the last step and time it was given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from belong_desktop.core.timefmt import mmss
from belong_desktop.qt.style import PROJECTOR_MUTED, PROJECTOR_TEXT, STRIP_BACKGROUND

#: Pixels between the strip and the top of the screen. At the top, it hides neither the
#: projector's calm timer line nor a video's subtitles, which are both at the bottom.
MARGIN = 12


class ControlStrip(QWidget):
    sig_prev = Signal()
    sig_next = Signal()
    sig_join = Signal()
    sig_end = Signal()
    sig_private = Signal()  # the counsellor wants the full control window
    sig_home = Signal()  # after the end: back to the start screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("strip")
        self._progress: tuple[int, int, float] | None = None  # None: the session ended
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            f"#strip {{ background: {STRIP_BACKGROUND}; border-radius: 8px; }}"
            f"QLabel {{ color: {PROJECTOR_TEXT}; font-size: 16px; }}"
            f"QLabel#message {{ color: {PROJECTOR_MUTED}; font-size: 14px; }}"
            "QPushButton { font-size: 15px; padding: 6px 12px; }"
        )
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.progress = QLabel(self)
        self.join_button = QPushButton(self)
        self.end_button = QPushButton(self)
        self.home_button = QPushButton(self)
        self.private_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self._running_buttons = (self.prev_button, self.next_button, self.join_button)
        for button in (*self._running_buttons, self.end_button, self.home_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.private_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        row = QHBoxLayout()
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        row.addSpacing(12)
        row.addWidget(self.progress)
        row.addSpacing(12)
        row.addWidget(self.join_button)
        row.addWidget(self.end_button)
        row.addWidget(self.home_button)
        row.addSpacing(12)
        row.addWidget(self.private_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.addWidget(self.message)
        column.addLayout(row)

        self.prev_button.clicked.connect(self.sig_prev)
        self.next_button.clicked.connect(self.sig_next)
        self.join_button.clicked.connect(self.sig_join)
        self.end_button.clicked.connect(self.sig_end)
        self.home_button.clicked.connect(self.sig_home)
        self.private_button.clicked.connect(self.sig_private)
        self.retranslate()
        self.show_running()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Styring"))
        self.prev_button.setText(self.tr("←"))
        self.prev_button.setToolTip(self.tr("Forrige trin (←)"))
        self.prev_button.setAccessibleName(self.tr("Forrige trin"))
        self.next_button.setText(self.tr("Næste →"))
        self.next_button.setAccessibleName(self.tr("Næste trin"))
        self.join_button.setText(self.tr("QR-kode (J)"))
        self.join_button.setAccessibleName(self.tr("Vis QR-kode og kode på lærredet"))
        self.end_button.setText(self.tr("Afslut"))
        self.end_button.setAccessibleName(self.tr("Afslut session"))
        self.home_button.setText(self.tr("Til startskærmen"))
        self.private_button.setText(self.tr("Fuldt vindue …"))
        tip = self.tr("Vis noterne og det fulde vindue: kun når klassen ikke kan se skærmen")
        self.private_button.setToolTip(tip)
        self.private_button.setAccessibleDescription(tip)
        self.message.clear()  # a passing line in the old words
        self.message.hide()
        self._show_progress()
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_progress(self) -> None:
        if self._progress is None:
            if self.home_button.isVisibleTo(self):
                self.progress.setText(self.tr("Sessionen er afsluttet"))
            return
        step_index, steps, elapsed_seconds = self._progress
        self.progress.setText(
            self.tr("Trin %1 af %2 · %3")
            .replace("%1", str(step_index + 1))
            .replace("%2", str(steps))
            .replace("%3", mmss(elapsed_seconds))
        )

    def show_running(self) -> None:
        for button in (*self._running_buttons, self.end_button):
            button.show()
        self.home_button.hide()
        self.adjustSize()

    def show_ended(self) -> None:
        """The closing slide stays up; the strip offers the way back, nothing else."""
        for button in (*self._running_buttons, self.end_button):
            button.hide()
        self.home_button.show()
        self._progress = None
        self._show_progress()
        self.adjustSize()

    def set_progress(self, step_index: int, steps: int, elapsed_seconds: float) -> None:
        self._progress = (step_index, steps, elapsed_seconds)
        self._show_progress()
        self.prev_button.setEnabled(step_index > 0)
        self.next_button.setEnabled(step_index < steps - 1)

    def say(self, text: str) -> None:
        """A calm line above the buttons (e.g. that the screens changed); empty hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()

    def place_on(self, area: QRect) -> None:
        """Centred at the top of ``area`` (the projector's screen)."""
        self.adjustSize()
        width = min(self.sizeHint().width(), area.width())
        height = self.sizeHint().height()
        x = area.x() + (area.width() - width) // 2
        self.setGeometry(x, area.y() + MARGIN, width, height)

    def visible_text(self) -> str:
        """Every text on the strip now; tests use it to check nothing private shows."""
        widgets: list[QLabel | QPushButton] = [
            self.message,
            self.progress,
            self.prev_button,
            self.next_button,
            self.join_button,
            self.end_button,
            self.home_button,
            self.private_button,
        ]
        return "\n".join(w.text() for w in widgets if w.isVisibleTo(self))
