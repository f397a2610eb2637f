"""What the settings page does: switch the windows' language, import or remove the trial
kit, set how long texts stay, set the most devices a session takes.

GUI thread. A kit file is read and checked first (``KitService.read_kit_file``) and shown
with its fingerprint; only "Importér" makes it the kit in use, so a bad or wrong file
never replaces the kit there is. Every refusal is worded by ``messages``; the problems a
kit file has are listed one by one. The kit file is a few kilobytes, so reading it here
does not freeze the window. A language chosen is stored first, then applied to the
application at once (``language.apply_language``): every window retranslates.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from belong_desktop import paths
from belong_desktop.core.errors import BelongError
from belong_desktop.core.joins import parse_device_cap
from belong_desktop.core.kit import KitError
from belong_desktop.qt.dialogs import Dialogs
from belong_desktop.qt.language import apply_language, current_language
from belong_desktop.qt.messages import describe
from belong_desktop.qt.settings_view import SettingsView
from belong_desktop.services.classroom import ClassroomService
from belong_desktop.services.export import ExportService
from belong_desktop.services.kits import KitService
from belong_desktop.services.preferences import PreferenceService

log = logging.getLogger(__name__)


class SettingsController(QObject):
    sig_kit_changed = Signal()  # imported or removed: the start screen offers other groups

    def __init__(
        self,
        kits: KitService,
        exports: ExportService,
        view: SettingsView,
        dialogs: Dialogs,
        parent: QObject | None = None,
        *,
        classroom: ClassroomService | None = None,
        preferences: PreferenceService | None = None,
        catalogue: Path | None = None,
    ) -> None:
        """``catalogue``: the folder of the ``belong_<lang>.qm`` files (None: the shipped
        one; tests give their own)."""
        super().__init__(parent)
        self.kits = kits
        self.exports = exports
        self.classroom = classroom
        self.view = view
        self.dialogs = dialogs
        self._previewed: Path | None = None
        view.sig_choose_kit.connect(self.choose_kit)
        view.sig_import.connect(self.import_previewed)
        view.sig_cancel_import.connect(self.cancel_import)
        view.sig_remove_kit.connect(self.remove_kit)
        view.sig_retention_changed.connect(self._on_view_retention_changed)
        view.sig_max_devices_typed.connect(self._on_view_max_devices_typed)
        view.devices_box.setVisible(classroom is not None)  # no student page, no devices
        self.preferences = preferences
        self.catalogue = catalogue
        view.sig_language_chosen.connect(self._on_view_language_chosen)
        view.language_box.setVisible(preferences is not None)

    def refresh(self) -> None:
        """Show the settings as they are stored now."""
        kit = self.kits.current()
        self.view.show_kit(kit, self.kits.missing_packs(kit) if kit is not None else [])
        self.view.set_retention(self.exports.retention_days())
        if self.classroom is not None:
            self.view.set_max_devices(self.classroom.max_devices())
        self.view.set_export_folder(paths.export_dir())
        self.view.set_language(current_language())

    # -- the windows' language (issue 14) -------------------------------------------------

    def _on_view_language_chosen(self, lang: str) -> None:
        self.choose_language(lang)

    def choose_language(self, lang: str) -> None:
        """Store ``lang`` and show every window in it now; a refusal is said and the
        language in use stays."""
        if self.preferences is None:
            return
        app = QCoreApplication.instance()
        try:
            stored = self.preferences.set_gui_language(lang)
        except BelongError as error:
            self.view.set_language(current_language())
            self.view.show_language_refused(describe(error))
            return
        if app is not None:
            apply_language(app, stored, self.catalogue)
        self.view.set_language(stored)
        self.view.show_language_status(stored)

    # -- the kit -----------------------------------------------------------------------

    def choose_kit(self) -> None:
        path = self.dialogs.choose_file(
            self.tr("Vælg kittet fra ministeriet"),
            Path.home(),
            self.tr("Kit fra ministeriet (*.json *.kit);;Alle filer (*)"),
        )
        if path is not None:
            self.preview(path)

    def preview(self, path: Path) -> None:
        """Read ``path`` and show what it holds; nothing is imported yet."""
        self.cancel_import()
        try:
            kit = self.kits.read_kit_file(path)
        except BelongError as error:
            self._refused(error)
            return
        self._previewed = path
        missing = self.kits.missing_packs(kit)
        self.view.show_preview(path.name, kit, missing)
        if missing:
            self.view.show_problem(
                describe(BelongError("", code="kit_pack_missing", packs="; ".join(missing))), []
            )

    def import_previewed(self) -> None:
        path = self._previewed
        if path is None:
            return
        try:
            kit = self.kits.import_kit(path)
        except BelongError as error:
            self._refused(error)
            return
        self.cancel_import()
        self.refresh()
        self.view.show_kit_status(
            self.tr(
                "Kittet %1 er indlæst. Husk at læse fingeraftrykket op for ministeriet."
            ).replace("%1", kit.trial_id)
        )
        self.sig_kit_changed.emit()

    def cancel_import(self) -> None:
        self._previewed = None
        self.view.hide_preview()

    def remove_kit(self) -> None:
        kit = self.kits.current()
        if kit is None:
            return
        question = self.tr(
            "Fjern kittet %1? Nye sessioner får så ikke deres pakke fra kittet, og "
            "sessioner kan ikke eksporteres, før et kit er indlæst igen. Sessionerne, der "
            "allerede er kørt, beholder deres oplysninger."
        ).replace("%1", kit.trial_id)
        if not self.dialogs.confirm_risky(self.tr("Fjern kit"), question, self.tr("Fjern kit")):
            return
        try:
            self.kits.remove()
        except BelongError as error:
            self._refused(error)
            return
        self.refresh()
        self.view.show_kit_status(self.tr("Kittet er fjernet."))
        self.sig_kit_changed.emit()

    def _refused(self, error: BelongError) -> None:
        details = list(error.problems) if isinstance(error, KitError) else []
        # A single problem that only repeats the sentence (not JSON, not a kit) is not listed.
        if error.code in ("kit_not_json", "kit_not_kit", "kit_too_new"):
            details = []
        self.view.show_problem(describe(error), details)

    # -- retention ---------------------------------------------------------------------

    def _on_view_retention_changed(self, days: int) -> None:
        try:
            self.exports.set_retention_days(days or None)
        except BelongError as error:
            self.view.show_retention_status(describe(error), refused=True)
            return
        if days:
            said = self.tr(
                "Gemt: teksterne slettes fra denne computer %1 dage efter eksporten."
            ).replace("%1", str(days))
        else:
            said = self.tr("Gemt: teksterne bliver, til du sletter dem.")
        self.view.show_retention_status(said)

    # -- the device cap ----------------------------------------------------------------

    def _on_view_max_devices_typed(self, typed: str) -> None:
        if self.classroom is None:
            return
        try:
            stored = self.classroom.set_max_devices(parse_device_cap(typed))
        except BelongError as error:
            self.view.set_max_devices(self.classroom.max_devices())  # what is stored stays
            self.view.show_devices_status(describe(error), refused=True)
            return
        self.view.show_devices_status(
            self.tr(
                "Gemt: højst %1 enheder pr. session, fra næste gang siden til de studerende "
                "startes."
            ).replace("%1", str(stored))
        )
