"""Read a session whole for its export; keep export receipts; delete texts after export.

Functions take a SQLAlchemy session. The export reads in one read transaction so the
bundle is one consistent picture of the session.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from belong_desktop.core.records import ExportReceipt, ParticipantRecord, StoredAnswer
from belong_desktop.store.models import AnswerRow, ExportRow, ParticipantRow, SessionRow


def participants(db: Session, session_id: str) -> list[ParticipantRecord]:
    """In join order (ties by id), the order the bundle's pseudonyms follow."""
    rows = db.execute(
        select(ParticipantRow)
        .where(ParticipantRow.session_id == session_id)
        .order_by(ParticipantRow.joined_at, ParticipantRow.id)
    ).scalars()
    return [ParticipantRecord(r.id, r.session_id, r.epoch, r.joined_at, r.language) for r in rows]


def answers(db: Session, session_id: str) -> list[StoredAnswer]:
    rows = db.execute(
        select(AnswerRow)
        .where(AnswerRow.session_id == session_id)
        .order_by(AnswerRow.step_index, AnswerRow.id)
    ).scalars()
    return [_stored(row) for row in rows]


def answer(db: Session, answer_id: int) -> StoredAnswer | None:
    row = db.get(AnswerRow, answer_id)
    return None if row is None else _stored(row)


def _stored(row: AnswerRow) -> StoredAnswer:
    return StoredAnswer(
        row.id,
        row.session_id,
        row.participant_id,
        row.step_id,
        row.step_index,
        row.kind,
        row.status,
        row.revision,
        row.created_at,
        row.updated_at,
        row.submitted_at,
        row.text,
        row.draft,
        row.choice,
        row.share,
    )


def set_answer_texts(db: Session, answer_id: int, text: str | None, draft: str | None) -> None:
    db.execute(update(AnswerRow).where(AnswerRow.id == answer_id).values(text=text, draft=draft))


def next_sequence(db: Session, session_id: str) -> int:
    highest = db.scalar(
        select(func.max(ExportRow.sequence)).where(ExportRow.session_id == session_id)
    )
    return (highest or 0) + 1


def add_receipt(db: Session, receipt: ExportReceipt) -> None:
    db.add(
        ExportRow(
            export_id=receipt.export_id,
            session_id=receipt.session_id,
            sequence=receipt.sequence,
            exported_at=receipt.exported_at,
            file_name=receipt.file_name,
            bundle_sha256=receipt.bundle_sha256,
            recipient_fingerprint=receipt.recipient_fingerprint,
            counts_json=json.dumps(dict(receipt.counts), sort_keys=True),
        )
    )


def receipts(db: Session, session_id: str) -> list[ExportReceipt]:
    rows = db.execute(
        select(ExportRow).where(ExportRow.session_id == session_id).order_by(ExportRow.sequence)
    ).scalars()
    return [
        ExportReceipt(
            r.export_id,
            r.session_id,
            r.sequence,
            r.exported_at,
            r.file_name,
            r.bundle_sha256,
            r.recipient_fingerprint,
            json.loads(r.counts_json),
        )
        for r in rows
    ]


def delete_texts(db: Session, session_id: str, at: datetime) -> int:
    """Blank every text and draft of the session (poll choices and times stay)."""
    count = db.execute(
        update(AnswerRow)
        .where(
            AnswerRow.session_id == session_id,
            (AnswerRow.text.is_not(None)) | (AnswerRow.draft.is_not(None)),
        )
        .values(text=None, draft=None)
    ).rowcount  # type: ignore[attr-defined]
    db.execute(update(SessionRow).where(SessionRow.id == session_id).values(texts_deleted_at=at))
    return int(count)


def sessions_exported_before(db: Session, before: datetime) -> list[str]:
    """Exported sessions whose last export is older than ``before`` and whose texts remain."""
    last = (
        select(ExportRow.session_id, func.max(ExportRow.exported_at).label("last"))
        .group_by(ExportRow.session_id)
        .subquery()
    )
    rows = db.execute(
        select(SessionRow.id)
        .join(last, last.c.session_id == SessionRow.id)
        .where(SessionRow.texts_deleted_at.is_(None), last.c.last < before)
    ).scalars()
    return list(rows)
