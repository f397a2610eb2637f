"""The letters booklet's rules: which letters may print, how a passage is hidden, the order.

A letter may be printed only when all of these hold: it is the answer to a letter step,
it was sent (status ``submitted``: a draft is never an answer, docs/architecture.md), its
writer said yes to sharing on that sent letter (``share`` is consent only there), it still
has words, and the counsellor approved it for exactly the words it holds now. A decision
carries the SHA-256 of the text it was made on: when the text changed afterwards (the
export review redacted a name, the texts were deleted) the decision no longer applies and
the letter waits for review again. Redactions are stored as spans of that text and printed
as ``MARK``, so a booklet can be rebuilt. The printed order is a shuffle drawn from the
operating system's randomness at each build (never join order, time or device), and
nothing about a writer (date, group, device, pseudonym) reaches the booklet: a letter goes
out as its words only. Pure functions; any thread.
"""

from __future__ import annotations

import enum
import hashlib
import json
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from belong_desktop.core.classroom import ResponseStatus
from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.packs import StepKind
from belong_desktop.core.records import StoredAnswer
from belong_desktop.core.typography import EN_DASH, quoted

#: What a redacted passage prints as: neutral, the same for every kind of passage.
MARK = "[…]"


class Decision(enum.StrEnum):
    """The counsellor's verdict on one letter. ``PENDING`` holds redactions without one."""

    APPROVED = "approved"
    HIDDEN = "hidden"
    PENDING = "pending"


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` is hidden in print."""

    start: int
    end: int


@dataclass(frozen=True)
class LetterDecision:
    """A stored decision: for the text whose digest is ``text_sha256`` only."""

    answer_id: int
    decision: Decision
    spans: tuple[Span, ...]
    text_sha256: str


def qualifies(answer: StoredAnswer) -> bool:
    """A sent letter whose writer consented to sharing, with words in it."""
    return (
        answer.kind == StepKind.LETTER.value
        and answer.status == ResponseStatus.SUBMITTED.value
        and answer.share is True
        and bool(answer.text and answer.text.strip())
    )


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def applies(decision: LetterDecision | None, text: str) -> LetterDecision | None:
    """The decision if it was made on these very words, else None (undecided)."""
    if decision is None or decision.text_sha256 != text_digest(text):
        return None
    if any(not 0 <= s.start < s.end <= len(text) for s in decision.spans):
        return None
    return decision


def check_span(text: str, start: int, end: int) -> Span:
    """A passage the counsellor marked, refused when it is empty or outside the text."""
    if not 0 <= start < end <= len(text):
        raise InvalidInput(
            f"the passage {start}-{end} is not inside the letter (0-{len(text)})",
            code="booklet_bad_span",
        )
    if not text[start:end].strip():
        raise InvalidInput("the passage holds no words", code="booklet_bad_span")
    return Span(start, end)


def merged(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Overlapping and touching spans as one, in text order."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if out and span.start <= out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, span.end))
        else:
            out.append(span)
    return tuple(out)


def redacted(text: str, spans: Iterable[Span]) -> str:
    """The letter as printed: every span replaced by ``MARK``."""
    parts: list[str] = []
    at = 0
    for span in merged(spans):
        parts.append(text[at : span.start])
        parts.append(MARK)
        at = span.end
    parts.append(text[at:])
    return "".join(parts)


# -- stored form ----------------------------------------------------------------------


def spans_json(spans: Sequence[Span]) -> str:
    return json.dumps([[s.start, s.end] for s in merged(spans)])


def parse_stored(
    answer_id: int, decision: str, spans: str, text_sha256: str
) -> LetterDecision | None:
    """A stored row as a decision; None for anything this version cannot read (an unknown
    verdict, broken JSON): the letter then waits for review instead of crashing a build."""
    try:
        verdict = Decision(decision)
        raw = json.loads(spans)
    except (ValueError, TypeError):
        return None
    if not isinstance(raw, list):
        return None
    out: list[Span] = []
    for item in raw:
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in item)
            or not 0 <= item[0] < item[1]
        ):
            return None
        out.append(Span(item[0], item[1]))
    if not isinstance(text_sha256, str) or len(text_sha256) != 64:
        return None
    return LetterDecision(answer_id, verdict, tuple(out), text_sha256)


# -- what prints ----------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """How many consented letters are approved, hidden and still awaiting review."""

    approved: int = 0
    hidden: int = 0
    awaiting: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.approved + other.approved,
            self.hidden + other.hidden,
            self.awaiting + other.awaiting,
        )


def tally(answers: Iterable[StoredAnswer], decisions: dict[int, LetterDecision]) -> Tally:
    approved = hidden = awaiting = 0
    for answer in answers:
        if not qualifies(answer):
            continue
        assert answer.text is not None
        decision = applies(decisions.get(answer.id), answer.text)
        if decision is None or decision.decision is Decision.PENDING:
            awaiting += 1
        elif decision.decision is Decision.APPROVED:
            approved += 1
        else:
            hidden += 1
    return Tally(approved, hidden, awaiting)


def printable(answers: Iterable[StoredAnswer], decisions: dict[int, LetterDecision]) -> list[str]:
    """The words of every approved letter, redactions applied, in the stored order (the
    caller shuffles). Nothing else of a letter leaves this function."""
    out: list[str] = []
    for answer in answers:
        if not qualifies(answer):
            continue
        assert answer.text is not None
        decision = applies(decisions.get(answer.id), answer.text)
        if decision is not None and decision.decision is Decision.APPROVED:
            out.append(redacted(answer.text, decision.spans))
    return out


def shuffled(letters: Sequence[str], rng: random.Random | None = None) -> list[str]:
    """A fresh random order: the operating system's randomness unless a test passes one."""
    order = list(letters)
    (rng or random.SystemRandom()).shuffle(order)
    return order


_STRAIGHT_QUOTES = re.compile(r'"([^"\n]+)"')
_SPACED_HYPHEN = re.compile(r"(?<=\S) -{1,2} (?=\S)")


def typeset(text: str, language: str) -> str:
    """Printers' marks for what a keyboard types: paired straight double quotes become the
    language's quotation marks, a spaced hyphen a spaced en dash. Words stay as written."""
    text = _STRAIGHT_QUOTES.sub(lambda m: quoted(m.group(1), language), text)
    return _SPACED_HYPHEN.sub(f" {EN_DASH} ", text)


def paragraphs(text: str) -> list[str]:
    """A letter's paragraphs (blank lines between them), trimmed; line breaks kept."""
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [b.strip("\n ").rstrip() for b in blocks if b.strip()]
