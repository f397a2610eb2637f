"""The video part of the fidelity log: how each showing ended, stored and reloaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.events import Event, VideoLogged
from belong_desktop.core.session import IllegalTransition, VideoOutcome
from belong_desktop.services.runtime import open_runtime


def test_video_outcomes_survive_a_restart(db_file: Path, packs_dir: Path) -> None:
    seen: list[Event] = []
    with open_runtime(db_file, [packs_dir]) as rt:
        rt.bus.subscribe(seen.append)
        sid = rt.sessions.create(rt.catalog.resolve("svc-pack"), "DAT1-A", "da")
        rt.sessions.start(sid)
        with pytest.raises(IllegalTransition, match="not a video"):
            rt.sessions.record_video(sid, VideoOutcome.FINISHED, 2.0)  # step 0 is a message
        rt.sessions.next(sid)  # the first video
        rt.sessions.record_video(sid, VideoOutcome.STOPPED, 0.75)
        rt.sessions.record_video(sid, VideoOutcome.FINISHED, 2.0)
        rt.sessions.next(sid)
        rt.sessions.record_video(sid, VideoOutcome.FAILED, 0, "jonas.mp4 could not be played")
        with pytest.raises(InvalidInput, match="seconds"):
            rt.sessions.record_video(sid, VideoOutcome.STOPPED, float("nan"))

    logged = [e for e in seen if isinstance(e, VideoLogged)]
    assert [(e.step_index, e.outcome, e.position_s) for e in logged] == [
        (1, "stopped", 0.75),
        (1, "finished", 2.0),
        (2, "failed", 0.0),
    ]
    with open_runtime(db_file, [packs_dir]) as rt:
        plays = rt.sessions.flow(sid).video_plays
    assert [(p.step_index, p.outcome, p.position_s, p.detail) for p in plays] == [
        (1, VideoOutcome.STOPPED, 0.75, ""),
        (1, VideoOutcome.FINISHED, 2.0, ""),
        (2, VideoOutcome.FAILED, 0.0, "jonas.mp4 could not be played"),
    ]
    assert all(p.at.tzinfo is not None for p in plays)
