"""The app side of ``classroom_load.py``: the process that serves the devices in one run.

``--serve ours`` is belong-desktop as the counsellor runs it (the real ControlWindow and
projector window, which start ``ClassroomHost`` for a ``belonging`` session resumed at its
``letter`` step); ``--serve baseline`` is a bare FastAPI app on the same uvicorn runner that
writes the same rows with plain ``sqlite3``, under a window that shows the counts. Both run a
QApplication with a 5 ms QTimer whose gaps are GUI stalls, and record garbage-collector pauses
and CPU time per thread. It is a process of its own so neither the driver nor the devices
share its interpreter (or its GIL). ``AppProcess`` is the driver's side of its protocol: the
process prints ``READY`` (URL, join code, database), then ``RESULT`` (the measurements) once
a line on stdin says stop. Before that, ``next`` on stdin moves the session on from the GUI
thread, as the control window does (it prints ``NEXT`` with the monotonic time just before
``SessionService.next()``), and ``status`` prints ``STATUS`` (the step, and whether a video
plays): ``next_visible.py`` uses both.

    .venv/bin/python benchmarks/_load_apps.py --serve ours|baseline --data DIR [--devices 300]
        [--start-step letter] [--baseline-gc-freeze]
"""

from __future__ import annotations

import argparse
import array
import asyncio
import gc
import hashlib
import json
import math
import os
import queue
import resource
import secrets
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from fastapi import FastAPI, Header, HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

PACKS = Path(__file__).resolve().parents[1] / "assets" / "packs"
TICK_MS = 5
VARIANTS = ("ours", "baseline")


# ======================================================================================
# The app process (``--serve ours|baseline``): Qt event loop + server, until stdin says stop
# ======================================================================================


def serve(
    variant: str,
    data_dir: Path,
    devices: int,
    baseline_gc_freeze: bool = False,
    start_step: str = "letter",
) -> int:
    from PySide6.QtCore import QObject, Qt, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    _raise_file_limit()
    app = QApplication([sys.argv[0]])

    class Stopper(QObject):
        sig_stop = Signal()
        sig_command = Signal(str)

    class LagProbe(QObject):
        """Ticks every 5 ms in the GUI thread; a long gap is a stall of the event loop."""

        def __init__(self) -> None:
            super().__init__()
            self.ticks = array.array("d")
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(TICK_MS)
            self.timer.timeout.connect(self._on_timeout)
            self.timer.start()

        def _on_timeout(self) -> None:
            self.ticks.append(time.monotonic())

    probe = LagProbe()
    gc_pauses = _GcPauses()
    server: _OursServer | _BaselineServer
    if variant == "ours":
        server = _OursServer(data_dir, devices, start_step)
    else:
        server = _BaselineServer(data_dir)
    for _ in range(20):  # let the window show the letter step before the devices come
        app.processEvents()
    stopper = Stopper()
    # exit(), not quit(): quit() would close the windows, and the control window asks first.
    stopper.sig_stop.connect(lambda: app.exit(0), Qt.ConnectionType.QueuedConnection)
    stopper.sig_command.connect(server.command, Qt.ConnectionType.QueuedConnection)

    def wait_for_stop() -> None:
        # Commands run on the GUI thread (queued); any other line, or the end, stops.
        for line in sys.stdin:
            if line.strip() not in _OursServer.COMMANDS:
                break
            stopper.sig_command.emit(line.strip())
        stopper.sig_stop.emit()

    threading.Thread(target=wait_for_stop, name="stdin", daemon=True).start()
    if baseline_gc_freeze and variant == "baseline":
        # Like for like: belong-desktop freezes what is alive after start-up, once
        # (memory.freeze_start_up), so a full collection during the lesson only walks what
        # was allocated since. The same here for Qt, FastAPI and the baseline's state.
        gc.collect()
        gc.freeze()
    probe.ticks = array.array("d")  # "idle" starts now, after the set-up
    cpu_before = _thread_cpu()
    usage_before = _cpu_seconds()
    ready = {"url": server.url, "code": server.code, "database": str(server.database)}
    print("READY " + json.dumps(ready), flush=True)
    app.exec()
    probe.timer.stop()
    usage = _cpu_seconds() - usage_before
    threads = _thread_cpu_by_role(cpu_before, _thread_cpu(), usage)
    durations = server.durations
    joined, submitted = server.final_counts()
    # What a full collection would walk now (the frozen objects it would not).
    tracked, frozen = len(gc.get_objects()), gc.get_freeze_count()
    server.close()
    result = {
        "ticks": list(probe.ticks),
        "gc_pauses": gc_pauses.close(),
        "gc_tracked": tracked,
        "gc_frozen": frozen,
        "gc_threshold": gc.get_threshold(),
        "cpu_s": usage,
        "threads_cpu_s": threads,
        "gui_events": server.events,
        "refreshes": len(durations),
        "refresh_max_ms": max(durations, default=0.0),
        "refresh_mean_ms": statistics.fmean(durations) if durations else 0.0,
        "gui_counts": {"joined": joined, "submitted": submitted},
    }
    print("RESULT " + json.dumps(result), flush=True)
    return 0


class _GcPauses:
    """When the cyclic garbage collector ran and for how long: it stops every thread."""

    def __init__(self) -> None:
        # (end, generation, seconds, CPU seconds of the collecting thread): a pause much
        # longer than its CPU time is the process waiting for a core, not the collector.
        self.pauses: list[tuple[float, int, float, float]] = []
        self._started = 0.0
        self._started_cpu = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        now, cpu = time.monotonic(), time.thread_time()
        if phase == "start":
            self._started, self._started_cpu = now, cpu
        else:
            gen = info["generation"]
            self.pauses.append((now, gen, now - self._started, cpu - self._started_cpu))

    def close(self) -> list[tuple[float, int, float, float]]:
        gc.callbacks.remove(self._on_gc)
        return self.pauses


def _qt_signal_source() -> Any:
    from PySide6.QtCore import QObject, Signal

    class Notifier(QObject):
        sig_event = Signal(object)

    return Notifier()


class _LoopbackHost:
    """The real ``ClassroomHost``, always on 127.0.0.1 (the window would pick the LAN)."""

    def __init__(self, host: Any) -> None:
        self.host = host

    def start(
        self, session_id: str, *, bind_host: str | None = None, port: int | None = None
    ) -> Any:
        return self.host.start(session_id, bind_host="127.0.0.1", port=port)

    def stop(self) -> None:
        self.host.stop()


class _OursServer:
    """The app as the counsellor runs it: a Runtime, the real ControlWindow and projector
    window (which start the classroom server and refresh the counts on their own timer),
    and a ``belonging`` session resumed at ``start_step`` (the letter by default: no video
    plays; at a video step the window plays it, as after a restart)."""

    #: Lines on stdin that are commands rather than "stop".
    COMMANDS = ("next", "status")

    def __init__(self, data_dir: Path, devices: int, start_step: str = "letter") -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        from belong_desktop.media import create_player
        from belong_desktop.memory import freeze_start_up
        from belong_desktop.qt.bridge import EventBridge
        from belong_desktop.qt.control_window import ControlWindow
        from belong_desktop.qt.projector_window import ProjectorWindow
        from belong_desktop.server.host import ClassroomHost
        from belong_desktop.services.classroom import Limits
        from belong_desktop.services.runtime import open_runtime

        self.database = data_dir / "belong.sqlite3"
        # The simulated devices all come from this machine's one address; on a classroom
        # network each has its own, so the per-address join rate is opened up to them.
        limits = Limits(max_devices=max(Limits().max_devices, devices), join_burst=devices)
        self.rt = rt = open_runtime(self.database, [PACKS], limits=limits)
        self.pack = pack = rt.catalog.resolve("belonging")
        self.session_id = rt.sessions.create(pack, "DAT1-A", "da")
        rt.sessions.start(self.session_id)
        while (rt.sessions.flow(self.session_id).step_index or 0) < pack.step_index(start_step):
            rt.sessions.next(self.session_id)
        # Time the window's count refreshes (the only caller of counts()).
        self.durations: list[float] = []
        self.events = 0
        self._counts = counts = rt.classroom.counts

        def timed_counts(session_id: str) -> Any:
            started = time.perf_counter()
            try:
                return counts(session_id)
            finally:
                self.durations.append((time.perf_counter() - started) * 1000)

        rt.classroom.counts = timed_counts  # type: ignore[method-assign]
        self.bridge = EventBridge(rt.bus)
        self.bridge.sig_event.connect(self._on_event)
        self.host = _LoopbackHost(ClassroomHost(rt.classroom))
        self.projector = ProjectorWindow()
        self.window = ControlWindow(
            rt.sessions,
            rt.catalog,
            self.bridge,
            self.projector,
            create_player,
            classroom=rt.classroom,
            host=self.host,
        )
        self.window.show()
        self.projector.place_on_projector()
        # As the app does once its window is up (the server stack is imported above, as
        # the app's warm-up imports it): collect, then freeze what start-up left alive.
        freeze_start_up()
        opened = QEventLoop()
        self.window.room.sig_opened.connect(opened.quit)
        QTimer.singleShot(30_000, opened.quit)
        self.window.resume(self.session_id)  # starts the server, as after a restart
        if self.window.room.join_info is None:
            opened.exec()  # the page starts off the GUI thread
        info = self.window.room.join_info
        if info is None:
            raise RuntimeError("the control window did not start the classroom server")
        self.url, self.code = f"http://127.0.0.1:{info.port}", info.code

    def _on_event(self, _event: object) -> None:
        self.events += 1

    def command(self, line: str) -> None:
        """A command from the driver, on the GUI thread (where the window moves on too)."""
        if line == "next":
            started = time.monotonic()
            self.rt.sessions.next(self.session_id)
            done = time.monotonic()
            index = self.rt.sessions.flow(self.session_id).step_index
            out = {"at": started, "done": done, "step_index": index}
            print("NEXT " + json.dumps(out), flush=True)
        elif line == "status":
            print("STATUS " + json.dumps(self.status()), flush=True)

    def status(self) -> dict[str, Any]:
        flow = self.rt.sessions.flow(self.session_id)
        player = self.window.video.player
        return {
            "step_index": flow.step_index,
            "last_index": len(self.pack.steps) - 1,
            "video_backend": type(player).__name__ if player is not None else None,
            "video_playing": bool(player is not None and player.is_playing()),
            "video_position_s": player.position() if player is not None else None,
        }

    def final_counts(self) -> tuple[int, int]:
        counts = self._counts(self.session_id)
        return counts.joined, counts.submitted.get("letter", 0)

    def close(self) -> None:
        self.host.stop()
        self.projector.close()
        self.window.hide()
        self.bridge.close()
        self.rt.close()


# -- the baseline: a bare FastAPI app writing the same rows with sqlite3 ---------------

_BASELINE_SCHEMA = """
CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY, state VARCHAR(16) NOT NULL);
CREATE TABLE participants (
    id VARCHAR(32) PRIMARY KEY,
    session_id VARCHAR(36) NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    token_digest VARCHAR(64) NOT NULL UNIQUE,
    epoch INTEGER NOT NULL,
    joined_at DATETIME NOT NULL
);
CREATE INDEX ix_participants_session_id ON participants (session_id);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    session_id VARCHAR(36) NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id VARCHAR(32) NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    step_id VARCHAR(64) NOT NULL,
    step_index INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    revision INTEGER NOT NULL,
    text TEXT,
    draft TEXT,
    choice INTEGER,
    share BOOLEAN,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    submitted_at DATETIME,
    UNIQUE (participant_id, step_id)
);
CREATE INDEX ix_answers_session_step ON answers (session_id, step_id);
"""

_UPSERT = """
INSERT INTO answers (session_id, participant_id, step_id, step_index, kind, status, revision,
                     text, draft, choice, share, created_at, updated_at, submitted_at)
VALUES (?, ?, 'letter', 9, 'letter', 'submitted', ?, ?, NULL, NULL, ?, ?, ?, ?)
ON CONFLICT (participant_id, step_id) DO UPDATE SET
    status = excluded.status, revision = excluded.revision, text = excluded.text,
    share = excluded.share, updated_at = excluded.updated_at,
    submitted_at = excluded.submitted_at
"""


# The baseline's bodies: the same shapes as the student API's (server/schemas.py).


class JoinIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str | None = Field(default=None, max_length=32)
    link: str | None = Field(default=None, max_length=64)
    join_key: str | None = Field(default=None, max_length=64)  # accepted like ours, unused


class JoinOut(BaseModel):
    token: str
    participant_id: str


class AnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    revision: int = Field(ge=1, le=2**31 - 1)
    submit: bool = False
    text: str | None = Field(default=None, max_length=10_000)
    choice: int | None = None
    share: bool | None = None


class AnswerOut(BaseModel):
    step_id: str
    status: str
    revision: int
    text: str | None = None
    draft: str | None = None
    choice: int | None = None
    share: bool | None = None


class AnswerAck(BaseModel):
    answer: AnswerOut
    stored: bool
    late: bool


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def baseline_app(database: Path, code: str, notify: Callable[[str], None]) -> Any:
    """The simplest correct FastAPI server for the same two writes (and an event stream)."""
    session_id = "00000000-0000-4000-8000-000000000000"
    conn = _connect(database)
    conn.executescript(_BASELINE_SCHEMA)
    conn.execute("INSERT INTO sessions VALUES (?, 'running')", (session_id,))
    lock = threading.Lock()
    tokens: dict[str, str] = {}
    state = json.dumps({"session": {"state": "running"}, "step": {"id": "letter"}})
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.state.closing = False

    @app.post("/api/join", response_model=JoinOut)
    def join(body: JoinIn) -> JoinOut:
        if body.code != code:
            raise HTTPException(404, "wrong code")
        token, participant_id = secrets.token_urlsafe(32), secrets.token_hex(8)
        digest = hashlib.sha256(token.encode()).hexdigest()
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
        with lock:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO participants VALUES (?, ?, ?, 0, ?)",
                (participant_id, session_id, digest, now),
            )
            conn.execute("COMMIT")
            tokens[token] = participant_id
        notify("joined")
        return JoinOut(token=token, participant_id=participant_id)

    @app.put("/api/answers/{step_id}", response_model=AnswerAck)
    def put_answer(
        step_id: str, body: AnswerIn, x_belong_token: str = Header(default="")
    ) -> AnswerAck:
        participant_id = tokens.get(x_belong_token)
        if participant_id is None:
            raise HTTPException(401, "join first")
        if step_id != "letter" or body.text is None:
            raise HTTPException(404, "no such step")
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
        with lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    "SELECT revision, status, text, share FROM answers "
                    "WHERE participant_id = ? AND step_id = ?",
                    (participant_id, step_id),
                ).fetchone()
                if row is not None and body.revision <= row[0]:
                    conn.execute("ROLLBACK")
                    out = AnswerOut(
                        step_id=step_id, status=row[1], revision=row[0], text=row[2], share=row[3]
                    )
                    return AnswerAck(answer=out, stored=False, late=False)
                conn.execute(
                    _UPSERT,
                    (
                        session_id,
                        participant_id,
                        body.revision,
                        body.text,
                        body.share,
                        now,
                        now,
                        now,
                    ),
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        notify("submitted")
        out = AnswerOut(
            step_id=step_id,
            status="submitted",
            revision=body.revision,
            text=body.text,
            share=body.share,
        )
        return AnswerAck(answer=out, stored=True, late=False)

    @app.get("/api/events")
    async def events(x_belong_token: str = Header(default="")) -> StreamingResponse:
        if x_belong_token not in tokens:
            raise HTTPException(401, "join first")

        async def stream() -> Any:
            yield "retry: 2000\n\n"
            yield f"event: state\ndata: {state}\n\n"
            while not app.state.closing:
                await asyncio.sleep(10)
                yield ": heartbeat\n\n"

        return StreamingResponse(stream(), media_type="text/event-stream")

    app.state.close = conn.close
    return app


class _BaselineServer:
    """The bare server, and a window whose label shows the counts: refreshed by a 1 s
    timer when something happened, as the control window does."""

    def __init__(self, data_dir: Path) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QLabel, QMainWindow

        from belong_desktop.server.runner import ServerThread, bind_socket

        self.database = data_dir / "baseline.sqlite3"
        self.code = f"{secrets.randbelow(10**6):06d}"
        self.durations: list[float] = []
        self.events = 0
        self._due = False
        self._notifier = _qt_signal_source()
        self._notifier.sig_event.connect(self._on_event)
        self.app = baseline_app(self.database, self.code, self._notifier.sig_event.emit)
        self.thread = ServerThread(self.app, bind_socket("127.0.0.1", [0]))
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.thread.port}"
        self._gui_conn = _connect(self.database)
        self.window = QMainWindow()
        self.label = QLabel("Enheder: –", self.window)
        self.window.setCentralWidget(self.label)
        self.window.resize(1200, 760)
        self.window.show()
        self._timer = QTimer(self.window)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_event(self, _event: object) -> None:
        self.events += 1
        self._due = True

    def command(self, line: str) -> None:
        """The baseline has no session to move on: it says so."""
        print("STATUS " + json.dumps({"step_index": None, "command": line}), flush=True)

    def _on_timer_timeout(self) -> None:
        if self._due:
            self._due = False
            started = time.perf_counter()
            joined, submitted = self._counts()
            self.label.setText(f"Enheder: {joined}\nBrev: {submitted} sendt")
            self.durations.append((time.perf_counter() - started) * 1000)

    def _counts(self) -> tuple[int, int]:
        joined = self._gui_conn.execute("SELECT count(*) FROM participants").fetchone()[0]
        by_status = self._gui_conn.execute(
            "SELECT step_id, status, count(*) FROM answers GROUP BY step_id, status"
        ).fetchall()
        submitted = sum(
            n for step, status, n in by_status if (step, status) == ("letter", "submitted")
        )
        return int(joined), int(submitted)

    def final_counts(self) -> tuple[int, int]:
        return self._counts()

    def close(self) -> None:
        self._timer.stop()
        self.app.state.closing = True
        self.thread.stop()
        self.app.state.close()
        self._gui_conn.close()
        self.window.hide()


# -- CPU time -------------------------------------------------------------------------


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _thread_cpu() -> dict[int, float]:
    """CPU seconds of each live thread of this process (Linux; empty elsewhere)."""
    out: dict[int, float] = {}
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return out
    tick = os.sysconf("SC_CLK_TCK")
    for entry in tasks.iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    return out


def _thread_cpu_by_role(
    before: dict[int, float], after: dict[int, float], total: float
) -> dict[str, float]:
    names = {t.native_id: t.name for t in threading.enumerate()}
    roles: dict[str, float] = {}
    for tid, seconds in after.items():
        name = names.get(tid, "")
        if name == "MainThread":
            role = "GUI thread"
        elif name == "belong-server":
            role = "uvicorn loop"
        elif name.startswith("belong-writer"):
            role = "writer"
        elif name.startswith("AnyIO worker"):
            role = "request threads"
        else:
            role = "other"
        roles[role] = roles.get(role, 0.0) + seconds - before.get(tid, 0.0)
    # Request threads that ended (AnyIO retires idle ones) are only in the process total.
    roles["other"] = roles.get("other", 0.0) + max(0.0, total - sum(roles.values()))
    return {k: round(v, 3) for k, v in roles.items()}


def _raise_file_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and (hard == resource.RLIM_INFINITY or soft < hard):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


# ======================================================================================
# The driver's handle on an app process: start it, wait for READY, say stop, read RESULT
# ======================================================================================


def json_safe(value: Any) -> Any:
    """NaN (a figure that has no value, e.g. no acknowledgements) as JSON null, deep."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value


class AppProcess:
    def __init__(
        self,
        variant: str,
        data_dir: Path,
        devices: int,
        *,
        baseline_gc_freeze: bool = False,
        py_spy: str | None = None,
        py_spy_bin: str = "py-spy",
        start_step: str = "letter",
    ) -> None:
        env = dict(os.environ, BELONG_NO_AUDIO="1")
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        command = [sys.executable, __file__, "--serve", variant, "--data", str(data_dir)]
        command += ["--devices", str(devices), "--start-step", start_step]
        if baseline_gc_freeze and variant == "baseline":
            command.append("--baseline-gc-freeze")
        if py_spy:
            # Only the thread holding the GIL is sampled: where the interpreter's one core
            # goes, which is what every other thread (and the GUI) waits for. Collapsed
            # stacks, one line each: grep-able, and speedscope.app opens them.
            out = Path(py_spy).resolve() / f"{data_dir.name}.folded"
            out.parent.mkdir(parents=True, exist_ok=True)
            spy = [py_spy_bin, "record", "--threads", "--gil", "--nonblocking", "-r", "250"]
            command = [*spy, "-f", "raw", "-o", str(out), "--", *command]
        self.stderr_path = data_dir.parent / f"{data_dir.name}.stderr"
        self._stderr = self.stderr_path.open("w")
        self.proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        assert self.proc.stdout is not None
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put("")

    def expect(self, prefix: str, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise RuntimeError(f"the app process did not say {prefix} in time") from None
            if not line:
                raise RuntimeError(f"the app process ended:\n{self.stderr_path.read_text()}")
            if line.startswith(prefix + " "):
                data: dict[str, Any] = json.loads(line[len(prefix) + 1 :])
                return data

    def send(self, line: str) -> None:
        """A command line to the app process (``next``, ``status``)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def stop(self) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write("stop\n")
        self.proc.stdin.flush()
        result = self.expect("RESULT", 60)
        self.proc.wait(60)
        self._stderr.close()
        return result

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._stderr.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", choices=VARIANTS, required=True)
    parser.add_argument("--data", required=True, help="the data directory (it must exist)")
    parser.add_argument("--devices", type=int, default=300, help="devices the room must admit")
    parser.add_argument(
        "--baseline-gc-freeze",
        action="store_true",
        help="baseline only: gc.collect() + gc.freeze() after start-up, as belong-desktop does",
    )
    parser.add_argument("--start-step", default="letter", help="ours: the step to resume at")
    args = parser.parse_args()
    return serve(
        args.serve, Path(args.data), args.devices, args.baseline_gc_freeze, args.start_step
    )


if __name__ == "__main__":
    sys.exit(main())
