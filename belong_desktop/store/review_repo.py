"""The counsellor's decisions on personal-data flags. Functions take a SQLAlchemy session.

A mark holds the flag's kind and, for a dismissal, where the span sits in the current
text; never the span's words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from belong_desktop.store.models import ReviewMarkRow

REDACTED, DISMISSED = "redacted", "dismissed"


@dataclass(frozen=True)
class Mark:
    answer_id: int
    kind: str
    decision: str
    start: int | None
    end: int | None


def marks(db: Session, session_id: str) -> list[Mark]:
    rows = db.execute(
        select(ReviewMarkRow)
        .where(ReviewMarkRow.session_id == session_id)
        .order_by(ReviewMarkRow.id)
    ).scalars()
    return [Mark(r.answer_id, r.kind, r.decision, r.start, r.end) for r in rows]


def add_mark(
    db: Session,
    session_id: str,
    answer_id: int,
    kind: str,
    decision: str,
    at: datetime,
    span: tuple[int, int] | None = None,
) -> None:
    db.add(
        ReviewMarkRow(
            session_id=session_id,
            answer_id=answer_id,
            kind=kind,
            decision=decision,
            start=span[0] if span else None,
            end=span[1] if span else None,
            at=at,
        )
    )


def shift_dismissals(db: Session, answer_id: int, after: int, by: int) -> None:
    """A redaction before a dismissed span moved it: keep the dismissal on the same words."""
    if by == 0:
        return
    db.execute(
        update(ReviewMarkRow)
        .where(
            ReviewMarkRow.answer_id == answer_id,
            ReviewMarkRow.decision == DISMISSED,
            ReviewMarkRow.start >= after,
        )
        .values(start=ReviewMarkRow.start + by, end=ReviewMarkRow.end + by)
    )


def redactions_by_kind(db: Session, session_id: str) -> dict[str, int]:
    counts: Counter[str] = Counter(
        db.execute(
            select(ReviewMarkRow.kind).where(
                ReviewMarkRow.session_id == session_id, ReviewMarkRow.decision == REDACTED
            )
        ).scalars()
    )
    return dict(sorted(counts.items()))
