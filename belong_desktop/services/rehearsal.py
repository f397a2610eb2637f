"""Rehearse a whole session without a window, faster than real time, and print its log.

Used by ``belong-desktop demo``, by ``make run`` on machines without a display, and by
tests and benchmarks that need a real session end to end. A rehearsal writes to a
throwaway database unless asked to keep it, so it never mixes with real sessions.
"""

from __future__ import annotations

import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.timefmt import mmss
from belong_desktop.services.runtime import Runtime, open_runtime

MAX_SPEED = 1_000_000.0


def check_speed(speed: float) -> float:
    """A rehearsal runs at 0 < speed <= MAX_SPEED times real time."""
    if not 0 < speed <= MAX_SPEED:
        raise InvalidInput(
            f"the speed must be above 0 and at most {MAX_SPEED:.0f}",
            code="bad_speed",
            speed=speed,
            limit=MAX_SPEED,
        )
    return speed


def rehearse(
    database: Path | None,
    pack_dirs: list[Path],
    pack_ref: str,
    *,
    group: str = "DEMO",
    language: str = "da",
    speed: float = 60.0,
    out: TextIO,
) -> str:
    """Run a rehearsal; ``database=None`` uses a temporary one. Returns the session id."""
    check_speed(speed)
    with ExitStack() as stack:
        if database is None:
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="belong-demo-")))
            database = tmp / "rehearsal.sqlite3"
        rt = stack.enter_context(open_runtime(database, pack_dirs))
        return run_rehearsal(rt, pack_ref, group, language, speed, out)


def run_rehearsal(
    rt: Runtime, pack_ref: str, group: str, language: str, speed: float, out: TextIO
) -> str:
    pack = rt.catalog.resolve(pack_ref)
    session_id = rt.sessions.create(pack, group, language)
    print(
        f"Rehearsal: {pack.title.get(language)} — {len(pack.steps)} steps, "
        f"{pack.total_minutes:g} minutes planned, at {speed:g}× speed",
        file=out,
    )
    rt.sessions.start(session_id)
    for index, step in enumerate(pack.steps):
        if index:
            rt.sessions.next(session_id)
        print(
            f"[{index + 1:>2}/{len(pack.steps)}] {step.kind.value:<10} {step.minutes:>4g} min  "
            f"{step.headline(language)}",
            file=out,
            flush=True,
        )
        time.sleep(step.target_seconds / speed)
    rt.sessions.end(session_id)
    print_step_log(rt, session_id, out, speed)
    return session_id


def print_step_log(rt: Runtime, session_id: str, out: TextIO, speed: float = 1.0) -> None:
    """The step log as a table; ``speed`` scales the measured times back to real time."""
    flow = rt.sessions.flow(session_id)
    now = rt.sessions.now()
    print("\nStep log", file=out)
    print(f"{'#':>3}  {'STEP':<22} {'KIND':<10} {'HOW':<6} {'PLANNED':>8} {'ACTUAL':>8}", file=out)
    for visit in flow.visits:
        step = flow.pack.steps[visit.step_index]
        print(
            f"{visit.step_index + 1:>3}  {visit.step_id:<22} {step.kind.value:<10} "
            f"{visit.entered_by:<6} {mmss(step.target_seconds):>8} "
            f"{mmss(visit.seconds(now) * speed):>8}",
            file=out,
        )
    scaled = " (times scaled to real speed)" if speed != 1 else ""
    total = mmss(flow.elapsed_seconds(now) * speed)
    print(f"Total {total} of {flow.pack.total_minutes:g} planned minutes{scaled}", file=out)
    for note in flow.notes:
        print(f"Note ({note.kind.value}): {note.text}", file=out)
