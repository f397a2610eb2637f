"""From "next" on the laptop to the new step on every device, and the app's memory meanwhile.

The app is the real one (``_load_apps.py --serve ours``: a Runtime, the ControlWindow and
projector window, offscreen unless there is a display) with a ``belonging`` session
resumed at its first video step, so the window plays the video (libVLC with
``--vout=dummy`` offscreen, or Qt Multimedia). 300 devices join and keep an event stream
open each (one raw HTTP/1.1 connection per stream, as a browser does). Then:

- memory: the app process's RSS and PSS (``/proc/PID/smaps_rollup``) and its peak RSS,
  sampled while the video plays and the 300 streams are open. The baseline, in the same
  run, is the bare FastAPI + SQLite app under a plain Qt window (``--serve baseline``)
  with the same 300 streams and no video;
- next → visible: the driver says ``next`` on the app's stdin, the app's GUI thread notes
  the monotonic time and calls ``SessionService.next()`` as the window does; each device
  notes when its stream delivers the state of the new step. CLOCK_MONOTONIC is one clock
  for every process on the machine, so the two times subtract. Every ``next`` through the
  rest of the session (videos, poll, writing steps, closing) is one sample per device.
  The target: p99 at most 1 s, and no device left behind.

    .venv/bin/python benchmarks/next_visible.py [--devices 300] [--runs 1] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _load_apps import AppProcess, json_safe
from _load_client import NetworkError, RawConnection, _LoopLag, _raise_file_limit

START_STEP = "video-1"
TARGET_P99_MS = 1000.0
#: How long every device may take to show a step before it counts as missed.
DEADLINE_S = 15.0


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile, as ``classroom_load.py`` computes it."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def memory_of(pid: int) -> dict[str, float]:
    """RSS and PSS now and the peak RSS of a process, in MB (Linux /proc; empty elsewhere)."""
    out: dict[str, float] = {}
    for name, keys in (("smaps_rollup", ("Rss", "Pss")), ("status", ("VmHWM",))):
        try:
            lines = Path(f"/proc/{pid}/{name}").read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            key, _, rest = line.partition(":")
            if key in keys:
                out[key.lower() + "_mb"] = int(rest.split()[0]) / 1024  # kB
    return out


class Room:
    """The devices: join with the code, then one open event stream each, recording the
    monotonic time at which each stream delivers a state, and for which step."""

    def __init__(self, url: str, code: str, devices: int) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.host, self.port = host, int(port)
        self.code = code
        self.devices = devices
        self.tokens: list[str] = []
        self.seen: list[list[tuple[int | None, float]]] = [[] for _ in range(devices)]
        self.errors: dict[str, int] = {}
        self._tasks: list[asyncio.Task[None]] = []

    async def open(self, join_window_s: float = 5.0) -> None:
        start = time.monotonic()

        async def join(i: int) -> str:
            await asyncio.sleep(
                max(0.0, start + i * join_window_s / self.devices - time.monotonic())
            )
            body = json.dumps({"code": self.code, "join_key": f"bench-device-{i:06d}"}).encode()
            headers = {"Content-Type": "application/json"}
            connection = RawConnection(self.host, self.port, self._source(i))
            try:
                status, data = await connection.request("POST", "/api/join", headers, body)
            finally:
                connection.reset()
            if status != 200:
                raise RuntimeError(f"join refused: HTTP {status} {data[:200]!r}")
            return str(json.loads(data)["token"])

        self.tokens = list(await asyncio.gather(*(join(i) for i in range(self.devices))))
        self._tasks = [asyncio.create_task(self._listen(i)) for i in range(self.devices)]
        await self.wait_all(lambda seen: bool(seen), 60.0)

    def _source(self, i: int) -> str | None:
        """Each device speaks from its own loopback address, as each phone has its own on
        the Wi-Fi (the server bounds joins and connections per address)."""
        return f"127.1.{i // 250}.{i % 250 + 1}" if self.host.startswith("127.") else None

    async def _listen(self, i: int) -> None:
        headers = {"X-Belong-Token": self.tokens[i], "Accept": "text/event-stream"}
        connection = RawConnection(self.host, self.port, self._source(i))
        while True:
            try:
                async for name, data in connection.event_data("/api/events", headers):
                    if name == "state":
                        now = time.monotonic()
                        step = json.loads(data).get("step") if data.startswith("{") else None
                        index = step.get("index") if isinstance(step, dict) else None
                        self.seen[i].append((index, now))
            except NetworkError as exc:
                self.errors[str(exc)] = self.errors.get(str(exc), 0) + 1
            await asyncio.sleep(2.0)  # the server's "retry: 2000", as EventSource does

    async def wait_all(self, done: Any, timeout: float) -> bool:
        """Until ``done(seen)`` holds for every device, or ``timeout``: True if it did."""
        deadline = time.monotonic() + timeout
        while not all(done(seen) for seen in self.seen):
            if time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.01)
        return True

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


async def _ask(app: AppProcess, line: str, answer: str) -> dict[str, Any]:
    app.send(line)
    return await asyncio.to_thread(app.expect, answer, 60)


async def _measure_memory(app: AppProcess, samples: int = 5) -> dict[str, float]:
    """The largest of a few samples a quarter of a second apart."""
    out: dict[str, float] = {}
    for _ in range(samples):
        for key, value in memory_of(app.proc.pid).items():
            out[key] = max(out.get(key, 0.0), value)
        await asyncio.sleep(0.25)
    return {k: round(v, 1) for k, v in out.items()}


async def run_ours(app: AppProcess, ready: dict[str, Any], devices: int) -> dict[str, Any]:
    room = Room(ready["url"], ready["code"], devices)
    await room.open()
    # The devices' arrival times are taken on this loop: how late it ran bounds the error.
    lag = _LoopLag()
    lag_task = asyncio.create_task(lag.run())
    try:
        status = await _ask(app, "status", "STATUS")
        deadline = time.monotonic() + 15
        while not status.get("video_playing") and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
            status = await _ask(app, "status", "STATUS")
        memory = await _measure_memory(app)
        latencies: list[float] = []
        per_step: list[dict[str, Any]] = []
        missed = 0
        while True:
            moved = await _ask(app, "next", "NEXT")
            index = moved["step_index"]
            if index is None:
                break
            marks = [len(seen) for seen in room.seen]

            def shown(seen: list[tuple[int | None, float]], _index: int = index) -> bool:
                return any(i == _index for i, _t in seen)

            await room.wait_all(shown, DEADLINE_S)
            step_ms: list[float] = []
            for seen, mark in zip(room.seen, marks, strict=True):
                times = [t for i, t in seen[mark:] if i == index] or [
                    t for i, t in seen if i == index
                ]
                if times:
                    step_ms.append((times[0] - moved["at"]) * 1000)
                else:
                    missed += 1
            latencies += step_ms
            per_step.append(
                {
                    "step_index": index,
                    "next_call_ms": (moved["done"] - moved["at"]) * 1000,
                    "p50_ms": percentile(step_ms, 50),
                    "p99_ms": percentile(step_ms, 99),
                    "max_ms": max(step_ms, default=math.nan),
                }
            )
            if await _is_last(app):
                break
    finally:
        lag_task.cancel()
        await room.close()
    return {
        "devices": devices,
        "client_loop_lag_ms": lag.max_ms,
        "samples": len(latencies),
        "missed": missed,
        "p50_ms": percentile(latencies, 50),
        "p99_ms": percentile(latencies, 99),
        "max_ms": max(latencies, default=math.nan),
        "steps": per_step,
        "video": status,
        "memory": memory,
        "stream_errors": room.errors,
    }


async def _is_last(app: AppProcess) -> bool:
    status = await _ask(app, "status", "STATUS")
    return bool(status.get("step_index") == status.get("last_index"))


async def run_baseline(app: AppProcess, ready: dict[str, Any], devices: int) -> dict[str, Any]:
    room = Room(ready["url"], ready["code"], devices)
    await room.open()
    try:
        memory = await _measure_memory(app)
    finally:
        await room.close()
    return {"devices": devices, "memory": memory, "stream_errors": room.errors}


def run(variant: str, devices: int, tmp: Path) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix=f"next-{variant}-", dir=tmp))
    app = AppProcess(variant, data_dir, devices, start_step=START_STEP)
    try:
        ready = app.expect("READY", 120)
        go = run_ours if variant == "ours" else run_baseline
        result = asyncio.run(go(app, ready, devices))
        app.stop()
    except BaseException:
        app.kill()
        raise
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--tmp", help="where the databases go (default: the system temp dir)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    _raise_file_limit()
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="next-visible-", dir=args.tmp) as tmp:
        for _ in range(args.runs):
            ours = run("ours", args.devices, Path(tmp))
            ours["baseline_memory"] = run("baseline", args.devices, Path(tmp))["memory"]
            runs.append(ours)
    if args.json:
        json.dump({"args": vars(args), "runs": json_safe(runs)}, sys.stdout, allow_nan=False)
        print()
        return 0
    for n, r in enumerate(runs, 1):
        print(
            f"run {n}: {r['devices']} devices, {r['samples']} step arrivals, missed {r['missed']}"
        )
        print(
            f"  next -> visible: p50 {r['p50_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms, "
            f"max {r['max_ms']:.0f} ms (target p99 <= {TARGET_P99_MS:.0f} ms)"
        )
        for step in r["steps"]:
            print(
                f"    step {step['step_index']}: next() {step['next_call_ms']:.0f} ms, "
                f"p50 {step['p50_ms']:.0f}, p99 {step['p99_ms']:.0f}, max {step['max_ms']:.0f}"
            )
        video = r["video"]
        print(
            f"  video: {video.get('video_backend')} playing={video.get('video_playing')} "
            f"at {video.get('video_position_s')}"
        )
        mem, base = r["memory"], r["baseline_memory"]
        print(
            f"  memory: RSS {mem.get('rss_mb', math.nan):.0f} MB, PSS "
            f"{mem.get('pss_mb', math.nan):.0f} MB, peak {mem.get('vmhwm_mb', math.nan):.0f} MB"
            f"; baseline RSS {base.get('rss_mb', math.nan):.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
