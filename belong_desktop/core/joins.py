"""Letting devices in: the join rate per device, joins waiting for their page, the device cap.

A join asked for is not yet a participant: it is *pending* until the device's page loads
with its token, and only then counts towards the room's cap (``PendingJoins``). So a
script that asks for hundreds of joins and never opens a page fills nothing, and the
pending joins are bounded per device and per room and expire. Joins are also slowed per
device (``JoinRate``, a token bucket) so one script cannot ask for hundreds a minute,
while a class behind one shared address still gets in at once. Pure Python: ``now`` is
passed in (monotonic seconds) and the callers hold the lock; a key is whatever the caller
tells devices apart by (the server's keyed hash of an address, never the address).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from belong_desktop.core.errors import InvalidInput

#: The bounds of the counsellor's device cap (the setting; 500 when none is set). Under 10
#: a slip of the finger ("3" for "30") would lock a small class out of its own session;
#: 2,000 seats the largest lecture halls (about 1,200) with room for shared devices' "next
#: student". More devices than that would also pass what one laptop's Wi-Fi carries and
#: the default limit of open files on Linux (1,024; each device keeps one event stream).
MIN_DEVICE_CAP = 10
MAX_DEVICE_CAP = 2000

#: Joins one device (one address) may ask for at once, then one more per second. On a
#: classroom network every device has its own address; behind a NAT a whole class shares
#: one, and 40 at once lets a class of 30 in within seconds (with retries and typos to
#: spare) while a script from one address gets 40 + 60 a minute instead of hundreds a
#: second. Its pending joins count for nothing until their pages load.
JOIN_BURST = 40
JOIN_PER_SECOND = 1.0

#: A join waits this long for its page to load, then lapses (the page loads within a
#: second or two; a phone on bad Wi-Fi may take a minute).
PENDING_SECONDS = 600.0
#: Pending joins kept per device (address) and per room. The page loads right after its
#: join, so few are ever pending at once; past a bound the oldest of that device, or in
#: the room the oldest of the device with the most, lapses first: a flood from one address
#: pushes out its own joins, not a real student's.
MAX_PENDING_PER_DEVICE = 60
MAX_PENDING = 1000


def check_device_cap(value: object) -> int:
    """The device cap as a whole number within the bounds, or ``InvalidInput``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(
            f"the device limit must be a whole number from {MIN_DEVICE_CAP} to "
            f"{MAX_DEVICE_CAP}, not {value!r}",
            code="bad_max_devices",
            min=MIN_DEVICE_CAP,
            max=MAX_DEVICE_CAP,
        )
    if not MIN_DEVICE_CAP <= value <= MAX_DEVICE_CAP:
        raise InvalidInput(
            f"the device limit must be from {MIN_DEVICE_CAP} to {MAX_DEVICE_CAP}, not {value}",
            code="bad_max_devices",
            min=MIN_DEVICE_CAP,
            max=MAX_DEVICE_CAP,
        )
    return value


def parse_device_cap(text: str) -> int:
    """The device cap typed on the command line ("800"), checked."""
    stripped = text.strip()
    try:
        value = int(stripped) if stripped.isascii() else None  # no "٥٠٠" or "５００"
    except ValueError:
        value = None
    if value is None:
        raise InvalidInput(
            f"the device limit must be a whole number from {MIN_DEVICE_CAP} to "
            f"{MAX_DEVICE_CAP}, not {text!r}",
            code="bad_max_devices",
            min=MIN_DEVICE_CAP,
            max=MAX_DEVICE_CAP,
        )
    return check_device_cap(value)


class JoinRate:
    """A token bucket per key: ``burst`` joins at once, then ``per_second``.

    A key whose bucket has filled up again is forgotten, so the map holds only devices
    that joined lately; ``max_keys`` bounds it even against a flood of addresses.
    """

    def __init__(
        self,
        burst: int = JOIN_BURST,
        per_second: float = JOIN_PER_SECOND,
        max_keys: int = 4096,
    ) -> None:
        self.burst = burst
        self.per_second = per_second
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}  # key → (tokens, at)

    def take(self, key: str, now: float) -> float:
        """Take one join for ``key``: 0.0 when it may join now, else seconds to wait."""
        tokens = self._tokens(key, now)
        if tokens >= 1.0:
            self._buckets.pop(key, None)  # keep the map in order of last use
            self._buckets[key] = (tokens - 1.0, now)
            self._prune(now)
            return 0.0
        return (1.0 - tokens) / self.per_second

    def _tokens(self, key: str, now: float) -> float:
        kept = self._buckets.get(key)
        if kept is None:
            return float(self.burst)
        tokens, at = kept
        return min(float(self.burst), tokens + max(0.0, now - at) * self.per_second)

    def _prune(self, now: float) -> None:
        if len(self._buckets) <= self.max_keys:
            return
        for key in [k for k in self._buckets if self._tokens(k, now) >= self.burst]:
            del self._buckets[key]  # full again: the same as never seen
        while len(self._buckets) > self.max_keys:
            del self._buckets[next(iter(self._buckets))]  # the least recently used


T = TypeVar("T")


@dataclass(frozen=True)
class _Entry(Generic[T]):
    device: str
    since: float
    value: T


class PendingJoins(Generic[T]):
    """Joins whose page has not loaded yet, by the digest of their token.

    Bounded per device and in total, and each lapses after ``ttl`` seconds. ``add`` and
    ``expire`` return the values they dropped, so the caller can forget what it kept
    beside them (a retried join's key).
    """

    def __init__(
        self,
        *,
        ttl: float = PENDING_SECONDS,
        per_device: int = MAX_PENDING_PER_DEVICE,
        total: int = MAX_PENDING,
    ) -> None:
        self.ttl = ttl
        self.per_device = per_device
        self.total = total
        self._entries: dict[str, _Entry[T]] = {}  # oldest first
        self._by_device: dict[str, dict[str, None]] = {}  # device → digests, oldest first

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, digest: str, device: str, value: T, now: float) -> list[T]:
        dropped = self.expire(now)
        mine = self._by_device.get(device, {})
        while len(mine) >= self.per_device:
            dropped.append(self._drop(next(iter(mine))))
            mine = self._by_device.get(device, {})
        while len(self._entries) >= self.total:
            busiest = max(self._by_device.values(), key=len)
            dropped.append(self._drop(next(iter(busiest))))
        self._entries[digest] = _Entry(device, now, value)
        self._by_device.setdefault(device, {})[digest] = None
        return dropped

    def get(self, digest: str, now: float) -> T | None:
        entry = self._entries.get(digest)
        if entry is None or entry.since < now - self.ttl:
            return None
        return entry.value

    def take(self, digest: str, now: float) -> T | None:
        """The pending join's value, no longer pending (its page has loaded)."""
        value = self.get(digest, now)
        if digest in self._entries:
            self._drop(digest)
        return value

    def expire(self, now: float) -> list[T]:
        dropped = []
        cutoff = now - self.ttl
        while self._entries:
            digest, entry = next(iter(self._entries.items()))
            if entry.since >= cutoff:
                break
            dropped.append(self._drop(digest))
        return dropped

    def clear(self) -> list[T]:
        values = [entry.value for entry in self._entries.values()]
        self._entries.clear()
        self._by_device.clear()
        return values

    def _drop(self, digest: str) -> T:
        entry = self._entries.pop(digest)
        mine = self._by_device[entry.device]
        del mine[digest]
        if not mine:
            del self._by_device[entry.device]
        return entry.value
