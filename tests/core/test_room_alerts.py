"""RoomAlerts: recent trouble per kind, shown past a threshold, forgotten after a quiet minute."""

from __future__ import annotations

import threading

from belong_desktop.core.room_alerts import THRESHOLDS, WINDOW_SECONDS, RoomAlert, RoomAlerts


def test_a_full_room_is_news_at_the_first_refusal_and_only_once() -> None:
    alerts = RoomAlerts()
    assert alerts.active(0.0) == ()
    assert alerts.record(RoomAlert.FULL, 1.0) is True
    assert alerts.record(RoomAlert.FULL, 2.0) is False  # still active: no second warning
    (shown,) = alerts.active(3.0)
    assert (shown.alert, shown.count, shown.last) == (RoomAlert.FULL, 2, 2.0)


def test_wrong_codes_become_an_alert_only_as_a_flood() -> None:
    alerts = RoomAlerts()
    threshold = THRESHOLDS[RoomAlert.WRONG_CODES]
    became = [alerts.record(RoomAlert.WRONG_CODES, i * 0.1) for i in range(threshold)]
    assert became == [False] * (threshold - 1) + [True]
    assert [a.alert for a in alerts.active(threshold * 0.1)] == [RoomAlert.WRONG_CODES]


def test_an_alert_goes_quiet_after_the_window_and_can_start_again() -> None:
    alerts = RoomAlerts()
    alerts.record(RoomAlert.NOT_SAVED, 10.0)
    assert alerts.active(10.0 + WINDOW_SECONDS - 1)
    assert alerts.active(10.0 + WINDOW_SECONDS + 1) == ()
    assert alerts.record(RoomAlert.NOT_SAVED, 10.0 + WINDOW_SECONDS + 2) is True


def test_most_recent_first_and_clear() -> None:
    alerts = RoomAlerts()
    alerts.record(RoomAlert.BUSY, 1.0)
    alerts.record(RoomAlert.FULL, 2.0)
    assert [a.alert for a in alerts.active(3.0)] == [RoomAlert.FULL, RoomAlert.BUSY]
    alerts.clear()
    assert alerts.active(3.0) == ()


def test_counting_from_many_threads_loses_nothing_and_is_bounded() -> None:
    alerts = RoomAlerts()

    def hammer() -> None:
        for _ in range(50):
            alerts.record(RoomAlert.BUSY, 5.0)

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    (shown,) = alerts.active(5.0)
    assert shown.count == 200
    for _ in range(1000):
        alerts.record(RoomAlert.BUSY, 6.0)
    assert alerts.active(6.0)[0].count <= 256  # memory stays bounded under a flood
