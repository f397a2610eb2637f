"""The content-pack model: a pack is an ordered plan of steps with texts per language.

Packs are immutable once loaded; the loader (``pack_loader``) builds them and the
validator guarantees the invariants documented here, so the rest of the program can
rely on them without re-checking.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: The most a session may last; the core warns and the validator refuses plans above it.
MAX_SESSION_MINUTES = 60.0
DEFAULT_MIN_ANSWERS = 5


class Arm(enum.StrEnum):
    """Which study arm a pack is written for. Never shown to students."""

    TREATMENT = "treatment"
    CONTROL = "control"


class StepKind(enum.StrEnum):
    MESSAGE = "message"
    VIDEO = "video"
    POLL = "poll"
    REFLECTION = "reflection"
    LETTER = "letter"
    CLOSING = "closing"

    @property
    def collects_text(self) -> bool:
        """Steps where every student writes their own text."""
        return self in (StepKind.REFLECTION, StepKind.LETTER)


class DraftPolicy(enum.StrEnum):
    """What becomes of text a student has typed but not sent (the pack's ``drafts``)."""

    #: Saved on the laptop as they write (anonymously); never-sent text is kept and marked
    #: ``draft_at_close``. A lost phone or a closed tab loses nothing.
    KEEP = "keep"
    #: Kept only on the device until the student presses Send: unsent text never leaves it.
    DEVICE_ONLY = "device_only"


class PollStyle(enum.StrEnum):
    SINGLE = "single"
    AGREEMENT = "agreement"


@dataclass(frozen=True)
class Localized:
    """A text in several languages; ``get`` falls back to the first language."""

    texts: Mapping[str, str]

    def get(self, language: str) -> str:
        if language in self.texts:
            return self.texts[language]
        return next(iter(self.texts.values()), "")

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self.texts)


@dataclass(frozen=True)
class Video:
    """A peer video: its file and one subtitle file per language (absolute paths)."""

    file: Path
    subtitles: Mapping[str, Path]


@dataclass(frozen=True)
class Poll:
    style: PollStyle
    options: tuple[Localized, ...]
    min_answers: int = DEFAULT_MIN_ANSWERS


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    minutes: float
    speaker_notes: Localized
    projector: Localized
    student: Localized
    video: Video | None = None
    poll: Poll | None = None
    consent: Localized | None = None

    @property
    def target_seconds(self) -> float:
        return self.minutes * 60.0

    def slide(self, language: str) -> tuple[str, str]:
        """The projector text as (headline, the rest): its first line names the step."""
        first, _, rest = self.projector.get(language).partition("\n")
        return first, rest

    def headline(self, language: str) -> str:
        """The step's name in plans, logs and the control window."""
        return self.slide(language)[0]


@dataclass(frozen=True)
class Pack:
    id: str
    version: str
    arm: Arm
    languages: tuple[str, ...]
    title: Localized
    steps: tuple[Step, ...]
    folder: Path = field(compare=False)
    drafts: DraftPolicy = DraftPolicy.KEEP
    #: The letters booklet's introduction for its cover (``[booklet_intro]``), per language.
    booklet_intro: Localized | None = None

    @property
    def keeps_drafts(self) -> bool:
        """Unsent text is saved on the laptop as students write."""
        return self.drafts is DraftPolicy.KEEP

    @property
    def total_minutes(self) -> float:
        return sum(step.minutes for step in self.steps)

    def step_index(self, step_id: str) -> int:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)
