"""A step change while a student types: the reflection never runs on into the letter.

The reflection is private; the letter may be shared with next year's students. When the
counsellor moves on in the middle of a sentence, the rest of the sentence must not land
in the letter's field (and so in the text that may be shared). Each writing step has its
own field, bound to its step; on a step change the old one is removed and focus moves
to the new step's heading. These tests type continuously in a real Chromium while the
counsellor moves on from another thread, then read the rows the export will read.
"""

from __future__ import annotations

import threading
import time

import pytest
from playwright.sync_api import expect

from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

from .conftest import Devices, answer_row, join_by_link, on_writing_step, step_text, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

#: Keys go on for this many chunks after the page shows the letter.
CHUNKS_AFTER = 6
LETTER = "Kære dig, der starter til efteråret."


def chunk(number: int) -> str:
    """Typed text that says where it was in the stream: "ord1 ord2 …"."""
    return f"ord{number} "


def test_keys_typed_on_across_a_step_change_stay_out_of_the_letter(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_by_link(device, served_session)
    pid = device.participant_id()
    served_session.go_to("reflection")
    on_writing_step(device, served_session, "reflection")
    page.locator("#text-reflection").click()

    # The counsellor presses "next" while the student is in the middle of a sentence.
    typing = threading.Event()
    moved = threading.Event()

    def counsellor() -> None:
        if typing.wait(20):
            served_session.next()
            moved.set()

    mover = threading.Thread(target=counsellor, name="counsellor")
    mover.start()
    typed = ""
    typed_before_letter = None  # what had been typed when the page showed the letter
    after = 0
    deadline = time.monotonic() + 60
    try:
        number = 0
        while after < CHUNKS_AFTER:
            assert time.monotonic() < deadline, "the page never showed the letter"
            number += 1
            page.keyboard.type(chunk(number), delay=15)
            typed += chunk(number)
            if number == 4:
                typing.set()
            if typed_before_letter is None and moved.is_set():
                if page.locator("#text-letter").count():
                    typed_before_letter = typed
            elif typed_before_letter is not None:
                after += 1
    finally:
        typing.set()
        mover.join(20)
    assert typed_before_letter is not None

    assert len(typed) > len(typed_before_letter)  # keys really went on after the change

    # The reflection holds what was typed into it (and was sent to its own step, closed):
    # a prefix of the stream up to the moment the letter appeared, nothing typed later.
    row = wait_for(
        page,
        lambda: (answer_row(served_session.database, pid, "reflection") or {}).get("draft"),
        10.0,
        "the reflection's draft stored",
    )
    stored = answer_row(served_session.database, pid, "reflection")
    assert stored is not None and stored["status"] == "draft_at_close"
    assert stored["text"] is None  # kept, marked as never sent
    assert typed_before_letter.startswith(row), (row, typed_before_letter)
    assert len(row) >= len(chunk(1) + chunk(2) + chunk(3) + chunk(4))
    local = device.local()
    assert local is not None
    assert local["answers"]["reflection"]["text"] == row  # the device's copy is the same

    # The letter holds nothing: no row, and the page never sent anything for it.
    assert answer_row(served_session.database, pid, "letter") is None
    assert not [url for url in device.requests if url.endswith("/api/answers/letter")]
    assert local["answers"].get("letter", {}).get("text", "") == ""

    # The page shows plainly that a new question has started, and keys went nowhere.
    expect(page.locator("#heading-letter")).to_be_focused()
    expect(page.locator("#heading-letter")).to_have_text(text("letter_heading", "da"))
    notice = page.locator("#step-notice")
    expect(notice).to_be_visible()
    # The spaces typed on did not scroll the new question out of sight.
    expect(page.locator("#heading-letter")).to_be_in_viewport()
    expect(notice).to_be_in_viewport()
    expect(notice).to_contain_text(text("step_notice", "da"))
    expect(notice).to_contain_text(text("step_notice_moved", "da"))
    expect(page.locator("#announce")).to_have_text(
        text("announce", "da", heading=text("letter_heading", "da"))
    )
    expect(page.locator("#text-reflection")).to_have_count(0)  # the old field is gone
    expect(page.locator("#text-letter")).to_have_value("")
    assert len(typed) > len(typed_before_letter)  # keys really went on after the change

    # Typed into the letter's own field, it holds exactly that.
    page.locator("#text-letter").click()
    page.keyboard.type(LETTER)
    letter = wait_for(
        page,
        lambda: (answer_row(served_session.database, pid, "letter") or {}).get("draft"),
        10.0,
        "the letter's draft stored",
    )
    assert letter == LETTER
    reflection = answer_row(served_session.database, pid, "reflection")
    assert reflection is not None and reflection["draft"] == row


def test_going_back_shows_the_reflection_in_a_new_field_with_its_own_text(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_by_link(device, served_session)
    served_session.go_to("reflection")
    on_writing_step(device, served_session, "reflection")
    page.locator("#text-reflection").fill("min refleksion")
    served_session.next()
    on_writing_step(device, served_session, "letter")
    page.locator("#text-letter").fill("mit brev")

    served_session.prev()

    on_writing_step(device, served_session, "reflection")
    expect(page.locator("#heading-reflection")).to_be_focused()
    expect(page.locator("#text-reflection")).to_have_value("min refleksion")
    expect(page.locator("#text-letter")).to_have_count(0)
    expect(page.locator("#prompt-reflection")).to_have_text(step_text(served_session, "reflection"))
    served_session.next()
    on_writing_step(device, served_session, "letter")
    expect(page.locator("#text-letter")).to_have_value("mit brev")
