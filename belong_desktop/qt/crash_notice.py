"""Telling the counsellor calmly that something unexpected happened, from any thread.

The crash hook (``logs.install_crash_hook``) runs on whatever thread failed; this object
lives in the GUI thread, so its signal queues the notice there. One notice at a time:
a fault that repeats (a timer, a signal storm) must not bury the windows in boxes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from belong_desktop.qt.language import standard_button
from belong_desktop.qt.messages import unexpected


class CrashNotice(QObject):
    sig_report = Signal(str)  # the log file's path, or ""

    def __init__(
        self,
        parent: QWidget | None = None,
        show: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._show = show or self._show_box
        self._box: QMessageBox | None = None
        self.sig_report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)

    def report(self, log_file: str) -> None:
        """Safe from any thread: the notice itself appears in the GUI thread."""
        self.sig_report.emit(log_file)

    def _on_report(self, log_file: str) -> None:
        text = unexpected()
        if log_file:
            text += "\n\n" + log_file
        self._show(text)

    def _show_box(self, text: str) -> None:
        if self._box is not None and self._box.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Uventet fejl"), text, parent=self._parent
        )
        # Our own word for its button: Qt has none in Norwegian (language.STANDARD_BUTTONS).
        box.addButton(standard_button("ok"), QMessageBox.ButtonRole.AcceptRole)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self._box = box
