"""The session state machine: created → running (at step i) → ended → exported.

Pure rules: the caller passes ``now`` in, and every transition returns the events it
caused, so the services can persist the new state before anything is published. The
step log keeps one visit per time a step was shown, with the way it was entered; going
back is allowed and shows up in the log as a visit entered by ``prev``.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass, field
from datetime import datetime

from belong_desktop.core.errors import BelongError, InvalidInput
from belong_desktop.core.events import (
    Event,
    NoteAdded,
    SessionEnded,
    SessionExported,
    SessionResumed,
    SessionStarted,
    StepChanged,
    VideoLogged,
)
from belong_desktop.core.packs import MAX_SESSION_MINUTES, Pack, StepKind

MAX_NOTE_LENGTH = 2000
_GROUP_CODE_RE = re.compile(r"^[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå._ -]{0,31}$")


class SessionState(enum.StrEnum):
    CREATED = "created"
    RUNNING = "running"
    ENDED = "ended"
    EXPORTED = "exported"


class IllegalTransition(BelongError):
    """The session cannot do that in its current state; the message says why."""

    default_code = "illegal_transition"


class NoteKind(enum.StrEnum):
    COUNSELLOR = "counsellor"  # a deviation note typed by the counsellor
    SYSTEM = "system"  # written by the app, e.g. "resumed after a restart"
    OVERRIDE = "override"  # why the pack or group differs from the trial kit


@dataclass
class StepVisit:
    """One stretch of time a step was on screen."""

    step_index: int
    step_id: str
    entered_at: datetime
    entered_by: str  # "start", "next" or "prev"
    left_at: datetime | None = None

    def seconds(self, now: datetime) -> float:
        return ((self.left_at or now) - self.entered_at).total_seconds()


class VideoOutcome(enum.StrEnum):
    FINISHED = "finished"  # played to the end
    STOPPED = "stopped"  # left before the end (next/prev, end of session, stop)
    FAILED = "failed"  # missing or unplayable file: the session went on without it


@dataclass(frozen=True)
class VideoPlay:
    """How one showing of a peer video ended: fidelity data for the ministry."""

    at: datetime
    step_index: int
    outcome: VideoOutcome
    position_s: float  # where it stopped (the length when finished)
    detail: str = ""


@dataclass(frozen=True)
class Note:
    at: datetime
    step_index: int | None
    text: str
    kind: NoteKind = NoteKind.COUNSELLOR


def check_group_code(code: str) -> str:
    """Normalise a study-group code; raise ``InvalidInput`` when it cannot be one."""
    code = code.strip()
    if not _GROUP_CODE_RE.match(code):
        raise InvalidInput(
            f"group code {code!r} must be 1–32 letters, digits, spaces, '.', '_' or '-'",
            code="bad_group_code",
            group=code[:40],
        )
    return code


#: A reason shorter than this is not a reason ("ok", "x").
MIN_OVERRIDE_REASON = 10


def check_override_reason(reason: str | None) -> str:
    """A deviation from the trial kit needs a written reason someone can read later."""
    text = (reason or "").strip()
    if len(text) < MIN_OVERRIDE_REASON:
        raise InvalidInput(
            f"choosing a pack or group other than the trial kit's needs a reason of at least "
            f"{MIN_OVERRIDE_REASON} characters",
            code="override_reason_missing",
            minimum=MIN_OVERRIDE_REASON,
        )
    if len(text) > MAX_NOTE_LENGTH:
        raise InvalidInput(
            f"a reason holds at most {MAX_NOTE_LENGTH} characters",
            code="note_too_long",
            limit=MAX_NOTE_LENGTH,
            length=len(text),
        )
    return text


@dataclass
class SessionFlow:
    """The live state of one session and the rules for changing it."""

    session_id: str
    pack: Pack
    state: SessionState = SessionState.CREATED
    step_index: int | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    exported_at: datetime | None = None
    ended_early: bool = False
    visits: list[StepVisit] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    video_plays: list[VideoPlay] = field(default_factory=list)

    # -- transitions -------------------------------------------------------------------

    def start(self, now: datetime) -> list[Event]:
        self._require(SessionState.CREATED, "start")
        self.state = SessionState.RUNNING
        self.started_at = now
        self._enter(0, now, "start")
        return [SessionStarted(self.session_id, now, 0, self.pack.steps[0].id)]

    def next(self, now: datetime) -> list[Event]:
        index = self._require_running("go to the next step")
        if index + 1 >= len(self.pack.steps):
            raise IllegalTransition(
                "this is the last step: end the session instead", code="last_step"
            )
        return self._move(index + 1, now, "next")

    def prev(self, now: datetime) -> list[Event]:
        index = self._require_running("go back a step")
        if index == 0:
            raise IllegalTransition(
                "this is the first step: there is no step before it", code="first_step"
            )
        return self._move(index - 1, now, "prev")

    def add_note(
        self, text: str, now: datetime, kind: NoteKind = NoteKind.COUNSELLOR
    ) -> list[Event]:
        text = text.strip()
        if not text:
            raise InvalidInput("a note needs some text", code="note_empty")
        if len(text) > MAX_NOTE_LENGTH:
            raise InvalidInput(
                f"a note holds at most {MAX_NOTE_LENGTH} characters",
                code="note_too_long",
                limit=MAX_NOTE_LENGTH,
                length=len(text),
            )
        if self.state is SessionState.EXPORTED:
            raise IllegalTransition(
                "the session is exported: its notes can no longer change", code="exported"
            )
        note = Note(now, self.step_index, text, kind)
        self.notes.append(note)
        return [NoteAdded(self.session_id, now, note.step_index, text)]

    def end(self, now: datetime, note: str | None = None) -> list[Event]:
        index = self._require_running("end the session")
        events: list[Event] = []
        if note:
            events += self.add_note(note, now)  # may refuse the note: then nothing changed
        self.ended_early = index < len(self.pack.steps) - 1
        self._leave(now)
        self.state = SessionState.ENDED
        self.ended_at = now
        events.append(SessionEnded(self.session_id, now, index, self.ended_early))
        return events

    def mark_exported(self, now: datetime) -> list[Event]:
        """After a bundle was written; exporting again (a new bundle) is allowed."""
        if self.state is not SessionState.EXPORTED:
            self._require(SessionState.ENDED, "be exported")
        self.state = SessionState.EXPORTED
        self.exported_at = now
        return [SessionExported(self.session_id, now)]

    def record_video(
        self,
        outcome: VideoOutcome,
        position_s: float,
        now: datetime,
        detail: str = "",
    ) -> list[Event]:
        """Log how the current step's video ended (finished, stopped early, failed)."""
        index = self._require_running("log a video")
        step = self.pack.steps[index]
        if step.kind is not StepKind.VIDEO:
            raise IllegalTransition(
                f"step {step.id!r} is a {step.kind.value} step, not a video", code="not_a_video"
            )
        if not math.isfinite(position_s) or position_s < 0:
            raise InvalidInput(
                f"a video position must be a number of seconds >= 0, not {position_s}",
                code="bad_position",
            )
        play = VideoPlay(now, index, outcome, round(position_s, 3), detail[:500])
        self.video_plays.append(play)
        return [VideoLogged(self.session_id, now, index, step.id, outcome.value, play.position_s)]

    def resume(self, now: datetime) -> list[Event]:
        """Pick up a running session after the app stopped; the open visit goes on."""
        index = self._require_running("resume")
        events = self.add_note("resumed after the app was restarted", now, NoteKind.SYSTEM)
        return [*events, SessionResumed(self.session_id, now, index, self.pack.steps[index].id)]

    # -- time --------------------------------------------------------------------------

    def elapsed_seconds(self, now: datetime) -> float:
        if self.started_at is None:
            return 0.0
        return ((self.ended_at or now) - self.started_at).total_seconds()

    def step_elapsed_seconds(self, step_index: int, now: datetime) -> float:
        """Time spent on a step so far, over all its visits."""
        return sum(v.seconds(now) for v in self.visits if v.step_index == step_index)

    def projected_minutes(self, now: datetime) -> float:
        """Elapsed time plus what the plan still needs: the basis of the overrun warning."""
        if self.state is not SessionState.RUNNING or self.step_index is None:
            return self.elapsed_seconds(now) / 60 if self.started_at else self.pack.total_minutes
        current = self.pack.steps[self.step_index]
        left_here = max(
            0.0, current.target_seconds - self.step_elapsed_seconds(self.step_index, now)
        )
        after = sum(s.target_seconds for s in self.pack.steps[self.step_index + 1 :])
        return (self.elapsed_seconds(now) + left_here + after) / 60

    def runs_over(self, now: datetime) -> bool:
        return self.projected_minutes(now) > MAX_SESSION_MINUTES

    # -- helpers -----------------------------------------------------------------------

    def _require(self, state: SessionState, action: str) -> None:
        if self.state is not state:
            article = "an" if self.state.value[0] in "aeiou" else "a"
            raise IllegalTransition(
                f"{article} {self.state.value} session cannot {action}",
                code=f"not_{state.value}",
                state=self.state.value,
            )

    def _require_running(self, action: str) -> int:
        self._require(SessionState.RUNNING, action)
        assert self.step_index is not None
        return self.step_index

    def _move(self, index: int, now: datetime, direction: str) -> list[Event]:
        previous = self.step_index
        assert previous is not None
        self._leave(now)
        self._enter(index, now, direction)
        step_id = self.pack.steps[index].id
        return [StepChanged(self.session_id, now, index, step_id, previous, direction)]

    def _enter(self, index: int, now: datetime, how: str) -> None:
        self.step_index = index
        self.visits.append(StepVisit(index, self.pack.steps[index].id, now, how))

    def _leave(self, now: datetime) -> None:
        if self.visits and self.visits[-1].left_at is None:
            self.visits[-1].left_at = now
