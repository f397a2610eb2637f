"""The letters booklet's rules: which letters may print, redaction, stored form, order."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from belong_desktop.core import booklet
from belong_desktop.core.booklet import Decision, LetterDecision, Span
from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.records import StoredAnswer

T = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def answer(
    answer_id: int = 1,
    *,
    kind: str = "letter",
    status: str = "submitted",
    share: bool | None = True,
    text: str | None = "Kære nye studerende. Giv det tid.",
    draft: str | None = None,
) -> StoredAnswer:
    return StoredAnswer(
        answer_id,
        "s1",
        f"p{answer_id}",
        kind,
        3,
        kind,
        status,
        1,
        T,
        T,
        T,
        text,
        draft,
        None,
        share,
    )


def decided(a: StoredAnswer, verdict: Decision, *spans: Span) -> LetterDecision:
    return LetterDecision(a.id, verdict, spans, booklet.text_digest(a.text or ""))


@pytest.mark.parametrize(
    "candidate",
    [
        answer(share=False),
        answer(share=None),
        answer(status="draft"),
        answer(status="draft_at_close"),
        answer(kind="reflection"),
        answer(text=None, draft="kladde"),
        answer(text="   \n "),
    ],
    ids=[
        "no-consent",
        "consent-unknown",
        "draft",
        "draft-at-close",
        "reflection",
        "no-text",
        "blank",
    ],
)
def test_only_a_sent_consented_letter_qualifies(candidate: StoredAnswer) -> None:
    assert not booklet.qualifies(candidate)
    assert (
        booklet.printable([candidate], {candidate.id: decided(candidate, Decision.APPROVED)}) == []
    )


def test_a_sent_consented_letter_qualifies_and_prints_only_when_approved() -> None:
    a = answer()
    assert booklet.qualifies(a)
    assert booklet.printable([a], {}) == []
    assert booklet.printable([a], {1: decided(a, Decision.HIDDEN)}) == []
    assert booklet.printable([a], {1: decided(a, Decision.PENDING)}) == []
    assert booklet.printable([a], {1: decided(a, Decision.APPROVED)}) == [a.text]


def test_a_decision_on_other_words_no_longer_applies() -> None:
    """The export review redacted a name after the approval: the letter waits again."""
    a = answer(text="Hilsen Mads")
    approval = decided(a, Decision.APPROVED)
    changed = answer(text="Hilsen [navn]")
    assert booklet.printable([changed], {1: approval}) == []
    assert booklet.tally([changed], {1: approval}) == booklet.Tally(0, 0, 1)


def test_tally_counts_only_qualifying_letters() -> None:
    a, b, c = answer(1), answer(2), answer(3)
    unsent = answer(4, status="draft_at_close")
    decisions = {1: decided(a, Decision.APPROVED), 2: decided(b, Decision.HIDDEN)}
    assert booklet.tally([a, b, c, unsent], decisions) == booklet.Tally(1, 1, 1)
    assert booklet.Tally(1, 2, 3) + booklet.Tally(1, 1, 1) == booklet.Tally(2, 3, 4)


def test_redaction_replaces_the_passage_with_the_mark() -> None:
    text = "Skriv til mig på mads@example.com, Mads."
    start = text.index("mads@")
    spans = [Span(start, start + len("mads@example.com")), Span(text.index("Mads."), len(text) - 1)]
    assert booklet.redacted(text, spans) == "Skriv til mig på […], […]."


def test_overlapping_redactions_merge_into_one_mark() -> None:
    assert booklet.merged([Span(5, 9), Span(0, 3), Span(2, 6)]) == (Span(0, 9),)
    assert booklet.redacted("abcdefghijk", [Span(5, 9), Span(0, 3), Span(2, 6)]) == "[…]jk"


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (5, 2), (0, 100), (4, 5)])
def test_a_passage_outside_the_letter_or_without_words_is_refused(start: int, end: int) -> None:
    with pytest.raises(InvalidInput) as info:
        booklet.check_span("abcd efgh", start, end)
    assert info.value.code == "booklet_bad_span"


def test_the_stored_form_reads_back() -> None:
    stored = booklet.spans_json([Span(4, 8), Span(0, 2)])
    digest = booklet.text_digest("x")
    parsed = booklet.parse_stored(7, "approved", stored, digest)
    assert parsed == LetterDecision(7, Decision.APPROVED, (Span(0, 2), Span(4, 8)), digest)


@pytest.mark.parametrize(
    ("decision", "spans", "digest"),
    [
        ("maybe", "[]", "a" * 64),
        ("", "[]", "a" * 64),
        ("approved", "not json", "a" * 64),
        ("approved", "{}", "a" * 64),
        ("approved", "[[1]]", "a" * 64),
        ("approved", "[[3, 1]]", "a" * 64),
        ("approved", '[["a", 2]]', "a" * 64),
        ("approved", "[[true, 2]]", "a" * 64),
        ("approved", "[]", "short"),
    ],
)
def test_a_broken_stored_decision_reads_as_undecided(
    decision: str, spans: str, digest: str
) -> None:
    assert booklet.parse_stored(1, decision, spans, digest) is None


def test_spans_beyond_the_text_make_the_decision_not_apply() -> None:
    a = answer(text="kort")
    bad = LetterDecision(1, Decision.APPROVED, (Span(2, 40),), booklet.text_digest("kort"))
    assert booklet.applies(bad, "kort") is None
    assert booklet.printable([a], {1: bad}) == []


def test_the_shuffle_is_a_permutation_and_not_the_given_order() -> None:
    letters = [f"brev {i}" for i in range(30)]
    orders = {tuple(booklet.shuffled(letters)) for _ in range(5)}
    assert all(sorted(o) == sorted(letters) for o in orders)
    assert tuple(letters) not in orders  # 5 × 1/30! of a chance
    assert len(orders) > 1
    assert booklet.shuffled(letters, random.Random(4)) == booklet.shuffled(
        letters, random.Random(4)
    )


def test_typeset_sets_danish_quotes_and_dashes() -> None:
    assert booklet.typeset('Hun sagde "kom bare" - og jeg kom.', "da") == (
        "Hun sagde »kom bare« – og jeg kom."
    )
    assert booklet.typeset('She said "come" - so I did.', "en") == "She said “come” – so I did."
    assert booklet.typeset("2-3 uger, e-mail, æøå", "da") == "2-3 uger, e-mail, æøå"


def test_paragraphs_split_on_blank_lines() -> None:
    assert booklet.paragraphs("Kære dig,\n\n  Første.\nLinje to.\n \n\nHilsen\n") == [
        "Kære dig,",
        "Første.\nLinje to.",
        "Hilsen",
    ]
    assert booklet.paragraphs("  \n\n ") == []
