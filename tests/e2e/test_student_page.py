"""The student page in a real Chromium: joining, following the counsellor, the poll, the end.

These are the paths every student takes in every session: scan the QR link or type the
code, see each step as the counsellor moves on (pushed by Server-Sent Events, not by a
reload), answer the poll, and be told when the session is over. Only a browser running
the real page script against the real server can show that the pieces fit together;
the API and the rules have their own tests. The page must also stay quiet: a console
error or a Content-Security-Policy violation on any device fails the test.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

from .conftest import Devices, join_by_link, next_student, step_text, wait_for

pytestmark = pytest.mark.e2e


def test_join_by_link_then_follow_the_counsellor_by_push(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    join_by_link(device, served_session)
    page = device.page
    expect(page.locator("#look-text")).to_have_text(step_text(served_session, "welcome"))
    expect(page.get_by_role("heading", name=text("look", "da"))).to_be_visible()

    served_session.next()

    # Pushed, not polled: the page made no /api/state request (the fallback's) to get it.
    expect(page.locator("#look-text")).to_have_text(step_text(served_session, "intro-videos"))
    assert any(url.endswith("/api/events") for url in device.requests)
    assert not [url for url in device.requests if url.endswith("/api/state")], (
        "the page polled although its event stream was open"
    )


def test_join_by_typing_the_code_with_the_keyboard_only(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    page.goto("/")
    code = page.get_by_label(text("join_code_label", "da"))
    expect(code).to_be_focused()  # the join page puts the cursor in the field

    page.keyboard.type(served_session.code)
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/s$"))
    expect(page.locator("#look-text")).to_have_text(step_text(served_session, "welcome"))
    assert device.participant_id()


@pytest.mark.slow
def test_five_devices_answer_the_poll_and_one_changes_its_mind(
    served_session: ServedSession, devices: Devices
) -> None:
    phones = [devices.new() for _ in range(5)]
    for phone in phones:
        join_by_link(phone, served_session)
    served_session.go_to("poll")
    options = served_session.pack.steps[served_session.pack.step_index("poll")].poll
    assert options is not None
    labels = [option.get("da") for option in options.options]

    for number, phone in enumerate(phones):
        page = phone.page
        expect(page.locator("#poll-text")).to_have_text(step_text(served_session, "poll"))
        page.get_by_role("radio", name=labels[number % 2]).check()
        page.get_by_role("button", name=text("poll_send", "da")).click()
    for phone in phones:
        expect(phone.page.locator("#poll-status")).to_have_text(text("poll_saved", "da"))

    tally = served_session.rt.classroom.counts(served_session.session_id).poll
    assert tally is not None
    assert tally.counts == (3, 2, 0, 0, 0)
    assert tally.total == 5
    assert tally.visible

    first = phones[0].page
    first.get_by_role("radio", name=labels[4]).check()
    first.get_by_role("button", name=text("poll_send", "da")).click()

    def changed() -> tuple[int, ...] | None:
        poll = served_session.rt.classroom.counts(served_session.session_id).poll
        assert poll is not None
        return poll.counts if poll.counts[4] == 1 else None

    counts = wait_for(first, changed, 5.0, "the changed answer counted")
    assert counts == (2, 2, 0, 0, 1)
    assert sum(counts) == 5
    expect(first.locator("#poll-status")).to_have_text(text("poll_saved", "da"))


def test_session_end_is_shown_and_the_link_is_gone(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    join_by_link(device, served_session)
    page = device.page
    expect(page.locator("#look-text")).to_have_text(step_text(served_session, "welcome"))

    served_session.end()

    expect(page.locator("#closing-heading")).to_have_text("Sessionen er slut. Tak!", timeout=10_000)
    expect(page.locator("#view-look")).to_be_hidden()
    # Nothing was pending, so nothing this student did stays on a shared device.
    wait_for(page, lambda: device.local() is None, 3.0, "removed from localStorage")

    late = devices.new()
    late.allow(r"status of 410 \(Gone\)")
    response = late.page.goto(served_session.link)
    assert response is not None
    assert response.status == 410
    expect(late.page.get_by_role("alert")).to_have_text(text("join_ended", "da"))


def test_page_loads_without_any_console_error(
    served_session: ServedSession, devices: Devices
) -> None:
    """No console line at all, not even for the browser's own request for an icon.

    Chromium asks an origin for /favicon.ico once per browser (the page declares a
    data: icon so it need not), so this test opens the page under a name no other test
    uses (localhost): a 404 for the icon would show here.
    """
    device = devices.new()
    device.page.goto(served_session.link.replace("//127.0.0.1:", "//localhost:"))
    expect(device.page).to_have_url(re.compile(r"//localhost:\d+/s$"))
    expect(device.page.locator("#look-text")).to_have_text(step_text(served_session, "welcome"))
    # The icon is asked for about 0.8 s after the page loaded: give it the time to.
    device.page.wait_for_timeout(1_500)


def test_a_csp_violation_on_the_page_is_caught(
    served_session: ServedSession, devices: Devices
) -> None:
    """The console check itself can fail: a blocked foreign image is reported."""
    device = devices.new()
    join_by_link(device, served_session)
    device.page.evaluate(
        "() => { const img = document.createElement('img');"
        " img.src = 'http://example.invalid/pixel.png'; document.body.appendChild(img); }"
    )
    problems = wait_for(device.page, device.take_problems, 3.0, "reported")
    assert any("CSP violation: img-src" in p for p in problems), problems


def test_a_page_left_open_from_the_last_group_shows_the_end_and_the_way_on(
    served_session: ServedSession, devices: Devices
) -> None:
    """The next group's session runs on the same port: the old page must not hang."""
    device = devices.new()
    join_by_link(device, served_session)
    page = device.page
    expect(page.locator("#look-text")).to_have_text(step_text(served_session, "welcome"))
    device.allow(r"status of 401 \(Unauthorized\)")
    device.allow(r"status of 404 \(Not Found\)")  # the old link, on the new session's server
    device.allow(r"status of 410 \(Gone\)")
    device.allow(r"net::ERR_")

    # The server goes away before the end reaches the device (the laptop was closed),
    # and the next group's session starts on the same port: the page only learns from
    # the new server that its token means nothing there.
    port = served_session.info.port
    served_session.host.stop()
    served_session.end()
    rt = served_session.rt
    next_group = rt.sessions.create(served_session.pack, "DAT1-B", "da")
    rt.sessions.start(next_group)
    info = served_session.host.start(next_group, bind_host="127.0.0.1", port=port)

    expect(page.locator("#closing-heading")).to_have_text("Sessionen er slut. Tak!")
    next_student(device)
    # The old link is refused, so the device lands on the join page for the new code.
    expect(page.get_by_label(text("join_code_label", "da"))).to_be_visible()
    page.get_by_label(text("join_code_label", "da")).fill(info.code)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/s$"))
    expect(page.locator("#look-text")).to_have_text(step_text(served_session, "welcome"))
    assert rt.classroom.counts(next_group).joined == 1
