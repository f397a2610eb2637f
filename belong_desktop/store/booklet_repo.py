"""The letters booklet's stored decisions. Functions take a SQLAlchemy session.

Rows are read back through ``core.booklet.parse_stored``: a row this version cannot read
(an unknown verdict, broken spans) is left out, so its letter waits for review again
instead of breaking a booklet. Runs on the caller's thread (the writer for changes).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from belong_desktop.core.booklet import LetterDecision, parse_stored, spans_json
from belong_desktop.store.models import BookletDecisionRow

log = logging.getLogger(__name__)


def decisions(db: Session, session_ids: Sequence[str]) -> dict[int, LetterDecision]:
    rows = db.execute(
        select(BookletDecisionRow).where(BookletDecisionRow.session_id.in_(list(session_ids)))
    ).scalars()
    out: dict[int, LetterDecision] = {}
    for row in rows:
        parsed = parse_stored(row.answer_id, row.decision, row.spans, row.text_sha256)
        if parsed is None:
            log.warning("booklet: an unreadable decision is ignored: answer=%d", row.answer_id)
            continue
        out[row.answer_id] = parsed
    return out


def put(db: Session, session_id: str, decision: LetterDecision, at: datetime) -> None:
    """Insert or replace the letter's decision."""
    row = db.get(BookletDecisionRow, decision.answer_id)
    if row is None:
        row = BookletDecisionRow(answer_id=decision.answer_id, session_id=session_id)
        db.add(row)
    row.decision = decision.decision.value
    row.spans = spans_json(decision.spans)
    row.text_sha256 = decision.text_sha256
    row.decided_at = at


def remove(db: Session, answer_id: int) -> None:
    db.execute(delete(BookletDecisionRow).where(BookletDecisionRow.answer_id == answer_id))
