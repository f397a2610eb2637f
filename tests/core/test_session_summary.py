"""core/session_summary: the figures of one session from its bundle tables, as the export
holds them in memory and as the merge reads them back from CSV text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from belong_desktop.core.bundle import TABLES_BY_NAME, cell
from belong_desktop.core.session_summary import PollSpec, summarize

SID = "s-1"
STEPS = (  # id, kind, planned_s, shown, actual_s, visits, back_steps
    ("welcome", "message", 120.0, True, 150.0, 1, 0),
    ("film", "video", 300.0, True, 280.0, 2, 1),
    ("vote", "poll", 60.0, True, 90.0, 1, 0),
    ("think", "reflection", 600.0, True, 540.0, 1, 0),
    ("letter", "letter", 900.0, False, None, 0, 0),
    ("bye", "closing", 60.0, False, None, 0, 0),
)


def row(table: str, **values: Any) -> list[object]:
    return [values.get(name, "") for name in TABLES_BY_NAME[table].header]


def tables(
    poll_choices: list[int], plays: list[tuple[str, float]]
) -> dict[str, list[list[object]]]:
    steps = [
        row(
            "steps",
            session_id=SID,
            step_index=i,
            step_id=s[0],
            kind=s[1],
            planned_s=s[2],
            shown=s[3],
            actual_s=s[4],
            visits=s[5],
            back_steps=s[6],
        )
        for i, s in enumerate(STEPS)
    ]
    responses = [
        row(
            "responses",
            session_id=SID,
            participant=f"p{n:03d}",
            step_index=3,
            kind="reflection",
            status=status,
            text="HEMMELIGT ord",
        )
        for n, status in enumerate(
            ["submitted", "submitted", "submitted", "draft_at_close", "draft"], start=1
        )
    ]
    return {
        "session": [
            row(
                "session",
                session_id=SID,
                started_at="2026-09-01T09:00:00Z",
                ended_at="2026-09-01T09:50:00Z",
                ended_early=True,
                minutes=50.0,
            )
        ],
        "steps": steps,
        "responses": responses,
        "poll": [
            row("poll", session_id=SID, participant=f"p{n:03d}", step_index=2, choice=c)
            for n, c in enumerate(poll_choices, start=1)
        ],
        "video_plays": [
            row("video_plays", session_id=SID, seq=n, step_index=1, outcome=o, position_s=p)
            for n, (o, p) in enumerate(plays, start=1)
        ],
        "notes": [
            row(
                "notes",
                session_id=SID,
                seq=1,
                at="2026-09-01T09:10:00Z",
                step_index=1,
                kind="counsellor",
                text="Lyden svigtede – vi så filmen igen",
            ),
            row(
                "notes",
                session_id=SID,
                seq=2,
                at="2026-09-01T08:59:00Z",
                step_index=None,
                kind="override",
                text="Holdet skiftede lokale",
            ),
        ],
        "participants": [
            row("participants", session_id=SID, participant=f"p{n:03d}") for n in range(1, 8)
        ],
    }


def as_csv_text(data: dict[str, list[list[object]]]) -> dict[str, list[list[object]]]:
    """What a merge of the CSV files would hand over before typing: text everywhere."""
    return {name: [[cell(v) for v in r] for r in rows] for name, rows in data.items()}


@pytest.mark.parametrize("shape", ["typed", "csv"])
def test_figures_from_the_tables(shape: str) -> None:
    data = tables([0, 1, 1, 2, 1], [("stopped", 40.0), ("finished", 182.5)])
    if shape == "csv":
        data = as_csv_text(data)
    summary = summarize(data, {2: PollSpec(options=4, min_answers=5)})

    assert [s.step_id for s in summary.steps] == [s[0] for s in STEPS]
    assert summary.steps[0].difference_s == 30.0
    assert summary.steps[1].back_steps == 1
    assert [s.step_id for s in summary.not_reached] == ["letter", "bye"]
    assert summary.steps[4].actual_s is None and summary.steps[4].difference_s is None
    assert summary.planned_s == sum(s[2] for s in STEPS)
    assert summary.actual_s == 3000.0
    assert summary.ended_early is True
    assert summary.started_at == datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
    assert summary.devices == 7

    (think, letter) = summary.writing
    assert (think.step_id, think.sent, think.drafts_at_close, think.drafts_open) == (
        "think",
        3,
        1,
        1,
    )
    assert (letter.sent, letter.drafts_at_close) == (0, 0)  # a writing step nobody reached
    assert summary.texts_sent == 3 and summary.drafts_at_close == 1

    (poll,) = summary.polls
    assert poll.tally.counts == (1, 3, 1, 0)  # the fourth option: chosen by nobody
    assert poll.shown  # 5 answers, minimum 5: the projector shows it too

    (video,) = summary.videos
    assert (video.plays, video.to_the_end, video.furthest_s, video.last_outcome) == (
        2,
        True,
        182.5,
        "finished",
    )

    assert [n.kind for n in summary.notes] == ["counsellor", "override"]
    assert summary.notes[0].text == "Lyden svigtede – vi så filmen igen"
    assert summary.notes[1].step_index is None


def test_a_poll_below_its_minimum_is_kept_back() -> None:
    summary = summarize(tables([0, 1, 1, 2], []), {2: PollSpec(options=3, min_answers=5)})
    assert not summary.polls[0].shown
    above = summarize(tables([0, 1, 1, 2], []), {2: PollSpec(options=3, min_answers=4)})
    assert above.polls[0].shown


def test_without_the_pack_a_poll_has_the_default_minimum_and_the_options_answered() -> None:
    summary = summarize(tables([0, 2, 2, 2], []))
    assert summary.polls[0].tally.counts == (1, 0, 3)
    assert not summary.polls[0].shown  # 4 < DEFAULT_MIN_ANSWERS (5)


def test_no_video_log_and_no_answers_at_all() -> None:
    data = tables([], [])
    data["responses"] = []
    data["participants"] = []
    summary = summarize(data, {2: PollSpec(options=2, min_answers=5)})
    (video,) = summary.videos
    assert (video.plays, video.to_the_end, video.furthest_s, video.last_outcome) == (
        0,
        False,
        None,
        "",
    )
    assert summary.polls[0].tally.counts == (0, 0) and not summary.polls[0].shown
    assert summary.devices == 0 and summary.texts_sent == 0


def test_one_session_out_of_merged_tables() -> None:
    one, other = tables([0], []), tables([1, 1], [])
    for rows in other.values():
        for r in rows:
            r[0] = "s-2"
    merged = {name: one[name] + other[name] for name in one}
    summary = summarize(merged, session_id="s-2")
    assert summary.devices == 7 and summary.polls[0].tally.counts == (0, 2)
    assert len(summary.steps) == len(STEPS)


def test_a_session_never_started_has_no_actual_time() -> None:
    data = tables([], [])
    data["session"] = [row("session", session_id=SID, minutes=None, ended_early=False)]
    summary = summarize(data)
    assert summary.actual_s is None and summary.started_at is None and not summary.ended_early
