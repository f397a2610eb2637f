"""`session list` and the refusals of `session run`, as a user runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

from belong_desktop import paths
from belong_desktop.services.runtime import open_runtime
from belong_desktop.store.db import open_database

from .conftest import Cli, rows


def _store_sessions(data_dir: Path, pack: Path) -> dict[str, str]:
    """Three sessions in the data folder's database: created, running (at step 2), ended."""
    database = paths.database_file(data_dir)
    with open_runtime(database, [pack.parent]) as rt:
        the_pack = rt.catalog.resolve(str(pack))
        created = rt.sessions.create(the_pack, "HOLD-A", "da")
        running = rt.sessions.create(the_pack, "HOLD-B", "en")
        rt.sessions.start(running)
        rt.sessions.next(running)
        rt.sessions.next(running)
        ended = rt.sessions.create(the_pack, "HOLD-C", "da")
        rt.sessions.start(ended)
        rt.sessions.end(ended)
    return {"created": created, "running": running, "ended": ended}


def test_session_list_empty(cli: Cli, isolated_data_dir: Path) -> None:
    assert cli("session", "list").assert_ok().stdout == "No sessions yet.\n"
    assert paths.database_file(isolated_data_dir).is_file()  # $BELONG_DATA_DIR was used


def test_session_list_after_sessions(cli: Cli, pack: Path, isolated_data_dir: Path) -> None:
    ids = _store_sessions(isolated_data_dir, pack)
    text, as_json, unfinished = cli.many(
        ["session", "list"],
        ["session", "list", "--json"],
        ["session", "list", "--json", "--unfinished"],
    )
    lines = text.assert_ok().stdout.splitlines()
    assert lines[0].split() == ["ID", "STATE", "GROUP", "PACK", "CREATED", "STARTED", "ENDED"]
    assert [line.split()[:4] for line in lines[1:]] == [
        [ids["ended"], "ended", "HOLD-C", "cli-pack"],
        [ids["running"], "running", "HOLD-B", "cli-pack"],
        [ids["created"], "created", "HOLD-A", "cli-pack"],
    ]
    created_line = lines[3]
    assert created_line.rstrip().endswith("-")  # neither started nor ended

    rows = as_json.assert_ok().json_lines()
    assert [r["session_id"] for r in rows] == [ids["ended"], ids["running"], ids["created"]]
    by_state = {r["state"]: r for r in rows}
    assert by_state["running"] | {"created_at": None, "started_at": None} == {
        "session_id": ids["running"],
        "state": "running",
        "group": "HOLD-B",
        "pack": "cli-pack",
        "pack_version": "0.1.0",
        "language": "en",
        "arm_source": "counsellor",
        "trial": None,
        "step_index": 2,
        "created_at": None,
        "started_at": None,
        "ended_at": None,
        "exported_at": None,
        "texts_deleted_at": None,
    }
    assert by_state["ended"]["ended_at"] is not None
    assert by_state["created"]["started_at"] is None and by_state["created"]["step_index"] is None
    for row in rows:
        assert row["created_at"].endswith("+00:00")

    assert [r["session_id"] for r in unfinished.assert_ok().json_lines()] == [
        ids["running"],
        ids["created"],
    ]


def test_session_run_refusals(cli: Cli, pack: Path, isolated_data_dir: Path) -> None:
    """Every refusal is one line on stderr, exit code 1, and nothing is stored."""
    db_file = paths.database_file(isolated_data_dir)
    # migrate first: seven processes starting at once on a new file race to create the
    # schema (see the report on concurrent first starts)
    open_database(db_file).dispose()
    results = cli.many(
        ["session", "run", "--headless"],
        ["session", "run", "--headless", "--pack", pack],
        ["session", "run", "--headless", "--resume"],
        ["session", "run", "--headless", "--resume", "no-such-id"],
        ["session", "run", "--headless", "--pack", "no-such-pack", "--group", "G1"],
        ["session", "run", "--headless", "--pack", pack, "--group", "bad/code"],
        ["session", "run", "--headless", "--pack", pack, "--group", "G1", "--language", "de"],
    )
    results[0].assert_clean_error("give --group (and --pack when no trial kit is imported)")
    results[1].assert_clean_error("give --group (and --pack when no trial kit is imported)")
    results[2].assert_clean_error("no unfinished session to resume")
    results[3].assert_clean_error("no session with id 'no-such-id'")
    results[4].assert_clean_error("no content pack 'no-such-pack'")
    results[5].assert_clean_error("group code 'bad/code'")
    results[6].assert_clean_error("no language 'de'")
    for result in results:
        assert result.stdout == ""
    assert rows(db_file, "SELECT count(*) FROM sessions") == [(0,)]


def test_resume_latest_and_an_ended_session(cli: Cli, pack: Path, isolated_data_dir: Path) -> None:
    ids = _store_sessions(isolated_data_dir, pack)
    ended = cli.start(
        "session", "run", "--headless", "--no-classroom", "--resume", ids["ended"], input="next\n"
    )
    latest = cli.start(
        "session", "run", "--headless", "--no-classroom", "--resume", input="status\n"
    )
    cli.finish(*ended).assert_clean_error(f"session {ids['ended']} is ended; it cannot run again")

    events = cli.finish(*latest).assert_ok().json_lines()
    assert [e["event"] for e in events] == ["note_added", "session_resumed", "status", "detached"]
    assert {e["session_id"] for e in events} == {ids["running"]}  # the newest unfinished
    assert events[1]["step_index"] == 2


def test_a_changed_pack_stops_a_resume_with_a_clear_error(
    cli: Cli, pack: Path, isolated_data_dir: Path
) -> None:
    """The stored session names pack 0.1.0; the folder now holds 0.2.0 (or nothing)."""
    ids = _store_sessions(isolated_data_dir, pack)
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('version = "0.1.0"', 'version = "0.2.0"'), encoding="utf-8")
    changed = cli("session", "run", "--headless", "--resume", ids["running"], input="next\n")
    changed.assert_clean_error(ids["running"], "cli-pack 0.1.0", "cli-pack 0.2.0")
    # The same group with the new version starts afresh instead of being stuck on the old one.
    fresh = cli("session", "run", "--headless", "--pack", pack, "--group", "HOLD-B", input="end\n")
    events = fresh.assert_ok().json_lines()
    assert events[0]["event"] == "session_created"
    assert events[0]["session_id"] != ids["running"] and events[0]["pack_version"] == "0.2.0"

    shutil.rmtree(pack)
    gone = cli("session", "run", "--headless", "--resume", ids["running"], input="next\n")
    assert gone.returncode == 1 and gone.stdout == ""
    assert "Traceback" not in gone.stderr
    first = gone.stderr.splitlines()[0]
    assert first.startswith(f"belong-desktop: session {ids['running']} was run with pack")
    assert "cannot be loaded any more" in first
    db_file = paths.database_file(isolated_data_dir)
    assert rows(db_file, "SELECT step_index FROM sessions WHERE id = ?", ids["running"]) == [(2,)]


def test_session_end_closes_unfinished_sessions_and_refuses_ended_ones(
    cli: Cli, pack: Path, isolated_data_dir: Path
) -> None:
    ids = _store_sessions(isolated_data_dir, pack)
    running = cli("session", "end", ids["running"], "--note", "strømsvigt").assert_ok()
    assert running.json_lines()[0]["state"] == "ended"
    created = cli("session", "end", ids["created"]).assert_ok()
    assert created.json_lines()[0]["state"] == "ended"
    cli("session", "end", ids["ended"]).assert_clean_error("already ended")
    cli("session", "end", "no-such-id").assert_clean_error("no session with id")
    db_file = paths.database_file(isolated_data_dir)
    ((text,),) = rows(
        db_file,
        "SELECT text FROM notes WHERE session_id = ? ORDER BY seq DESC LIMIT 1",
        ids["running"],
    )
    assert text == "strømsvigt"


def test_session_end_works_when_the_pack_is_gone(
    cli: Cli, pack: Path, isolated_data_dir: Path
) -> None:
    """The way out for a session stuck on a pack that changed or was deleted."""
    ids = _store_sessions(isolated_data_dir, pack)
    shutil.rmtree(pack)
    done = cli("session", "end", ids["running"], "--note", "pakken blev slettet").assert_ok()
    assert done.json_lines()[0]["state"] == "ended"
    db_file = paths.database_file(isolated_data_dir)
    ((ended_early, step),) = rows(
        db_file, "SELECT ended_early, step_index FROM sessions WHERE id = ?", ids["running"]
    )
    assert ended_early == 1 and step == 2
    visits = rows(
        db_file,
        "SELECT left_at FROM step_visits WHERE session_id = ? ORDER BY seq",
        ids["running"],
    )
    assert all(left_at is not None for (left_at,) in visits)
    ((kind, text),) = rows(
        db_file,
        "SELECT kind, text FROM notes WHERE session_id = ? ORDER BY seq DESC LIMIT 1",
        ids["running"],
    )
    assert kind == "system"
    assert text.startswith("ended without its pack") and "pakken blev slettet" in text
