"""One session's fidelity and participation figures, from its bundle tables (no texts).

The session report prints these figures; the ministry summary can compute the same ones
per session from a merged bundle's typed rows, because the input is the bundle's own
tables (core/bundle.TABLES, columns looked up by name): the export's in-memory rows
(core/bundle_rows.session_tables) and the merge's typed rows both fit. Only statuses,
counts, times and the counsellor's notes are read; the ``responses`` table's text column
is never touched. Poll figures are kept back below the pack's minimum number of answers by
the projector's own rule (core/classroom.PollTally.visible). Pure Python; runs on the
caller's thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from belong_desktop.core.bundle import TABLES_BY_NAME
from belong_desktop.core.classroom import PollTally, ResponseStatus
from belong_desktop.core.packs import DEFAULT_MIN_ANSWERS, StepKind

#: A bundle table as rows in its columns' order (plain values or CSV text).
Rows = Sequence[Sequence[object]]
FINISHED = "finished"


@dataclass(frozen=True)
class PollSpec:
    """What the pack says about a poll step: how many options, and from how many
    answers its results may be shown."""

    options: int
    min_answers: int = DEFAULT_MIN_ANSWERS


@dataclass(frozen=True)
class StepFigures:
    index: int
    step_id: str
    kind: str
    planned_s: float
    shown: bool
    actual_s: float | None  # None: never shown
    visits: int
    back_steps: int

    @property
    def difference_s(self) -> float | None:
        return None if self.actual_s is None else self.actual_s - self.planned_s


@dataclass(frozen=True)
class WritingFigures:
    """A reflection or letter step: how many texts were sent, and how many were left
    unsent (``drafts_at_close``: saved while writing, never sent)."""

    index: int
    step_id: str
    kind: str
    sent: int
    drafts_at_close: int
    drafts_open: int  # unsent and the step still open when the session ended


@dataclass(frozen=True)
class PollFigures:
    index: int
    step_id: str
    tally: PollTally

    @property
    def shown(self) -> bool:
        """The projector's rule: results only from the pack's minimum number of answers."""
        return self.tally.visible


@dataclass(frozen=True)
class VideoFigures:
    index: int
    step_id: str
    plays: int
    to_the_end: bool  # at least one showing played to the end
    furthest_s: float | None  # the furthest second any showing reached; None: no log
    last_outcome: str  # finished | stopped | failed | "" (no showing logged)


@dataclass(frozen=True)
class NoteFigures:
    at: datetime | None
    step_index: int | None
    kind: str  # counsellor | override | system
    text: str


@dataclass(frozen=True)
class SessionSummary:
    steps: tuple[StepFigures, ...]
    writing: tuple[WritingFigures, ...]
    polls: tuple[PollFigures, ...]
    videos: tuple[VideoFigures, ...]
    notes: tuple[NoteFigures, ...]
    devices: int
    started_at: datetime | None
    ended_at: datetime | None
    ended_early: bool
    planned_s: float
    actual_s: float | None  # start to end (or to now, while it runs); None: never started

    @property
    def not_reached(self) -> tuple[StepFigures, ...]:
        return tuple(s for s in self.steps if not s.shown)

    @property
    def texts_sent(self) -> int:
        return sum(w.sent for w in self.writing)

    @property
    def drafts_at_close(self) -> int:
        return sum(w.drafts_at_close for w in self.writing)


def summarize(
    tables: Mapping[str, Rows],
    polls: Mapping[int, PollSpec] | None = None,
    *,
    session_id: str | None = None,
) -> SessionSummary:
    """The figures of one session. ``polls`` (step index → spec) comes from the pack;
    without it a poll's options are those answered and the minimum is the default.
    ``session_id`` picks one session out of tables that hold several (a merge)."""
    read = _Reader(tables, session_id)
    session = next(iter(read.rows("session")), None)
    steps = tuple(
        StepFigures(
            index=_int(r["step_index"]),
            step_id=str(r["step_id"]),
            kind=str(r["kind"]),
            planned_s=_float(r["planned_s"]) or 0.0,
            shown=_bool(r["shown"]),
            actual_s=_float(r["actual_s"]) if _bool(r["shown"]) else None,
            visits=_int(r["visits"]),
            back_steps=_int(r["back_steps"]),
        )
        for r in read.rows("steps")
    )
    writing_steps = [s for s in steps if _collects_text(s.kind)]
    statuses: dict[int, dict[str, int]] = {s.index: {} for s in writing_steps}
    for r in read.rows("responses"):
        counts = statuses.setdefault(_int(r["step_index"]), {})
        status = str(r["status"])
        counts[status] = counts.get(status, 0) + 1
    writing = tuple(
        WritingFigures(
            s.index,
            s.step_id,
            s.kind,
            statuses[s.index].get(ResponseStatus.SUBMITTED.value, 0),
            statuses[s.index].get(ResponseStatus.DRAFT_AT_CLOSE.value, 0),
            statuses[s.index].get(ResponseStatus.DRAFT.value, 0),
        )
        for s in writing_steps
    )
    choices: dict[int, list[int]] = {}
    for r in read.rows("poll"):
        choices.setdefault(_int(r["step_index"]), []).append(_int(r["choice"]))
    specs = polls or {}
    poll_figures = []
    for s in steps:
        if s.kind != StepKind.POLL.value:
            continue
        chosen = choices.get(s.index, [])
        spec = specs.get(s.index) or PollSpec(max(chosen, default=-1) + 1)
        counts_by_option = tuple(chosen.count(i) for i in range(spec.options))
        tally = PollTally(counts_by_option, spec.min_answers)
        poll_figures.append(PollFigures(s.index, s.step_id, tally))
    plays: dict[int, list[tuple[str, float | None]]] = {}
    for r in read.rows("video_plays"):
        plays.setdefault(_int(r["step_index"]), []).append(
            (str(r["outcome"]), _float(r["position_s"]))
        )
    videos = []
    for s in steps:
        if s.kind != StepKind.VIDEO.value:
            continue
        logged = plays.get(s.index, [])
        positions = [p for _, p in logged if p is not None]
        videos.append(
            VideoFigures(
                s.index,
                s.step_id,
                len(logged),
                any(outcome == FINISHED for outcome, _ in logged),
                max(positions) if positions else None,
                logged[-1][0] if logged else "",
            )
        )
    notes = tuple(
        NoteFigures(
            _time(r["at"]),
            _int(r["step_index"]) if _present(r["step_index"]) else None,
            str(r["kind"]),
            str(r["text"]),
        )
        for r in read.rows("notes")
    )
    planned = sum(s.planned_s for s in steps)
    minutes = _float(session["minutes"]) if session else None
    return SessionSummary(
        steps=steps,
        writing=writing,
        polls=tuple(poll_figures),
        videos=tuple(videos),
        notes=notes,
        devices=len(read.rows("participants")),
        started_at=_time(session["started_at"]) if session else None,
        ended_at=_time(session["ended_at"]) if session else None,
        ended_early=_bool(session["ended_early"]) if session else False,
        planned_s=planned,
        actual_s=minutes * 60 if minutes is not None else None,
    )


class _Reader:
    """The tables' rows as ``{column: value}``, of one session when asked."""

    def __init__(self, tables: Mapping[str, Rows], session_id: str | None) -> None:
        self._tables = tables
        self._session_id = session_id

    def rows(self, name: str) -> list[dict[str, object]]:
        header = TABLES_BY_NAME[name].header
        rows = [dict(zip(header, row, strict=True)) for row in self._tables.get(name, ())]
        if self._session_id is not None:
            rows = [r for r in rows if r["session_id"] == self._session_id]
        return rows


def _collects_text(kind: str) -> bool:
    try:
        return StepKind(kind).collects_text
    except ValueError:
        return False


def _present(value: object) -> bool:
    return value is not None and value != ""


def _int(value: object) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if not _present(value):
        return 0
    return int(str(value))


def _float(value: object) -> float | None:
    if not _present(value) or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return float(str(value))


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1")
    return bool(value)


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if not _present(value):
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
