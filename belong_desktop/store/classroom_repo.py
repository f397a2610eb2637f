"""Read and write classrooms, participants and answers. Functions take a SQLAlchemy session.

An answer is looked up and written by its (participant, step) key, which the table
holds unique: a retried or repeated save updates the one row and can never add a second.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from belong_desktop.core.classroom import Answer, ResponseStatus
from belong_desktop.core.packs import StepKind
from belong_desktop.store.models import AnswerRow, ClassroomRow, ParticipantRow, SessionRow


@dataclass(frozen=True)
class ClassroomRecord:
    session_id: str
    join_code: str
    link_token: str
    port: int | None
    bind_host: str | None
    device_epoch: int
    opened_at: datetime


@dataclass(frozen=True)
class ParticipantRecord:
    id: str
    session_id: str
    epoch: int
    joined_at: datetime


def _classroom(row: ClassroomRow) -> ClassroomRecord:
    return ClassroomRecord(
        row.session_id,
        row.join_code,
        row.link_token,
        row.port,
        row.bind_host,
        row.device_epoch,
        row.opened_at,
    )


def get_classroom(db: Session, session_id: str) -> ClassroomRecord | None:
    row = db.get(ClassroomRow, session_id)
    return None if row is None else _classroom(row)


def insert_classroom(db: Session, record: ClassroomRecord) -> None:
    db.add(
        ClassroomRow(
            session_id=record.session_id,
            join_code=record.join_code,
            link_token=record.link_token,
            port=record.port,
            bind_host=record.bind_host,
            device_epoch=record.device_epoch,
            opened_at=record.opened_at,
        )
    )


def set_address(db: Session, session_id: str, port: int, bind_host: str | None) -> None:
    db.execute(
        update(ClassroomRow)
        .where(ClassroomRow.session_id == session_id)
        .values(port=port, bind_host=bind_host)
    )


def bump_epoch(db: Session, session_id: str) -> int:
    row = db.get(ClassroomRow, session_id)
    if row is None:
        raise KeyError(session_id)
    row.device_epoch += 1
    return row.device_epoch


def codes_in_use(db: Session, states: Iterable[str]) -> set[str]:
    """Join codes of sessions in ``states``: a new code must not collide with them."""
    rows = db.execute(
        select(ClassroomRow.join_code)
        .join(SessionRow, SessionRow.id == ClassroomRow.session_id)
        .where(SessionRow.state.in_(list(states)))
    )
    return {code for (code,) in rows}


def find_by_code(db: Session, code: str, states: Iterable[str]) -> str | None:
    row = db.execute(
        select(ClassroomRow.session_id)
        .join(SessionRow, SessionRow.id == ClassroomRow.session_id)
        .where(ClassroomRow.join_code == code, SessionRow.state.in_(list(states)))
        .order_by(ClassroomRow.opened_at.desc())
    ).first()
    return None if row is None else row[0]


def find_by_link(db: Session, link_token: str) -> str | None:
    row = db.execute(
        select(ClassroomRow.session_id).where(ClassroomRow.link_token == link_token)
    ).first()
    return None if row is None else row[0]


# -- participants --------------------------------------------------------------------


def count_participants(db: Session, session_id: str, epoch: int | None = None) -> int:
    query = select(func.count()).where(ParticipantRow.session_id == session_id)
    if epoch is not None:
        query = query.where(ParticipantRow.epoch == epoch)
    return int(db.execute(query).scalar_one())


def insert_participant(db: Session, record: ParticipantRecord, token_digest: str) -> None:
    db.add(
        ParticipantRow(
            id=record.id,
            session_id=record.session_id,
            token_digest=token_digest,
            epoch=record.epoch,
            joined_at=record.joined_at,
        )
    )


def participant_by_digest(db: Session, token_digest: str) -> ParticipantRecord | None:
    row = db.execute(
        select(ParticipantRow).where(ParticipantRow.token_digest == token_digest)
    ).scalar_one_or_none()
    if row is None:
        return None
    return ParticipantRecord(row.id, row.session_id, row.epoch, row.joined_at)


# -- answers -------------------------------------------------------------------------


def _answer(row: AnswerRow) -> Answer:
    return Answer(
        participant_id=row.participant_id,
        step_id=row.step_id,
        step_index=row.step_index,
        kind=StepKind(row.kind),
        status=ResponseStatus(row.status),
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
        text=row.text,
        draft=row.draft,
        choice=row.choice,
        share=row.share,
        submitted_at=row.submitted_at,
    )


def get_answer(db: Session, participant_id: str, step_id: str) -> Answer | None:
    row = db.execute(
        select(AnswerRow).where(
            AnswerRow.participant_id == participant_id, AnswerRow.step_id == step_id
        )
    ).scalar_one_or_none()
    return None if row is None else _answer(row)


def answers_for_participant(db: Session, participant_id: str) -> list[Answer]:
    rows = db.execute(
        select(AnswerRow)
        .where(AnswerRow.participant_id == participant_id)
        .order_by(AnswerRow.step_index)
    ).scalars()
    return [_answer(row) for row in rows]


def answers_for_step(db: Session, session_id: str, step_id: str) -> list[Answer]:
    rows = db.execute(
        select(AnswerRow)
        .where(AnswerRow.session_id == session_id, AnswerRow.step_id == step_id)
        .order_by(AnswerRow.id)
    ).scalars()
    return [_answer(row) for row in rows]


def put_answer(db: Session, session_id: str, answer: Answer) -> None:
    """Insert or update the (participant, step) row."""
    row = db.execute(
        select(AnswerRow).where(
            AnswerRow.participant_id == answer.participant_id,
            AnswerRow.step_id == answer.step_id,
        )
    ).scalar_one_or_none()
    if row is None:
        row = AnswerRow(
            session_id=session_id,
            participant_id=answer.participant_id,
            step_id=answer.step_id,
            created_at=answer.created_at,
        )
        db.add(row)
    row.step_index = answer.step_index
    row.kind = answer.kind.value
    row.status = answer.status.value
    row.revision = answer.revision
    row.text = answer.text
    row.draft = answer.draft
    row.choice = answer.choice
    row.share = answer.share
    row.updated_at = answer.updated_at
    row.submitted_at = answer.submitted_at


def close_step_drafts(db: Session, session_id: str, keep_step_id: str | None, at: datetime) -> int:
    """Mark every unsent draft of the session ``draft_at_close``, except the open step's."""
    query = (
        update(AnswerRow)
        .where(
            AnswerRow.session_id == session_id,
            AnswerRow.status == ResponseStatus.DRAFT.value,
        )
        .values(status=ResponseStatus.DRAFT_AT_CLOSE.value, updated_at=at)
    )
    if keep_step_id is not None:
        query = query.where(AnswerRow.step_id != keep_step_id)
    return int(db.execute(query).rowcount)  # type: ignore[attr-defined]


def status_counts(db: Session, session_id: str) -> dict[str, dict[str, int]]:
    """``{step_id: {status: n}}`` over the session's answers."""
    rows = db.execute(
        select(AnswerRow.step_id, AnswerRow.status, func.count())
        .where(AnswerRow.session_id == session_id)
        .group_by(AnswerRow.step_id, AnswerRow.status)
    )
    out: dict[str, dict[str, int]] = {}
    for step_id, status, n in rows:
        out.setdefault(step_id, {})[status] = int(n)
    return out


def poll_choices(db: Session, session_id: str, step_id: str) -> list[int]:
    rows = db.execute(
        select(AnswerRow.choice).where(
            AnswerRow.session_id == session_id,
            AnswerRow.step_id == step_id,
            AnswerRow.status == ResponseStatus.SUBMITTED.value,
            AnswerRow.choice.is_not(None),
        )
    )
    return [int(c) for (c,) in rows if c is not None]
