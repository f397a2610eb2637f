"""Read and write classrooms, participants and answers. Functions take a SQLAlchemy session.

An answer is looked up and written by its (participant, step) key, which the table
holds unique: a retried or repeated save updates the one row and can never add a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from belong_desktop.core.classroom import Answer, ResponseStatus
from belong_desktop.core.packs import StepKind
from belong_desktop.core.records import ClassroomRecord, ParticipantRecord
from belong_desktop.store.models import AnswerRow, ClassroomRow, ParticipantRow, SessionRow


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


def insert_participant(
    db: Connection | Session, record: ParticipantRecord, token_digest: str
) -> None:
    insert_participants(db, [(record, token_digest)])


def insert_participants(
    db: Connection | Session, participants: Sequence[tuple[ParticipantRecord, str]]
) -> None:
    """Several participants (with their token digests) in one statement."""
    db.execute(
        insert(ParticipantRow),
        [
            {
                "id": record.id,
                "session_id": record.session_id,
                "token_digest": token_digest,
                "epoch": record.epoch,
                "joined_at": record.joined_at,
                "language": record.language,
            }
            for record, token_digest in participants
        ],
    )


def participant_by_digest(db: Session, token_digest: str) -> ParticipantRecord | None:
    row = db.execute(
        select(ParticipantRow).where(ParticipantRow.token_digest == token_digest)
    ).scalar_one_or_none()
    if row is None:
        return None
    return ParticipantRecord(row.id, row.session_id, row.epoch, row.joined_at, row.language)


def set_participant_language(db: Session, participant_id: str, language: str | None) -> bool:
    """The page language a participant chose (None: back to the session's); False when
    there is no such participant."""
    done = db.execute(
        update(ParticipantRow).where(ParticipantRow.id == participant_id).values(language=language)
    )
    return bool(done.rowcount)  # type: ignore[attr-defined]


# -- answers -------------------------------------------------------------------------


_ANSWERS: Table = AnswerRow.__table__  # type: ignore[assignment]
_ANSWER_FIELDS = (
    "participant_id",
    "step_id",
    "step_index",
    "kind",
    "status",
    "revision",
    "created_at",
    "updated_at",
    "text",
    "draft",
    "choice",
    "share",
    "submitted_at",
)
# Built once: the save path runs for every keystroke batch of every device, so it uses two
# prepared Core statements (read the row, upsert it) instead of the ORM's unit of work.
_GET_ANSWER = select(*(_ANSWERS.c[name] for name in _ANSWER_FIELDS)).where(
    _ANSWERS.c.participant_id == bindparam("p_participant"),
    _ANSWERS.c.step_id == bindparam("p_step"),
)
_UPSERT = sqlite_insert(_ANSWERS).values(
    {name: bindparam(name) for name in ("session_id", *_ANSWER_FIELDS)}
)
_UPSERT = _UPSERT.on_conflict_do_update(
    index_elements=["participant_id", "step_id"],
    set_={
        name: _UPSERT.excluded[name]
        for name in _ANSWER_FIELDS
        if name not in ("participant_id", "step_id", "created_at")
    },
)


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


def get_answer(db: Connection | Session, participant_id: str, step_id: str) -> Answer | None:
    row = db.execute(_GET_ANSWER, {"p_participant": participant_id, "p_step": step_id}).first()
    if row is None:
        return None
    values = dict(zip(_ANSWER_FIELDS, row, strict=True))
    return Answer(
        **values | {"kind": StepKind(values["kind"]), "status": ResponseStatus(values["status"])}
    )


def answers_for_participant(db: Session, participant_id: str) -> list[Answer]:
    rows = db.execute(
        select(AnswerRow)
        .where(AnswerRow.participant_id == participant_id)
        .order_by(AnswerRow.step_index)
    ).scalars()
    return [_answer(row) for row in rows]


def answers_for_session(db: Session, session_id: str) -> list[Answer]:
    rows = db.execute(select(AnswerRow).where(AnswerRow.session_id == session_id)).scalars()
    return [_answer(row) for row in rows]


def put_answer(db: Connection | Session, session_id: str, answer: Answer) -> None:
    """Insert or update the (participant, step) row, in one statement."""
    values = {name: getattr(answer, name) for name in _ANSWER_FIELDS}
    values["kind"] = answer.kind.value
    values["status"] = answer.status.value
    db.execute(_UPSERT, {"session_id": session_id, **values})


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
