"""Load and fault tests over real HTTP, bounded to a few seconds.

Many devices join and send at once, with the retries a flaky network causes, and the
server is stopped and started again in the middle of a burst. Whatever happens, every
acknowledged answer is stored exactly once (one row per participant and step), nothing
gets a 5xx, and a retry after an outage lands. The 300-device figures are measured by
``benchmarks/classroom_load.py``; this is the guard that runs with every test run.
"""

from __future__ import annotations

import random
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
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


def _send_until_acknowledged(base_url: str, token: str, text: str, deadline: float) -> int:
    """What the page does: resend the same revision until the laptop says it is stored."""
    attempts = 0
    with httpx.Client(base_url=base_url, timeout=5) as client:
        while time.monotonic() < deadline:
            attempts += 1
            try:
                reply = client.put(
                    "/api/answers/letter",
                    json={"revision": 1, "text": text, "submit": True, "share": True},
                    headers={"X-Belong-Token": token},
                )
            except httpx.TransportError:
                time.sleep(0.1)
                continue
            assert reply.status_code < 500, reply.text
            if reply.status_code == 200:
                return attempts
            assert reply.status_code == 410, reply.text  # only "not open right now" is retried
            time.sleep(0.1)
    raise AssertionError("no acknowledgement before the deadline")


def test_many_devices_join_and_send_at_once_with_retries(served_session: ServedSession) -> None:
    base = served_session.base_url

    def join(_: int) -> str:
        with httpx.Client(base_url=base, timeout=10) as client:
            reply = client.post("/api/join", json={"code": served_session.code})
            assert reply.status_code == 200, reply.text
            return str(reply.json()["token"])

    with ThreadPoolExecutor(max_workers=16) as pool:
        tokens = list(pool.map(join, range(DEVICES)))
    served_session.go_to("letter")
    texts = {token: f"{LETTER[:1990]} #{i:03d}" for i, token in enumerate(tokens)}
    # Every device sends; a third also resend the same revision, as after a lost reply.
    jobs = tokens + random.Random(7).sample(tokens, DEVICES // 3)
    deadline = time.monotonic() + 30
    with ThreadPoolExecutor(max_workers=24) as pool:
        attempts = list(
            pool.map(lambda t: _send_until_acknowledged(base, t, texts[t], deadline), jobs)
        )
    assert all(a == 1 for a in attempts)  # no refusal or error under load

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
    base = served_session.base_url
    with httpx.Client(base_url=base, timeout=10) as client:
        tokens = [
            client.post("/api/join", json={"code": served_session.code}).json()["token"]
            for _ in range(20)
        ]
    served_session.go_to("letter")
    deadline = time.monotonic() + 30
    with ThreadPoolExecutor(max_workers=20) as pool:
        futures = [
            pool.submit(_send_until_acknowledged, base, token, f"brev {i}", deadline)
            for i, token in enumerate(tokens)
        ]
        time.sleep(0.05)
        served_session.restart()  # stop server and services, reopen from disk, same port
        for future in futures:
            future.result()  # each was acknowledged, before or after the restart
    assert served_session.base_url == base
    rows = _rows(served_session)
    assert sorted(text for _, _, text, _ in rows) == sorted(f"brev {i}" for i in range(20))
    assert len({pid for pid, *_ in rows}) == 20
