"""The headless rehearsal (``belong-desktop demo``) and the app's no-display start."""

from __future__ import annotations

import io
import math
import sqlite3
import tempfile
from pathlib import Path

import pytest

from belong_desktop import paths
from belong_desktop.app import has_display, run_app
from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.pack_loader import load_pack
from belong_desktop.services.packs import PackNotFound
from belong_desktop.services.rehearsal import MAX_SPEED, rehearse

FAST = 100_000.0  # 33 planned minutes in about 20 ms


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ``tempfile`` at a folder of our own, to see what a rehearsal leaves behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_throwaway_rehearsal_leaves_no_file(
    packs_dir: Path, isolated_data_dir: Path, private_tmp: Path
) -> None:
    out = io.StringIO()
    session_id = rehearse(None, [packs_dir], "svc-pack", speed=FAST, out=out)
    assert session_id
    assert not isolated_data_dir.exists()
    assert list(private_tmp.iterdir()) == []  # the temporary database is gone too
    text = out.getvalue()
    assert "Rehearsal: Min pakke — 6 steps, 33 minutes planned" in text


def test_the_output_shows_every_step_and_the_log(packs_dir: Path, pack_dir: Path) -> None:
    out = io.StringIO()
    rehearse(None, [packs_dir], "svc-pack", language="en", speed=FAST, out=out)
    text = out.getvalue()
    pack = load_pack(pack_dir)
    for n, step in enumerate(pack.steps, start=1):
        assert f"[{n:>2}/6] {step.kind.value:<10}" in text
        assert step.projector.get("en") in text
    log = text.split("\nStep log\n", 1)[1]
    rows = [line.split() for line in log.splitlines()[1:7]]
    assert [row[1] for row in rows] == [s.id for s in pack.steps]
    assert [row[3] for row in rows] == ["start"] + ["next"] * 5
    assert "of 33 planned minutes (times scaled to real speed)" in log


@pytest.mark.parametrize("speed", [0, -1, MAX_SPEED * 2, math.inf, math.nan])
def test_speed_out_of_range(
    packs_dir: Path, private_tmp: Path, isolated_data_dir: Path, speed: float
) -> None:
    out = io.StringIO()
    with pytest.raises(InvalidInput, match="speed must be above 0"):
        rehearse(None, [packs_dir], "svc-pack", speed=speed, out=out)
    assert out.getvalue() == ""
    assert list(private_tmp.iterdir()) == []
    assert not isolated_data_dir.exists()


def test_a_kept_rehearsal_is_stored_and_ended(tmp_path: Path, packs_dir: Path) -> None:
    database = tmp_path / "kept" / "belong.sqlite3"
    session_id = rehearse(
        database, [packs_dir], "svc-pack", group="REH-1", speed=FAST, out=io.StringIO()
    )
    con = sqlite3.connect(database)
    try:
        (row,) = con.execute(
            "SELECT id, state, group_code, step_index, ended_early, ended_at IS NOT NULL "
            "FROM sessions"
        ).fetchall()
        visits = con.execute(
            "SELECT seq, step_index, entered_by, left_at IS NULL FROM step_visits ORDER BY seq"
        ).fetchall()
    finally:
        con.close()
    assert row == (session_id, "ended", "REH-1", 5, 0, 1)
    assert visits == [(i, i, "start" if i == 0 else "next", 0) for i in range(6)]


def test_an_unknown_pack_fails_before_anything_runs(packs_dir: Path, tmp_path: Path) -> None:
    database = tmp_path / "kept" / "belong.sqlite3"
    out = io.StringIO()
    with pytest.raises(PackNotFound, match="svc-pack"):
        rehearse(database, [packs_dir], "nope", speed=FAST, out=out)
    assert out.getvalue() == ""
    con = sqlite3.connect(database)
    try:
        assert con.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
    finally:
        con.close()


def test_the_app_without_a_display_runs_the_rehearsal(
    monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, private_tmp: Path
) -> None:
    if not (paths.builtin_packs_dir() / "belonging").is_dir():
        pytest.skip("assets/packs/belonging is not there yet (another change ships it)")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert has_display() is False
    out = io.StringIO()
    assert run_app(isolated_data_dir, out, speed=MAX_SPEED) == 0
    text = out.getvalue()
    first, second = text.splitlines()[:2]
    assert first.startswith("No display found")
    assert "headless rehearsal" in first
    assert second == f"Data folder: {isolated_data_dir}"
    assert "\nStep log\n" in text
    assert not isolated_data_dir.exists()
    assert list(private_tmp.iterdir()) == []


def test_offscreen_qt_counts_as_no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert has_display() is False
