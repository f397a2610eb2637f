"""sessions_repo: insert, incremental saves, history, lists and the UTC datetime column."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from belong_desktop.core.packs import Pack
from belong_desktop.core.records import TrialPlacement
from belong_desktop.core.session import NoteKind, SessionFlow, SessionState
from belong_desktop.store import sessions_repo
from belong_desktop.store.models import NoteRow, SessionRow, StepVisitRow, UTCDateTime

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def insert(database: sessionmaker[Session], flow: SessionFlow, created_at: datetime = T0) -> None:
    with database.begin() as db:
        sessions_repo.insert_session(
            db,
            flow,
            group_code="DAT1-A",
            language="da",
            placement=TrialPlacement(),
            created_at=created_at,
        )


def save(database: sessionmaker[Session], flow: SessionFlow) -> None:
    with database.begin() as db:
        sessions_repo.save_flow(db, flow)


def visit_rows(db_path: Path, session_id: str) -> list[tuple[int, int, int, str, str, str | None]]:
    """(row id, seq, step_index, entered_by, entered_at, left_at) read with plain sqlite3."""
    con = sqlite3.connect(db_path)
    try:
        return con.execute(
            "SELECT id, seq, step_index, entered_by, entered_at, left_at FROM step_visits "
            "WHERE session_id = ? ORDER BY seq",
            (session_id,),
        ).fetchall()
    finally:
        con.close()


def test_insert_and_read_back(database: sessionmaker[Session], pack: Pack) -> None:
    flow = SessionFlow("s-1", pack)
    insert(database, flow)
    with database() as db:
        record = sessions_repo.get_record(db, "s-1")
    assert record is not None
    assert (record.id, record.group_code, record.language) == ("s-1", "DAT1-A", "da")
    assert (record.pack_id, record.pack_version, record.pack_arm) == (
        "store-test",
        "1.2.3",
        "control",
    )
    assert record.pack_path == str(pack.folder)
    assert record.arm_source == "counsellor"
    assert record.state is SessionState.CREATED
    assert record.step_index is None
    assert record.ended_early is False
    assert record.created_at == T0
    assert record.started_at is None and record.ended_at is None and record.exported_at is None


def test_round_trip_of_a_whole_session(database: sessionmaker[Session], pack: Pack) -> None:
    flow = SessionFlow("s-1", pack)
    insert(database, flow)
    flow.start(at(0))
    flow.next(at(5))
    flow.add_note("projector was slow", at(6))
    flow.next(at(9))
    flow.prev(at(12))
    flow.end(at(20), "fire alarm")
    flow.mark_exported(at(30))
    save(database, flow)

    with database() as db:
        visits, notes = sessions_repo.load_history(db, "s-1")
        record = sessions_repo.get_record(db, "s-1")
    assert visits == flow.visits
    assert notes == flow.notes
    assert [v.entered_by for v in visits] == ["start", "next", "next", "prev"]
    assert [n.text for n in notes] == ["projector was slow", "fire alarm"]
    assert all(n.kind is NoteKind.COUNSELLOR for n in notes)
    assert record is not None
    assert record.state is SessionState.EXPORTED
    assert record.step_index == 1
    assert record.ended_early is True
    assert (record.started_at, record.ended_at, record.exported_at) == (at(0), at(20), at(30))


def test_saves_are_incremental(database: sessionmaker[Session], pack: Pack, db_path: Path) -> None:
    flow = SessionFlow("s-1", pack)
    insert(database, flow)

    flow.start(at(0))
    save(database, flow)
    first = visit_rows(db_path, "s-1")
    assert [(seq, step, how) for _, seq, step, how, _, _ in first] == [(0, 0, "start")]
    assert first[0][5] is None  # the current visit is open

    save(database, flow)  # saving again changes nothing
    assert visit_rows(db_path, "s-1") == first

    flow.next(at(5))
    save(database, flow)
    second = visit_rows(db_path, "s-1")
    assert len(second) == 2
    assert second[0][0] == first[0][0], "the stored visit was rewritten, not updated"
    assert second[0][5] is not None  # its left_at was filled in
    assert second[1][1:4] == (1, 1, "next") and second[1][5] is None

    flow.add_note("one", at(6))
    save(database, flow)
    flow.add_note("two", at(7))
    flow.next(at(8))
    flow.prev(at(9))
    save(database, flow)  # several changes in one save
    third = visit_rows(db_path, "s-1")
    assert [row[0] for row in third[:2]] == [row[0] for row in second]
    assert [(seq, step, how) for _, seq, step, how, _, _ in third] == [
        (0, 0, "start"),
        (1, 1, "next"),
        (2, 2, "next"),
        (3, 1, "prev"),
    ]
    assert [row[5] is None for row in third] == [False, False, False, True]

    with database() as db:
        visits, notes = sessions_repo.load_history(db, "s-1")
        seqs = db.scalars(select(NoteRow.seq).where(NoteRow.session_id == "s-1")).all()
    assert visits == flow.visits
    assert [n.text for n in notes] == ["one", "two"]
    assert sorted(seqs) == [0, 1]


def test_datetimes_come_back_aware_utc(database: sessionmaker[Session], pack: Pack) -> None:
    copenhagen_summer = timezone(timedelta(hours=2))
    local = datetime(2026, 9, 1, 10, 0, tzinfo=copenhagen_summer)
    flow = SessionFlow("s-1", pack)
    insert(database, flow, created_at=local)
    flow.start(local + timedelta(minutes=1))
    save(database, flow)

    with database() as db:
        record = sessions_repo.get_record(db, "s-1")
        visits, _ = sessions_repo.load_history(db, "s-1")
        raw = db.execute(text("SELECT created_at FROM sessions")).scalar_one()
    assert record is not None
    for value in (record.created_at, record.started_at, visits[0].entered_at):
        assert value is not None
        assert value.tzinfo is not None and value.utcoffset() == timedelta(0)
    assert record.created_at == local  # the same instant
    assert record.created_at.hour == 8  # stored as UTC
    assert str(raw).startswith("2026-09-01 08:00:00")


def test_naive_datetimes_are_rejected(database: sessionmaker[Session], pack: Pack) -> None:
    with pytest.raises(StatementError, match="naive datetime"), database.begin() as db:
        sessions_repo.insert_session(
            db,
            SessionFlow("s-1", pack),
            group_code="G",
            language="da",
            placement=TrialPlacement(),
            created_at=datetime(2026, 9, 1, 8, 0),
        )
    with database() as db:
        assert db.scalars(select(SessionRow)).all() == []


def test_utc_datetime_type_directly() -> None:
    column_type = UTCDateTime()
    with pytest.raises(ValueError, match="naive"):
        column_type.process_bind_param(datetime(2026, 1, 1), None)  # type: ignore[arg-type]
    aware = datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=-5)))
    stored = column_type.process_bind_param(aware, None)  # type: ignore[arg-type]
    assert stored == datetime(2026, 1, 1, 17)
    assert column_type.process_result_value(stored, None) == aware  # type: ignore[arg-type]
    assert column_type.process_bind_param(None, None) is None  # type: ignore[arg-type]
    assert column_type.process_result_value(None, None) is None  # type: ignore[arg-type]


def test_unknown_session_ids(database: sessionmaker[Session], pack: Pack) -> None:
    with database() as db:
        assert sessions_repo.get_record(db, "nope") is None
        with pytest.raises(KeyError):
            sessions_repo.load_history(db, "nope")
    flow = SessionFlow("never-inserted", pack)
    flow.start(T0)
    with pytest.raises(KeyError), database.begin() as db:
        sessions_repo.save_flow(db, flow)


def test_list_records_newest_first_and_unfinished(
    database: sessionmaker[Session], pack: Pack
) -> None:
    states: dict[str, SessionState] = {}
    for minute, (session_id, how_far) in enumerate(
        [("a", "created"), ("b", "running"), ("c", "ended"), ("d", "exported"), ("e", "running")]
    ):
        flow = SessionFlow(session_id, pack)
        insert(database, flow, created_at=at(minute))
        if how_far != "created":
            flow.start(at(minute))
        if how_far in ("ended", "exported"):
            flow.end(at(minute + 1))
        if how_far == "exported":
            flow.mark_exported(at(minute + 2))
        save(database, flow)
        states[session_id] = flow.state

    with database() as db:
        everything = sessions_repo.list_records(db)
        unfinished = sessions_repo.list_records(db, unfinished_only=True)
    assert [r.id for r in everything] == ["e", "d", "c", "b", "a"]
    assert {r.id: r.state for r in everything} == states
    assert [r.id for r in unfinished] == ["e", "b", "a"]


def test_deleting_a_session_cascades(
    database: sessionmaker[Session], pack: Pack, db_path: Path
) -> None:
    flow = SessionFlow("s-1", pack)
    insert(database, flow)
    flow.start(at(0))
    flow.next(at(1))
    flow.add_note("n", at(2))
    save(database, flow)
    with database.begin() as db:  # plain SQL: the database's own ON DELETE CASCADE
        db.execute(text("DELETE FROM sessions WHERE id = 's-1'"))
    with database() as db:
        assert db.scalars(select(StepVisitRow)).all() == []
        assert db.scalars(select(NoteRow)).all() == []
    assert visit_rows(db_path, "s-1") == []
