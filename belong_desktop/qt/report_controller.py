"""A past session's report ("Rapport …"): ask where to save it, write it off the GUI
thread, say where it went.

GUI thread; the PDF is built and written through the ``TaskRunner`` (a session with many
notes takes a moment). The name suggested is the group and the date, in the export folder.
Refusals are worded by ``messages``; the controller keeps no reference to its window (its
parent), so no reference cycle runs through the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from belong_desktop import paths
from belong_desktop.core.records import SessionRecord
from belong_desktop.qt.dialogs import Dialogs
from belong_desktop.qt.messages import describe
from belong_desktop.qt.tasks import TaskRunner
from belong_desktop.services.reports.session_report import SessionReports

#: The report's language until the settings screen lets the counsellor choose (issue 14).
LANGUAGE = "da"


def suggested_name(record: SessionRecord) -> str:
    """``sessionsrapport-DAT1-A-2026-09-01.pdf``: group and day, safe as a file name."""
    when = record.started_at or record.created_at
    group = "".join(c if c.isalnum() or c in "-_" else "-" for c in record.group_code)
    return f"sessionsrapport-{group}-{when.astimezone():%Y-%m-%d}.pdf"


class ReportController(QObject):
    sig_said = Signal(str)  # a line for the status bar
    sig_saved = Signal(str)  # the report's path, once written

    def __init__(
        self, reports: SessionReports, dialogs: Dialogs, tasks: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.reports = reports
        self.dialogs = dialogs
        self.tasks = tasks
        self.session_id: str | None = None  # the report being written

    def busy(self) -> bool:
        return self.session_id is not None

    def report(self, record: SessionRecord) -> bool:
        """Ask where to save the session's report, then write it; False when not asked
        to (cancelled) or another report is being written."""
        if self.busy():
            return False
        folder = paths.export_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = Path.home()
        out = self.dialogs.choose_save_file(
            self.tr("Gem sessionsrapporten"),
            folder / suggested_name(record),
            self.tr("PDF-dokumenter (*.pdf)"),
        )
        if out is None:
            self.sig_said.emit(self.tr("Rapporten er ikke lavet: der blev ikke valgt en fil."))
            return False
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        self.session_id = session_id = record.id
        reports = self.reports
        self.tasks.run(
            lambda: reports.write(session_id, out, LANGUAGE),
            self._on_written,
            label=self.tr("Skriver sessionsrapporten …"),
            on_error=self._on_failed,
        )
        return True

    def _on_written(self, out: Path) -> None:
        self.session_id = None
        self.sig_said.emit(self.tr("Sessionsrapporten er gemt: %1").replace("%1", str(out)))
        self.sig_saved.emit(str(out))

    def _on_failed(self, error: BaseException) -> None:
        self.session_id = None
        self.dialogs.tell(self.tr("Rapporten blev ikke lavet"), describe(error))
