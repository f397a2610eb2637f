"""A past session's way out: review its texts, export the bundle, delete the texts.

GUI thread; the slow parts run through the ``TaskRunner``: scanning every text for
personal data (half a second for a full class), writing the encrypted bundle, deleting
texts, and the retention run at start-up. The flow for "Gennemse og eksportér …":

1. without a trial kit there is nobody to encrypt for: say so and open Indstillinger;
2. scan the texts; any open flag opens the ``ReviewDialog`` (behind a guard when the
   laptop's screen may be on the projector); when it is done, scan again (a redaction can
   change what is found), until nothing is left;
3. the counsellor chooses the folder (the default export folder first);
4. export off the GUI thread, then ``ExportResultDialog`` says what was written where;
5. offer to delete the students' texts from this laptop (the answer "no" is the default).

Refusals are worded by ``messages``. The controller keeps no reference to its window
(its parent), so no reference cycle runs through the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from belong_desktop import paths
from belong_desktop.core.errors import BelongError
from belong_desktop.qt.dialogs import Dialogs
from belong_desktop.qt.export_result_dialog import ExportResultDialog
from belong_desktop.qt.messages import describe
from belong_desktop.qt.review_dialog import ReviewDialog
from belong_desktop.qt.tasks import TaskRunner
from belong_desktop.qt.words import kind_name
from belong_desktop.services.export import ExportResult, ExportService
from belong_desktop.services.kits import KitService
from belong_desktop.services.review import ReviewItem, ReviewService
from belong_desktop.services.sessions import SessionService

log = logging.getLogger(__name__)


def open_in_file_manager(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportController(QObject):
    sig_settings_requested = Signal()  # no kit: the counsellor is taken to Indstillinger
    sig_sessions_changed = Signal()  # exported or texts deleted: the lists change
    sig_said = Signal(str)  # a line for the status bar
    sig_finished = Signal(str)  # the flow for this session id stopped (done or not)

    def __init__(
        self,
        sessions: SessionService,
        kits: KitService,
        review: ReviewService,
        exports: ExportService,
        dialogs: Dialogs,
        tasks: TaskRunner,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.kits = kits
        self.review = review
        self.exports = exports
        self.dialogs = dialogs
        self.tasks = tasks
        self.open_folder: Callable[[Path], None] = open_in_file_manager
        #: True while the laptop's screen may be on the projector (one screen, mirrored).
        self.shares_screen = True
        self.session_id: str | None = None  # the session being reviewed and exported
        self.review_dialog: ReviewDialog | None = None
        self.result_dialog: ExportResultDialog | None = None
        self.last_result: ExportResult | None = None

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def busy(self) -> bool:
        return self.session_id is not None

    def set_shares_screen(self, shared: bool) -> None:
        self.shares_screen = shared
        if shared and self.review_dialog is not None:
            self.review_dialog.guard_again()

    # -- 1. the way in -----------------------------------------------------------------

    def export(self, session_id: str) -> bool:
        """Start the review-and-export flow; False when it cannot start now."""
        if self.busy():
            return False
        if self.kits.current() is None:
            self.dialogs.tell(
                self.tr("Intet kit fra ministeriet"),
                describe(BelongError("", code="export_no_recipient")),
            )
            self.sig_settings_requested.emit()
            return False
        self.session_id = session_id
        self._scan()
        return True

    # -- 2. review ---------------------------------------------------------------------

    def _scan(self) -> None:
        session_id = self.session_id
        assert session_id is not None
        review = self.review
        self.tasks.run(
            lambda: review.items(session_id),
            self._on_scanned,
            label=self.tr("Leder efter personoplysninger i teksterne …"),
            on_error=self._on_failed,
        )

    def _on_scanned(self, items: list[ReviewItem]) -> None:
        if self.session_id is None:
            return
        if not items:
            self._choose_folder()
            return
        names = self._step_names(self.session_id)
        dialog = ReviewDialog(
            self.review,
            self.session_id,
            items,
            names,
            guard=self.shares_screen,
            parent=self._window(),
        )
        dialog.finished.connect(self._on_review_finished)
        self.review_dialog = dialog
        dialog.open()

    def _step_names(self, session_id: str) -> dict[str, str]:
        try:
            pack = self.sessions.flow(session_id).pack
        except BelongError:
            return {}
        return {step.id: kind_name(step.kind) for step in pack.steps}

    def _on_review_finished(self, result: int) -> None:
        dialog, self.review_dialog = self.review_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self._stop(
                self.tr(
                    "Eksporten venter. Det, du har besluttet i gennemgangen, er gemt; resten "
                    "kan du gennemgå senere."
                )
            )
            return
        self._scan()  # a redaction can change what is found: look once more

    # -- 3. and 4. the folder and the export -------------------------------------------

    def _choose_folder(self) -> None:
        default = paths.export_dir()
        try:
            default.mkdir(parents=True, exist_ok=True)
        except OSError:
            default = Path.home()
        folder = self.dialogs.choose_folder(self.tr("Vælg mappen til eksporten"), default)
        if folder is None:
            self._stop(self.tr("Eksporten er ikke lavet: der blev ikke valgt en mappe."))
            return
        session_id, exports = self.session_id, self.exports
        assert session_id is not None
        self.tasks.run(
            lambda: exports.export(session_id, folder),
            self._on_exported,
            label=self.tr("Eksporterer og krypterer …"),
            on_error=self._on_failed,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self.last_result = result
        self.sig_sessions_changed.emit()
        self.sig_said.emit(self.tr("Eksporteret: %1").replace("%1", str(result.path)))
        dialog = ExportResultDialog(result, self._window())
        dialog.sig_show_folder.connect(self._on_result_show_folder)
        dialog.finished.connect(self._on_result_finished)
        self.result_dialog = dialog
        dialog.open()

    def _on_result_show_folder(self) -> None:
        if self.last_result is not None:
            self.open_folder(self.last_result.path.parent)

    # -- 5. the texts ------------------------------------------------------------------

    def _on_result_finished(self, _result: int) -> None:
        dialog, self.result_dialog = self.result_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        session_id = self.session_id
        self.session_id = None
        if session_id is None:
            return
        self.delete_texts(session_id, after_export=True)
        self.sig_finished.emit(session_id)

    def delete_texts(self, session_id: str, *, after_export: bool = False) -> bool:
        """Ask, then delete the session's texts from this laptop; False when not asked to."""
        question = self.tr(
            "Slet elevernes tekster i denne session fra computeren nu? Eksportfilen, "
            "kvitteringen og sessionens log bliver. Det kan ikke fortrydes."
        )
        if after_export:
            question = self.tr("Eksporten er gemt.") + " " + question
        if not self.dialogs.confirm_risky(
            self.tr("Slet tekster fra denne computer"), question, self.tr("Slet teksterne")
        ):
            return False
        exports = self.exports
        self.tasks.run(
            lambda: exports.delete_texts(session_id),
            self._on_texts_deleted,
            label=self.tr("Sletter teksterne …"),
            on_error=self._on_delete_failed,
        )
        return True

    def _on_texts_deleted(self, count: int) -> None:
        self.sig_sessions_changed.emit()
        self.sig_said.emit(
            self.tr("Teksterne er slettet fra denne computer (%1 svar).").replace("%1", str(count))
        )

    def _on_delete_failed(self, error: BaseException) -> None:
        self.dialogs.tell(self.tr("Teksterne blev ikke slettet"), describe(error))

    def apply_retention(self) -> None:
        """The retention setting, once at start-up, off the GUI thread."""
        exports = self.exports
        self.tasks.run(
            exports.apply_retention, self._on_retention_applied, on_error=self._on_retention_failed
        )

    def _on_retention_applied(self, deleted: list[str]) -> None:
        log.info("retention at start-up: texts deleted in %d sessions", len(deleted))
        if not deleted:
            return
        self.sig_sessions_changed.emit()
        self.sig_said.emit(
            self.tr(
                "Elevernes tekster er slettet fra %1 eksporterede sessioner, som "
                "indstillingen for sletning efter eksport siger."
            ).replace("%1", str(len(deleted)))
        )

    def _on_retention_failed(self, error: BaseException) -> None:
        log.warning("retention at start-up failed: %s", getattr(error, "code", type(error)))
        self.sig_said.emit(
            self.tr("De gamle tekster kunne ikke slettes automatisk: %1").replace(
                "%1", describe(error)
            )
        )

    # -- endings -----------------------------------------------------------------------

    def _on_failed(self, error: BaseException) -> None:
        self._stop("")
        self.dialogs.tell(self.tr("Eksporten lykkedes ikke"), describe(error))
        if isinstance(error, BelongError) and error.code == "export_no_recipient":
            self.sig_settings_requested.emit()

    def _stop(self, said: str) -> None:
        session_id, self.session_id = self.session_id, None
        if said:
            self.sig_said.emit(said)
        if session_id is not None:
            self.sig_finished.emit(session_id)
