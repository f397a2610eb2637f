"""Server-Sent Events over real HTTP: every device follows the counsellor within a second.

The student page learns that the counsellor moved on from ``/api/events``; if a push is
late, thirty students stare at an old question. These tests hold real streams open with
httpx against the real server, move the session the way the control window does (next,
end, reset devices) and read the pushed ``state`` events, with a read timeout so a missing
event fails fast instead of hanging. Stopping the server must end every open stream
promptly: the counsellor's laptop should not wait on students' phones to quit.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from belong_desktop.server import schemas, sse
from belong_desktop.server.languages import offered
from belong_desktop.services.classroom import PagesLetGo

if TYPE_CHECKING:
    from conftest import ServedSession

#: How long a read may wait for a push before the test fails. A hang guard, not a speed
#: target (those live in benchmarks/): below the 10-s heartbeat, so a push that never
#: came cannot hide behind a heartbeat.
PUSH_WAIT_SECONDS = 8.0


class EventReader:
    """Reads ``event:``/``data:`` blocks from a streaming response, skipping comments."""

    def __init__(self, response: httpx.Response) -> None:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        self._lines = response.iter_lines()

    def next(self) -> tuple[str, dict[str, Any]]:
        event = ""
        data: list[str] = []
        for line in self._lines:
            if not line:
                if data:
                    return event or "message", json.loads("\n".join(data))
                continue  # a block with only ``retry:`` or a comment
            if line.startswith(":"):
                continue  # a heartbeat
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if name == "event":
                event = value
            elif name == "data":
                data.append(value)
        raise EOFError("the stream ended")

    def heartbeats(self, count: int) -> None:
        """Read until ``count`` heartbeats came, with no event among them."""
        seen = 0
        for line in self._lines:
            assert not line.startswith(("event:", "data:")), f"unexpected {line!r}"
            if line == ": heartbeat":
                seen += 1
                if seen == count:
                    return
        raise EOFError("the stream ended")

    def state(self) -> dict[str, Any]:
        event, data = self.next()
        assert event == "state"
        return data


def join(served: ServedSession) -> str:
    response = httpx.post(f"{served.base_url}/api/join", json={"code": served.code}, timeout=10)
    assert response.status_code == 200
    token: str = response.json()["token"]
    return token


@pytest.fixture
def client(served_session: ServedSession) -> Iterator[httpx.Client]:
    # The read timeout bounds every wait for a push; heartbeats come only every 10 s.
    timeout = httpx.Timeout(10.0, read=PUSH_WAIT_SECONDS)
    with httpx.Client(base_url=served_session.base_url, timeout=timeout) as made:
        yield made


@contextlib.contextmanager
def events(client: httpx.Client, token: str) -> Iterator[EventReader]:
    with client.stream("GET", "/api/events", headers={"X-Belong-Token": token}) as response:
        yield EventReader(response)


def test_the_stream_starts_with_the_current_state_and_follows_next(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token = join(served_session)
    with events(client, token) as reader:
        first = reader.state()
        assert first["session"] == {
            "state": "running",
            "language": "da",
            "step_count": len(served_session.pack.steps),
            "epoch": 0,
        }
        assert first["step"]["id"] == "welcome"
        # The public state, in the device's page language: nobody's answers.
        assert set(first) == {"session", "step", "language", "content_language", "languages"}
        assert (first["language"], first["content_language"]) == ("da", "da")

        served_session.next()
        pushed = reader.state()
        assert pushed["step"]["id"] == "intro-videos"
        assert pushed["step"]["index"] == 1

        served_session.go_to("poll")  # several steps at once: each arrives, newest last
        seen = []
        while not seen or seen[-1] != "poll":
            seen.append(reader.state()["step"]["id"])
        assert seen[-1] == "poll"
        served_session.prev()
        assert reader.state()["step"]["id"] == "after-videos"
    # Being pushed a step counts the device as present on it.
    assert served_session.rt.classroom.counts(served_session.session_id).on_step == 1


def test_poll_options_are_pushed_with_the_step(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token = join(served_session)
    served_session.go_to("after-videos")
    with events(client, token) as reader:
        assert reader.state()["step"]["id"] == "after-videos"
        served_session.next()
        step = reader.state()["step"]
        assert step["kind"] == "poll"
        assert len(step["options"]) == 5
        assert all(isinstance(option, str) and option for option in step["options"])


def test_end_pushes_the_ended_state(served_session: ServedSession, client: httpx.Client) -> None:
    token = join(served_session)
    served_session.go_to("closing")
    with events(client, token) as reader:
        assert reader.state()["step"]["id"] == "closing"
        served_session.end()
        ended = reader.state()
        assert ended["session"]["state"] == "ended"
        assert ended["step"] is None


def test_reset_devices_pushes_the_new_epoch(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token = join(served_session)
    with events(client, token) as reader:
        assert reader.state()["session"]["epoch"] == 0
        epoch = served_session.rt.classroom.reset_devices(served_session.session_id)
        assert epoch == 1
        pushed = reader.state()
        assert pushed["session"]["epoch"] == 1
        assert pushed["step"]["id"] == "welcome"
    state = client.get("/api/state", headers={"X-Belong-Token": token}).json()
    assert state["reset"] is True  # the page wipes itself and joins again


def test_the_cookie_alone_opens_the_stream(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """A browser's EventSource cannot send headers: the cookie must be enough."""
    token = join(served_session)
    with (
        httpx.Client(
            base_url=served_session.base_url, cookies={"belong_token": token}, timeout=5
        ) as browser,
        browser.stream("GET", "/api/events") as response,
    ):
        assert response.headers["cache-control"] == "no-store"
        assert EventReader(response).state()["step"]["id"] == "welcome"


def test_heartbeats_keep_the_stream_alive(
    served_session: ServedSession, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sse, "HEARTBEAT_SECONDS", 0.2)
    token = join(served_session)
    with events(client, token) as reader:
        reader.state()
        served_session.next()
        assert reader.state()["step"]["id"] == "intro-videos"
        reader.heartbeats(3)  # each within the read timeout, or the test fails
    assert served_session.rt.classroom.counts(served_session.session_id).on_step == 1


def test_stopping_the_server_ends_twenty_open_streams_promptly(
    served_session: ServedSession,
) -> None:
    tokens = [join(served_session) for _ in range(20)]
    timeout = httpx.Timeout(10.0, read=3.0)
    with httpx.Client(base_url=served_session.base_url, timeout=timeout) as client:
        with contextlib.ExitStack() as stack:
            readers = [stack.enter_context(events(client, token)) for token in tokens]
            for reader in readers:
                assert reader.state()["step"]["id"] == "welcome"
            assert served_session.rt.classroom.counts(served_session.session_id).on_step == 20

            served_session.host.stop()
            # The open streams did not keep the server thread alive (stop waits for it).
            assert not [t for t in threading.enumerate() if t.name == "belong-server"]

            for reader in readers:
                # Ends cleanly, or the connection is cut: either way no read times out.
                with contextlib.suppress(EOFError, httpx.RemoteProtocolError, httpx.ReadError):
                    reader.next()
                    pytest.fail("a stream got another event after the server stopped")
        with pytest.raises(httpx.ConnectError):
            client.get("/api/state")


def test_a_step_change_is_rendered_once_however_many_streams_are_open(
    served_session: ServedSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fan-out to a full room must not render the state per stream: 1,000 renders
    on the server thread would hold the GIL the GUI thread needs (benchmarks/). It is
    rendered once per language a page can be in, whatever the number of streams."""
    renders: list[str] = []
    real = schemas.public_state

    def counted(live: Any, page: str | None = None) -> Any:
        renders.append(threading.current_thread().name)
        return real(live, page)

    monkeypatch.setattr(sse, "public_state", counted)
    tokens = [join(served_session) for _ in range(10)]
    timeout = httpx.Timeout(10.0, read=PUSH_WAIT_SECONDS)
    with (
        httpx.Client(base_url=served_session.base_url, timeout=timeout) as client,
        contextlib.ExitStack() as stack,
    ):
        readers = [stack.enter_context(events(client, token)) for token in tokens]
        for reader in readers:
            assert reader.state()["step"]["id"] == "welcome"
        renders.clear()
        served_session.next()
        for reader in readers:
            assert reader.state()["step"]["id"] == "intro-videos"
        assert len(renders) == len(offered()), renders


# -- the end reaches every page before the server stops ---------------------------------


class Stopping:
    """``host.stop()`` on a thread of its own, so the test can act while it waits."""

    def __init__(self, served: ServedSession, wait: float) -> None:
        self.report: PagesLetGo | None = None
        self.thread = threading.Thread(target=self._stop, args=(served, wait), name="stopping")
        self.thread.start()

    def _stop(self, served: ServedSession, wait: float) -> None:
        self.report = served.host.stop(wait=wait)

    def result(self) -> PagesLetGo | None:
        self.thread.join(30)
        assert not self.thread.is_alive(), "the stop did not return"
        return self.report


def test_a_stop_after_the_end_waits_until_every_page_was_told_and_let_go(
    served_session: ServedSession, client: httpx.Client
) -> None:
    tokens = [join(served_session) for _ in range(5)]
    with contextlib.ExitStack() as stack:
        readers = [stack.enter_context(events(client, token)) for token in tokens]
        for reader in readers:
            reader.state()
        served_session.end()
        stopping = Stopping(served_session, wait=60)  # far more than it needs
        for reader in readers:
            assert reader.state()["session"]["state"] == "ended"
        # Told, but still connected (a page sends what it holds, then lets go): the
        # server still answers, and the stop still waits.
        assert client.get("/api/state", headers={"X-Belong-Token": tokens[0]}).status_code == 200
        assert stopping.thread.is_alive()
    report = stopping.result()  # every stream closed: no need to wait any longer
    assert report == PagesLetGo(pages=5, untold=0, unsynced=0)


def test_a_page_that_never_lets_go_holds_the_stop_only_until_the_deadline(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token = join(served_session)
    with events(client, token) as reader:
        reader.state()
        served_session.end()
        assert reader.state()["session"]["state"] == "ended"
        report = served_session.host.stop(wait=0.5)
    assert report == PagesLetGo(pages=1, untold=0, unsynced=1)


def test_a_page_that_polls_is_waited_for_until_its_next_poll(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """Event streams blocked (a proxy): the page polls ``/api/state`` every 2 s."""
    token = join(served_session)
    headers = {"X-Belong-Token": token}
    assert client.get("/api/state", headers=headers).json()["session"]["state"] == "running"
    served_session.end()
    stopping = Stopping(served_session, wait=60)
    assert client.get("/api/state", headers=headers).json()["session"]["state"] == "ended"
    assert stopping.result() == PagesLetGo(pages=1, untold=0, unsynced=0)


def test_a_stop_of_a_running_session_does_not_wait_for_pages(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """Closed to carry on later: the pages find the session again when it resumes."""
    token = join(served_session)
    with events(client, token) as reader:
        reader.state()
        report = Stopping(served_session, wait=60).result()
    assert report == PagesLetGo(pages=1)
