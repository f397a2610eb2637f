"""`session list`, `session end` and `session run`: its options checked, its session chosen.

``session run`` refuses bad options before anything is stored, then picks the session
(resume the one asked for, carry on the same class after a crash, or create a new one)
and hands it to the headless runner (``cli/headless.py``). Runs on the main thread.
"""

from __future__ import annotations

import argparse
import ipaddress
from datetime import datetime
from pathlib import Path

from belong_desktop import paths
from belong_desktop.cli import headless
from belong_desktop.cli.common import EXIT_OK, CliError, Commands, Invocation, emit, runtime
from belong_desktop.cli.review import review_session
from belong_desktop.core.session import SessionState
from belong_desktop.core.timefmt import local_stamp
from belong_desktop.services.runtime import Runtime
from belong_desktop.services.sessions import PackChanged, describe


def register(commands: Commands) -> None:
    session = commands.group("session", help="run and list sessions")
    p = session.add("run", _run, help="run a session")
    p.add_argument(
        "--headless",
        action="store_true",
        required=True,
        help="no window: JSON events on stdout, commands on stdin",
    )
    p.add_argument(
        "--pack",
        help="pack id (see `packs list`) or pack folder; with a trial kit, the group's pack "
        "is the default",
    )
    p.add_argument("--group", help="the study group's code, e.g. DAT1-A")
    p.add_argument(
        "--reason",
        help="why another pack or a group not in the trial kit is run (logged as a deviation)",
    )
    p.add_argument("--language", default="da", help="session language (default: da)")
    p.add_argument(
        "--resume",
        nargs="?",
        const="latest",
        metavar="SESSION_ID",
        help="resume an unfinished session (the latest when no id is given)",
    )
    p.add_argument(
        "--bind",
        metavar="ADDRESS",
        help="serve the student page on this IPv4 address only (default: every network)",
    )
    p.add_argument(
        "--port",
        type=int,
        help="port for the student page (default: the session's last port, else 8470 or free)",
    )
    p.add_argument("--no-classroom", action="store_true", help="do not serve the student page")
    p = session.add("end", _end, help="end an unfinished session")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--note", help="why it ended here (recommended when ending early)")
    p = session.add("export", _export, help="write an ended session's encrypted bundle")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="folder for the bundle (default: Documents)"
    )
    p.add_argument(
        "--recipient",
        metavar="RECIPIENT",
        help="an age1… recipient or a file holding one (default: the trial kit's)",
    )
    p.add_argument(
        "--skip-review",
        action="store_true",
        help="export although flags of possible personal data are not reviewed",
    )
    p = session.add("review", _review, help="review texts that may hold personal data")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--redact", metavar="N,…|all", help="redact these flags (numbers as listed)")
    p.add_argument("--dismiss", metavar="N,…|all", help="keep these flags' words as they are")
    p.add_argument("--json", action="store_true", help="one JSON object per flag")
    p = session.add(
        "delete-texts", _delete_texts, help="delete an exported session's texts from this laptop"
    )
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--yes", action="store_true", required=True, help="yes, delete them")
    p = session.add("retention", _retention, help="delete texts automatically N days after export")
    p.add_argument("days", nargs="?", metavar="DAYS|off", help="days, or off (default: show)")
    p = session.add("list", _list, help="list sessions")
    p.add_argument("--json", action="store_true", help="one JSON object per session")
    p.add_argument("--unfinished", action="store_true", help="only sessions not yet ended")


def _list(args: argparse.Namespace, run: Invocation) -> int:
    out = run.out
    with runtime(run.data_dir) as rt:
        records = rt.sessions.list_sessions(unfinished_only=args.unfinished)
    if args.json:
        for record in records:
            emit(out, describe(record))
        return EXIT_OK
    if not records:
        print("No sessions yet.", file=out)
        return EXIT_OK
    print(
        f"{'ID':<36}  {'STATE':<8}  {'GROUP':<12}  {'PACK':<12}  "
        f"{'CREATED':<16}  {'STARTED':<16}  ENDED",
        file=out,
    )
    for r in records:
        print(
            f"{r.id:<36}  {r.state.value:<8}  {r.group_code:<12}  {r.pack_id:<12}  "
            f"{_t(r.created_at)}  {_t(r.started_at)}  {_t(r.ended_at)}",
            file=out,
        )
    return EXIT_OK


def _t(when: datetime | None) -> str:
    return local_stamp(when, "-".ljust(16))


def _end(args: argparse.Namespace, run: Invocation) -> int:
    """End a session that is not running anywhere, e.g. one left unfinished by a crash,
    also when its pack has since changed or gone (then a system note says so)."""
    with runtime(run.data_dir) as rt:
        record = rt.sessions.record(args.session_id)
        if record.state not in (SessionState.CREATED, SessionState.RUNNING):
            raise CliError(
                f"session {record.id} is already {record.state.value}", code="already_ended"
            )
        try:
            flow = rt.sessions.flow(record.id)
        except PackChanged as exc:
            reason = f"ended without its pack ({str(exc).splitlines()[0]})"
            if args.note:
                reason += f"; note: {args.note}"
            rt.sessions.end_without_pack(record.id, reason)
        else:
            if flow.state is SessionState.CREATED:
                rt.sessions.start(record.id)
            rt.sessions.end(record.id, args.note)
        emit(run.out, describe(rt.sessions.record(record.id)))
    return EXIT_OK


def _run(args: argparse.Namespace, run: Invocation) -> int:
    serve = _serving(args)  # checked before anything is stored, even with --no-classroom
    with runtime(run.data_dir) as rt:
        for deleted in rt.exports.apply_retention():
            emit(run.out, {"event": "texts_deleted", "session_id": deleted, "why": "retention"})
        session_id = _choose_session(rt, args, run)
        return headless.run_session(rt, session_id, run, None if args.no_classroom else serve)


def _serving(args: argparse.Namespace) -> headless.Serve:
    if args.port is not None and not 1 <= args.port <= 65535:
        raise CliError(f"--port must be 1–65535, not {args.port}", code="bad_port")
    if args.bind is not None:
        try:
            ipaddress.IPv4Address(args.bind)
        except ValueError:  # the standard library's refusal, in our words
            raise CliError(
                f"--bind must be an IPv4 address such as 192.168.1.20, not {args.bind!r}",
                code="bad_bind",
            ) from None
    return headless.Serve(bind_host=args.bind, port=args.port)


def _choose_session(rt: Runtime, args: argparse.Namespace, run: Invocation) -> str:
    """The session to run: the one to resume, the same class after a crash, or a new one."""
    unfinished = rt.sessions.list_sessions(unfinished_only=True)
    if args.resume:
        if args.resume == "latest":
            if not unfinished:
                raise CliError("there is no unfinished session to resume", code="nothing_to_resume")
            return unfinished[0].id
        return rt.sessions.record(args.resume).id
    kit = rt.kits.current()
    if not args.group or not (args.pack or kit):
        raise CliError(
            "give --group (and --pack when no trial kit is imported) for a new session, or "
            "--resume",
            code="missing_options",
        )
    placed = rt.kits.place(args.group, rt.catalog.resolve(args.pack) if args.pack else None)
    pack = placed.pack
    for record in unfinished:
        same = (record.group_code, record.pack_id, record.pack_version, record.language)
        if same == (args.group.strip(), pack.id, pack.version, args.language):
            return record.id  # the same class after a crash: carry on where it stopped
    if placed.needs_reason and not args.reason:
        wanted = kit.group(args.group) if kit else None
        because = (
            f"the trial kit runs {kit.packs[wanted.arm].pack_id} for group {wanted.code}"
            if kit and wanted
            else f"group {args.group.strip()!r} is not in the trial kit"
        )
        raise CliError(
            f"{because}: give --reason TEXT to run {pack.id} anyway (it is logged as a deviation)",
            code="override_reason_missing",
        )
    session_id = rt.sessions.create(
        pack,
        args.group,
        args.language,
        placement=placed.trial,
        override_reason=args.reason if placed.needs_reason else None,
    )
    emit(
        run.out,
        {
            "event": "session_created",
            **describe(rt.sessions.record(session_id)),
            "steps": [
                {"index": i, "id": s.id, "kind": s.kind.value, "minutes": s.minutes}
                for i, s in enumerate(pack.steps)
            ],
            "total_minutes": pack.total_minutes,
        },
    )
    return session_id


def _export(args: argparse.Namespace, run: Invocation) -> int:
    out_dir = args.out or paths.export_dir()
    with runtime(run.data_dir) as rt:
        result = rt.exports.export(
            args.session_id, out_dir, args.recipient, skip_review=args.skip_review
        )
    receipt = result.receipt
    emit(
        run.out,
        {
            "event": "exported",
            "session_id": receipt.session_id,
            "file": str(result.path),
            "export_id": receipt.export_id,
            "sequence": receipt.sequence,
            "sha256": receipt.bundle_sha256,
            "recipient_fingerprint": receipt.recipient_fingerprint,
            "counts": dict(receipt.counts),
            "unreviewed_flags": result.unreviewed,
        },
    )
    return EXIT_OK


def _review(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        return review_session(rt, args.session_id, run, args.redact, args.dismiss, args.json)


def _delete_texts(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        count = rt.exports.delete_texts(args.session_id)
        receipts = rt.exports.receipts(args.session_id)
    last = receipts[-1]
    print(
        f"Deleted the texts of {count} answers in session {args.session_id}. The export "
        f"receipt ({last.file_name}, {local_stamp(last.exported_at)}) and the session log "
        "are kept.",
        file=run.out,
    )
    return EXIT_OK


def _retention(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        if args.days is not None:
            if args.days.strip().lower() in ("off", "0", "none"):
                days = None
            else:
                try:
                    days = int(args.days)
                except ValueError:
                    raise CliError(
                        f"DAYS must be a whole number or off, not {args.days!r}",
                        code="bad_retention",
                    ) from None
            rt.exports.set_retention_days(days)
            deleted = rt.exports.apply_retention()
            if deleted:
                print(
                    f"Deleted the texts of {len(deleted)} exported sessions now due.", file=run.out
                )
        current = rt.exports.retention_days()
    print(
        f"Texts are deleted {current} days after a session's export."
        if current
        else "Texts are kept until you delete them (belong-desktop session delete-texts).",
        file=run.out,
    )
    return EXIT_OK
