"""Server-Sent Events: push the session's current step to every connected device.

The writer thread tells the broadcaster that the step changed; the broadcaster renders
the public state once and wakes every stream on the server's event loop. A stream sends
only the newest state (a device that missed one step needs only the current one) and a
heartbeat every few seconds, which also keeps the device counted as present. A device
holds only a few streams (``ConnectionGuard.open_stream``): past that its oldest gets a
``replaced`` event and ends, and the page that had it falls back to polling, so two tabs
never take turns reconnecting.

Each stream remembers the newest version it has sent, and each device that polls
(``GET /api/state``, when event streams are blocked) the version it was last given, so
the thread that stops the server can wait, with a deadline, until every open page has
been told the session ended (``wait_until_told``) and until the pages, synced, let go of
their streams (``wait_until_released``).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from belong_desktop.server.connections import StreamSlot
from belong_desktop.server.languages import offered, page_language
from belong_desktop.server.schemas import public_state
from belong_desktop.services.classroom import LiveStep

HEARTBEAT_SECONDS = 10.0
#: A device that polled this recently, and has no stream, is waiting for its next poll.
POLLING_SECONDS = 5.0


@dataclass(eq=False)
class _Stream:
    """One open event stream: where to wake it and what it has sent."""

    loop: asyncio.AbstractEventLoop
    event: asyncio.Event
    device: str
    sent: int = -1  # the newest version written to the device (-1: none yet)


class Broadcaster:
    def __init__(self, initial: LiveStep | None) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # a stream sent, ended, or a poll
        self._version = 0
        self._live = initial
        self._payload = self._render(initial)
        self._streams: set[_Stream] = set()
        self._polls: dict[str, tuple[int, float]] = {}  # device → (version given, when)
        self._closed = False

    @staticmethod
    def _render(live: LiveStep | None) -> dict[str | None, str]:
        """The state once per page language (a device's own choice or, None, the
        session's): a few renders per change, however many devices listen."""
        if live is None:
            return {None: ""}
        payloads: dict[str | None, str] = {
            language: public_state(live, language).model_dump_json() for language in offered()
        }
        payloads[None] = payloads[page_language(None, live.language)]
        return payloads

    def publish(self, live: LiveStep) -> None:
        """Called from any thread when devices must follow a change."""
        payload = self._render(live)
        with self._lock:
            self._version += 1
            self._live = live
            self._payload = payload
            streams = list(self._streams)
        for stream in streams:
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                stream.loop.call_soon_threadsafe(stream.event.set)

    def close(self) -> None:
        """End every stream (after sending it the newest state, if it had not had it)."""
        with self._lock:
            self._closed = True
            streams = list(self._streams)
        for stream in streams:
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                stream.loop.call_soon_threadsafe(stream.event.set)

    def current(self, language: str | None = None) -> tuple[int, str, LiveStep | None]:
        """The version, the state for a page in ``language`` (None: the session's), and
        the live step it was rendered from."""
        with self._lock:
            payloads = self._payload
            return self._version, payloads.get(language, payloads[None]), self._live

    def version(self) -> int:
        with self._lock:
            return self._version

    def polled(self, device: str, version: int) -> None:
        """``device`` fetched the state, as new as ``version`` at least (read before it)."""
        with self._changed:
            self._polls[device] = (version, time.monotonic())
            self._changed.notify_all()

    def wait_until_told(self, timeout: float) -> bool:
        """Block until every open page has been sent the newest state (False: timed out).

        Pages that poll instead of streaming count when they polled in the last
        ``POLLING_SECONDS``. Not for the server's own loop: the streams run there.
        """
        deadline = time.monotonic() + timeout
        with self._changed:
            target = self._version
            while self._untold(target):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                # Woken by every send and poll; also re-checked now and then, because a
                # poller that stops polling (a closed page) drops out by time alone.
                self._changed.wait(min(left, 0.1))
            return True

    def wait_until_released(self, timeout: float) -> bool:
        """Block until no stream is open (False: some were still open at the deadline).

        A page closes its stream once it has the end and nothing left to send, so this
        is the time its last saves need.
        """
        with self._changed:
            return self._changed.wait_for(lambda: not self._streams, timeout)

    def audience(self) -> tuple[int, int]:
        """(open streams and pollers without one, how many lack the newest state)."""
        with self._lock:
            streaming = {s.device for s in self._streams}
            pollers = set(self._recent_polls()) - streaming
            return len(self._streams) + len(pollers), self._untold(self._version)

    def open_streams(self) -> int:
        with self._lock:
            return len(self._streams)

    def _recent_polls(self) -> dict[str, int]:
        cutoff = time.monotonic() - POLLING_SECONDS
        return {d: v for d, (v, at) in self._polls.items() if at >= cutoff}

    def _untold(self, target: int) -> int:
        """Open streams, and recent pollers without one, not yet given version ``target``."""
        streaming = {s.device for s in self._streams}
        untold = sum(1 for s in self._streams if s.sent < target)
        return untold + sum(
            1 for d, v in self._recent_polls().items() if v < target and d not in streaming
        )

    def _sent(self, stream: _Stream, version: int) -> None:
        with self._changed:
            stream.sent = max(stream.sent, version)
            self._changed.notify_all()

    async def stream(
        self,
        on_sent: Callable[[LiveStep | None], None],
        device: str = "",
        slot: StreamSlot | None = None,
        language: str | None = None,
    ) -> AsyncIterator[str]:
        """One device's event stream; ``on_sent`` marks the device present; it ends with a
        ``replaced`` event once ``slot`` is taken by a newer stream of the same device.
        States are in the page language the device's student chose (``language``); a new
        choice reloads the page, which opens a new stream."""
        loop = asyncio.get_running_loop()
        stream = _Stream(loop, asyncio.Event(), device)
        with self._lock:
            self._streams.add(stream)
        if slot is not None:
            slot.on_replaced(lambda: _wake(loop, stream.event))
        try:
            version, payload, live = self.current(language)
            # Counted as present before the state goes out: whoever sees the page
            # change also sees the device counted.
            on_sent(live)
            yield "retry: 2000\n\n"
            yield _message(payload)
            # Resumed only once the server has written the message (Starlette sends each
            # chunk before asking for the next): now the device has this version.
            self._sent(stream, version)
            while True:
                if slot is not None and slot.replaced:
                    yield REPLACED
                    break
                if not self._closed:
                    try:
                        await asyncio.wait_for(stream.event.wait(), HEARTBEAT_SECONDS)
                    except TimeoutError:
                        _, _, live = self.current()
                        on_sent(live)
                        yield ": heartbeat\n\n"
                        continue
                    stream.event.clear()
                    if slot is not None and slot.replaced:
                        continue
                new_version, payload, live = self.current(language)
                if new_version != version:
                    version = new_version
                    on_sent(live)
                    yield _message(payload)
                    self._sent(stream, version)
                if self._closed:
                    break
        finally:
            with self._changed:
                self._streams.discard(stream)
                self._changed.notify_all()


#: The last event of a stream a newer one of the same device replaced.
REPLACED = "event: replaced\ndata: {}\n\n"


def _wake(loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
    with contextlib.suppress(RuntimeError):  # the loop is already closed
        loop.call_soon_threadsafe(event.set)


def _message(payload: str) -> str:
    # The payload is one line of JSON (no newlines), so one data: line carries it.
    assert "\n" not in payload
    return f"event: state\ndata: {payload}\n\n"
