"""Starting, failing to start and restarting the classroom server on real sockets.

The port is part of every QR code on the projector, so it matters which one the server
gets: a taken default port falls back to the next one, a port the counsellor chose
explicitly fails loudly instead of silently moving, and a restart after a crash binds the
same port again so thirty devices reconnect on their own. Devices must carry on after a
restart with the token they hold, and every answer the server acknowledged must still be
there: it was committed before the acknowledgement.
"""

from __future__ import annotations

import gc
import socket
from collections.abc import Iterator
from typing import TYPE_CHECKING

import httpx
import ifaddr
import pytest
from fastapi import FastAPI

from belong_desktop import memory
from belong_desktop.server.host import ClassroomHost
from belong_desktop.server.runner import ServerError, ServerThread, bind_socket
from belong_desktop.services.classroom import ClassroomUnavailable

if TYPE_CHECKING:
    from conftest import ServedSession


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port on 127.0.0.1 that another program is listening on."""
    blocker = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    blocker.bind(("127.0.0.1", 0))
    blocker.listen(1)
    try:
        yield int(blocker.getsockname()[1])
    finally:
        blocker.close()


def test_bind_socket_falls_back_when_the_port_is_taken(busy_port: int) -> None:
    sock = bind_socket("127.0.0.1", [busy_port, 0])
    try:
        port = sock.getsockname()[1]
        assert port not in (busy_port, 0)
        # It really listens: a client can connect.
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
        assert not sock.get_inheritable()  # a child process must not keep the port
    finally:
        sock.close()


def test_bind_socket_with_every_port_taken_raises_server_error(busy_port: int) -> None:
    with pytest.raises(ServerError, match="in use") as raised:
        bind_socket("127.0.0.1", [busy_port, busy_port])
    # The GUI and the command line word it from the code, not from the English sentence.
    assert isinstance(raised.value, ClassroomUnavailable)
    assert raised.value.code == "port_taken"
    assert raised.value.params == {"address": f"127.0.0.1 (ports {[busy_port, busy_port]})"}


def test_bind_socket_on_an_address_that_is_not_ours_raises_server_error() -> None:
    with pytest.raises(ServerError, match=r"192\.0\.2\.1") as raised:  # TEST-NET-1: not local
        bind_socket("192.0.2.1", [0])
    assert raised.value.code == "cannot_listen"
    assert raised.value.params == {"address": "192.0.2.1:0"}


def test_a_server_that_dies_at_start_raises_server_failed() -> None:
    sock = bind_socket("127.0.0.1", [0])
    sock.close()  # uvicorn cannot serve a closed socket
    thread = ServerThread(FastAPI(), sock)
    with pytest.raises(ServerError, match="stopped at start") as raised:
        thread.start()
    assert raised.value.code == "server_failed"


def test_an_explicit_busy_port_raises_a_clear_server_error(
    served_session: ServedSession,
) -> None:
    port = served_session.info.port
    other = ClassroomHost(served_session.rt.classroom)
    with pytest.raises(ServerError) as raised:
        other.start(served_session.session_id, bind_host="127.0.0.1", port=port)
    message = str(raised.value)
    assert raised.value.code == "port_taken"
    assert "in use" in message
    assert str(port) in message, f"the message does not name the port: {message!r}"
    assert other.info is None
    # The server already there is untouched, and the remembered port did not change.
    response = httpx.get(f"{served_session.base_url}/", timeout=5)
    assert response.status_code == 200
    room = served_session.rt.classroom.classroom(served_session.session_id)
    assert room is not None and room.port == port


def test_a_remembered_port_that_is_taken_moves_the_session_and_says_so(
    served_session: ServedSession,
) -> None:
    """After a restart another program holds the port: the QR code on the wall is stale."""
    port = served_session.info.port
    assert served_session.info.warning_code == ""
    served_session.host.stop()
    blocker = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # As the server's own socket: an earlier test's connections may linger in TIME_WAIT.
    blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        blocker.bind(("127.0.0.1", port))
        blocker.listen(1)
        info = served_session.host.start(served_session.session_id)
    finally:
        blocker.close()
    assert info.port != port
    assert info.warning_code == "port_moved"
    assert info.warning_params == {"old_port": port, "new_port": info.port}
    assert str(info.port) in info.warning and str(port) in info.warning
    assert info.to_dict()["warning_code"] == "port_moved"
    assert httpx.get(f"{info.addresses[0]}/", timeout=5).status_code == 200


def test_no_network_serves_this_laptop_only_and_says_so(
    served_session: ServedSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [])  # the OS reports no network
    other_session = served_session.rt.sessions.create(served_session.pack, "DAT1-B", "en")
    served_session.rt.sessions.start(other_session)
    other = ClassroomHost(served_session.rt.classroom)
    try:
        info = other.start(other_session)  # every interface
        assert info.bind_host == "0.0.0.0"
        assert info.hosts == ("127.0.0.1",)
        assert (info.warning_code, info.warning_params) == ("no_network", {})
        assert "no network" in info.warning
        assert httpx.get(f"{info.addresses[0]}/", timeout=5).status_code == 200
    finally:
        other.stop()


def test_the_next_free_port_is_used_when_none_is_chosen(
    served_session: ServedSession,
) -> None:
    """A second laptop process on the same machine cannot take the first one's port."""
    other_session = served_session.rt.sessions.create(served_session.pack, "DAT1-B", "en")
    served_session.rt.sessions.start(other_session)
    other = ClassroomHost(served_session.rt.classroom)
    try:
        info = other.start(other_session, bind_host="127.0.0.1")
        assert info.port != served_session.info.port
        assert info.code != served_session.code
        assert httpx.get(f"{info.addresses[0]}/", timeout=5).status_code == 200
    finally:
        other.stop()


def test_a_restart_keeps_the_port_the_devices_and_the_acknowledged_answers(
    served_session: ServedSession,
) -> None:
    base = served_session.base_url
    port = served_session.info.port
    code, link = served_session.code, served_session.info.link_token
    with httpx.Client(base_url=base, timeout=10) as client:
        joined = client.post("/api/join", json={"code": code}).json()
        token, pid = joined["token"], joined["participant_id"]
        me = {"X-Belong-Token": token}
        served_session.go_to("poll")
        assert client.put("/api/answers/poll", json={"revision": 1, "choice": 3}, headers=me)
        served_session.go_to("reflection")
        sent = {"revision": 1, "text": "acknowledged", "submit": True}
        assert client.put("/api/answers/reflection", json=sent, headers=me).status_code == 200
        draft = {"revision": 2, "text": "acknowledged, and a draft"}
        assert client.put("/api/answers/reflection", json=draft, headers=me).status_code == 200

    served_session.restart()

    assert served_session.info.port == port
    assert served_session.base_url == base
    assert (served_session.info.code, served_session.info.link_token) == (code, link)
    with httpx.Client(base_url=base, timeout=10) as client:
        state = client.get("/api/state", headers=me)
        assert state.status_code == 200, state.text
        body = state.json()
        assert body["participant_id"] == pid
        assert body["reset"] is False
        assert body["step"]["id"] == "reflection"  # resumed where the counsellor was
        answers = {a["step_id"]: a for a in body["answers"]}
        assert answers["poll"]["choice"] == 3
        assert answers["reflection"]["status"] == "submitted"
        assert answers["reflection"]["text"] == "acknowledged"
        assert answers["reflection"]["draft"] == "acknowledged, and a draft"
        # The device carries on where it was: the next revision is accepted.
        resent = {"revision": 3, "text": "after the restart", "submit": True}
        after = client.put("/api/answers/reflection", json=resent, headers=me)
        assert after.status_code == 200 and after.json()["stored"] is True
        # The cookie still opens the page, and the link does not make a second participant.
        client.cookies.set("belong_token", token)
        assert client.get("/s").status_code == 200
        assert client.get(f"/j/{link}").headers["location"] == "/s"
    counts = served_session.rt.classroom.counts(served_session.session_id)
    assert counts.joined == 1
    assert counts.submitted["reflection"] == 1


def test_stop_is_idempotent_and_frees_the_port(served_session: ServedSession) -> None:
    port = served_session.info.port
    served_session.host.stop()
    served_session.host.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{served_session.base_url}/", timeout=2)
    sock = bind_socket("127.0.0.1", [port])  # free again at once
    sock.close()


def test_full_collections_are_put_off_exactly_while_a_host_serves(
    served_session: ServedSession,
) -> None:
    """The GC policy is applied by the host itself, so the app and the headless runner
    both get it; a second host and a failed start do not unbalance it."""
    _, middle, full = gc.get_threshold()
    assert memory.is_serving()
    assert (middle, full) == (memory.SERVING_MIDDLE_THRESHOLD, memory.SERVING_FULL_THRESHOLD)
    other_session = served_session.rt.sessions.create(served_session.pack, "DAT1-B", "en")
    served_session.rt.sessions.start(other_session)
    other = ClassroomHost(served_session.rt.classroom)
    with pytest.raises(ServerError):  # the port is the served session's: nothing held
        other.start(other_session, bind_host="127.0.0.1", port=served_session.info.port)
    other.start(other_session, bind_host="127.0.0.1", port=0)
    served_session.host.stop()
    assert memory.is_serving()  # the other host still serves
    other.stop()
    assert not memory.is_serving()
    assert gc.get_threshold()[2] < memory.SERVING_FULL_THRESHOLD
    served_session.host.start(served_session.session_id, bind_host="127.0.0.1", port=0)
    assert memory.is_serving()
