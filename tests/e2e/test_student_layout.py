"""The student page's layout: usable on a 320 px phone and a lab PC, every control named.

Students use whatever they carry, down to small old phones, and some use a screen
reader. So the page must never scroll sideways at 320 px, and every field and button
must have an accessible name (found here the way assistive technology finds it, by
label and role). Screenshots of each view at both widths are written to the test's
temporary folder for a person to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from belong_desktop.server.languages import offered
from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

from .conftest import Device, Devices, join_by_link, step_text

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

NARROW: ViewportSize = {"width": 320, "height": 640}
WIDE: ViewportSize = {"width": 1280, "height": 800}
#: The student page's language picker: one named button per language (links on the join page).
LANGUAGE_BUTTONS = len(offered())


def scroll_width(page: Page) -> int:
    return int(page.evaluate("document.scrollingElement.scrollWidth"))


def assert_every_control_named(page: Page) -> int:
    """Every visible input, textarea and button has a non-empty accessible name."""
    controls = page.locator("input:visible, textarea:visible, button:visible, select:visible")
    count = controls.count()
    assert count > 0
    for index in range(count):
        expect(controls.nth(index)).to_have_accessible_name(re.compile(r"\S"))
    return count


def snap(devices: tuple[Device, Device], name: str, folder: Path) -> None:
    for device in devices:
        width = device.page.viewport_size["width"] if device.page.viewport_size else 0
        # Bytes, written here: with ``path=`` Playwright writes the file from a thread pool
        # whose threads outlive the test (and the leak check of tests/conftest.py sees them).
        png = device.page.screenshot(full_page=True)
        (folder / f"{name}-{width}.png").write_bytes(png)


def test_narrow_and_wide_views_fit_and_every_control_is_named(
    served_session: ServedSession, devices: Devices, tmp_path: Path
) -> None:
    narrow, wide = devices.new(NARROW), devices.new(WIDE)
    both = (narrow, wide)
    page = narrow.page

    page.goto("/")
    wide.page.goto("/")
    assert scroll_width(page) <= 320
    expect(page.get_by_label(text("join_code_label", "da"))).to_be_editable()
    expect(page.get_by_role("button", name=text("join_button", "da"))).to_be_visible()
    assert assert_every_control_named(page) == 2
    snap(both, "join", tmp_path)

    page.get_by_label(text("join_code_label", "da")).fill(served_session.code)
    page.get_by_role("button", name=text("join_button", "da")).click()
    expect(page).to_have_url(re.compile(r"/s$"))
    join_by_link(wide, served_session)

    served_session.go_to("poll")
    poll = served_session.pack.steps[served_session.pack.step_index("poll")].poll
    assert poll is not None
    for device in both:
        expect(device.page.locator("#poll-text")).to_have_text(step_text(served_session, "poll"))
    for option in poll.options:
        expect(page.get_by_role("radio", name=option.get("da"))).to_be_visible()
    expect(page.get_by_role("button", name=text("poll_send", "da"))).to_be_visible()
    assert assert_every_control_named(page) == 6 + LANGUAGE_BUTTONS
    assert scroll_width(page) <= 320
    snap(both, "poll", tmp_path)

    served_session.go_to("reflection")
    for device in both:
        expect(device.page.locator("#prompt-reflection")).to_have_text(
            step_text(served_session, "reflection")
        )
    page.get_by_label(text("text_label", "da")).fill("Et par ord, " * 20)
    wide.page.get_by_label(text("text_label", "da")).fill("Et par ord, " * 20)
    expect(page.get_by_role("button", name=text("send", "da"), exact=True)).to_be_visible()
    assert assert_every_control_named(page) == 2 + LANGUAGE_BUTTONS
    assert scroll_width(page) <= 320
    snap(both, "write", tmp_path)

    served_session.go_to("letter")
    expect(page.locator("#prompt-letter")).to_have_text(step_text(served_session, "letter"))
    expect(page.get_by_label(text("letter_label", "da"))).to_be_editable()
    expect(page.get_by_role("radio", name=text("share_yes", "da"))).to_be_visible()
    expect(page.get_by_role("radio", name=text("share_no", "da"))).to_be_visible()
    assert assert_every_control_named(page) == 4 + LANGUAGE_BUTTONS
    assert scroll_width(page) <= 320

    served_session.go_to("closing")
    for device in both:
        expect(device.page.locator("#closing-text")).to_have_text(
            step_text(served_session, "closing")
        )
    expect(page.get_by_role("button", name=text("next_student", "da"))).to_be_visible()
    assert assert_every_control_named(page) == 1 + LANGUAGE_BUTTONS
    assert scroll_width(page) <= 320
    snap(both, "closing", tmp_path)

    assert len(list(tmp_path.glob("*.png"))) == 8
