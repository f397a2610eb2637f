"""Domain events and the bus: stable names, JSON output, fan-out that survives failures."""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest

from belong_desktop.core.events import (
    Event,
    EventBus,
    NoteAdded,
    SessionEnded,
    SessionExported,
    SessionResumed,
    SessionStarted,
    StepChanged,
)

T0 = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)

ALL_EVENTS: list[tuple[Event, str]] = [
    (SessionStarted("s", T0, 0, "welcome"), "session_started"),
    (SessionResumed("s", T0, 2, "poll"), "session_resumed"),
    (StepChanged("s", T0, 1, "video-1", 0, "next"), "step_changed"),
    (NoteAdded("s", T0, None, "a note"), "note_added"),
    (SessionEnded("s", T0, 3, True), "session_ended"),
    (SessionExported("s", T0), "session_exported"),
]


@pytest.mark.parametrize(("event", "name"), ALL_EVENTS, ids=[n for _, n in ALL_EVENTS])
def test_event_names_are_snake_case(event: Event, name: str) -> None:
    assert event.name == name


@pytest.mark.parametrize(("event", "name"), ALL_EVENTS, ids=[n for _, n in ALL_EVENTS])
def test_to_dict_is_json_serialisable_with_iso_time(event: Event, name: str) -> None:
    data = event.to_dict()
    decoded = json.loads(json.dumps(data))
    assert decoded["event"] == name
    assert decoded["session_id"] == "s"
    assert decoded["at"] == "2025-09-01T09:00:00+00:00"
    assert datetime.fromisoformat(decoded["at"]) == T0


def test_to_dict_holds_every_field() -> None:
    event = StepChanged("sess-9", T0, 4, "letter", 5, "prev")
    assert event.to_dict() == {
        "event": "step_changed",
        "session_id": "sess-9",
        "at": "2025-09-01T09:00:00+00:00",
        "step_index": 4,
        "step_id": "letter",
        "previous_index": 5,
        "direction": "prev",
    }
    assert NoteAdded("s", T0, None, "x").to_dict()["step_index"] is None


def test_to_dict_keeps_the_utc_offset() -> None:
    copenhagen = timezone(timedelta(hours=2))
    event = SessionEnded("s", datetime(2025, 9, 1, 11, 0, tzinfo=copenhagen), 1, False)
    assert event.to_dict()["at"] == "2025-09-01T11:00:00+02:00"


def test_events_are_frozen() -> None:
    event = SessionStarted("s", T0, 0, "welcome")
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.step_index = 1  # type: ignore[misc]


def test_events_are_equal_by_value_and_hashable() -> None:
    assert SessionExported("s", T0) == SessionExported("s", T0)
    assert SessionExported("s", T0) != SessionExported("t", T0)
    assert len({SessionExported("s", T0), SessionExported("s", T0)}) == 1


# -- the bus --------------------------------------------------------------------------------


def test_publish_reaches_every_subscriber_in_order() -> None:
    bus = EventBus()
    seen: list[tuple[str, Event]] = []
    bus.subscribe(lambda e: seen.append(("a", e)))
    bus.subscribe(lambda e: seen.append(("b", e)))
    event = SessionExported("s", T0)
    bus.publish(event)
    assert seen == [("a", event), ("b", event)]


def test_publish_without_subscribers_does_nothing() -> None:
    EventBus().publish(SessionExported("s", T0))


def test_unsubscribe_stops_delivery_and_is_idempotent() -> None:
    bus = EventBus()
    kept: list[Event] = []
    dropped: list[Event] = []
    bus.subscribe(kept.append)
    unsubscribe = bus.subscribe(dropped.append)
    bus.publish(SessionExported("s", T0))
    unsubscribe()
    unsubscribe()  # a second call must not raise or remove anyone else
    bus.publish(SessionExported("t", T0))
    assert [e.session_id for e in kept] == ["s", "t"]
    assert [e.session_id for e in dropped] == ["s"]


def test_a_subscriber_may_unsubscribe_while_being_called() -> None:
    bus = EventBus()
    calls: list[str] = []

    def once(event: Event) -> None:
        calls.append(event.session_id)
        unsubscribe()

    unsubscribe = bus.subscribe(once)
    bus.publish(SessionExported("a", T0))
    bus.publish(SessionExported("b", T0))
    assert calls == ["a"]


def test_a_failing_subscriber_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    seen: list[Event] = []

    def broken(event: Event) -> None:
        raise RuntimeError("the projector is gone")

    bus.subscribe(broken)
    bus.subscribe(seen.append)
    event = StepChanged("s", T0, 1, "video-1", 0, "next")
    with caplog.at_level(logging.ERROR, logger="belong_desktop.core.events"):
        bus.publish(event)
    assert seen == [event]
    [record] = [r for r in caplog.records if r.name == "belong_desktop.core.events"]
    assert record.levelno == logging.ERROR
    assert "failed on step_changed" in record.getMessage()
    assert record.exc_info is not None
    assert isinstance(record.exc_info[1], RuntimeError)
    assert "the projector is gone" in caplog.text


def test_publish_from_several_threads() -> None:
    """The server thread and the GUI thread publish at once; nothing is lost or doubled."""
    bus = EventBus()
    seen: list[Event] = []
    lock = threading.Lock()

    def record(event: Event) -> None:
        with lock:
            seen.append(event)

    bus.subscribe(record)
    threads_n, per_thread = 8, 250
    start = threading.Barrier(threads_n)

    def publish_many(worker: int) -> None:
        start.wait()
        for i in range(per_thread):
            bus.publish(NoteAdded(f"w{worker}", T0, i, "x"))

    threads = [threading.Thread(target=publish_many, args=(w,)) for w in range(threads_n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(t.is_alive() for t in threads)
    assert len(seen) == threads_n * per_thread
    for w in range(threads_n):
        mine = [e.step_index for e in seen if isinstance(e, NoteAdded) and e.session_id == f"w{w}"]
        assert mine == list(range(per_thread)), "each thread's events arrive in its order"


def test_subscribing_while_other_threads_publish() -> None:
    bus = EventBus()
    errors: list[BaseException] = []
    stop = threading.Event()

    def publisher() -> None:
        try:
            while not stop.is_set():
                bus.publish(SessionExported("s", T0))
        except BaseException as exc:  # pragma: no cover - only on failure
            errors.append(exc)

    threads = [threading.Thread(target=publisher) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(300):
            seen: list[Event] = []
            unsubscribe = bus.subscribe(seen.append)
            unsubscribe()
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert errors == []
    late: list[Event] = []
    bus.subscribe(late.append)
    bus.publish(SessionExported("final", T0))
    assert late == [SessionExported("final", T0)]
