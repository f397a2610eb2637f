"""Simulated classroom devices for ``classroom_load.py``: join, listen, send a letter.

Runs in its own process so the devices never share the server's interpreter (or its GIL).
Every device does what the student page does: ``POST /api/join`` with the code, keeps the
event stream ``/api/events`` open, and sends its letter with ``PUT /api/answers/letter``
(revision 1, submit, share). A request that fails on the network, times out (10 s) or gets
a 5xx is repeated with the same body after the page's backoff (1 s, doubling, plus up to
0.5 s), so a repeat can never add a second answer. Latencies are measured from the first
attempt to the acknowledgement, as the student sees them.

``--revisions N`` makes each device send its letter N times (revision 1, 2, … N, each
with its own text, the next as soon as the last was acknowledged), as a student who edits
and sends again; each device reports the last revision acknowledged. ``--hold S`` keeps
the event streams open after the last acknowledgement until each listening device has
opened its stream ``--streams K`` times (reconnected after an outage) or S seconds
passed. The fault tests (``tests/faults``) kill the app in the middle with these.

Two transports: ``raw`` (default) speaks HTTP/1.1 over asyncio streams with one keep-alive
connection per device plus one for its event stream, as a browser does; ``httpx`` shares
one ``httpx.AsyncClient``. The client reports its own CPU time and event-loop lag, so a
report can tell when the devices, not the server, were the bottleneck.

    .venv/bin/python benchmarks/_load_client.py --url http://127.0.0.1:8470 --code 123456
Prints one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import random
import resource
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

REQUEST_TIMEOUT_S = 10.0  # student.js REQUEST_TIMEOUT_MS
MAX_BACKOFF_S = 15.0  # student.js MAX_BACKOFF_MS
SSE_RETRY_S = 2.0  # the server's "retry: 2000"

_LETTER = (
    "Kære dig, der starter på studiet efter sommerferien. Jeg husker godt mine første uger: "
    "det føltes, som om alle andre allerede kendte hinanden, og jeg turde næsten ikke spørge "
    "om hjælp. Men det går over. Vi var mange, der havde det sådan – også dem, der så mest "
    "selvsikre ud. Sig ja til en kop kaffe i kantinen, også når det føles svært, skriv dig på "
    "en læsegruppe, og spørg din underviser, når du er i tvivl. Det er helt normalt at føle "
    "sig lidt udenfor i starten; det siger intet om, hvor godt du passer ind. Øv dig i at "
    "række ud, og giv det tid. Mange hilsner fra en, der selv sad på bageste række i første "
    "semester og nu har gode venner på årgangen. "
)


def letter_text(device: int, length: int = 2000, revision: int = 1) -> str:
    """The letter device ``device`` sends: Danish (æøå), unique, exactly ``length`` chars."""
    head = f"Brev {device:04d}. " if revision == 1 else f"Brev {device:04d} v{revision}. "
    text = head + _LETTER * (length // len(_LETTER) + 1)
    return text[:length]


# -- transports ----------------------------------------------------------------------


class NetworkError(Exception):
    """The request never got an HTTP answer (what the page shows as offline)."""


class Connection(Protocol):
    reconnects: int

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> tuple[int, bytes]: ...

    def events(self, path: str, headers: dict[str, str]) -> AsyncIterator[str]: ...

    def reset(self) -> None: ...


class _Stale(Exception):
    pass


class RawConnection:
    """One keep-alive HTTP/1.1 connection (and, for ``events``, one more per stream)."""

    def __init__(self, host: str, port: int, source: str | None = None) -> None:
        self.host = host
        self.port = port
        # The server counts connections per address (200 each): like a phone on the Wi-Fi,
        # each device speaks from its own address, one of loopback's 127/8.
        self.local_addr = (source, 0) if source else None
        self.reconnects = 0
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    def _head(self, method: str, path: str, headers: dict[str, str], length: int | None) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if length is not None:
            lines.append(f"Content-Length: {length}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> tuple[int, bytes]:
        try:
            return await self._request(method, path, headers, body)
        except _Stale:
            # The server closed the idle connection; a browser silently opens a new one.
            self.reconnects += 1
            return await self._request(method, path, headers, body)

    async def _request(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, bytes]:
        reused = self._writer is not None
        if self._writer is None:
            try:
                self._reader, self._writer = await asyncio.open_connection(
                    self.host, self.port, local_addr=self.local_addr
                )
            except OSError as exc:
                raise NetworkError(f"connect: {exc.strerror or exc}") from exc
        assert self._reader is not None and self._writer is not None
        length = len(body) if method in ("POST", "PUT") else None
        try:
            self._writer.write(self._head(method, path, headers, length) + body)
            await self._writer.drain()
            raw = await self._reader.readuntil(b"\r\n\r\n")
        except (OSError, asyncio.IncompleteReadError) as exc:
            self.reset()
            if reused and (not isinstance(exc, asyncio.IncompleteReadError) or not exc.partial):
                raise _Stale from exc
            raise NetworkError(type(exc).__name__) from exc
        try:
            status, fields = _parse_head(raw)
            data = await _read_body(self._reader, fields)
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            self.reset()
            raise NetworkError(type(exc).__name__) from exc
        if fields.get("connection", "").lower() == "close":
            self.reset()
        return status, data

    async def events(self, path: str, headers: dict[str, str]) -> AsyncIterator[str]:
        async for name, _data in self.event_data(path, headers):
            yield name

    async def event_data(
        self, path: str, headers: dict[str, str]
    ) -> AsyncIterator[tuple[str, str]]:
        """Each complete event's name and data, as it arrives (``next_visible.py``)."""
        try:
            reader, writer = await asyncio.open_connection(
                self.host, self.port, local_addr=self.local_addr
            )
        except OSError as exc:
            raise NetworkError(f"connect: {exc.strerror or exc}") from exc
        try:
            writer.write(self._head("GET", path, headers, None))
            await writer.drain()
            status, fields = _parse_head(await reader.readuntil(b"\r\n\r\n"))
            if status != 200:
                raise NetworkError(f"events: HTTP {status}")
            parser = _SseParser()
            async for piece in _body_pieces(reader, fields):
                for event in parser.feed_events(piece.decode("utf-8")):
                    yield event
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            raise NetworkError(f"events: {type(exc).__name__}") from exc
        finally:
            writer.close()

    def reset(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None


def _parse_head(raw: bytes) -> tuple[int, dict[str, str]]:
    lines = raw.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    fields: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            fields[name.strip().lower()] = value.strip()
    return status, fields


async def _body_pieces(
    reader: asyncio.StreamReader, fields: dict[str, str]
) -> AsyncIterator[bytes]:
    if "content-length" in fields:
        yield await reader.readexactly(int(fields["content-length"]))
    elif "chunked" in fields.get("transfer-encoding", "").lower():
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                return
            yield (await reader.readexactly(size + 2))[:-2]
    else:
        while chunk := await reader.read(65536):
            yield chunk


async def _read_body(reader: asyncio.StreamReader, fields: dict[str, str]) -> bytes:
    return b"".join([piece async for piece in _body_pieces(reader, fields)])


class _SseParser:
    """Yields the event name of each complete event; comments (heartbeats) yield nothing."""

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, text: str) -> list[str]:
        return [name for name, _data in self.feed_events(text)]

    def feed_events(self, text: str) -> list[tuple[str, str]]:
        """Each complete event's name and data (its data lines joined)."""
        self._buffer += text.replace("\r\n", "\n")
        events: list[tuple[str, str]] = []
        while "\n\n" in self._buffer:
            block, self._buffer = self._buffer.split("\n\n", 1)
            name, data = "message", []
            for line in block.split("\n"):
                if line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].removeprefix(" "))
            if data:
                events.append((name, "\n".join(data)))
        return events


class HttpxConnection:
    """A device's view of one shared ``httpx.AsyncClient`` (its pool holds the sockets)."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.reconnects = 0

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> tuple[int, bytes]:
        import httpx

        try:
            content = body if method in ("POST", "PUT") else None
            response = await self._client.request(method, path, headers=headers, content=content)
        except httpx.TransportError as exc:
            raise NetworkError(type(exc).__name__) from exc
        return response.status_code, response.content

    async def events(self, path: str, headers: dict[str, str]) -> AsyncIterator[str]:
        import httpx

        try:
            timeout = httpx.Timeout(REQUEST_TIMEOUT_S, read=None)
            async with self._client.stream("GET", path, headers=headers, timeout=timeout) as r:
                if r.status_code != 200:
                    raise NetworkError(f"events: HTTP {r.status_code}")
                parser = _SseParser()
                async for text in r.aiter_text():
                    for name in parser.feed(text):
                        yield name
        except httpx.TransportError as exc:
            raise NetworkError(f"events: {type(exc).__name__}") from exc

    def reset(self) -> None:
        pass  # the pool drops a broken connection by itself


# -- the devices ---------------------------------------------------------------------


@dataclass
class Device:
    index: int
    participant_id: str | None = None
    join_ms: float | None = None
    join_attempts: int = 0
    sse_first_ms: float | None = None
    sse_events: int = 0
    sse_failures: int = 0
    sse_connects: int = 0  # streams opened that brought a state (reconnects included)
    send_scheduled: float | None = None
    send_started: float | None = None
    ack_at: float | None = None
    ack_ms: float | None = None
    attempts: int = 0
    reconnects: int = 0
    http_status: int | None = None
    answer_status: str | None = None
    acked_revision: int = 0  # the last revision the laptop acknowledged
    stored: bool | None = None
    refused: str | None = None
    error: str | None = None
    token: str | None = field(default=None, repr=False)


class GaveUp(Exception):
    pass


class Devices:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        url = urlsplit(args.url)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.errors: collections.Counter[str] = collections.Counter()
        self.client: Any = None
        if args.transport == "httpx":
            import httpx

            limits = httpx.Limits(max_connections=None, max_keepalive_connections=2 * args.devices)
            self.client = httpx.AsyncClient(
                base_url=args.url, limits=limits, timeout=REQUEST_TIMEOUT_S
            )
        self.devices = [Device(i) for i in range(args.devices)]
        self.connections: list[Connection] = [self._connection(d.index) for d in self.devices]
        self.sse_ready = [asyncio.Event() for _ in self.devices]
        self.reconnected = asyncio.Event()  # every listener opened its stream --streams times
        self.times: dict[str, float] = {}

    def _connection(self, index: int) -> Connection:
        if self.client is not None:
            return HttpxConnection(self.client)  # one address for all: mind the caps
        source = f"127.1.{index // 250}.{index % 250 + 1}" if self.host.startswith("127.") else None
        return RawConnection(self.host, self.port, source)

    async def call(
        self, device: Device, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, bytes, int]:
        """Repeat the request like the page until it gets an HTTP answer below 500."""
        connection = self.connections[device.index]
        give_up_at = time.monotonic() + self.args.give_up
        backoff = 1.0
        attempts = 0
        while True:
            attempts += 1
            try:
                async with asyncio.timeout(REQUEST_TIMEOUT_S):
                    status, data = await connection.request(method, path, headers, body)
                if status < 500 and status != 429:
                    return status, data, attempts
                problem = f"{method} HTTP {status}"
            except (NetworkError, TimeoutError) as exc:
                connection.reset()
                problem = f"{method} {type(exc).__name__}: {exc}"
            self.errors[problem] += 1
            if time.monotonic() + backoff > give_up_at:
                raise GaveUp(problem)
            await asyncio.sleep(backoff + self.rng.random() * 0.5)
            backoff = min(backoff * 2, MAX_BACKOFF_S)

    async def join(self, device: Device, at: float) -> None:
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        # As the page does: one join key per attempt to join, the same on every retry, so a
        # retried join whose reply was lost gets the same participant back.
        join_key = f"{self.rng.getrandbits(128):032x}"
        body = json.dumps({"code": self.args.code, "join_key": join_key}).encode()
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        started = time.monotonic()
        try:
            status, data, device.join_attempts = await self.call(
                device, "POST", "/api/join", headers, body
            )
        except GaveUp as exc:
            device.error = f"join: gave up ({exc})"
            return
        device.join_ms = (time.monotonic() - started) * 1000
        if status != 200:
            device.error = f"join: HTTP {status} {data[:200]!r}"
            self.errors[f"join refused {status}"] += 1
            return
        out = json.loads(data)
        device.token, device.participant_id = out["token"], out["participant_id"]

    async def listen(self, device: Device, opened: float) -> None:
        """Keep the event stream open (reconnecting like EventSource) until cancelled."""
        assert device.token is not None
        connection = self._connection(device.index)
        headers = {"X-Belong-Token": device.token, "Accept": "text/event-stream"}
        while True:
            try:
                first = True
                async for name in connection.events("/api/events", headers):
                    if name == "state":
                        device.sse_events += 1
                        if first:
                            first = False
                            device.sse_connects += 1
                            self._check_reconnected()
                        if device.sse_first_ms is None:
                            device.sse_first_ms = (time.monotonic() - opened) * 1000
                            self.sse_ready[device.index].set()
                device.sse_failures += 1
                self.errors["events: the stream ended"] += 1
            except NetworkError as exc:
                device.sse_failures += 1
                self.errors[str(exc)] += 1
            await asyncio.sleep(SSE_RETRY_S)

    def _check_reconnected(self) -> None:
        listening = [d for d in self.devices if d.sse_first_ms is not None or d.sse_connects]
        if listening and all(d.sse_connects >= self.args.streams for d in listening):
            self.reconnected.set()

    async def send(self, device: Device, at: float) -> None:
        assert device.token is not None
        headers = {
            "X-Belong-Token": device.token,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        device.send_scheduled = at
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        for revision in range(1, self.args.revisions + 1):
            text = letter_text(device.index, self.args.text_length, revision)
            # The browser's JSON.stringify: UTF-8, no escaping of æøå. A retry repeats the
            # same revision, so it can never store a second answer.
            payload = {"revision": revision, "submit": True, "text": text, "share": True}
            body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            started = time.monotonic()
            if revision == 1:
                device.send_started = started
            try:
                status, data, attempts = await self.call(
                    device, "PUT", "/api/answers/letter", headers, body
                )
            except GaveUp as exc:
                device.error = f"send r{revision}: gave up ({exc})"
                return
            device.attempts += attempts
            device.ack_at = time.monotonic()
            if revision == 1:
                device.ack_ms = (device.ack_at - started) * 1000
            device.http_status = status
            out = json.loads(data)
            if status != 200:
                device.refused = out.get("code", str(status))
                self.errors[f"send refused {status} {device.refused}"] += 1
                return
            device.acked_revision = revision
            device.answer_status = out["answer"]["status"]
            device.stored = out["stored"]

    async def run(self) -> dict[str, Any]:
        args = self.args
        n = len(self.devices)
        lag = _LoopLag()
        lag_task = asyncio.create_task(lag.run())
        start = time.monotonic() + 0.1
        self.times["join_start"] = start
        listeners: list[asyncio.Task[None]] = []
        sse_devices = set(self.rng.sample(range(n), round(n * args.sse_share)))

        async def join_and_listen(device: Device) -> None:
            await self.join(device, start + device.index * args.join_window / n)
            if device.token is None:
                self.sse_ready[device.index].set()
            elif device.index in sse_devices:
                listeners.append(asyncio.create_task(self.listen(device, time.monotonic())))
            else:
                self.sse_ready[device.index].set()

        await asyncio.gather(*(join_and_listen(d) for d in self.devices))
        self.times["join_end"] = time.monotonic()
        try:
            async with asyncio.timeout(30):
                await asyncio.gather(*(e.wait() for e in self.sse_ready))
        except TimeoutError:
            self.errors["events: no first state within 30 s of the last join"] += 1
        self.times["sse_ready"] = time.monotonic()

        send_start = time.monotonic() + 0.5
        joined = [d for d in self.devices if d.token is not None]
        if args.mode == "burst":
            offsets = [0.0] * len(joined)
        else:
            offsets = [k * args.window / max(1, len(joined)) for k in range(len(joined))]
            self.rng.shuffle(offsets)
        self.times["send_start"] = send_start
        await asyncio.gather(
            *(self.send(d, send_start + o) for d, o in zip(joined, offsets, strict=True))
        )
        acks = [d.ack_at for d in self.devices if d.ack_at is not None]
        self.times["send_end"] = max(acks) if acks else time.monotonic()
        await asyncio.sleep(0.2)  # a late event would still be counted
        if args.hold > 0 and listeners:
            self._check_reconnected()
            try:
                async with asyncio.timeout(args.hold):
                    await self.reconnected.wait()
            except TimeoutError:
                self.errors[f"events: not every stream opened {args.streams} times"] += 1
        for task in listeners:
            task.cancel()
        await asyncio.gather(*listeners, return_exceptions=True)
        for connection in self.connections:
            connection.reset()
        if self.client is not None:
            await self.client.aclose()
        lag_task.cancel()
        self.times["end"] = time.monotonic()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        late = [
            (d.send_started - d.send_scheduled) * 1000
            for d in self.devices
            if d.send_started is not None and d.send_scheduled is not None
        ]
        return {
            "transport": args.transport,
            "mode": args.mode,
            "devices": n,
            "sse_devices": len(sse_devices),
            "text_length": args.text_length,
            "times": self.times,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            "loop_max_lag_ms": lag.max_ms,
            "send_start_late_max_ms": max(late, default=0.0),
            "errors": dict(self.errors),
            "devices_out": [_public(d) for d in self.devices],
        }


def _public(device: Device) -> dict[str, Any]:
    out = asdict(device)
    del out["token"]
    return out


class _LoopLag:
    """The largest delay of a 5 ms sleep: how busy the devices' own event loop was."""

    def __init__(self) -> None:
        self.max_ms = 0.0

    async def run(self) -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(0.005)
            self.max_ms = max(self.max_ms, (time.monotonic() - before - 0.005) * 1000)


def _raise_file_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and (hard == resource.RLIM_INFINITY or soft < hard):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="http://127.0.0.1:PORT")
    parser.add_argument("--code", required=True, help="the join code")
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--join-window", type=float, default=5.0, help="joins spread over (s)")
    parser.add_argument("--window", type=float, default=10.0, help="letters spread over (s)")
    parser.add_argument("--mode", choices=("spread", "burst"), default="spread")
    parser.add_argument("--sse-share", type=float, default=1.0, help="devices with a stream")
    parser.add_argument("--transport", choices=("raw", "httpx"), default="raw")
    parser.add_argument("--text-length", type=int, default=2000)
    parser.add_argument("--give-up", type=float, default=60.0, help="stop retrying after (s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--revisions", type=int, default=1, help="letters sent per device")
    parser.add_argument("--hold", type=float, default=0.0, help="keep streams open up to (s)")
    parser.add_argument("--streams", type=int, default=1, help="stream openings to hold for")
    args = parser.parse_args()
    _raise_file_limit()
    out = asyncio.run(Devices(args).run())
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
