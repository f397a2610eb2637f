"""Turn one stored session into the bundle's table rows and counts (core/bundle.TABLES).

Pure functions over the session's flow, participants and answers, so the rules of what
leaves the laptop (pseudonyms in join order, times that could tie a row to a person
rounded to the minute, only a submitted letter's consent counts, an unsent edit is not
exported) sit in one place and are tested without a file. Runs on the caller's thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from belong_desktop.core.bundle import minute_text, utc_text
from belong_desktop.core.classroom import ResponseStatus
from belong_desktop.core.packs import StepKind
from belong_desktop.core.records import ParticipantRecord, SessionRecord, StoredAnswer
from belong_desktop.core.session import SessionFlow

Row = list[object]


@dataclass(frozen=True)
class SessionTables:
    tables: dict[str, list[Row]]
    counts: dict[str, int]


def pseudonyms(participants: Sequence[ParticipantRecord]) -> dict[str, str]:
    """p001, p002, … in join order: stable across re-exports, nothing about the device."""
    width = max(3, len(str(len(participants))))
    return {p.id: f"p{n:0{width}d}" for n, p in enumerate(participants, start=1)}


def exported_text(answer: StoredAnswer) -> str | None:
    """The text that leaves the laptop: what was sent, else the last saved draft."""
    if answer.status == ResponseStatus.SUBMITTED.value:
        return answer.text
    return answer.draft if answer.draft is not None else answer.text


def collects_text(answer: StoredAnswer) -> bool:
    return StepKind(answer.kind).collects_text


def session_tables(
    record: SessionRecord,
    flow: SessionFlow,
    participants: Sequence[ParticipantRecord],
    answers: Sequence[StoredAnswer],
    *,
    trial_id: str,
    institution: str,
    programme: str,
    pack_sha256: str,
    now: datetime,
) -> SessionTables:
    sid = record.id
    pack = flow.pack
    names = pseudonyms(participants)
    language = record.language
    started = flow.started_at
    minutes = flow.elapsed_seconds(now) / 60 if started else None
    session_row: Row = [
        sid,
        trial_id,
        record.group_code,
        institution,
        programme,
        record.pack_arm,
        record.arm_source,
        record.pack_id,
        record.pack_version,
        pack_sha256,
        language,
        record.state.value,
        utc_text(flow.started_at),
        utc_text(flow.ended_at),
        flow.ended_early,
        round(minutes, 2) if minutes is not None else None,
        round(pack.total_minutes, 2),
        utc_text(record.texts_deleted_at),
    ]

    steps: list[Row] = []
    planned_start = 0.0
    for index, step in enumerate(pack.steps):
        visits = [v for v in flow.visits if v.step_index == index]
        plays = [p for p in flow.video_plays if p.step_index == index]
        first = visits[0] if visits else None
        left = [v.left_at for v in visits if v.left_at is not None]
        steps.append(
            [
                sid,
                index,
                step.id,
                step.kind.value,
                round(planned_start, 3),
                round(step.target_seconds, 3),
                bool(visits),
                round((first.entered_at - started).total_seconds(), 3)
                if first and started
                else None,
                utc_text(first.entered_at) if first else "",
                utc_text(max(left)) if left else "",
                round(sum(v.seconds(now) for v in visits), 3) if visits else None,
                len(visits),
                sum(1 for v in visits if v.entered_by == "prev"),
                plays[-1].outcome.value if plays else "",
                plays[-1].position_s if plays else None,
                len(plays) if step.kind is StepKind.VIDEO else None,
            ]
        )
        planned_start += step.target_seconds

    visit_rows: list[Row] = [
        [
            sid,
            seq,
            v.step_index,
            v.step_id,
            v.entered_by,
            utc_text(v.entered_at),
            utc_text(v.left_at),
            round(v.seconds(now), 3) if v.left_at else None,
        ]
        for seq, v in enumerate(flow.visits, start=1)
    ]
    video_rows: list[Row] = [
        [
            sid,
            seq,
            utc_text(p.at),
            p.step_index,
            pack.steps[p.step_index].id,
            p.outcome.value,
            p.position_s,
        ]
        for seq, p in enumerate(flow.video_plays, start=1)
    ]
    note_rows: list[Row] = [
        [sid, seq, utc_text(n.at), n.step_index, n.kind.value, n.text]
        for seq, n in enumerate(flow.notes, start=1)
    ]

    last_step: dict[str, StoredAnswer] = {}
    for answer in answers:
        known = last_step.get(answer.participant_id)
        if known is None or answer.step_index > known.step_index:
            last_step[answer.participant_id] = answer
    participant_rows: list[Row] = []
    for p in participants:
        last = last_step.get(p.id)
        participant_rows.append(
            [
                sid,
                names[p.id],
                minute_text(p.joined_at),
                p.language or language,
                last.step_index if last else None,
                last.step_id if last else "",
            ]
        )

    page_language = {p.id: p.language or language for p in participants}
    response_rows: list[Row] = []
    poll_rows: list[Row] = []
    statuses: Counter[str] = Counter()
    for answer in answers:
        who = names.get(answer.participant_id)
        if who is None:
            continue  # cannot happen (foreign key); never export an unnamed row
        if collects_text(answer):
            submitted = answer.status == ResponseStatus.SUBMITTED.value
            statuses[answer.status] += 1
            response_rows.append(
                [
                    sid,
                    who,
                    answer.step_id,
                    answer.step_index,
                    answer.kind,
                    page_language.get(answer.participant_id, language),
                    answer.status,
                    exported_text(answer) or "",
                    answer.share if submitted and answer.kind == StepKind.LETTER.value else None,
                    submitted and answer.draft is not None and answer.draft != answer.text,
                    answer.revision,
                    minute_text(answer.created_at),
                    minute_text(answer.updated_at),
                    minute_text(answer.submitted_at),
                ]
            )
        elif answer.kind == StepKind.POLL.value and answer.choice is not None:
            if answer.status != ResponseStatus.SUBMITTED.value:
                continue
            step = pack.steps[answer.step_index]
            options = step.poll.options if step.poll else ()
            label = options[answer.choice].get(language) if answer.choice < len(options) else ""
            poll_rows.append(
                [
                    sid,
                    who,
                    answer.step_id,
                    answer.step_index,
                    answer.choice,
                    label,
                    minute_text(answer.submitted_at or answer.updated_at),
                ]
            )
    counts = {
        "devices": len(participants),
        "texts_sent": statuses[ResponseStatus.SUBMITTED.value],
        "drafts_at_close": statuses[ResponseStatus.DRAFT_AT_CLOSE.value],
        "drafts": statuses[ResponseStatus.DRAFT.value],
        "poll_answers": len(poll_rows),
        "notes": len(note_rows),
    }
    tables = {
        "session": [session_row],
        "steps": steps,
        "step_visits": visit_rows,
        "video_plays": video_rows,
        "notes": note_rows,
        "participants": participant_rows,
        "responses": response_rows,
        "poll": poll_rows,
    }
    return SessionTables(tables, counts)
