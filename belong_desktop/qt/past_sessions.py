"""The start screen's past sessions (layout only, GUI thread): what happened to each, and
the way out for its data ("Gennemse og eksportér …", and after an export "Slet tekster …")
and its report ("Rapport …", a PDF for the counsellor and the institution).
the way out for its data ("Gennemse og eksportér …", and after an export "Slet tekster …"),
and the letters booklet ("Brevhæfte …", its review screen starting from that session).

The status says whether a session is only ended, exported (and when, the last time), or
exported with its texts deleted from the laptop. GUI thread; every text is set again on
a ``LanguageChange``, the rows from the records.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.records import SessionRecord
from belong_desktop.core.session import SessionState
from belong_desktop.qt.words import stamp, state_name

COL_GROUP, COL_PACK, COL_STATUS, COL_STARTED = range(4)


class PastSessions(QGroupBox):
    sig_export_requested = Signal(str)  # session id
    sig_delete_texts_requested = Signal(str)  # session id
    sig_report_requested = Signal(str)  # session id
    sig_booklet_requested = Signal(str)  # session id: the letters booklet, from this one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.export_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.report_button = QPushButton(self)
        self.booklet_button = QPushButton(self)
        self.booklet_button.setVisible(False)  # shown when the window has the booklet
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.booklet_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._records: list[SessionRecord] = []
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.booklet_button.clicked.connect(self._on_booklet_clicked)
        self._on_table_selection_changed()
        self.retranslate()

    def retranslate(self) -> None:
        """Every word in the language now installed; the rows built again from the records."""
        self.setTitle(self.tr("Tidligere sessioner"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Hold"), self.tr("Pakke"), self.tr("Status"), self.tr("Startet")]
        )
        self.table.setAccessibleName(self.tr("Tidligere sessioner"))
        self.table.setAccessibleDescription(
            self.tr("Vælg en session med piletasterne; knapperne under tabellen gælder den")
        )
        self.export_button.setText(self.tr("Gennemse og eksportér …"))
        self.export_button.setAccessibleDescription(
            self.tr("Gennemse personoplysninger i teksterne, og eksportér sessionen krypteret")
        )
        self.delete_button.setText(self.tr("Slet tekster …"))
        self.delete_button.setAccessibleDescription(
            self.tr("Slet de studerendes tekster fra denne computer efter eksporten")
        )
        self.report_button.setText(self.tr("Rapport …"))
        tip = self.tr(
            "Gem en rapport over sessionen som PDF: plan og faktisk tid, deltagelse, noter"
        )
        self.report_button.setToolTip(tip)
        self.report_button.setAccessibleDescription(tip)
        self.booklet_button.setText(self.tr("Brevhæfte …"))
        self.booklet_button.setAccessibleDescription(
            self.tr("Gennemse de delte breve og lav et brevhæfte som PDF")
        )
        self.hint.setText(
            self.tr("Vælg en afsluttet session for at gennemse og eksportere den til ministeriet.")
        )
        self.set_sessions(self._records)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_sessions(self, records: list[SessionRecord]) -> None:
        """The sessions that are over, newest first as given; the selection stays."""
        chosen = self.selected()
        self._records = list(records)
        self.table.setRowCount(0)
        for record in self._records:
            row = self.table.rowCount()
            self.table.insertRow(row)
            started = stamp(record.started_at or record.created_at)
            for column, text in enumerate(
                (record.group_code, record.pack_id, self.status(record), started)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.table.setItem(row, column, item)
            if chosen is not None and record.id == chosen.id:
                self.table.selectRow(row)
        self._on_table_selection_changed()

    def status(self, record: SessionRecord) -> str:
        text = state_name(record.state)
        if record.state is SessionState.EXPORTED and record.exported_at is not None:
            text = self.tr("Eksporteret %1").replace("%1", stamp(record.exported_at))
        if record.texts_deleted_at is not None:
            text += " · " + self.tr("tekster slettet")
        return text

    def select(self, session_id: str) -> None:
        for row, record in enumerate(self._records):
            if record.id == session_id:
                self.table.selectRow(row)
                return

    def selected(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._records[row] if 0 <= row < len(self._records) else None

    def _on_table_selection_changed(self) -> None:
        record = self.selected()
        can_export = record is not None and record.state in (
            SessionState.ENDED,
            SessionState.EXPORTED,
        )
        self.export_button.setEnabled(can_export)
        self.booklet_button.setEnabled(can_export)
        can_delete = (
            record is not None
            and record.state is SessionState.EXPORTED
            and record.texts_deleted_at is None
        )
        self.delete_button.setEnabled(can_delete)
        self.report_button.setEnabled(record is not None and record.started_at is not None)

    def _on_export_clicked(self) -> None:
        record = self.selected()
        if record is not None:
            self.sig_export_requested.emit(record.id)

    def _on_delete_clicked(self) -> None:
        record = self.selected()
        if record is not None:
            self.sig_delete_texts_requested.emit(record.id)

    def _on_report_clicked(self) -> None:
        record = self.selected()
        if record is not None:
            self.sig_report_requested.emit(record.id)

    def _on_booklet_clicked(self) -> None:
        record = self.selected()
        if record is not None:
            self.sig_booklet_requested.emit(record.id)
