"""Every student can take part: WCAG 2.1 AA (axe-core), the keyboard alone, 200 % zoom.

axe-core runs in Debian's Chromium on every page a student meets in a real served
session (the join page and its refusal, each kind of step, the open transcript, the hints
and statuses, offline, "not saved", the end), in every language the page offers, at
320 px and at 1280 px, and must find no violation. A whole session is then taken with
the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys; never the mouse) in Danish
and in English: focus moves to each new step's heading and the change is announced, and
status lines are announced politely. At 200 % zoom nothing needs horizontal scrolling.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from playwright.sync_api import Page, Route, ViewportSize, expect

from belong_desktop.core.subtitles import load_srt, plain_text
from belong_desktop.server.languages import NATIVE_NAMES, offered
from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

from .accessibility import axe_source, overflow, tab_to, violations
from .conftest import NETWORK_DOWN, Device, Devices, answer_row, step_text, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

WIDTHS: dict[str, ViewportSize] = {
    "320px": {"width": 320, "height": 640},
    "1280px": {"width": 1280, "height": 800},
}
REFLECTION = "Jeg genkendte det med at sidde alene i kantinen."
LETTER = "Kære dig: det bliver bedre, og det er normalt at være i tvivl."
DRAFT_WAIT_MS = 8_000
#: Where each kind of step shows its pack text.
SHOWN_IN = {
    "message": "#look-text",
    "video": "#video-heading",
    "poll": "#poll-text",
    "reflection": "#prompt-{id}",
    "letter": "#prompt-{id}",
    "closing": "#closing-text",
}


def content(served: ServedSession, step_id: str, language: str) -> str:
    step = served.pack.steps[served.pack.step_index(step_id)]
    return str(step.student.get(language if language in served.pack.languages else "da"))


def words(language: str) -> Callable[..., str]:
    """The page's own words in ``language``: ``t("sent")``, ``t("counter", n=1, max=2)``."""

    def t(key: str, **values: object) -> str:
        return text(key, language, **values)

    return t


def join_in(device: Device, served: ServedSession, language: str) -> None:
    """The code page in ``language`` (as its picker's link opens it), then the code."""
    page = device.page
    page.goto(f"/?lang={language}")
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.locator("#code").fill(served.code)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/s$"))
    expect(page.locator("html")).to_have_attribute("lang", language)


class Audit:
    """Runs axe-core on each page a walk reaches; collects every violation with where."""

    def __init__(
        self, page: Page, label: str, widths: dict[str, ViewportSize] | None = None
    ) -> None:
        self.page = page
        self.label = label
        #: Each page is audited at every one of these widths, in that order, and left at
        #: the first (one walk through a session serves them all).
        self.widths = widths or {}
        self.found: list[str] = []
        self.checked: list[str] = []

    def proves_itself(self) -> None:
        """axe really runs here: a field without a label and grey-on-white text are
        found, and gone again with them."""
        self.page.evaluate(
            """() => {
              const probe = document.createElement("div");
              probe.id = "axe-probe";
              probe.appendChild(document.createElement("input"));
              const grey = document.createElement("p");
              grey.textContent = "Grey";
              grey.style.color = "#bbbbbb";  // CSSOM: the page's CSP allows no style=""
              grey.style.background = "#ffffff";
              probe.appendChild(grey);
              const main = document.querySelector("main");
              main.insertBefore(probe, main.firstChild);
            }"""
        )
        found = " ".join(violations(self.page))
        assert "label" in found and "color-contrast" in found, found
        self.page.evaluate("() => document.getElementById('axe-probe').remove()")

    def __call__(self, where: str) -> None:
        if not self.checked:
            self.proves_itself()
        self.checked.append(where)
        if not self.widths:
            self.found += [f"{self.label} {where}: {v}" for v in violations(self.page)]
            return
        for width, viewport in self.widths.items():
            self.page.set_viewport_size(viewport)
            self.found += [f"{self.label} {width} {where}: {v}" for v in violations(self.page)]
        self.page.set_viewport_size(next(iter(self.widths.values())))


@dataclass
class Walker:
    """One device walking a session in one language; ``check(where)`` at each page."""

    device: Device
    language: str
    check: Callable[[str], None]

    @property
    def page(self) -> Page:
        return self.device.page

    def t(self, key: str, **values: object) -> str:
        return text(key, self.language, **values)


def walk(walkers: Sequence[Walker], served: ServedSession) -> None:
    """Every page of a session, the walkers side by side (one device per language).

    Each stage acts on every page, then waits for and checks each in turn, so the pages'
    own waits (a draft goes 2.5 s after the last key, a refused save is retried after a
    second) run at the same time rather than one language after another.
    """
    for w in walkers:
        w.page.goto(f"/?lang={w.language}")
    for w in walkers:
        expect(w.page.locator("#code")).to_be_focused()
        w.check("join page")
        w.device.allow(r"status of 404 .*/api/join")  # the wrong code, on purpose
        w.page.locator("#code").fill("1")
        w.page.keyboard.press("Enter")
    for w in walkers:
        expect(w.page.locator("#join-error")).to_be_visible()
        w.check("join page, wrong code")
        w.page.locator("#code").fill(served.code)
        w.page.keyboard.press("Enter")
    for w in walkers:
        expect(w.page).to_have_url(re.compile(r"/s$"))
        expect(w.page.locator("#look-text")).to_have_text(content(served, "welcome", w.language))
        w.check("message step")

    served.go_to("video-1")
    for w in walkers:
        expect(w.page.locator("#video-heading")).to_have_text(
            content(served, "video-1", w.language)
        )
        w.check("video step")
        w.page.locator("#transcript-toggle").press("Enter")
        expect(w.page.locator("#transcript")).to_be_visible()
        w.check("video step, transcript open")

    served.go_to("poll")
    for w in walkers:
        expect(w.page.locator("#poll-heading")).to_be_focused()
        w.check("poll step")
        w.page.locator("#poll-send").press("Enter")
        expect(w.page.locator("#poll-status")).to_have_text(w.t("poll_pick"))
        w.check("poll step, nothing chosen")
        w.page.locator("#poll-options input").nth(1).check()
        w.page.locator("#poll-send").press("Enter")
    for w in walkers:
        expect(w.page.locator("#poll-status")).to_have_text(w.t("poll_saved"))
        w.check("poll step, answered")

    served.go_to("reflection")
    for w in walkers:
        expect(w.page.locator("#text-reflection")).to_be_editable()
        w.check("reflection step")
        w.page.locator("#send-reflection").press("Enter")
        expect(w.page.locator("#status-reflection")).to_have_text(w.t("empty"))
        w.check("reflection step, empty send")
        w.page.locator("#text-reflection").fill(REFLECTION)
    for w in walkers:
        expect(w.page.locator("#status-reflection")).to_have_text(
            w.t("saved_draft"), timeout=DRAFT_WAIT_MS
        )
        w.check("reflection step, draft saved")

    for w in walkers:
        w.device.allow(NETWORK_DOWN)
        w.page.locator("#text-reflection").press_sequentially(" Og i bussen.", delay=5)
        w.device.context.set_offline(True)  # before the draft goes (2.5 s after the last key)
    for w in walkers:
        expect(w.page.locator("#net")).to_have_text(w.t("offline"), timeout=DRAFT_WAIT_MS)
        w.check("offline")
        w.device.context.set_offline(False)
    for w in walkers:
        expect(w.page.locator("#status-reflection")).to_have_text(
            w.t("saved_draft"), timeout=DRAFT_WAIT_MS * 3
        )

    # The laptop's disk is full: it answers 507 not_saved; the page keeps the text.
    def full(w: Walker) -> Callable[[Route], None]:
        def answer(route: Route) -> None:
            route.fulfill(
                status=507,
                headers={"Retry-After": "1", "Content-Type": "application/json"},
                body=json.dumps({"code": "not_saved", "detail": w.t("not_saved")}),
            )

        return answer

    handlers = {id(w): full(w) for w in walkers}
    for w in walkers:
        w.device.allow(r"status of 507")
        w.page.route("**/api/answers/**", handlers[id(w)])
        w.page.locator("#send-reflection").press("Enter")
    for w in walkers:
        expect(w.page.locator("#net")).to_have_text(
            w.t("not_saved_keep_open"), timeout=DRAFT_WAIT_MS
        )
        w.check("not saved")
        w.page.unroute("**/api/answers/**", handlers[id(w)])
    for w in walkers:
        expect(w.page.locator("#status-reflection")).to_have_text(w.t("sent"), timeout=30_000)
        w.check("reflection step, sent")

    served.go_to("letter")
    for w in walkers:
        expect(w.page.locator("#text-letter")).to_be_editable()
        w.check("letter step")
        w.page.locator("#text-letter").fill(LETTER)
        w.page.locator("#send-letter").press("Enter")
        expect(w.page.locator("#status-letter")).to_have_text(w.t("share_pick"))
        w.check("letter step, no choice")
        w.page.locator("#share-letter-yes").check()
        w.page.locator("#send-letter").press("Enter")
    for w in walkers:
        expect(w.page.locator("#status-letter")).to_have_text(w.t("sent"), timeout=DRAFT_WAIT_MS)
        w.check("letter step, sent")

    served.go_to("closing")
    for w in walkers:
        expect(w.page.locator("#closing-heading")).to_have_text(w.t("closing_heading"))
        w.check("closing step")
        w.page.locator("#next-student").press("Enter")
        expect(w.page.locator("#next-confirm")).to_be_visible()
        w.check("closing step, next student asked")
        w.page.keyboard.press("Escape")

    served.end()
    for w in walkers:
        expect(w.page.locator("#closing-heading")).to_have_text(w.t("ended"))
        expect(w.page.locator("#ended-cleared")).to_be_visible()
        w.check("ended")


def test_axe_finds_no_violation_on_any_page_in_any_language(
    served_session: ServedSession, devices: Devices
) -> None:
    """Every page of a session in every offered language, each audited at 320 px and at
    1280 px; one device per language, walking side by side."""
    source = axe_source()
    audits: list[Audit] = []
    walkers: list[Walker] = []
    for language in offered():
        device = devices.new(WIDTHS["320px"])
        device.context.add_init_script(script=source)
        audits.append(Audit(device.page, f"[{language}]", WIDTHS))
        walkers.append(Walker(device, language, audits[-1]))
    assert len(walkers) == 4
    walk(walkers, served_session)
    for audit in audits:
        assert len(audit.checked) >= 20, audit.label
    found = [v for audit in audits for v in audit.found]
    assert found == [], "\n".join(found)


def test_axe_finds_no_violation_where_the_pack_lacks_the_language(
    danish_only_session: ServedSession, danish_only_devices: Devices
) -> None:
    """A page in another language over Danish questions: the notice, and ``lang`` on the
    Danish parts (the questions, the video's line, its Danish transcript)."""
    source = axe_source()
    served = danish_only_session
    others = [code for code in offered() if code != "da"]
    assert others
    pages: list[tuple[str, Page]] = []
    for width, viewport in WIDTHS.items():
        for language in others:
            device = danish_only_devices.new(viewport)
            device.context.add_init_script(script=source)
            join_in(device, served, language)
            notice = device.page.locator("#content-missing")
            expect(notice).to_have_text(
                text("content_missing", language, shown=text("language_name_da", language))
            )
            expect(device.page.locator("#look-text")).to_have_attribute("lang", "da")
            pages.append((f"{language} {width}", device.page))
    audits = [Audit(page, label) for label, page in pages]
    for audit in audits:
        audit("message step")
    served.go_to("video-1")
    for audit in audits:
        expect(audit.page.locator("#video-heading")).to_have_attribute("lang", "da")
        audit.page.locator("#transcript-toggle").press("Enter")
        expect(audit.page.locator("#transcript-text")).to_have_attribute("lang", "da")
        audit("video step, Danish transcript")
    found = [v for audit in audits for v in audit.found]
    assert found == [], "\n".join(found)


# -- the keyboard alone ----------------------------------------------------------------


def expect_step_change(page: Page, heading: str, language: str, said: str) -> None:
    """Focus on the new step's heading and the change said in the live region."""
    expect(page.locator(heading)).to_be_focused()
    expect(page.locator(heading)).to_have_attribute("tabindex", "-1")
    announce = page.locator("#announce")
    expect(announce).to_have_attribute("aria-live", "polite")
    expect(announce).to_have_text(text("announce", language, heading=said))


def expect_status(page: Page, selector: str, words: str) -> None:
    """A status line: said politely (role=status), never assertively."""
    status = page.locator(selector)
    expect(status).to_have_text(words, timeout=DRAFT_WAIT_MS)
    expect(status).to_have_attribute("role", "status")
    assert status.get_attribute("aria-live") in (None, "polite")


@pytest.mark.parametrize("language", ["da", "en"])
def test_a_whole_session_with_the_keyboard_alone(
    served_session: ServedSession, devices: Devices, language: str
) -> None:
    served = served_session
    device = devices.new()
    page = device.page
    t = words(language)

    page.goto("/")
    expect(page.locator("#code")).to_be_focused()
    if language != "da":
        # The picker: back from the code field to the language, Enter.
        tab_to(page, f'#languages a[hreflang="{language}"]', back=True)
        expect(page.locator(f'#languages a[hreflang="{language}"]')).to_have_text(
            NATIVE_NAMES[language]
        )
        page.keyboard.press("Enter")
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator("#code")).to_be_focused()
    page.keyboard.type(served.code)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/s$"))
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("#look-text")).to_have_text(content(served, "welcome", language))
    pid = device.participant_id()

    # The poll: Tab into the options, an arrow key chooses, Tab to Send, Enter.
    served.go_to("poll")
    expect_step_change(page, "#poll-heading", language, t("poll_heading"))
    tab_to(page, "#poll-options input")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#poll-options input").nth(1)).to_be_checked()
    tab_to(page, "#poll-send")
    page.keyboard.press("Enter")
    expect_status(page, "#poll-status", t("poll_saved"))
    row = wait_for(page, lambda: answer_row(served.database, pid, "poll"), 5, "stored")
    assert (row["status"], row["choice"]) == ("submitted", 1)

    # The reflection: Tab to the field, type, Tab to Send, Space.
    served.go_to("reflection")
    expect_step_change(page, "#heading-reflection", language, t("write_heading"))
    tab_to(page, "#text-reflection")
    page.keyboard.type(REFLECTION[:20])
    # The page renders again without a step change (it comes back online): the student
    # typing keeps focus and text.
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.keyboard.type(REFLECTION[20:])
    expect(page.locator("#text-reflection")).to_be_focused()
    expect(page.locator("#text-reflection")).to_have_value(REFLECTION)
    expect(page.locator("#step-notice")).to_be_hidden()
    tab_to(page, "#send-reflection")
    page.keyboard.press("Space")
    expect_status(page, "#status-reflection", t("sent"))
    row = wait_for(page, lambda: answer_row(served.database, pid, "reflection"), 5, "stored")
    assert (row["status"], row["text"]) == ("submitted", REFLECTION)

    # The letter with consent: the field, then the yes/no choice with Space, then Send.
    served.go_to("letter")
    expect_step_change(page, "#heading-letter", language, t("letter_heading"))
    tab_to(page, "#text-letter")
    page.keyboard.type(LETTER)
    tab_to(page, "#share-letter-yes")
    page.keyboard.press("Space")
    expect(page.locator("#share-letter-yes")).to_be_checked()
    tab_to(page, "#send-letter")
    page.keyboard.press("Enter")
    expect_status(page, "#status-letter", t("sent"))
    row = wait_for(page, lambda: answer_row(served.database, pid, "letter"), 5, "stored")
    assert (row["status"], row["text"], row["share"]) == ("submitted", LETTER, 1)

    served.go_to("closing")
    expect_step_change(page, "#closing-heading", language, t("closing_heading"))
    served.end()
    expect_step_change(page, "#closing-heading", language, t("ended"))
    expect(page.locator("#ended-cleared")).to_be_visible()


def test_offline_and_back_are_said_politely(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_in(device, served_session, "en")
    served_session.go_to("reflection")
    expect(page.locator("#text-reflection")).to_be_editable()
    device.allow(NETWORK_DOWN)
    page.locator("#text-reflection").press_sequentially("Hello", delay=5)
    device.context.set_offline(True)  # before the draft goes (2.5 s after the last key)
    expect_status(page, "#net", text("offline", "en"))
    device.context.set_offline(False)
    expect_status(page, "#net", text("online_again", "en"))


def test_a_language_chosen_mid_typing_keeps_the_text_and_the_focus(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_in(device, served_session, "da")
    pid = device.participant_id()
    served_session.go_to("reflection")
    expect(page.locator("#heading-reflection")).to_be_focused()
    tab_to(page, "#text-reflection")
    page.keyboard.type("Halvt skrevet")
    tab_to(page, '#languages button[data-language="en"]', back=True)
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    english = page.locator('#languages button[data-language="en"]')
    expect(english).to_be_focused()
    expect(english).to_have_attribute("aria-current", "true")
    expect(page.locator("#heading-reflection")).to_have_text(text("write_heading", "en"))
    expect(page.locator("#prompt-reflection")).to_have_text(
        content(served_session, "reflection", "en")
    )
    expect(page.locator("#text-reflection")).to_have_value("Halvt skrevet")
    assert device.server_state()["language"] == "en"
    row = wait_for(page, lambda: answer_row(served_session.database, pid, "reflection"), 8, "x")
    assert row["draft"] == "Halvt skrevet"


def test_the_transcript_opens_and_closes_with_the_keyboard(
    served_session: ServedSession, devices: Devices
) -> None:
    device = devices.new()
    page = device.page
    join_in(device, served_session, "en")
    served_session.go_to("video-1")
    expect(page.locator("#video-heading")).to_be_focused()
    toggle = page.locator("#transcript-toggle")
    expect(toggle).to_have_text(text("transcript_show", "en"))
    expect(toggle).to_have_attribute("aria-expanded", "false")
    tab_to(page, "#transcript-toggle")
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    box = page.locator("#transcript-text")
    expect(box).to_be_visible()
    expect(box).to_have_attribute("lang", "en")
    video = served_session.pack.steps[served_session.pack.step_index("video-1")].video
    assert video is not None
    cues = [" ".join(plain_text(c.text).split()) for c in load_srt(video.subtitles["en"])]
    expect(box.locator("p")).to_have_text(cues)
    page.keyboard.press("Space")
    expect(box).to_be_hidden()
    # The next video starts with its own transcript, closed.
    page.keyboard.press("Enter")
    served_session.next()
    expect(page.locator("#video-heading")).to_have_text(content(served_session, "video-2", "en"))
    expect(page.locator("#transcript")).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")


# -- 200 % zoom --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("viewport", "scale"),
    [({"width": 640, "height": 400}, 2), ({"width": 320, "height": 640}, 1)],
    ids=["640px-at-200%", "320px"],
)
def test_nothing_needs_horizontal_scrolling_at_200_percent(
    served_session: ServedSession, devices: Devices, viewport: Any, scale: int
) -> None:
    device = devices.new(viewport, device_scale_factor=scale)
    page = device.page
    wide: list[str] = []

    def check(where: str) -> None:
        wide.extend(f"{where}: {o}" for o in overflow(page))

    for language in offered():
        page.goto(f"/?lang={language}")
        check(f"join page {language}")
    join_in(device, served_session, "da")
    for step in served_session.pack.steps:
        served_session.go_to(step.id)
        where = SHOWN_IN[step.kind.value].format(id=step.id)
        expect(page.locator(where)).to_have_text(step_text(served_session, step.id))
        if step.kind.value == "video":
            page.locator("#transcript-toggle").press("Enter")
            expect(page.locator("#transcript")).to_be_visible()
        if step.kind.value in ("reflection", "letter"):
            field = page.locator(f"#text-{step.id}")
            field.fill("Et-meget-langt-ord-uden-mellemrum-" * 6 + " og https://srg.dk/a/b/c")
        check(step.id)
    served_session.end()
    expect(page.locator("#closing-heading")).to_have_text(text("ended", "da"))
    check("ended")
    assert wide == [], "\n".join(wide)
