"""Joining under pressure, over real HTTP: floods are slowed, unloaded joins fill nothing,
the QR link is safe to preview, a full room says so to the device and the counsellor.

The real uvicorn server of a running session on loopback; each client binds its own
loopback address (127.0.0.2, 127.0.1.7, …), so the server sees separate devices as it
would on a classroom network.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from belong_desktop.core.joins import JOIN_BURST
from belong_desktop.core.room_alerts import RoomAlert
from belong_desktop.server.page_words import text

from .test_api import assert_problem, auth, other_code

if TYPE_CHECKING:
    from conftest import ServedSession


@contextmanager
def device(served: ServedSession, n: int) -> Iterator[httpx.Client]:
    """Device number ``n``, with its own loopback address."""
    transport = httpx.HTTPTransport(local_address=f"127.0.{n // 250}.{2 + n % 250}")
    with httpx.Client(base_url=served.base_url, transport=transport, timeout=20) as client:
        yield client


def participant_rows(database: Path) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as con:
        return int(con.execute("SELECT COUNT(*) FROM participants").fetchone()[0])


def alerts(served: ServedSession) -> set[RoomAlert]:
    return {a.alert for a in served.rt.classroom.counts(served.session_id).alerts}


def join_and_load(client: httpx.Client, served: ServedSession) -> str:
    joined = client.post("/api/join", json={"code": served.code})
    assert joined.status_code == 200, joined.text
    token = str(joined.json()["token"])
    loaded = client.get("/api/state", headers=auth(token))
    assert loaded.status_code == 200, loaded.text
    return token


def test_one_address_flooding_joins_is_slowed_while_another_joins(
    served_session: ServedSession,
) -> None:
    link = served_session.info.link_token
    with device(served_session, 1) as flood, device(served_session, 2) as student:
        replies = [flood.post("/api/join", json={"link": link}) for _ in range(JOIN_BURST + 5)]
        assert [r.status_code for r in replies[:JOIN_BURST]] == [200] * JOIN_BURST
        slowed = replies[JOIN_BURST:]
        for reply in slowed:
            assert_problem(reply, 429, "too_many_joins")
            seconds = int(reply.headers["Retry-After"])
            assert 1 <= seconds <= 2
            assert reply.json()["detail"] == text("join_busy", "da", seconds=seconds)
        # The student next to it is not held back.
        token = join_and_load(student, served_session)
        assert student.get("/api/state", headers=auth(token)).json()["session"]["state"] == (
            "running"
        )
        # The form without script is slowed the same way, with the sentence on the page.
        form = flood.post("/join", data={"link": link})
        assert form.status_code == 429 and "Retry-After" in form.headers
        assert text("join_busy", "da", seconds=int(form.headers["Retry-After"])) in form.text
    # The flood loaded no page: only the student counts.
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 1
    assert participant_rows(served_session.database) == 1


def test_five_hundred_joins_that_never_load_do_not_fill_the_room(
    serve_session: Callable[..., ServedSession],
) -> None:
    served = serve_session(max_devices=10)

    def script(n: int) -> int:
        with device(served, n) as client:  # 20 addresses, 25 joins each: within the rate
            codes = [client.post("/api/join", json={"code": served.code}) for _ in range(25)]
            return sum(r.status_code == 200 for r in codes)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert sum(pool.map(script, range(20))) == 500
    assert served.rt.classroom.counts(served.session_id).joined == 0
    assert participant_rows(served.database) == 0

    for n in range(100, 110):  # a class of ten, each loading its page
        with device(served, n) as student:
            join_and_load(student, served)
    counts = served.rt.classroom.counts(served.session_id)
    assert counts.joined == 10 and participant_rows(served.database) == 10
    assert RoomAlert.FULL not in alerts(served)


def test_opening_or_heading_the_qr_link_makes_no_participant(
    served_session: ServedSession,
) -> None:
    """A link preview, a prefetch, a HEAD: the QR URL never joins by itself."""
    link = served_session.info.link_token
    with device(served_session, 1) as client:
        for _ in range(3):
            assert client.get(f"/j/{link}").status_code == 200
            head = client.head(f"/j/{link}")
            assert head.status_code == 200 and head.content == b""
            assert "set-cookie" not in head.headers
        assert client.head("/").status_code == 200
    classroom = served_session.rt.classroom
    assert classroom.counts(served_session.session_id).joined == 0
    assert len(classroom._pending.get(served_session.session_id, ())) == 0  # not even pending
    assert participant_rows(served_session.database) == 0


def test_a_head_of_the_student_page_does_not_make_a_pending_join_count(
    served_session: ServedSession,
) -> None:
    with device(served_session, 1) as client:
        joined = client.post("/api/join", json={"link": served_session.info.link_token})
        token = joined.json()["token"]
        assert client.head("/s").status_code == 200
        assert client.head("/api/state", headers=auth(token)).status_code == 401
        counts = served_session.rt.classroom.counts(served_session.session_id)
        assert (counts.joined, counts.on_step) == (0, 0)
        page = client.get("/s")  # the page really loads
        assert page.status_code == 200
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 1
    assert participant_rows(served_session.database) == 1


def test_a_full_room_refuses_one_device_more_and_tells_the_counsellor(
    serve_session: Callable[..., ServedSession],
) -> None:
    """Forty real devices join at once in a room for forty; the 41st is told, in the page
    and in the API, and the counsellor is alerted. (The default cap of 500 is a setting:
    tests/services/test_classroom.py; a thousand devices run in benchmarks/.)"""
    served = serve_session(max_devices=40)
    assert served.rt.classroom.device_cap(served.session_id) == 40

    def student(n: int) -> str:
        with device(served, n) as client:
            return join_and_load(client, served)

    with ThreadPoolExecutor(max_workers=8) as pool:
        tokens = list(pool.map(student, range(40)))
    assert len(set(tokens)) == 40
    assert served.rt.classroom.counts(served.session_id).joined == 40
    assert RoomAlert.FULL not in alerts(served)

    with device(served, 600) as late:
        refused = late.post("/api/join", json={"code": served.code})
        assert_problem(refused, 409, "full")
        assert refused.json()["detail"] == text("join_full", "da")
        page = late.post("/join", data={"link": served.info.link_token})
        assert page.status_code == 409 and text("join_full", "da") in page.text
    assert RoomAlert.FULL in alerts(served)
    assert served.rt.classroom.counts(served.session_id).joined == 40
    assert participant_rows(served.database) == 40
    # Those who are in carry on.
    with device(served, 0) as first:
        assert first.get("/api/state", headers=auth(tokens[0])).status_code == 200


def test_a_join_whose_room_filled_up_before_its_page_loaded_is_told_so(
    serve_session: Callable[..., ServedSession],
) -> None:
    """Four devices ask while the room of two is empty; the two whose pages load first are
    in, the other two are told when theirs loads: the page, or the API as a Problem."""
    served = serve_session(max_devices=2)
    with (
        device(served, 1) as a,
        device(served, 2) as b,
        device(served, 3) as c,
        device(served, 4) as d,
    ):
        tokens = [
            x.post("/api/join", json={"code": served.code}).json()["token"] for x in (a, b, c, d)
        ]
        assert a.get("/s").status_code == 200
        assert b.get("/api/state", headers=auth(tokens[1])).status_code == 200

        page = c.get("/s")
        assert page.status_code == 409 and text("join_full", "da") in page.text
        cleared = page.headers["set-cookie"]
        assert cleared.startswith("belong_token=") and "Max-Age=0" in cleared
        assert_problem(c.get("/api/state", headers=auth(tokens[2])), 401, "unknown_token")

        assert_problem(d.get("/api/state", headers=auth(tokens[3])), 409, "full")
    assert served.rt.classroom.counts(served.session_id).joined == 2
    assert participant_rows(served.database) == 2
    assert RoomAlert.FULL in alerts(served)


def test_a_flood_of_wrong_codes_warns_the_counsellor_and_the_right_code_still_joins(
    served_session: ServedSession,
) -> None:
    wrong = other_code(served_session.code)
    for n in range(6):  # six devices, five wrong codes each: 30 in a minute
        with device(served_session, n) as guesser:
            for _ in range(5):
                assert_problem(guesser.post("/api/join", json={"code": wrong}), 404, "wrong_code")
    assert RoomAlert.WRONG_CODES in alerts(served_session)
    (active,) = [
        a
        for a in served_session.rt.classroom.counts(served_session.session_id).alerts
        if a.alert is RoomAlert.WRONG_CODES
    ]
    assert active.count == 30
    with device(served_session, 50) as newcomer:
        join_and_load(newcomer, served_session)
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 1


def test_a_few_wrong_codes_are_typos_not_a_warning(served_session: ServedSession) -> None:
    wrong = other_code(served_session.code)
    with device(served_session, 1) as typist:
        for _ in range(3):
            typist.post("/api/join", json={"code": wrong})
        join_and_load(typist, served_session)
    assert RoomAlert.WRONG_CODES not in alerts(served_session)
