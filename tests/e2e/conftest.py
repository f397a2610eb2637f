"""Fixtures for the end-to-end tests: one real Chromium, one browser context per device.

The student page is plain JavaScript running in a browser, so its promises (every
keystroke is kept, a step change arrives by itself, a lost connection is survived) can
only be checked in a browser against the real server. Playwright drives Debian's
Chromium (never a downloaded one). One Chromium serves the whole run (the ``browser``
fixture of ``tests/conftest.py``, shared with ``tests/faults``); each "device"
is a fresh browser context (own cookies and localStorage). Every console error, uncaught
exception and Content-Security-Policy violation on a device's page fails the test, except
the network errors a test expects on purpose (offline, a restarting server).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, TypeVar

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    ViewportSize,
    expect,
)
from playwright.sync_api import Error as PlaywrightError

from belong_desktop.server.page_words import text
from tests.conftest import ServedSession

PHONE: ViewportSize = {"width": 390, "height": 844}
#: Playwright's own waits (clicks, navigations) give up after this many milliseconds.
ACTION_TIMEOUT_MS = 10_000

# A CSP violation is reported by Chromium as a console error too, but not always (a
# blocked inline handler in some versions): listen for the event itself as well.
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", function (e) {
  console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline"));
});
"""

# Network errors Chromium prints when a request cannot reach the laptop; a test that
# cuts the connection or restarts the server allows them with ``Device.allow``.
NETWORK_DOWN = (
    r"net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE"
    r"|CONNECTION_CLOSED|NETWORK_CHANGED|ABORTED)"
)


T = TypeVar("T")

expect.set_options(timeout=5_000)


class Device:
    """A student's phone or tablet: a browser context with one page."""

    def __init__(self, context: BrowserContext, name: str) -> None:
        self.context = context
        self.name = name
        self.problems: list[str] = []
        self.allowed: list[re.Pattern[str]] = []
        self.requests: list[str] = []
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        context.add_init_script(script=_CSP_LISTENER)
        self.page = context.new_page()
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self._problem(f"uncaught: {error}"))
        self.page.on("request", lambda request: self.requests.append(request.url))

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url", "") if message.location else ""
            self._problem(f"console error: {message.text} ({where})")

    def _problem(self, text: str) -> None:
        if not any(pattern.search(text) for pattern in self.allowed):
            self.problems.append(text)

    def allow(self, pattern: str) -> None:
        """Console errors matching ``pattern`` are expected from now on."""
        self.allowed.append(re.compile(pattern))

    def take_problems(self) -> list[str]:
        self.pump()
        problems, self.problems = self.problems, []
        return problems

    def pump(self) -> None:
        """Let Playwright deliver the page's pending console events."""
        if not self.page.is_closed():
            self.page.wait_for_timeout(50)

    # -- what the page keeps -----------------------------------------------------------

    def local(self) -> dict[str, Any] | None:
        """This device's ``belong.participant`` entry of localStorage."""
        raw = self.retry(lambda: self.page.evaluate("localStorage.getItem('belong.participant')"))
        return None if raw is None else dict(json.loads(raw))

    def local_raw(self) -> str:
        """Everything in localStorage, as one string (to search for a text)."""
        return str(self.retry(lambda: self.page.evaluate("JSON.stringify(localStorage)")))

    def server_state(self) -> dict[str, Any]:
        """``GET /api/state`` with this device's cookie."""
        response = self.context.request.get("/api/state")
        assert response.status == 200, response.text()
        return dict(response.json())

    def participant_id(self) -> str:
        return str(self.server_state()["participant_id"])

    def retry(self, read: Callable[[], T], timeout: float = 5.0) -> T:
        """``read()``, retried while the page is between two documents (a navigation)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return read()
            except PlaywrightError as exc:
                message = str(exc)
                navigating = "context was destroyed" in message or "Cannot find context" in message
                if not navigating or time.monotonic() > deadline:
                    raise
                self.page.wait_for_timeout(50)


class Devices:
    """Makes devices for one test and closes them all afterwards."""

    def __init__(self, browser: Browser, base_url: str) -> None:
        self.browser = browser
        self.base_url = base_url
        self.all: list[Device] = []

    def new(self, viewport: ViewportSize | None = None, **options: Any) -> Device:
        """A device; ``options`` go to the browser context (``device_scale_factor=2``)."""
        context = self.browser.new_context(
            base_url=self.base_url, viewport=viewport or PHONE, locale="da-DK", **options
        )
        device = Device(context, f"device {len(self.all) + 1}")
        self.all.append(device)
        return device

    def problems(self) -> list[str]:
        found: list[str] = []
        for device in self.all:
            found += [f"{device.name}: {p}" for p in device.take_problems()]
        return found

    def close(self) -> None:
        for device in self.all:
            device.context.close()


@pytest.fixture
def devices(browser: Browser, served_session: ServedSession) -> Iterator[Devices]:
    """Fresh devices for the served session; any console error on them fails the test."""
    made = Devices(browser, served_session.base_url)
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def device_only_devices(browser: Browser, device_only_session: ServedSession) -> Iterator[Devices]:
    """Devices for ``device_only_session`` (a pack that keeps no drafts)."""
    made = Devices(browser, device_only_session.base_url)
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def danish_only_devices(browser: Browser, danish_only_session: ServedSession) -> Iterator[Devices]:
    """Devices for ``danish_only_session`` (a pack with Danish texts only)."""
    made = Devices(browser, danish_only_session.base_url)
    try:
        yield made
    finally:
        made.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """After a passing test body, fail it for console errors or CSP violations."""
    result = yield
    for made in getattr(item, "funcargs", {}).values():
        if isinstance(made, Devices):
            problems = made.problems()
            if problems:
                raise AssertionError("the page reported problems:\n" + "\n".join(problems))
    return result


# -- the database, read as the export will read it ---------------------------------------


def answer_row(database: Path, participant_id: str, step_id: str) -> dict[str, Any] | None:
    """The stored answer of one participant to one step (read-only, straight from SQLite)."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)) as db:
        db.row_factory = sqlite3.Row
        row = db.execute(
            "SELECT status, revision, text, draft, choice, share FROM answers"
            " WHERE participant_id = ? AND step_id = ?",
            (participant_id, step_id),
        ).fetchone()
    return None if row is None else dict(row)


def wait_for(page: Page, probe: Callable[[], T | None], timeout: float, what: str) -> T:
    """Poll ``probe`` until it returns something truthy; the browser keeps running meanwhile."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while time.monotonic() < deadline:
        last = probe()
        if last:
            return last
        page.wait_for_timeout(100)
    raise AssertionError(f"after {timeout} s still not {what}; last seen: {last!r}")


# -- small steps every test takes ----------------------------------------------------------


def step_text(served: ServedSession, step_id: str) -> str:
    """What the student page shows for a step of the served pack, in Danish."""
    step = served.pack.steps[served.pack.step_index(step_id)]
    return str(step.student.get("da"))


def join_by_link(device: Device, served: ServedSession) -> None:
    """Open the QR code's link, as a phone's camera would, and land on the student page."""
    device.page.goto(served.link)
    expect(device.page).to_have_url(re.compile(r"/s$"))
    expect(device.page.locator("#app")).to_be_attached()


def on_writing_step(device: Device, served: ServedSession, step_id: str) -> None:
    """Wait until the page shows the writing step ``step_id`` (its own section and field)."""
    expect(device.page.locator(f"#prompt-{step_id}")).to_have_text(step_text(served, step_id))
    expect(device.page.locator(f"#text-{step_id}")).to_be_editable()


def next_student(device: Device) -> None:
    """Press "Næste studerende" and confirm it on the page."""
    page = device.page
    page.get_by_role("button", name=text("next_student", "da")).click()
    page.get_by_role("button", name=text("next_student_yes", "da")).click()
