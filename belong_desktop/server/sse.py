"""Server-Sent Events: push the session's current step to every connected device.

The writer thread tells the broadcaster that the step changed; the broadcaster renders
the public state once and wakes every stream on the server's event loop. A stream sends
only the newest state (a device that missed one step needs only the current one) and a
heartbeat every few seconds, which also keeps the device counted as present.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Callable

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

    async def stream(self, on_sent: Callable[[LiveStep | None], None]) -> AsyncIterator[str]:
        """One device's event stream; ``on_sent`` marks the device present."""
        loop = asyncio.get_running_loop()
        event = asyncio.Event()
        waiter = (loop, event)
        with self._lock:
            self._waiters.add(waiter)
        try:
            version, payload, live = self.current()
            # Counted as present before the state goes out: whoever sees the page
            # change also sees the device counted.
            on_sent(live)
            yield "retry: 2000\n\n"
            yield _message(payload)
            while not self._closed:
                try:
                    await asyncio.wait_for(event.wait(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    _, _, live = self.current()
                    on_sent(live)
                    yield ": heartbeat\n\n"
                    continue
                event.clear()
                if self._closed:
                    break
                new_version, payload, live = self.current()
                if new_version != version:
                    version = new_version
                    on_sent(live)
                    yield _message(payload)
        finally:
            with self._lock:
                self._waiters.discard(waiter)


def _message(payload: str) -> str:
    # The payload is one line of JSON (no newlines), so one data: line carries it.
    assert "\n" not in payload
    return f"event: state\ndata: {payload}\n\n"
