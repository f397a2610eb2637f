"""`session review`: list the flags of possible personal data, redact or dismiss them.

Flags are numbered as listed; one run applies every decision given against that same
listing (dismissals first, then redactions from the end of each text backwards so the
earlier flags' places still hold). The text is shown around each flag on this terminal
only. Runs on the main thread.
"""

from __future__ import annotations

from collections.abc import Callable

from belong_desktop.cli.common import EXIT_OK, CliError, Invocation, emit
from belong_desktop.core.personal_data import Flag
from belong_desktop.services.review import ReviewItem, ReviewRefused
from belong_desktop.services.runtime import Runtime

CONTEXT = 40


def review_session(
    rt: Runtime,
    session_id: str,
    run: Invocation,
    redact: str | None,
    dismiss: str | None,
    as_json: bool,
) -> int:
    items = rt.review.items(session_id)
    listing = [(item, flag) for item in items for flag in item.flags]
    to_redact = _numbers(redact, len(listing), "--redact")
    to_dismiss = _numbers(dismiss, len(listing), "--dismiss")
    both = to_redact & to_dismiss
    if both:
        raise CliError(
            f"flag {min(both)} cannot be both redacted and dismissed", code="review_both"
        )
    if not to_redact and not to_dismiss:
        _show(listing, run, as_json)
        return EXIT_OK
    done, stale = 0, 0
    for number in sorted(to_dismiss):
        item, flag = listing[number - 1]
        done, stale = _apply(rt.review.dismiss, session_id, item, flag, done, stale)
    ordered = sorted(
        to_redact, key=lambda n: (listing[n - 1][0].answer_id, -listing[n - 1][1].start)
    )
    for number in ordered:
        item, flag = listing[number - 1]
        done, stale = _apply(rt.review.redact, session_id, item, flag, done, stale)
    left = rt.review.open_flag_count(session_id)
    print(
        f"Redacted {len(to_redact)}, dismissed {len(to_dismiss)}"
        + (f", {stale} had changed and were skipped" if stale else "")
        + f". {left} flag(s) left to review.",
        file=run.out,
    )
    return EXIT_OK


def _apply(
    action: Callable[[str, int, Flag], object],
    session_id: str,
    item: ReviewItem,
    flag: Flag,
    done: int,
    stale: int,
) -> tuple[int, int]:
    try:
        action(session_id, item.answer_id, flag)
    except ReviewRefused as exc:
        if exc.code != "review_stale":
            raise
        return done, stale + 1
    return done + 1, stale


def _show(listing: list[tuple[ReviewItem, Flag]], run: Invocation, as_json: bool) -> None:
    out = run.out
    if not listing:
        if not as_json:
            print("No text is flagged: nothing to review.", file=out)
        return
    for number, (item, flag) in enumerate(listing, start=1):
        if as_json:
            emit(
                out,
                {
                    "flag": number,
                    "answer_id": item.answer_id,
                    "participant": item.participant,
                    "step_id": item.step_id,
                    "kind": flag.kind.value,
                    "start": flag.start,
                    "end": flag.end,
                    "context": _context(item.text, flag),
                },
            )
        else:
            print(
                f"{number:>3}  {flag.kind.value:<7} {item.participant:<5} {item.step_id:<12} "
                f"{_context(item.text, flag)}",
                file=out,
            )
    if not as_json:
        print(
            "\nRedact with --redact N,… (or all), keep the words with --dismiss N,… (or all).",
            file=out,
        )


def _context(text: str, flag: Flag) -> str:
    """The flag's words in »…« with a little text around, on one line."""
    before = text[max(0, flag.start - CONTEXT) : flag.start]
    after = text[flag.end : flag.end + CONTEXT]
    line = f"{'…' if flag.start > CONTEXT else ''}{before}»{text[flag.start : flag.end]}«{after}"
    line += "…" if flag.end + CONTEXT < len(text) else ""
    return " ".join(line.split())


def _numbers(value: str | None, count: int, option: str) -> set[int]:
    if value is None:
        return set()
    if value.strip().lower() == "all":
        return set(range(1, count + 1))
    numbers: set[int] = set()
    for part in value.split(","):
        part = part.strip()
        try:
            number = int(part)
        except ValueError:
            raise CliError(
                f"{option} takes flag numbers such as 1,3 or all, not {part!r}",
                code="review_bad_numbers",
            ) from None
        if not 1 <= number <= count:
            raise CliError(
                f"{option}: there is no flag {number} (there are {count})",
                code="review_bad_numbers",
            )
        numbers.add(number)
    return numbers
