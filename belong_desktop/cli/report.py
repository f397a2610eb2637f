"""`report session`: the printed documents, written as PDF files.

``report session ID --out FILE [--language da|en]`` writes the session report (plan against
actual, participation, polls from the pack's minimum, videos, deviation notes; no student
text). The document modules are imported by the command that uses them, not here: the
app's start-up parses this group's options but never runs it. Runs on the main thread.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from belong_desktop.cli.common import EXIT_OK, Commands, Invocation, emit, runtime


def register(commands: Commands) -> None:
    report = commands.group("report", help="write printed documents (PDF)")
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


def _session(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.services.reports.session_report import SessionReports

    with runtime(run.data_dir) as rt:
        out = SessionReports(rt.sessions, rt.exports).write(
            args.session_id, args.out, args.language
        )
    emit(run.out, {"event": "report_written", "session_id": args.session_id, "file": str(out)})
    return EXIT_OK
