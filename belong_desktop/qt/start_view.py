"""The start screen (layout only): new session, unfinished sessions, past sessions.

With a trial kit the group field offers the kit's groups, and choosing a group selects
the pack its arm runs (the arm itself is not shown here); a group the kit does not list
is said to be outside the kit. Without a kit the counsellor picks the pack. GUI thread;
every text is set in ``retranslate``, again on each ``LanguageChange``, and the lines
built from the kit and the sessions are built again from them.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.packs import Pack
from belong_desktop.core.records import SessionRecord
from belong_desktop.qt.language import LANGUAGE_NAMES
from belong_desktop.qt.past_sessions import PastSessions
from belong_desktop.qt.style import Tone, font, set_tone
from belong_desktop.qt.words import stamp

if TYPE_CHECKING:
    from belong_desktop.core.kit import TrialKit
    from belong_desktop.services.network import LanAddress


class StartView(QWidget):
    sig_start_requested = Signal(str, str, str)  # pack folder, group code, language
    sig_script_requested = Signal(str, str)  # pack folder, language: print its script
    sig_resume_requested = Signal(str)  # session id
    sig_clear_projector_requested = Signal()  # take the last session's closing slide down
    sig_settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title = QLabel(self)
        title.setFont(font(20, bold=True))

        self.group_code = QLineEdit(self)
        self.group_code.setMaxLength(32)
        self._group_codes = QStringListModel(self)
        completer = QCompleter(self._group_codes, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.group_code.setCompleter(completer)
        self.groups_button = QToolButton(self)
        self.groups_button.clicked.connect(self._on_groups_button_clicked)
        self.kit_match = QLabel(self)
        self.kit_match.setWordWrap(True)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_code, 1)
        group_row.addWidget(self.groups_button)
        group_column = QVBoxLayout()
        group_column.setSpacing(2)
        group_column.addLayout(group_row)
        group_column.addWidget(self.kit_match)
        self.pack = QComboBox(self)
        # A long pack title is cut in the box (the list shows it whole), not the window
        # made wider than a laptop's screen at a large text size.
        self.pack.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pack.setMinimumContentsLength(24)
        self.language = QComboBox(self)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        # The chosen pack's plan on paper, in the chosen language, before the class.
        self.script_button = QPushButton(self)
        self.script_button.setAutoDefault(False)
        self.error = QLabel(self)
        set_tone(self.error, Tone.WARNING)
        self.error.setWordWrap(True)
        form = QFormLayout()
        # Where the student page is served. "Automatic" means every network and the
        # session's remembered port (8470 for a new one), so devices reconnect after a restart.
        self.interface = QComboBox(self)
        self.port = QSpinBox(self)
        self.port.setRange(1023, 65535)
        self.port.setValue(1023)
        # Each field's label is its buddy: a screen reader reads it as the field's name.
        self._form_labels: list[QLabel] = []
        fields: tuple[QWidget, ...] = (self.pack, self.language, self.interface, self.port)
        for field in (self.group_code, *fields):
            label = QLabel(self)
            label.setBuddy(field)
            self._form_labels.append(label)
        form.addRow(self._form_labels[0], group_column)
        for label, field in zip(self._form_labels[1:], fields, strict=True):
            form.addRow(label, field)
        self.arm_note = QLabel(self)
        self.arm_note.setWordWrap(True)

        new_box = QGroupBox(self)
        new_layout = QVBoxLayout(new_box)
        new_layout.addWidget(title)
        new_layout.addLayout(form)
        new_layout.addWidget(self.arm_note)
        new_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.script_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        new_layout.addLayout(buttons)

        self.unfinished = QListWidget(self)
        self.resume_button = QPushButton(self)
        self.resume_box = resume_box = QGroupBox(self)
        resume_layout = QVBoxLayout(resume_box)
        resume_layout.addWidget(self.unfinished)
        resume_layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)

        self.past_sessions = PastSessions(self)
        self.past = self.past_sessions.table

        self.projector_kept = QLabel(self)
        self.clear_projector_button = QPushButton(self)
        self.clear_projector_button.clicked.connect(self.sig_clear_projector_requested)
        self.settings_button = QPushButton(self)
        self.settings_button.clicked.connect(self.sig_settings_requested)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.projector_kept, 1)
        kept_row.addWidget(self.clear_projector_button)
        kept_row.addStretch(0)  # takes the room only while the line above is hidden
        kept_row.addWidget(self.settings_button)
        self.set_projector_kept(False)

        # Until the database and the packs are open (a moment after the window appears).
        self.opening_note = QLabel(self)
        self._needs_runtime: tuple[QWidget, ...] = (
            new_box,
            resume_box,
            self.past_sessions,
            self.settings_button,
        )

        top = QHBoxLayout()
        top.addWidget(new_box, 3)
        top.addWidget(resume_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.opening_note)
        layout.addLayout(kept_row)
        layout.addLayout(top)
        layout.addWidget(self.past_sessions, 1)

        self.start_button.clicked.connect(self._on_start_clicked)
        self.script_button.clicked.connect(self._on_script_clicked)
        self.group_code.returnPressed.connect(self._on_start_clicked)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.unfinished.itemDoubleClicked.connect(lambda _item: self._on_resume_clicked())
        self.pack.currentIndexChanged.connect(self._on_pack_changed)
        self.group_code.textChanged.connect(self._on_group_code_text_changed)
        # Tab follows the screen: the form top to bottom, its buttons, then the sessions.
        order: tuple[QWidget, ...] = (
            self.group_code,
            self.groups_button,
            self.pack,
            self.language,
            self.interface,
            self.port,
            self.script_button,
            self.start_button,
            self.unfinished,
            self.resume_button,
            self.past_sessions.table,
        )
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self._packs: list[Pack] = []
        self._kit: TrialKit | None = None
        self._records: list[SessionRecord] = []
        self.retranslate()
        self.set_kit(None)

    def retranslate(self) -> None:
        """Every word on the screen in the language now installed; the kit's line, the
        interrupted sessions and the networks are built again from what was given."""
        self.title.setText(self.tr("Ny session"))
        self.group_code.setPlaceholderText(self.tr("fx DAT1-A"))
        self.group_code.setAccessibleName(self.tr("Holdets kode"))
        self.groups_button.setText(self.tr("Kittets hold ▾"))
        self.groups_button.setToolTip(self.tr("Vis alle hold i kittet"))
        self.groups_button.setAccessibleName(self.tr("Vis alle hold i kittet"))
        self.start_button.setText(self.tr("Start session"))
        self.start_button.setAccessibleDescription(
            self.tr("Starter sessionen for holdet med den valgte pakke og det valgte sprog")
        )
        self.script_button.setText(self.tr("Udskriv drejebog …"))
        tip = self.tr("Gem timens plan for den valgte pakke og det valgte sprog som PDF")
        self.script_button.setToolTip(tip)
        self.script_button.setAccessibleDescription(tip)
        names = (
            self.tr("Holdets kode"),
            self.tr("Indholdspakke"),
            self.tr("Sprog"),
            self.tr("Netværk til de studerendes side"),
            self.tr("Port"),
        )
        for label, name in zip(self._form_labels, names, strict=True):
            label.setText(name)
            field = label.buddy()
            if field is not None:
                field.setAccessibleName(name)
        self.language.setAccessibleDescription(
            self.tr("Sproget, klassen ser sessionen på (lærredet og de studerendes side)")
        )
        self.port.setSpecialValueText(self.tr("automatisk"))
        self.port.setAccessibleDescription(
            self.tr("Automatisk: den port, sessionen brugte sidst, ellers 8470")
        )
        self.resume_button.setText(self.tr("Genoptag"))
        self.resume_box.setTitle(self.tr("Afbrudte sessioner"))
        self.unfinished.setAccessibleName(self.tr("Afbrudte sessioner"))
        self.projector_kept.setText(
            self.tr("Lærredet viser stadig afslutningen fra sidste session.")
        )
        self.clear_projector_button.setText(self.tr("Tag den ned fra lærredet"))
        self.settings_button.setText(self.tr("Indstillinger …"))
        self.opening_note.setText(self.tr("Åbner databasen og indholdspakkerne …"))
        self.error.clear()  # a refusal in the old words: the next try says it again
        self._show_kit_note()
        self._follow_kit()
        self._fill_unfinished()
        if self.interface.count():
            self.interface.setItemText(0, self.tr("Alle netværk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_packs(self, packs: list[Pack]) -> None:
        self._packs = packs
        self.pack.clear()
        for pack in packs:
            self.pack.addItem(
                f"{pack.title.get('da')} ({pack.id} {pack.version})", str(pack.folder)
            )
        self._on_pack_changed()
        self._follow_kit()

    def set_kit(self, kit: TrialKit | None) -> None:
        """The kit in use (or None): its groups are offered, and a group's pack chosen."""
        self._kit = kit
        self._group_codes.setStringList([g.code for g in kit.groups] if kit is not None else [])
        self.groups_button.setVisible(kit is not None)
        self._show_kit_note()
        self._follow_kit()

    def _show_kit_note(self) -> None:
        kit = self._kit
        if kit is None:
            self.arm_note.setText(self.tr("Intet kit indlæst: du vælger pakken; valget logges."))
        else:
            self.arm_note.setText(
                self.tr(
                    "Kit %1: Pakken følger holdets gruppe i kittet. Vælger du en anden pakke "
                    "eller et hold uden for kittet, skal du skrive hvorfor."
                ).replace("%1", kit.trial_id)
            )

    def kit(self) -> TrialKit | None:
        return self._kit

    def set_sessions(self, records: list[SessionRecord]) -> None:
        self._records = [r for r in records if r.unfinished]
        self._fill_unfinished()
        self.past_sessions.set_sessions([r for r in records if not r.unfinished])
        interrupted = self.unfinished.count() > 0
        if interrupted:
            self.unfinished.setCurrentRow(0)
        self.resume_button.setEnabled(interrupted)
        # After a crash the interrupted session comes first: Enter resumes it.
        self.resume_button.setDefault(interrupted)
        self.start_button.setDefault(not interrupted)
        (self.resume_button if interrupted else self.group_code).setFocus()

    def _fill_unfinished(self) -> None:
        chosen = self.unfinished.currentRow()
        self.unfinished.clear()
        for record in self._records:
            started = stamp(record.started_at or record.created_at)
            if record.step_index is None:
                text = f"{record.group_code} · {record.pack_id} · {started}"
            else:  # one whole line to translate, never a piece glued on
                text = (
                    self.tr("%1 · %2 · %3, trin %4")
                    .replace("%1", record.group_code)
                    .replace("%2", record.pack_id)
                    .replace("%3", started)
                    .replace("%4", str(record.step_index + 1))
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.unfinished.addItem(item)
        if 0 <= chosen < self.unfinished.count():
            self.unfinished.setCurrentRow(chosen)

    def set_opening(self, opening: bool) -> None:
        """While the runtime opens: a quiet line, and nothing to click that needs it."""
        self.opening_note.setVisible(opening)
        for widget in self._needs_runtime:
            widget.setEnabled(not opening)

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

    def _on_group_code_text_changed(self, _text: str) -> None:
        self._follow_kit()

    def _follow_kit(self) -> None:
        """With a kit: the group's pack is chosen, and the counsellor reads whether the
        group is in the kit (by institution and programme, never by arm)."""
        kit, typed = self._kit, self.group_code.text().strip()
        self.kit_match.setVisible(kit is not None and bool(typed))
        if kit is None or not typed:
            return
        group = kit.group(typed)
        if group is None:
            set_tone(self.kit_match, Tone.WARNING)
            self.kit_match.setText(
                self.tr("%1 står ikke i kittet: du vælger pakken og skriver hvorfor.").replace(
                    "%1", typed
                )
            )
            return
        set_tone(self.kit_match, Tone.PLAIN)
        where = ", ".join(p for p in (group.institution, group.programme) if p)
        self.kit_match.setText(self.tr("I kittet: %1").replace("%1", where))
        wanted = kit.packs.get(group.arm)
        for index, pack in enumerate(self._packs):
            if wanted is not None and (pack.id, pack.version) == (wanted.pack_id, wanted.version):
                self.pack.setCurrentIndex(index)
                return

    def _on_groups_button_clicked(self) -> None:
        completer = self.group_code.completer()
        self.group_code.setFocus()
        completer.setCompletionPrefix("")
        completer.complete()

    def _on_start_clicked(self) -> None:
        self.error.clear()
        folder = self.pack.currentData()
        if not folder:
            self.show_error(self.tr("Der er ingen indholdspakke at vælge."))
            return
        self.sig_start_requested.emit(folder, self.group_code.text(), self.language.currentData())

    def _on_script_clicked(self) -> None:
        self.error.clear()
        folder = self.pack.currentData()
        if not folder:
            self.show_error(self.tr("Der er ingen indholdspakke at vælge."))
            return
        self.sig_script_requested.emit(folder, self.language.currentData())

    def _on_resume_clicked(self) -> None:
        item = self.unfinished.currentItem()
        if item is not None:
            self.sig_resume_requested.emit(item.data(Qt.ItemDataRole.UserRole))
