"""Tables of the local database. Migrations in ``migrations/versions`` mirror these.

Times are stored as UTC. Nothing that could identify a person is stored: sessions hold a
study-group code, never names.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite keeps no time zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware UTC time")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime}


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_code: Mapped[str] = mapped_column(String(32))
    pack_id: Mapped[str] = mapped_column(String(64))
    pack_version: Mapped[str] = mapped_column(String(32))
    pack_arm: Mapped[str] = mapped_column(String(16))
    pack_path: Mapped[str] = mapped_column(Text)
    arm_source: Mapped[str] = mapped_column(String(16))  # kit | override | counsellor (no kit)
    language: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16), index=True)
    step_index: Mapped[int | None] = mapped_column(Integer)
    ended_early: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    exported_at: Mapped[datetime | None]
    trial_id: Mapped[str | None] = mapped_column(String(64))
    institution: Mapped[str | None] = mapped_column(String(200))
    programme: Mapped[str | None] = mapped_column(String(200))
    texts_deleted_at: Mapped[datetime | None]

    visits: Mapped[list[StepVisitRow]] = relationship(
        back_populates="session", order_by="StepVisitRow.seq", cascade="all, delete-orphan"
    )
    notes: Mapped[list[NoteRow]] = relationship(
        back_populates="session", order_by="NoteRow.seq", cascade="all, delete-orphan"
    )
    video_plays: Mapped[list[VideoPlayRow]] = relationship(
        back_populates="session", order_by="VideoPlayRow.seq", cascade="all, delete-orphan"
    )


class StepVisitRow(Base):
    __tablename__ = "step_visits"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int]
    step_index: Mapped[int]
    step_id: Mapped[str] = mapped_column(String(64))
    entered_by: Mapped[str] = mapped_column(String(8))
    entered_at: Mapped[datetime]
    left_at: Mapped[datetime | None]

    session: Mapped[SessionRow] = relationship(back_populates="visits")


class NoteRow(Base):
    __tablename__ = "notes"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int]
    at: Mapped[datetime]
    step_index: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)

    session: Mapped[SessionRow] = relationship(back_populates="notes")


class VideoPlayRow(Base):
    """How each showing of a peer video ended (finished / stopped at second N / failed)."""

    __tablename__ = "video_plays"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int]
    at: Mapped[datetime]
    step_index: Mapped[int]
    outcome: Mapped[str] = mapped_column(String(16))
    position_s: Mapped[float] = mapped_column(Float)
    detail: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[SessionRow] = relationship(back_populates="video_plays")


class ClassroomRow(Base):
    """How devices reach a session: its join code, link token and the port it was served on.

    Kept so a restarted app serves the same session on the same port and code, and the
    devices in the room reconnect by themselves.
    """

    __tablename__ = "classrooms"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    join_code: Mapped[str] = mapped_column(String(16), index=True)
    link_token: Mapped[str] = mapped_column(String(64), unique=True)
    port: Mapped[int | None]
    bind_host: Mapped[str | None] = mapped_column(String(64))
    device_epoch: Mapped[int] = mapped_column(default=0)
    opened_at: Mapped[datetime]


class ParticipantRow(Base):
    """An anonymous device-participant: a random id and the digest of its secret token."""

    __tablename__ = "participants"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    epoch: Mapped[int] = mapped_column(default=0)
    joined_at: Mapped[datetime]
    #: The page language the student chose on the device; None: the session's language.
    language: Mapped[str | None] = mapped_column(String(16), default=None)


class AnswerRow(Base):
    """One participant's answer to one step; the unique key makes a second row impossible."""

    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("participant_id", "step_id"),
        Index("ix_answers_session_step", "session_id", "step_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    step_id: Mapped[str] = mapped_column(String(64))
    step_index: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    revision: Mapped[int]
    text: Mapped[str | None] = mapped_column(Text)
    draft: Mapped[str | None] = mapped_column(Text)
    choice: Mapped[int | None]
    share: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None]


class TrialKitRow(Base):
    """An imported trial kit, kept whole; the newest imported is the active one."""

    __tablename__ = "trial_kits"

    id: Mapped[int] = mapped_column(primary_key=True)
    trial_id: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(32))
    kit_json: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(Boolean)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExportRow(Base):
    """The receipt of one export: what left the laptop, when, for whom; never its content."""

    __tablename__ = "exports"
    __table_args__ = (UniqueConstraint("session_id", "sequence"),)

    export_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int]
    exported_at: Mapped[datetime]
    file_name: Mapped[str] = mapped_column(String(200))
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    recipient_fingerprint: Mapped[str] = mapped_column(String(32))
    counts_json: Mapped[str] = mapped_column(Text)


class ReviewMarkRow(Base):
    """A counsellor's decision on one personal-data flag: redacted or dismissed.

    Holds the kind and, for a dismissal, where the span is in the current text; never the
    span itself, so a redacted name is kept nowhere.
    """

    __tablename__ = "review_marks"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    answer_id: Mapped[int] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(16))  # redacted | dismissed
    start: Mapped[int | None]
    end: Mapped[int | None]
    at: Mapped[datetime]


class BookletDecisionRow(Base):
    """The counsellor's decision on one consented letter for the letters booklet.

    ``spans`` is a JSON list of ``[start, end]`` passages hidden in print; ``text_sha256``
    the digest of the words decided on (a changed text makes the decision not apply).
    """

    __tablename__ = "booklet_decisions"

    answer_id: Mapped[int] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[str] = mapped_column(String(16))  # approved | hidden | pending
    spans: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime]
