"""The GC policy: the start-up freeze in a process of its own (freezing this test process
would be for good), the serving policy here (it is put back)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest

from belong_desktop import memory

PROBE = """
import gc, json
from belong_desktop import memory
made_before = [[i] for i in range(1000)]  # alive at start-up: frozen
before = gc.get_threshold()
first = memory.freeze_start_up()
frozen = gc.get_freeze_count()
after_first = gc.get_threshold()
later = [[i] for i in range(1000)]  # made during a session: not frozen by a second call
second = memory.freeze_start_up()
print(json.dumps({
    "first": first, "second": second, "frozen": frozen,
    "frozen_after_second": gc.get_freeze_count(),
    "before": before, "after": after_first, "young": memory.YOUNG_THRESHOLD,
}))
"""


def test_start_up_is_collected_then_frozen_once_and_the_young_threshold_raised() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(done.stdout)
    assert result["first"] is True and result["second"] is False
    assert result["frozen"] > 1000  # what start-up left alive, the probe's list included
    assert result["frozen_after_second"] == result["frozen"]  # later objects stay collectable
    assert result["before"][0] == 700
    assert result["after"] == [result["young"], *result["before"][1:]]


def test_serving_puts_off_full_collections_until_the_outermost_server_stops() -> None:
    young, older, full = gc.get_threshold()
    assert not memory.is_serving()
    try:
        with memory.serving():
            middle = min(older, memory.SERVING_MIDDLE_THRESHOLD)
            raised = max(full, memory.SERVING_FULL_THRESHOLD)
            assert gc.get_threshold() == (young, middle, raised)
            with memory.serving():  # a second server (another session) at the same time
                assert gc.get_threshold() == (young, middle, raised)
            assert memory.is_serving()  # the first still serves
            assert gc.get_threshold() == (young, middle, raised)
        assert not memory.is_serving()
        assert gc.get_threshold() == (young, older, full)
    finally:
        gc.set_threshold(young, older, full)


def test_the_start_up_freeze_inside_serving_keeps_its_young_threshold_after() -> None:
    """The headless runner freezes once its page is up: the young threshold it sets
    outlives the session, the others go back to what they were."""
    before = gc.get_threshold()
    try:
        with memory.serving():
            gc.set_threshold(memory.YOUNG_THRESHOLD, *gc.get_threshold()[1:])
        assert gc.get_threshold() == (memory.YOUNG_THRESHOLD, *before[1:])
    finally:
        gc.set_threshold(*before)


def test_a_server_that_fails_inside_serving_still_puts_the_threshold_back() -> None:
    before = gc.get_threshold()
    try:
        with pytest.raises(RuntimeError), memory.serving():
            raise RuntimeError("the server stopped at start")
        assert gc.get_threshold() == before
        assert not memory.is_serving()
    finally:
        gc.set_threshold(*before)
