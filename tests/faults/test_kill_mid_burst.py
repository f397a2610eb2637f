"""``kill -9`` of the app in the middle of a burst of 300 devices sending, then restart.

The app is the real headless runner (a subprocess serving the student page on
loopback); the devices are ``benchmarks/_load_client.py`` (a process of its own, raw
HTTP/1.1 with keep-alive connections and an event stream per device, as browsers do).
Each device sends its letter three times (revisions 1–3, the next once the last was
acknowledged) and repeats a request that got no answer with the same revision, with the
page's backoff. When half the letters are in, the app is killed with SIGKILL and started
again with ``--resume``: it comes back on the same port with the same code, so the
devices carry on by themselves. Afterwards SQLite is read directly: every device's last
acknowledged revision is stored, with its text, exactly once.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from belong_desktop import paths
from benchmarks._load_client import letter_text
from tests.cli.conftest import Headless, HeadlessFactory

CLIENT = Path(__file__).resolve().parents[2] / "benchmarks" / "_load_client.py"
REVISIONS = 3
TEXT_LENGTH = 600


def _to_letter(run: Headless) -> None:
    while run.command("next", "step_changed")["step_id"] != "letter":
        pass


def _until(run: Headless, name: str) -> dict[str, Any]:
    """The next ``name`` line, past the letters still being printed."""
    while (event := run.next_event()) is not None:
        if event["event"] == name:
            return event
    raise AssertionError(f"the runner ended before {name!r}: {''.join(run.stderr)}")


def _wait_for_letters(run: Headless, count: int) -> int:
    """Read the runner's lines until ``count`` letters were stored; returns how many."""
    stored = 0
    while stored < count:
        event = run.next_event()
        assert event is not None, f"the runner stopped: {''.join(run.stderr)}"
        stored += event["event"] == "answer_submitted"
    return stored


@pytest.mark.parametrize("devices", [300])
def test_kill_9_in_a_burst_then_resume_keeps_every_acknowledged_letter_once(
    headless: HeadlessFactory, isolated_data_dir: Path, devices: int
) -> None:
    # A free port of its own: other runs on this machine use the usual 8470 and up, and
    # one of them could take it while this app is down. The session remembers the port.
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run = headless("--pack", "belonging", "--group", "DAT1-A", "--port", str(port), classroom=True)
    run.expect("session_created")
    sid = run.expect("session_started")["session_id"]
    opened = run.expect("classroom_open")
    _to_letter(run)

    client = subprocess.Popen(
        [
            sys.executable,
            str(CLIENT),
            f"--url={opened['addresses'][0]}",
            f"--code={opened['code']}",
            f"--devices={devices}",
            "--join-window=2",
            "--mode=burst",
            f"--revisions={REVISIONS}",
            f"--text-length={TEXT_LENGTH}",
            "--hold=30",
            "--streams=2",  # every stream must come back after the kill
            "--give-up=90",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        before = _wait_for_letters(run, devices * REVISIONS // 2)
        run.kill9()  # in the middle: the rest of the letters are still to come

        again = headless("--resume", classroom=True)
        again.expect("note_added")  # "resumed after the app was restarted"
        assert again.expect("session_resumed")["step_id"] == "letter"
        reopened = again.expect("classroom_open")
        assert (reopened["port"], reopened["code"]) == (opened["port"], opened["code"])
        out, err = client.communicate(timeout=180)
    finally:
        if client.poll() is None:
            client.kill()
            client.communicate()
    assert client.returncode == 0, err
    report: dict[str, Any] = json.loads(out)
    results = report["devices_out"]

    assert before < devices * REVISIONS  # it was killed with letters still to come
    assert [d["error"] for d in results if d["error"] or d["refused"]] == []
    assert all(d["acked_revision"] == REVISIONS for d in results), "a device gave up"
    retried = sum(d["attempts"] for d in results) - devices * REVISIONS
    assert retried > 0  # requests failed at the kill and were sent again
    # The devices reconnected by themselves: every stream opened again after the kill.
    assert all(d["sse_connects"] >= 2 for d in results), report["errors"]

    again.send("end")
    _until(again, "session_ended")
    _until(again, "classroom_closed")
    assert again.wait() == 0

    database = paths.database_file(isolated_data_dir)
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        rows = db.execute(
            "SELECT participant_id, status, revision, text FROM answers WHERE step_id = 'letter'"
        ).fetchall()
        participants = db.execute(
            "SELECT count(*) FROM participants p JOIN classrooms c USING (session_id)"
            " WHERE c.session_id = ?",
            (sid,),
        ).fetchone()[0]
    assert participants == devices  # no device joined twice
    assert len(rows) == len({r[0] for r in rows}) == devices  # one letter each, none twice
    stored = {pid: (status, revision, text) for pid, status, revision, text in rows}
    expected = {
        d["participant_id"]: (
            "submitted",
            REVISIONS,
            letter_text(d["index"], TEXT_LENGTH, REVISIONS),
        )
        for d in results
    }
    assert stored == expected  # the last acknowledged revision of each, with its text
