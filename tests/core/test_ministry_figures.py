"""The ministry summary's figures over plain merged rows: what counts, medians, quartiles,
and which cells are kept back (pure Python, like the core)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest

from belong_desktop.core.ministry_summary import (
    USES,
    Table,
    quartiles,
    summarise,
    text_length,
)
from belong_desktop.core.suppression import Cell

T0 = datetime(2027, 2, 1, 9, 0)


class Trial:
    """Rows of the merged tables, only the columns the summary uses."""

    def __init__(self) -> None:
        self.rows: dict[str, list[list[object]]] = {name: [] for name in USES}

    def session(
        self,
        institution: str,
        arm: str,
        *,
        minutes: float = 50.0,
        planned: float = 53.5,
        early: bool = False,
        shown: Sequence[bool] = (True,) * 6,
        videos: Sequence[str | None] = ("finished", "finished"),
        notes: Sequence[str] = (),
        counts: tuple[int, int, int] = (20, 30, 4),
        texts: Sequence[tuple[str, str, str]] = (),
        deleted: bool = False,
        day: int = 0,
        version: str = "0.1.0",
    ) -> str:
        sid = f"s{len(self.rows['session']):04d}"
        start = T0 + timedelta(days=day)
        self.rows["session"].append(
            [sid, "UFM-T", institution, arm, start, start + timedelta(minutes=minutes), early,
             minutes, planned, T0 if deleted else None]
        )  # fmt: skip
        self.rows["bundles"].append([sid, version, *counts])
        for index, seen in enumerate(shown):
            kind = "video" if index < len(videos) else "message"
            outcome = videos[index] if index < len(videos) else None
            self.rows["steps"].append([sid, kind, seen, outcome])
        self.rows["notes"] += [[sid, kind] for kind in notes]
        self.rows["responses"] += [[sid, kind, status, text] for kind, status, text in texts]
        return sid

    def tables(self) -> dict[str, Table]:
        return {name: Table(USES[name], rows) for name, rows in self.rows.items()}


def test_quartiles_and_lengths() -> None:
    assert quartiles([1.0, 2.0, 3.0, 4.0, 5.0]) == (2.0, 3.0, 4.0)
    assert quartiles([10.0]) == (10.0, 10.0, 10.0)
    assert text_length("blåbær") == 6
    assert text_length("bla\u030aba\u030ar") == 6  # å typed as a + ring counts once
    assert text_length("hej 😊") == 5


def test_sessions_fidelity_and_participation() -> None:
    trial = Trial()
    for n in range(6):
        trial.session(
            "Aarhus Tech",
            "treatment",
            minutes=40.0 + n,
            planned=50.0,
            early=n == 0,
            shown=(True, True, True, True, True, n != 1),
            videos=("finished", "stopped" if n == 2 else "finished"),
            notes=("counsellor", "system") if n < 3 else ("system",),
            counts=(10 + n, 20, n),
            day=n,
        )
    for _ in range(5):
        trial.session("Aarhus Tech", "control", version="0.2.0", day=9)
    s = summarise(trial.tables())
    assert s.sessions == 11 and s.bundles == 11
    assert s.institutions == ("Aarhus Tech",) and s.arms == ("treatment", "control")
    assert s.counts == ((6, 5),)
    assert s.app_versions == ("0.1.0", "0.2.0")
    assert s.first_start == T0 and s.last_end == T0 + timedelta(days=9, minutes=50)
    f = s.fidelity["Aarhus Tech", "treatment"]
    assert f.state is Cell.SHOWN and f.sessions == 6
    assert f.median_minutes == 42.5 and f.median_planned_minutes == 50.0
    assert f.duration_of_plan == pytest.approx(42.5 / 50)
    assert f.steps_shown == pytest.approx(35 / 36)
    assert f.videos_to_end == pytest.approx(11 / 12)
    assert f.with_deviation_notes == pytest.approx(0.5)  # system notes are no deviation
    assert f.ended_early == pytest.approx(1 / 6)
    assert s.fidelity[None, "treatment"] == f
    p = s.participation["treatment"]
    assert p.totals == {"devices": 75, "texts_sent": 120, "drafts_at_close": 15}
    assert p.medians == {"devices": 12.5, "texts_sent": 20.0, "drafts_at_close": 2.5}


def test_only_submitted_texts_count_and_deleted_sessions_are_left_out() -> None:
    trial = Trial()
    texts = [("reflection", "submitted", "x" * n) for n in (10, 20, 30, 40, 50)]
    texts += [("letter", "submitted", "y" * n) for n in (100, 200, 300, 400)]
    texts += [("letter", "draft_at_close", "z" * 5000), ("reflection", "draft", "z" * 9000)]
    texts += [("poll", "submitted", "ignored")]
    trial.session("A", "treatment", texts=texts)
    for _ in range(4):
        trial.session("A", "treatment", texts=[("letter", "submitted", "")])  # an empty text
    trial.session("A", "treatment", texts=[("letter", "submitted", "w" * 9999)], deleted=True)
    s = summarise(trial.tables())
    reflection = s.lengths["treatment", "reflection"]
    assert (reflection.texts, reflection.q1, reflection.median, reflection.q3) == (
        5,
        20.0,
        30.0,
        40.0,
    )
    letter = s.lengths["treatment", "letter"]  # four letters: kept back
    assert letter.texts == 4 and letter.state is Cell.SMALL and letter.median is None
    assert s.texts_deleted_sessions == 1


def test_small_cells_are_kept_back_everywhere_with_their_complements() -> None:
    trial = Trial()
    for institution, arm, count in [
        ("Københavns Professionshøjskole", "treatment", 8),
        ("Københavns Professionshøjskole", "control", 7),
        ("Ærø", "treatment", 2),
        ("Ærø", "control", 9),
        ("Aalborg", "treatment", 6),
        ("Aalborg", "control", 6),
    ]:
        for _ in range(count):
            trial.session(institution, arm)
    s = summarise(trial.tables())
    assert s.institutions == ("Aalborg", "Københavns Professionshøjskole", "Ærø")  # æ after z
    assert s.count_state("Ærø", "treatment") is Cell.SMALL
    assert s.count_state("Ærø", "control") is Cell.COMPLEMENT
    assert s.count_state("Aalborg", "treatment") is Cell.COMPLEMENT  # the smallest other
    assert s.count_state(None, "treatment") is Cell.SHOWN
    for key in [("Ærø", "treatment"), ("Ærø", "control"), ("Aalborg", "treatment")]:
        f = s.fidelity[key]
        assert not f.state.shown and f.median_minutes is None and f.ended_early is None
    assert s.fidelity["Københavns Professionshøjskole", "treatment"].state is Cell.SHOWN


def test_an_arm_with_fewer_than_five_sessions_keeps_everything_of_it_back() -> None:
    trial = Trial()
    texts = [("letter", "submitted", "x" * 80)] * 10
    for _ in range(3):
        trial.session("A", "treatment", texts=texts)
    for _ in range(7):
        trial.session("A", "control", texts=texts)
    s = summarise(trial.tables())
    assert s.count_state(None, "treatment") is Cell.SMALL
    assert s.participation["treatment"].state is Cell.SMALL
    assert s.participation["treatment"].totals == {}
    assert s.lengths["treatment", "letter"].state is Cell.SMALL
    assert s.lengths["treatment", "letter"].median is None
    assert not s.participation["control"].state.shown  # its complement: 10 - 7 = 3


def test_unknown_arms_follow_and_missing_values_do_not_crash() -> None:
    trial = Trial()
    for _ in range(5):
        trial.session("A", "pilot", minutes=30.0)
    trial.rows["session"][0][7] = None  # minutes not recorded
    trial.rows["session"][1][8] = None  # no plan
    trial.rows["bundles"][0][2] = None  # devices not in the manifest
    trial.rows["steps"].clear()
    s = summarise(trial.tables())
    assert s.arms == ("pilot",)
    f = s.fidelity["A", "pilot"]
    assert f.median_minutes == 30.0 and f.steps_shown is None and f.videos_to_end is None
    assert s.participation["pilot"].totals["devices"] == 80
