"""`session run --headless` driven line by line through stdin, as a remote control would."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from belong_desktop import paths

from .conftest import Cli, HeadlessFactory, rows

STEP_IDS = ["welcome", "amina", "jonas", "reflection", "letter", "closing"]


def test_a_whole_session_over_stdin(
    headless: HeadlessFactory, pack: Path, isolated_data_dir: Path
) -> None:
    run = headless("--pack", pack, "--group", "DAT1-A")

    created = run.expect("session_created")
    sid = created["session_id"]
    assert created["state"] == "created" and created["group"] == "DAT1-A"
    assert created["pack"] == "cli-pack" and created["language"] == "da"
    assert [s["id"] for s in created["steps"]] == STEP_IDS
    assert [s["index"] for s in created["steps"]] == list(range(6))
    assert created["total_minutes"] == 33.0

    started = run.expect("session_started")
    assert started["session_id"] == sid
    assert (started["step_index"], started["step_id"], started["kind"]) == (0, "welcome", "message")
    assert started["projector"] == "Velkommen" and started["minutes"] == 3.0

    changed = run.command("next", "step_changed")
    assert (changed["step_index"], changed["step_id"], changed["previous_index"]) == (1, "amina", 0)
    assert changed["direction"] == "next" and changed["kind"] == "video"
    assert changed["projector"] == "Video: amina"

    back = run.command("prev", "step_changed")
    assert (back["step_index"], back["direction"], back["previous_index"]) == (0, "prev", 1)
    error = run.command("prev", "error")
    assert error["command"] == "prev" and "first step" in error["message"]
    assert error["code"] == "first_step"

    run.command("next", "step_changed")
    status = run.command("status", "status")
    assert status["session_id"] == sid and status["state"] == "running"
    assert (status["step_index"], status["step_id"], status["kind"]) == (1, "amina", "video")
    assert (status["steps"], status["step_minutes"], status["notes"]) == (6, 1.0, 0)
    assert status["runs_over"] is False
    assert 0 <= status["elapsed_s"] < 60 and 0 <= status["step_elapsed_s"] < 60
    assert 28 <= status["projected_minutes"] <= 31

    note = run.command("note  the sound was too low ", "note_added")
    assert (note["text"], note["step_index"]) == ("the sound was too low", 1)
    empty = run.command("note", "error")
    assert (empty["code"], empty["message"]) == ("note_empty", "a note needs some text")
    too_long = run.command("note " + "x" * 2001, "error")
    assert too_long["code"] == "note_too_long" and "at most 2000 characters" in too_long["message"]
    assert len(too_long["command"]) == 200  # the refused line is echoed, cut short
    danish = run.command("note Lærredet blev sort – øv, én gang til", "note_added")
    assert danish["text"] == "Lærredet blev sort – øv, én gang til"

    unknown = run.command("dance wildly", "error")
    assert unknown["command"] == "dance wildly" and "unknown command 'dance'" in unknown["message"]
    assert unknown["code"] == "unknown_command"
    assert "next, prev" in run.command("help", "help")["message"]
    assert run.command("STATUS", "status")["notes"] == 2  # commands ignore case, still alive

    for index in range(2, 6):
        assert run.command("next", "step_changed")["step_index"] == index
    last = run.command("next", "error")
    assert last["code"] == "last_step" and "last step" in last["message"]

    run.send("end all went to plan")
    assert run.expect("note_added")["text"] == "all went to plan"
    ended = run.expect("session_ended")
    assert ended["step_index"] == 5 and ended["ended_early"] is False
    assert run.wait() == 0
    assert run.drain() == []
    assert run.stderr == []

    db_file = paths.database_file(isolated_data_dir)
    assert rows(db_file, "SELECT state, step_index, ended_early FROM sessions") == [("ended", 5, 0)]
    visits = rows(db_file, "SELECT step_index, entered_by FROM step_visits ORDER BY seq")
    assert visits == [(0, "start"), (1, "next"), (0, "prev"), (1, "next")] + [
        (i, "next") for i in range(2, 6)
    ]
    assert rows(db_file, "SELECT text, kind FROM notes ORDER BY seq") == [
        ("the sound was too low", "counsellor"),
        ("Lærredet blev sort – øv, én gang til", "counsellor"),
        ("all went to plan", "counsellor"),
    ]


def test_closing_stdin_detaches_and_the_same_command_resumes(
    headless: HeadlessFactory, cli: Cli, pack: Path, isolated_data_dir: Path
) -> None:
    first = headless("--pack", pack, "--group", "DAT1-A", "--language", "en")
    sid = first.expect("session_created")["session_id"]
    first.expect("session_started")
    first.command("next", "step_changed")
    first.command("next", "step_changed")
    first.close_stdin()
    detached = first.expect("detached")
    assert detached["session_id"] == sid and "still running" in detached["message"]
    assert first.wait() == 0

    (listed,) = cli("session", "list", "--json", "--unfinished").assert_ok().json_lines()
    assert (listed["session_id"], listed["state"], listed["step_index"]) == (sid, "running", 2)

    again = headless("--pack", pack, "--group", "DAT1-A", "--language", "en", script=True)
    note = again.expect("note_added")
    assert note["session_id"] == sid and note["step_index"] == 2
    assert "resumed" in note["text"]
    resumed = again.expect("session_resumed")
    assert (resumed["session_id"], resumed["step_index"], resumed["step_id"]) == (sid, 2, "jonas")
    assert resumed["projector"] == "Video: jonas"  # in the session's language
    assert again.command("status", "status")["notes"] == 1
    again.send("end")
    ended = again.expect("session_ended")
    assert ended["ended_early"] is True
    assert again.wait() == 0
    db_file = paths.database_file(isolated_data_dir)
    assert rows(db_file, "SELECT state, step_index, ended_early FROM sessions") == [("ended", 2, 1)]


def test_ctrl_c_while_waiting_detaches_cleanly(headless: HeadlessFactory, pack: Path) -> None:
    run = headless("--pack", pack, "--group", "DAT1-A")
    sid = run.expect("session_created")["session_id"]
    run.expect("session_started")
    run.command("next", "step_changed")
    run.command("status", "status")
    run.wait_reading_stdin()  # back to waiting for the next command
    os.kill(run.pid, signal.SIGINT)
    assert run.expect("detached")["session_id"] == sid
    assert run.wait() == 0
    assert "Traceback" not in "".join(run.stderr)


def test_ctrl_c_during_a_command_detaches_cleanly(
    headless: HeadlessFactory, pack: Path, isolated_data_dir: Path
) -> None:
    """Ctrl-C while commands are being carried out: no traceback, the session carries on."""
    run = headless("--pack", pack, "--group", "DAT1-A")
    sid = run.expect("session_created")["session_id"]
    run.expect("session_started")
    run.send_many(["next", "prev"] * 200)
    run.expect("step_changed")  # the stream is being worked through
    os.kill(run.pid, signal.SIGINT)
    rest = run.drain()
    code = run.wait()
    assert "Traceback" not in "".join(run.stderr), "".join(run.stderr)
    assert rest and rest[-1]["event"] == "detached"
    assert code == 0

    db_file = paths.database_file(isolated_data_dir)
    ((step,),) = rows(db_file, "SELECT step_index FROM sessions WHERE id = ?", sid)
    again = headless("--resume")
    again.expect("note_added")
    assert again.expect("session_resumed")["step_index"] == step
    again.close_stdin()
    again.expect("detached")
    assert again.wait() == 0
