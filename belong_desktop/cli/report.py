"""`report`: the printed documents, written as PDF files from the command line.

- ``report script PACK --language LANG --out FILE`` prints a pack's facilitator script
  (the pack by id through the catalog of shipped and own packs, or by folder or
  ``pack.toml`` path). Opens no database.
- ``report session ID --out FILE [--language da|en]`` writes the session report (plan
  against actual, participation, polls from the pack's minimum, videos, deviation notes;
  no student text).

Refusals (unknown pack or session, a broken manifest with every problem listed, a
language the pack does not have, an unwritable ``--out``) are ``BelongError``s: one line
and exit code 1. The document modules are imported by the command that uses them, not
here: the app's start-up parses this group's options but never runs it. Runs on the main
thread.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from belong_desktop import paths
from belong_desktop.cli.common import EXIT_OK, Commands, Invocation, emit, runtime


def register(commands: Commands) -> None:
    report = commands.group("report", help="write printed documents (PDF)")
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
        choices=("da", "en"),
        default="da",
        help="the report's language (default: da)",
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")


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
