"""What an export made, said once it is on the disk (GUI thread).

The file's name and the folder it is in (selectable, and "Vis mappe" opens the folder),
the fingerprint of the key it is encrypted for (the one read to the ministry), and what
the bundle holds in counts, so the counsellor can tell the ministry what was sent. Its
words are set again, from the result, on every ``LanguageChange``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.qt.kit_card import fingerprint_font, spaced
from belong_desktop.qt.style import Tone, font, set_tone
from belong_desktop.services.export import ExportResult


class ExportResultDialog(QDialog):
    sig_show_folder = Signal()

    def __init__(self, result: ExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._result = result
        receipt = result.receipt
        self.headline = QLabel(self)
        self.headline.setFont(font(16, bold=True))
        set_tone(self.headline, Tone.OK)
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        self.file_name = QLabel(receipt.file_name, self)
        self.file_name.setTextInteractionFlags(selectable)
        self.file_name.setFont(font(11, bold=True))
        self.folder = QLabel(str(result.path.parent), self)
        self.folder.setTextInteractionFlags(selectable)
        self.folder.setWordWrap(True)
        self.fingerprint = QLabel(spaced(receipt.recipient_fingerprint), self)
        mono = fingerprint_font()
        mono.setPointSize(16)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(selectable)
        self.contents = QLabel(self)
        self.contents.setWordWrap(True)
        facts = QFormLayout()
        self._fact_labels = [QLabel(self) for _ in range(4)]
        for label, value in zip(
            self._fact_labels,
            (self.file_name, self.folder, self.fingerprint, self.contents),
            strict=True,
        ):
            label.setBuddy(value)
            facts.addRow(label, value)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.show_folder_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addSpacing(6)
        layout.addLayout(facts)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)
        self.show_folder_button.clicked.connect(self.sig_show_folder)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()

    def retranslate(self) -> None:
        receipt = self._result.receipt
        self.setWindowTitle(self.tr("Eksporteret"))
        self.headline.setText(self.tr("✓ Sessionen er eksporteret"))
        names = (self.tr("Fil"), self.tr("Mappe"), self.tr("Krypteret til"), self.tr("Indhold"))
        for label, name in zip(self._fact_labels, names, strict=True):
            label.setText(name)
        self.contents.setText(self._contents(receipt.counts))
        self.note.setText(self._note(receipt.sequence))
        self.show_folder_button.setText(self.tr("Vis mappe"))
        self.show_folder_button.setAccessibleDescription(
            self.tr("Åbner mappen med den eksporterede fil")
        )
        self.close_button.setText(self.tr("Luk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _contents(self, counts: Mapping[str, int]) -> str:
        get = counts.get
        lines = [
            self.tr("%1 enheder, %2 sendte tekster, %3 ikke sendt ved afslutningen")
            .replace("%1", str(get("devices", 0)))
            .replace("%2", str(get("texts_sent", 0)))
            .replace("%3", str(get("drafts_at_close", 0))),
            self.tr("%1 svar i afstemningen, %2 noter i loggen")
            .replace("%1", str(get("poll_answers", 0)))
            .replace("%2", str(get("notes", 0))),
            self.tr("%1 personoplysninger skjult").replace("%1", str(get("redactions", 0))),
        ]
        return "\n".join(lines)

    def _note(self, sequence: int) -> str:
        text = self.tr(
            "Filen er krypteret: kun ministeriet kan åbne den. Send den, som ministeriet har "
            "bedt om (fx via sikker upload)."
        )
        if sequence > 1:
            text += " " + self.tr(
                "Det er eksport nr. %1 af sessionen; ministeriet bruger den nyeste."
            ).replace("%1", str(sequence))
        return text
