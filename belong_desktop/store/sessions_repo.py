"""Read and write sessions, their step visits and notes. Functions take a SQLAlchemy session.

Writes are incremental: saving a flow updates the session row, the last (possibly still
open) visit, and appends what is new, so each transition is one small transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from belong_desktop.core.records import SessionRecord, TrialPlacement
from belong_desktop.core.session import (
    IllegalTransition,
    Note,
    NoteKind,
    SessionFlow,
    SessionState,
    StepVisit,
    VideoOutcome,
    VideoPlay,
)
from belong_desktop.store.models import NoteRow, SessionRow, StepVisitRow, VideoPlayRow

UNFINISHED_STATES = (SessionState.CREATED.value, SessionState.RUNNING.value)


def _record(row: SessionRow) -> SessionRecord:
    return SessionRecord(
        row.id,
        row.group_code,
        row.pack_id,
        row.pack_version,
        row.pack_arm,
        row.pack_path,
        row.arm_source,
        row.language,
        SessionState(row.state),
        row.step_index,
        row.ended_early,
        row.created_at,
        row.started_at,
        row.ended_at,
        row.exported_at,
        row.trial_id,
        row.institution,
        row.programme,
        row.texts_deleted_at,
    )


def insert_session(
    db: Session,
    flow: SessionFlow,
    *,
    group_code: str,
    language: str,
    placement: TrialPlacement,
    created_at: datetime,
) -> None:
    pack = flow.pack
    db.add(
        SessionRow(
            id=flow.session_id,
            group_code=group_code,
            pack_id=pack.id,
            pack_version=pack.version,
            pack_arm=pack.arm.value,
            pack_path=str(pack.folder),
            arm_source=placement.arm_source,
            trial_id=placement.trial_id,
            institution=placement.institution,
            programme=placement.programme,
            language=language,
            state=flow.state.value,
            step_index=flow.step_index,
            ended_early=flow.ended_early,
            created_at=created_at,
        )
    )


def save_flow(db: Session, flow: SessionFlow) -> None:
    row = db.get(SessionRow, flow.session_id)
    if row is None:
        raise KeyError(flow.session_id)
    row.state = flow.state.value
    row.step_index = flow.step_index
    row.ended_early = flow.ended_early
    row.started_at = flow.started_at
    row.ended_at = flow.ended_at
    row.exported_at = flow.exported_at
    stored_visits = len(row.visits)
    if stored_visits:
        last = flow.visits[stored_visits - 1]
        row.visits[-1].left_at = last.left_at
    for seq, visit in enumerate(flow.visits[stored_visits:], start=stored_visits):
        row.visits.append(
            StepVisitRow(
                seq=seq,
                step_index=visit.step_index,
                step_id=visit.step_id,
                entered_by=visit.entered_by,
                entered_at=visit.entered_at,
                left_at=visit.left_at,
            )
        )
    for seq, play in enumerate(
        flow.video_plays[len(row.video_plays) :], start=len(row.video_plays)
    ):
        row.video_plays.append(
            VideoPlayRow(
                seq=seq,
                at=play.at,
                step_index=play.step_index,
                outcome=play.outcome.value,
                position_s=play.position_s,
                detail=play.detail,
            )
        )
    for seq, note in enumerate(flow.notes[len(row.notes) :], start=len(row.notes)):
        row.notes.append(
            NoteRow(
                seq=seq,
                at=note.at,
                step_index=note.step_index,
                kind=note.kind.value,
                text=note.text,
            )
        )


def get_record(db: Session, session_id: str) -> SessionRecord | None:
    row = db.get(SessionRow, session_id)
    return None if row is None else _record(row)


def list_records(db: Session, *, unfinished_only: bool = False) -> list[SessionRecord]:
    query = select(SessionRow).order_by(SessionRow.created_at.desc(), SessionRow.id)
    if unfinished_only:
        query = query.where(SessionRow.state.in_(UNFINISHED_STATES))
    return [_record(row) for row in db.scalars(query)]


def end_without_pack(db: Session, session_id: str, now: datetime, note: str) -> None:
    """End a running session whose pack can no longer be loaded: close the open visit and
    say why in a system note. The rules need the pack; this is the one way out without it."""
    row = db.get(SessionRow, session_id)
    if row is None:
        raise KeyError(session_id)
    if row.state not in UNFINISHED_STATES:
        raise IllegalTransition(
            f"session {session_id} is {row.state}, not unfinished",
            code="not_running",
            state=row.state,
        )
    if row.visits and row.visits[-1].left_at is None:
        row.visits[-1].left_at = now
    row.state = SessionState.ENDED.value
    row.ended_at = now
    row.ended_early = True
    row.notes.append(
        NoteRow(
            seq=len(row.notes),
            at=now,
            step_index=row.step_index,
            kind=NoteKind.SYSTEM.value,
            text=note,
        )
    )


def load_video_plays(db: Session, session_id: str) -> list[VideoPlay]:
    row = db.get(SessionRow, session_id)
    if row is None:
        raise KeyError(session_id)
    return [
        VideoPlay(p.at, p.step_index, VideoOutcome(p.outcome), p.position_s, p.detail)
        for p in row.video_plays
    ]


def load_history(db: Session, session_id: str) -> tuple[list[StepVisit], list[Note]]:
    row = db.get(SessionRow, session_id)
    if row is None:
        raise KeyError(session_id)
    visits = [
        StepVisit(v.step_index, v.step_id, v.entered_at, v.entered_by, v.left_at)
        for v in row.visits
    ]
    notes = [Note(n.at, n.step_index, n.text, NoteKind(n.kind)) for n in row.notes]
    return visits, notes
