"""The letters booklet's use cases: review the consented letters, decide, build the PDF.

The counsellor picks one or more ended sessions and sees every letter that was sent with
consent to share, with the export review's personal-data flags and the characters the
booklet's font cannot draw; approves, hides or marks passages to leave out (each decision
one transaction on the single writer); then builds the booklet, whose letters are shuffled
afresh from the operating system's randomness at every build. What qualifies and how a
passage prints are core/booklet.py's rules. Reads and builds run on the caller's thread
(the GUI hands builds to its task runner); logs hold ids and counts, never a letter's words.
reportlab is imported on the first review or build, not when the runtime opens.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from belong_desktop.core import booklet
from belong_desktop.core.booklet import Decision, LetterDecision, Span, Tally
from belong_desktop.core.errors import BelongError
from belong_desktop.core.personal_data import Flag, find_personal_data
from belong_desktop.core.records import SessionRecord, StoredAnswer
from belong_desktop.core.session import SessionState
from belong_desktop.services.sessions import Clock, PackChanged, SessionService, utc_now
from belong_desktop.services.writer import Writer
from belong_desktop.store import booklet_repo, export_repo, review_repo
from belong_desktop.store.db import Database

log = logging.getLogger(__name__)
_DONE = (SessionState.ENDED, SessionState.EXPORTED)


class BookletRefused(BelongError):
    """The booklet cannot be reviewed or built as asked; ``code`` says why."""

    default_code = "booklet_refused"


@dataclass(frozen=True)
class LetterForReview:
    """One consented letter as the counsellor reviews it; never printed like this."""

    answer_id: int
    session_id: str
    text: str  # as the writer sent it (after any export-review redaction)
    decision: Decision | None  # None: not decided yet (or decided on other words)
    spans: tuple[Span, ...]
    printed: str  # as it would print
    flags: tuple[Flag, ...]  # personal data still showing in print
    missing_glyphs: tuple[str, ...]  # characters the booklet's font cannot draw


@dataclass(frozen=True)
class BookletResult:
    path: Path
    letters: int
    tally: Tally


class BookletService:
    def __init__(
        self, db: Database, writer: Writer, sessions: SessionService, clock: Clock = utc_now
    ) -> None:
        self._db = db
        self._writer = writer
        self._sessions = sessions
        self._clock = clock

    # -- reading ------------------------------------------------------------------------

    def ended_sessions(self) -> list[SessionRecord]:
        """Sessions a booklet may draw on: ended or exported, newest first."""
        records = [r for r in self._sessions.list_sessions() if r.state in _DONE]
        return sorted(records, key=lambda r: r.created_at, reverse=True)

    def letters(self, session_ids: Sequence[str]) -> list[LetterForReview]:
        """Every consented letter of the sessions, session by session."""
        from belong_desktop.services.reports import pdf  # reportlab: only when asked

        ids = self._checked(session_ids)
        answers, decisions, dismissed = self._read(ids)
        out = []
        for answer in answers:
            if not booklet.qualifies(answer):
                continue
            text = answer.text or ""
            decision = booklet.applies(decisions.get(answer.id), text)
            spans = decision.spans if decision else ()
            flags = tuple(
                f
                for f in find_personal_data(text)
                if (answer.id, f.kind.value, f.start, f.end) not in dismissed
                and not any(s.start <= f.start and f.end <= s.end for s in spans)
            )
            printed = booklet.redacted(text, spans)
            out.append(
                LetterForReview(
                    answer.id,
                    answer.session_id,
                    text,
                    decision.decision if decision else None,
                    spans,
                    printed,
                    flags,
                    tuple(sorted(pdf.missing_glyphs(printed, pdf.SERIF))),
                )
            )
        return out

    def tally(self, session_ids: Sequence[str]) -> Tally:
        ids = self._checked(session_ids)
        answers, decisions, _ = self._read(ids)
        return booklet.tally(answers, decisions)

    # -- deciding ---------------------------------------------------------------------------

    def approve(self, answer_id: int) -> LetterDecision:
        return self._decide(answer_id, lambda old: _with(old, Decision.APPROVED))

    def hide(self, answer_id: int) -> LetterDecision:
        return self._decide(answer_id, lambda old: _with(old, Decision.HIDDEN))

    def redact(self, answer_id: int, start: int, end: int) -> LetterDecision:
        """Leave ``text[start:end]`` out of print (it shows as ``booklet.MARK``); the verdict
        so far stays."""

        def change(old: _Current) -> tuple[Decision, tuple[Span, ...]]:
            span = booklet.check_span(old.text, start, end)
            verdict = old.decision.decision if old.decision else Decision.PENDING
            spans = old.decision.spans if old.decision else ()
            return verdict, booklet.merged((*spans, span))

        return self._decide(answer_id, change)

    def clear_redactions(self, answer_id: int) -> LetterDecision:
        def change(old: _Current) -> tuple[Decision, tuple[Span, ...]]:
            return (old.decision.decision if old.decision else Decision.PENDING), ()

        return self._decide(answer_id, change)

    def _decide(self, answer_id: int, change: _Change) -> LetterDecision:
        now = self._clock()

        def command() -> LetterDecision:
            with self._db.write.begin() as db:
                answer = export_repo.answer(db, answer_id)
                if answer is None or not booklet.qualifies(answer):
                    raise BookletRefused(
                        "this is not a letter its writer agreed to share",
                        code="booklet_not_a_letter",
                    )
                record = self._sessions.record(answer.session_id)
                if record.state not in _DONE:
                    raise BookletRefused(
                        "letters can be reviewed once the session has ended",
                        code="booklet_not_ended",
                        session=answer.session_id,
                    )
                text = answer.text or ""
                stored = booklet_repo.decisions(db, [answer.session_id]).get(answer_id)
                current = _Current(text, booklet.applies(stored, text))
                verdict, spans = change(current)
                decision = LetterDecision(answer_id, verdict, spans, booklet.text_digest(text))
                booklet_repo.put(db, answer.session_id, decision, now)
                return decision

        decision = self._writer.run(command)
        log.info(
            "booklet: letter %d %s (%d passages left out)",
            answer_id,
            decision.decision.value,
            len(decision.spans),
        )
        return decision

    # -- building -------------------------------------------------------------------------

    def build(
        self,
        session_ids: Sequence[str],
        out: Path,
        *,
        title: str | None = None,
        rng: random.Random | None = None,
    ) -> BookletResult:
        """Write the booklet of every approved letter to ``out``, in a fresh random order."""
        from belong_desktop.services.reports import booklet as document  # reportlab: now
        from belong_desktop.services.reports import pdf

        ids = self._checked(session_ids)
        records = [self._sessions.record(sid) for sid in ids]
        packs = {(r.pack_id, r.pack_version) for r in records}
        if len(packs) > 1:
            raise BookletRefused(
                "the sessions were run with different packs: make one booklet per pack",
                code="booklet_mixed_packs",
            )
        answers, decisions, _ = self._read(ids)
        tally = booklet.tally(answers, decisions)
        letters = booklet.shuffled(booklet.printable(answers, decisions), rng)
        if not letters:
            raise BookletRefused(
                f"no letter is approved yet ({tally.awaiting} awaiting review)",
                code="booklet_nothing_approved",
                awaiting=tally.awaiting,
                hidden=tally.hidden,
            )
        language = records[0].language
        chosen = (title or "").strip() or document.default_title(language)
        data = document.render_booklet(chosen, self._intro(ids[0], language), letters, language)
        path = pdf.save(data, out)
        log.info(
            "booklet built: sessions=%d letters=%d hidden=%d awaiting=%d",
            len(ids),
            len(letters),
            tally.hidden,
            tally.awaiting,
        )
        return BookletResult(path, len(letters), tally)

    def _intro(self, session_id: str, language: str) -> str:
        try:
            intro = self._sessions.flow(session_id).pack.booklet_intro
        except PackChanged:
            return ""  # the pack is gone: a cover with the title only
        return intro.get(language) if intro else ""

    # -- helpers ------------------------------------------------------------------------------

    def _checked(self, session_ids: Sequence[str]) -> list[str]:
        ids = list(dict.fromkeys(session_ids))
        if not ids:
            raise BookletRefused("choose at least one session", code="booklet_no_sessions")
        for sid in ids:
            record = self._sessions.record(sid)  # SessionNotFound for a wrong id
            if record.state not in _DONE:
                raise BookletRefused(
                    f"session {sid} has not ended: letters are reviewed after the session",
                    code="booklet_not_ended",
                    session=sid,
                )
        return ids

    def _read(
        self, ids: list[str]
    ) -> tuple[list[StoredAnswer], dict[int, LetterDecision], set[tuple[int, str, int, int]]]:
        with self._db.read() as db:
            answers = [a for sid in ids for a in export_repo.answers(db, sid)]
            decisions = booklet_repo.decisions(db, ids)
            marks = [m for sid in ids for m in review_repo.marks(db, sid)]
        dismissed: set[tuple[int, str, int, int]] = set()
        for m in marks:
            if m.decision == review_repo.DISMISSED and m.start is not None and m.end is not None:
                dismissed.add((m.answer_id, m.kind, m.start, m.end))
        return answers, decisions, dismissed


@dataclass(frozen=True)
class _Current:
    text: str
    decision: LetterDecision | None


def _with(old: _Current, verdict: Decision) -> tuple[Decision, tuple[Span, ...]]:
    return verdict, old.decision.spans if old.decision else ()


_Change = Callable[[_Current], tuple[Decision, tuple[Span, ...]]]
