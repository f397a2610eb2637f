"""Only the laptop's own names are served (DNS rebinding), and no redirect takes its
target from the request: raw requests to the real server, with the Host a browser would
send after a rebinding page pointed its own domain at the laptop."""

from __future__ import annotations

import json
import socket

import pytest

from belong_desktop.server.security import host_name, is_own_host, own_host_names
from tests.conftest import ServedSession


def raw_get(port: int, path: str, *hosts: str) -> tuple[int, dict[str, str], bytes]:
    head = f"GET {path} HTTP/1.1\r\n" + "".join(f"Host: {h}\r\n" for h in hosts)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall((head + "Connection: close\r\n\r\n").encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    top, _, body = data.partition(b"\r\n\r\n")
    lines = top.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}", "192.168.1.20:{port}"],
)
def test_the_laptops_own_names_are_served(served_session: ServedSession, host: str) -> None:
    port = served_session.info.port
    status, _, _ = raw_get(port, "/", host.format(port=port))
    assert status == 200


def test_this_computers_name_is_served(served_session: ServedSession) -> None:
    port = served_session.info.port
    name = socket.gethostname().split(".")[0]
    for host in (f"{name}:{port}", f"{name}.local:{port}"):
        assert raw_get(port, "/", host)[0] == 200


@pytest.mark.parametrize(
    "hosts",
    [("evil.example:{port}",), ("evil.example",), ("127.0.0.1.evil.example",), ("a", "b")],
    ids=["rebound-name", "no-port", "lookalike", "two-hosts"],
)
def test_another_name_gets_a_problem_with_the_security_headers(
    served_session: ServedSession, hosts: tuple[str, ...]
) -> None:
    port = served_session.info.port
    for path in ("/", "/api/state", f"/j/{served_session.info.link_token}", "/static/device.js"):
        status, headers, body = raw_get(port, path, *(h.format(port=port) for h in hosts))
        assert status == 421, path
        assert json.loads(body)["code"] == "wrong_host"
        assert "content-security-policy" in headers and headers["cache-control"] == "no-store"
    # the link did not make a participant
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 0


def test_no_redirect_takes_its_target_from_the_request(served_session: ServedSession) -> None:
    port = served_session.info.port
    for path in ("/s/", "/static/", "/api/state/", "/j/"):
        status, headers, _ = raw_get(port, path, f"127.0.0.1:{port}")
        assert status not in (301, 302, 307, 308), (path, status)
        assert "location" not in headers, path
    status, headers, _ = raw_get(port, "/s", f"127.0.0.1:{port}")  # no token: back to start
    assert status == 303 and headers["location"] == "/"


def test_host_names_are_read_as_a_browser_writes_them() -> None:
    names = own_host_names()
    assert "localhost" in names
    assert host_name(b"Example.COM:8470") == "example.com"
    assert host_name(b"[fe80::1]:8470") == "fe80::1"
    assert host_name(b"fe80::1") == "fe80::1"
    assert is_own_host("10.0.0.7", names) and is_own_host("::1", names)
    assert not is_own_host("evil.example", names)
    assert is_own_host("localhost.", names)


def raw_request(
    port: int, lines: list[str], cookie: str = ""
) -> list[tuple[int, dict[str, str], bytes]]:
    """Several requests on one kept-alive connection; each answer's status, head, body."""
    answers = []
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        for line in lines:
            extra = f"Cookie: belong_token={cookie}\r\n" if cookie else ""
            sock.sendall(f"{line} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}\r\n".encode())
            data = b""
            while b"\r\n\r\n" not in data:
                data += sock.recv(65536)
            top, _, rest = data.partition(b"\r\n\r\n")
            rows = top.decode("latin-1").split("\r\n")
            headers = {k.lower(): v.strip() for k, _, v in (r.partition(":") for r in rows[1:])}
            length = 0 if line.startswith("HEAD") else int(headers.get("content-length", 0))
            while len(rest) < length:
                rest += sock.recv(65536)
            answers.append((int(rows[0].split()[1]), headers, rest))
    return answers


def test_head_works_wherever_get_does(served_session: ServedSession) -> None:
    port = served_session.info.port
    token, _device = served_session.rt.classroom.join(served_session.session_id)
    assert served_session.rt.classroom.arrive(token) is not None  # its page has loaded
    paths = ["/", "/static/device.js", "/api/state", "/api/events", "/nowhere"]
    lines = [f"{method} {path}" for path in paths for method in ("HEAD", "GET")]
    lines = [line for line in lines if line != "GET /api/events"]  # a GET stream never ends
    answers = dict(zip(lines, raw_request(port, lines, cookie=token), strict=True))
    for path in paths:
        status, headers, body = answers[f"HEAD {path}"]
        assert body == b"", path
        assert "content-security-policy" in headers, path
        if path != "/api/events":
            get_status, get_headers, get_body = answers[f"GET {path}"]
            assert status == get_status, path
            assert headers.get("content-length") == get_headers.get("content-length"), path
            assert len(get_body) == int(get_headers.get("content-length", 0)), path
    assert answers["HEAD /api/events"][0] == 200
    assert answers["HEAD /api/events"][1]["content-type"].startswith("text/event-stream")
    assert answers["HEAD /nowhere"][0] == 404
