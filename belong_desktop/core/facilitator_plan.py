"""What the printed facilitator script says about a pack, before any layout: the plan.

The script (``services/reports/facilitator_script.py``) prints a pack's steps with their
target minutes and a running clock from the start of the hour (``0:00``, ``4:00``,
``6:00`` …), and a before-class checklist. The rules live here, pure and testable: where
each step starts and ends on the clock, which checklist items a pack needs (sound only
when it plays videos; the writing steps' devices), which language a script may be printed
in (one the pack has), and which language the document's own frame words fall back to for
a pack written in a language the script has no words for. Runs on whatever thread calls
it; no I/O.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.packs import Pack, Step, StepKind
from belong_desktop.core.timefmt import mmss

#: The languages the script's own words (headings, labels, checklist) are written in: the
#: catalogue's (belong_desktop.catalogue.LANGUAGES; the core cannot import it).
FRAME_LANGUAGES = ("da", "en", "nb", "nl")
#: The frame words for any other pack language: English, read by counsellors everywhere.
FRAME_FALLBACK = "en"


@dataclass(frozen=True)
class PlannedStep:
    """One step on the hour's clock: starts at ``start`` seconds after the hour began."""

    number: int  # 1-based, as the counsellor counts
    step: Step
    start: float  # seconds from the start of the session
    end: float

    @property
    def clock(self) -> str:
        """``6:00–7:30``: where the step sits in the hour."""
        return f"{mmss(self.start)}–{mmss(self.end)}"

    @property
    def start_clock(self) -> str:
        return mmss(self.start)

    @property
    def end_clock(self) -> str:
        return mmss(self.end)


def running_clock(pack: Pack) -> tuple[PlannedStep, ...]:
    """Every step with its start and end on the clock, in order, from ``0:00``.

    Sums whole seconds (a step's minutes may be 1.5), so the clock never drifts by a
    rounding: the last step ends at the pack's total minutes exactly.
    """
    planned: list[PlannedStep] = []
    start = 0.0
    for number, step in enumerate(pack.steps, start=1):
        end = start + step.target_seconds
        planned.append(PlannedStep(number, step, start, end))
        start = end
    return tuple(planned)


class Check(enum.StrEnum):
    """One thing to do in the room before the class arrives (the script's words say how)."""

    ROOM = "room"  # seats, light, the counsellor's place with a view of the screen
    PROJECTOR = "projector"  # mirror or extended mode; the projector window on the big screen
    SOUND = "sound"  # only when the pack plays videos: test with the first one
    NETWORK = "network"  # the laptop on the network the students' devices use
    JOIN_SLIDE = "join_slide"  # start the app, open the join code slide, try it on a phone
    DEVICES = "devices"  # charged phones/laptops, or the lab machines switched on
    WRITING = "writing"  # only when students write: a keyboard or a phone each, time to type
    SUPPORT = "support"  # the local support contacts to name at the end


@dataclass(frozen=True)
class CheckItem:
    """A checklist line: which check, and what it names (the first video's file)."""

    check: Check
    video: str = ""


def checklist(pack: Pack) -> tuple[CheckItem, ...]:
    """The before-class checklist for ``pack``, in the order the counsellor walks the room."""
    videos = [step.video for step in pack.steps if step.video is not None]
    writes = any(step.kind.collects_text for step in pack.steps)
    items = [CheckItem(Check.ROOM), CheckItem(Check.PROJECTOR)]
    if videos:
        items.append(CheckItem(Check.SOUND, video=videos[0].file.name))
    items += [CheckItem(Check.NETWORK), CheckItem(Check.JOIN_SLIDE), CheckItem(Check.DEVICES)]
    if writes:
        items.append(CheckItem(Check.WRITING))
    if any(step.kind is StepKind.CLOSING for step in pack.steps):
        items.append(CheckItem(Check.SUPPORT))
    return tuple(items)


def script_language(pack: Pack, language: str) -> str:
    """``language`` when the pack has it; refused otherwise (the script prints the pack's
    own texts, and a pack never falls back silently to another language in print)."""
    wanted = language.strip()
    if wanted not in pack.languages:
        raise InvalidInput(
            f"pack {pack.id!r} has no language {wanted!r} (it has {', '.join(pack.languages)})",
            code="language_missing",
            language=wanted,
            languages=", ".join(pack.languages),
        )
    return wanted


def frame_language(language: str) -> str:
    """The language of the script's own words for a pack in ``language``."""
    base = language.split("-", 1)[0].lower()
    return base if base in FRAME_LANGUAGES else FRAME_FALLBACK
