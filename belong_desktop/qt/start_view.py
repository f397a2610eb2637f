"""The start screen (layout only): new session, unfinished sessions, past sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.packs import Pack
from belong_desktop.core.records import SessionRecord
from belong_desktop.core.timefmt import local_stamp
from belong_desktop.qt.style import WARNING, font
from belong_desktop.qt.words import state_name
from belong_desktop.services.network import LanAddress

LANGUAGE_NAMES = {"da": "Dansk", "en": "English", "nb": "Norsk", "nl": "Nederlands"}


class StartView(QWidget):
    sig_start_requested = Signal(str, str, str)  # pack folder, group code, language
    sig_resume_requested = Signal(str)  # session id
    sig_clear_projector_requested = Signal()  # take the last session's closing slide down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Ny session"), self)
        title.setFont(font(20, bold=True))

        self.group_code = QLineEdit(self)
        self.group_code.setPlaceholderText(self.tr("fx DAT1-A"))
        self.group_code.setMaxLength(32)
        self.pack = QComboBox(self)
        self.language = QComboBox(self)
        self.start_button = QPushButton(self.tr("Start session"), self)
        self.start_button.setDefault(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {WARNING};")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Holdets kode"), self.group_code)
        form.addRow(self.tr("Indholdspakke"), self.pack)
        form.addRow(self.tr("Sprog"), self.language)
        # Where the student page is served. "Automatic" means every network and the
        # session's remembered port (8470 for a new one), so devices reconnect after a restart.
        self.interface = QComboBox(self)
        self.port = QSpinBox(self)
        self.port.setRange(1023, 65535)
        self.port.setSpecialValueText(self.tr("automatisk"))
        self.port.setValue(1023)
        form.addRow(self.tr("Netværk til de studerendes side"), self.interface)
        form.addRow(self.tr("Port"), self.port)
        self.arm_note = QLabel(
            self.tr("Pakken vælges her, indtil ministeriets kit er indlæst; valget logges."), self
        )
        self.arm_note.setWordWrap(True)

        new_box = QGroupBox(self)
        new_layout = QVBoxLayout(new_box)
        new_layout.addWidget(title)
        new_layout.addLayout(form)
        new_layout.addWidget(self.arm_note)
        new_layout.addWidget(self.error)
        new_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)

        self.unfinished = QListWidget(self)
        self.resume_button = QPushButton(self.tr("Genoptag"), self)
        resume_box = QGroupBox(self.tr("Afbrudte sessioner"), self)
        resume_layout = QVBoxLayout(resume_box)
        resume_layout.addWidget(self.unfinished)
        resume_layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)

        self.past = QTableWidget(0, 4, self)
        self.past.setHorizontalHeaderLabels(
            [self.tr("Hold"), self.tr("Pakke"), self.tr("Status"), self.tr("Startet")]
        )
        self.past.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.past.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.past.verticalHeader().hide()
        past_box = QGroupBox(self.tr("Tidligere sessioner"), self)
        QVBoxLayout(past_box).addWidget(self.past)

        self.projector_kept = QLabel(
            self.tr("Lærredet viser stadig afslutningen fra sidste session."), self
        )
        self.clear_projector_button = QPushButton(self.tr("Tag den ned fra lærredet"), self)
        self.clear_projector_button.clicked.connect(self.sig_clear_projector_requested)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.projector_kept, 1)
        kept_row.addWidget(self.clear_projector_button)
        self.set_projector_kept(False)

        top = QHBoxLayout()
        top.addWidget(new_box, 3)
        top.addWidget(resume_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(kept_row)
        layout.addLayout(top)
        layout.addWidget(past_box, 1)

        self.start_button.clicked.connect(self._on_start_clicked)
        self.group_code.returnPressed.connect(self._on_start_clicked)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.unfinished.itemDoubleClicked.connect(lambda _item: self._on_resume_clicked())
        self.pack.currentIndexChanged.connect(self._on_pack_changed)
        self._packs: list[Pack] = []

    def set_packs(self, packs: list[Pack]) -> None:
        self._packs = packs
        self.pack.clear()
        for pack in packs:
            self.pack.addItem(
                f"{pack.title.get('da')} ({pack.id} {pack.version})", str(pack.folder)
            )
        self._on_pack_changed()

    def set_sessions(self, records: list[SessionRecord]) -> None:
        self.unfinished.clear()
        self.past.setRowCount(0)
        for record in records:
            when = record.started_at or record.created_at
            stamp = local_stamp(when)
            if record.unfinished:
                step = "" if record.step_index is None else f", trin {record.step_index + 1}"
                item = QListWidgetItem(f"{record.group_code} · {record.pack_id} · {stamp}{step}")
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.unfinished.addItem(item)
                continue
            row = self.past.rowCount()
            self.past.insertRow(row)
            for column, text in enumerate(
                (record.group_code, record.pack_id, state_name(record.state), stamp)
            ):
                self.past.setItem(row, column, QTableWidgetItem(text))
        interrupted = self.unfinished.count() > 0
        if interrupted:
            self.unfinished.setCurrentRow(0)
        self.resume_button.setEnabled(interrupted)
        # After a crash the interrupted session comes first: Enter resumes it.
        self.resume_button.setDefault(interrupted)
        self.start_button.setDefault(not interrupted)
        (self.resume_button if interrupted else self.group_code).setFocus()

    def set_projector_kept(self, kept: bool) -> None:
        """Say that the last session's closing slide is still up, with a way to clear it."""
        self.projector_kept.setVisible(kept)
        self.clear_projector_button.setVisible(kept)

    def set_addresses(self, addresses: list[LanAddress]) -> None:
        """The networks to choose from; a choice still on offer stays chosen."""
        chosen = self.interface.currentData()
        self.interface.clear()
        self.interface.addItem(self.tr("Alle netværk"), "")
        for address in addresses:
            self.interface.addItem(f"{address.interface}: {address.ip}", address.ip)
        self.interface.setCurrentIndex(max(0, self.interface.findData(chosen)))

    def network_choice(self) -> tuple[str | None, int | None]:
        """(bind address, port) chosen for the student page; None means automatic."""
        host = self.interface.currentData() or None
        port = self.port.value()
        return host, None if port == self.port.minimum() else port

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def _on_pack_changed(self) -> None:
        index = self.pack.currentIndex()
        self.language.clear()
        if 0 <= index < len(self._packs):
            for lang in self._packs[index].languages:
                self.language.addItem(LANGUAGE_NAMES.get(lang, lang), lang)

    def _on_start_clicked(self) -> None:
        self.error.clear()
        folder = self.pack.currentData()
        if not folder:
            self.show_error(self.tr("Der er ingen indholdspakke at vælge."))
            return
        self.sig_start_requested.emit(folder, self.group_code.text(), self.language.currentData())

    def _on_resume_clicked(self) -> None:
        item = self.unfinished.currentItem()
        if item is not None:
            self.sig_resume_requested.emit(item.data(Qt.ItemDataRole.UserRole))
