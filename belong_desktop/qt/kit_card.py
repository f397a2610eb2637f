"""What a counsellor checks about a trial kit, laid out once (layout only, GUI thread).

Shown twice on the settings page: for a kit file before it is imported, and for the kit
in use. The recipient's fingerprint is big, in a fixed-width font and in groups of four,
with the sentence that says what to do with it: read it to the ministry on the phone
before the first export. The packs are listed per arm (the counsellor may see the arms
here; the class never does), the groups only as a count per institution. GUI thread;
reworded from the kit on a ``LanguageChange``.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from belong_desktop.core.kit import TrialKit
from belong_desktop.core.packs import Arm
from belong_desktop.qt.style import (
    FINGERPRINT_BACKGROUND,
    FINGERPRINT_TEXT,
    Tone,
    font,
    set_tone,
)
from belong_desktop.qt.words import arm_name, stamp

#: Institutions listed by name before the rest are counted as "and N more".
MAX_PLACES = 8


def fingerprint_font() -> QFont:
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSize(24)
    mono.setBold(True)
    mono.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    return mono


def spaced(fingerprint: str) -> str:
    """``7G3K-QX2P-M4TZ-9RCA`` → ``7G3K  QX2P  M4TZ  9RCA``: groups to read one at a time."""
    return "  ".join(fingerprint.split("-"))


class KitCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trial = QLabel(self)
        self.trial.setFont(font(14, bold=True))
        self.trial.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._kit: tuple[TrialKit, list[str]] | None = None
        self.fingerprint_title = QLabel(self)
        self.fingerprint = QLabel(self)
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet(
            f"background: {FINGERPRINT_BACKGROUND}; color: {FINGERPRINT_TEXT};"
            " border: 1px solid #b8b8b8; border-radius: 6px;"
            " padding: 6px 16px;"
        )
        self.read_aloud = QLabel(self)
        self.read_aloud.setWordWrap(True)
        self.packs = QLabel(self)
        self.packs.setWordWrap(True)
        self.groups = QLabel(self)
        self.groups.setWordWrap(True)
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.packs_label = QLabel(self)
        self.groups_label = QLabel(self)
        facts.addRow(self.packs_label, self.packs)
        facts.addRow(self.groups_label, self.groups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.trial)
        layout.addWidget(self.fingerprint_title)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.read_aloud)
        layout.addSpacing(6)
        layout.addLayout(facts)
        self.retranslate()

    def retranslate(self) -> None:
        self.fingerprint_title.setText(self.tr("Ministeriets fingeraftryk"))
        self.fingerprint.setAccessibleName(self.tr("Ministeriets fingeraftryk"))
        self.read_aloud.setText(
            self.tr(
                "Læs fingeraftrykket op for ministeriet, og kontrollér at det er det samme, "
                "før første eksport."
            )
        )
        self.packs_label.setText(self.tr("Pakker"))
        self.groups_label.setText(self.tr("Hold"))
        if self._kit is not None:
            self.set_kit(*self._kit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_kit(self, kit: TrialKit, missing: list[str]) -> None:
        """``missing``: the kit's packs this laptop lacks, as ``KitService.missing_packs``
        words them (``control 1.0.0 (control)``)."""
        self._kit = (kit, list(missing))
        self.trial.setText(
            self.tr("Forsøg %1 · kittet er lavet %2")
            .replace("%1", kit.trial_id)
            .replace("%2", stamp(kit.created_at))
        )
        self.fingerprint.setText(spaced(kit.fingerprint))
        lines = []
        for arm in Arm:
            wanted = kit.packs.get(arm)
            if wanted is None:
                continue
            line = f"{arm_name(arm)}: {wanted.pack_id} {wanted.version}"
            if any(m.startswith(f"{wanted.pack_id} {wanted.version} ") for m in missing):
                line += " — " + self.tr("findes ikke på denne computer")
            lines.append(line)
        self.packs.setText("\n".join(lines))
        set_tone(self.packs, Tone.WARNING if missing else Tone.PLAIN)
        places = Counter(group.institution for group in kit.groups)
        named = [
            self.tr("%1: %2").replace("%1", place).replace("%2", str(count))
            for place, count in sorted(places.items())[:MAX_PLACES]
        ]
        if len(places) > MAX_PLACES:
            named.append(self.tr("og %1 andre").replace("%1", str(len(places) - MAX_PLACES)))
        if len(places) == 1:
            total = self.tr("%1 hold på én institution")
        else:
            total = self.tr("%1 hold på %2 institutioner").replace("%2", str(len(places)))
        total = total.replace("%1", str(len(kit.groups)))
        self.groups.setText(total + "\n" + " · ".join(named))
