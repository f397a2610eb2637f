"""classroom_repo on a real SQLite file: classrooms, participants and answers, and what the
schema refuses.

Every function is called directly with the sessions (or the Core connection) the services
hand it, and what is on disk is read back with plain ``sqlite3``: one answer row per
participant and step whatever the number of saves, a draft closed rather than dropped,
and the unique and foreign keys that keep a second link token, a second token digest or a
participant of no session out of the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from belong_desktop.core.classroom import Answer, ResponseStatus
from belong_desktop.core.packs import Pack, StepKind
from belong_desktop.core.records import ClassroomRecord, ParticipantRecord, TrialPlacement
from belong_desktop.core.session import SessionFlow
from belong_desktop.store import classroom_repo as repo
from belong_desktop.store import sessions_repo
from belong_desktop.store.db import Database

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def rows(db_path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def add_session(database: sessionmaker[Session], pack: Pack, session_id: str) -> SessionFlow:
    flow = SessionFlow(session_id, pack)
    with database.begin() as db:
        sessions_repo.insert_session(
            db, flow, group_code="DAT1-A", language="da", placement=TrialPlacement(), created_at=T0
        )
    return flow


def room(session_id: str, code: str = "482913", link: str | None = None) -> ClassroomRecord:
    return ClassroomRecord(
        session_id=session_id,
        join_code=code,
        link_token=link or f"link-{session_id}",
        port=None,
        bind_host=None,
        device_epoch=0,
        opened_at=at(1),
    )


def add_room(database: sessionmaker[Session], record: ClassroomRecord) -> None:
    with database.begin() as db:
        repo.insert_classroom(db, record)


def add_participant(
    database: sessionmaker[Session], pid: str, session_id: str, epoch: int = 0
) -> None:
    with database.begin() as db:
        repo.insert_participant(
            db, ParticipantRecord(pid, session_id, epoch, at(2)), f"digest-{pid}"
        )


def answer(pid: str, step_id: str, step_index: int, **changes: Any) -> Answer:
    values: dict[str, Any] = {
        "participant_id": pid,
        "step_id": step_id,
        "step_index": step_index,
        "kind": StepKind.REFLECTION,
        "status": ResponseStatus.DRAFT,
        "revision": 1,
        "created_at": at(3),
        "updated_at": at(3),
        "draft": f"draft of {pid}",
    }
    return Answer(**(values | changes))


@pytest.fixture
def s1(database: sessionmaker[Session], pack: Pack) -> str:
    """A session with a classroom and two participants (epoch 0)."""
    add_session(database, pack, "s-1")
    add_room(database, room("s-1"))
    add_participant(database, "p-1", "s-1")
    add_participant(database, "p-2", "s-1")
    return "s-1"


# -- classrooms ----------------------------------------------------------------------


def test_insert_and_get_a_classroom(database: sessionmaker[Session], pack: Pack) -> None:
    add_session(database, pack, "s-1")
    record = room("s-1")
    add_room(database, record)
    with database() as db:
        assert repo.get_classroom(db, "s-1") == record
        assert repo.get_classroom(db, "no-such-session") is None


def test_a_second_classroom_for_a_session_is_refused(
    database: sessionmaker[Session], pack: Pack
) -> None:
    add_session(database, pack, "s-1")
    add_room(database, room("s-1"))
    with pytest.raises(IntegrityError):
        add_room(database, room("s-1", code="111111", link="another-link"))


def test_a_link_token_is_unique_but_a_join_code_may_come_back(
    database: sessionmaker[Session], pack: Pack, db_path: Path
) -> None:
    """Codes are six digits and reused once a session is over (``codes_in_use`` keeps
    running sessions apart); a link token must never open two sessions."""
    for sid in ("s-1", "s-2", "s-3"):
        add_session(database, pack, sid)
    add_room(database, room("s-1", code="482913", link="the-link"))
    add_room(database, room("s-2", code="482913", link="other-link"))
    with pytest.raises(IntegrityError):
        add_room(database, room("s-3", code="000001", link="the-link"))
    assert rows(db_path, "SELECT session_id FROM classrooms ORDER BY 1") == [("s-1",), ("s-2",)]


def test_a_classroom_of_an_unknown_session_is_refused(
    database: sessionmaker[Session], db_path: Path
) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        add_room(database, room("no-such-session"))
    assert rows(db_path, "SELECT COUNT(*) FROM classrooms") == [(0,)]


def test_set_address_remembers_port_and_interface(database: sessionmaker[Session], s1: str) -> None:
    with database.begin() as db:
        repo.set_address(db, s1, 8471, "192.168.1.20")
    with database() as db:
        got = repo.get_classroom(db, s1)
    assert got is not None and (got.port, got.bind_host) == (8471, "192.168.1.20")
    with database.begin() as db:
        repo.set_address(db, s1, 8472, None)  # every interface
        repo.set_address(db, "no-such-session", 9000, None)  # changes nothing, raises nothing
    with database() as db:
        got = repo.get_classroom(db, s1)
        assert repo.get_classroom(db, "no-such-session") is None
    assert got is not None and (got.port, got.bind_host) == (8472, None)


def test_bump_epoch_counts_up_and_refuses_an_unknown_session(
    database: sessionmaker[Session], s1: str, db_path: Path
) -> None:
    with database.begin() as db:
        assert repo.bump_epoch(db, s1) == 1
        assert repo.bump_epoch(db, s1) == 2
    assert rows(db_path, "SELECT device_epoch FROM classrooms") == [(2,)]
    with database.begin() as db, pytest.raises(KeyError):
        repo.bump_epoch(db, "no-such-session")


def test_codes_in_use_are_those_of_sessions_in_the_given_states(
    database: sessionmaker[Session], pack: Pack
) -> None:
    created = add_session(database, pack, "created")
    running = add_session(database, pack, "running")
    ended = add_session(database, pack, "ended")
    add_session(database, pack, "no-room")  # running, never opened to devices
    running.start(at(1))
    ended.start(at(1))
    ended.end(at(2))
    with database.begin() as db:
        for flow in (running, ended):
            sessions_repo.save_flow(db, flow)
        sessions_repo.save_flow(db, SessionFlow("no-room", pack))
    for flow, code in ((created, "100000"), (running, "200000"), (ended, "300000")):
        add_room(database, room(flow.session_id, code=code))
    with database() as db:
        assert repo.codes_in_use(db, ["running"]) == {"200000"}
        assert repo.codes_in_use(db, ["created", "running"]) == {"100000", "200000"}
        assert repo.codes_in_use(db, ["ended", "exported"]) == {"300000"}
        assert repo.codes_in_use(db, []) == set()


def test_find_by_link(database: sessionmaker[Session], s1: str) -> None:
    with database() as db:
        assert repo.find_by_link(db, f"link-{s1}") == s1
        assert repo.find_by_link(db, "link-s-") is None  # exact, not a prefix
        assert repo.find_by_link(db, "' OR 1=1 --") is None
        assert repo.find_by_link(db, "") is None


# -- participants --------------------------------------------------------------------


def test_count_participants_by_session_and_epoch(
    database: sessionmaker[Session], pack: Pack, s1: str
) -> None:
    add_participant(database, "p-3", s1, epoch=1)
    add_session(database, pack, "s-2")
    add_participant(database, "q-1", "s-2")
    with database() as db:
        assert repo.count_participants(db, s1) == 3
        assert repo.count_participants(db, s1, 0) == 2
        assert repo.count_participants(db, s1, 1) == 1
        assert repo.count_participants(db, s1, 2) == 0
        assert repo.count_participants(db, "s-2") == 1
        assert repo.count_participants(db, "no-such-session") == 0


def test_a_participant_is_found_by_its_token_digest(
    opened: Database, database: sessionmaker[Session], pack: Pack
) -> None:
    add_session(database, pack, "s-1")
    record = ParticipantRecord("p-1", "s-1", 3, at(2))
    # The join path writes through a Core connection, as the service does.
    with opened.engine.begin() as connection:
        repo.insert_participant(connection, record, "ab" * 32)
    with database() as db:
        assert repo.participant_by_digest(db, "ab" * 32) == record
        assert repo.participant_by_digest(db, "cd" * 32) is None
        assert repo.participant_by_digest(db, "") is None


def test_a_second_participant_with_the_same_digest_or_id_is_refused(
    database: sessionmaker[Session], s1: str, db_path: Path
) -> None:
    with database.begin() as db, pytest.raises(IntegrityError):
        repo.insert_participant(db, ParticipantRecord("p-9", s1, 0, at(2)), "digest-p-1")
    with database.begin() as db, pytest.raises(IntegrityError):
        repo.insert_participant(db, ParticipantRecord("p-1", s1, 0, at(2)), "digest-new")
    assert rows(db_path, "SELECT id FROM participants ORDER BY 1") == [("p-1",), ("p-2",)]


def test_a_participant_of_an_unknown_session_is_refused(
    database: sessionmaker[Session], db_path: Path
) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        add_participant(database, "p-1", "no-such-session")
    assert rows(db_path, "SELECT COUNT(*) FROM participants") == [(0,)]


# -- answers -------------------------------------------------------------------------


def test_put_answer_upserts_one_row_and_keeps_created_at(
    opened: Database, database: sessionmaker[Session], s1: str, db_path: Path
) -> None:
    first = answer("p-1", "reflection", 1)
    with opened.engine.begin() as connection:
        assert repo.get_answer(connection, "p-1", "reflection") is None
        repo.put_answer(connection, s1, first)
        assert repo.get_answer(connection, "p-1", "reflection") == first
    sent = answer(
        "p-1",
        "reflection",
        1,
        status=ResponseStatus.SUBMITTED,
        revision=2,
        created_at=at(9),  # a later copy's idea of it: the stored one is kept
        updated_at=at(4),
        text="sent words",
        draft=None,
        submitted_at=at(4),
    )
    with database.begin() as db:
        repo.put_answer(db, s1, sent)
    with database() as db:
        stored = repo.get_answer(db, "p-1", "reflection")
    assert stored is not None
    assert stored.created_at == first.created_at
    assert stored == replace(sent, created_at=first.created_at)
    assert rows(db_path, "SELECT COUNT(*), revision, status, text FROM answers") == [
        (1, 2, "submitted", "sent words")
    ]


def test_put_answer_of_an_unknown_participant_is_refused(
    database: sessionmaker[Session], s1: str, db_path: Path
) -> None:
    with database.begin() as db, pytest.raises(IntegrityError, match="FOREIGN KEY"):
        repo.put_answer(db, s1, answer("nobody", "reflection", 1))
    assert rows(db_path, "SELECT COUNT(*) FROM answers") == [(0,)]


def test_answers_for_participant_come_in_step_order(
    database: sessionmaker[Session], s1: str
) -> None:
    with database.begin() as db:
        for step_id, index in (("letter", 2), ("poll", 0), ("reflection", 1)):
            repo.put_answer(db, s1, answer("p-1", step_id, index))
        repo.put_answer(db, s1, answer("p-2", "poll", 0))
    with database() as db:
        mine = repo.answers_for_participant(db, "p-1")
        assert repo.answers_for_participant(db, "nobody") == []
    assert [(a.step_index, a.step_id) for a in mine] == [
        (0, "poll"),
        (1, "reflection"),
        (2, "letter"),
    ]
    assert {a.participant_id for a in mine} == {"p-1"}


def test_answers_for_session_are_only_that_sessions(
    database: sessionmaker[Session], pack: Pack, s1: str
) -> None:
    add_session(database, pack, "s-2")
    add_participant(database, "q-1", "s-2")
    with database.begin() as db:
        repo.put_answer(db, s1, answer("p-1", "reflection", 1))
        repo.put_answer(db, s1, answer("p-2", "reflection", 1))
        repo.put_answer(db, "s-2", answer("q-1", "reflection", 1))
    with database() as db:
        assert {a.participant_id for a in repo.answers_for_session(db, s1)} == {"p-1", "p-2"}
        assert [a.participant_id for a in repo.answers_for_session(db, "s-2")] == ["q-1"]
        assert repo.answers_for_session(db, "no-such-session") == []


def test_close_step_drafts_keeps_the_open_step_and_sent_answers(
    database: sessionmaker[Session], s1: str
) -> None:
    sent = answer("p-2", "letter", 2, status=ResponseStatus.SUBMITTED, text="sent", draft=None)
    with database.begin() as db:
        repo.put_answer(db, s1, answer("p-1", "reflection", 1))
        repo.put_answer(db, s1, answer("p-2", "reflection", 1))
        repo.put_answer(db, s1, answer("p-1", "letter", 2))
        repo.put_answer(db, s1, sent)

    def stored() -> dict[tuple[str, str], Answer]:
        with database() as db:
            return {(a.participant_id, a.step_id): a for a in repo.answers_for_session(db, s1)}

    before = stored()
    with database.begin() as db:
        assert repo.close_step_drafts(db, s1, "letter", at(10)) == 2  # the reflection's two
    after = stored()
    for pid in ("p-1", "p-2"):
        closed = after[(pid, "reflection")]
        assert closed == replace(
            before[(pid, "reflection")],
            status=ResponseStatus.DRAFT_AT_CLOSE,
            updated_at=at(10),
        )
        assert closed.draft == f"draft of {pid}"  # closed, never dropped
    assert after[("p-1", "letter")] == before[("p-1", "letter")]  # the open step's draft
    assert after[("p-2", "letter")] == sent  # a sent answer is not a draft

    with database.begin() as db:
        assert repo.close_step_drafts(db, s1, "letter", at(11)) == 0  # nothing left to close
        assert repo.close_step_drafts(db, s1, None, at(12)) == 1  # the end: every draft
        assert repo.close_step_drafts(db, "no-such-session", None, at(12)) == 0
    assert stored()[("p-1", "letter")].status is ResponseStatus.DRAFT_AT_CLOSE
    assert [a for a in stored().values() if a.status is ResponseStatus.DRAFT] == []
