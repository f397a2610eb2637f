"""Texts are deleted after the retention setting's days, once, when the app starts, and
the counsellor is told; sessions not yet due keep theirs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from belong_desktop.services.runtime import Runtime, open_runtime
from tests.class_factory import run_class

from .conftest import close_windows, open_windows
from .kit_helpers import SHIPPED

PROBE = Path(__file__).with_name("retention_probe.py")


class Clock:
    """Starts ``days_ago`` days before now and moves a second per reading."""

    def __init__(self, days_ago: float) -> None:
        self.now = datetime.now(UTC) - timedelta(days=days_ago)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def exported_sessions(rt: Runtime, clock: Clock, recipient: str, out: Path) -> tuple[str, str]:
    """Two exported sessions: one 40 days ago, one 10 days ago; retention 30 days."""
    old = run_class(rt, group="DAT1-A")
    rt.exports.export(old, out, recipient, skip_review=True)
    clock.now += timedelta(days=30)
    recent = run_class(rt, group="DAT1-B")
    rt.exports.export(recent, out, recipient, skip_review=True)
    rt.exports.set_retention_days(30)
    return old, recent


def test_the_window_applies_retention_off_the_gui_thread_and_says_so(
    qtbot: QtBot, tmp_path: Path, keys: tuple[Path, str]
) -> None:
    clock = Clock(days_ago=40)
    database = tmp_path / "data" / "belong.sqlite3"
    with open_runtime(database, [SHIPPED], clock=clock) as rt:
        old, recent = exported_sessions(rt, clock, keys[1], tmp_path / "out")
        clock.now = datetime.now(UTC)
        w = open_windows(rt)
        try:
            w.window.apply_retention()
            qtbot.waitUntil(lambda: rt.sessions.record(old).texts_deleted_at is not None)
            qtbot.waitUntil(lambda: "slettet" in w.window.statusBar().currentMessage())
            assert "fra 1 eksporterede sessioner" in w.window.statusBar().currentMessage()
            assert rt.sessions.record(recent).texts_deleted_at is None
            assert len(rt.exports.receipts(old)) == 1  # the receipt stays
            qtbot.waitUntil(
                lambda: (
                    "tekster slettet"
                    in w.window.start_view.past_sessions.status(rt.sessions.record(old))
                )
            )
        finally:
            close_windows(w)


def test_the_app_deletes_due_texts_when_it_starts(tmp_path: Path, keys: tuple[Path, str]) -> None:
    clock = Clock(days_ago=40)
    database = tmp_path / "data" / "belong.sqlite3"
    with open_runtime(database, [SHIPPED], clock=clock) as rt:
        old, recent = exported_sessions(rt, clock, keys[1], tmp_path / "out")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BELONG_VIDEO_BACKEND="qt")
    done = subprocess.run(
        [sys.executable, str(PROBE), str(database), str(SHIPPED)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["said"] and "slettet fra 1 eksporterede sessioner" in report["said"][0]
    with open_runtime(database, [SHIPPED]) as rt:
        assert rt.sessions.record(old).texts_deleted_at is not None
        assert rt.sessions.record(recent).texts_deleted_at is None
