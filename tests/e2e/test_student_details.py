"""The student page's details, in a real Chromium: what makes the hour feel sure.

Small things a student notices at once: which option they chose, that their vote was
received, an error hint that looks like one, the cursor back in the code field after a
wrong code, a "next student" that asks first and then visibly clears the device, a calm
dark page while a video plays, a support address that can be tapped, the class's name
at the top (so the room next door sees it joined the wrong class), and a closing page
that says when a letter was not sent. The focus ring is measured against the colour it
is drawn on.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

from .conftest import Devices, join_by_link, on_writing_step, step_text, wait_for

pytestmark = pytest.mark.e2e

ERROR_COLOUR = "rgb(138, 28, 28)"  # --warn in student.css

# Focuses an element the way a keyboard does and reports its ring and the colour behind
# it: the first ancestor with an opaque background (the ring is drawn outside the box).
_RING = """
(selector) => {
  const el = document.querySelector(selector);
  el.focus();
  const style = getComputedStyle(el);
  let ground = el.parentElement;
  let background = "rgb(255, 255, 255)";
  while (ground) {
    const colour = getComputedStyle(ground).backgroundColor;
    if (colour && colour !== "transparent" && !colour.startsWith("rgba(0, 0, 0, 0")) {
      background = colour;
      break;
    }
    ground = ground.parentElement;
  }
  return {
    focused: document.activeElement === el,
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    colour: style.outlineColor,
    background: background,
  };
}
"""


def channels(colour: str) -> tuple[int, int, int]:
    found = re.match(r"rgba?\((\d+), (\d+), (\d+)", colour)
    assert found, colour
    r, g, b = (int(v) for v in found.groups())
    return r, g, b


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(v) for v in channels(colour))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def assert_ring(page: Page, selector: str) -> dict[str, Any]:
    ring: dict[str, Any] = page.evaluate(_RING, selector)
    assert ring["focused"], selector
    assert ring["style"] == "solid" and ring["width"] >= 2, (selector, ring)
    ratio = contrast(ring["colour"], ring["background"])
    assert ratio >= 3.0, f"{selector}: ring {ring['colour']} on {ring['background']}: {ratio:.2f}"
    return ring


def test_the_focus_ring_has_3_to_1_contrast_wherever_it_is_drawn(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    page.goto("/")
    page.keyboard.press("Tab")  # from now on the browser shows focus as for a keyboard
    assert_ring(page, "#code")
    assert_ring(page, "#join-form button")
    page.locator("#code").fill(served_session.code)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/s$"))

    served_session.go_to("poll")
    expect(page.locator("#poll-text")).to_have_text(step_text(served_session, "poll"))
    page.keyboard.press("Tab")
    assert_ring(page, "#poll-options input")
    assert_ring(page, "#poll-send")
    served_session.go_to("letter")
    on_writing_step(device, served_session, "letter")
    rings = [assert_ring(page, f"#{id_}") for id_ in ("text-letter", "share-letter-yes")]
    rings.append(assert_ring(page, "#send-letter"))
    assert_ring(page, "#heading-letter")
    served_session.go_to("closing")
    expect(page.locator("#closing-text")).to_have_text(step_text(served_session, "closing"))
    assert_ring(page, "#closing-text a")  # on the page's own background, not a card
    assert_ring(page, "#next-student")
    assert {ring["background"] for ring in rings} == {"rgb(255, 255, 255)"}  # in the card


def test_a_chosen_option_is_highlighted_and_a_voter_is_thanked_also_after_a_reload(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_by_link(device, served_session)
    served_session.go_to("poll")
    poll = served_session.pack.steps[served_session.pack.step_index("poll")].poll
    assert poll is not None
    labels = page.locator("#poll-options label")
    expect(labels).to_have_count(len(poll.options))

    page.get_by_role("button", name=text("poll_send", "da")).click()
    hint = page.locator("#poll-status")
    expect(hint).to_have_text(text("poll_pick", "da"))
    expect(hint).to_have_css("color", ERROR_COLOUR)

    page.get_by_role("radio", name=poll.options[1].get("da")).check()
    expect(labels.nth(1)).to_have_class(re.compile(r"\bchosen\b"))
    for index in (0, 2, 3, 4):
        expect(labels.nth(index)).not_to_have_class(re.compile(r"\bchosen\b"))
    chosen = labels.nth(1).evaluate("e => getComputedStyle(e).backgroundColor")
    other = labels.nth(0).evaluate("e => getComputedStyle(e).backgroundColor")
    assert chosen != other
    expect(labels.nth(1)).to_have_css("border-top-width", "2px")

    page.get_by_role("button", name=text("poll_send", "da")).click()
    expect(hint).to_have_text(text("poll_saved", "da"))
    assert text("poll_saved", "da").startswith("Tak, dit svar er modtaget")
    expect(hint).not_to_have_css("color", ERROR_COLOUR)

    page.reload()
    expect(page.locator("#poll-status")).to_have_text(text("poll_saved", "da"))
    expect(page.get_by_role("radio", name=poll.options[1].get("da"))).to_be_checked()
    expect(page.locator("#poll-options label").nth(1)).to_have_class(re.compile(r"\bchosen\b"))


def test_hints_on_the_writing_steps_use_the_error_colour(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_by_link(device, served_session)
    served_session.go_to("letter")
    on_writing_step(device, served_session, "letter")
    status = page.locator("#status-letter")
    send = page.get_by_role("button", name=text("send", "da"), exact=True)

    send.click()
    expect(status).to_have_text(text("empty", "da"))
    expect(status).to_have_css("color", ERROR_COLOUR)
    expect(page.locator("#text-letter")).to_be_focused()

    page.locator("#text-letter").fill("Hej")
    send.click()
    expect(status).to_have_text(text("share_pick", "da"))
    expect(status).to_have_css("color", ERROR_COLOUR)
    expect(page.locator("#share-letter-yes")).to_be_focused()

    page.get_by_label(text("share_yes", "da")).check()
    expect(page.locator("#share-letter .choice").first).to_have_class(re.compile(r"\bchosen\b"))
    send.click()
    expect(status).to_have_text(text("sent", "da"))
    expect(status).not_to_have_css("color", ERROR_COLOUR)


@pytest.mark.parametrize("script", [True, False], ids=["with-script", "without-script"])
def test_after_a_wrong_code_the_cursor_is_back_in_the_code_field(
    served_session: ServedSession, devices: Devices, script: bool
) -> None:
    device = devices.new()
    if not script:
        device.context.close()
        device.context = devices.browser.new_context(
            base_url=served_session.base_url, java_script_enabled=False, locale="da-DK"
        )
        device.page = device.context.new_page()
    device.allow(r"status of 404 \(Not Found\)")
    page = device.page
    page.goto("/")
    wrong = f"{(int(served_session.code) + 1) % 10**6:06d}"
    page.get_by_label(text("join_code_label", "da")).fill(wrong)
    page.get_by_role("button", name=text("join_button", "da")).click()

    expect(page.get_by_role("alert")).to_have_text(text("join_wrong", "da"))
    expect(page.get_by_role("alert")).to_have_css("color", ERROR_COLOUR)
    code = page.get_by_label(text("join_code_label", "da"))
    expect(code).to_be_focused()
    expect(code).to_have_value(wrong)
    if script:  # the wrong code is selected: typing the right one replaces it
        page.keyboard.type(served_session.code)
        expect(code).to_have_value(served_session.code)


def test_next_student_asks_on_the_page_and_then_visibly_clears_the_device(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    # The page must ask itself, never through the browser's own dialog.
    device.context.add_init_script(
        script="window.confirm = function () { throw new Error('window.confirm used'); };"
    )
    page = device.page
    join_by_link(device, served_session)
    first = device.participant_id()
    served_session.go_to("letter")
    on_writing_step(device, served_session, "letter")
    page.locator("#text-letter").fill("Et brev, jeg ikke sender")
    served_session.go_to("closing")
    expect(page.locator("#closing-text")).to_have_text(step_text(served_session, "closing"))

    next_button = page.get_by_role("button", name=text("next_student", "da"))
    next_button.click()
    question = page.get_by_role("group", name=text("next_student_confirm", "da"))
    expect(question).to_be_visible()
    yes = page.get_by_role("button", name=text("next_student_yes", "da"))
    expect(yes).to_be_focused()
    page.keyboard.press("Escape")  # changed their mind
    expect(question).to_be_hidden()
    expect(next_button).to_be_focused()
    assert device.participant_id() == first

    next_button.click()
    page.get_by_role("button", name=text("next_student_cancel", "da")).click()
    expect(question).to_be_hidden()
    next_button.click()
    yes.click()

    fresh = page.locator("#fresh")
    expect(fresh).to_have_text(text("next_student_done", "da"))
    expect(fresh).to_be_visible()
    assert device.participant_id() != first
    assert "Et brev, jeg ikke sender" not in device.local_raw()
    expect(page.locator("#letter-unsent")).to_be_hidden()  # the new student sent nothing
    served_session.end()  # the next change: the notice has done its work
    expect(page.locator("#closing-heading")).to_have_text(text("ended", "da"))
    expect(fresh).to_be_hidden()


def test_a_video_step_shows_one_calm_line_on_a_dark_page(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_by_link(device, served_session)
    served_session.go_to("video-1")

    view = page.locator("#view-video")
    expect(view).to_be_visible()
    expect(page.locator("#video-heading")).to_have_text(step_text(served_session, "video-1"))
    expect(page.locator("body")).to_have_class("dark")
    expect(page.locator("body")).to_have_css("background-color", "rgb(17, 17, 17)")
    # The languages, the class's name and the one line with the transcript's button
    # (closed), and what only a screen reader hears.
    expect(page.locator("main > :visible:not(.sr-only)")).to_have_count(3)
    expect(page.locator("#view-video > :visible")).to_have_count(2)
    expect(page.locator("#transcript")).to_be_hidden()
    expect(page.locator("#video-heading")).to_be_focused()

    served_session.next()
    expect(page.locator("#view-video")).to_be_visible()
    expect(page.locator("#video-heading")).to_have_text(step_text(served_session, "video-2"))
    served_session.go_to("after-videos")
    expect(page.locator("#look-text")).to_have_text(step_text(served_session, "after-videos"))
    expect(page.locator("body")).not_to_have_class("dark")


def test_support_addresses_are_links_and_the_page_names_the_class(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_by_link(device, served_session)
    place = page.locator("#place")
    expect(place).to_contain_text(served_session.pack.title.get("da"))
    expect(place).to_contain_text(text("place", "da", group="DAT1-A"))
    assert served_session.pack.arm.value not in (place.text_content() or "")
    assert served_session.pack.id not in (place.text_content() or "").lower().split()

    served_session.go_to("closing")
    expect(page.locator("#closing-text")).to_have_text(step_text(served_session, "closing"))
    link = page.get_by_role("link", name="srg.dk")
    expect(link).to_have_attribute("href", "https://srg.dk")
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(page.locator("#closing-text a")).to_have_count(1)

    page.reload()  # the same, as the server renders it
    expect(page.get_by_role("link", name="srg.dk")).to_have_attribute("href", "https://srg.dk")
    expect(page.locator("#closing-text")).to_have_text(step_text(served_session, "closing"))
    served_session.end()
    expect(page.locator("#closing-heading")).to_have_text(text("ended", "da"))
    expect(page.get_by_role("link", name="srg.dk")).to_be_visible()  # still there at the end


def test_the_closing_page_says_when_the_letter_was_not_sent(
    served_session: ServedSession, devices: Devices
) -> None:
    unsent, edited, sent = devices.new(), devices.new(), devices.new()
    for device in (unsent, edited, sent):
        join_by_link(device, served_session)
    served_session.go_to("letter")
    for device, words in ((unsent, "Et udkast"), (edited, "Mit brev"), (sent, "Mit brev")):
        on_writing_step(device, served_session, "letter")
        device.page.locator("#text-letter").fill(words)
    for device in (edited, sent):
        device.page.get_by_label(text("share_no", "da")).check()
        device.page.get_by_role("button", name=text("send", "da"), exact=True).click()
        expect(device.page.locator("#status-letter")).to_have_text(text("sent", "da"))
    edited.page.locator("#text-letter").press_sequentially(", og lidt mere")

    served_session.go_to("closing")

    box = unsent.page.locator("#letter-unsent")
    expect(box).to_be_visible()
    expect(box.get_by_role("heading", name=text("letter_unsent", "da"))).to_be_visible()
    expect(box).to_contain_text(text("letter_unsent_keep", "da"))
    expect(edited.page.locator("#letter-unsent")).to_contain_text(text("letter_edits_unsent", "da"))
    expect(sent.page.locator("#closing-text")).to_have_text(step_text(served_session, "closing"))
    expect(sent.page.locator("#letter-unsent")).to_be_hidden()

    # What the first page says is what is stored: kept, marked as never sent.
    pid = unsent.participant_id()
    from .conftest import answer_row

    row = wait_for(
        unsent.page,
        lambda: answer_row(served_session.database, pid, "letter"),
        5.0,
        "the unsent letter stored",
    )
    assert (row["status"], row["text"], row["draft"]) == ("draft_at_close", None, "Et udkast")
