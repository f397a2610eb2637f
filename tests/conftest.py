"""Fixtures shared by every test: leak checks, isolated data folders, the shipped packs."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ASSETS = REPO / "assets"
PACKS = ASSETS / "packs"


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """Fail a test that leaves a thread (a writer, a server) running after it returns."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    while True:
        leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not leaked or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    if leaked:
        names = ", ".join(t.name for t in leaked)
        pytest.fail(f"the test left threads running: {names}")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user data folder: every test gets its own."""
    data = tmp_path / "data"
    monkeypatch.setenv("BELONG_DATA_DIR", str(data))
    return data


@pytest.fixture
def subprocess_env(isolated_data_dir: Path) -> dict[str, str]:
    """Environment for running ``belong-desktop`` as a real subprocess."""
    env = dict(os.environ)
    env["BELONG_DATA_DIR"] = str(isolated_data_dir)
    env["PYTHONUNBUFFERED"] = "1"
    return env
