"""Bad classroom Wi-Fi: devices answer through 300 ms of latency each way and 5 % loss.

``run(devices=60)`` starts the real app (``session run --headless`` on loopback, its own
data folder), moves it to the letter step, and lets ``_load_client.py`` (the devices:
join, event stream, letter; keep-alive connections and the page's backoff) answer through
a bad network. Then it ends the session and checks the SQLite file: every acknowledged
letter is stored exactly once, with the text that was sent. It returns (and ``main``
prints) one JSON-able dict with the p50/p99 acknowledgement time as the student sees it.

The network: first ``tc netem`` on the loopback of a new network namespace
(``unshare -n``: delay 300 ms, loss 5 %), where the kernel has it; otherwise a TCP proxy
on loopback, run here on asyncio, that delays every chunk by the latency in each
direction, delays one chunk in twenty by a further 200-1000 ms (what a lost segment costs
TCP: a retransmission timeout, and everything behind it waits) and now and then resets a
connection (a device dropping off the Wi-Fi). ``network`` in the result says which ran.
The test (``tests/faults/test_bad_network.py``) runs a few devices; ``make bench`` the 60.

    .venv/bin/python benchmarks/_bad_network.py [--devices 60] [--network auto|netem|proxy]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import math
import os
import queue
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CLIENT = Path(__file__).with_name("_load_client.py")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from benchmarks._json_lines import JsonLinesChild  # noqa: E402

STARTUP_TIMEOUT_S = 60.0


# -- the network ---------------------------------------------------------------------


def netem_available() -> bool:
    """Whether ``tc netem`` works on loopback in a fresh network namespace here."""
    if sys.platform != "linux" or not all(shutil.which(t) for t in ("unshare", "tc", "ip")):
        return False
    probe = subprocess.run(
        ["unshare", "-n", "sh", "-c",
         "ip link set lo up && tc qdisc add dev lo root netem delay 1ms loss 1%"],
        capture_output=True,
        timeout=30,
    )  # fmt: skip
    return probe.returncode == 0


@dataclass
class ProxyStats:
    connections: int = 0
    chunks: int = 0
    delayed: int = 0  # chunks that paid a retransmission timeout
    resets: int = 0


@dataclass
class LossyProxy:
    """A TCP proxy on loopback that behaves like a poor classroom Wi-Fi."""

    target_port: int
    latency_s: float = 0.3
    loss: float = 0.05
    reset_share: float = 0.005  # of chunks: the connection drops there
    seed: int = 1
    stats: ProxyStats = field(default_factory=ProxyStats)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.ensure_future(self._serve(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client_w.transport.abort()
            return
        ends = (client_w, server_w)
        try:
            await asyncio.gather(
                self._direction(client_r, server_w, ends),
                self._direction(server_r, client_w, ends),
            )
        finally:
            for end in ends:
                end.transport.abort()

    async def _direction(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        ends: tuple[asyncio.StreamWriter, ...],
    ) -> None:
        """Bytes one way, in order, each chunk late by the latency (and sometimes more)."""
        loop = asyncio.get_running_loop()
        pending: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                at, data = await pending.get()
                await asyncio.sleep(max(0.0, at - loop.time()))
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                writer.write(data)
                await writer.drain()

        delivering = asyncio.ensure_future(deliver())
        last = 0.0
        try:
            while True:
                try:
                    data = await reader.read(65536)
                except (ConnectionError, OSError):
                    data = b""
                extra = 0.0
                if data:
                    self.stats.chunks += 1
                    if self._rng.random() < self.loss:
                        self.stats.delayed += 1
                        extra = self._rng.uniform(0.2, 1.0)
                    if self._rng.random() < self.reset_share:
                        self.stats.resets += 1
                        for end in ends:
                            end.transport.abort()
                        return
                # In order: a chunk never overtakes the one before it (TCP's head of line).
                last = max(last, loop.time() + self.latency_s + extra)
                pending.put_nowait((last, data))
                if not data:
                    break
            await delivering
        except (ConnectionError, OSError):
            for end in ends:
                end.transport.abort()
        finally:
            delivering.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionError, OSError):
                await delivering


# -- the app -------------------------------------------------------------------------


class HeadlessApp(JsonLinesChild):
    """The real app, headless, serving a ``belonging`` session on loopback."""

    def __init__(self, data_dir: Path) -> None:
        env = dict(os.environ)
        env |= {"BELONG_DATA_DIR": str(data_dir), "BELONG_LOG_DIR": str(data_dir / "logs")}
        env["PYTHONUNBUFFERED"] = "1"
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        self.data_dir = data_dir
        super().__init__(
            [sys.executable, "-m", "belong_desktop", "session", "run", "--headless",
             "--data-dir", str(data_dir), "--bind", "127.0.0.1", "--pack", "belonging",
             "--group", "WIFI-1", "--language", "da"],
            env,
            name="bad-net",
        )  # fmt: skip

    def wait_for(self, name: str, timeout: float = STARTUP_TIMEOUT_S) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                event = self.next_line(deadline - time.monotonic())
            except queue.Empty:
                raise RuntimeError(f"the app said no {name!r} in {timeout} s") from None
            if event is None:
                raise RuntimeError(f"the app stopped before {name!r}: {self.errors()}")
            if event.get("event") == "error":
                raise RuntimeError(f"the app refused a command: {event}")
            if event.get("event") == name:
                return event

    def open_letter_step(self) -> dict[str, Any]:
        """Wait for the student page, then move on to the letter; returns classroom_open."""
        opened = self.wait_for("classroom_open")
        while True:
            self.send("next")
            if self.wait_for("step_changed")["step_id"] == "letter":
                return opened

    def finish(self) -> int:
        self.send("end")
        self.wait_for("session_ended")
        self.close_stdin()
        return self.wait(STARTUP_TIMEOUT_S)


# -- the run -------------------------------------------------------------------------


def run(
    devices: int = 60,
    *,
    network: str = "auto",
    latency_ms: float = 300.0,
    loss: float = 0.05,
    window_s: float = 10.0,
    join_window_s: float = 5.0,
    give_up_s: float = 120.0,
    seed: int = 1,
    data_dir: Path | None = None,
    reset_share: float = 0.005,
) -> dict[str, Any]:
    """One class of ``devices`` answering over a bad network; see the module docstring.

    ``reset_share`` is the proxy's share of chunks at which it drops the connection
    (netem has no such knob: its losses are packets, and TCP retransmits them).
    """
    if network == "auto":
        network = "netem" if netem_available() else "proxy"
    options: dict[str, Any] = {
        "devices": devices,
        "latency_ms": latency_ms,
        "loss": loss,
        "window_s": window_s,
        "join_window_s": join_window_s,
        "give_up_s": give_up_s,
        "seed": seed,
    }
    if network == "netem":
        return _run_in_netem_namespace(options, data_dir)
    if network not in ("proxy", "none"):
        raise ValueError(f"unknown network {network!r}: auto, netem or proxy")
    with contextlib.ExitStack() as stack:
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bad-net-")))
        return _run_here(network, data_dir, reset_share=reset_share, **options)


def _run_in_netem_namespace(options: dict[str, Any], data_dir: Path | None) -> dict[str, Any]:
    """The same run inside ``unshare -n`` with ``tc netem`` on its loopback."""
    delay, loss = f"{options['latency_ms']:g}ms", f"{options['loss'] * 100:g}%"
    args = [f"--{k.replace('_', '-')}={v}" for k, v in options.items()]
    if data_dir is not None:
        args.append(f"--data-dir={data_dir}")
    inner = [sys.executable, str(Path(__file__).resolve()), "--network=none", "--json", *args]
    netem = f"tc qdisc add dev lo root netem delay {delay} loss {loss}"
    script = f'ip link set lo up && {netem} && exec "$@"'
    done = subprocess.run(
        ["unshare", "-n", "sh", "-c", script, "sh", *inner],
        capture_output=True,
        text=True,
        timeout=options["give_up_s"] * 3 + STARTUP_TIMEOUT_S,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the netem run failed: {done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    result["network"] = "netem"
    return result


def _run_here(
    network: str,
    data_dir: Path,
    *,
    devices: int,
    latency_ms: float,
    loss: float,
    window_s: float,
    join_window_s: float,
    give_up_s: float,
    seed: int,
    reset_share: float = 0.005,
) -> dict[str, Any]:
    app = HeadlessApp(data_dir)
    try:
        opened = app.open_letter_step()
        port, code = int(opened["port"]), str(opened["code"])
        proxy = None
        if network == "proxy":
            proxy = LossyProxy(port, latency_ms / 1000, loss, reset_share, seed=seed)
        client_args = [
            "--code", code, "--devices", str(devices), "--window", str(window_s),
            "--join-window", str(join_window_s), "--give-up", str(give_up_s),
            "--seed", str(seed), "--text-length", "2000",
        ]  # fmt: skip
        # A loop of its own on its own thread: the caller's thread may already run one
        # (Playwright's sync API keeps a loop on the test process's main thread).
        with ThreadPoolExecutor(1, thread_name_prefix="bad-network") as pool:
            devices_run = _devices_through(proxy, port, client_args, give_up_s)
            out = pool.submit(asyncio.run, devices_run).result()
        exit_code = app.finish()
    finally:
        app.stop()
    stored = _stored_letters(data_dir / "belong.sqlite3")
    return _report(network, devices, latency_ms, loss, out, stored, exit_code, proxy)


async def _devices_through(
    proxy: LossyProxy | None, port: int, client_args: list[str], give_up_s: float
) -> dict[str, Any]:
    """Run the devices' process against the app, through ``proxy`` when there is one."""
    if proxy is not None:
        port = await proxy.start()
    try:
        child = await asyncio.create_subprocess_exec(
            sys.executable, str(CLIENT), "--url", f"http://127.0.0.1:{port}", *client_args,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            stdout, stderr = await asyncio.wait_for(child.communicate(), give_up_s * 3)
        except TimeoutError:
            child.kill()
            await child.wait()
            raise
        if child.returncode != 0:
            raise RuntimeError(f"the devices failed: {stderr.decode()}")
        result: dict[str, Any] = json.loads(stdout)
        return result
    finally:
        if proxy is not None:
            await proxy.close()


def _stored_letters(database: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT participant_id, status, text FROM answers WHERE step_id = 'letter'"
        ).fetchall()
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    if integrity != "ok":
        raise RuntimeError(f"the database is damaged after the run: {integrity}")
    return [(str(p), str(s), str(t)) for p, s, t in rows]


def _load_client() -> Any:
    """``_load_client.py`` as a module, without putting ``benchmarks/`` on ``sys.path``."""
    spec = importlib.util.spec_from_file_location("_bad_network_load_client", CLIENT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def _report(
    network: str,
    devices: int,
    latency_ms: float,
    loss: float,
    out: dict[str, Any],
    stored: list[tuple[str, str, str]],
    exit_code: int,
    proxy: LossyProxy | None,
) -> dict[str, Any]:
    letter_text = _load_client().letter_text
    by_participant: dict[str, list[tuple[str, str]]] = {}
    for participant, status, text in stored:
        by_participant.setdefault(participant, []).append((status, text))
    acked = [d for d in out["devices_out"] if d["http_status"] == 200]
    lost, wrong = [], []
    for device in acked:
        rows = by_participant.get(device["participant_id"], [])
        if not rows:
            lost.append(device["index"])
        elif rows != [("submitted", letter_text(device["index"], out["text_length"]))]:
            wrong.append(device["index"])
    texts = [text for _, _, text in stored]
    ack_ms = [float(d["ack_ms"]) for d in acked]
    join_ms = [float(d["join_ms"]) for d in out["devices_out"] if d["join_ms"] is not None]
    return {
        "network": network,
        "devices": devices,
        "latency_ms": latency_ms,
        "loss": loss,
        "acknowledged": len(acked),
        "stored": len(stored),
        "lost": lost,  # acknowledged but not in the file: must be empty
        "wrong": wrong,  # in the file, but not once or not as sent: must be empty
        "duplicate_texts": len(texts) - len(set(texts)),
        "ack_p50_ms": _percentile(ack_ms, 0.50),
        "ack_p99_ms": _percentile(ack_ms, 0.99),
        "ack_max_ms": max(ack_ms, default=None),
        "join_p99_ms": _percentile(join_ms, 0.99),
        "send_attempts_max": max((int(d["attempts"]) for d in acked), default=0),
        "gave_up": [d["index"] for d in out["devices_out"] if d["error"]],
        "client_errors": out["errors"],
        "proxy": None if proxy is None else vars(proxy.stats),
        "app_exit_code": exit_code,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=60)
    parser.add_argument("--network", choices=("auto", "netem", "proxy", "none"), default="auto")
    parser.add_argument("--latency-ms", type=float, default=300.0)
    parser.add_argument("--loss", type=float, default=0.05)
    parser.add_argument("--window-s", type=float, default=10.0)
    parser.add_argument("--join-window-s", type=float, default=5.0)
    parser.add_argument("--give-up-s", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--reset-share", type=float, default=0.005, help="proxy only")
    parser.add_argument("--json", action="store_true", help="one JSON object, nothing else")
    args = parser.parse_args()
    result = run(
        args.devices,
        network=args.network,
        latency_ms=args.latency_ms,
        loss=args.loss,
        window_s=args.window_s,
        join_window_s=args.join_window_s,
        give_up_s=args.give_up_s,
        seed=args.seed,
        data_dir=args.data_dir,
        reset_share=args.reset_share,
    )
    if args.json:
        json.dump(result, sys.stdout)
        sys.stdout.write("\n")
    else:
        print(
            f"bad network ({result['network']}: {result['latency_ms']:g} ms each way, "
            f"{result['loss']:.0%} loss), {result['devices']} devices: "
            f"{result['acknowledged']} acknowledged, {result['stored']} stored, "
            f"lost {len(result['lost'])}, wrong {len(result['wrong'])}; "
            f"ack p50 {result['ack_p50_ms']:.0f} ms, p99 {result['ack_p99_ms']:.0f} ms"
        )
        print(json.dumps({k: v for k, v in result.items() if k != "client_errors"}, indent=2))
    ok = not result["lost"] and not result["wrong"] and not result["duplicate_texts"]
    return 0 if ok and result["app_exit_code"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
