"""The command-line surface: packs, sessions, the headless runner and the demo.

Each command opens what it needs through ``services.runtime`` and closes it again; the
parsing here stays thin. Errors the user can fix end in one clear line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from belong_desktop import __version__, paths
from belong_desktop.core.errors import BelongError
from belong_desktop.core.events import Event
from belong_desktop.core.pack_loader import validate_pack
from belong_desktop.core.packs import MAX_SESSION_MINUTES, Pack
from belong_desktop.core.session import SessionState
from belong_desktop.core.timefmt import local_stamp
from belong_desktop.services import network
from belong_desktop.services.classroom import ClassroomUnavailable
from belong_desktop.services.pack_authoring import new_pack_from_videos
from belong_desktop.services.rehearsal import rehearse
from belong_desktop.services.runtime import Runtime, open_runtime
from belong_desktop.services.sessions import PackChanged, describe

if TYPE_CHECKING:
    from belong_desktop.server.host import ClassroomHost

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CliError(BelongError):
    """A problem the user can fix; printed as one line, exit code 1."""

    default_code = "cli"


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=f"where the database and own packs live (default: ${paths.DATA_DIR_ENV} or the "
        "user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="belong-desktop",
        description="Run a social-belonging session in a classroom.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"belong-desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    packs = sub.add_parser(
        "packs", help="list, validate and create content packs", parents=[common]
    )
    packs_sub = packs.add_subparsers(dest="packs_command", metavar="ACTION", required=True)
    p = packs_sub.add_parser("list", help="list the content packs found", parents=[common])
    p.add_argument("--json", action="store_true", help="one JSON object per pack")
    p = packs_sub.add_parser(
        "validate", help="check a pack folder, listing every problem", parents=[common]
    )
    p.add_argument("path", type=Path, help="the pack folder (with pack.toml or pack.yaml)")
    p = packs_sub.add_parser(
        "new", help="make a starting pack from your own videos", parents=[common]
    )
    p.add_argument(
        "--from-videos", type=Path, required=True, metavar="DIR", help="folder of video files"
    )
    p.add_argument("--out", type=Path, required=True, metavar="PACKDIR", help="new pack folder")
    p.add_argument("--id", dest="pack_id", help="pack id (default: from the folder name)")
    p.add_argument("--languages", default="da,en", help="comma-separated (default: da,en)")
    p.add_argument("--arm", choices=["treatment", "control"], default="treatment")

    session = sub.add_parser("session", help="run and list sessions", parents=[common])
    session_sub = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    p = session_sub.add_parser("run", help="run a session", parents=[common])
    p.add_argument(
        "--headless",
        action="store_true",
        required=True,
        help="no window: JSON events on stdout, commands on stdin",
    )
    p.add_argument("--pack", help="pack id (see `packs list`) or pack folder")
    p.add_argument("--group", help="the study group's code, e.g. DAT1-A")
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
    p = session_sub.add_parser("end", help="end an unfinished session", parents=[common])
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--note", help="why it ended here (recommended when ending early)")
    p = session_sub.add_parser("list", help="list sessions", parents=[common])
    p.add_argument("--json", action="store_true", help="one JSON object per session")
    p.add_argument("--unfinished", action="store_true", help="only sessions not yet ended")

    p = sub.add_parser("demo", help="rehearse a whole session headless", parents=[common])
    p.add_argument("--speed", type=float, default=60.0, help="times real speed (default: 60)")
    p.add_argument("--pack", default="belonging", help="pack id or folder (default: belonging)")
    p.add_argument("--group", default="DEMO", help="group code shown in the log")
    p.add_argument("--language", default="da")
    p.add_argument("--keep", action="store_true", help="store the rehearsal in the data folder")
    p.add_argument("--gui", action="store_true", help="open the windows and run them by themselves")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Run one command; without a command, start the app (see ``__main__``)."""
    return run(build_parser().parse_args(argv), stdin=stdin, stdout=stdout)


def run(
    args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    out = stdout or sys.stdout
    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    try:
        handler = _HANDLERS[(args.command, _action(args))]
        return handler(args, data_dir, stdin or sys.stdin, out)
    except BelongError as exc:
        print(f"belong-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _action(args: argparse.Namespace) -> str | None:
    return getattr(args, "packs_command", None) or getattr(args, "session_command", None)


def _runtime(data_dir: Path) -> Runtime:
    return open_runtime(paths.database_file(data_dir), paths.pack_search_dirs(data_dir))


def _emit(out: TextIO, obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


# -- packs ---------------------------------------------------------------------------------


def _packs_list(args: argparse.Namespace, data_dir: Path, _in: TextIO, out: TextIO) -> int:
    from belong_desktop.services.packs import PackCatalog

    entries = PackCatalog(paths.pack_search_dirs(data_dir)).entries()
    if not entries:
        print(
            "No content packs found in " + ", ".join(map(str, paths.pack_search_dirs(data_dir))),
            file=out,
        )
        return EXIT_OK
    for entry in entries:
        pack = entry.pack
        if args.json:
            row: dict[str, Any] = {"folder": str(entry.folder), "valid": pack is not None}
            if pack is not None:
                row |= _pack_summary(pack)
            else:
                row["problems"] = [str(p) for p in entry.problems]
            _emit(out, row)
        elif pack is None:
            print(
                f"{entry.folder.name:<14} INVALID ({len(entry.problems)} problems; run "
                f"`belong-desktop packs validate {entry.folder}`)",
                file=out,
            )
        else:
            print(
                f"{pack.id:<14} {pack.version:<8} {pack.arm.value:<10} "
                f"{','.join(pack.languages):<6} "
                f"{len(pack.steps):>2} steps {pack.total_minutes:>4g} min  {pack.title.get('da')}  "
                f"[{entry.folder}]",
                file=out,
            )
    return EXIT_OK


def _pack_summary(pack: Pack) -> dict[str, Any]:
    return {
        "id": pack.id,
        "version": pack.version,
        "arm": pack.arm.value,
        "languages": list(pack.languages),
        "steps": len(pack.steps),
        "minutes": pack.total_minutes,
        "title": dict(pack.title.texts),
    }


def _packs_validate(args: argparse.Namespace, _data: Path, _in: TextIO, out: TextIO) -> int:
    problems = validate_pack(args.path)
    if not problems:
        print(f"ok: {args.path} is a valid content pack", file=out)
        return EXIT_OK
    print(f"{args.path}: {len(problems)} problems", file=out)
    for problem in problems:
        print(f"  - {problem}", file=out)
    return EXIT_ERROR


def _packs_new(args: argparse.Namespace, _data: Path, _in: TextIO, out: TextIO) -> int:
    languages = tuple(lang.strip() for lang in args.languages.split(",") if lang.strip())
    result = new_pack_from_videos(
        args.from_videos, args.out, pack_id=args.pack_id, languages=languages, arm=args.arm
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=out)
    pack = result.pack
    print(
        f"made pack {pack.id!r} in {args.out}: {len(pack.steps)} steps, "
        f"{pack.total_minutes:g} minutes. Edit {args.out / 'pack.toml'}, then run "
        f"`belong-desktop packs validate {args.out}`.",
        file=out,
    )
    return EXIT_OK


# -- sessions ------------------------------------------------------------------------------


def _session_list(args: argparse.Namespace, data_dir: Path, _in: TextIO, out: TextIO) -> int:
    with _runtime(data_dir) as rt:
        records = rt.sessions.list_sessions(unfinished_only=args.unfinished)
    if args.json:
        for record in records:
            _emit(out, describe(record))
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


def _session_end(args: argparse.Namespace, data_dir: Path, _in: TextIO, out: TextIO) -> int:
    """End a session that is not running anywhere, e.g. one left unfinished by a crash,
    also when its pack has since changed or gone (then a system note says so)."""
    with _runtime(data_dir) as rt:
        record = rt.sessions.record(args.session_id)
        if record.state not in (SessionState.CREATED, SessionState.RUNNING):
            raise CliError(f"session {record.id} is already {record.state.value}")
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
        _emit(out, describe(rt.sessions.record(record.id)))
    return EXIT_OK


def _t(when: datetime | None) -> str:
    return local_stamp(when, "-".ljust(16))


def _session_run(args: argparse.Namespace, data_dir: Path, stdin: TextIO, out: TextIO) -> int:
    _check_network_args(args)  # before anything is created or started
    with _runtime(data_dir) as rt:
        session_id = _find_or_create(rt, args, out)
        printer = _EventPrinter(rt, session_id, out)
        unsubscribe = rt.bus.subscribe(printer)
        try:
            flow = rt.sessions.flow(session_id)
            if flow.state is SessionState.CREATED:
                rt.sessions.start(session_id)
            elif flow.state is SessionState.RUNNING:
                rt.sessions.resume(session_id)
            else:
                raise CliError(f"session {session_id} is {flow.state.value}; it cannot run again")
            host = None if args.no_classroom else _serve(rt, session_id, args, out)
            try:
                return _command_loop(rt, session_id, stdin, out)
            finally:
                if host is not None:
                    host.stop()
        finally:
            unsubscribe()


def _check_network_args(args: argparse.Namespace) -> None:
    if args.port is not None and not 1 <= args.port <= 65535:
        raise CliError(f"--port must be 1–65535, not {args.port}")
    if args.bind is not None:
        try:
            ipaddress.IPv4Address(args.bind)
        except ValueError:
            raise CliError(
                f"--bind must be an IPv4 address such as 192.168.1.20, not {args.bind!r}"
            ) from None


def _serve(rt: Runtime, session_id: str, args: argparse.Namespace, out: TextIO) -> ClassroomHost:
    """Start the student page; its address, link and code go out as one JSON line."""
    from belong_desktop.server.host import ClassroomHost  # FastAPI only when serving

    host = ClassroomHost(rt.classroom)
    try:
        info = host.start(session_id, bind_host=args.bind, port=args.port)
    except ClassroomUnavailable as exc:
        raise CliError(f"cannot serve the student page: {exc}") from exc
    _emit(out, info.to_dict())
    if sys.stderr.isatty():
        sys.stderr.write(network.qr_text(info.urls[0]))
    return host


def _find_or_create(rt: Runtime, args: argparse.Namespace, out: TextIO) -> str:
    unfinished = rt.sessions.list_sessions(unfinished_only=True)
    if args.resume:
        if args.resume == "latest":
            if not unfinished:
                raise CliError("there is no unfinished session to resume")
            return unfinished[0].id
        return rt.sessions.record(args.resume).id
    if not args.pack or not args.group:
        raise CliError("give --pack and --group for a new session, or --resume")
    pack = rt.catalog.resolve(args.pack)
    for record in unfinished:
        same = (record.group_code, record.pack_id, record.pack_version, record.language)
        if same == (args.group.strip(), pack.id, pack.version, args.language):
            return record.id  # the same class after a crash: carry on where it stopped
    session_id = rt.sessions.create(pack, args.group, args.language)
    record = rt.sessions.record(session_id)
    _emit(
        out,
        {
            "event": "session_created",
            **describe(record),
            "steps": [
                {"index": i, "id": s.id, "kind": s.kind.value, "minutes": s.minutes}
                for i, s in enumerate(pack.steps)
            ],
            "total_minutes": pack.total_minutes,
        },
    )
    return session_id


class _EventPrinter:
    """Prints each domain event of one session as a JSON line, with the step it concerns."""

    def __init__(self, rt: Runtime, session_id: str, out: TextIO) -> None:
        self.rt, self.session_id, self.out = rt, session_id, out
        self.pack = rt.sessions.flow(session_id).pack
        self.language = rt.sessions.record(session_id).language

    def __call__(self, event: Event) -> None:
        if event.session_id != self.session_id:
            return
        data = event.to_dict()
        index = data.get("step_index")
        if isinstance(index, int) and "step_id" in data:
            step = self.pack.steps[index]
            data |= {
                "kind": step.kind.value,
                "minutes": step.minutes,
                "projector": step.projector.get(self.language),
            }
        _emit(self.out, data)


_COMMANDS_HELP = "commands: next, prev, status, counts, reset-devices, note TEXT, end [NOTE], help"


def _command_loop(rt: Runtime, session_id: str, stdin: TextIO, out: TextIO) -> int:
    service = rt.sessions
    actions: dict[str, Callable[[str], object]] = {
        "next": lambda _: service.next(session_id),
        "prev": lambda _: service.prev(session_id),
        "note": lambda text: service.add_note(session_id, text),
        "status": lambda _: _emit(out, _status(rt, session_id)),
        "counts": lambda _: _emit(out, _counts(rt, session_id)),
        "reset-devices": lambda _: rt.classroom.reset_devices(session_id),
        "help": lambda _: _emit(out, {"event": "help", "message": _COMMANDS_HELP}),
    }
    try:
        for raw in stdin:
            if _run_command(rt, session_id, raw.strip(), actions, out):
                return EXIT_OK
    except KeyboardInterrupt:
        pass  # Ctrl-C: the command under way finishes on the writer thread; detach below
    _emit(
        out,
        {
            "event": "detached",
            "session_id": session_id,
            "message": "input closed; the session is still running: run the same command "
            "again (or `session run --headless --resume`) to carry on",
        },
    )
    return EXIT_OK


def _run_command(
    rt: Runtime,
    session_id: str,
    line: str,
    actions: dict[str, Callable[[str], object]],
    out: TextIO,
) -> bool:
    """Carry out one command line; True when the session has ended."""
    if not line:
        return False
    word, _, rest = line.partition(" ")
    word = word.lower()
    try:
        if word == "end":
            rt.sessions.end(session_id, rest.strip() or None)
            return True
        if word not in actions:
            raise CliError(f"unknown command {word!r}; {_COMMANDS_HELP}", code="unknown_command")
        actions[word](rest)
        if word in ("next", "prev"):
            _warn_overrun(rt, session_id, out)
    except BelongError as exc:
        _emit(out, {"event": "error", "command": line[:200], "message": str(exc)})
    return False


def _counts(rt: Runtime, session_id: str) -> dict[str, Any]:
    counts = rt.classroom.counts(session_id)
    data: dict[str, Any] = {
        "event": "counts",
        "session_id": session_id,
        "devices": counts.joined,
        "on_step": counts.on_step,
        "submitted": counts.submitted,
        "drafts": counts.drafts,
    }
    if counts.poll is not None:
        data["poll"] = {
            "answers": counts.poll.total,
            "visible": counts.poll.visible,
            "counts": list(counts.poll.counts) if counts.poll.visible else None,
        }
    return data


def _status(rt: Runtime, session_id: str) -> dict[str, Any]:
    flow = rt.sessions.flow(session_id)
    now = rt.sessions.now()
    data: dict[str, Any] = {
        "event": "status",
        "session_id": session_id,
        "state": flow.state.value,
        "elapsed_s": round(flow.elapsed_seconds(now), 1),
        "projected_minutes": round(flow.projected_minutes(now), 1),
        "runs_over": flow.runs_over(now),
        "notes": len(flow.notes),
    }
    if flow.step_index is not None:
        step = flow.pack.steps[flow.step_index]
        data |= {
            "step_index": flow.step_index,
            "step_id": step.id,
            "kind": step.kind.value,
            "steps": len(flow.pack.steps),
            "step_minutes": step.minutes,
            "step_elapsed_s": round(flow.step_elapsed_seconds(flow.step_index, now), 1),
        }
    return data


def _warn_overrun(rt: Runtime, session_id: str, out: TextIO) -> None:
    flow = rt.sessions.flow(session_id)
    now = rt.sessions.now()
    if flow.runs_over(now):
        _emit(
            out,
            {
                "event": "warning",
                "session_id": session_id,
                "message": f"at this pace the session ends after {flow.projected_minutes(now):.0f} "
                f"minutes, over the {MAX_SESSION_MINUTES:g}-minute limit",
            },
        )


# -- demo ----------------------------------------------------------------------------------


def _demo(args: argparse.Namespace, data_dir: Path, _in: TextIO, out: TextIO) -> int:
    database = paths.database_file(data_dir) if args.keep else None
    rehearse(
        database,
        paths.pack_search_dirs(data_dir),
        args.pack,
        group=args.group,
        language=args.language,
        speed=args.speed,
        out=out,
    )
    return EXIT_OK


_Handler = Callable[[argparse.Namespace, Path, TextIO, TextIO], int]
_HANDLERS: dict[tuple[str, str | None], _Handler] = {
    ("packs", "list"): _packs_list,
    ("packs", "validate"): _packs_validate,
    ("packs", "new"): _packs_new,
    ("session", "list"): _session_list,
    ("session", "end"): _session_end,
    ("session", "run"): _session_run,
    ("demo", None): _demo,
}
