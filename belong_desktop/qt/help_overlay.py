"""The keyboard help (F1): a quiet overlay over the control window, closed by F1 or Esc."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from belong_desktop.qt.style import HELP_BACKGROUND, HELP_TEXT, font

SHORTCUTS: list[tuple[str, str]] = [
    ("Mellemrum / → / PageDown", "Næste trin (på sort lærred eller QR-koden: vis trinnet)"),
    ("← / PageUp", "Forrige trin"),
    ("B", "Sort lærred / vis lærredet igen"),
    ("R", "Vis resultatet af afstemningen (når nok har svaret)"),
    ("P", "Pause / afspil video"),
    ("F5", "Projektor i fuld skærm"),
    ("Esc", "Forlad tekstfeltet / fuld skærm / luk denne hjælp"),
    ("Ctrl+N", "Skriv en note (Enter gemmer og går tilbage til sessionen)"),
    ("Ctrl+B", "Vis titelbilledet på projektoren igen"),
    ("J", "Vis QR-kode og kode på projektoren / tilbage til trinnet"),
    ("F1", "Vis / skjul genveje"),
]


class HelpOverlay(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._cover = parent  # the widget the overlay covers, resized with it
        rows = "".join(
            f"<tr><td style='padding:6px 24px'><b>{self.tr(key)}</b></td>"
            f"<td style='padding:6px 24px'>{self.tr(action)}</td></tr>"
            for key, action in SHORTCUTS
        )
        self.setText(f"<h2>{self.tr('Tastaturgenveje')}</h2><table>{rows}</table>")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"background: {HELP_BACKGROUND}; color: {HELP_TEXT};")
        self.setFont(font(14))  # follows the counsellor's text size
        self.hide()
        parent.installEventFilter(self)

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.setGeometry(self._cover.rect())
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._cover and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._cover.rect())
        return False
