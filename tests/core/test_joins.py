"""The rules for letting devices in: the join rate, pending joins and the device cap."""

from __future__ import annotations

import pytest

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.joins import (
    JOIN_BURST,
    MAX_DEVICE_CAP,
    MIN_DEVICE_CAP,
    JoinRate,
    PendingJoins,
    check_device_cap,
    parse_device_cap,
)


def test_a_class_behind_one_address_gets_in_at_once_and_a_script_is_slowed() -> None:
    rate = JoinRate()
    assert all(rate.take("nat", 0.0) == 0.0 for _ in range(30))  # a class of 30 at once
    assert all(rate.take("nat", 0.0) == 0.0 for _ in range(JOIN_BURST - 30))
    wait = rate.take("nat", 0.0)
    assert wait == pytest.approx(1.0)
    assert rate.take("other", 0.0) == 0.0  # another device is not held back
    assert rate.take("nat", 1.0) == 0.0  # one more a second
    assert rate.take("nat", 1.0) > 0
    # A script hammering for a minute gets the burst and one a second, not hundreds.
    granted = sum(rate.take("script", t / 10) == 0.0 for t in range(600))
    assert granted <= JOIN_BURST + 60


def test_the_join_rate_forgets_devices_that_are_quiet_again() -> None:
    rate = JoinRate(burst=2, per_second=1.0, max_keys=3)
    for n in range(10):
        rate.take(f"device-{n}", float(n))
    assert len(rate._buckets) <= 3
    assert rate.take("device-9", 9.0) == 0.0  # the newest is still there, with one left
    assert rate.take("device-9", 9.0) > 0


def test_pending_joins_lapse_in_order() -> None:
    pending: PendingJoins[str] = PendingJoins(ttl=10.0)
    pending.add("a", "dev1", "A", 0.0)
    pending.add("b", "dev2", "B", 5.0)
    assert pending.get("a", 9.9) == "A"
    assert pending.get("a", 10.5) is None  # lapsed, even before it is swept
    assert pending.expire(10.5) == ["A"]
    assert len(pending) == 1
    assert pending.take("b", 6.0) == "B" and len(pending) == 0
    assert pending.take("b", 6.0) is None


def test_a_flood_pushes_out_its_own_pending_joins_first() -> None:
    pending: PendingJoins[str] = PendingJoins(ttl=100.0, per_device=3, total=5)
    pending.add("s1", "student", "S1", 0.0)
    dropped = [d for n in range(6) for d in pending.add(f"f{n}", "flood", f"F{n}", 1.0 + n)]
    assert dropped == ["F0", "F1", "F2"]  # the flood's own oldest, per device
    assert pending.add("s2", "student", "S2", 10.0) == []
    assert pending.add("o1", "other", "O1", 11.0) == ["F3"]  # the room's bound: the busiest
    assert pending.get("s1", 11.0) == "S1" and pending.get("s2", 11.0) == "S2"
    assert len(pending) == 5
    assert sorted(pending.clear()) == ["F4", "F5", "O1", "S1", "S2"] and len(pending) == 0


@pytest.mark.parametrize("good", [MIN_DEVICE_CAP, 30, 500, MAX_DEVICE_CAP])
def test_a_device_cap_within_the_bounds_is_taken(good: int) -> None:
    assert check_device_cap(good) == good
    assert parse_device_cap(f" {good} ") == good


@pytest.mark.parametrize("bad", [0, -1, 9, 2001, 10**9, True, 12.5, "500", None])
def test_a_device_cap_out_of_bounds_or_not_a_whole_number_is_refused(bad: object) -> None:
    with pytest.raises(InvalidInput) as info:
        check_device_cap(bad)
    assert info.value.code == "bad_max_devices"
    assert info.value.params == {"min": MIN_DEVICE_CAP, "max": MAX_DEVICE_CAP}


BAD_TYPED = ["", "abc", "0", "-1", "1e3", "12.5", "1000000000", "٥٠٠", "５００"]


@pytest.mark.parametrize("bad", BAD_TYPED)
def test_a_typed_device_cap_that_is_no_good_is_refused(bad: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_device_cap(bad)
    assert info.value.code == "bad_max_devices" and "10 to 2000" in str(info.value)
