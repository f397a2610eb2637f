"""The classroom rules: join codes, one answer per participant and step, drafts, polls, limits.

These are the pure rules every surface (the JSON API, the student page, the CLI) relies on
to protect what students write, so they are tested here on their own with fixed times and
real steps loaded from a pack on disk: a stale or repeated save never overwrites a newer
one, a sent text stays sent, a text that arrives late is kept, a poll result stays hidden
until enough have answered, and guessing join codes is slowed down.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from belong_desktop.core.classroom import (
    JOIN_CODE_DIGITS,
    MAX_REVISION,
    MAX_TEXT_LENGTH,
    Answer,
    AnswerRefused,
    AttemptLimiter,
    PollTally,
    ResponseStatus,
    RoomTally,
    SaveOutcome,
    SaveRequest,
    apply_save,
    clean_text,
    format_join_code,
    new_join_code,
    normalise_join_code,
    token_digest,
)
from belong_desktop.core.packs import Pack, Step, StepKind

if TYPE_CHECKING:
    from conftest import PackBuilder

T0 = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
PID = "p-0001"
PlanFactory = Callable[[Sequence[float]], Pack]


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


# -- the steps: loaded from a real pack folder ------------------------------------------


@pytest.fixture
def loaded(pack: PackBuilder) -> Pack:
    """The minimal pack: 0 message, 1 video, 2 poll (3 options), 3 reflection, 4 letter,
    5 closing."""
    return pack.load()


@pytest.fixture
def steps(loaded: Pack) -> dict[str, Step]:
    return {step.id: step for step in loaded.steps}


@pytest.fixture
def poll(steps: dict[str, Step]) -> Step:
    return steps["poll"]


@pytest.fixture
def reflection(steps: dict[str, Step]) -> Step:
    return steps["reflection"]


@pytest.fixture
def letter(steps: dict[str, Step]) -> Step:
    return steps["letter"]


def save(
    existing: Answer | None,
    step: Step,
    revision: int,
    *,
    text: str | None = None,
    choice: int | None = None,
    share: bool | None = None,
    submit: bool = False,
    open_: bool = True,
    now: datetime = T0,
    max_text_length: int = MAX_TEXT_LENGTH,
    keep_drafts: bool = True,
    opened: bool = True,
) -> SaveOutcome:
    """``apply_save`` for participant ``PID`` with the step at index 3 (its index is not
    interpreted by the rules, only stored)."""
    return apply_save(
        existing,
        SaveRequest(step.id, revision, submit=submit, text=text, choice=choice, share=share),
        step=step,
        step_index=3,
        step_open=open_,
        participant_id=PID,
        now=now,
        max_text_length=max_text_length,
        keep_drafts=keep_drafts,
        step_opened=opened,
    )


def refused(code: str, call: Callable[[], object]) -> AnswerRefused:
    with pytest.raises(AnswerRefused) as info:
        call()
    assert info.value.code == code, f"{info.value.code}: {info.value}"
    assert str(info.value), "a refusal must say why"
    return info.value


# -- join codes ----------------------------------------------------------------------


def test_a_new_join_code_is_six_digits_drawn_from_randbelow() -> None:
    draws = iter([4, 8, 2, 9, 1, 3, 7])
    asked: list[int] = []

    def randbelow(n: int) -> int:
        asked.append(n)
        return next(draws)

    assert new_join_code(randbelow) == "482913"
    assert asked == [10] * JOIN_CODE_DIGITS  # one decimal digit per draw, no more


def test_a_join_code_may_start_with_zeros() -> None:
    code = new_join_code(lambda _n: 0)
    assert code == "000000"
    assert normalise_join_code(code) == "000000"


def test_generated_codes_are_all_valid_and_vary() -> None:
    import random

    rng = random.Random(7)
    codes = {new_join_code(rng.randrange) for _ in range(200)}
    assert len(codes) > 190  # 10^6 possibilities: collisions in 200 draws are rare
    assert all(normalise_join_code(code) == code for code in codes)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("482913", "482913"),
        ("482 913", "482913"),
        (" 482913 ", "482913"),
        ("482-913", "482913"),
        ("48-29-13", "482913"),
        ("482.913", "482913"),
        ("\t482\n913\n", "482913"),
        ("4 8 2 9 1 3", "482913"),
        ("482\u00a0913", "482913"),  # a no-break space pasted from a document
        ("000000", "000000"),
    ],
)
def test_normalise_accepts_spaces_dashes_and_dots(raw: str, expected: str) -> None:
    assert normalise_join_code(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "48291",  # too short
        "4829133",  # too long
        "482 91",
        "48291a",
        "abcdef",
        "482_913",
        "+48291",
        "-48291",  # a dash is a separator, so only five digits are left
        "٣٣٣٣٣٣",  # Arabic-Indic digits are digits, but not ours
        "48291٣",
        "４８２９１３",  # full-width digits
        "48291²",  # a superscript is .isdigit() too
        "482913\x00",
        "482/913",
    ],
)
def test_normalise_refuses_what_cannot_be_a_code(raw: str) -> None:
    assert normalise_join_code(raw) is None


def test_format_splits_the_code_in_two_halves_and_round_trips() -> None:
    assert format_join_code("482913") == "482 913"
    assert format_join_code("000123") == "000 123"
    assert normalise_join_code(format_join_code("482913")) == "482913"


def test_token_digest_is_the_sha256_hex_of_the_token() -> None:
    # sha256("abc"), the FIPS 180-2 test vector
    assert token_digest("abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
    digest = token_digest("a-device-token")
    assert len(digest) == 64 and set(digest) <= set("0123456789abcdef")
    assert digest == token_digest("a-device-token")
    assert digest != token_digest("a-device-tokeN")
    assert "a-device-token" not in digest
    assert len(token_digest("æøå ☃")) == 64  # any text can be digested


# -- text cleaning -------------------------------------------------------------------


def test_clean_text_normalises_line_ends_and_drops_control_characters() -> None:
    raw = "line 1\r\nline 2\rline 3\n\tindented\x00\x07\x08\x0b\x0c\x1b[31m\x7f end"
    assert clean_text(raw) == "line 1\nline 2\nline 3\n\tindented[31m end"


def test_clean_text_keeps_letters_of_every_language() -> None:
    text = "Æble, øl og år – ¿qué? 学生 🙂 مرحبا"
    assert clean_text(text) == text


def test_clean_text_counts_after_cleaning() -> None:
    # 10 characters once CRLF is one line end: fits a limit of 10
    assert clean_text("abcd\r\nefgh\x00\x00\x00", max_length=10) == "abcd\nefgh"


def test_clean_text_refuses_a_text_over_the_limit_and_names_it() -> None:
    error = refused("too_long", lambda: clean_text("x" * 11, max_length=10))
    assert "11" in str(error) and "10" in str(error)
    assert clean_text("x" * 10, max_length=10) == "x" * 10
    assert len(clean_text("x" * MAX_TEXT_LENGTH)) == MAX_TEXT_LENGTH
    refused("too_long", lambda: clean_text("x" * (MAX_TEXT_LENGTH + 1)))


# -- answers: steps that take none -----------------------------------------------------


@pytest.mark.parametrize("step_id", ["welcome", "video-1", "closing"])
@pytest.mark.parametrize(
    "request_",
    [
        SaveRequest("x", 1, text="hello"),
        SaveRequest("x", 1, submit=True, text="hello"),
        SaveRequest("x", 1, choice=0),
        SaveRequest("x", 0),  # refused for the step before the revision is looked at
    ],
)
def test_steps_without_answers_refuse_every_save(
    steps: dict[str, Step], step_id: str, request_: SaveRequest
) -> None:
    step = steps[step_id]
    refused(
        "no_answers",
        lambda: apply_save(
            None,
            replace(request_, step_id=step.id),
            step=step,
            step_index=0,
            step_open=True,
            participant_id=PID,
            now=T0,
        ),
    )


def test_plan_steps_message_and_closing_take_no_answers(plan_factory: PlanFactory) -> None:
    plan = plan_factory([1, 1])
    assert [s.kind for s in plan.steps] == [StepKind.MESSAGE, StepKind.CLOSING]
    for step in plan.steps:
        with pytest.raises(AnswerRefused) as info:
            save(None, step, 1, text="hi")
        assert info.value.code == "no_answers"


# -- answers: revisions --------------------------------------------------------------


def test_a_step_never_shown_takes_no_answer_of_any_kind(steps: dict[str, Step]) -> None:
    for step_id, kwargs in (
        ("reflection", {"text": "ahead of the room"}),
        ("letter", {"text": "ahead", "submit": True}),
        ("poll", {"choice": 0}),
    ):
        refused(
            "not_opened",
            lambda: save(None, steps[step_id], 1, open_=False, opened=False, **kwargs),  # type: ignore[arg-type]  # noqa: B023
        )
    # open now: taken; shown and left: a late save
    assert save(None, steps["reflection"], 1, text="now", opened=False).changed
    assert save(None, steps["reflection"], 1, text="late", open_=False).late


@pytest.mark.parametrize("revision", [0, -1, -(2**40), MAX_REVISION + 1, 2**63])
def test_a_revision_out_of_bounds_is_refused(reflection: Step, revision: int) -> None:
    refused("bad_revision", lambda: save(None, reflection, revision, text="hi"))


@pytest.mark.parametrize("revision", [1, 2, MAX_REVISION])
def test_a_revision_in_bounds_is_stored_as_sent(reflection: Step, revision: int) -> None:
    outcome = save(None, reflection, revision, text="hi")
    assert outcome.changed and outcome.answer.revision == revision


def test_nothing_saves_after_the_highest_revision(reflection: Step) -> None:
    last = save(None, reflection, MAX_REVISION, text="last").answer
    again = save(last, reflection, MAX_REVISION, text="newer")
    assert again == SaveOutcome(last, changed=False, late=False)
    refused("bad_revision", lambda: save(last, reflection, MAX_REVISION + 1, text="x"))


@pytest.mark.parametrize("stale", [1, 4, 5])
@pytest.mark.parametrize("submit", [False, True])
def test_a_stale_or_repeated_text_save_changes_nothing(
    reflection: Step, stale: int, submit: bool
) -> None:
    stored = save(None, reflection, 5, text="the newest", now=at(10)).answer
    outcome = save(stored, reflection, stale, text="older", submit=submit, now=at(20))
    assert outcome.changed is False
    assert outcome.late is False
    assert outcome.answer is stored  # the stored answer itself, untouched


def test_a_stale_save_after_the_step_closed_says_late_but_changes_nothing(
    reflection: Step,
) -> None:
    stored = save(None, reflection, 3, text="sent", submit=True).answer
    outcome = save(stored, reflection, 2, text="older", open_=False, now=at(5))
    assert outcome == SaveOutcome(stored, changed=False, late=True)


def test_a_stale_poll_answer_changes_nothing_even_when_invalid(poll: Step) -> None:
    stored = save(None, poll, 4, choice=1).answer
    # a stale request is answered with what is stored, whatever it holds
    for request_choice in (0, 2, 99, None):
        outcome = save(stored, poll, 4, choice=request_choice, now=at(9))
        assert outcome == SaveOutcome(stored, changed=False, late=False)
    assert save(stored, poll, 3, choice=2, open_=False) == SaveOutcome(
        stored, changed=False, late=True
    )


def test_revisions_may_skip_numbers(reflection: Step) -> None:
    first = save(None, reflection, 1, text="a").answer
    later = save(first, reflection, 1000, text="b").answer
    assert (later.revision, later.draft) == (1000, "b")
    assert save(later, reflection, 999, text="c").changed is False


def test_shuffled_revisions_end_with_the_highest(reflection: Step) -> None:
    import random

    order = list(range(1, 41))
    random.Random(3).shuffle(order)
    answer: Answer | None = None
    for revision in order:
        outcome = save(answer, reflection, revision, text=f"r{revision}", now=at(revision))
        assert outcome.changed is (answer is None or revision > answer.revision)
        answer = outcome.answer
    assert answer is not None
    assert (answer.revision, answer.draft) == (40, "r40")


# -- answers: reflection -------------------------------------------------------------


def test_a_first_text_save_is_a_draft(reflection: Step) -> None:
    outcome = save(None, reflection, 1, text="half a thought", now=at(1))
    assert outcome.changed and not outcome.late
    answer = outcome.answer
    assert answer.status is ResponseStatus.DRAFT
    assert (answer.text, answer.draft) == (None, "half a thought")
    assert (answer.participant_id, answer.step_id, answer.step_index) == (PID, "reflection", 3)
    assert answer.kind is StepKind.REFLECTION
    assert (answer.created_at, answer.updated_at, answer.submitted_at) == (at(1), at(1), None)
    assert answer.choice is None and answer.share is None


def test_an_empty_draft_is_kept(reflection: Step) -> None:
    answer = save(None, reflection, 1, text="").answer
    assert (answer.status, answer.draft) == (ResponseStatus.DRAFT, "")


def test_drafts_replace_each_other_and_keep_the_creation_time(reflection: Step) -> None:
    first = save(None, reflection, 1, text="a", now=at(1)).answer
    second = save(first, reflection, 2, text="ab", now=at(2)).answer
    assert second.status is ResponseStatus.DRAFT
    assert (second.draft, second.revision) == ("ab", 2)
    assert (second.created_at, second.updated_at) == (at(1), at(2))


def test_submit_sends_the_text_and_clears_the_draft(reflection: Step) -> None:
    draft = save(None, reflection, 1, text="draft", now=at(1)).answer
    outcome = save(draft, reflection, 2, text="final\r\nwords", submit=True, now=at(2))
    assert outcome.changed and not outcome.late
    answer = outcome.answer
    assert answer.status is ResponseStatus.SUBMITTED
    assert (answer.text, answer.draft) == ("final\nwords", None)
    assert (answer.created_at, answer.updated_at, answer.submitted_at) == (at(1), at(2), at(2))


def test_submit_without_a_draft_first(reflection: Step) -> None:
    answer = save(None, reflection, 1, text="at once", submit=True, now=at(4)).answer
    assert (answer.status, answer.text, answer.draft) == (ResponseStatus.SUBMITTED, "at once", None)
    assert answer.created_at == answer.submitted_at == at(4)


def test_an_edit_after_submit_stays_submitted_with_the_edit_as_draft(reflection: Step) -> None:
    sent = save(None, reflection, 1, text="sent", submit=True, now=at(1)).answer
    outcome = save(sent, reflection, 2, text="sent, and more", now=at(2))
    assert outcome.changed and not outcome.late
    edited = outcome.answer
    assert edited.status is ResponseStatus.SUBMITTED
    assert (edited.text, edited.draft) == ("sent", "sent, and more")
    assert edited.submitted_at == at(1)  # still the time it was sent
    assert edited.updated_at == at(2)
    # typing back to exactly what was sent leaves no draft
    back = save(edited, reflection, 3, text="sent", now=at(3)).answer
    assert (back.status, back.text, back.draft) == (ResponseStatus.SUBMITTED, "sent", None)


def test_an_empty_edit_after_submit_never_unsends(reflection: Step) -> None:
    sent = save(None, reflection, 1, text="sent", submit=True).answer
    cleared = save(sent, reflection, 2, text="").answer
    assert (cleared.status, cleared.text, cleared.draft) == (ResponseStatus.SUBMITTED, "sent", "")


def test_resubmit_replaces_the_sent_text(reflection: Step) -> None:
    sent = save(None, reflection, 1, text="one", submit=True, now=at(1)).answer
    edited = save(sent, reflection, 2, text="two", now=at(2)).answer
    again = save(edited, reflection, 3, text="two!", submit=True, now=at(3)).answer
    assert again.status is ResponseStatus.SUBMITTED
    assert (again.text, again.draft, again.revision) == ("two!", None, 3)
    assert (again.created_at, again.submitted_at) == (at(1), at(3))


def test_control_characters_are_stripped_from_drafts_and_submissions(reflection: Step) -> None:
    draft = save(None, reflection, 1, text="a\x00b\x1bc\r\nd\re\x7f").answer
    assert draft.draft == "abc\nd\ne"
    sent = save(draft, reflection, 2, text="\x01x\r\n\ty\x02", submit=True).answer
    assert sent.text == "x\n\ty"


def test_a_text_over_the_limit_is_refused_with_the_limit(reflection: Step) -> None:
    error = refused(
        "too_long", lambda: save(None, reflection, 1, text="x" * 51, max_text_length=50)
    )
    assert "50" in str(error)
    assert save(None, reflection, 1, text="x" * 50, max_text_length=50).changed


def test_a_refused_text_leaves_the_stored_answer_as_it_was(reflection: Step) -> None:
    sent = save(None, reflection, 1, text="kept", submit=True).answer
    refused("too_long", lambda: save(sent, reflection, 2, text="y" * 20, max_text_length=10))
    # the refused revision was not taken: the same number still saves
    assert save(sent, reflection, 2, text="ok", max_text_length=10).answer.draft == "ok"


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t \r\n ", "\x00\x01"])
def test_an_empty_text_cannot_be_sent(reflection: Step, text: str) -> None:
    refused("empty", lambda: save(None, reflection, 1, text=text, submit=True))
    sent = save(None, reflection, 1, text="real", submit=True).answer
    refused("empty", lambda: save(sent, reflection, 2, text=text, submit=True))


def test_a_text_step_needs_a_text(reflection: Step) -> None:
    refused("no_text", lambda: save(None, reflection, 1))
    refused("no_text", lambda: save(None, reflection, 1, submit=True))


def test_a_choice_for_a_text_step_is_the_wrong_kind(reflection: Step, letter: Step) -> None:
    refused("wrong_kind", lambda: save(None, reflection, 1, text="hi", choice=0))
    refused("wrong_kind", lambda: save(None, letter, 1, text="hi", choice=1, submit=True))


@pytest.mark.parametrize("share", [True, False])
def test_only_a_letter_can_be_shared(reflection: Step, share: bool) -> None:
    refused("wrong_kind", lambda: save(None, reflection, 1, text="hi", share=share))


# -- answers: a text that arrives after its step closed --------------------------------


@pytest.mark.parametrize("submit", [False, True])
def test_a_late_text_is_kept_as_draft_at_close(reflection: Step, submit: bool) -> None:
    outcome = save(None, reflection, 1, text="too late", submit=submit, open_=False, now=at(9))
    assert outcome.changed and outcome.late
    answer = outcome.answer
    assert answer.status is ResponseStatus.DRAFT_AT_CLOSE
    assert (answer.text, answer.draft, answer.submitted_at) == (None, "too late", None)


def test_a_late_text_updates_a_draft_at_close(reflection: Step) -> None:
    draft = save(None, reflection, 1, text="a", now=at(1)).answer
    late = save(draft, reflection, 2, text="ab", open_=False, now=at(2)).answer
    later = save(late, reflection, 3, text="abc", submit=True, open_=False, now=at(3)).answer
    assert later.status is ResponseStatus.DRAFT_AT_CLOSE
    assert (later.draft, later.revision, later.updated_at) == ("abc", 3, at(3))


def test_an_empty_late_submit_is_kept_as_a_draft(reflection: Step) -> None:
    outcome = save(None, reflection, 1, text="  ", submit=True, open_=False)
    assert (outcome.answer.status, outcome.answer.draft) == (ResponseStatus.DRAFT_AT_CLOSE, "  ")


@pytest.mark.parametrize("submit", [False, True])
def test_a_late_text_after_submit_stays_submitted_with_the_text_as_draft(
    reflection: Step, submit: bool
) -> None:
    sent = save(None, reflection, 1, text="sent in time", submit=True, now=at(1)).answer
    outcome = save(sent, reflection, 2, text="edited late", submit=submit, open_=False, now=at(2))
    assert outcome.changed and outcome.late
    answer = outcome.answer
    assert answer.status is ResponseStatus.SUBMITTED
    assert (answer.text, answer.draft) == ("sent in time", "edited late")
    assert answer.submitted_at == at(1)


def test_a_draft_at_close_becomes_a_draft_again_when_the_step_reopens(reflection: Step) -> None:
    late = save(None, reflection, 1, text="late", open_=False).answer
    reopened = save(late, reflection, 2, text="late, more").answer
    assert (reopened.status, reopened.draft) == (ResponseStatus.DRAFT, "late, more")
    sent = save(reopened, reflection, 3, text="late, more", submit=True).answer
    assert (sent.status, sent.text) == (ResponseStatus.SUBMITTED, "late, more")


def test_a_late_text_over_the_limit_is_still_refused(reflection: Step) -> None:
    refused(
        "too_long",
        lambda: save(None, reflection, 1, text="x" * 11, open_=False, max_text_length=10),
    )


# -- answers: a pack that keeps no drafts ----------------------------------------------


@pytest.mark.parametrize("open_", [True, False])
@pytest.mark.parametrize("step_id", ["reflection", "letter"])
def test_without_drafts_a_text_that_is_not_sent_is_refused(
    steps: dict[str, Step], step_id: str, open_: bool
) -> None:
    step = steps[step_id]
    share = True if step.kind is StepKind.LETTER else None
    error = refused(
        "drafts_off",
        lambda: save(None, step, 1, text="not yet", share=share, open_=open_, keep_drafts=False),
    )
    assert "only when it is sent" in str(error)


def test_without_drafts_a_sent_text_is_stored_and_an_edit_only_when_sent_again(
    reflection: Step,
) -> None:
    sent = save(None, reflection, 1, text="sent", submit=True, keep_drafts=False).answer
    assert (sent.status, sent.text, sent.draft) == (ResponseStatus.SUBMITTED, "sent", None)
    refused("drafts_off", lambda: save(sent, reflection, 2, text="sent, more", keep_drafts=False))
    again = save(sent, reflection, 3, text="sent, more", submit=True, keep_drafts=False).answer
    assert (again.status, again.text, again.draft) == (ResponseStatus.SUBMITTED, "sent, more", None)


def test_without_drafts_a_send_that_arrives_after_the_step_closed_is_kept_as_not_sent(
    letter: Step,
) -> None:
    """Send was pressed offline: the student meant it to leave the device, but it came late."""
    outcome = save(
        None, letter, 1, text="late", share=True, submit=True, open_=False, keep_drafts=False
    )
    assert outcome.late
    assert (outcome.answer.status, outcome.answer.draft) == (ResponseStatus.DRAFT_AT_CLOSE, "late")


@pytest.mark.parametrize("submit", [True, False])
def test_without_drafts_the_poll_takes_its_answer_as_before(poll: Step, submit: bool) -> None:
    answer = save(None, poll, 1, choice=2, submit=submit, keep_drafts=False).answer
    assert (answer.status, answer.choice) == (ResponseStatus.SUBMITTED, 2)


# -- answers: letter and its consent -------------------------------------------------


def test_a_letter_is_never_shared_unless_the_student_says_so(letter: Step) -> None:
    draft = save(None, letter, 1, text="Dear next year").answer
    assert draft.share is False
    sent = save(draft, letter, 2, text="Dear next year", submit=True).answer
    assert sent.share is False
    late = save(None, letter, 1, text="late letter", open_=False).answer
    assert late.share is False


def test_a_letter_keeps_the_consent_until_it_is_changed(letter: Step) -> None:
    yes = save(None, letter, 1, text="Dear", share=True).answer
    assert yes.share is True
    kept = save(yes, letter, 2, text="Dear you", submit=True).answer  # share not sent: kept
    assert (kept.share, kept.status) == (True, ResponseStatus.SUBMITTED)
    no = save(kept, letter, 3, text="Dear you", share=False).answer
    assert (no.share, no.status, no.draft) == (False, ResponseStatus.SUBMITTED, None)
    assert no.kind is StepKind.LETTER


def test_a_letter_follows_the_text_rules(letter: Step) -> None:
    refused("empty", lambda: save(None, letter, 1, text=" ", submit=True, share=True))
    refused("too_long", lambda: save(None, letter, 1, text="x" * 6, max_text_length=5))
    sent = save(None, letter, 1, text="Hi", submit=True, share=True).answer
    edited = save(sent, letter, 2, text="Hi there", open_=False).answer
    assert (edited.status, edited.text, edited.draft, edited.share) == (
        ResponseStatus.SUBMITTED,
        "Hi",
        "Hi there",
        True,
    )


# -- answers: poll -------------------------------------------------------------------


@pytest.mark.parametrize("submit", [False, True])
def test_a_poll_answer_is_submitted_at_once(poll: Step, submit: bool) -> None:
    outcome = save(None, poll, 1, choice=2, submit=submit, now=at(3))
    assert outcome.changed and not outcome.late
    answer = outcome.answer
    assert answer.status is ResponseStatus.SUBMITTED
    assert (answer.choice, answer.text, answer.draft, answer.share) == (2, None, None, None)
    assert answer.kind is StepKind.POLL
    assert answer.created_at == answer.submitted_at == at(3)


def test_a_poll_answer_can_be_changed_while_open(poll: Step) -> None:
    first = save(None, poll, 1, choice=0, now=at(1)).answer
    second = save(first, poll, 2, choice=1, now=at(2)).answer
    assert (second.choice, second.revision, second.status) == (1, 2, ResponseStatus.SUBMITTED)
    assert (second.created_at, second.submitted_at) == (at(1), at(2))


@pytest.mark.parametrize("choice", [None, -1, 3, 99])
def test_a_poll_answer_must_be_one_of_the_options(poll: Step, choice: int | None) -> None:
    assert poll.poll is not None and len(poll.poll.options) == 3
    refused("bad_choice", lambda: save(None, poll, 1, choice=choice))


@pytest.mark.parametrize(
    ("text", "share"), [("I agree", None), ("", None), (None, True), (None, False)]
)
def test_a_poll_takes_no_text_and_no_consent(poll: Step, text: str | None, share: bool) -> None:
    refused("wrong_kind", lambda: save(None, poll, 1, choice=0, text=text, share=share))


@pytest.mark.parametrize("existing_choice", [None, 1])
def test_a_late_poll_answer_is_refused(poll: Step, existing_choice: int | None) -> None:
    existing = None if existing_choice is None else save(None, poll, 1, choice=1).answer
    refused("closed", lambda: save(existing, poll, 2, choice=0, open_=False))


def test_a_late_poll_answer_that_is_malformed_says_what_is_wrong(poll: Step) -> None:
    refused("bad_choice", lambda: save(None, poll, 1, choice=7, open_=False))
    refused("wrong_kind", lambda: save(None, poll, 1, text="x", open_=False))


# -- poll results --------------------------------------------------------------------


def tally(choices: Sequence[int], options: int, min_answers: int) -> PollTally:
    """The poll result after each choice was sent by its own participant."""
    room = RoomTally.of(
        [_tally_answer("poll", "submitted", choice=c, who=f"p{i}") for i, c in enumerate(choices)],
        joined=len(choices),
    )
    return room.poll("poll", options, min_answers)


def test_tally_counts_each_option_and_ignores_what_is_not_one() -> None:
    result = tally([0, 1, 1, 4, 4, 4, -1, 5, 99], options=5, min_answers=5)
    assert result == PollTally((1, 2, 0, 0, 3), 5)
    assert result.total == 6


def test_tally_of_nothing() -> None:
    result = tally([], options=3, min_answers=5)
    assert result.counts == (0, 0, 0)
    assert result.total == 0
    assert result.visible is False
    assert result.percentages() == (0, 0, 0)


@pytest.mark.parametrize(("answers", "visible"), [(0, False), (4, False), (5, True), (6, True)])
def test_a_result_is_visible_only_from_the_minimum(answers: int, visible: bool) -> None:
    assert tally([0] * answers, options=2, min_answers=5).visible is visible


def test_a_minimum_of_one_shows_the_first_answer() -> None:
    assert tally([1], options=2, min_answers=1).visible is True


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((1, 1, 2), (25, 25, 50)),
        ((1, 1, 1), (33, 33, 33)),
        ((2, 1), (67, 33)),
        ((0, 5, 0), (0, 100, 0)),
        ((1, 7), (12, 88)),  # 12.5 rounds to the even 12
    ],
)
def test_percentages_are_rounded_shares(counts: tuple[int, ...], expected: tuple[int, ...]) -> None:
    assert PollTally(counts, 5).percentages() == expected


def test_the_pack_minimum_reaches_the_tally(pack: PackBuilder) -> None:
    pack.step[2]["min_answers"] = 2
    step = pack.load().steps[2]
    assert step.poll is not None
    result = tally([0, 2], len(step.poll.options), step.poll.min_answers)
    assert result.visible and result.counts == (1, 0, 1)


# -- wrong join codes ----------------------------------------------------------------


def test_the_limiter_allows_five_wrong_codes_per_device() -> None:
    limiter = AttemptLimiter(per_key=5, total=30, window_s=60)
    for i in range(5):
        assert limiter.allowed("a", now=float(i))
        limiter.failed("a", now=float(i))
    assert not limiter.allowed("a", now=5.0)
    assert limiter.allowed("b", now=5.0)  # another device is not held back


def test_the_limiter_window_slides() -> None:
    limiter = AttemptLimiter(per_key=3, total=100, window_s=60)
    for t in (0.0, 10.0, 20.0):
        limiter.failed("a", t)
    assert not limiter.allowed("a", 59.9)
    assert limiter.allowed("a", 60.0)  # the failure at 0 is a full window old
    limiter.failed("a", 60.0)
    assert not limiter.allowed("a", 69.9)
    assert limiter.allowed("a", 70.0)  # the failure at 10 expired
    assert limiter.allowed("a", 1000.0)  # and in the end all of them


def test_retry_after_says_when_the_next_attempt_is_allowed() -> None:
    limiter = AttemptLimiter(per_key=5, total=30, window_s=60)
    assert limiter.retry_after("a", 0.0) == 0.0
    for t in (0.0, 1.0, 2.0, 3.0, 4.0):
        limiter.failed("a", t)
    wait = limiter.retry_after("a", 10.0)
    assert wait == pytest.approx(50.0)
    assert not limiter.allowed("a", 10.0 + wait - 0.001)
    assert limiter.allowed("a", 10.0 + wait)
    assert limiter.retry_after("b", 10.0) == 0.0
    assert limiter.retry_after("a", 60.0) == 0.0


def test_the_total_cap_stops_guessing_from_many_devices() -> None:
    limiter = AttemptLimiter(per_key=5, total=30, window_s=60)
    for i in range(30):
        key = f"device-{i}"
        assert limiter.allowed(key, float(i))
        limiter.failed(key, float(i))
    assert not limiter.allowed("fresh", 30.0)  # never failed, still held back
    assert not limiter.allowed("device-0", 30.0)
    wait = limiter.retry_after("fresh", 30.0)
    assert wait == pytest.approx(30.0)  # the oldest of the 30 expires at 60
    assert not limiter.allowed("fresh", 59.99)
    assert limiter.allowed("fresh", 60.0)


def test_the_total_cap_never_holds_back_a_device_that_has_not_guessed() -> None:
    limiter = AttemptLimiter(per_key=5, total=30, window_s=60)
    for i in range(30):
        limiter.failed(f"device-{i % 10}", float(i))
    assert not limiter.allowed("fresh", 30.0)  # another wrong guess from it would wait
    assert limiter.device_allowed("fresh", 30.0)  # but it may type the right code
    assert limiter.device_retry_after("fresh", 30.0) == 0.0
    for t in range(5):
        limiter.failed("guesser", 31.0 + t)
    assert not limiter.device_allowed("guesser", 40.0)  # its own limit stays
    assert limiter.device_retry_after("guesser", 40.0) == pytest.approx(51.0)


def test_retry_after_is_the_longer_of_both_limits() -> None:
    limiter = AttemptLimiter(per_key=2, total=3, window_s=60)
    limiter.failed("other", 0.0)
    limiter.failed("a", 10.0)
    limiter.failed("a", 20.0)
    # per key: the failure at 10 expires at 70; total: the one at 0 expires at 60
    assert limiter.retry_after("a", 30.0) == pytest.approx(40.0)
    assert limiter.retry_after("b", 30.0) == pytest.approx(30.0)
    assert limiter.allowed("b", 60.0) and not limiter.allowed("a", 60.0)
    assert limiter.allowed("a", 70.0)


def test_the_limiter_forgets_devices_whose_failures_expired() -> None:
    limiter = AttemptLimiter(per_key=5, total=30, window_s=60)
    for i in range(300):
        limiter.failed(f"k{i}", float(i) * 0.1)
    limiter.allowed("x", 1000.0)
    assert limiter._failures == {} and limiter._all == []  # memory does not grow for ever


# -- RoomTally: the live counts ----------------------------------------------------------


def _tally_answer(step_id: str, status: str, choice: int | None = None, who: str = "p1") -> Answer:
    return Answer(
        participant_id=who,
        step_id=step_id,
        step_index=0,
        kind=StepKind.POLL if choice is not None else StepKind.REFLECTION,
        status=ResponseStatus(status),
        revision=1,
        created_at=T0,
        updated_at=T0,
        choice=choice,
    )


def test_room_tally_follows_each_save_and_counts_only_sent_poll_answers() -> None:
    draft = _tally_answer("reflection", "draft")
    sent = replace(draft, status=ResponseStatus.SUBMITTED, text="x", revision=2)
    tally = RoomTally.of([_tally_answer("reflection", "draft_at_close", who="p2")], joined=2)
    assert (tally.submitted(), tally.drafts()) == ({"reflection": 0}, {"reflection": 1})
    tally.replace(None, draft)
    assert tally.drafts() == {"reflection": 2}
    tally.replace(draft, sent)
    assert (tally.submitted(), tally.drafts()) == ({"reflection": 1}, {"reflection": 1})

    first = _tally_answer("poll", "submitted", choice=0)
    tally.replace(None, first)
    tally.replace(None, _tally_answer("poll", "submitted", choice=0, who="p2"))
    tally.replace(first, replace(first, choice=3, revision=2))  # a changed mind moves the vote
    poll = tally.poll("poll", options=5, min_answers=2)
    assert (poll.counts, poll.total, poll.visible) == ((1, 0, 0, 1, 0), 2, True)
    assert tally.poll("other", options=2, min_answers=5).counts == (0, 0)
    assert tally.joined == 2


def test_room_tally_tells_who_is_still_writing_from_who_never_sent() -> None:
    tally = RoomTally.of(
        [
            _tally_answer("reflection", "draft", who="p1"),
            _tally_answer("reflection", "draft", who="p2"),
            _tally_answer("reflection", "submitted", who="p3"),
            _tally_answer("letter", "draft_at_close", who="p1"),
        ],
        joined=3,
    )
    assert tally.writing() == {"reflection": 2, "letter": 0}
    assert tally.unsent() == {"reflection": 0, "letter": 1}
    assert tally.drafts() == {"reflection": 2, "letter": 1}  # both kinds of unsent
