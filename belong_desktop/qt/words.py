"""Words and numbers as the counsellor reads them: step kinds, session states, arms,
kinds of personal data, minutes.

The core's enums are English identifiers; the windows show them in the counsellor's
language (Danish source text, translatable, context ``Words``), and numbers, dates and
times in that language's locale (``52,5 min`` in Danish, ``52.5 min`` in English), the
one ``language.apply_language`` set. Each call reads the language now, so a window
that retranslates gets the new words and numbers.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTime

from belong_desktop.core.packs import Arm, StepKind
from belong_desktop.core.session import SessionState
from belong_desktop.qt.language import locale
from belong_desktop.qt.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the personal-data scanner is not needed before the first window
    from belong_desktop.core.personal_data import PiiKind

_CONTEXT = "Words"

KIND_NAMES: dict[StepKind, str] = {
    StepKind.MESSAGE: QT_TRANSLATE_NOOP("Words", "Besked"),
    StepKind.VIDEO: QT_TRANSLATE_NOOP("Words", "Video"),
    StepKind.POLL: QT_TRANSLATE_NOOP("Words", "Afstemning"),
    StepKind.REFLECTION: QT_TRANSLATE_NOOP("Words", "Refleksion"),
    StepKind.LETTER: QT_TRANSLATE_NOOP("Words", "Brev"),
    StepKind.CLOSING: QT_TRANSLATE_NOOP("Words", "Afslutning"),
}

STATE_NAMES: dict[SessionState, str] = {
    SessionState.CREATED: QT_TRANSLATE_NOOP("Words", "Ikke startet"),
    SessionState.RUNNING: QT_TRANSLATE_NOOP("Words", "Afbrudt"),
    SessionState.ENDED: QT_TRANSLATE_NOOP("Words", "Afsluttet"),
    SessionState.EXPORTED: QT_TRANSLATE_NOOP("Words", "Eksporteret"),
}

#: What the review calls each kind of flagged personal data.
PII_NAMES: dict[str, str] = {  # by PiiKind's value (a StrEnum)
    "name": QT_TRANSLATE_NOOP("Words", "Muligt navn"),
    "email": QT_TRANSLATE_NOOP("Words", "E-mailadresse"),
    "phone": QT_TRANSLATE_NOOP("Words", "Telefonnummer"),
    "cpr": QT_TRANSLATE_NOOP("Words", "CPR-nummer"),
    "url": QT_TRANSLATE_NOOP("Words", "Link"),
    "handle": QT_TRANSLATE_NOOP("Words", "Brugernavn"),
    "address": QT_TRANSLATE_NOOP("Words", "Adresse"),
}

#: The study arms, for the counsellor only (settings, the override question): never on
#: the projector, the cover or a student's page.
ARM_NAMES: dict[Arm, str] = {
    Arm.TREATMENT: QT_TRANSLATE_NOOP("Words", "behandling"),
    Arm.CONTROL: QT_TRANSLATE_NOOP("Words", "kontrol"),
}


def kind_name(kind: StepKind) -> str:
    return QCoreApplication.translate(_CONTEXT, KIND_NAMES[kind])


def state_name(state: SessionState) -> str:
    return QCoreApplication.translate(_CONTEXT, STATE_NAMES[state])


def pii_name(kind: PiiKind) -> str:
    return QCoreApplication.translate(_CONTEXT, PII_NAMES[kind])


def arm_name(arm: Arm) -> str:
    return QCoreApplication.translate(_CONTEXT, ARM_NAMES[arm])


def number(value: float) -> str:
    """``52.5`` → ``52,5`` in Danish; ``4.0`` → ``4``: as few decimals as the value needs."""
    return locale().toString(float(value), "g", 6)


def stamp(when: datetime | None, empty: str = "-") -> str:
    """An aware time as a short date and time in the laptop's time zone, written the way
    the counsellor's language writes them (``01.09.2026 11.00`` in Danish); ``empty``
    for None."""
    if when is None:
        return empty
    local = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return locale().toString(local, QLocale.FormatType.ShortFormat)


def clock_now() -> str:
    """The time of day now, short (a note's "kl. 11.04")."""
    return locale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
