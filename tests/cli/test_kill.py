"""kill -9 of a running `session run --headless`: nothing acknowledged is lost, it resumes.

Every JSON line the runner prints is printed after its change was committed, so any line
read before (or after) the kill is a promise the database must keep.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
from pathlib import Path
from typing import Any

import pytest

from belong_desktop import paths
from belong_desktop.core.session import NoteKind, SessionState
from belong_desktop.store import sessions_repo
from belong_desktop.store.db import open_database

from .conftest import Cli, Headless, HeadlessFactory, rows

STEP_IDS = ["welcome", "amina", "jonas", "reflection", "letter", "closing"]


def stored(db_file: Path, session_id: str) -> dict[str, Any]:
    """The session as the store gives it back, checked for internal consistency."""
    factory = open_database(db_file)
    try:
        with factory.read() as db:
            record = sessions_repo.get_record(db, session_id)
            assert record is not None
            visits, notes = sessions_repo.load_history(db, session_id)
    finally:
        factory.dispose()
    visit_seqs = rows(db_file, "SELECT seq FROM step_visits WHERE session_id = ?", session_id)
    note_seqs = rows(db_file, "SELECT seq FROM notes WHERE session_id = ?", session_id)
    assert sorted(s for (s,) in visit_seqs) == list(range(len(visits))), "visit seq has gaps"
    assert sorted(s for (s,) in note_seqs) == list(range(len(notes))), "note seq has gaps"

    assert visits, "a started session has at least one visit"
    assert (visits[0].step_index, visits[0].entered_by) == (0, "start")
    for before, after in itertools.pairwise(visits):
        assert before.left_at == after.entered_at, "a visit must end when the next begins"
        step = 1 if after.entered_by == "next" else -1
        assert after.entered_by in ("next", "prev")
        assert after.step_index == before.step_index + step
    assert all(v.step_id == STEP_IDS[v.step_index] for v in visits)
    if record.state is SessionState.RUNNING:
        assert [v.left_at is None for v in visits] == [False] * (len(visits) - 1) + [True]
    else:
        assert all(v.left_at is not None for v in visits)
    assert record.step_index == visits[-1].step_index
    return {"record": record, "visits": visits, "notes": notes}


def advance(run: Headless, commands: list[tuple[str, str]]) -> None:
    for line, event in commands:
        run.command(line, event)


def test_kill_9_loses_nothing_and_resumes_where_it_was(
    headless: HeadlessFactory, cli: Cli, pack: Path, isolated_data_dir: Path
) -> None:
    db_file = paths.database_file(isolated_data_dir)
    group = ["--pack", pack, "--group", "DAT1-A"]

    # 1. run, advance three steps with a note, kill -9 in the middle of the session
    run = headless(*group)
    sid = run.expect("session_created")["session_id"]
    run.expect("session_started")
    advance(
        run,
        [
            ("next", "step_changed"),
            ("next", "step_changed"),
            ("note the projector froze", "note_added"),
            ("next", "step_changed"),
        ],
    )
    run.kill9()

    (listed,) = cli("session", "list", "--json").assert_ok().json_lines()
    assert (listed["session_id"], listed["state"], listed["step_index"]) == (sid, "running", 3)
    log = stored(db_file, sid)
    assert [(v.step_index, v.entered_by) for v in log["visits"]] == [
        (0, "start"),
        (1, "next"),
        (2, "next"),
        (3, "next"),
    ]
    assert [(n.text, n.step_index) for n in log["notes"]] == [("the projector froze", 2)]

    # 2. the same command again resumes at the same step, with a system note
    run = headless(*group)
    note = run.expect("note_added")
    assert note["session_id"] == sid and "resumed" in note["text"]
    resumed = run.expect("session_resumed")
    assert (resumed["session_id"], resumed["step_index"], resumed["step_id"]) == (
        sid,
        3,
        "reflection",
    )
    assert run.command("status", "status")["notes"] == 2
    advance(run, [("prev", "step_changed"), ("note back to the videos", "note_added")])
    run.kill9()

    log = stored(db_file, sid)
    assert log["record"].step_index == 2
    assert [n.kind for n in log["notes"]] == [
        NoteKind.COUNSELLOR,
        NoteKind.SYSTEM,
        NoteKind.COUNSELLOR,
    ]

    # 3. --resume (the latest unfinished session), through the console script
    run = headless("--resume", script=True)
    run.expect("note_added")
    assert run.expect("session_resumed")["step_index"] == 2
    advance(run, [("next", "step_changed"), ("next", "step_changed")])
    run.kill9()

    # 4. --resume with the id; then finish normally
    run = headless("--resume", sid)
    run.expect("note_added")
    assert run.expect("session_resumed")["step_index"] == 4
    advance(run, [("next", "step_changed")])
    run.send("end")
    assert run.expect("session_ended")["ended_early"] is False
    assert run.wait() == 0
    assert run.stderr == []

    log = stored(db_file, sid)
    assert log["record"].state is SessionState.ENDED
    assert [(v.step_index, v.entered_by) for v in log["visits"]] == [
        (0, "start"),
        (1, "next"),
        (2, "next"),
        (3, "next"),
        (2, "prev"),
        (3, "next"),
        (4, "next"),
        (5, "next"),
    ]
    assert [n.text for n in log["notes"]] == [
        "the projector froze",
        "resumed after the app was restarted",
        "back to the videos",
        "resumed after the app was restarted",
        "resumed after the app was restarted",
    ]
    assert rows(db_file, "SELECT count(*) FROM sessions") == [(1,)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_9_at_a_random_moment_of_a_command_stream(
    headless: HeadlessFactory, pack: Path, isolated_data_dir: Path, seed: int
) -> None:
    rng = random.Random(seed)
    db_file = paths.database_file(isolated_data_dir)
    run = headless("--pack", pack, "--group", "DAT1-A")
    sid = run.expect("session_created")["session_id"]
    run.expect("session_started")

    commands = [
        rng.choice(["next", "next", "prev", f"note random note {n}", "status", "bogus"])
        for n in range(400)
    ]
    run.send_many(commands)
    # Killed once a random number of answers came back: mid-stream however fast the machine.
    answered = [run.next_event() for _ in range(rng.randint(5, 100))]
    run.kill9()
    acknowledged = [e for e in answered if e is not None] + run.drain()  # all before the kill
    moves = sum(1 for e in acknowledged if e["event"] == "step_changed")
    notes = sum(1 for e in acknowledged if e["event"] == "note_added")
    assert len(acknowledged) < len(commands), "the kill came after the stream: no test"
    print(f"seed {seed}: {len(acknowledged)} of {len(commands)} commands answered")

    log = stored(db_file, sid)
    extra_moves = len(log["visits"]) - 1 - moves
    extra_notes = len(log["notes"]) - notes
    # all acknowledged changes are there; at most one more was committed before its line
    assert extra_moves >= 0 and extra_notes >= 0
    assert extra_moves + extra_notes <= 1
    last_move = next((e for e in reversed(acknowledged) if e["event"] == "step_changed"), None)
    if last_move is not None and extra_moves == 0:
        assert log["record"].step_index == last_move["step_index"]

    run = headless("--resume")
    run.expect("note_added")
    resumed = run.expect("session_resumed")
    assert resumed["session_id"] == sid
    assert resumed["step_index"] == log["record"].step_index
    run.send("end")
    run.expect("session_ended")
    assert run.wait() == 0

    final = stored(db_file, sid)
    assert final["record"].state is SessionState.ENDED
    closed = dataclasses.replace(log["visits"][-1], left_at=final["record"].ended_at)
    assert final["visits"] == [*log["visits"][:-1], closed]
    assert final["notes"][: len(log["notes"])] == log["notes"]
    assert final["notes"][-1].kind is NoteKind.SYSTEM
