"""Where a student's text is, said on the page: before typing, while typing, after Send.

A student who writes something personal must know that it reaches the counsellor's
laptop as they write (anonymously, also before Send), or, where the pack keeps no
drafts, that it stays on the device until Send. These tests read the words the real
page shows in Chromium as the text moves (on the device, on the laptop but not sent,
sent, offline) and check the stored rows agree with what the page says.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

from .conftest import (
    NETWORK_DOWN,
    Device,
    Devices,
    answer_row,
    join_by_link,
    on_writing_step,
    wait_for,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

#: The page sends a draft 2.5 s after the last keystroke; allow for a busy test machine.
DRAFT_WAIT = 6.0
#: Longer than the page's draft delay (2.5 s): time in which a kept draft would be sent.
LONGER_THAN_THE_DRAFT_DELAY_MS = 3_500

REFLECTION = "Jeg troede, jeg var den eneste."
LETTER = "Kære nye studerende: I er ikke alene."


def above(page: Page, upper: str, lower: str) -> bool:
    """``upper`` is drawn above ``lower`` on the page."""
    a = page.locator(upper).bounding_box()
    b = page.locator(lower).bounding_box()
    assert a is not None and b is not None
    return a["y"] + a["height"] <= b["y"]


def writer(devices: Devices, served: ServedSession, step_id: str) -> tuple[Device, str]:
    device = devices.new()
    device.allow(NETWORK_DOWN)
    join_by_link(device, served)
    pid = device.participant_id()
    served.go_to(step_id)
    on_writing_step(device, served, step_id)
    return device, pid


def test_the_page_says_the_text_is_saved_on_the_laptop_as_it_is_written(
    served_session: ServedSession, devices: Devices
) -> None:
    device, pid = writer(devices, served_session, "reflection")
    page = device.page
    status = page.locator("#status-reflection")

    # Before anything is typed: said plainly, above the field, and read with the field.
    disclosure = page.locator("#disclosure-reflection")
    expect(disclosure).to_have_text(text("disclosure_keep", "da"))
    expect(disclosure).to_contain_text("studievejlederens computer")
    expect(disclosure).to_contain_text("også før du trykker Send")
    assert above(page, "#disclosure-reflection", "#text-reflection")
    described = page.locator("#text-reflection").get_attribute("aria-describedby") or ""
    assert "disclosure-reflection" in described.split()
    expect(status).to_have_text("")

    page.locator("#text-reflection").press_sequentially(REFLECTION[:12])
    expect(status).to_have_text(text("saved_local", "da"))  # "Gemt på denne enhed"
    assert answer_row(served_session.database, pid, "reflection") is None
    page.locator("#text-reflection").fill(REFLECTION)

    expect(status).to_have_text(text("saved_draft", "da"), timeout=DRAFT_WAIT * 1000)
    assert text("saved_draft", "da") == "Gemt på studievejlederens computer – ikke sendt"
    row = answer_row(served_session.database, pid, "reflection")
    assert row is not None and (row["status"], row["draft"]) == ("draft", REFLECTION)

    page.get_by_role("button", name=text("send", "da"), exact=True).click()
    expect(status).to_have_text(text("sent", "da"))
    assert text("sent", "da").startswith("Sendt")
    row = wait_for(
        page,
        lambda: (answer_row(served_session.database, pid, "reflection") or {}).get("text"),
        3.0,
        "sent",
    )
    assert row == REFLECTION

    # Offline: the status says the text waits on this device, and the net line says so.
    device.context.set_offline(True)
    page.locator("#text-reflection").press_sequentially(" Mere.")
    expect(status).to_have_text(text("sent_edited_local", "da"))
    expect(status).to_have_text(text("offline", "da"), timeout=DRAFT_WAIT * 1000)
    expect(page.locator("#net")).to_have_text(text("offline", "da"))
    device.context.set_offline(False)
    expect(status).to_have_text(text("sent_edited", "da"), timeout=20_000)
    row = answer_row(served_session.database, pid, "reflection")
    assert row is not None
    assert (row["status"], row["text"], row["draft"]) == (
        "submitted",
        REFLECTION,
        REFLECTION + " Mere.",
    )

    # The letter says what Send changes for sharing, too.
    served_session.next()
    on_writing_step(device, served_session, "letter")
    expect(page.locator("#disclosure-letter")).to_contain_text(text("disclosure_keep", "da"))
    expect(page.locator("#disclosure-letter")).to_contain_text(text("disclosure_letter", "da"))
    assert above(page, "#disclosure-letter", "#text-letter")
    expect(page.locator("#status-letter")).to_have_text("")


def test_with_drafts_off_nothing_unsent_leaves_the_device_and_the_page_says_so(
    device_only_session: ServedSession, device_only_devices: Devices
) -> None:
    served = device_only_session
    device, pid = writer(device_only_devices, served, "reflection")
    page = device.page
    status = page.locator("#status-reflection")
    expect(page.locator("#disclosure-reflection")).to_have_text(
        text("disclosure_device_only", "da")
    )
    assert above(page, "#disclosure-reflection", "#text-reflection")

    page.locator("#text-reflection").fill(REFLECTION)
    expect(status).to_have_text(text("saved_device_only", "da"))
    assert (
        text("saved_device_only", "da") == "Gemt kun på denne enhed – sendes, når du trykker Send"
    )
    # Given the time in which a kept draft would have gone: nothing was sent.
    page.wait_for_timeout(LONGER_THAN_THE_DRAFT_DELAY_MS)
    assert not [url for url in device.requests if "/api/answers/" in url]
    assert answer_row(served.database, pid, "reflection") is None
    expect(status).to_have_text(text("saved_device_only", "da"))

    # The counsellor moves on: nothing is sent for the reflection, it stays on the device.
    served.next()
    on_writing_step(device, served, "letter")
    page.wait_for_timeout(LONGER_THAN_THE_DRAFT_DELAY_MS)
    assert not [url for url in device.requests if "/api/answers/" in url]
    assert answer_row(served.database, pid, "reflection") is None
    local = device.local()
    assert local is not None and local["answers"]["reflection"]["text"] == REFLECTION

    # Send is what sends.
    page.locator("#text-letter").fill(LETTER)
    page.get_by_label(text("share_no", "da")).check()
    expect(page.locator("#status-letter")).to_have_text(text("saved_device_only", "da"))
    page.get_by_role("button", name=text("send", "da"), exact=True).click()
    expect(page.locator("#status-letter")).to_have_text(text("sent", "da"))
    row = answer_row(served.database, pid, "letter")
    assert row is not None
    assert (row["status"], row["text"], row["share"]) == ("submitted", LETTER, 0)
    page.locator("#text-letter").press_sequentially(" PS.")
    expect(page.locator("#status-letter")).to_have_text(text("sent_edited_local", "da"))
    page.wait_for_timeout(LONGER_THAN_THE_DRAFT_DELAY_MS)
    row = answer_row(served.database, pid, "letter")
    assert row is not None and (row["text"], row["draft"]) == (LETTER, None)
    assert [url for url in device.requests if "/api/answers/" in url] == [
        f"{served.base_url}/api/answers/letter"
    ]
    assert answer_row(served.database, pid, "reflection") is None


def test_with_drafts_off_the_closing_page_says_the_letter_was_not_sent(
    device_only_session: ServedSession, device_only_devices: Devices
) -> None:
    served = device_only_session
    device, pid = writer(device_only_devices, served, "letter")
    page = device.page
    page.locator("#text-letter").fill(LETTER)

    served.go_to("closing")

    unsent = page.locator("#letter-unsent")
    expect(unsent).to_be_visible()
    expect(unsent).to_contain_text(text("letter_unsent", "da"))
    expect(unsent).to_contain_text(text("letter_unsent_device_only", "da"))
    assert answer_row(served.database, pid, "letter") is None
    served.end()
    expect(page.locator("#closing-heading")).to_have_text(text("ended", "da"))
    expect(unsent).to_contain_text(text("letter_unsent", "da"))
    # Never sent, and the session is over: it does not stay on a shared device either.
    wait_for(page, lambda: device.local() is None, 3.0, "removed from localStorage")
    assert LETTER not in device.local_raw()
