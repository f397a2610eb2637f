"""The ministry summary's figures, from the merged tables: what counts and how.

The merge (``services/merge.py``) writes one row per session in ``session`` and
``bundles``, one per planned step in ``steps``, the notes and the responses. This module
turns those typed rows into the figures the summary prints, and decides which of them may
be printed (``core/suppression.py``):

- **Sessions** per institution and arm, with totals, protected by ``protect_table``; the
  same hidden/shown state is used for every figure of that institution and arm, so the
  fidelity table cannot undo the protection of the count table.
- **Fidelity** per arm and institution: median minutes and median duration as a share of
  the plan, steps shown of steps planned, planned video steps whose last showing played
  to the end, sessions with at least one counsellor (deviation) note, sessions ended early.
- **Participation** per arm: devices, texts sent and drafts at close (the export's own
  counts, the ``bundles`` table), totals and medians per session.
- **Answer lengths** per arm and writing step kind: quartiles of the length in
  characters of the *submitted* reflections and letters (the only rows that are answers;
  sessions whose texts were deleted before export hold none and are left out). Kept back
  when fewer than ``MIN_CELL`` texts, or when the arm itself is kept back. No text is
  ever handed on, only lengths.

Pure Python over plain rows (no pandas: importing it would cost more than the whole
computation); runs on whichever thread calls it.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from belong_desktop.core.suppression import MIN_CELL, Cell, Protected, primary, protect_table

#: The arms in the order a trial names them; any other arm value follows, sorted.
ARM_ORDER = ("treatment", "control")
WRITING_KINDS = ("reflection", "letter")
#: The tables the summary reads, and the columns it uses of each.
USES: Mapping[str, tuple[str, ...]] = {
    "bundles": ("session_id", "app_version", "devices", "texts_sent", "drafts_at_close"),
    "session": (
        "session_id",
        "trial_id",
        "institution",
        "arm",
        "started_at",
        "ended_at",
        "ended_early",
        "minutes",
        "planned_minutes",
        "texts_deleted_at",
    ),
    "steps": ("session_id", "kind", "shown", "video_outcome"),
    "notes": ("session_id", "kind"),
    "responses": ("session_id", "kind", "status", "text"),
}
PARTICIPATION = ("devices", "texts_sent", "drafts_at_close")


@dataclass(frozen=True)
class Table:
    """One merged table: its header and its typed rows (``services.merge.typed_rows``)."""

    header: Sequence[str]
    rows: Sequence[Sequence[object]]

    def column(self, name: str) -> int:
        return list(self.header).index(name)


@dataclass(frozen=True)
class Fidelity:
    sessions: int
    state: Cell
    median_minutes: float | None
    median_planned_minutes: float | None
    #: Median over the sessions of minutes / planned minutes.
    duration_of_plan: float | None
    steps_shown: float | None  # shares, 0..1
    videos_to_end: float | None
    with_deviation_notes: float | None
    ended_early: float | None


@dataclass(frozen=True)
class Participation:
    sessions: int
    state: Cell
    totals: Mapping[str, int]  # PARTICIPATION keys
    medians: Mapping[str, float]


@dataclass(frozen=True)
class Lengths:
    texts: int
    state: Cell
    q1: float | None
    median: float | None
    q3: float | None


@dataclass(frozen=True)
class Summary:
    trials: tuple[str, ...]
    first_start: datetime | None
    last_end: datetime | None
    bundles: int
    sessions: int
    app_versions: tuple[str, ...]
    institutions: tuple[str, ...]
    arms: tuple[str, ...]
    minimum: int
    #: sessions[institution index][arm index], with its totals.
    counts: tuple[tuple[int, ...], ...]
    protected: Protected
    #: (institution or None for all institutions, arm) → figures.
    fidelity: Mapping[tuple[str | None, str], Fidelity]
    participation: Mapping[str, Participation]
    lengths: Mapping[tuple[str, str], Lengths]  # (arm, kind)
    texts_deleted_sessions: int

    def count_state(self, institution: str | None, arm: str | None) -> Cell:
        """The state of a cell of the sessions table (None: a total)."""
        p = self.protected
        if institution is None and arm is None:
            return p.grand_total
        if institution is None:
            return p.column_totals[self.arms.index(str(arm))]
        if arm is None:
            return p.row_totals[self.institutions.index(institution)]
        return p.cells[self.institutions.index(institution)][self.arms.index(arm)]


@dataclass(frozen=True)
class _Session:
    session_id: str
    institution: str
    arm: str
    minutes: float | None
    planned_minutes: float | None
    ended_early: bool
    texts_deleted: bool


def text_length(text: str) -> int:
    """Characters as a reader counts them: Unicode code points after NFC (an å typed as
    a + ring counts once)."""
    return len(unicodedata.normalize("NFC", text))


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """Q1, median, Q3 by the inclusive method (Excel's QUARTILE.INC, R's type 7)."""
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def arm_order(arms: set[str]) -> tuple[str, ...]:
    known = [a for a in ARM_ORDER if a in arms]
    return (*known, *sorted(arms - set(ARM_ORDER)))


def summarise(tables: Mapping[str, Table], *, minimum: int = MIN_CELL) -> Summary:
    """Every figure of the summary from the merged tables named in ``USES``."""
    s = tables["session"]
    c = {name: s.column(name) for name in USES["session"]}
    sessions: dict[str, _Session] = {}
    starts: list[datetime] = []
    ends: list[datetime] = []
    trials: set[str] = set()
    for row in s.rows:
        sid = str(row[c["session_id"]])
        minutes, planned = row[c["minutes"]], row[c["planned_minutes"]]
        sessions[sid] = _Session(
            sid,
            str(row[c["institution"]] or ""),
            str(row[c["arm"]] or ""),
            float(minutes) if isinstance(minutes, int | float) else None,
            float(planned) if isinstance(planned, int | float) else None,
            row[c["ended_early"]] is True,
            row[c["texts_deleted_at"]] is not None,
        )
        trials.add(str(row[c["trial_id"]]))
        for key, into in (("started_at", starts), ("ended_at", ends)):
            when = row[c[key]]
            if isinstance(when, datetime):
                into.append(when)

    institutions = tuple(sorted({x.institution for x in sessions.values()}, key=_sort_key))
    arms = arm_order({x.arm for x in sessions.values()})
    count = Counter((x.institution, x.arm) for x in sessions.values())
    counts = tuple(tuple(count[i, a] for a in arms) for i in institutions)
    # The number of sessions is the overview's first figure: never hidden in the table.
    protected = protect_table(counts, minimum, grand_total_public=True)

    steps = _step_facts(tables["steps"])
    deviations = _deviation_sessions(tables["notes"])
    groups: dict[tuple[str | None, str], list[_Session]] = defaultdict(list)
    for x in sessions.values():
        groups[x.institution, x.arm].append(x)
        groups[None, x.arm].append(x)

    def cell_state(institution: str | None, arm: str) -> Cell:
        if institution is None:
            return protected.column_totals[arms.index(arm)]
        return protected.cells[institutions.index(institution)][arms.index(arm)]

    fidelity = {
        key: _fidelity(members, cell_state(*key), steps, deviations)
        for key, members in groups.items()
    }
    participation_rows = _export_counts(tables["bundles"])
    participation = {
        arm: _participation(groups[None, arm], cell_state(None, arm), participation_rows)
        for arm in arms
    }
    lengths = _lengths(tables["responses"], sessions, arms, participation, minimum)
    bundles = tables["bundles"]
    version = bundles.column("app_version")
    return Summary(
        trials=tuple(sorted(trials)),
        first_start=min(starts, default=None),
        last_end=max(ends, default=None),
        bundles=len(bundles.rows),
        sessions=len(sessions),
        app_versions=tuple(sorted({str(r[version]) for r in bundles.rows if r[version]})),
        institutions=institutions,
        arms=arms,
        minimum=minimum,
        counts=counts,
        protected=protected,
        fidelity=fidelity,
        participation=participation,
        lengths=lengths,
        texts_deleted_sessions=sum(x.texts_deleted for x in sessions.values()),
    )


def _sort_key(text: str) -> tuple[str, str]:
    """Alphabetical as a Dane reads it, near enough without a locale: case and accents
    folded, æ ø å after z."""
    folded = text.casefold().replace("æ", "{a").replace("ø", "{b").replace("å", "{c")
    return (folded, text)


@dataclass
class _Steps:
    planned: int = 0
    shown: int = 0
    videos: int = 0
    videos_finished: int = 0


def _step_facts(table: Table) -> dict[str, _Steps]:
    sid, kind, shown, outcome = (table.column(n) for n in USES["steps"][:4])
    facts: dict[str, _Steps] = defaultdict(_Steps)
    for row in table.rows:
        one = facts[str(row[sid])]
        one.planned += 1
        one.shown += row[shown] is True
        if row[kind] == "video":
            one.videos += 1
            one.videos_finished += row[outcome] == "finished"
    return facts


def _export_counts(table: Table) -> dict[str, dict[str, int | None]]:
    sid = table.column("session_id")
    index = {key: table.column(key) for key in PARTICIPATION}
    counts: dict[str, dict[str, int | None]] = {}
    for row in table.rows:
        counts[str(row[sid])] = {
            key: v if isinstance(v := row[i], int) and not isinstance(v, bool) else None
            for key, i in index.items()
        }
    return counts


def _deviation_sessions(table: Table) -> set[str]:
    sid, kind = table.column("session_id"), table.column("kind")
    return {str(row[sid]) for row in table.rows if row[kind] == "counsellor"}


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def _fidelity(
    members: Sequence[_Session], state: Cell, steps: Mapping[str, _Steps], deviations: set[str]
) -> Fidelity:
    n = len(members)
    if not state.shown:
        return Fidelity(n, state, None, None, None, None, None, None, None)
    minutes = [x.minutes for x in members if x.minutes is not None]
    planned = [x.planned_minutes for x in members if x.planned_minutes is not None]
    ratios = [
        x.minutes / x.planned_minutes
        for x in members
        if x.minutes is not None and x.planned_minutes
    ]
    facts = [steps.get(x.session_id, _Steps()) for x in members]
    return Fidelity(
        sessions=n,
        state=state,
        median_minutes=_median(minutes),
        median_planned_minutes=_median(planned),
        duration_of_plan=_median(ratios),
        steps_shown=_share(sum(f.shown for f in facts), sum(f.planned for f in facts)),
        videos_to_end=_share(sum(f.videos_finished for f in facts), sum(f.videos for f in facts)),
        with_deviation_notes=_share(sum(x.session_id in deviations for x in members), n),
        ended_early=_share(sum(x.ended_early for x in members), n),
    )


def _participation(
    members: Sequence[_Session], state: Cell, rows: Mapping[str, Mapping[str, int | None]]
) -> Participation:
    if not state.shown:
        return Participation(len(members), state, {}, {})
    totals: dict[str, int] = {}
    medians: dict[str, float] = {}
    for key in PARTICIPATION:
        values = [rows.get(x.session_id, {}).get(key) for x in members]
        known = [v for v in values if v is not None]
        totals[key] = sum(known)
        if known:
            medians[key] = float(statistics.median(known))
    return Participation(len(members), state, totals, medians)


def _lengths(
    table: Table,
    sessions: Mapping[str, _Session],
    arms: Sequence[str],
    participation: Mapping[str, Participation],
    minimum: int,
) -> dict[tuple[str, str], Lengths]:
    sid, kind, status, text = (table.column(n) for n in USES["responses"])
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    for row in table.rows:
        if row[status] != "submitted" or row[kind] not in WRITING_KINDS:
            continue
        session = sessions.get(str(row[sid]))
        body = row[text]
        if session is None or session.texts_deleted or not isinstance(body, str) or not body:
            continue
        found[session.arm, str(row[kind])].append(float(text_length(body)))
    lengths = {}
    for arm in arms:
        for k in WRITING_KINDS:
            values = sorted(found[arm, k])
            state = primary(len(values), minimum)
            if not participation[arm].state.shown:
                state = participation[arm].state
            if not state.shown or not values:
                lengths[arm, k] = Lengths(len(values), state, None, None, None)
                continue
            q1, q2, q3 = quartiles(values)
            lengths[arm, k] = Lengths(len(values), state, q1, q2, q3)
    return lengths
