"""The headless runner serves the student page: join info as JSON, counts, and kill -9.

A real ``session run --headless`` process with the classroom on loopback, a real HTTP
device (httpx), and ``kill -9`` in the middle: the acknowledged answer survives, the
session comes back on the same port with the same code, and the device's token still
works, so devices in the room carry on by themselves.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from belong_desktop import logs, paths

from .conftest import Cli, HeadlessFactory, rows


def test_join_answer_kill_9_and_the_device_carries_on(
    headless: HeadlessFactory, pack: Path, isolated_data_dir: Path
) -> None:
    db_file = paths.database_file(isolated_data_dir)
    group = ["--pack", pack, "--group", "DAT1-A"]
    run = headless(*group, classroom=True)
    sid = run.expect("session_created")["session_id"]
    run.expect("session_started")
    opened = run.expect("classroom_open")
    assert opened["session_id"] == sid and opened["bind"] == "127.0.0.1"
    assert len(opened["code"]) == 6 and opened["code"].isdigit()
    (address,) = opened["addresses"]
    (link,) = opened["links"]
    assert link.startswith(address + "/j/")

    with httpx.Client(base_url=address, timeout=10) as device:
        joined = device.post("/api/join", json={"code": opened["code"]})
        assert joined.status_code == 200, joined.text
        token = joined.json()["token"]
        device.headers["X-Belong-Token"] = token
        assert run.command("counts", "counts")["devices"] == 0  # pending: no page yet
        assert device.get("/api/state").status_code == 200  # the page loads: now it counts
        assert run.expect("participant_joined")["participants"] == 1
        counts = run.command("counts", "counts")
        assert counts["devices"] == 1

        for _ in range(3):
            run.command("next", "step_changed")
        sent = device.put(
            "/api/answers/reflection", json={"revision": 1, "text": "Før kill", "submit": True}
        )
        assert sent.status_code == 200 and sent.json()["answer"]["status"] == "submitted"
        assert run.expect("answer_submitted")["step_id"] == "reflection"
        run.kill9()

        again = headless(*group, classroom=True)
        again.expect("note_added")
        assert again.expect("session_resumed")["step_id"] == "reflection"
        reopened = again.expect("classroom_open")
        assert (reopened["code"], reopened["port"], reopened["links"]) == (
            opened["code"],
            opened["port"],
            opened["links"],
        )

        state = device.get("/api/state")
        assert state.status_code == 200, state.text
        body = state.json()
        assert body["step"]["id"] == "reflection"
        assert [(a["step_id"], a["status"], a["text"]) for a in body["answers"]] == [
            ("reflection", "submitted", "Før kill")
        ]
        edit = device.put("/api/answers/reflection", json={"revision": 2, "text": "Efter kill"})
        assert edit.json()["answer"]["draft"] == "Efter kill"
        again.command("reset-devices", "devices_reset")
        assert again.command("counts", "counts")["devices"] == 0
        again.send("end")
        again.expect("session_ended")

    assert rows(db_file, "SELECT count(*) FROM participants") == [(1,)]
    assert rows(db_file, "SELECT status, text, draft FROM answers") == [
        ("submitted", "Før kill", "Efter kill")
    ]


def test_a_busy_port_is_a_clear_error(headless: HeadlessFactory, pack: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = headless("--pack", pack, "--group", "DAT1-A", "--port", str(port), classroom=True)
        run.expect("session_created")
        run.expect("session_started")
        assert run.wait() == 1
        assert f"cannot serve the student page: cannot listen on 127.0.0.1:{port}" in "".join(
            run.stderr
        )


def test_bad_network_options_are_refused_before_a_session_exists(
    cli: Cli, pack: Path, isolated_data_dir: Path
) -> None:
    for option, value, message in (
        ("--port", "70000", "--port must be 1–65535, not 70000"),
        ("--port", "0", "--port must be 1–65535, not 0"),
        ("--bind", "999.1.1.1", "--bind must be an IPv4 address"),
        ("--bind", "laptop.local", "--bind must be an IPv4 address"),
    ):
        result = cli("session", "run", "--headless", "--pack", pack, "--group", "G1", option, value)
        result.assert_clean_error(message)
    assert not paths.database_file(isolated_data_dir).exists() or rows(
        paths.database_file(isolated_data_dir), "SELECT count(*) FROM sessions"
    ) == [(0,)]


def test_the_log_holds_events_but_nothing_anyone_typed(
    headless: HeadlessFactory, pack: Path
) -> None:
    """A whole run with a note, refused commands and a student's answer: the log file
    says what happened (event names, ids, codes) and holds none of the words."""
    words = {
        "note": "Lærredet frøs NOTE-5521",
        "refused": "danse-9910",
        "too long": "LANG-7730" * 300,
        "answer": "Jeg var bange for at stå alene SVAR-4412",
        "ending": "vi sluttede før tid SLUT-6630",
    }
    run = headless("--pack", pack, "--group", "DAT1-A", classroom=True)
    sid = run.expect("session_created")["session_id"]
    run.expect("session_started")
    opened = run.expect("classroom_open")
    run.command("note " + words["note"], "note_added")
    assert run.command(words["refused"], "error")["code"] == "unknown_command"
    assert run.command("note " + words["too long"], "error")["code"] == "note_too_long"
    for _ in range(3):
        run.command("next", "step_changed")
    with httpx.Client(base_url=opened["addresses"][0], timeout=10) as device:
        joined = device.post("/api/join", json={"code": opened["code"]})
        device.headers["X-Belong-Token"] = joined.json()["token"]
        device.get("/api/state")  # the page loads: the join counts
        run.expect("participant_joined")
        sent = device.put(
            "/api/answers/reflection",
            json={"revision": 1, "text": words["answer"], "submit": True},
        )
        assert sent.status_code == 200, sent.text
        run.expect("answer_submitted")
    run.send("end " + words["ending"])
    run.expect("note_added")
    run.expect("session_ended")
    assert run.wait() == 0

    text = (paths.log_dir() / logs.LOG_FILE).read_text(encoding="utf-8")
    assert f"note_added session={sid}" in text and f"session_ended session={sid}" in text
    assert f"session={sid} command refused: unknown_command" in text
    assert "command refused: note_too_long" in text
    for name, typed in words.items():
        assert typed[:12] not in text, f"the {name} reached the log"
    assert opened["code"] not in text and "DAT1-A" not in text


def test_the_closed_line_says_which_pages_keep_their_text() -> None:
    from belong_desktop.cli.headless import closed_line
    from belong_desktop.services.classroom import PagesLetGo

    calm = closed_line("s1", PagesLetGo(pages=28))
    assert calm == {
        "event": "classroom_closed",
        "session_id": "s1",
        "pages": 28,
        "untold": 0,
        "unsynced": 0,
    }
    troubled = closed_line("s1", PagesLetGo(pages=28, untold=2, unsynced=1))
    assert (troubled["untold"], troubled["unsynced"]) == (2, 1)
    assert troubled["message"].startswith("2 open pages could not be told")
    assert "1 pages could not send all their text in time" in troubled["message"]
    assert closed_line("s1", None)["pages"] == 0  # nothing was served


def test_the_device_cap_set_on_the_command_line_fills_the_room_and_says_so(
    cli: Cli, headless: HeadlessFactory, pack: Path
) -> None:
    """`settings max-devices 10`: the next session served takes ten devices; the eleventh
    is refused with a sentence, and the runner tells the counsellor which command helps."""
    cli("settings", "max-devices", "10").assert_ok()
    run = headless("--pack", pack, "--group", "AUD-1", classroom=True)
    run.expect("session_created")
    run.expect("session_started")
    opened = run.expect("classroom_open")
    for n in range(11):
        transport = httpx.HTTPTransport(local_address=f"127.0.0.{2 + n}")
        with httpx.Client(base_url=opened["addresses"][0], transport=transport) as device:
            joined = device.post("/api/join", json={"code": opened["code"]})
            if n < 10:
                token = joined.json()["token"]
                assert device.get("/api/state", headers={"X-Belong-Token": token}).is_success
                continue
            assert joined.status_code == 409 and joined.json()["code"] == "full"
    assert [run.expect("participant_joined")["participants"] for _ in range(10)] == list(
        range(1, 11)
    )
    warning = run.expect("room_warning")
    assert warning["alert"] == "full" and "settings max-devices" in warning["message"]
    assert run.command("counts", "counts")["devices"] == 10
    run.send("end")
    run.expect("session_ended")
