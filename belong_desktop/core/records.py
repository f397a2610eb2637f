"""What is kept about a session and its classroom, as plain frozen values.

The store fills these from its rows and the services hand them out, so the windows, the
server and the command line read a stored session without knowing the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from belong_desktop.core.session import SessionState


@dataclass(frozen=True)
class SessionRecord:
    """A session as stored, without its pack: what lists and the resume logic need."""

    id: str
    group_code: str
    pack_id: str
    pack_version: str
    pack_arm: str
    pack_path: str
    arm_source: str
    language: str
    state: SessionState
    step_index: int | None
    ended_early: bool
    created_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    exported_at: datetime | None
    trial_id: str | None = None
    institution: str | None = None
    programme: str | None = None
    texts_deleted_at: datetime | None = None

    @property
    def unfinished(self) -> bool:
        return self.state in (SessionState.CREATED, SessionState.RUNNING)


@dataclass(frozen=True)
class TrialPlacement:
    """Where a session's group sits in the trial, and how its pack was chosen.

    ``arm_source`` is ``kit`` when the pack followed the group's arm in the trial kit,
    ``override`` when the counsellor chose another pack or a group not in the kit (with a
    written reason), and ``counsellor`` when no kit was imported.
    """

    arm_source: str = "counsellor"
    trial_id: str | None = None
    institution: str | None = None
    programme: str | None = None


@dataclass(frozen=True)
class ClassroomRecord:
    """Where and how devices join one session: code, link token, address, reset epoch."""

    session_id: str
    join_code: str
    link_token: str
    port: int | None
    bind_host: str | None
    device_epoch: int
    opened_at: datetime


@dataclass(frozen=True)
class ParticipantRecord:
    """An anonymous participant: a random id, never anything about the person or device."""

    id: str
    session_id: str
    epoch: int
    joined_at: datetime
    #: The page language the student chose (a language code); None: the session's.
    language: str | None = None


@dataclass(frozen=True)
class StoredAnswer:
    """An answer with the row id the review refers to; only the services hand these out."""

    id: int
    session_id: str
    participant_id: str
    step_id: str
    step_index: int
    kind: str
    status: str
    revision: int
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    text: str | None
    draft: str | None
    choice: int | None
    share: bool | None


@dataclass(frozen=True)
class ExportReceipt:
    """What one export sent, when and for whom; kept when the texts are deleted."""

    export_id: str
    session_id: str
    sequence: int
    exported_at: datetime
    file_name: str
    bundle_sha256: str
    recipient_fingerprint: str
    counts: Mapping[str, int] = field(default_factory=dict)
