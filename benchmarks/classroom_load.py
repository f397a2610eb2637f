"""A classroom of devices at once: 300 join, listen, and send a 2,000-character letter.

The issue's targets, on a 2-core machine over loopback: every device joins within 60 s,
all letters are sent within the same 10 s, none is lost or stored twice, the p99
acknowledgement is under 250 ms, and the app's GUI event loop never stalls more than
50 ms. Each variant runs as a fresh app process with a QApplication (offscreen unless
there is a display) and a 5 ms QTimer that records the largest gap between its ticks.
"belong-desktop" is the app as the counsellor runs it: a Runtime on a temporary data
directory, the real ControlWindow and projector window, and a ``belonging`` session
resumed at its ``letter`` step, so the window starts ``ClassroomHost`` (on 127.0.0.1) and
refreshes the class counts on its own timer. The baseline, measured in the same run, is a
bare FastAPI app on the same uvicorn runner, with the same Qt timer and a window whose
label shows counts refreshed the same way; its endpoints write the same rows with plain
``sqlite3`` (WAL, synchronous=FULL) and commit before answering. The goal is a p99 within
1.5x of it. The devices are a separate process (``_load_client.py``). After each run the
SQLite file is checked: one submitted answer per device, with exactly the text it sent.

    .venv/bin/python benchmarks/classroom_load.py [--devices 300] [--window 10] [--runs 1]
        [--mode both|spread|burst] [--transport raw|httpx] [--json]
"""

from __future__ import annotations

import argparse
import array
import asyncio
import gc
import hashlib
import itertools
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
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from fastapi import FastAPI, Header, HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

REPO = Path(__file__).resolve().parents[1]
PACKS = REPO / "assets" / "packs"
CLIENT = Path(__file__).with_name("_load_client.py")
sys.path.insert(0, str(Path(__file__).parent))
from _load_client import letter_text  # noqa: E402

TICK_MS = 5
TARGET_P99_MS = 250.0
TARGET_GUI_MS = 50.0
TARGET_RATIO = 1.5
VARIANTS = ("ours", "baseline")
LABELS = {"ours": "belong-desktop", "baseline": "bare FastAPI"}


# ======================================================================================
# The app process (``--serve ours|baseline``): Qt event loop + server, until stdin says stop
# ======================================================================================


def serve(variant: str, data_dir: Path, devices: int, gc_freeze: bool = False) -> int:
    from PySide6.QtCore import QObject, Qt, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    _raise_file_limit()
    app = QApplication([sys.argv[0]])

    class Stopper(QObject):
        sig_stop = Signal()

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
    server = _OursServer(data_dir, devices) if variant == "ours" else _BaselineServer(data_dir)
    for _ in range(20):  # let the window show the letter step before the devices come
        app.processEvents()
    stopper = Stopper()
    # exit(), not quit(): quit() would close the windows, and the control window asks first.
    stopper.sig_stop.connect(lambda: app.exit(0), Qt.ConnectionType.QueuedConnection)

    def wait_for_stop() -> None:
        sys.stdin.readline()
        stopper.sig_stop.emit()

    threading.Thread(target=wait_for_stop, name="stdin", daemon=True).start()
    if gc_freeze:
        # The suggested fix, tried out: everything alive after start-up (Qt, FastAPI,
        # SQLAlchemy, the pack) leaves the collector's view, so a full collection during
        # the lesson only walks what was allocated since.
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
    server.close()
    result = {
        "ticks": list(probe.ticks),
        "gc_pauses": gc_pauses.close(),
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
        self.pauses: list[tuple[float, int, float]] = []  # (end, generation, seconds)
        self._started = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        now = time.monotonic()
        if phase == "start":
            self._started = now
        else:
            self.pauses.append((now, info["generation"], now - self._started))

    def close(self) -> list[tuple[float, int, float]]:
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
    and a ``belonging`` session resumed at its letter step (so no video is played)."""

    def __init__(self, data_dir: Path, devices: int) -> None:
        from belong_desktop.media.player import create_player
        from belong_desktop.qt.bridge import EventBridge
        from belong_desktop.qt.control_window import ControlWindow
        from belong_desktop.qt.projector_window import ProjectorWindow
        from belong_desktop.server.host import ClassroomHost
        from belong_desktop.services.classroom import Limits
        from belong_desktop.services.runtime import open_runtime

        self.database = data_dir / "belong.sqlite3"
        limits = Limits(max_devices=max(Limits().max_devices, devices))
        self.rt = rt = open_runtime(data_dir, self.database, [PACKS], limits=limits)
        pack = rt.catalog.resolve("belonging")
        self.session_id = rt.sessions.create(pack, "DAT1-A", "da")
        rt.sessions.start(self.session_id)
        while (rt.sessions.flow(self.session_id).step_index or 0) < pack.step_index("letter"):
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
        self.window.resume(self.session_id)  # starts the server, as after a restart
        info = self.window.join_info
        if info is None:
            raise RuntimeError("the control window did not start the classroom server")
        self.url, self.code = f"http://127.0.0.1:{info.port}", info.code

    def _on_event(self, _event: object) -> None:
        self.events += 1

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
# The driver: one app process and one devices process per variant and mode
# ======================================================================================


class _AppProcess:
    def __init__(self, variant: str, data_dir: Path, args: argparse.Namespace) -> None:
        env = dict(os.environ, BELONG_NO_AUDIO="1")
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        command = [sys.executable, __file__, "--serve", variant, "--data", str(data_dir)]
        command += ["--devices", str(args.devices)]
        if args.gc_freeze:
            command.append("--gc-freeze")
        if args.py_spy:
            # Only the thread holding the GIL is sampled: where the interpreter's one core
            # goes, which is what every other thread (and the GUI) waits for. Collapsed
            # stacks, one line each: grep-able, and speedscope.app opens them.
            out = Path(args.py_spy).resolve() / f"{data_dir.name}.folded"
            out.parent.mkdir(parents=True, exist_ok=True)
            spy = [args.py_spy_bin, "record", "--threads", "--gil", "--nonblocking", "-r", "250"]
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


def run_variant(variant: str, mode: str, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix=f"{variant}-{mode}-", dir=tmp))
    app = _AppProcess(variant, data_dir, args)
    try:
        ready = app.expect("READY", 120)
        machine_before = _machine_cpu()
        command = [sys.executable, str(CLIENT), "--url", ready["url"], "--code", ready["code"]]
        command += ["--devices", str(args.devices), "--join-window", str(args.join_window)]
        command += ["--window", str(args.window), "--mode", mode, "--transport", args.transport]
        command += ["--sse-share", str(args.sse_share), "--seed", str(args.seed)]
        command += ["--text-length", str(args.text_length)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"the devices process failed:\n{done.stderr}")
        client: dict[str, Any] = json.loads(done.stdout)
        machine = _machine_cpu() - machine_before
        server = app.stop()
    except BaseException:
        app.kill()
        raise
    check = verify(Path(ready["database"]), client["devices_out"], args.text_length)
    result = summarise(variant, mode, client, server, check)
    # Whatever else ran meanwhile competed for the same cores: say how much it took.
    others = machine.busy - result["server_cpu_s"] - result["client_cpu_s"]
    result["others_cpu_share"] = max(0.0, others) / machine.total if machine.total else 0.0
    result["steal_share"] = machine.steal / machine.total if machine.total else 0.0
    return result


class _MachineCpu:
    """Busy, stolen and total CPU seconds of the whole machine (all cores), from /proc/stat."""

    def __init__(self, busy: float, steal: float, total: float) -> None:
        self.busy, self.steal, self.total = busy, steal, total

    def __sub__(self, other: _MachineCpu) -> _MachineCpu:
        return _MachineCpu(
            self.busy - other.busy, self.steal - other.steal, self.total - other.total
        )


def _machine_cpu() -> _MachineCpu:
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return _MachineCpu(0.0, 0.0, 0.0)
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    busy = user + nice + system + irq + softirq
    return _MachineCpu(busy / tick, steal / tick, (busy + idle + iowait + steal) / tick)


def verify(database: Path, devices: list[dict[str, Any]], length: int) -> dict[str, int]:
    """What the SQLite file holds for the letter step, against what each device sent."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        participants = conn.execute("SELECT count(*) FROM participants").fetchone()[0]
        rows = conn.execute(
            "SELECT participant_id, status, text, revision, share FROM answers "
            "WHERE step_id = 'letter'"
        ).fetchall()
        per_participant = conn.execute(
            "SELECT count(*) FROM answers WHERE step_id = 'letter' "
            "GROUP BY participant_id HAVING count(*) > 1"
        ).fetchall()
    finally:
        conn.close()
    stored = {pid: (status, text, revision, share) for pid, status, text, revision, share in rows}
    joined = [d for d in devices if d["participant_id"]]
    acked = [d for d in joined if d["http_status"] == 200]
    intact = 0
    lost = 0
    for d in acked:
        row = stored.get(d["participant_id"])
        expected = ("submitted", letter_text(d["index"], length), 1, 1)
        if row is not None and tuple(row) == expected:
            intact += 1
        else:
            lost += 1
    known = {d["participant_id"] for d in joined}
    return {
        "participant_rows": int(participants),
        "extra_participants": int(participants) - len(joined),
        "answer_rows": len(rows),
        "intact": intact,
        "lost": lost,  # acknowledged, but missing or different in the file
        "duplicates": sum(int(n) - 1 for (n,) in per_participant),
        "strangers": sum(1 for pid in stored if pid not in known),
        "submitted_rows": sum(1 for r in rows if r[1] == "submitted"),
    }


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p99 of 300 values is the 297th smallest)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def max_gap_ms(ticks: list[float], start: float, end: float) -> float:
    """The longest gap between consecutive timer ticks that ends inside [start, end]."""
    gaps = [b - a for a, b in itertools.pairwise(ticks) if start < b and a < end]
    return max(gaps, default=math.nan) * 1000


def summarise(
    variant: str, mode: str, client: dict[str, Any], server: dict[str, Any], check: dict[str, int]
) -> dict[str, Any]:
    devices = client["devices_out"]
    t = client["times"]
    ticks = server["ticks"]
    acks = [d["ack_ms"] for d in devices if d["ack_ms"] is not None and d["http_status"] == 200]
    joins = [d["join_ms"] for d in devices if d["join_ms"] is not None]
    first_events = [d["sse_first_ms"] for d in devices if d["sse_first_ms"] is not None]
    sends = [d["send_started"] for d in devices if d["send_started"] is not None]
    busy = max(t["send_end"] - min(sends), 1e-9) if sends else math.nan

    def in_load(at: float) -> bool:
        return bool(t["join_start"] <= at <= t["send_end"] + 0.2)

    n = len(devices)
    return {
        "variant": variant,
        "mode": mode,
        "devices": n,
        "joined": sum(1 for d in devices if d["participant_id"]),
        "acked": len(acks),
        "unacked": n - len(acks),
        "lost": check["lost"] + (n - len(acks)),
        "duplicates": check["duplicates"]
        + check["strangers"]
        + max(0, check["extra_participants"]),
        "check": check,
        "join_s": t["join_end"] - t["join_start"],
        "join_p99_ms": percentile(joins, 99),
        "sse_streams": sum(1 for d in devices if d["sse_first_ms"] is not None),
        "sse_first_p99_ms": percentile(first_events, 99),
        "send_window_s": (max(sends) - min(sends)) if sends else math.nan,
        "ack_window_s": busy,
        "p50_ms": percentile(acks, 50),
        "p95_ms": percentile(acks, 95),
        "p99_ms": percentile(acks, 99),
        "max_ms": max(acks, default=math.nan),
        "throughput": len(acks) / busy if sends else math.nan,
        "retries": sum(max(0, d["attempts"] - 1) for d in devices)
        + sum(max(0, d["join_attempts"] - 1) for d in devices),
        "reconnects": sum(d["reconnects"] for d in devices),
        "errors": client["errors"],
        "gui_idle_ms": max_gap_ms(ticks, ticks[0], t["join_start"]) if ticks else math.nan,
        "gui_join_ms": max_gap_ms(ticks, t["join_start"], t["send_start"]),
        "gui_send_ms": max_gap_ms(ticks, t["send_start"], t["send_end"] + 0.2),
        "gui_gaps_over_50": sum(
            1
            for a, b in itertools.pairwise(ticks)
            if b - a > TARGET_GUI_MS / 1000 and t["join_start"] < b and a < t["send_end"] + 0.2
        ),
        "gui_worst": _worst_gaps(ticks, server["gc_pauses"], t),
        "gc_max_ms": max((p[2] for p in server["gc_pauses"] if in_load(p[0])), default=0) * 1000,
        "gc_gen2": sum(1 for p in server["gc_pauses"] if p[1] == 2 and in_load(p[0])),
        "gui_events": server["gui_events"],
        "gui_refreshes": server["refreshes"],
        "gui_refresh_max_ms": server["refresh_max_ms"],
        "gui_refresh_mean_ms": server["refresh_mean_ms"],
        "gui_counts": server["gui_counts"],
        "server_cpu_s": server["cpu_s"],
        "server_threads_cpu_s": server["threads_cpu_s"],
        "client_cpu_s": client["cpu_s"],
        "client_loop_lag_ms": client["loop_max_lag_ms"],
        "client_start_late_ms": client["send_start_late_max_ms"],
        "load_s": t["send_end"] - t["join_start"],
    }


def _worst_gaps(
    ticks: list[float], pauses: list[list[float]], t: dict[str, float], count: int = 3
) -> list[str]:
    """The longest GUI gaps of the load: when (s after the first join), how long, and
    how much of it the garbage collector took."""
    end = t["send_end"] + 0.2
    gaps = [(b - a, a, b) for a, b in itertools.pairwise(ticks) if t["join_start"] < b and a < end]
    out = []
    for gap, a, b in sorted(gaps, reverse=True)[:count]:
        # The overlap: the collector's own "stop" callback may run just after the tick.
        gc_s = sum(max(0.0, min(b, p[0]) - max(a, p[0] - p[2])) for p in pauses)
        phase = "send" if b >= t["send_start"] else "join"
        out.append(
            f"{gap * 1000:.0f} ms at {a - t['join_start']:.2f} s ({phase}, gc {gc_s * 1000:.0f})"
        )
    return out


# -- the report -----------------------------------------------------------------------


def _median(results: Iterable[dict[str, Any]], key: str) -> float:
    values = [r[key] for r in results if not math.isnan(r[key])]
    return statistics.median(values) if values else math.nan


def report(results: list[dict[str, Any]], args: argparse.Namespace) -> None:
    print(
        f"devices: {args.devices}   joins over {args.join_window:g} s   letters over "
        f"{args.window:g} s (spread) or at once (burst)   {args.text_length} characters"
    )
    print(
        f"transport: {args.transport}   event streams: {args.sse_share:.0%} of devices   "
        f"runs: {args.runs}   CPUs: {os.cpu_count()}   GUI tick: {TICK_MS} ms"
    )
    if args.gc_freeze:
        print("EXPERIMENT: gc.freeze() after start-up in both app processes (not what ships)")
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("joined / acked / intact", lambda r: f"{r['joined']}/{r['acked']}/{r['check']['intact']}"),
        ("lost / duplicates", lambda r: f"{r['lost']} / {r['duplicates']}"),
        ("retries / reconnects", lambda r: f"{r['retries']} / {r['reconnects']}"),
        ("join duration (s)", lambda r: f"{r['join_s']:.2f}"),
        ("join p99 (ms)", lambda r: f"{r['join_p99_ms']:.0f}"),
        ("streams open / first p99", lambda r: f"{r['sse_streams']} / {r['sse_first_p99_ms']:.0f}"),
        ("send window (s)", lambda r: f"{r['send_window_s']:.2f}"),
        ("ack p50 (ms)", lambda r: f"{r['p50_ms']:.1f}"),
        ("ack p95 (ms)", lambda r: f"{r['p95_ms']:.1f}"),
        ("ack p99 (ms)", lambda r: f"{r['p99_ms']:.1f}"),
        ("ack max (ms)", lambda r: f"{r['max_ms']:.1f}"),
        ("throughput (acks/s)", lambda r: f"{r['throughput']:.1f}"),
        (
            "GUI max gap idle/join/send",
            lambda r: f"{r['gui_idle_ms']:.0f}/{r['gui_join_ms']:.0f}/{r['gui_send_ms']:.0f}",
        ),
        ("GUI gaps > 50 ms", lambda r: str(r["gui_gaps_over_50"])),
        ("GC max pause (ms) / gen2", lambda r: f"{r['gc_max_ms']:.0f} / {r['gc_gen2']}"),
        (
            "counts() n / max (ms)",
            lambda r: f"{r['gui_refreshes']} / {r['gui_refresh_max_ms']:.1f}",
        ),
        (
            "GUI final joined/sent",
            lambda r: f"{r['gui_counts']['joined']}/{r['gui_counts']['submitted']}",
        ),
        ("app CPU (s)", lambda r: f"{r['server_cpu_s']:.2f}"),
        (
            "others' CPU / steal",
            lambda r: f"{r['others_cpu_share']:.0%} / {r['steal_share']:.0%}",
        ),
        (
            "devices CPU (s) / lag",
            lambda r: f"{r['client_cpu_s']:.2f} / {r['client_loop_lag_ms']:.0f}",
        ),
    ]
    for mode in args.modes:
        for run in range(args.runs):
            ours = _pick(results, "ours", mode, run)
            base = _pick(results, "baseline", mode, run)
            print()
            print(f"{mode}, run {run + 1}{'':13}{LABELS['ours']:>16}{LABELS['baseline']:>16}")
            for label, cell in rows:
                print(f"  {label:27}{cell(ours):>16}{cell(base):>16}")
            print(f"  {'app CPU by thread (s)':27}{_threads(ours['server_threads_cpu_s'])}")
            print(f"  {'':27}{_threads(base['server_threads_cpu_s'])} (baseline)")
            for r in (ours, base):
                print(f"  worst GUI gaps ({LABELS[r['variant']]}): {'; '.join(r['gui_worst'])}")
            for r in (ours, base):
                if r["errors"]:
                    print(f"  errors ({LABELS[r['variant']]}): {r['errors']}")
    print()
    for mode in args.modes:
        ours_runs = [r for r in results if r["variant"] == "ours" and r["mode"] == mode]
        base_runs = [r for r in results if r["variant"] == "baseline" and r["mode"] == mode]
        p99_ratio = _median(ours_runs, "p99_ms") / _median(base_runs, "p99_ms")
        tput_ratio = _median(ours_runs, "throughput") / _median(base_runs, "throughput")
        print(
            f"{mode}: ours/baseline (median of {args.runs}): p99 {p99_ratio:.2f}x, "
            f"throughput {tput_ratio:.2f}x   (goal: p99 within {TARGET_RATIO}x)"
        )
    busiest = max(r["others_cpu_share"] + r["steal_share"] for r in results)
    if busiest > 0.1:
        print(
            f"WARNING: other processes (or the hypervisor) took up to {busiest:.0%} of the "
            "machine's CPU during a run; the figures are not clean. Run again on a quiet machine."
        )
    spread = [r for r in results if r["variant"] == "ours" and r["mode"] == "spread"]
    if spread:
        worst_p99 = max(r["p99_ms"] for r in spread)
        worst_gui = max(max(r["gui_join_ms"], r["gui_send_ms"]) for r in spread)
        lost = sum(r["lost"] for r in spread)
        dups = sum(r["duplicates"] for r in spread)
        joins = max(r["join_s"] for r in spread)
        print("targets for belong-desktop, spread mode (worst run):")
        print(f"  zero lost, zero duplicates:   {_met(lost == 0 and dups == 0)} ({lost}, {dups})")
        print(f"  all joined within 60 s:       {_met(joins < 60)} ({joins:.1f} s)")
        print(
            f"  p99 ack < {TARGET_P99_MS:.0f} ms:           {_met(worst_p99 < TARGET_P99_MS)}"
            f" ({worst_p99:.0f} ms)"
        )
        print(
            f"  GUI never stalls > {TARGET_GUI_MS:.0f} ms:    {_met(worst_gui <= TARGET_GUI_MS)}"
            f" ({worst_gui:.0f} ms)"
        )
        base_spread = [r for r in results if r["variant"] == "baseline" and r["mode"] == "spread"]
        ratio = _median(spread, "p99_ms") / _median(base_spread, "p99_ms")
        print(
            f"  p99 within {TARGET_RATIO}x of the baseline: {_met(ratio <= TARGET_RATIO)}"
            f" ({ratio:.2f}x)"
        )


def _pick(results: list[dict[str, Any]], variant: str, mode: str, run: int) -> dict[str, Any]:
    matching = [r for r in results if r["variant"] == variant and r["mode"] == mode]
    return matching[run]


def _threads(cpu: dict[str, float]) -> str:
    order = ["GUI thread", "uvicorn loop", "request threads", "writer", "other"]
    return "  ".join(f"{k} {cpu[k]:.2f}" for k in order if k in cpu)


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--window", type=float, default=10.0, help="letters spread over (s)")
    parser.add_argument("--join-window", type=float, default=5.0, help="joins spread over (s)")
    parser.add_argument("--mode", choices=("both", "spread", "burst"), default="both")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--transport", choices=("raw", "httpx"), default="raw")
    parser.add_argument("--sse-share", type=float, default=1.0, help="devices with a stream")
    parser.add_argument("--text-length", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tmp", help="where the databases go (default: the system temp dir)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="experiment: gc.freeze() in both app processes after start-up (not what ships)",
    )
    parser.add_argument("--py-spy", metavar="DIR", help="record each app process with py-spy")
    parser.add_argument("--py-spy-bin", default=str(Path(sys.executable).with_name("py-spy")))
    parser.add_argument("--serve", choices=VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve, Path(args.data), args.devices, args.gc_freeze)
    args.modes = ["spread", "burst"] if args.mode == "both" else [args.mode]
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="classroom-load-", dir=args.tmp) as tmp:
        for run in range(args.runs):
            for mode in args.modes:
                # Alternate which variant goes first, so neither always gets a warm machine.
                order = VARIANTS if run % 2 == 0 else VARIANTS[::-1]
                for variant in order:
                    results.append(run_variant(variant, mode, args, Path(tmp)))
    results.sort(key=lambda r: (r["mode"], r["variant"]))  # stable: runs stay in order
    if args.json:
        out = {"args": _args_dict(args), "results": _no_nan(results)}
        json.dump(out, sys.stdout, indent=1, allow_nan=False)
        print()
    else:
        report(results, args)
    return 0


def _no_nan(value: Any) -> Any:
    """NaN (a figure that has no value, e.g. no acknowledgements) as JSON null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_no_nan(v) for v in value]
    return value


def _args_dict(args: argparse.Namespace) -> dict[str, Any]:
    skip = {"serve", "data", "py_spy_bin"}
    return {k: v for k, v in vars(args).items() if k not in skip}


if __name__ == "__main__":
    sys.exit(main())
