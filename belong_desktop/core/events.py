"""Domain events and the small publish/subscribe bus that carries them.

Events are frozen dataclasses so they can cross threads safely: the services publish
them after the change is committed, the Qt bridge re-emits them as signals and the
classroom server pushes them to devices.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Event:
    session_id: str
    at: datetime

    @property
    def name(self) -> str:
        """A stable snake_case name used in JSON output (``step_changed``)."""
        out: list[str] = []
        for ch in type(self).__name__:
            if ch.isupper() and out:
                out.append("_")
            out.append(ch.lower())
        return "".join(out)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return {"event": self.name, **data}


@dataclass(frozen=True)
class SessionStarted(Event):
    step_index: int
    step_id: str


@dataclass(frozen=True)
class SessionResumed(Event):
    step_index: int
    step_id: str


@dataclass(frozen=True)
class StepChanged(Event):
    step_index: int
    step_id: str
    previous_index: int
    direction: str  # "next" or "prev"


@dataclass(frozen=True)
class NoteAdded(Event):
    step_index: int | None
    text: str


@dataclass(frozen=True)
class VideoLogged(Event):
    step_index: int
    step_id: str
    outcome: str  # "finished", "stopped" or "failed"
    position_s: float


@dataclass(frozen=True)
class SessionEnded(Event):
    step_index: int
    ended_early: bool


@dataclass(frozen=True)
class SessionExported(Event):
    pass


@dataclass(frozen=True)
class ParticipantJoined(Event):
    participants: int  # devices joined since the last reset


@dataclass(frozen=True)
class AnswerSubmitted(Event):
    """A student sent a text or answered a poll (first time or again)."""

    step_index: int
    step_id: str


@dataclass(frozen=True)
class DevicesReset(Event):
    """Every device starts over as a new anonymous participant (e.g. between two groups)."""

    epoch: int


@dataclass(frozen=True)
class RoomWarning(Event):
    """Trouble in the room just began (``core.room_alerts.RoomAlert``); kind only, no device."""

    alert: str


Subscriber = Callable[[Event], None]


class EventBus:
    """Synchronous fan-out to subscribers; a failing subscriber never stops the others."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add ``subscriber``; call the returned function to unsubscribe."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(event)
            except Exception:
                log.exception("event subscriber %r failed on %s", subscriber, event.name)
