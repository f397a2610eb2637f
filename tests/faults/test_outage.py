"""The laptop unreachable while real Chromium pages type and send: nothing is lost.

Pages reach the real server through ``benchmarks/_faults.FaultProxy`` (Chromium → proxy
→ server, all on loopback). The proxy cuts every connection and refuses new ones (or,
in the long variant, lets them hang, as a Wi-Fi that stops answering) while the pages
type and press Send; the pages say the text is kept on the device. When the laptop is
reachable again every text is stored as the student last left it and each page says so.
The issue's 30 s outage is marked long: `make bench` runs it, `make test` the 5 s one. A
page that is cut off when the session ends never learns of the end: it keeps its text and
goes on saying it will send it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, expect

from belong_desktop.server.page_words import text
from benchmarks._faults import FaultProxy
from tests.conftest import ServedSession
from tests.e2e.conftest import Device, Devices, answer_row, on_writing_step, wait_for

pytestmark = pytest.mark.e2e

SENT = text("sent", "da")
OFFLINE = text("offline", "da")
SAVED_DRAFT = text("saved_draft", "da")
#: After the laptop is back, the page's next poll (2 s) finds it and sends at once.
BACK_WITHIN_MS = 20_000


@pytest.fixture
def proxy(served_session: ServedSession) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", served_session.info.port) as made:
        yield made


@pytest.fixture
def behind_proxy(browser: Browser, proxy: FaultProxy) -> Iterator[Devices]:
    made = Devices(browser, f"http://127.0.0.1:{proxy.port}")
    try:
        yield made
    finally:
        made.close()


def _join(devices: Devices, served: ServedSession, count: int) -> list[Device]:
    joined = []
    for _ in range(count):
        device = devices.new()
        device.allow(r"net::ERR_")  # the laptop cannot be reached, on purpose
        device.page.goto(devices.base_url + urlsplit(served.link).path)
        expect(device.page).to_have_url(re.compile(r"/s$"))
        joined.append(device)
    return joined


def _field(device: Device, step_id: str):  # type: ignore[no-untyped-def]
    return device.page.locator(f"#text-{step_id}")


@dataclass(frozen=True)
class Outage:
    """What one outage run saw (``benchmarks/outage.py`` prints it)."""

    pages: int
    down_s: float  # how long the laptop was unreachable
    refused: int  # connections the pages tried while it was down
    back_s: float  # from reachable again until every page said its text had arrived


def run_outage(
    served: ServedSession, proxy: FaultProxy, devices: Devices, down: float, mode: str
) -> Outage:
    """Pages type and send while the laptop is unreachable for ``down`` s; check nothing
    is lost. Asserts as it goes; the tests and ``benchmarks/outage.py`` call it."""
    senders = _join(devices, served, 3)
    drafter = _join(devices, served, 1)[0]
    everyone = [*senders, drafter]
    served.go_to("reflection")
    for device in everyone:
        on_writing_step(device, served, "reflection")
    pids = {device.name: device.participant_id() for device in everyone}
    # Before: each sender sends a first version, and it is on the laptop.
    for i, device in enumerate(senders):
        _field(device, "reflection").fill(f"Før udfaldet {i}")
        device.page.locator("#send-reflection").click()
        expect(device.page.locator("#status-reflection")).to_have_text(SENT)

    proxy.cut(mode)
    cut_at = time.monotonic()
    # During: the senders change their text and send it again, the drafter only types.
    final = {}
    for i, device in enumerate(senders):
        final[device.name] = f"Før udfaldet {i}, og skrevet om mens der ingen forbindelse var"
        _field(device, "reflection").fill(final[device.name])
        device.page.locator("#send-reflection").click()
    final[drafter.name] = "Kladde skrevet uden forbindelse, æøå"
    _field(drafter, "reflection").press_sequentially(final[drafter.name])
    for device in everyone:
        # The page has found out: the text is kept on the device until the laptop is back.
        expect(device.page.locator("#status-reflection")).to_have_text(OFFLINE, timeout=15_000)
        kept = device.local()
        assert kept is not None and kept["answers"]["reflection"]["text"] == final[device.name]
    for device in everyone:
        row = answer_row(served.database, pids[device.name], "reflection")
        assert row is None or final[device.name] not in (row["text"], row["draft"])
    left = down - (time.monotonic() - cut_at)
    if left > 0:
        senders[0].page.wait_for_timeout(left * 1000)  # the outage lasts this long
    assert proxy.refused > 0  # the pages kept trying while it was down

    proxy.restore()
    back_at = time.monotonic()
    down_s = back_at - cut_at
    for device in senders:
        expect(device.page.locator("#status-reflection")).to_have_text(SENT, timeout=BACK_WITHIN_MS)
    expect(drafter.page.locator("#status-reflection")).to_have_text(
        SAVED_DRAFT, timeout=BACK_WITHIN_MS
    )
    back_s = time.monotonic() - back_at
    for device in senders:
        row = answer_row(served.database, pids[device.name], "reflection")
        assert row is not None
        assert (row["status"], row["text"], row["draft"]) == (
            "submitted",
            final[device.name],
            None,
        )
    row = answer_row(served.database, pids[drafter.name], "reflection")
    assert row is not None and (row["status"], row["draft"]) == ("draft", final[drafter.name])
    # And the pages follow the counsellor again by themselves.
    served.next()
    for device in everyone:
        on_writing_step(device, served, "letter")
    return Outage(len(everyone), down_s, proxy.refused, back_s)


@pytest.mark.parametrize(
    ("down", "mode"),
    [
        pytest.param(5.0, "reset", id="5s"),
        pytest.param(30.0, "silent", id="30s", marks=[pytest.mark.slow, pytest.mark.long]),
    ],
)
def test_the_laptop_unreachable_while_pages_type_and_send_loses_nothing(
    served_session: ServedSession,
    proxy: FaultProxy,
    behind_proxy: Devices,
    down: float,
    mode: str,
) -> None:
    outage = run_outage(served_session, proxy, behind_proxy, down, mode)
    assert outage.pages == 4 and outage.down_s >= down


def test_a_page_cut_off_at_the_end_keeps_its_text(
    served_session: ServedSession, proxy: FaultProxy, behind_proxy: Devices
) -> None:
    """It cannot learn that the session ended (the laptop is gone), so it keeps the text."""
    (device,) = _join(behind_proxy, served_session, 1)
    served_session.go_to("reflection")
    on_writing_step(device, served_session, "reflection")
    proxy.cut("reset")
    words = "Skrevet efter forbindelsen forsvandt"
    _field(device, "reflection").press_sequentially(words)
    expect(device.page.locator("#status-reflection")).to_have_text(OFFLINE, timeout=15_000)

    served_session.end()
    report = served_session.host.stop()
    assert report is not None and report.pages == 0  # nobody to tell: its stream is gone
    proxy.restore()  # the network is back, but the laptop's page is not

    page = device.page
    tried = proxy.connections
    wait_for(page, lambda: proxy.connections >= tried + 2, 15.0, "tried again, in vain")
    expect(page.locator("#status-reflection")).to_have_text(OFFLINE)
    expect(page.locator("#closing-heading")).to_be_hidden()
    kept = device.local()
    assert kept is not None and kept["answers"]["reflection"]["text"] == words
