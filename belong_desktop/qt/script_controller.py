"""The start screen's "Udskriv drejebog …": the chosen pack's facilitator script as a PDF.

GUI thread. The counsellor picks a pack and a language on the start screen and clicks
the button; the injected save dialog asks where (the documents folder and a name with the
pack and language are offered); the pack is loaded afresh from its folder and the PDF made
and saved through the ``TaskRunner``, off the GUI thread (reportlab takes a moment, and a
pack edited since the list was filled is read as it is now). The status bar then says
where it went; a refusal (a broken pack, a folder that cannot be written) is told in the
counsellor's words (``messages``). The controller keeps no reference to its window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from belong_desktop import paths
from belong_desktop.qt.dialogs import Dialogs
from belong_desktop.qt.messages import describe
from belong_desktop.qt.tasks import TaskRunner
from belong_desktop.services.packs import PackCatalog

PDF_FILTER = "PDF (*.pdf)"


def suggested_name(pack_folder: Path, language: str) -> str:
    """``Drejebog belonging da.pdf``: the pack's folder name (its id in the catalog)."""
    return f"Drejebog {pack_folder.name} {language}.pdf"


class ScriptController(QObject):
    sig_said = Signal(str)  # a line for the status bar
    sig_saved = Signal(str)  # the path of the PDF written

    def __init__(
        self, catalog: PackCatalog, dialogs: Dialogs, tasks: TaskRunner, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.dialogs = dialogs
        self.tasks = tasks
        self.running = False

    def print_script(self, pack_folder: str, language: str) -> bool:
        """Ask where, then make and save the script; False when nothing was started."""
        if self.running or not pack_folder:
            return False
        folder = Path(pack_folder)
        suggested = paths.documents_dir() / suggested_name(folder, language)
        out = self.dialogs.choose_save_file(self.tr("Gem drejebogen"), suggested, PDF_FILTER)
        if out is None:
            return False
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        catalog = self.catalog

        def work() -> Path:
            from belong_desktop.services.reports.facilitator_script import write_script

            return write_script(catalog.resolve(str(folder)), language, out)

        self.running = True
        self.tasks.run(
            work,
            self._on_saved,
            label=self.tr("Laver drejebogen …"),
            on_error=self._on_failed,
        )
        return True

    def _on_saved(self, out: Path) -> None:
        self.running = False
        self.sig_said.emit(self.tr("Drejebogen er gemt: %1").replace("%1", str(out)))
        self.sig_saved.emit(str(out))

    def _on_failed(self, error: BaseException) -> None:
        self.running = False
        self.dialogs.tell(self.tr("Drejebogen blev ikke gemt"), describe(error))
