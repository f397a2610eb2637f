"""A student with the page open in many tabs, in a real Chromium against the real server.

A device holds a few event streams (three by default); a newer tab's stream ends the
oldest tab's with a ``replaced`` event. That tab must keep following the counsellor (by
polling) and must not open its stream again: otherwise the tabs would take the stream
from each other in turn, every two seconds, for the rest of the hour.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import ServedSession

from .conftest import Devices, join_by_link, step_text, wait_for

pytestmark = pytest.mark.e2e


def test_a_fourth_tab_takes_the_oldest_tabs_stream_and_that_tab_still_follows(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    join_by_link(device, served_session)
    first = device.page  # ``device.requests`` are this tab's

    def streams_asked() -> int:
        return sum(url.endswith("/api/events") for url in device.requests)

    expect(first.locator("#look-text")).to_have_text(step_text(served_session, "welcome"))
    guard = served_session.host.guard
    assert guard is not None
    participant = device.participant_id()
    wait_for(first, lambda: guard.streams(participant) == 1, 5, "one stream open")

    tabs = []
    for _ in range(3):
        tab = device.context.new_page()
        tab.goto("/s")
        expect(tab.locator("#look-text")).to_have_text(step_text(served_session, "welcome"))
        tabs.append(tab)
    wait_for(first, lambda: guard.streams(participant) == 3, 5, "three streams at most")

    served_session.next()
    for page in (first, *tabs):  # the replaced tab too, by polling
        expect(page.locator("#look-text")).to_have_text(step_text(served_session, "intro-videos"))
    # Several polls later the first tab has not asked for its stream again.
    wait_for(
        first,
        lambda: sum(url.endswith("/api/state") for url in device.requests) >= 3,
        10,
        "the replaced tab polling",
    )
    assert streams_asked() == 1
    assert guard.streams(participant) == 3
    for tab in tabs:
        tab.close()
