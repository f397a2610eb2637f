"""Bad Wi-Fi: every acknowledged answer is stored exactly once, and the p99 ack is reported.

``benchmarks/_bad_network.py`` runs the real app (``session run --headless``) and the
benchmark's devices (``_load_client.py``: keep-alive connections, the page's backoff)
through 300 ms of latency each way and 5 % loss: ``tc netem`` in a network namespace
where the kernel has it, else its TCP proxy on loopback (which also drops connections).
Here a few devices run; ``make bench`` runs 60. Which network ran and the p99
acknowledgement are printed (``-s``) and kept as test properties.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _bad_network() -> ModuleType:
    """``benchmarks/_bad_network.py`` as a module (``benchmarks/`` is not a package)."""
    if "_bad_network" in sys.modules:
        return sys.modules["_bad_network"]
    spec = importlib.util.spec_from_file_location("_bad_network", BENCHMARKS / "_bad_network.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_bad_network"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _check(result: dict[str, Any], devices: int) -> None:
    assert result["app_exit_code"] == 0
    assert result["gave_up"] == [], result["client_errors"]
    assert result["acknowledged"] == devices
    assert result["lost"] == [] and result["wrong"] == []
    assert result["stored"] == devices and result["duplicate_texts"] == 0
    # The bad network was really in the way: no letter came back faster than a round trip.
    assert result["ack_p50_ms"] >= 2 * result["latency_ms"]
    assert result["ack_p99_ms"] is not None


@pytest.mark.slow
def test_every_acknowledged_answer_is_stored_once_on_bad_wifi(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    devices = 12
    result = _bad_network().run(devices, window_s=3.0, join_window_s=2.0, data_dir=tmp_path)
    record_property("network", result["network"])
    record_property("ack_p99_ms", result["ack_p99_ms"])
    print(f"\nbad network: {result['network']}, p99 ack {result['ack_p99_ms']:.0f} ms")
    _check(result, devices)
    assert result["network"] in ("netem", "proxy")
    if result["network"] == "proxy":
        assert result["proxy"]["connections"] >= devices


@pytest.mark.slow
def test_dropped_connections_are_retried_without_a_second_answer(tmp_path: Path) -> None:
    """Through the proxy, with many more drops: replies lost on the way are sent again,
    and a repeated letter is acknowledged without being stored twice."""
    devices = 8
    result = _bad_network().run(
        devices,
        network="proxy",
        loss=0.2,
        reset_share=0.08,
        window_s=2.0,
        join_window_s=1.0,
        seed=7,
        data_dir=tmp_path,
    )
    assert result["proxy"]["resets"] > 0 and result["client_errors"], result
    _check(result, devices)
