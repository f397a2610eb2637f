"""The personal-data review before export: flag, redact or dismiss, and nothing else.

Every text that would leave the laptop is scanned (core/personal_data.py); each likely
piece of personal data is a flag the counsellor redacts (the span becomes ``[navn]``,
``[e-mail]`` …) or dismisses. Nothing changes without the counsellor. A redaction keeps
only its kind; the words are overwritten in the database and its write-ahead log. Reads
run on any thread; decisions go through the writer.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass

from sqlalchemy.orm import Session

from belong_desktop.core.bundle_rows import collects_text, exported_text, pseudonyms
from belong_desktop.core.classroom import ResponseStatus
from belong_desktop.core.errors import BelongError
from belong_desktop.core.personal_data import (
    REDACTION_TOKENS,
    Flag,
    PiiKind,
    find_personal_data,
    redact,
)
from belong_desktop.core.records import StoredAnswer
from belong_desktop.core.session import SessionState
from belong_desktop.services.sessions import Clock, SessionService, utc_now
from belong_desktop.services.writer import Writer
from belong_desktop.store import export_repo, review_repo
from belong_desktop.store.db import Database

log = logging.getLogger(__name__)
#: A few classes' worth of texts; the memo starts over past it.
MAX_REMEMBERED_SCANS = 5000


class ReviewRefused(BelongError):
    default_code = "review_refused"


@dataclass(frozen=True)
class ReviewItem:
    """One text with its open flags, as the counsellor sees it."""

    answer_id: int
    participant: str  # the bundle's pseudonym (p001 …)
    step_id: str
    status: str
    text: str
    flags: tuple[Flag, ...]


class ReviewService:
    def __init__(
        self, db: Database, writer: Writer, sessions: SessionService, clock: Clock = utc_now
    ) -> None:
        self._db = db
        # Scans by text: the detector takes ~0.5 ms a text, and the review, its rounds and
        # the export each ask for every text of a class. A changed text has another key.
        self._scans: dict[bytes, tuple[Flag, ...]] = {}
        self._scans_lock = threading.Lock()
        self._writer = writer
        self._sessions = sessions
        self._clock = clock

    def items(self, session_id: str) -> list[ReviewItem]:
        """Every exportable text with at least one open (undecided) flag, in step order."""
        self._sessions.record(session_id)  # SessionNotFound for a wrong id
        with self._db.read() as db:
            names = pseudonyms(export_repo.participants(db, session_id))
            answers = export_repo.answers(db, session_id)
            marks = review_repo.marks(db, session_id)
        dismissed = {
            (m.answer_id, m.kind, m.start, m.end)
            for m in marks
            if m.decision == review_repo.DISMISSED
        }
        items = []
        for answer in answers:
            text = _text(answer)
            if not text:
                continue
            flags = tuple(
                f
                for f in self._scan(text)
                if (answer.id, f.kind.value, f.start, f.end) not in dismissed
            )
            if flags:
                items.append(
                    ReviewItem(
                        answer.id,
                        names.get(answer.participant_id, "?"),
                        answer.step_id,
                        answer.status,
                        text,
                        flags,
                    )
                )
        return items

    def _scan(self, text: str) -> tuple[Flag, ...]:
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        with self._scans_lock:
            known = self._scans.get(key)
        if known is not None:
            return known
        flags = tuple(find_personal_data(text))
        with self._scans_lock:
            if len(self._scans) >= MAX_REMEMBERED_SCANS:
                self._scans.clear()
            self._scans[key] = flags
        return flags

    def open_flag_count(self, session_id: str) -> int:
        return sum(len(item.flags) for item in self.items(session_id))

    def redact(self, session_id: str, answer_id: int, flag: Flag) -> str:
        """Replace the flagged span by its token; returns the new text."""
        return self._decide(session_id, answer_id, flag, review_repo.REDACTED)

    def dismiss(self, session_id: str, answer_id: int, flag: Flag) -> None:
        self._decide(session_id, answer_id, flag, review_repo.DISMISSED)

    def _decide(self, session_id: str, answer_id: int, flag: Flag, decision: str) -> str:
        record = self._sessions.record(session_id)
        if record.state not in (SessionState.ENDED, SessionState.EXPORTED):
            raise ReviewRefused(
                "texts can be reviewed once the session has ended", code="review_not_ended"
            )
        now = self._clock()

        def command() -> str:
            with self._db.write.begin() as db:
                answer = export_repo.answer(db, answer_id)
                if answer is None or answer.session_id != session_id:
                    raise ReviewRefused("no such text in this session", code="review_no_text")
                text = _text(answer) or ""
                if flag not in self._scan(text):
                    raise ReviewRefused(
                        "the text has changed since it was shown: look at it again",
                        code="review_stale",
                    )
                if decision == review_repo.DISMISSED:
                    review_repo.add_mark(
                        db,
                        session_id,
                        answer_id,
                        flag.kind.value,
                        decision,
                        now,
                        (flag.start, flag.end),
                    )
                    return text
                new_text = redact(text, flag)
                _store_redaction(db, answer, text, new_text, flag)
                review_repo.add_mark(db, session_id, answer_id, flag.kind.value, decision, now)
                token = REDACTION_TOKENS[flag.kind]
                review_repo.shift_dismissals(
                    db, answer_id, flag.end, len(token) - (flag.end - flag.start)
                )
                return new_text

        result = self._writer.run(command)
        if decision == review_repo.REDACTED:
            self._db.checkpoint()  # the original words leave the write-ahead log too
        log.info(
            "review: %s a %s flag: session=%s answer=%d",
            decision,
            flag.kind.value,
            session_id,
            answer_id,
        )
        return result


def _text(answer: StoredAnswer) -> str | None:
    return exported_text(answer) if collects_text(answer) else None


def _store_redaction(db: Session, answer: StoredAnswer, old: str, new: str, flag: Flag) -> None:
    """Write the redacted text into the field it came from. A sent text's unsent edit (not
    exported) loses the same words too, so they are kept nowhere."""
    span = old[flag.start : flag.end]
    token = REDACTION_TOKENS[flag.kind]
    text: str | None
    draft: str | None
    if answer.status == ResponseStatus.SUBMITTED.value or answer.draft is None:
        text, draft = new, answer.draft
    else:
        text, draft = answer.text, new
    if draft is not None and draft is not new and span:
        draft = draft.replace(span, token)
    if text is not None and text is not new and span:
        text = text.replace(span, token)
    export_repo.set_answer_texts(db, answer.id, text, draft)


__all__ = ["Flag", "PiiKind", "ReviewItem", "ReviewRefused", "ReviewService"]
