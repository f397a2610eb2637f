"""Load and fault tests over real HTTP, bounded to a few seconds.

Many devices join and send at once, with the retries a flaky network causes, and the
server is stopped and started again in the middle of a burst. Whatever happens, every
acknowledged answer is stored exactly once (one row per participant and step), nothing
gets a 5xx, and a retry after an outage lands. The restart test proves that it restarted
in the middle: it flips to "restarting" while a request is demonstrably in flight, and
waits, while nothing listens, until a device's request has failed, which the device then
sends again. The 300-device figures are measured by ``benchmarks/classroom_load.py``;
this is the guard that runs with every test run.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from conftest import ServedSession

DEVICES = 60
LETTER = ("Kære nye studerende. Det bliver bedre, æøå. " * 50)[:2000]


def _rows(served: ServedSession) -> list[tuple[str, str, str, int]]:
    with sqlite3.connect(served.database) as con:
        return con.execute(
            "SELECT participant_id, status, text, revision FROM answers WHERE step_id = 'letter'"
        ).fetchall()


def _join(served: ServedSession, count: int) -> list[str]:
    """Devices join as the page does (join, then load with the token), each from its own
    loopback address as on a classroom network."""

    def one(n: int) -> str:
        transport = httpx.HTTPTransport(local_address=f"127.0.{n // 200}.{2 + n % 200}")
        with httpx.Client(base_url=served.base_url, transport=transport, timeout=10) as client:
            reply = client.post("/api/join", json={"code": served.code})
            assert reply.status_code == 200, reply.text
            token = str(reply.json()["token"])
            loaded = client.get("/api/state", headers={"X-Belong-Token": token})
            assert loaded.status_code == 200, loaded.text
            return token

    with ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(one, range(count)))


@dataclass
class Burst:
    """What the devices' requests saw, shared by their threads under ``changed``.

    ``phase`` goes before → restarting (the restart began) → down (the old server and
    services are closed) → after (the new ones serve).
    """

    changed: threading.Condition = field(default_factory=threading.Condition)
    phase: str = "before"
    stop: bool = False
    sent: int = 0  # requests, counting every retry
    acked: int = 0
    in_flight: int = 0
    spanning: int = 0  # started before the restart began, answered or failed after that
    failed_while_down: int = 0  # sent while nothing listened: no connection
    retried: int = 0  # saves that failed at least once and were then acknowledged
    acked_revisions: dict[str, list[int]] = field(default_factory=dict)
    acked_after_restart: set[str] = field(default_factory=set)

    def started(self) -> str:
        with self.changed:
            self.sent += 1
            self.in_flight += 1
            return self.phase

    def ended(self, token: str, began: str, revision: int, acked: bool, failures: int) -> None:
        with self.changed:
            self.in_flight -= 1
            if began == "before" and self.phase != "before":
                self.spanning += 1
            if acked:
                self.acked += 1
                self.retried += failures > 0
                self.acked_revisions.setdefault(token, []).append(revision)
                if self.phase == "after":
                    self.acked_after_restart.add(token)
            elif began == "down":
                self.failed_while_down += 1
            self.changed.notify_all()

    def stopped(self) -> bool:
        with self.changed:
            return self.stop

    def set_phase(self, phase: str) -> None:
        with self.changed:
            self.phase = phase
            self.changed.notify_all()

    def wait(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        """Wait for a state of the burst; call with ``changed`` held."""
        if not self.changed.wait_for(predicate, timeout):
            raise AssertionError(f"after {timeout} s still not {what}: {self}")


def _send_until_acknowledged(
    client: httpx.Client,
    token: str,
    revision: int,
    text: str,
    deadline: float,
    burst: Burst,
) -> int:
    """What the page does: resend the same revision until the laptop says it is stored.

    Returns the number of requests it took. Between two tries of a failed request it
    pauses a little longer each time (the page's backoff), never past ``deadline``.
    """
    failures = 0
    while time.monotonic() < deadline:
        began = burst.started()
        try:
            reply = client.put(
                "/api/answers/letter",
                json={"revision": revision, "text": text, "submit": True, "share": True},
                headers={"X-Belong-Token": token},
            )
        except httpx.TransportError:
            burst.ended(token, began, revision, acked=False, failures=failures)
        else:
            acked = reply.status_code == 200
            burst.ended(token, began, revision, acked=acked, failures=failures)
            assert reply.status_code < 500, reply.text
            if acked:
                return failures + 1
            assert reply.status_code == 410, reply.text  # only "not open right now" is retried
        failures += 1
        pause = min(0.01 * 2**failures, 0.2, deadline - time.monotonic())
        time.sleep(max(0.0, pause))  # backoff between tries, not a wait for a state
    raise AssertionError(f"revision {revision} not acknowledged before the deadline")


def test_many_devices_join_and_send_at_once_with_retries(served_session: ServedSession) -> None:
    base = served_session.base_url
    tokens = _join(served_session, DEVICES)
    served_session.go_to("letter")
    texts = {token: f"{LETTER[:1990]} #{i:03d}" for i, token in enumerate(tokens)}
    burst = Burst()

    def send(token: str) -> int:
        with httpx.Client(base_url=base, timeout=5) as client:
            return _send_until_acknowledged(client, token, 1, texts[token], deadline, burst)

    # Every device sends; a third also resend the same revision, as after a lost reply.
    jobs = tokens + random.Random(7).sample(tokens, DEVICES // 3)
    deadline = time.monotonic() + 30
    with ThreadPoolExecutor(max_workers=24) as pool:
        attempts = list(pool.map(send, jobs))
    assert all(a == 1 for a in attempts)  # no refusal or error under load
    assert (burst.sent, burst.acked) == (len(jobs), len(jobs))

    rows = _rows(served_session)
    assert len(rows) == DEVICES
    assert len({pid for pid, *_ in rows}) == DEVICES  # no duplicates
    assert sorted(text for _, _, text, _ in rows) == sorted(texts.values())  # none lost
    assert {(status, revision) for _, status, _, revision in rows} == {("submitted", 1)}
    counts = served_session.rt.classroom.counts(served_session.session_id)
    assert (counts.joined, counts.submitted["letter"]) == (DEVICES, DEVICES)


def test_a_restart_in_the_middle_of_a_burst_loses_nothing_acknowledged(
    served_session: ServedSession,
) -> None:
    """Devices keep typing (a new revision as soon as the last was stored) through a restart."""
    base = served_session.base_url
    devices = 20
    tokens = _join(served_session, devices)
    served_session.go_to("letter")
    burst = Burst()
    deadline = time.monotonic() + 30

    def keep_sending(number: int, token: str) -> None:
        with httpx.Client(base_url=base, timeout=5) as client:
            revision = 0
            while not burst.stopped():
                revision += 1
                text = f"brev {number} r{revision}"
                _send_until_acknowledged(client, token, revision, text, deadline, burst)

    def wait_for_a_refused_request() -> None:
        with burst.changed:
            burst.phase = "down"
            burst.changed.notify_all()
            burst.wait(lambda: burst.failed_while_down > 0, 10, "a request refused while down")

    with ThreadPoolExecutor(max_workers=devices) as pool:
        futures = [pool.submit(keep_sending, n, token) for n, token in enumerate(tokens)]
        try:
            with burst.changed:
                burst.wait(
                    lambda: (
                        burst.sent >= 2 * devices and burst.acked >= devices and burst.in_flight > 0
                    ),
                    10,
                    "in the middle of a burst",
                )
                # Flipped while a request is in flight: it ends after the restart began.
                burst.phase = "restarting"
            served_session.restart(while_down=wait_for_a_refused_request)
            burst.set_phase("after")
            with burst.changed:
                burst.wait(
                    lambda: len(burst.acked_after_restart) == devices,
                    10,
                    "every device acknowledged again after the restart",
                )
        finally:
            with burst.changed:
                burst.stop = True
        for future in futures:
            future.result()  # no 5xx, and every revision sent was acknowledged

    assert served_session.base_url == base
    assert burst.spanning > 0  # requests were in flight when the restart began
    assert burst.failed_while_down > 0  # and some were sent while nothing listened
    assert burst.retried > 0  # which the devices sent again until they were stored
    rows = {pid: (status, text, revision) for pid, status, text, revision in _rows(served_session)}
    assert len(rows) == devices  # one row per device, however often it retried
    stored = {(text, revision) for _, text, revision in rows.values()}
    last = {
        (f"brev {n} r{burst.acked_revisions[token][-1]}", burst.acked_revisions[token][-1])
        for n, token in enumerate(tokens)
    }
    assert stored == last  # the last acknowledged revision of every device, none lost
    assert {status for status, _, _ in rows.values()} == {"submitted"}
