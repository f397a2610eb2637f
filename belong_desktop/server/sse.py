"""Server-Sent Events: push the session's current step to every connected device.

The writer thread tells the broadcaster that the step changed; the broadcaster renders
the public state once and wakes every stream on the server's event loop. A stream sends
only the newest state (a device that missed one step needs only the current one) and a
heartbeat every few seconds, which also keeps the device counted as present. A device
holds only a few streams (``ConnectionGuard.open_stream``): past that its oldest gets a
``replaced`` event and ends, and the page that had it falls back to polling, so two tabs
never take turns reconnecting.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Callable

from belong_desktop.server.connections import StreamSlot
from belong_desktop.server.schemas import public_state
from belong_desktop.services.classroom import LiveStep

HEARTBEAT_SECONDS = 10.0


class Broadcaster:
    def __init__(self, initial: LiveStep | None) -> None:
        self._lock = threading.Lock()
        self._version = 0
        self._live = initial
        self._payload = self._render(initial)
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._closed = False

    @staticmethod
    def _render(live: LiveStep | None) -> str:
        return "" if live is None else public_state(live).model_dump_json()

    def publish(self, live: LiveStep) -> None:
        """Called from any thread when devices must follow a change."""
        payload = self._render(live)
        with self._lock:
            self._version += 1
            self._live = live
            self._payload = payload
            waiters = list(self._waiters)
        for loop, event in waiters:
            loop.call_soon_threadsafe(event.set)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            waiters = list(self._waiters)
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                loop.call_soon_threadsafe(event.set)

    def current(self) -> tuple[int, str, LiveStep | None]:
        with self._lock:
            return self._version, self._payload, self._live

    async def stream(
        self, on_sent: Callable[[LiveStep | None], None], slot: StreamSlot | None = None
    ) -> AsyncIterator[str]:
        """One device's event stream; ``on_sent`` marks the device present; it ends with a
        ``replaced`` event once ``slot`` is taken by a newer stream of the same device."""
        loop = asyncio.get_running_loop()
        event = asyncio.Event()
        waiter = (loop, event)
        with self._lock:
            self._waiters.add(waiter)
        if slot is not None:
            slot.on_replaced(lambda: _wake(loop, event))
        try:
            version, payload, live = self.current()
            # Counted as present before the state goes out: whoever sees the page
            # change also sees the device counted.
            on_sent(live)
            yield "retry: 2000\n\n"
            yield _message(payload)
            while not self._closed:
                if slot is not None and slot.replaced:
                    yield REPLACED
                    break
                try:
                    await asyncio.wait_for(event.wait(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    _, _, live = self.current()
                    on_sent(live)
                    yield ": heartbeat\n\n"
                    continue
                event.clear()
                if self._closed or (slot is not None and slot.replaced):
                    continue
                new_version, payload, live = self.current()
                if new_version != version:
                    version = new_version
                    on_sent(live)
                    yield _message(payload)
        finally:
            with self._lock:
                self._waiters.discard(waiter)


#: The last event of a stream a newer one of the same device replaced.
REPLACED = "event: replaced\ndata: {}\n\n"


def _wake(loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
    with contextlib.suppress(RuntimeError):  # the loop is already closed
        loop.call_soon_threadsafe(event.set)


def _message(payload: str) -> str:
    # The payload is one line of JSON (no newlines), so one data: line carries it.
    assert "\n" not in payload
    return f"event: state\ndata: {payload}\n\n"
