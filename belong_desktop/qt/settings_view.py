"""The settings page, "Indstillinger" (layout only, GUI thread).

Six parts: the appearance (``AppearanceBox``: theme, text size, the projector's type),
the language of the windows (each language named in itself; applied at once, no
restart), the ministry's trial kit (the one in use, a kit file read but not yet
imported, and why a file cannot be used), how long students' texts stay on this laptop
after an export, the most devices one session takes (a lecture hall needs more than the
500 a classroom does), and the folder exports start in. The page says what each setting does
in one line; ``SettingsController`` fills it and does what is asked. Every text is set in
``retranslate``, again on each ``LanguageChange``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.joins import MAX_DEVICE_CAP, MIN_DEVICE_CAP
from belong_desktop.core.kit import TrialKit
from belong_desktop.qt.appearance_box import AppearanceBox
from belong_desktop.qt.kit_card import KitCard
from belong_desktop.qt.language import LANGUAGE_NAMES, LANGUAGES
from belong_desktop.qt.style import Tone, font, set_tone

MAX_DAYS = 3650


class SettingsView(QWidget):
    sig_back = Signal()
    sig_choose_kit = Signal()
    sig_import = Signal()
    sig_cancel_import = Signal()
    sig_remove_kit = Signal()
    sig_retention_changed = Signal(int)  # days; 0 = texts stay until deleted by hand
    sig_max_devices_typed = Signal(str)  # the device cap as typed (Enter, or leaving the field)
    sig_language_chosen = Signal(str)  # the windows' language ("da", "en", "nb", "nl")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title = QLabel(self)
        title.setFont(font(20, bold=True))
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.sig_back)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.back_button)

        language_box = self._make_language_box()

        # -- the kit ---------------------------------------------------------------------
        self.kit_box = kit_box = QGroupBox(self)
        self.no_kit = QLabel(kit_box)
        self.no_kit.setWordWrap(True)
        self.current = KitCard(kit_box)
        self.current_note = QLabel(kit_box)
        self.current_note.setWordWrap(True)
        self.choose_button = QPushButton(kit_box)
        self.remove_button = QPushButton(kit_box)
        kit_buttons = QHBoxLayout()
        kit_buttons.addWidget(self.choose_button)
        kit_buttons.addWidget(self.remove_button)
        kit_buttons.addStretch(1)

        self.preview_box = QFrame(kit_box)
        self.preview_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_title = QLabel(self.preview_box)
        self.preview_title.setFont(font(12, bold=True))
        self.preview_title.setWordWrap(True)
        self.preview = KitCard(self.preview_box)
        self.import_button = QPushButton(self.preview_box)
        self.cancel_button = QPushButton(self.preview_box)
        preview_buttons = QHBoxLayout()
        preview_buttons.addStretch(1)
        preview_buttons.addWidget(self.cancel_button)
        preview_buttons.addWidget(self.import_button)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview)
        preview_layout.addLayout(preview_buttons)

        self.problem = QLabel(kit_box)
        self.problem.setWordWrap(True)
        set_tone(self.problem, Tone.WARNING)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kit_status = QLabel(kit_box)
        self.kit_status.setWordWrap(True)
        set_tone(self.kit_status, Tone.OK)
        kit_layout = QVBoxLayout(kit_box)
        kit_layout.addWidget(self.no_kit)
        kit_layout.addWidget(self.current)
        kit_layout.addWidget(self.current_note)
        kit_layout.addLayout(kit_buttons)
        kit_layout.addWidget(self.preview_box)
        kit_layout.addWidget(self.problem)
        kit_layout.addWidget(self.kit_status)

        # -- retention -------------------------------------------------------------------
        self.keep_box = keep_box = QGroupBox(self)
        self.keep_radio = QRadioButton(keep_box)
        self.delete_radio = QRadioButton(keep_box)
        self.days = QSpinBox(keep_box)
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(30)
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.keep_radio)
        self._choice.addButton(self.delete_radio)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_radio)
        delete_row.addWidget(self.days)
        delete_row.addStretch(1)
        self.keep_explained = QLabel(keep_box)
        self.keep_explained.setWordWrap(True)
        self.keep_status = QLabel(keep_box)
        self.keep_status.setWordWrap(True)
        keep_layout = QVBoxLayout(keep_box)
        keep_layout.addWidget(self.keep_radio, 0, Qt.AlignmentFlag.AlignLeft)
        keep_layout.addLayout(delete_row)
        keep_layout.addWidget(self.keep_explained)
        keep_layout.addWidget(self.keep_status)

        # -- the device cap --------------------------------------------------------------
        self.devices_box = devices_box = QGroupBox(self)
        # A plain field checked on Enter: a spin box would quietly turn "1000000000" into
        # 1000, and the counsellor must hear that a value is out of bounds instead.
        self.max_devices = QLineEdit(devices_box)
        self.max_devices.setMaxLength(12)
        self.max_devices.setFixedWidth(90)
        self.max_devices.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.devices_before = QLabel(devices_box)
        self.devices_before.setBuddy(self.max_devices)
        self.devices_after = QLabel(devices_box)
        devices_row = QHBoxLayout()
        devices_row.addWidget(self.devices_before)
        devices_row.addWidget(self.max_devices)
        devices_row.addWidget(self.devices_after)
        devices_row.addStretch(1)
        self.devices_note = devices_note = QLabel(devices_box)
        devices_note.setWordWrap(True)
        self.devices_status = QLabel(devices_box)
        self.devices_status.setWordWrap(True)
        devices_layout = QVBoxLayout(devices_box)
        devices_layout.addLayout(devices_row)
        devices_layout.addWidget(devices_note)
        devices_layout.addWidget(self.devices_status)

        # -- export folder ---------------------------------------------------------------
        self.folder_box = folder_box = QGroupBox(self)
        self.folder = QLabel(folder_box)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_note = folder_note = QLabel(folder_box)
        folder_note.setWordWrap(True)
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.addWidget(self.folder)
        folder_layout.addWidget(folder_note)

        # -- the page: a calm column that scrolls on a small screen ------------------------
        column = QWidget(self)
        column.setMaximumWidth(900)
        column_layout = QVBoxLayout(column)
        column_layout.addLayout(head)
        column_layout.addWidget(self._build_appearance_box())
        column_layout.addWidget(language_box)
        column_layout.addWidget(kit_box)
        column_layout.addWidget(keep_box)
        column_layout.addWidget(devices_box)
        column_layout.addWidget(folder_box)
        column_layout.addStretch(1)
        page = QWidget(self)
        centre = QHBoxLayout(page)
        centre.addStretch(1)
        centre.addWidget(column, 6)
        centre.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.choose_button.clicked.connect(self.sig_choose_kit)
        self.remove_button.clicked.connect(self.sig_remove_kit)
        self.import_button.clicked.connect(self.sig_import)
        self.cancel_button.clicked.connect(self.sig_cancel_import)
        self.keep_radio.toggled.connect(self._on_retention_edited)
        self.days.valueChanged.connect(self._on_days_value_changed)
        self.max_devices.editingFinished.connect(self._on_max_devices_editing_finished)
        self._has_kit = False
        self._preview_name: str | None = None
        self.retranslate()
        self.show_kit(None, [])
        self.hide_preview()
        self._show_filled()

    # -- the words ----------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every word on the page in the language now installed. A status line says what
        was just done in the words before: it goes (the values it spoke of stay shown)."""
        self.title.setText(self.tr("Indstillinger"))
        self.back_button.setText(self.tr("Tilbage til startskærmen"))
        self._retranslate_language_box()
        self.kit_box.setTitle(self.tr("Kit fra ministeriet"))
        self.no_kit.setText(
            self.tr(
                "Intet kit indlæst. Uden kit vælger du selv pakken til hvert hold, og "
                "sessioner kan ikke eksporteres til ministeriet. Kittet er en fil, du får "
                "fra ministeriet."
            )
        )
        self.current_note.setText(
            self.tr(
                "Kittet er i brug: holdenes pakke følger kittet, og eksporten krypteres "
                "til ministeriet."
            )
        )
        self.choose_button.setText(
            self.tr("Indlæs et andet kit …") if self._has_kit else self.tr("Indlæs kit …")
        )
        self.remove_button.setText(self.tr("Fjern kit"))
        self.import_button.setText(self.tr("Importér"))
        self.cancel_button.setText(self.tr("Annuller"))
        self._show_preview_title()
        self.keep_box.setTitle(self.tr("Elevernes tekster efter eksport"))
        self.keep_radio.setText(self.tr("Behold dem, til jeg sletter dem"))
        self.delete_radio.setText(self.tr("Slet dem automatisk"))
        self.days.setSuffix(self.tr(" dage efter eksport"))
        self.days.setAccessibleName(self.tr("Dage efter eksport, før teksterne slettes"))
        self.keep_explained.setText(
            self.tr(
                "Sletningen sker, når programmet starter. Kvitteringen for eksporten og "
                "sessionens log bliver; kun elevernes tekster fjernes fra denne computer."
            )
        )
        self.devices_box.setTitle(self.tr("Enheder pr. session"))
        self.max_devices.setAccessibleName(self.tr("Højst antal enheder pr. session"))
        bounds = (
            self.tr("enheder (%1–%2)")
            .replace("%1", str(MIN_DEVICE_CAP))
            .replace("%2", str(MAX_DEVICE_CAP))
        )
        self.max_devices.setAccessibleDescription(bounds + ". " + self.tr("Enter gemmer tallet"))
        self.devices_before.setText(self.tr("Højst"))
        self.devices_after.setText(bounds)
        self.devices_note.setText(
            self.tr(
                "Så mange enheder kan deltage i én session; flere får at vide, at der ikke "
                "er plads. 500 passer til en klasse; hæv tallet til et auditorium. "
                "Ændringen gælder, næste gang siden til de studerende startes."
            )
        )
        self.folder_box.setTitle(self.tr("Eksportmappe"))
        self.folder.setAccessibleName(self.tr("Eksportmappe"))
        self.folder_note.setText(
            self.tr(
                "Eksporterede filer lægges her, medmindre du vælger en anden mappe ved "
                "eksporten. Filerne er krypterede: kun ministeriet kan åbne dem."
            )
        )
        for label in (self.kit_status, self.keep_status, self.devices_status):
            label.clear()
        self._show_filled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the language of the windows (issue 14) ------------------------------------------

    def _make_language_box(self) -> QGroupBox:
        self.language_box = box = QGroupBox(self)
        self.language = QComboBox(box)
        for lang in LANGUAGES:  # each named in itself: findable by someone who reads only it
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language_label = QLabel(box)
        self.language_label.setBuddy(self.language)
        self.language_note = QLabel(box)
        self.language_note.setWordWrap(True)
        self.language_status = QLabel(box)
        self.language_status.setWordWrap(True)
        set_tone(self.language_status, Tone.OK)
        self._language_said: str | None = None  # the language the status line confirms
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.language_note)
        layout.addWidget(self.language_status)
        self.language.activated.connect(self._on_language_activated)
        return box

    def _retranslate_language_box(self) -> None:
        self.language_box.setTitle(self.tr("Sprog"))
        self.language_label.setText(self.tr("Vinduernes sprog"))
        self.language.setAccessibleName(self.tr("Vinduernes sprog"))
        self.language.setAccessibleDescription(
            self.tr("Skifter sproget i programmets vinduer med det samme")
        )
        self.language_note.setText(
            self.tr(
                "Gælder programmets vinduer. Sproget, klassen ser, vælger du for hver "
                "session på startskærmen."
            )
        )
        self.show_language_status(self._language_said)

    def set_language(self, lang: str) -> None:
        """Show ``lang`` as chosen (no signal: nothing was chosen by the counsellor)."""
        index = self.language.findData(lang)
        self.language.setCurrentIndex(max(0, index))

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def show_language_status(self, lang: str | None) -> None:
        """ "Saved: the windows are in …", in the language itself once it is installed."""
        self._language_said = lang
        set_tone(self.language_status, Tone.OK)
        if lang is None:
            self.language_status.clear()
        else:
            self.language_status.setText(
                self.tr("Gemt: vinduerne vises nu på %1.").replace(
                    "%1", LANGUAGE_NAMES.get(lang, lang)
                )
            )
        self.language_status.setVisible(lang is not None)

    def show_language_refused(self, sentence: str) -> None:
        self._language_said = None
        set_tone(self.language_status, Tone.WARNING)
        self.language_status.setText(sentence)
        self.language_status.setVisible(True)

    def _on_language_activated(self, _index: int) -> None:
        self.sig_language_chosen.emit(self.chosen_language())

    def _build_appearance_box(self) -> AppearanceBox:
        """Theme, text size and the projector's type: first, so a counsellor who needs
        larger text or more contrast finds it without reading the rest."""
        self.appearance_box = AppearanceBox(self)
        return self.appearance_box

    # -- what it shows -----------------------------------------------------------------

    def show_kit(self, kit: TrialKit | None, missing: list[str]) -> None:
        self._has_kit = kit is not None
        self.no_kit.setVisible(kit is None)
        self.current.setVisible(kit is not None)
        self.current_note.setVisible(kit is not None)
        self.remove_button.setVisible(kit is not None)
        self.choose_button.setText(
            self.tr("Indlæs kit …") if kit is None else self.tr("Indlæs et andet kit …")
        )
        if kit is not None:
            self.current.set_kit(kit, missing)

    def show_preview(self, file_name: str, kit: TrialKit, missing: list[str]) -> None:
        self.problem.clear()
        self.kit_status.clear()
        self._show_filled()
        self._preview_name = file_name
        self._show_preview_title()
        self.preview.set_kit(kit, missing)
        self.import_button.setEnabled(not missing)
        self.preview_box.show()
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    def _show_preview_title(self) -> None:
        if self._preview_name is None:
            return
        if self._has_kit:
            title = self.tr("Kittet i filen »%1« (ikke indlæst endnu; det afløser kittet i brug)")
        else:
            title = self.tr("Kittet i filen »%1« (ikke indlæst endnu)")
        self.preview_title.setText(title.replace("%1", self._preview_name))

    def hide_preview(self) -> None:
        self._preview_name = None
        self.preview_box.hide()
        self.import_button.setDefault(False)

    def show_problem(self, sentence: str, details: list[str]) -> None:
        """Why a file cannot be used: the sentence, then every problem found."""
        self.kit_status.clear()
        text = sentence
        if details:
            text += "\n" + self.tr("Send denne liste til ministeriet (den er på engelsk):") + "\n"
            text += "\n".join(f"• {detail}" for detail in details)
        self.problem.setText(text)
        self._show_filled()

    def show_kit_status(self, sentence: str) -> None:
        self.problem.clear()
        self.kit_status.setText(sentence)
        self._show_filled()

    def set_retention(self, days: int | None) -> None:
        for widget in (self.keep_radio, self.delete_radio, self.days):
            widget.blockSignals(True)
        self.keep_radio.setChecked(days is None)
        self.delete_radio.setChecked(days is not None)
        if days is not None:
            self.days.setValue(days)
        self.days.setEnabled(days is not None)
        for widget in (self.keep_radio, self.delete_radio, self.days):
            widget.blockSignals(False)

    def show_retention_status(self, sentence: str, *, refused: bool = False) -> None:
        set_tone(self.keep_status, Tone.WARNING if refused else Tone.OK)
        self.keep_status.setText(sentence)
        self._show_filled()

    def set_max_devices(self, devices: int) -> None:
        self.max_devices.setText(str(devices))
        self.max_devices.setModified(False)

    def show_devices_status(self, sentence: str, *, refused: bool = False) -> None:
        set_tone(self.devices_status, Tone.WARNING if refused else Tone.OK)
        self.devices_status.setText(sentence)
        self._show_filled()

    def _show_filled(self) -> None:
        """An empty line takes no room."""
        for label in (self.problem, self.kit_status, self.keep_status, self.devices_status):
            label.setVisible(bool(label.text()))

    def set_export_folder(self, folder: Path) -> None:
        self.folder.setText(str(folder))

    def chosen_retention(self) -> int:
        return self.days.value() if self.delete_radio.isChecked() else 0

    # -- internals ---------------------------------------------------------------------

    def _on_retention_edited(self) -> None:
        self.days.setEnabled(self.delete_radio.isChecked())
        self.sig_retention_changed.emit(self.chosen_retention())

    def _on_max_devices_editing_finished(self) -> None:
        if self.max_devices.isModified():  # leaving the field untouched stores nothing
            self.max_devices.setModified(False)
            self.sig_max_devices_typed.emit(self.max_devices.text())

    def _on_days_value_changed(self, _value: int) -> None:
        self._on_retention_edited()  # a setting only: deleting waits for the next start
