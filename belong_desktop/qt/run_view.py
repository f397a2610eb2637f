"""The run screen (layout only): plan, clock, speaker notes, navigation, video, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
        self.steps = QTableWidget(0, 5, self)
        self.steps.setHorizontalHeaderLabels(
            ["#", self.tr("Trin"), self.tr("Type"), self.tr("Mål"), self.tr("Brugt")]
        )
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
        self.blackout = QLabel(
            self.tr("Lærredet er sort. Tryk B eller mellemrum for at vise det igen."), self
        )
        set_tone(self.blackout, Tone.WARNING_STRONG)
        self.blackout.setWordWrap(True)
        self.blackout.hide()
        self.step_title = QLabel(self)
        self.step_title.setFont(font(16, bold=True))
        self.step_clock = QLabel(self)

        self.notes = QTextBrowser(self)
        self.notes.setFont(font(18))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.prev_button = QPushButton(self.tr("← Forrige"), self)
        self.next_button = QPushButton(self.tr("Næste →"), self)
        for button in (self.prev_button, self.next_button):
            button.setFont(font(14))
            button.setMinimumHeight(44)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal_button = QPushButton(self.tr("Vis resultatet på lærredet (R)"), self)
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal_button.hide()  # only at a poll step

        self.video_box = QGroupBox(self.tr("Video"), self)
        self.backend = QLabel(self.video_box)
        self.play_button = QPushButton(self.tr("Pause (P)"), self.video_box)
        self.restart_button = QPushButton(self.tr("Forfra"), self.video_box)
        self.seek = QSlider(Qt.Orientation.Horizontal, self.video_box)
        self.seek.setRange(0, 0)
        self.video_time = QLabel("0:00 / 0:00", self.video_box)
        self.video_message = QLabel(self.video_box)
        self.video_message.setWordWrap(True)
        set_tone(self.video_message, Tone.WARNING)
        for widget in (self.play_button, self.restart_button, self.seek):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        video = QGridLayout(self.video_box)
        video.addWidget(self.play_button, 0, 0)
        video.addWidget(self.restart_button, 0, 1)
        video.addWidget(self.seek, 0, 2)
        video.addWidget(self.video_time, 0, 3)
        video.addWidget(self.backend, 1, 0, 1, 4)
        video.addWidget(self.video_message, 2, 0, 1, 4)

        self.join_panel = JoinPanel(self)

        self.note_input = QLineEdit(self)
        self.note_input.setPlaceholderText(self.tr("Note om afvigelser (Ctrl+N)"))
        self.note_input.setMaxLength(2000)
        self.note_button = QPushButton(self.tr("Tilføj note"), self)
        self.note_status = QLabel(self)
        self.end_button = QPushButton(self.tr("Afslut session"), self)
        self.projector_button = QPushButton(self.tr("Projektor fuld skærm (F5)"), self)
        self.help_button = QPushButton(self.tr("Genveje (F1)"), self)
        for button in (self.end_button, self.projector_button, self.help_button, self.note_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

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

    def set_preview(self, preview: QWidget) -> None:
        """Place the live picture of the projector above the plan."""
        self._left.insertWidget(self._left.indexOf(self.blackout) + 1, preview)

    def set_plan(self, pack: Pack, language: str) -> None:
        self.steps.setRowCount(len(pack.steps))
        for row, step in enumerate(pack.steps):
            headline = step.headline(language)
            values = (str(row + 1), headline, kind_name(step.kind), mmss(step.target_seconds), "")
            for column, text in enumerate(values):
                self.steps.setItem(row, column, QTableWidgetItem(text))
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
