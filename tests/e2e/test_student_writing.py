"""Writing on the student page: no text is ever lost, whatever happens around it.

A student may write for ten minutes on a phone with a weak connection, in a room where
the counsellor moves on, the laptop restarts, or the tablet is handed to the next
student. The page promises to keep every keystroke (localStorage at once, a draft on
the laptop a few seconds later) and to say calmly what state the text is in. These
tests type into the real page and read the SQLite file the export reads, so they show
what would really be kept.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

from .conftest import (
    NETWORK_DOWN,
    Device,
    Devices,
    answer_row,
    join_by_link,
    next_student,
    on_writing_step,
    step_text,
    wait_for,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

#: The page sends a draft 2.5 s after the last keystroke; allow for a busy test machine.
DRAFT_WAIT = 6.0

REFLECTION = "Jeg genkendte, at man tror, alle andre har styr på det."
EDIT = " Det gik over efter et par uger."
LETTER = "Kære nye studerende: det er helt normalt at føle sig udenfor i starten."


def writer_at_reflection(
    devices: Devices, served: ServedSession, *, offline_allowed: bool = False
) -> tuple[Device, str]:
    """A device that joined by link and shows the reflection step; with its participant id."""
    device = devices.new()
    if offline_allowed:
        device.allow(NETWORK_DOWN)
    join_by_link(device, served)
    pid = device.participant_id()
    served.go_to("reflection")
    on_writing_step(device, served, "reflection")
    return device, pid


def row_when(
    device: Device, served: ServedSession, pid: str, step_id: str, timeout: float, **want: Any
) -> dict[str, Any]:
    """The stored answer, once every field in ``want`` has that value."""

    def probe() -> dict[str, Any] | None:
        row = answer_row(served.database, pid, step_id)
        if row is not None and all(row[key] == value for key, value in want.items()):
            return row
        return None

    return wait_for(device.page, probe, timeout, f"{step_id} stored with {want}")


def test_draft_send_edit_and_a_letter_with_consent(
    served_session: ServedSession, devices: Devices
) -> None:
    device, pid = writer_at_reflection(devices, served_session)
    page = device.page
    box = page.get_by_label(text("text_label", "da"))
    status = page.locator("#status-reflection")

    box.press_sequentially(REFLECTION[:20])
    box.fill(REFLECTION)
    expect(status).to_have_text(text("saved_local", "da"))
    row = row_when(device, served_session, pid, "reflection", DRAFT_WAIT, draft=REFLECTION)
    assert (row["status"], row["text"]) == ("draft", None)  # a draft, not sent
    expect(status).to_have_text(text("saved_draft", "da"))

    page.get_by_role("button", name=text("send", "da"), exact=True).click()
    row = row_when(device, served_session, pid, "reflection", 3.0, status="submitted")
    assert (row["text"], row["draft"]) == (REFLECTION, None)
    expect(status).to_have_text(text("sent", "da"))
    expect(page.get_by_role("button", name=text("send_changes", "da"))).to_be_visible()

    box.press_sequentially(EDIT)
    expect(status).to_have_text(text("sent_edited_local", "da"))
    served_session.next()  # before the edit's draft was due: the page must flush it

    on_writing_step(device, served_session, "letter")
    row = row_when(device, served_session, pid, "reflection", DRAFT_WAIT, draft=REFLECTION + EDIT)
    assert (row["status"], row["text"]) == ("submitted", REFLECTION)

    status = page.locator("#status-letter")
    letter = page.get_by_label(text("letter_label", "da"))
    expect(letter).to_have_value("")
    letter.fill(LETTER)
    page.get_by_role("button", name=text("send", "da"), exact=True).click()
    expect(status).to_have_text(text("share_pick", "da"))
    assert not (answer_row(served_session.database, pid, "letter") or {}).get("text")

    page.get_by_label(text("share_yes", "da")).check()
    page.get_by_role("button", name=text("send", "da"), exact=True).click()
    row = row_when(device, served_session, pid, "letter", 3.0, status="submitted")
    assert (row["text"], row["share"]) == (LETTER, 1)
    expect(status).to_have_text(text("sent", "da"))


def test_a_draft_left_when_the_counsellor_moves_on_is_kept_as_draft_at_close(
    served_session: ServedSession, devices: Devices
) -> None:
    device, pid = writer_at_reflection(devices, served_session)
    device.page.get_by_label(text("text_label", "da")).fill(REFLECTION)
    row_when(device, served_session, pid, "reflection", DRAFT_WAIT, status="draft")

    served_session.next()

    on_writing_step(device, served_session, "letter")
    row = row_when(device, served_session, pid, "reflection", 3.0, status="draft_at_close")
    assert (row["draft"], row["text"]) == (REFLECTION, None)
    device.page.wait_for_timeout(500)  # nothing the page does afterwards may send it
    row = answer_row(served_session.database, pid, "reflection")
    assert row is not None
    assert (row["status"], row["draft"], row["text"]) == ("draft_at_close", REFLECTION, None)


def test_offline_send_is_kept_and_sent_when_the_connection_is_back(
    served_session: ServedSession, devices: Devices
) -> None:
    device, pid = writer_at_reflection(devices, served_session, offline_allowed=True)
    page = device.page
    box = page.get_by_label(text("text_label", "da"))

    device.context.set_offline(True)
    box.fill(REFLECTION)
    page.get_by_role("button", name=text("send", "da"), exact=True).click()

    offline = "Gemt på denne enhed – sendes, når forbindelsen er tilbage."
    expect(page.locator("#net")).to_have_text(offline)
    expect(page.locator("#net")).to_be_visible()
    expect(page.locator("#status-reflection")).to_have_text(offline)
    local = device.local()
    assert local is not None
    assert local["answers"]["reflection"]["text"] == REFLECTION
    assert answer_row(served_session.database, pid, "reflection") is None

    device.context.set_offline(False)

    expect(page.locator("#net")).to_have_text(text("online_again", "da"), timeout=20_000)
    row = row_when(device, served_session, pid, "reflection", 20.0, status="submitted")
    assert row["text"] == REFLECTION
    expect(page.locator("#status-reflection")).to_have_text(text("sent", "da"))

    # An edit typed offline, then a reload as soon as the connection is back.
    device.context.set_offline(True)
    box.press_sequentially(EDIT)
    expect(page.locator("#status-reflection")).to_have_text(text("sent_edited_local", "da"))
    device.context.set_offline(False)
    page.reload()

    expect(page.get_by_label(text("text_label", "da"))).to_have_value(REFLECTION + EDIT)
    row = row_when(device, served_session, pid, "reflection", DRAFT_WAIT, draft=REFLECTION + EDIT)
    assert (row["status"], row["text"]) == ("submitted", REFLECTION)


def test_the_page_keeps_following_across_an_app_restart(
    served_session: ServedSession, devices: Devices
) -> None:
    device, pid = writer_at_reflection(devices, served_session, offline_allowed=True)
    page = device.page
    page.get_by_label(text("text_label", "da")).fill(REFLECTION)
    page.get_by_role("button", name=text("send", "da"), exact=True).click()
    row_when(device, served_session, pid, "reflection", 3.0, status="submitted")
    page.evaluate("window.sameDocument = true")
    port = served_session.info.port

    served_session.restart()

    assert served_session.info.port == port
    served_session.next()
    expect(page.locator("#prompt-letter")).to_have_text(
        step_text(served_session, "letter"), timeout=10_000
    )
    assert page.evaluate("window.sameDocument") is True, "the page was reloaded"
    row = answer_row(served_session.database, pid, "reflection")
    assert row is not None
    assert (row["status"], row["text"]) == ("submitted", REFLECTION)

    page.get_by_label(text("letter_label", "da")).fill(LETTER)
    row_when(device, served_session, pid, "letter", DRAFT_WAIT, status="draft", draft=LETTER)


def test_next_student_and_reset_make_new_participants(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_by_link(device, served_session)
    first = device.participant_id()
    served_session.go_to("letter")
    on_writing_step(device, served_session, "letter")
    page.get_by_label(text("letter_label", "da")).fill(LETTER)
    page.get_by_label(text("share_no", "da")).check()
    page.get_by_role("button", name=text("send", "da"), exact=True).click()
    row_when(device, served_session, first, "letter", 3.0, status="submitted")
    served_session.go_to("closing")
    expect(page.locator("#closing-text")).to_have_text(step_text(served_session, "closing"))

    next_student(device)

    def new_pid(old: str) -> str | None:
        local = device.local()
        pid = local.get("pid") if local else None
        return pid if pid and pid != old else None

    second = wait_for(page, lambda: new_pid(first), 5.0, "a new participant")
    assert device.participant_id() == second
    expect(page.locator("#closing-text")).to_have_text(step_text(served_session, "closing"))
    assert LETTER not in device.local_raw()
    row = answer_row(served_session.database, first, "letter")
    assert row is not None
    assert (row["status"], row["text"], row["share"]) == ("submitted", LETTER, 0)

    served_session.rt.classroom.reset_devices(served_session.session_id)

    third = wait_for(page, lambda: new_pid(second), 5.0, "rejoined after the reset")
    assert third != first
    assert device.participant_id() == third
    assert device.server_state()["reset"] is False


def test_a_new_participant_on_the_device_still_sends_the_old_ones_unsent_text(
    served_session: ServedSession, devices: Devices
) -> None:
    """Unsent text outlives a lost cookie: the page sends it under the token it belongs to."""
    device, old_pid = writer_at_reflection(devices, served_session, offline_allowed=True)
    page = device.page

    device.context.set_offline(True)
    page.get_by_label(text("text_label", "da")).fill(REFLECTION)
    page.get_by_role("button", name=text("send", "da"), exact=True).click()
    expect(page.locator("#net")).to_be_visible()
    page.close()  # the tablet's tab is closed before the connection came back

    # The cookie is gone (cleared by the browser), so scanning the QR code again makes a
    # new participant; localStorage still holds the old participant's unsent text.
    device.context.clear_cookies()
    device.context.set_offline(False)
    device.page = device.context.new_page()
    join_by_link(device, served_session)
    assert device.participant_id() != old_pid

    row = row_when(device, served_session, old_pid, "reflection", 20.0, status="submitted")
    assert row["text"] == REFLECTION
    wait_for(
        device.page,
        lambda: device.page.evaluate("localStorage.getItem('belong.unsent')") is None or None,
        10.0,
        "the set-aside answers removed once sent",
    )
