"""Fixtures for the fault runs: the real app as a subprocess, real Chromium, a proxy.

The browser is the run's one Chromium (``tests/conftest.py``); devices come from
``tests/e2e/conftest.py`` (a context per device, console errors fail the test), the
headless runner from ``tests/cli/conftest.py``, and the proxy that makes the laptop
unreachable from ``benchmarks/_faults.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Cli, HeadlessFactory
from tests.e2e.conftest import pytest_runtest_call as pytest_runtest_call  # console check


@pytest.fixture
def headless(subprocess_env: dict[str, str], tmp_path: Path) -> Iterator[HeadlessFactory]:
    """``session run --headless`` as a real subprocess; killed at the end if still running."""
    factory = HeadlessFactory(Cli(subprocess_env, tmp_path))
    yield factory
    for runner in factory.started:
        runner.stop()
