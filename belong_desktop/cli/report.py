"""`report …`: the printed documents, written as PDF files from the command line.

- ``report letters --sessions ID… [--title T] --out FILE`` builds the letters booklet from
  the approved letters and refuses, saying how many await review, when there are none.
- ``report letters-review --sessions ID…`` lists every letter sent with consent in the
  chosen sessions, numbered, with its decision and the personal-data flags still showing;
  ``--approve``, ``--hide`` and ``--redact N:WORDS`` decide against that same listing (for
  those who do not use the app's review screen). Letters are shown on this terminal only;
  nothing is logged.
- ``report script PACK --language LANG --out FILE`` prints a pack's facilitator script
  (the pack by id through the catalog of shipped and own packs, or by folder or
  ``pack.toml`` path). Opens no database.
- ``report session ID --out FILE [--language da|en|nb|nl]`` writes the session report (plan
  against actual, participation, polls from the pack's minimum, videos, deviation notes;
  no student text).

Refusals are ``BelongError``s: one line and exit code 1. The document modules (and
reportlab) are imported by the command that uses them. Runs on the main thread.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from belong_desktop import paths
from belong_desktop.catalogue import LANGUAGES
from belong_desktop.cli.common import EXIT_OK, CliError, Commands, Invocation, emit, runtime
from belong_desktop.core.booklet import Decision
from belong_desktop.services.booklet import LetterForReview


def register(commands: Commands) -> None:
    report = commands.group("report", help="write printed documents (PDF)")
    p = report.add("letters", _letters, help="build the letters booklet from the approved letters")
    p.add_argument("--sessions", nargs="+", required=True, metavar="ID", help="ended sessions")
    p.add_argument("--title", help="the booklet's title (default: Breve til nye studerende)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")
    p = report.add(
        "letters-review",
        _review,
        help="list the consented letters for the booklet; approve, hide or redact them",
    )
    p.add_argument("--sessions", nargs="+", required=True, metavar="ID", help="ended sessions")
    p.add_argument("--approve", metavar="N,M,…|all", help="approve these letters")
    p.add_argument("--hide", metavar="N,M,…", help="keep these letters out of the booklet")
    p.add_argument(
        "--redact",
        action="append",
        default=[],
        metavar="N:WORDS",
        help="leave WORDS out of letter N in print (as […]); may be given again",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per letter")

    p = report.add("script", _script, help="the facilitator script of a pack, before the session")
    p.add_argument("pack", metavar="PACK", help="pack id (see `packs list`), folder or pack.toml")
    p.add_argument(
        "--language", required=True, metavar="LANG", help="one of the pack's languages (da, en …)"
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")

    p = report.add(
        "session", _session, help="the report of one session: plan vs actual, no student text"
    )
    p.add_argument("session_id", metavar="ID", help="the session's id (session list shows it)")
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default="da",
        help="the report's language: da, en, nb or nl (default: da)",
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")


def _letters(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        result = rt.booklet.build(args.sessions, args.out, title=args.title)
    tally = result.tally
    print(
        f"Wrote {result.path}: {result.letters} letter(s) in a random order"
        + (f"; {tally.hidden} hidden" if tally.hidden else "")
        + (f"; {tally.awaiting} still awaiting review" if tally.awaiting else "")
        + ".",
        file=run.out,
    )
    return EXIT_OK


def _review(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        letters = rt.booklet.letters(args.sessions)
        count = len(letters)
        approve = (
            set(range(1, count + 1))
            if args.approve == "all"
            else _numbers(args.approve, count, "--approve")
        )
        hide = _numbers(args.hide, count, "--hide")
        both = approve & hide
        if both:
            raise CliError(
                f"letter {min(both)} cannot be both approved and hidden", code="booklet_both"
            )
        redactions = [_redaction(given, letters) for given in args.redact]
        for answer_id, start, end in redactions:
            rt.booklet.redact(answer_id, start, end)
        for number in sorted(approve):
            rt.booklet.approve(letters[number - 1].answer_id)
        for number in sorted(hide):
            rt.booklet.hide(letters[number - 1].answer_id)
        if approve or hide or redactions:
            tally = rt.booklet.tally(args.sessions)
            print(
                f"{tally.approved} approved, {tally.hidden} hidden, "
                f"{tally.awaiting} awaiting review.",
                file=run.out,
            )
            return EXIT_OK
    _show(letters, run, args.json)
    return EXIT_OK


def _show(letters: list[LetterForReview], run: Invocation, as_json: bool) -> None:
    if not letters and not as_json:
        print("No letter was sent with consent to share in these sessions.", file=run.out)
        return
    for number, letter in enumerate(letters, start=1):
        state = (
            "awaiting review"
            if letter.decision in (None, Decision.PENDING)
            else str(letter.decision)
        )
        if letter.spans:
            state += f", {len(letter.spans)} passage(s) left out"
        if as_json:
            emit(
                run.out,
                {
                    "number": number,
                    "decision": letter.decision.value if letter.decision else None,
                    "printed": letter.printed,
                    "flags": [
                        {"kind": f.kind.value, "words": letter.text[f.start : f.end]}
                        for f in letter.flags
                    ],
                    "missing_glyphs": list(letter.missing_glyphs),
                },
            )
            continue
        print(f"[{number}] {state}", file=run.out)
        for line in letter.printed.splitlines() or [""]:
            print(f"    {line}", file=run.out)
        for flag in letter.flags:
            words = letter.text[flag.start : flag.end]
            print(f"    ! possible {flag.kind.value}: {words}", file=run.out)
        if letter.missing_glyphs:
            shown = " ".join(letter.missing_glyphs)
            print(f"    ! the booklet's font cannot print: {shown}", file=run.out)
    if as_json:
        return
    awaiting = sum(1 for letter in letters if letter.decision in (None, Decision.PENDING))
    print(f"{len(letters)} letter(s), {awaiting} awaiting review.", file=run.out)


def _numbers(given: str | None, count: int, option: str) -> set[int]:
    if not given:
        return set()
    out: set[int] = set()
    for part in given.split(","):
        part = part.strip()
        if not part.isdigit() or not 1 <= int(part) <= count:
            raise CliError(
                f"{option}: {part!r} is not a letter number (1-{count})", code="booklet_number"
            )
        out.add(int(part))
    return out


def _redaction(given: str, letters: list[LetterForReview]) -> tuple[int, int, int]:
    """``N:WORDS`` as (answer id, start, end) of the first place letter N holds WORDS."""
    number, sep, words = given.partition(":")
    if not sep or not words.strip():
        raise CliError(f"--redact: {given!r} is not N:WORDS", code="booklet_redact")
    (index,) = _numbers(number, len(letters), "--redact")
    letter = letters[index - 1]
    start = letter.text.find(words)
    if start < 0:
        raise CliError(
            f"--redact: letter {index} does not contain {words!r}", code="booklet_redact"
        )
    return letter.answer_id, start, start + len(words)


def _script(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.services.packs import PackCatalog
    from belong_desktop.services.reports.facilitator_script import write_script

    pack = PackCatalog(paths.pack_search_dirs(run.data_dir)).resolve(args.pack)
    out = write_script(pack, args.language, args.out)
    print(f"wrote the facilitator script of {pack.id} {pack.version} ({args.language}) to {out}",
          file=run.out)  # fmt: skip
    return EXIT_OK


def _session(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.services.reports.session_report import SessionReports

    with runtime(run.data_dir) as rt:
        out = SessionReports(rt.sessions, rt.exports).write(
            args.session_id, args.out, args.language
        )
    emit(run.out, {"event": "report_written", "session_id": args.session_id, "file": str(out)})
    return EXIT_OK
