"""The keyboard help (F1): a quiet overlay over the control window, closed by F1 or Esc.

GUI thread. Its words are rebuilt on every ``LanguageChange``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from belong_desktop.qt.messages import QT_TRANSLATE_NOOP
from belong_desktop.qt.style import HELP_BACKGROUND, HELP_TEXT, font

SHORTCUTS: list[tuple[str, str]] = [
    (
        QT_TRANSLATE_NOOP("HelpOverlay", "Mellemrum / → / PageDown"),
        QT_TRANSLATE_NOOP("HelpOverlay", "Næste trin (på sort lærred eller QR-koden: vis trinnet)"),
    ),
    (
        QT_TRANSLATE_NOOP("HelpOverlay", "← / PageUp"),
        QT_TRANSLATE_NOOP("HelpOverlay", "Forrige trin"),
    ),
    ("B", QT_TRANSLATE_NOOP("HelpOverlay", "Sort lærred / vis lærredet igen")),
    ("R", QT_TRANSLATE_NOOP("HelpOverlay", "Vis resultatet af afstemningen (når nok har svaret)")),
    ("P", QT_TRANSLATE_NOOP("HelpOverlay", "Pause / afspil video")),
    ("F5", QT_TRANSLATE_NOOP("HelpOverlay", "Projektor i fuld skærm")),
    ("Esc", QT_TRANSLATE_NOOP("HelpOverlay", "Forlad tekstfeltet / fuld skærm / luk denne hjælp")),
    (
        "Ctrl+N",
        QT_TRANSLATE_NOOP(
            "HelpOverlay", "Skriv en note (Enter gemmer og går tilbage til sessionen)"
        ),
    ),
    ("Ctrl+B", QT_TRANSLATE_NOOP("HelpOverlay", "Vis titelbilledet på projektoren igen")),
    (
        "J",
        QT_TRANSLATE_NOOP(
            "HelpOverlay", "Vis QR-kode og kode på projektoren / tilbage til trinnet"
        ),
    ),
    ("Tab", QT_TRANSLATE_NOOP("HelpOverlay", "Til næste knap; Enter trykker på den")),
    ("F1", QT_TRANSLATE_NOOP("HelpOverlay", "Vis / skjul genveje")),
]


class HelpOverlay(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.retranslate()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"background: {HELP_BACKGROUND}; color: {HELP_TEXT};")
        self.setFont(font(14))  # follows the counsellor's text size
        self.hide()
        parent.installEventFilter(self)

    def retranslate(self) -> None:
        rows = "".join(
            f"<tr><td style='padding:6px 24px'><b>{self.tr(key)}</b></td>"
            f"<td style='padding:6px 24px'>{self.tr(action)}</td></tr>"
            for key, action in SHORTCUTS
        )
        self.setText(f"<h2>{self.tr('Tastaturgenveje')}</h2><table>{rows}</table>")
        self.setAccessibleName(self.tr("Tastaturgenveje"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        cover = self.parentWidget()  # the widget it covers
        if self.isVisible() and cover is not None:
            self.setGeometry(cover.rect())
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        cover = self.parentWidget()
        if watched is cover and event.type() == QEvent.Type.Resize:
            self.setGeometry(cover.rect())
        return False
