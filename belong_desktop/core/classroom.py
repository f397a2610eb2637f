"""Rules for what students send from their devices: join codes, answers, drafts, polls.

Pure Python: the services call these with the stored row and ``now`` and persist what
comes back. The rules that protect the data live here so every surface obeys them:
one answer per participant and step, a stale or repeated save never overwrites a newer
one, a draft is never turned into a submission by anyone but the student, a text that
arrives after its step closed is kept as ``draft_at_close`` rather than dropped, and a
pack that keeps no drafts (``drafts = "device_only"``) gets no unsent text at all.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from belong_desktop.core.errors import BelongError
from belong_desktop.core.packs import Step, StepKind

#: Defaults; a facilitator can lower or raise them per server start.
MAX_TEXT_LENGTH = 10_000
MAX_DEVICES = 500
JOIN_CODE_DIGITS = 6
MAX_REVISION = 2**31 - 1

# Control characters, and lone UTF-16 surrogates (half an emoji) that JSON can carry but
# no database or file can store.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_CODE_SEPARATORS = re.compile(r"[\s\-.]")


class ResponseStatus(enum.StrEnum):
    """Where an answer stands. Only ``SUBMITTED`` is an answer the student gave: a
    ``DRAFT`` or ``DRAFT_AT_CLOSE`` text was saved while they wrote and never sent, so an
    export must mark it as never sent (and a letter's share choice on it as no consent)."""

    DRAFT = "draft"  # autosaved while the step is open, not sent
    SUBMITTED = "submitted"  # the student pressed send (or answered the poll)
    DRAFT_AT_CLOSE = "draft_at_close"  # never sent: the step closed with this draft


class AnswerRefused(BelongError):
    """The answer cannot be stored as sent; ``code`` is stable, the message says why."""

    default_code = "answer_refused"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, code=code)


# -- join codes ----------------------------------------------------------------------


def new_join_code(randbelow: Callable[[int], int]) -> str:
    """A short numeric code for those who type the address (``secrets.randbelow``)."""
    return "".join(str(randbelow(10)) for _ in range(JOIN_CODE_DIGITS))


def normalise_join_code(raw: str) -> str | None:
    """The code as stored, or None when ``raw`` cannot be one (spaces and dashes allowed)."""
    code = _CODE_SEPARATORS.sub("", raw)
    if len(code) == JOIN_CODE_DIGITS and code.isascii() and code.isdigit():
        return code
    return None


def format_join_code(code: str) -> str:
    """``482913`` → ``482 913``: easier to read off a projector."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"


def token_digest(token: str) -> str:
    """What the database keeps of a device's secret: enough to recognise it, not to use it."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# -- answers -------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """One participant's answer to one step: the only row there is for that pair."""

    participant_id: str
    step_id: str
    step_index: int
    kind: StepKind
    status: ResponseStatus
    revision: int
    created_at: datetime
    updated_at: datetime
    text: str | None = None  # the sent text
    draft: str | None = None  # a newer text that was not sent (kept, never dropped)
    choice: int | None = None  # poll option index
    share: bool | None = None  # letter: may it be shared anonymously?
    submitted_at: datetime | None = None


@dataclass(frozen=True)
class SaveRequest:
    step_id: str
    revision: int
    submit: bool = False
    text: str | None = None
    choice: int | None = None
    share: bool | None = None


@dataclass(frozen=True)
class SaveOutcome:
    answer: Answer
    changed: bool  # False for a stale or repeated save: nothing was written
    late: bool  # the step was closed: a text was kept as a draft


def clean_text(text: str, max_length: int = MAX_TEXT_LENGTH) -> str:
    """Normalise line ends and drop control characters; refuse a text over the limit."""
    text = _CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > max_length:
        raise AnswerRefused(
            "too_long", f"the text has {len(text)} characters; at most {max_length} fit"
        )
    return text


def apply_save(
    existing: Answer | None,
    request: SaveRequest,
    *,
    step: Step,
    step_index: int,
    step_open: bool,
    participant_id: str,
    now: datetime,
    max_text_length: int = MAX_TEXT_LENGTH,
    keep_drafts: bool = True,
    step_opened: bool = True,
) -> SaveOutcome:
    """The answer after ``request``; raises ``AnswerRefused`` when it cannot be stored.

    With ``keep_drafts`` off (the pack's ``drafts = "device_only"``) a text reaches the
    laptop only when the student sends it: any other save of a text is refused.
    """
    if not step.kind.collects_text and step.kind is not StepKind.POLL:
        raise AnswerRefused("no_answers", f"step {step.id!r} takes no answers")
    if not step_open and not step_opened:
        raise AnswerRefused(
            "not_opened", f"step {step.id!r} has not been shown: it takes no answers yet"
        )
    if step.kind.collects_text and not request.submit and not keep_drafts:
        raise AnswerRefused(
            "drafts_off", "this session keeps no drafts: a text is saved only when it is sent"
        )
    if not 1 <= request.revision <= MAX_REVISION:
        raise AnswerRefused("bad_revision", f"revision must be 1–{MAX_REVISION}")
    if existing is not None and request.revision <= existing.revision:
        return SaveOutcome(existing, changed=False, late=not step_open)
    base = existing or Answer(
        participant_id=participant_id,
        step_id=step.id,
        step_index=step_index,
        kind=step.kind,
        status=ResponseStatus.DRAFT,
        revision=0,
        created_at=now,
        updated_at=now,
    )
    if step.kind is StepKind.POLL:
        return _save_poll(base, request, step, step_open, now)
    return _save_text(base, request, step, step_open, now, max_text_length)


def _save_poll(
    base: Answer, request: SaveRequest, step: Step, step_open: bool, now: datetime
) -> SaveOutcome:
    assert step.poll is not None
    if request.text is not None or request.share is not None:
        raise AnswerRefused("wrong_kind", "a poll takes a choice, not a text")
    count = len(step.poll.options)
    if request.choice is None or not 0 <= request.choice < count:
        raise AnswerRefused("bad_choice", f"choose one of the {count} options (0–{count - 1})")
    if not step_open:
        # A poll has no draft: its result may already be on the projector.
        raise AnswerRefused("closed", "the question has closed")
    answer = replace(
        base,
        status=ResponseStatus.SUBMITTED,
        revision=request.revision,
        updated_at=now,
        choice=request.choice,
        submitted_at=now,
    )
    return SaveOutcome(answer, changed=True, late=False)


def _save_text(
    base: Answer,
    request: SaveRequest,
    step: Step,
    step_open: bool,
    now: datetime,
    max_text_length: int,
) -> SaveOutcome:
    if request.choice is not None:
        raise AnswerRefused("wrong_kind", "this step takes a text, not a choice")
    if request.share is not None and step.kind is not StepKind.LETTER:
        raise AnswerRefused("wrong_kind", "only a letter can be shared")
    if request.text is None:
        raise AnswerRefused("no_text", "send a text (it may be empty for a draft)")
    text = clean_text(request.text, max_text_length)
    if request.submit and step_open and not text.strip():
        raise AnswerRefused("empty", "an empty text cannot be sent")
    share = request.share if request.share is not None else base.share
    if step.kind is StepKind.LETTER and share is None:
        share = False  # sharing is only ever an explicit yes
    if step_open and request.submit:
        answer = replace(
            base,
            status=ResponseStatus.SUBMITTED,
            text=text,
            draft=None,
            share=share,
            revision=request.revision,
            updated_at=now,
            submitted_at=now,
        )
        return SaveOutcome(answer, changed=True, late=False)
    sent = base.text is not None
    draft = None if sent and text == base.text else text
    if sent:
        status = ResponseStatus.SUBMITTED  # a sent text stays sent; the edit is its draft
    elif step_open:
        status = ResponseStatus.DRAFT
    else:
        status = ResponseStatus.DRAFT_AT_CLOSE
    answer = replace(
        base,
        status=status,
        draft=draft,
        share=share,
        revision=request.revision,
        updated_at=now,
    )
    return SaveOutcome(answer, changed=True, late=not step_open)


# -- poll results --------------------------------------------------------------------


@dataclass(frozen=True)
class PollTally:
    counts: tuple[int, ...]
    min_answers: int

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def visible(self) -> bool:
        """Shown on the projector only from the pack's minimum: no one stands out."""
        return self.total >= self.min_answers

    def percentages(self) -> tuple[int, ...]:
        total = self.total
        if not total:
            return tuple(0 for _ in self.counts)
        return tuple(round(100 * c / total) for c in self.counts)


# -- wrong join codes ----------------------------------------------------------------


class AttemptLimiter:
    """Counts wrong join codes per key and in total over a sliding window, in memory.

    The key is whatever the server chooses to tell devices apart (a keyed hash that
    lives only in this process). A device over its limit waits, whatever it types; the
    total cap only slows further wrong codes from the room, never the right one.
    """

    def __init__(self, per_key: int = 5, total: int = 30, window_s: float = 60.0) -> None:
        self.per_key = per_key
        self.total = total
        self.window_s = window_s
        self._failures: dict[str, list[float]] = {}
        self._all: list[float] = []

    def allowed(self, key: str, now: float) -> bool:
        """Another wrong guess may be checked: neither this device nor the room is over."""
        self._prune(now)
        return self.device_allowed(key, now) and len(self._all) < self.total

    def device_allowed(self, key: str, now: float) -> bool:
        """This device may try a code. The room-wide cap is not asked: other devices'
        wrong codes must never lock out a student typing the right one."""
        self._prune(now)
        return len(self._failures.get(key, ())) < self.per_key

    def device_retry_after(self, key: str, now: float) -> float:
        self._prune(now)
        times = self._failures.get(key, [])
        if len(times) < self.per_key:
            return 0.0
        return max(0.0, times[len(times) - self.per_key] + self.window_s - now)

    def failed(self, key: str, now: float) -> None:
        self._prune(now)
        self._failures.setdefault(key, []).append(now)
        self._all.append(now)

    def retry_after(self, key: str, now: float) -> float:
        """Seconds until one more attempt is allowed for ``key``."""
        self._prune(now)
        waits = [0.0]
        times = self._failures.get(key, [])
        if len(times) >= self.per_key:
            waits.append(times[len(times) - self.per_key] + self.window_s - now)
        if len(self._all) >= self.total:
            waits.append(self._all[len(self._all) - self.total] + self.window_s - now)
        return max(waits)

    def _prune(self, now: float) -> None:
        cutoff = now - self.window_s
        self._all = [t for t in self._all if t > cutoff]
        for key in list(self._failures):
            kept = [t for t in self._failures[key] if t > cutoff]
            if kept:
                self._failures[key] = kept
            else:
                del self._failures[key]


# -- live aggregates -----------------------------------------------------------------


@dataclass
class RoomTally:
    """A session's answer counts, kept in step with every committed save.

    The control window reads these once a second while hundreds of devices write, so
    they live in memory instead of being counted in SQL on the GUI thread. ``replace``
    takes the stored answer before and after a save; ``joined`` counts devices since the
    last reset.
    """

    joined: int = 0
    statuses: dict[str, Counter[ResponseStatus]] = field(default_factory=dict)
    choices: dict[str, Counter[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, answers: Iterable[Answer], joined: int) -> RoomTally:
        tally = cls(joined)
        for answer in answers:
            tally._count(answer, +1)
        return tally

    def replace(self, old: Answer | None, new: Answer) -> None:
        if old is not None:
            self._count(old, -1)
        self._count(new, +1)

    def submitted(self) -> dict[str, int]:
        return {step: c[ResponseStatus.SUBMITTED] for step, c in self.statuses.items()}

    def writing(self) -> dict[str, int]:
        """Unsent texts of a step still open: students who are writing and have not sent."""
        return {step: c[ResponseStatus.DRAFT] for step, c in self.statuses.items()}

    def unsent(self) -> dict[str, int]:
        """Texts never sent before their step closed (kept as ``draft_at_close``)."""
        return {step: c[ResponseStatus.DRAFT_AT_CLOSE] for step, c in self.statuses.items()}

    def drafts(self) -> dict[str, int]:
        """Unsent drafts per step, open or closed (a sent text's newer edit is not one)."""
        return {
            step: c[ResponseStatus.DRAFT] + c[ResponseStatus.DRAFT_AT_CLOSE]
            for step, c in self.statuses.items()
        }

    def poll(self, step_id: str, options: int, min_answers: int) -> PollTally:
        choices = self.choices.get(step_id, Counter())
        return PollTally(tuple(choices[i] for i in range(options)), min_answers)

    def _count(self, answer: Answer, sign: int) -> None:
        self.statuses.setdefault(answer.step_id, Counter())[answer.status] += sign
        if answer.status is ResponseStatus.SUBMITTED and answer.choice is not None:
            self.choices.setdefault(answer.step_id, Counter())[answer.choice] += sign
