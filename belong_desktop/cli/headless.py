"""The headless runner of `session run --headless`: JSON lines out, commands in.

It starts or resumes the chosen session, serves the student page, prints every domain
event of the session as one JSON line (with the step it concerns) and reads one command
per line from stdin until ``end``, the end of input or Ctrl-C. A refused command prints an
``error`` line with the error's stable ``code`` and the session carries on. On the way
out the student page stops once open pages have the last state (a bounded wait, see
``server.host``), and a ``classroom_closed`` line says how they fared. The command
loop runs on the main thread; the event printer runs on whichever thread publishes (the
writer's, or the server's for a device joining), and each line is written whole.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from belong_desktop.cli.common import EXIT_OK, CliError, Invocation, emit
from belong_desktop.core.errors import BelongError
from belong_desktop.core.events import Event, RoomWarning
from belong_desktop.core.packs import MAX_SESSION_MINUTES
from belong_desktop.core.session import SessionState
from belong_desktop.memory import freeze_start_up
from belong_desktop.services import network
from belong_desktop.services.classroom import ClassroomUnavailable, PagesLetGo
from belong_desktop.services.runtime import Runtime

if TYPE_CHECKING:
    from belong_desktop.server.host import ClassroomHost

log = logging.getLogger(__name__)

#: The ``room_warning`` line's sentence per alert (``core.room_alerts.RoomAlert``).
ROOM_WARNINGS = {
    "busy": "the student page is refusing connections: too many at once; it usually "
    "passes, ask students to wait a moment and try again",
    "full": "the session is full: devices were refused; raise the device limit "
    "(`belong-desktop settings max-devices N`) for the next session",
    "wrong_codes": "many wrong join codes in the last minute; the right code still works",
    "not_saved": "answers could not be saved: the disk may be full; free space on this "
    "computer, students keep their text on their screens",
}
COMMANDS_HELP = "commands: next, prev, status, counts, reset-devices, note TEXT, end [NOTE], help"


@dataclass(frozen=True)
class Serve:
    """Where to serve the student page (None for both: every network, the usual port)."""

    bind_host: str | None = None
    port: int | None = None


def run_session(rt: Runtime, session_id: str, run: Invocation, serve: Serve | None) -> int:
    """Run the session until ``end`` (exit 0) or until input ends (detach, exit 0)."""
    out = _LockedLines(run.out)
    unsubscribe = rt.bus.subscribe(EventPrinter(rt, session_id, out))
    try:
        flow = rt.sessions.flow(session_id)
        if flow.state is SessionState.CREATED:
            rt.sessions.start(session_id)
        elif flow.state is SessionState.RUNNING:
            rt.sessions.resume(session_id)
        else:
            raise CliError(
                f"session {session_id} is {flow.state.value}; it cannot run again",
                code="not_runnable",
            )
        host = None if serve is None else _serve(rt, session_id, serve, out)
        try:
            # Start-up is over (the student page, if any, is up): spare what lives as long
            # as the process every full collection from now on.
            freeze_start_up()
            return _command_loop(rt, session_id, run.stdin, out)
        finally:
            if host is not None:
                out.emit(closed_line(session_id, host.stop()))
    finally:
        unsubscribe()


def closed_line(session_id: str, report: PagesLetGo | None) -> dict[str, Any]:
    """The ``classroom_closed`` line: the student page has stopped, and how pages fared."""
    report = report or PagesLetGo(pages=0)
    data: dict[str, Any] = {
        "event": "classroom_closed",
        "session_id": session_id,
        "pages": report.pages,
        "untold": report.untold,
        "unsynced": report.unsynced,
    }
    troubles = []
    if report.untold:
        troubles.append(
            f"{report.untold} open pages could not be told (no connection): "
            "what they hold stays on those devices"
        )
    if report.unsynced:
        troubles.append(
            f"{report.unsynced} pages could not send all their text in time: "
            "it stays on those devices, and their pages say so"
        )
    if troubles:
        data["message"] = "; ".join(troubles)
    return data


class _LockedLines:
    """Whole JSON lines from several threads (commands, the writer, the server)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._lock = threading.Lock()

    def emit(self, obj: dict[str, Any]) -> None:
        with self._lock:
            emit(self._out, obj)


def _serve(rt: Runtime, session_id: str, serve: Serve, out: _LockedLines) -> ClassroomHost:
    """Start the student page; its address, link and code go out as one JSON line."""
    from belong_desktop.server.host import ClassroomHost  # FastAPI only when serving

    host = ClassroomHost(rt.classroom)
    try:
        info = host.start(session_id, bind_host=serve.bind_host, port=serve.port)
    except ClassroomUnavailable as exc:
        raise CliError(f"cannot serve the student page: {exc}", code=exc.code) from exc
    out.emit(info.to_dict())
    if sys.stderr.isatty():
        sys.stderr.write(network.qr_text(info.urls[0]))
    return host


class EventPrinter:
    """Prints each domain event of one session as a JSON line, with the step it concerns."""

    def __init__(self, rt: Runtime, session_id: str, out: _LockedLines) -> None:
        self.session_id, self.out = session_id, out
        self.pack = rt.sessions.flow(session_id).pack
        self.language = rt.sessions.record(session_id).language

    def __call__(self, event: Event) -> None:
        if event.session_id != self.session_id:
            return
        data = event.to_dict()
        if isinstance(event, RoomWarning):
            data["message"] = ROOM_WARNINGS.get(event.alert, event.alert)
        index = data.get("step_index")
        if isinstance(index, int) and "step_id" in data:
            step = self.pack.steps[index]
            data |= {
                "kind": step.kind.value,
                "minutes": step.minutes,
                "projector": step.projector.get(self.language),
            }
        self.out.emit(data)


def _command_loop(rt: Runtime, session_id: str, stdin: TextIO, out: _LockedLines) -> int:
    service = rt.sessions
    actions: dict[str, Callable[[str], object]] = {
        "next": lambda _: service.next(session_id),
        "prev": lambda _: service.prev(session_id),
        "note": lambda text: service.add_note(session_id, text),
        "status": lambda _: out.emit(status(rt, session_id)),
        "counts": lambda _: out.emit(counts(rt, session_id)),
        "reset-devices": lambda _: rt.classroom.reset_devices(session_id),
        "help": lambda _: out.emit({"event": "help", "message": COMMANDS_HELP}),
    }
    try:
        for raw in stdin:
            if _run_command(rt, session_id, raw.strip(), actions, out):
                return EXIT_OK
    except KeyboardInterrupt:
        pass  # Ctrl-C: the command under way finishes on the writer thread; detach below
    # Wait for the writer to finish what it was given, so that its events are printed
    # before the last line says the runner let go.
    rt.writer.run(lambda: None)
    out.emit(
        {
            "event": "detached",
            "session_id": session_id,
            "message": "input closed; the session is still running: run the same command "
            "again (or `session run --headless --resume`) to carry on",
        }
    )
    return EXIT_OK


def _run_command(
    rt: Runtime,
    session_id: str,
    line: str,
    actions: dict[str, Callable[[str], object]],
    out: _LockedLines,
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
            raise CliError(f"unknown command {word!r}; {COMMANDS_HELP}", code="unknown_command")
        actions[word](rest)
        if word in ("next", "prev"):
            _warn_overrun(rt, session_id, out)
    except BelongError as exc:
        # The log gets the code only: the line may hold a note, which stays out of it.
        log.info("session=%s command refused: %s", session_id, exc.code)
        out.emit({"event": "error", "code": exc.code, "command": line[:200], "message": str(exc)})
    return False


def counts(rt: Runtime, session_id: str) -> dict[str, Any]:
    """The ``counts`` line: devices, who is on the step, texts sent and drafts, the poll."""
    tally = rt.classroom.counts(session_id)
    data: dict[str, Any] = {
        "event": "counts",
        "session_id": session_id,
        "devices": tally.joined,
        "on_step": tally.on_step,
        "submitted": tally.submitted,
        "drafts": tally.drafts,
        "alerts": {a.alert.value: a.count for a in tally.alerts},
    }
    if tally.poll is not None:
        data["poll"] = {
            "answers": tally.poll.total,
            "visible": tally.poll.visible,
            "counts": list(tally.poll.counts) if tally.poll.visible else None,
        }
    return data


def status(rt: Runtime, session_id: str) -> dict[str, Any]:
    """The ``status`` line: state, step, time on it, the session's projected length."""
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


def _warn_overrun(rt: Runtime, session_id: str, out: _LockedLines) -> None:
    flow = rt.sessions.flow(session_id)
    now = rt.sessions.now()
    if flow.runs_over(now):
        out.emit(
            {
                "event": "warning",
                "session_id": session_id,
                "message": f"at this pace the session ends after {flow.projected_minutes(now):.0f} "
                f"minutes, over the {MAX_SESSION_MINUTES:g}-minute limit",
            }
        )
