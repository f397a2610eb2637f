"""The session state machine: created → running → ended → exported, with its step log.

Every time is a fixed, timezone-aware datetime passed in as ``now``, so durations are exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import pytest

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.events import (
    NoteAdded,
    SessionEnded,
    SessionExported,
    SessionResumed,
    SessionStarted,
    StepChanged,
)
from belong_desktop.core.packs import Pack
from belong_desktop.core.session import (
    MAX_NOTE_LENGTH,
    IllegalTransition,
    NoteKind,
    SessionFlow,
    SessionState,
    StepVisit,
    check_group_code,
)

T0 = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)
PlanFactory = Callable[[Sequence[float]], Pack]


def at(minutes: float) -> datetime:
    """The moment ``minutes`` after ``T0``."""
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def flow(plan_factory: PlanFactory) -> SessionFlow:
    """A new session over four steps of 5, 10, 20 and 5 minutes (40 in all)."""
    return SessionFlow("sess-1", plan_factory([5, 10, 20, 5]))


def running(flow: SessionFlow, at_step: int = 0) -> SessionFlow:
    """Start ``flow`` at T0 and move, one minute per step, to ``at_step``."""
    flow.start(T0)
    for i in range(at_step):
        flow.next(at(i + 1))
    return flow


# -- the happy path ----------------------------------------------------------------------------


def test_a_new_session_is_created_with_no_step(flow: SessionFlow) -> None:
    assert flow.state is SessionState.CREATED
    assert flow.step_index is None
    assert flow.visits == []
    assert flow.notes == []
    assert flow.started_at is None


def test_full_life_cycle(flow: SessionFlow) -> None:
    events = flow.start(T0)
    assert events == [SessionStarted("sess-1", T0, 0, "s0")]
    assert (flow.state, flow.step_index, flow.started_at) == (SessionState.RUNNING, 0, T0)

    for i in (1, 2, 3):
        [event] = flow.next(at(i * 5))
        assert event == StepChanged("sess-1", at(i * 5), i, f"s{i}", i - 1, "next")
        assert flow.step_index == i

    [ended] = flow.end(at(40))
    assert ended == SessionEnded("sess-1", at(40), 3, False)
    assert (flow.state, flow.ended_at, flow.ended_early) == (SessionState.ENDED, at(40), False)

    assert flow.mark_exported(at(45)) == [SessionExported("sess-1", at(45))]
    assert (flow.state, flow.exported_at) == (SessionState.EXPORTED, at(45))


def test_visits_record_entry_and_exit_times(flow: SessionFlow) -> None:
    flow.start(T0)
    flow.next(at(5))
    flow.next(at(15))
    flow.end(at(20))
    assert flow.visits == [
        StepVisit(0, "s0", T0, "start", at(5)),
        StepVisit(1, "s1", at(5), "next", at(15)),
        StepVisit(2, "s2", at(15), "next", at(20)),
    ]


def test_going_back_is_logged_as_a_visit_entered_by_prev(flow: SessionFlow) -> None:
    running(flow, at_step=2)  # s0 at 0, s1 at 1, s2 at 2
    [event] = flow.prev(at(3))
    assert event == StepChanged("sess-1", at(3), 1, "s1", 2, "prev")
    assert flow.step_index == 1
    assert [(v.step_index, v.entered_by) for v in flow.visits] == [
        (0, "start"),
        (1, "next"),
        (2, "next"),
        (1, "prev"),
    ]
    assert flow.visits[2].left_at == at(3)
    assert flow.visits[3].entered_at == at(3)
    assert flow.visits[3].left_at is None


def test_the_open_visit_counts_up_to_now(flow: SessionFlow) -> None:
    flow.start(T0)
    assert flow.visits[-1].seconds(at(2)) == 120.0
    assert flow.step_elapsed_seconds(0, at(2.5)) == 150.0


def test_step_elapsed_seconds_sums_every_visit(flow: SessionFlow) -> None:
    flow.start(T0)  # s0 from 0
    flow.next(at(2))  # s0: 0-2, s1 from 2
    flow.prev(at(5))  # s1: 2-5, s0 from 5
    flow.next(at(6))  # s0: 5-6, s1 from 6
    assert flow.step_elapsed_seconds(0, at(30)) == 3 * 60  # 2 + 1, both visits closed
    assert flow.step_elapsed_seconds(1, at(6)) == 3 * 60  # the open visit has just begun
    assert flow.step_elapsed_seconds(1, at(8)) == 5 * 60  # ... and has now run 2 minutes
    flow.next(at(10))  # s1: 6-10, s2 from 10
    assert flow.step_elapsed_seconds(1, at(30)) == 7 * 60
    assert flow.step_elapsed_seconds(2, at(11)) == 60.0
    assert flow.step_elapsed_seconds(3, at(11)) == 0.0


def test_elapsed_seconds(flow: SessionFlow) -> None:
    assert flow.elapsed_seconds(at(5)) == 0.0
    flow.start(at(1))
    assert flow.elapsed_seconds(at(11)) == 600.0
    flow.end(at(21))
    assert flow.elapsed_seconds(at(99)) == 1200.0  # frozen at the end


# -- boundaries and illegal transitions --------------------------------------------------------


def test_next_on_the_last_step_raises(flow: SessionFlow) -> None:
    running(flow, at_step=3)
    with pytest.raises(IllegalTransition, match="this is the last step: end the session instead"):
        flow.next(at(10))
    assert flow.step_index == 3
    assert len(flow.visits) == 4
    assert flow.visits[-1].left_at is None


def test_prev_on_the_first_step_raises(flow: SessionFlow) -> None:
    flow.start(T0)
    with pytest.raises(IllegalTransition, match="this is the first step"):
        flow.prev(at(1))
    assert flow.step_index == 0
    assert len(flow.visits) == 1


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda f: f.next(T0), "a created session cannot go to the next step"),
        (lambda f: f.prev(T0), "a created session cannot go back a step"),
        (lambda f: f.end(T0), "a created session cannot end the session"),
        (lambda f: f.mark_exported(T0), "a created session cannot be exported"),
        (lambda f: f.resume(T0), "a created session cannot resume"),
    ],
)
def test_illegal_when_created(
    flow: SessionFlow, action: Callable[[SessionFlow], object], message: str
) -> None:
    with pytest.raises(IllegalTransition, match=message):
        action(flow)
    assert flow.state is SessionState.CREATED
    assert flow.visits == []


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda f: f.start(T0), "a running session cannot start"),
        (lambda f: f.mark_exported(T0), "a running session cannot be exported"),
    ],
)
def test_illegal_when_running(
    flow: SessionFlow, action: Callable[[SessionFlow], object], message: str
) -> None:
    flow.start(T0)
    with pytest.raises(IllegalTransition, match=message):
        action(flow)
    assert flow.state is SessionState.RUNNING
    assert flow.started_at == T0
    assert len(flow.visits) == 1


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda f: f.start(T0), "an? ended session cannot start"),
        (lambda f: f.next(T0), "an? ended session cannot go to the next step"),
        (lambda f: f.prev(T0), "an? ended session cannot go back a step"),
        (lambda f: f.end(T0), "an? ended session cannot end the session"),
        (lambda f: f.resume(T0), "an? ended session cannot resume"),
    ],
)
def test_illegal_when_ended(
    flow: SessionFlow, action: Callable[[SessionFlow], object], message: str
) -> None:
    running(flow, at_step=1).end(at(5))
    with pytest.raises(IllegalTransition, match=message):
        action(flow)
    assert flow.state is SessionState.ENDED
    assert flow.ended_at == at(5)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda f: f.start(T0), "cannot start"),
        (lambda f: f.next(T0), "cannot go to the next step"),
        (lambda f: f.end(T0), "cannot end the session"),
        (lambda f: f.add_note("late", T0), "exported: its notes can no longer change"),
    ],
)
def test_illegal_when_exported(
    flow: SessionFlow, action: Callable[[SessionFlow], object], message: str
) -> None:
    running(flow).end(at(5))
    flow.mark_exported(at(6))
    with pytest.raises(IllegalTransition, match=message):
        action(flow)
    assert flow.state is SessionState.EXPORTED
    assert flow.exported_at == at(6)
    assert flow.notes == []


def test_an_exported_session_can_be_exported_again(flow: SessionFlow) -> None:
    running(flow).end(at(5))
    flow.mark_exported(at(6))
    [event] = flow.mark_exported(at(9))
    assert flow.state is SessionState.EXPORTED
    assert flow.exported_at == at(9) == event.at


# -- ending ------------------------------------------------------------------------------------


def test_ending_before_the_last_step_is_early(flow: SessionFlow) -> None:
    running(flow, at_step=2)
    [event] = flow.end(at(12))
    assert event == SessionEnded("sess-1", at(12), 2, True)
    assert flow.ended_early is True
    assert flow.step_index == 2
    assert flow.visits[-1].left_at == at(12)


def test_ending_on_the_last_step_is_not_early(flow: SessionFlow) -> None:
    running(flow, at_step=3)
    flow.end(at(12))
    assert flow.ended_early is False


def test_end_with_a_note(flow: SessionFlow) -> None:
    running(flow, at_step=1)
    events = flow.end(at(30), note="  The fire alarm went off.  ")
    assert events == [
        NoteAdded("sess-1", at(30), 1, "The fire alarm went off."),
        SessionEnded("sess-1", at(30), 1, True),
    ]
    [note] = flow.notes
    assert (note.at, note.step_index, note.text, note.kind) == (
        at(30),
        1,
        "The fire alarm went off.",
        NoteKind.COUNSELLOR,
    )


def test_a_failed_end_changes_nothing(flow: SessionFlow) -> None:
    """A transition that raises must leave the session exactly as it was."""
    running(flow, at_step=1)
    with pytest.raises(InvalidInput, match="at most"):
        flow.end(at(3), note="x" * (MAX_NOTE_LENGTH + 1))
    assert flow.state is SessionState.RUNNING
    assert flow.ended_early is False
    assert flow.ended_at is None
    assert flow.visits[-1].left_at is None
    assert flow.notes == []


# -- notes and resume --------------------------------------------------------------------------


def test_notes_remember_the_step_and_kind(flow: SessionFlow) -> None:
    assert flow.add_note("before we begin", T0) == [
        NoteAdded("sess-1", T0, None, "before we begin")
    ]
    running(flow, at_step=2)
    flow.add_note("skipped the poll discussion", at(3))
    flow.end(at(4))
    flow.add_note("after the end", at(5))
    assert [(n.step_index, n.text, n.kind) for n in flow.notes] == [
        (None, "before we begin", NoteKind.COUNSELLOR),
        (2, "skipped the poll discussion", NoteKind.COUNSELLOR),
        (2, "after the end", NoteKind.COUNSELLOR),
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_note_is_refused(flow: SessionFlow, text: str) -> None:
    with pytest.raises(InvalidInput, match="a note needs some text"):
        flow.add_note(text, T0)
    assert flow.notes == []


def test_note_length_limit(flow: SessionFlow) -> None:
    flow.add_note("x" * MAX_NOTE_LENGTH, T0)
    with pytest.raises(InvalidInput, match=f"at most {MAX_NOTE_LENGTH} characters"):
        flow.add_note("x" * (MAX_NOTE_LENGTH + 1), T0)
    assert len(flow.notes) == 1


def test_resume_adds_a_system_note_and_keeps_the_open_visit(flow: SessionFlow) -> None:
    running(flow, at_step=1)
    events = flow.resume(at(8))
    assert events == [
        NoteAdded("sess-1", at(8), 1, "resumed after the app was restarted"),
        SessionResumed("sess-1", at(8), 1, "s1"),
    ]
    [note] = flow.notes
    assert note.kind is NoteKind.SYSTEM
    assert note.step_index == 1
    assert len(flow.visits) == 2
    assert flow.visits[-1].left_at is None
    assert flow.visits[-1].entered_at == at(1)
    assert flow.step_elapsed_seconds(1, at(11)) == 600.0
    assert flow.state is SessionState.RUNNING


# -- the one-hour plan --------------------------------------------------------------------------


def test_projected_minutes_before_start_is_the_plan(flow: SessionFlow) -> None:
    assert flow.projected_minutes(at(100)) == 40.0
    assert flow.runs_over(at(100)) is False


def test_projected_minutes_on_schedule(flow: SessionFlow) -> None:
    flow.start(T0)
    assert flow.projected_minutes(T0) == 40.0
    assert flow.projected_minutes(at(3)) == 40.0  # 3 elapsed + 2 left here + 35 after
    flow.next(at(5))
    assert flow.projected_minutes(at(5)) == 40.0


def test_projected_minutes_grow_when_a_step_overruns(flow: SessionFlow) -> None:
    flow.start(T0)
    assert flow.projected_minutes(at(8)) == 43.0  # 8 elapsed, nothing left here, 35 after


def test_runs_over_when_the_plan_would_pass_60_minutes(flow: SessionFlow) -> None:
    flow.start(T0)
    flow.next(at(5))
    # On s1 (10 min) with 25 minutes after it: the hour is full once 35 minutes have passed.
    assert flow.projected_minutes(at(35)) == 60.0
    assert flow.runs_over(at(35)) is False
    assert flow.projected_minutes(at(36)) == 61.0
    assert flow.runs_over(at(36)) is True


def test_a_long_plan_runs_over_from_the_start(plan_factory: PlanFactory) -> None:
    flow = SessionFlow("long", plan_factory([30, 31]))
    assert flow.runs_over(T0) is True
    flow.start(T0)
    assert flow.runs_over(T0) is True


def test_going_back_keeps_the_time_already_spent(flow: SessionFlow) -> None:
    """Time spent on a step in an earlier visit counts against its target."""
    flow.start(T0)
    flow.next(at(4))  # s0: 4 of 5 minutes
    flow.prev(at(6))
    assert flow.projected_minutes(at(6)) == 6 + 1 + 35


def test_projected_minutes_after_the_end_is_the_real_duration(flow: SessionFlow) -> None:
    running(flow, at_step=1).end(at(12))
    assert flow.projected_minutes(at(90)) == 12.0
    assert flow.runs_over(at(90)) is False


# -- group codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("DAT1-A", "DAT1-A"),
        ("Hold 3", "Hold 3"),
        ("Sygepl. 2A", "Sygepl. 2A"),
        ("  Hold 3\n", "Hold 3"),
        ("Økonomi_1", "Økonomi_1"),
        ("x", "x"),
        ("a" * 32, "a" * 32),
    ],
)
def test_group_codes_that_are_accepted(raw: str, code: str) -> None:
    assert check_group_code(raw) == code


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "a" * 33, "<script>", "x;drop", "-DAT1", ".hold", "hold\n3", "DAT1/A", "hold'"],
)
def test_group_codes_that_are_refused(raw: str) -> None:
    with pytest.raises(InvalidInput, match="must be 1–32 letters, digits"):
        check_group_code(raw)
