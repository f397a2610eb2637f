"""How many connections and event streams one device may hold, counted in memory only.

One misbehaving device must not deny the room: every open connection is counted per
peer address (and in total), every event stream per participant and per address, and a
device past its share is refused while every other device is still served. Addresses are
never stored: they are dictionary keys only while something from them is open, and a key
is dropped the moment its count returns to zero. Used on the server thread (uvicorn's
event loop), read by tests from others, so the counts sit behind a lock.

Why these numbers: a browser opens at most six connections to one host and keeps one
event stream per open page, so a device needs about three at rest and six while a page
loads. Devices on the classroom Wi-Fi reach the laptop from their own addresses; only a
network that puts the class behind one router (a guest network that translates
addresses) shows many devices as one address: 200 covers a class of thirty loading the
page at once. The total, 4,000, is what 1,000 devices (the most a session is measured
with) need at about three each, with room for pages loading; one address can so take at
most a twentieth of it. At 2,000, 1,000 devices with one stream and one kept-alive
connection each filled it exactly, and any third connection was refused.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

#: File descriptors kept for everything that is not a connection: the database and its
#: journal, the log, the video, Qt, pipes and the listening socket itself.
RESERVED_FILES = 128


@dataclass(frozen=True)
class ConnectionLimits:
    """Deadlines (seconds) and caps; tests pass short deadlines and small caps."""

    #: A connection must deliver a whole request head this long after it opened (or
    #: after the first byte of a request that follows a response).
    head_seconds: float = 10.0
    #: A declared body must have arrived whole this long after its head: 64 KiB in 30 s
    #: is 2 KiB/s, far below the worst classroom Wi-Fi.
    body_seconds: float = 30.0
    #: A refused connection's answer is given this long to be read before it is closed.
    linger_seconds: float = 1.0
    #: Largest request head (request line and headers) read before a 431.
    max_head_bytes: int = 32 * 1024
    per_address: int = 200
    total: int = 4000
    #: A student may have the page open in a few tabs; a newer stream ends the oldest.
    streams_per_device: int = 3
    #: Leaves a quarter of an address's connections for requests while streams are open.
    streams_per_address: int = 150


class StreamSlot:
    """One open event stream; ``replaced`` once a newer one of the same device took over."""

    def __init__(self, participant: str, address: str) -> None:
        self.participant = participant
        self.address = address
        self.replaced = False
        self._wake: Callable[[], None] | None = None
        self._lock = threading.Lock()

    def on_replaced(self, wake: Callable[[], None]) -> None:
        """``wake`` (thread-safe) is called when the slot is taken by a newer stream."""
        with self._lock:
            self._wake = wake
            replaced = self.replaced
        if replaced:
            wake()

    def replace(self) -> None:
        with self._lock:
            self.replaced = True
            wake = self._wake
        if wake is not None:
            wake()


class ConnectionGuard:
    """The counts behind the caps; ``on_refused`` hears of every connection refused for load."""

    def __init__(
        self,
        limits: ConnectionLimits | None = None,
        on_refused: Callable[[], None] | None = None,
    ) -> None:
        self.limits = limits or ConnectionLimits()
        self.total = self.limits.total
        self._on_refused = on_refused
        self._lock = threading.Lock()
        self._open: dict[str, int] = {}
        self._open_total = 0
        self._streams: dict[str, list[StreamSlot]] = {}  # participant id -> oldest first
        self._streams_by_address: dict[str, int] = {}

    def fit_open_files(self, soft_limit: int) -> None:
        """Keep the total under the process's open-files limit, with room for the rest."""
        self.total = min(self.limits.total, max(16, soft_limit - RESERVED_FILES))

    # -- connections -----------------------------------------------------------------

    def admit(self, address: str) -> bool:
        """Count a new connection from ``address``; False (nothing counted) if over a cap."""
        with self._lock:
            if self._open_total >= self.total:
                return False
            count = self._open.get(address, 0)
            if count >= self.limits.per_address:
                return False
            self._open[address] = count + 1
            self._open_total += 1
            return True

    def release(self, address: str) -> None:
        with self._lock:
            count = self._open.get(address, 0) - 1
            if count <= 0:
                self._open.pop(address, None)
            else:
                self._open[address] = count
            self._open_total = max(0, self._open_total - 1)

    def connections(self, address: str | None = None) -> int:
        with self._lock:
            return self._open_total if address is None else self._open.get(address, 0)

    def addresses(self) -> int:
        """How many addresses have something open (tests: nothing is kept past zero)."""
        with self._lock:
            return len(self._open) + len(self._streams_by_address)

    def refused(self) -> None:
        """Load was shed (a connection or stream refused, accept() out of files)."""
        if self._on_refused is not None:
            self._on_refused()

    # -- event streams ---------------------------------------------------------------

    def open_stream(self, participant: str, address: str) -> StreamSlot | None:
        """A slot for a new stream, ending the device's oldest past its cap; None: refused."""
        replaced: StreamSlot | None = None
        with self._lock:
            slots = self._streams.setdefault(participant, [])
            mine = len(slots) >= self.limits.streams_per_device and slots[0].address == address
            if not mine and self._streams_by_address.get(address, 0) >= (
                self.limits.streams_per_address
            ):
                if not slots:
                    del self._streams[participant]
                return None
            if len(slots) >= self.limits.streams_per_device:
                replaced = slots.pop(0)
                self._drop_address(replaced.address)
            slot = StreamSlot(participant, address)
            slots.append(slot)
            self._streams_by_address[address] = self._streams_by_address.get(address, 0) + 1
        if replaced is not None:
            replaced.replace()
        return slot

    def close_stream(self, slot: StreamSlot) -> None:
        with self._lock:
            slots = self._streams.get(slot.participant)
            if slots is None or slot not in slots:
                return  # already replaced: its count went with it
            slots.remove(slot)
            if not slots:
                del self._streams[slot.participant]
            self._drop_address(slot.address)

    def streams(self, participant: str | None = None) -> int:
        with self._lock:
            if participant is None:
                return sum(len(slots) for slots in self._streams.values())
            return len(self._streams.get(participant, ()))

    def _drop_address(self, address: str) -> None:
        count = self._streams_by_address.get(address, 0) - 1
        if count <= 0:
            self._streams_by_address.pop(address, None)
        else:
            self._streams_by_address[address] = count
