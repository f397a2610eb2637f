"""The run screen (layout only): plan, clock, speaker notes, navigation, video, notes.

GUI thread. Space, the arrows and the other keys of the help (F1) drive the session; the
buttons are reached with Tab (never by a click: a clicked button must not keep the focus
Space needs) and pressed with Enter. Every text is set in ``retranslate``, again on each
``LanguageChange``; the plan's words are rebuilt from the pack.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.packs import Pack
from belong_desktop.core.timefmt import mmss
from belong_desktop.qt.join_panel import JoinPanel
from belong_desktop.qt.style import Tone, font, set_tone
from belong_desktop.qt.words import kind_name, number

COL_NUMBER, COL_STEP, COL_KIND, COL_TARGET, COL_ELAPSED = range(5)


class RunView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pack: Pack | None = None  # the plan shown, reworded on a language change
        self.steps = QTableWidget(0, 5, self)
        self.steps.verticalHeader().hide()
        self.steps.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.steps.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STEP, QHeaderView.ResizeMode.Stretch)

        self.clock = QLabel("0:00", self)
        self.clock.setFont(font(22, bold=True))
        self.plan_label = QLabel(self)
        self.overrun = QLabel(self)
        set_tone(self.overrun, Tone.WARNING_STRONG)
        self.overrun.setWordWrap(True)
        self.blackout = QLabel(self)
        set_tone(self.blackout, Tone.WARNING_STRONG)
        self.blackout.setWordWrap(True)
        self.blackout.hide()
        self.step_title = QLabel(self)
        self.step_title.setFont(font(16, bold=True))
        self.step_clock = QLabel(self)

        self.notes = QTextBrowser(self)
        self.notes.setFont(font(18))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        for button in (self.prev_button, self.next_button):
            button.setFont(font(14))
            button.setMinimumHeight(44)
        self.reveal_button = QPushButton(self)
        self.reveal_button.hide()  # only at a poll step

        self.video_box = QGroupBox(self)
        self.backend = QLabel(self.video_box)
        # Its words follow the player ("Pause (P)" / "Afspil (P)"): VideoController's.
        self.play_button = QPushButton(self.tr("Pause (P)"), self.video_box)
        self.restart_button = QPushButton(self.video_box)
        self.seek = QSlider(Qt.Orientation.Horizontal, self.video_box)
        self.seek.setRange(0, 0)
        self.video_time = QLabel("0:00 / 0:00", self.video_box)
        self.video_message = QLabel(self.video_box)
        self.video_message.setWordWrap(True)
        set_tone(self.video_message, Tone.WARNING)
        self.seek.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # P and "Forfra" do its work
        video = QGridLayout(self.video_box)
        video.addWidget(self.play_button, 0, 0)
        video.addWidget(self.restart_button, 0, 1)
        video.addWidget(self.seek, 0, 2)
        video.addWidget(self.video_time, 0, 3)
        video.addWidget(self.backend, 1, 0, 1, 4)
        video.addWidget(self.video_message, 2, 0, 1, 4)

        self.join_panel = JoinPanel(self)

        self.note_input = QLineEdit(self)
        self.note_input.setMaxLength(2000)
        self.note_button = QPushButton(self)
        self.note_status = QLabel(self)
        self.end_button = QPushButton(self)
        self.projector_button = QPushButton(self)
        self.help_button = QPushButton(self)
        # Tab reaches them and Enter presses them; a click leaves the focus where it was,
        # so Space still means "next" after the mouse was used.
        self._buttons = (
            self.prev_button,
            self.next_button,
            self.reveal_button,
            self.play_button,
            self.restart_button,
            self.note_button,
            self.help_button,
            self.projector_button,
            self.end_button,
        )
        for button in self._buttons:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(True)

        left = QVBoxLayout()
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock)
        clock_row.addWidget(self.plan_label, 1)
        left.addLayout(clock_row)
        left.addWidget(self.overrun)
        left.addWidget(self.blackout)
        self._left = left  # the window adds the projector preview below these
        left.addWidget(self.steps, 1)
        left.addWidget(self.join_panel)

        right = QVBoxLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.step_title, 1)
        title_row.addWidget(self.step_clock)
        right.addLayout(title_row)
        right.addWidget(self.notes, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        right.addWidget(self.reveal_button)
        right.addWidget(self.video_box)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_input, 1)
        note_row.addWidget(self.note_button)
        right.addLayout(note_row)
        right.addWidget(self.note_status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.help_button)
        bottom.addWidget(self.projector_button)
        bottom.addStretch(1)
        bottom.addWidget(self.end_button)
        right.addLayout(bottom)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        # Tab follows the screen: the step's column top to bottom, then the class panel.
        order: tuple[QWidget, ...] = (
            *self._buttons[:5],  # the step's buttons and the video's
            self.note_input,
            self.note_button,
            self.help_button,
            self.projector_button,
            self.end_button,
            self.join_panel.show_button,
            self.join_panel.reset_button,
            self.join_panel.strip_box,
        )
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word on the screen in the language now installed."""
        self.steps.setHorizontalHeaderLabels(
            ["#", self.tr("Trin"), self.tr("Type"), self.tr("Mål"), self.tr("Brugt")]
        )
        self.steps.setAccessibleName(self.tr("Timens plan"))
        self.clock.setAccessibleName(self.tr("Tid brugt i alt"))
        self.step_clock.setAccessibleName(self.tr("Tid på dette trin / planlagt"))
        self.blackout.setText(
            self.tr("Lærredet er sort. Tryk B eller mellemrum for at vise det igen.")
        )
        self.notes.setAccessibleName(self.tr("Noter til trinnet"))
        self.prev_button.setText(self.tr("← Forrige"))
        self.prev_button.setAccessibleName(self.tr("Forrige trin"))
        self.prev_button.setAccessibleDescription(self.tr("Genvej: venstre pil eller PageUp"))
        self.next_button.setText(self.tr("Næste →"))
        self.next_button.setAccessibleName(self.tr("Næste trin"))
        self.next_button.setAccessibleDescription(
            self.tr("Genvej: mellemrum, højre pil eller PageDown")
        )
        self.reveal_button.setAccessibleDescription(
            self.tr("Genvej: R. Resultatet vises først, når nok har svaret.")
        )
        self.video_box.setTitle(self.tr("Video"))
        self.play_button.setAccessibleDescription(self.tr("Pause eller afspil videoen"))
        self.restart_button.setText(self.tr("Forfra"))
        self.restart_button.setAccessibleDescription(self.tr("Afspil videoen forfra"))
        self.seek.setAccessibleName(self.tr("Videoens position"))
        self.note_input.setPlaceholderText(self.tr("Note om afvigelser (Ctrl+N)"))
        self.note_input.setAccessibleName(self.tr("Note om afvigelser"))
        self.note_input.setAccessibleDescription(
            self.tr("Enter gemmer noten i loggen; Esc går tilbage til sessionen")
        )
        self.note_button.setText(self.tr("Tilføj note"))
        self.end_button.setText(self.tr("Afslut session"))
        self.end_button.setAccessibleDescription(
            self.tr("Afslutter sessionen for hele klassen; du bliver spurgt først")
        )
        self.projector_button.setText(self.tr("Projektor fuld skærm (F5)"))
        self.help_button.setText(self.tr("Genveje (F1)"))
        self._reword_plan()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_preview(self, preview: QWidget) -> None:
        """Place the live picture of the projector above the plan."""
        self._left.insertWidget(self._left.indexOf(self.blackout) + 1, preview)

    def set_plan(self, pack: Pack, language: str) -> None:
        """The pack's steps in the session's ``language``; kinds and numbers in the
        counsellor's."""
        self._pack = pack
        self.steps.setRowCount(len(pack.steps))
        for row, step in enumerate(pack.steps):
            headline = step.headline(language)
            values = (str(row + 1), headline, kind_name(step.kind), mmss(step.target_seconds), "")
            for column, text in enumerate(values):
                self.steps.setItem(row, column, QTableWidgetItem(text))
        self._reword_plan()

    def _reword_plan(self) -> None:
        """The plan's words in the counsellor's language (the times spent stay)."""
        pack = self._pack
        if pack is None:
            return
        for row, step in enumerate(pack.steps):
            item = self.steps.item(row, COL_KIND)
            if item is not None:
                item.setText(kind_name(step.kind))
        self.plan_label.setText(
            self.tr("af %1 min planlagt").replace("%1", number(pack.total_minutes))
        )

    def mark_current(self, index: int) -> None:
        for row in range(self.steps.rowCount()):
            for column in range(self.steps.columnCount()):
                item = self.steps.item(row, column)
                if item is not None:
                    f = item.font()
                    f.setBold(row == index)
                    item.setFont(f)
        self.steps.selectRow(index)
        item = self.steps.item(index, 0)
        if item is not None:
            self.steps.scrollToItem(item)

    def set_elapsed(self, index: int, seconds: float) -> None:
        item = self.steps.item(index, COL_ELAPSED)
        if item is not None:
            item.setText(mmss(seconds))
