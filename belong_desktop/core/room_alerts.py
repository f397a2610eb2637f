"""Trouble in the room the counsellor should hear about, counted in memory only.

The classroom server records what it refused or could not do (load shed, a full room, a
wave of wrong codes, an answer it could not store); the counsellor's window and the
headless runner show a calm warning while one is recent. Only kinds and counts are kept,
never an address, a device or a text. Thread-safe: the server's threads record, the GUI
thread reads.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from enum import StrEnum


class RoomAlert(StrEnum):
    BUSY = "busy"  # connections refused or shed: the laptop is overloaded
    FULL = "full"  # a device was refused because the room has its maximum of devices
    WRONG_CODES = "wrong_codes"  # many wrong join codes in a short time
    NOT_SAVED = "not_saved"  # answers could not be stored (the disk is full, a DB error)


#: How long an alert stays shown after its last occurrence, in seconds.
WINDOW_SECONDS = 60.0
#: How many occurrences within the window make an alert worth showing. One refused
#: device is news when the room is full or an answer was lost; a single wrong code is
#: a typo, not a flood.
THRESHOLDS: dict[RoomAlert, int] = {
    RoomAlert.BUSY: 1,
    RoomAlert.FULL: 1,
    RoomAlert.WRONG_CODES: 20,
    RoomAlert.NOT_SAVED: 1,
}
#: At most this many times are kept per kind: enough to count past any threshold.
_KEEP = 256


@dataclass(frozen=True)
class ActiveAlert:
    alert: RoomAlert
    count: int  # occurrences within the window (at most _KEEP)
    last: float  # monotonic time of the newest


class RoomAlerts:
    """Recent occurrences per kind; ``record`` says when a kind has just become active."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._times: dict[RoomAlert, deque[float]] = {
            alert: deque(maxlen=_KEEP) for alert in RoomAlert
        }

    def record(self, alert: RoomAlert, now: float) -> bool:
        """Count one occurrence; True when this makes ``alert`` active after a quiet time."""
        with self._lock:
            times = self._times[alert]
            _expire(times, now)
            was_active = len(times) >= THRESHOLDS[alert]
            times.append(now)
            return not was_active and len(times) >= THRESHOLDS[alert]

    def active(self, now: float) -> tuple[ActiveAlert, ...]:
        """The alerts to show now, most recent first."""
        shown = []
        with self._lock:
            for alert, times in self._times.items():
                _expire(times, now)
                if len(times) >= THRESHOLDS[alert]:
                    shown.append(ActiveAlert(alert, len(times), times[-1]))
        return tuple(sorted(shown, key=lambda a: a.last, reverse=True))

    def clear(self) -> None:
        with self._lock:
            for times in self._times.values():
                times.clear()


def _expire(times: deque[float], now: float) -> None:
    while times and times[0] < now - WINDOW_SECONDS:
        times.popleft()
