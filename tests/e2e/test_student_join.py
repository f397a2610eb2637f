"""Joining in a real Chromium when the laptop's reply is lost: one device, one participant.

On classroom Wi-Fi a join can reach the laptop while its reply never comes back. The
page then tries again by itself; the join key it made for this join (and sends again)
must get the same participant back, or the class count shows one device too many and
the student's first participant sits there empty. Playwright lets the first join reach
the real server and then drops its reply (``route.fetch`` + ``route.abort``), for each
way a device joins: the QR link, the typed code, and "next student" on a shared device.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Route, expect

from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

from .conftest import (
    NETWORK_DOWN,
    Device,
    Devices,
    join_by_link,
    next_student,
    step_text,
    wait_for,
)

pytestmark = pytest.mark.e2e

KEY = re.compile(r"[0-9a-f]{32}")


def participant_count(database: Path) -> int:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)) as db:
        return int(db.execute("SELECT COUNT(*) FROM participants").fetchone()[0])


class LoseFirstReply:
    """Routes ``/api/join``: the first request is handled by the laptop, its reply lost."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.lost: dict[str, Any] | None = None  # what the laptop answered to the first

    def __call__(self, route: Route) -> None:
        self.bodies.append(dict(route.request.post_data_json))
        if self.lost is None:
            reply = route.fetch()
            assert reply.status == 200, reply.text()
            self.lost = dict(reply.json())
            route.abort("connectionreset")
        else:
            route.continue_()


def join_by_code(device: Device, served: ServedSession) -> None:
    page = device.page
    page.goto("/")
    page.get_by_label(text("join_code_label", "da")).fill(served.code)
    page.get_by_role("button", name=text("join_button", "da")).click()


def press_next_student(device: Device, served: ServedSession) -> None:
    next_student(device)


def joined_by_link_first(device: Device, served: ServedSession) -> None:
    """A student is in already (no loss), and the session is at its closing step."""
    join_by_link(device, served)
    served.go_to("closing")
    expect(device.page.locator("#closing-text")).to_have_text(step_text(served, "closing"))


WAYS: dict[str, tuple[Callable[[Device, ServedSession], None] | None, Callable[..., None]]] = {
    "link": (None, lambda device, served: device.page.goto(served.link)),
    "code": (None, join_by_code),
    "next-student": (joined_by_link_first, press_next_student),
}


@pytest.mark.parametrize("way", list(WAYS))
def test_a_join_whose_reply_is_lost_is_retried_and_makes_one_participant(
    served_session: ServedSession, devices: Devices, way: str
) -> None:
    before, join = WAYS[way]
    device = devices.new()
    device.allow(NETWORK_DOWN)  # the reply the test drops
    page = device.page
    if before is not None:
        before(device, served_session)
    already = participant_count(served_session.database)
    already_pid = device.participant_id() if already else None

    lose = LoseFirstReply()
    page.route("**/api/join", lose)
    join(device, served_session)

    # The route runs while Playwright is waited on: wait for the page's own retry.
    wait_for(page, lambda: len(lose.bodies) >= 2, 10.0, "a second join request")
    assert lose.lost is not None
    lost_pid = lose.lost["participant_id"]
    pid = wait_for(
        page,
        lambda: lost_pid if (device.local() or {}).get("pid") == lost_pid else None,
        5.0,
        "on the student page as the participant the laptop made first",
    )
    expect(page).to_have_url(re.compile(r"/s$"))
    assert device.participant_id() == pid
    # The page tried again with the same key, and only once.
    assert len(lose.bodies) == 2, lose.bodies
    keys = {body["join_key"] for body in lose.bodies}
    assert len(keys) == 1 and KEY.fullmatch(keys.pop())
    assert pid != already_pid
    assert participant_count(served_session.database) == already + 1
    assert served_session.rt.classroom.counts(served_session.session_id).joined == already + 1
    # Joined: the key is forgotten, so the next join on this device is a new one.
    assert page.evaluate("localStorage.getItem('belong.join_key')") is None


def test_a_device_without_crypto_random_still_joins_with_a_key(
    served_session: ServedSession, devices: Devices
) -> None:
    """Old tablets without ``crypto.getRandomValues`` make their key with Math.random."""
    device = devices.new()
    device.context.add_init_script(
        script="Object.defineProperty(Crypto.prototype, 'getRandomValues', {value: undefined});"
    )
    bodies: list[dict[str, Any]] = []

    def record(route: Route) -> None:
        bodies.append(dict(route.request.post_data_json))
        route.continue_()

    device.page.route("**/api/join", record)
    join_by_link(device, served_session)
    assert device.page.evaluate("typeof crypto.getRandomValues") == "undefined"
    assert len(bodies) == 1 and KEY.fullmatch(bodies[0]["join_key"])
    assert participant_count(served_session.database) == 1


def test_a_refused_join_shows_the_laptops_sentence_and_keeps_the_key(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    device.allow(r"status of 404 \(Not Found\)")
    page = device.page
    page.goto("/")
    wrong = f"{(int(served_session.code) + 1) % 10**6:06d}"
    page.get_by_label(text("join_code_label", "da")).fill(wrong)
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_have_text(text("join_wrong", "da"))
    kept = page.evaluate("localStorage.getItem('belong.join_key')")
    assert kept is not None  # the same join goes on: the next try sends the same key

    page.get_by_label(text("join_code_label", "da")).fill(served_session.code)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/s$"))
    assert page.evaluate("localStorage.getItem('belong.join_key')") is None
    assert participant_count(served_session.database) == 1


def test_a_link_whose_session_ends_while_joining_leads_to_the_code(
    served_session: ServedSession, devices: Devices
) -> None:
    """The link page was open when the counsellor ended: say so, and offer the code form."""
    device = devices.new()
    device.allow(r"status of 410 \(Gone\)")
    page = device.page

    def end_first(route: Route) -> None:
        served_session.end()
        route.continue_()

    page.route("**/api/join", end_first)
    page.goto(served_session.link)
    expect(page.get_by_role("alert")).to_have_text(text("join_ended", "da"))
    page.get_by_role("link", name=text("join_by_code", "da")).click()
    expect(page.get_by_label(text("join_code_label", "da"))).to_be_visible()
    assert participant_count(served_session.database) == 0


# -- a join counts once its page loads; a busy address waits and gets in ------------------


def test_scanning_the_qr_link_joins_and_counts_once_the_page_loads(
    served_session: ServedSession, devices: Devices
) -> None:
    """The link's page asks to join; the join counts when the student page loads."""
    served = served_session
    device = devices.new()
    device.allow(NETWORK_DOWN)  # the held-back student page
    page = device.page
    page.route(re.compile(r"/s$"), lambda route: route.abort("connectionreset"))
    page.goto(served.link, wait_until="commit")
    pending = wait_for(
        page,
        lambda: (
            served.rt.classroom.pending_device(device.context.cookies()[0]["value"])
            if device.context.cookies()
            else None
        ),
        10.0,
        "a pending join with its cookie",
    )
    assert served.rt.classroom.counts(served.session_id).joined == 0
    assert participant_count(served.database) == 0

    page.unroute(re.compile(r"/s$"))
    page.goto("/s")  # the student page loads (a reload, as the student would)
    expect(page.locator("#app")).to_be_attached()
    assert device.participant_id() == pending.participant_id
    assert served.rt.classroom.counts(served.session_id).joined == 1
    assert participant_count(served.database) == 1
    # Scanning again on the same phone: the same participant, counted once.
    page.goto(served.link)
    expect(page).to_have_url(re.compile(r"/s$"))
    assert served.rt.classroom.counts(served.session_id).joined == 1


def test_a_page_asked_to_wait_says_so_and_joins_by_itself(
    serve_session: Callable[..., ServedSession], browser: Browser
) -> None:
    """Behind one address (a school NAT) the laptop may ask a page to wait: it says why,
    waits the seconds it was told and joins on its own."""
    served = serve_session(join_burst=1, join_per_second=0.25)  # a 4-second wait
    made = Devices(browser, served.base_url)
    try:
        first, second = made.new(), made.new()
        join_by_link(first, served)  # the one join this address may make at once
        second.allow(r"status of 429")  # the refusal Chromium logs before the page retries
        second.page.goto(served.link)
        status = second.page.locator("#join-status")
        expect(status).to_contain_text("Mange deltager lige nu")
        expect(second.page).to_have_url(re.compile(r"/s$"), timeout=15_000)
        expect(second.page.locator("#app")).to_be_attached()
        assert served.rt.classroom.counts(served.session_id).joined == 2
        assert made.problems() == []
    finally:
        made.close()
