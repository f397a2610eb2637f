"""One misbehaving device cannot deny the room, seen from the outside with real sockets.

The real served session runs with short deadlines and small caps (``ConnectionLimits``):
a connection that sends nothing is closed, a head or body sent a byte at a time gets a
408, a device past its share of connections or event streams gets a Problem 503 with the
security headers while a device at another address is still served (loopback has all of
127/8: a client socket bound to 127.0.0.2 is another device), malformed HTTP gets a
Problem 400, and thousands of idle connections from one address neither stop the others
nor flood the log. The open-files limit is tested in a child process, where it can be
lowered without touching this one.
"""

from __future__ import annotations

import json
import logging
import selectors
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from belong_desktop.core.room_alerts import RoomAlert
from belong_desktop.server.connections import ConnectionGuard, ConnectionLimits
from belong_desktop.server.loop import LIMITER, RepeatLimiter
from tests.conftest import REPO, ServedSession

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="open-files limits are POSIX")

#: Deadlines short enough for a test, long enough for a loaded machine to send a head.
FAST = {"head_seconds": 0.5, "body_seconds": 0.5, "linger_seconds": 0.5}
WAIT = 10.0  # seconds any expected answer may take before the test fails


@pytest.fixture
def serve(isolated_data_dir: Path) -> Iterator[Callable[..., ServedSession]]:
    """``serve(per_address=4, ...)``: a served session held to these connection limits."""
    made: list[ServedSession] = []
    LIMITER.reset()

    def make(**limits: float) -> ServedSession:
        values = {**FAST, **limits}
        served = ServedSession(
            isolated_data_dir / f"c{len(made)}",
            connection_limits=ConnectionLimits(**values),  # type: ignore[arg-type]
        )
        made.append(served)
        return served

    yield make
    for served in made:
        served.close()


def connect(port: int, source: str = "127.0.0.1") -> socket.socket:
    """A TCP connection to the server from ``source`` (another loopback address: another device)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(WAIT)
    sock.bind((source, 0))
    sock.connect(("127.0.0.1", port))
    return sock


def read_until_closed(sock: socket.socket) -> bytes:
    data = b""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            return data
        data += chunk
    raise AssertionError(f"the server did not close the connection; it sent {data[:200]!r}")


def read_until(sock: socket.socket, marker: bytes, data: bytes = b"") -> bytes:
    deadline = time.monotonic() + WAIT
    while marker not in data:
        assert time.monotonic() < deadline, f"no {marker!r} in {data[-300:]!r}"
        chunk = sock.recv(65536)
        assert chunk, f"closed before {marker!r}: {data[-300:]!r}"
        data += chunk
    return data


def parse(data: bytes) -> tuple[int, dict[str, str], bytes]:
    top, _, body = data.partition(b"\r\n\r\n")
    lines = top.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def problem(data: bytes, status: int, code: str) -> dict[str, str]:
    """Assert ``data`` is one Problem answer with the security headers; its headers."""
    got, headers, body = parse(data)
    assert got == status, data[:300]
    assert headers["content-type"] == "application/json"
    answer = json.loads(body[: int(headers["content-length"])])
    assert answer["code"] == code and answer["detail"]
    assert "content-security-policy" in headers and headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store" and headers["connection"] == "close"
    return headers


def get(port: int, path: str = "/", source: str = "127.0.0.1", token: str = "") -> int:
    with connect(port, source) as sock:
        extra = f"X-Belong-Token: {token}\r\n" if token else ""
        request = (
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}Connection: close\r\n\r\n"
        )
        sock.sendall(request.encode())
        return parse(read_until_closed(sock))[0]


def readable(sock: socket.socket, timeout: float) -> bool:
    """Whether the server sent something within ``timeout`` (any fd number, unlike select)."""
    with selectors.DefaultSelector() as selector:
        selector.register(sock, selectors.EVENT_READ)
        return bool(selector.select(timeout))


def trickle(sock: socket.socket, data: bytes, every: float = 0.2) -> bytes:
    """Send ``data`` a byte at a time, ``every`` seconds apart, until the server answers."""
    for i in range(len(data)):
        try:
            sock.sendall(data[i : i + 1])
        except (BrokenPipeError, ConnectionResetError):
            break
        # The pace of a slow device: wait for the server's answer, at most ``every``.
        if readable(sock, every):
            break
    return read_until_closed(sock)


def guard_of(served: ServedSession) -> ConnectionGuard:
    guard = served.host.guard
    assert guard is not None
    return guard


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


def busy_alerts(served: ServedSession) -> list[int]:
    alerts = served.rt.classroom.counts(served.session_id).alerts
    return [a.count for a in alerts if a.alert is RoomAlert.BUSY]


# -- deadlines -----------------------------------------------------------------------


def test_a_connection_that_sends_nothing_is_closed_without_an_answer(
    serve: Callable[..., ServedSession],
) -> None:
    served = serve()
    with connect(served.info.port) as sock:
        assert read_until_closed(sock) == b""  # a browser's spare connection: no refusal
    wait_for(lambda: guard_of(served).connections() == 0, "the closed one is still counted")
    assert guard_of(served).addresses() == 0  # nothing of the address is kept
    assert busy_alerts(served) == []  # a closed idle connection is not load being shed


def test_a_head_sent_a_byte_at_a_time_gets_a_408(serve: Callable[..., ServedSession]) -> None:
    served = serve()
    port = served.info.port
    head = f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/html\r\n\r\n".encode()
    with connect(port) as sock:
        problem(trickle(sock, head), 408, "too_slow")
    assert get(port) == 200  # the server itself is fine


def test_a_body_sent_a_byte_at_a_time_gets_a_408_and_stores_nothing(
    serve: Callable[..., ServedSession], caplog: pytest.LogCaptureFixture
) -> None:
    served = serve()
    port = served.info.port
    served.go_to("reflection")
    token, device = served.rt.classroom.join(served.session_id)
    body = json.dumps({"revision": 1, "submit": True, "text": "x" * 100}).encode()
    head = (
        f"PUT /api/answers/reflection HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"X-Belong-Token: {token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    with caplog.at_level(logging.INFO), connect(port) as sock:
        sock.sendall(head)
        problem(trickle(sock, body), 408, "too_slow")
    assert served.rt.classroom.answers(device) == []
    assert not [r for r in caplog.records if r.exc_info], "a slow body is not a server error"


def test_a_request_after_a_response_has_its_own_head_deadline(
    serve: Callable[..., ServedSession],
) -> None:
    served = serve()
    port = served.info.port
    request = f"GET /static/device.js HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    with connect(port) as sock:
        for _ in range(3):  # whole requests on one kept-alive connection are served
            sock.sendall(request)
            status, headers, rest = parse(read_until(sock, b"\r\n\r\n"))
            assert status == 200
            length = int(headers["content-length"])
            while len(rest) < length:
                rest += sock.recv(65536)
        # A next request trickled after them is held to the deadline as the first was.
        problem(trickle(sock, request), 408, "too_slow")


# -- malformed requests --------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        b"HELLO THERE\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon in this header\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(40),  # https to an http port
        b"GET / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n",
    ],
    ids=["not-http", "bad-header", "tls-hello", "two-lengths"],
)
def test_malformed_http_gets_a_problem_400(
    serve: Callable[..., ServedSession], payload: bytes
) -> None:
    served = serve()
    with connect(served.info.port) as sock:
        sock.sendall(payload)
        problem(read_until_closed(sock), 400, "malformed")


def test_an_endless_head_gets_a_431(serve: Callable[..., ServedSession]) -> None:
    served = serve(head_seconds=5.0, max_head_bytes=16 * 1024)
    port = served.info.port
    with connect(port) as sock:
        sock.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Long: ".encode())
        data = b""
        for _ in range(64):  # up to 64 KiB of one header value, never ended
            try:
                sock.sendall(b"a" * 1024)
            except (BrokenPipeError, ConnectionResetError):
                break
            if readable(sock, 0):
                break
        data = read_until_closed(sock)
    problem(data, 431, "head_too_large")


# -- caps ----------------------------------------------------------------------------


def test_a_device_past_its_connections_gets_a_503_while_another_is_served(
    serve: Callable[..., ServedSession],
) -> None:
    served = serve(head_seconds=5.0, per_address=4)
    port = served.info.port
    held = [connect(port) for _ in range(4)]
    try:
        wait_for(lambda: guard_of(served).connections("127.0.0.1") == 4, "four not counted")
        with connect(port) as fifth:
            fifth.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
            headers = problem(read_until_closed(fifth), 503, "busy")
        assert int(headers["retry-after"]) > 0
        assert get(port, source="127.0.0.2") == 200  # another device
        assert busy_alerts(served), "the counsellor is told the laptop sheds load"
    finally:
        for sock in held:
            sock.close()
    wait_for(lambda: guard_of(served).addresses() == 0, "an address outlived its connections")
    assert get(port) == 200  # the device is served again once it holds fewer


def test_the_total_cap_answers_a_503_too(serve: Callable[..., ServedSession]) -> None:
    served = serve(head_seconds=5.0, total=3)
    port = served.info.port
    held = [connect(port, f"127.0.0.{i}") for i in (2, 3, 4)]
    try:
        wait_for(lambda: guard_of(served).connections() == 3, "three not counted")
        with connect(port, "127.0.0.5") as sock:
            problem(read_until_closed(sock), 503, "busy")  # told at once, request or not
    finally:
        for sock in held:
            sock.close()


def open_stream(port: int, token: str, source: str = "127.0.0.1") -> tuple[socket.socket, bytes]:
    sock = connect(port, source)
    sock.sendall(
        f"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"X-Belong-Token: {token}\r\n\r\n".encode()
    )
    head = read_until(sock, b"\r\n\r\n")
    if parse(head)[0] == 200:
        return sock, read_until(sock, b"event: state", head)
    return sock, head + read_until_closed(sock)  # a refusal: all of it


def test_a_device_keeps_a_few_streams_and_a_new_one_replaces_its_oldest(
    serve: Callable[..., ServedSession],
) -> None:
    served = serve(head_seconds=5.0, streams_per_device=2)
    port = served.info.port
    token, device = served.rt.classroom.join(served.session_id)
    guard = guard_of(served)
    first, _ = open_stream(port, token)
    second, _ = open_stream(port, token)
    try:
        assert guard.streams(device.participant_id) == 2
        third, head = open_stream(port, token)  # a third tab: the newest is the one looked at
        assert parse(head)[0] == 200
        data = read_until(first, b"event: replaced")
        read_until(first, b"\r\n0\r\n\r\n", data)  # and the oldest stream ends
        assert guard.streams(device.participant_id) == 2
        served.next()  # the two left still follow the counsellor
        for sock in (second, third):
            read_until(sock, b"event: state")
        assert busy_alerts(served) == []  # a student's own tabs are no trouble
    finally:
        for sock in (first, second, third):
            sock.close()
    wait_for(lambda: guard.streams() == 0, "a closed stream is still counted")
    wait_for(lambda: guard.addresses() == 0, "an address outlived its streams")


def test_one_address_past_its_streams_gets_a_503_while_another_is_served(
    serve: Callable[..., ServedSession],
) -> None:
    served = serve(head_seconds=5.0, per_address=10, streams_per_address=3)
    port = served.info.port
    tokens = [served.rt.classroom.join(served.session_id)[0] for _ in range(4)]
    streams = [open_stream(port, token)[0] for token in tokens[:3]]
    try:
        refused, head = open_stream(port, tokens[3])
        with refused:
            problem(head, 503, "busy")
        other, head = open_stream(port, tokens[3], source="127.0.0.2")
        streams.append(other)
        assert parse(head)[0] == 200
        assert busy_alerts(served)
    finally:
        for sock in streams:
            sock.close()


def test_a_head_request_for_the_stream_gives_its_slot_back(
    serve: Callable[..., ServedSession],
) -> None:
    served = serve(head_seconds=5.0)
    port = served.info.port
    token, _ = served.rt.classroom.join(served.session_id)
    served.rt.classroom.arrive(token)  # a HEAD never makes a pending join count
    with connect(port) as sock:
        sock.sendall(
            f"HEAD /api/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"X-Belong-Token: {token}\r\nConnection: close\r\n\r\n".encode()
        )
        assert parse(read_until_closed(sock))[0] == 200
    wait_for(lambda: guard_of(served).streams() == 0, "a HEAD kept its stream slot")


# -- floods --------------------------------------------------------------------------


@posix_only
def test_thousands_of_idle_connections_from_one_device_neither_deny_the_room_nor_flood_the_log(
    serve: Callable[..., ServedSession], caplog: pytest.LogCaptureFixture
) -> None:
    served = serve(head_seconds=5.0, per_address=50)
    port = served.info.port
    import resource

    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]  # raised to the hard limit by now
    count = min(2000, (soft - 300) // 2)  # each connection is two files in this process
    assert count >= 500, f"the open-files limit ({soft}) is too low for this test"
    with caplog.at_level(logging.INFO):
        held: list[socket.socket] = []
        try:
            for _ in range(count):
                held.append(connect(port))
            assert get(port, source="127.0.0.2") == 200
            assert get(port, "/api/state", source="127.0.0.3") == 401  # a device's own answer
        finally:
            for sock in held:
                sock.close()
    noise = [r for r in caplog.records if r.name.startswith(("uvicorn", "asyncio", "belong"))]
    assert len(noise) <= 10, [r.getMessage() for r in noise]
    assert busy_alerts(served)
    wait_for(lambda: guard_of(served).addresses() == 0, "an address outlived its connections")


_CHILD = """
import resource, sys
from pathlib import Path
soft, hard = int(sys.argv[2]), int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
from belong_desktop.server.connections import ConnectionLimits
from tests.conftest import ServedSession
limits = ConnectionLimits(head_seconds=0.5, linger_seconds=0.5, per_address=10_000)
served = ServedSession(Path(sys.argv[1]), connection_limits=limits)
print(served.info.port, resource.getrlimit(resource.RLIMIT_NOFILE)[0], flush=True)
sys.stdin.read()
served.close()
"""


def run_child(data_dir: Path, env: dict[str, str], soft: int, hard: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(data_dir), str(soft), str(hard)],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop_child(child: subprocess.Popen[str]) -> str:
    _, err = child.communicate("", timeout=30)
    return err


@posix_only
def test_the_open_files_limit_is_raised_to_the_hard_limit(
    isolated_data_dir: Path, subprocess_env: dict[str, str]
) -> None:
    import resource

    hard = min(resource.getrlimit(resource.RLIMIT_NOFILE)[1], 4096)
    child = run_child(isolated_data_dir, subprocess_env, 256, hard)
    try:
        _port, soft = child.stdout.readline().split()  # type: ignore[union-attr]
    finally:
        err = stop_child(child)
    assert int(soft) == hard, err


@posix_only
def test_out_of_open_files_the_server_recovers_without_flooding_the_log(
    isolated_data_dir: Path, subprocess_env: dict[str, str]
) -> None:
    # 256 files and no way up: 400 idle connections exhaust them (accept() fails).
    child = run_child(isolated_data_dir, subprocess_env, 256, 256)
    held: list[socket.socket] = []
    try:
        line = child.stdout.readline()  # type: ignore[union-attr]
        port = int(line.split()[0])
        held = [connect(port) for _ in range(400)]
        # The idle ones are closed at their deadline, so another device gets in.
        deadline = time.monotonic() + WAIT
        while True:
            try:
                if get(port, source="127.0.0.2") == 200:
                    break
            except (OSError, AssertionError, IndexError):
                pass
            assert time.monotonic() < deadline, "another device was never served"
    finally:
        for sock in held:
            sock.close()
        err = stop_child(child)
    lines = err.splitlines()
    assert len(lines) <= 20, "\n".join(lines[:40])
    assert "Traceback" not in err


# -- the counts and the log, directly ----------------------------------------------------


def test_the_log_lets_a_few_lines_of_a_kind_through_and_then_counts_them() -> None:
    now = [0.0]
    limiter = RepeatLimiter(per_window=2, window=60.0, clock=lambda: now[0])
    kind = ("belong_desktop.server.protocol", "malformed request refused")
    assert [limiter.allow(kind) for _ in range(5)] == [
        (True, 0),
        (True, 0),
        (False, 0),
        (False, 0),
        (False, 0),
    ]
    assert limiter.allow(("other", "kind")) == (True, 0)  # kinds are counted apart
    now[0] = 61.0
    assert limiter.allow(kind) == (True, 3)  # the next window says how many were left out


def test_a_device_replacing_its_own_stream_is_not_refused_for_its_address() -> None:
    limits = ConnectionLimits(streams_per_device=2, streams_per_address=2)
    guard = ConnectionGuard(limits)
    first = guard.open_stream("p1", "10.0.0.7")
    second = guard.open_stream("p1", "10.0.0.7")
    assert first is not None and second is not None
    third = guard.open_stream("p1", "10.0.0.7")  # the address is full, but this replaces
    assert third is not None and first.replaced and not second.replaced
    assert guard.open_stream("p2", "10.0.0.7") is None  # another device there is refused
    assert guard.open_stream("p2", "10.0.0.8") is not None
    for slot in (first, second, third):
        guard.close_stream(slot)
    assert guard.streams() == 1 and guard.addresses() == 1
