"""The CLI as a user runs it: version, help, packs, demo, --data-dir and broken databases."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from belong_desktop import __version__, paths
from belong_desktop.core.pack_loader import validate_pack
from belong_desktop.store.db import open_database

from .conftest import Cli, rows


def _user_packs(data_dir: Path, pack: Path, name: str | None = None) -> Path:
    """Put a copy of ``pack`` in the data folder's own packs folder."""
    target = paths.user_packs_dir(data_dir) / (name or pack.name)
    shutil.copytree(pack, target)
    return target


def _break(pack: Path) -> Path:
    """Give a pack four problems: unknown arm, bad language, missing video, unknown field."""
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace('arm = "treatment"', 'arm = "placebo"\ncolour = "blue"')
    text = text.replace('languages = ["da", "en"]', 'languages = ["da", "en", "DE"]')
    manifest.write_text(text, encoding="utf-8")
    (pack / "jonas.mp4").unlink()
    return pack


# -- version and help ----------------------------------------------------------------------


def test_version_help_and_usage_errors(cli: Cli) -> None:
    started = [
        cli.start("--version"),
        cli.start("--version", script=True),
        cli.start("--help"),
        cli.start("session", "run", "--help"),
        cli.start("session", "run", "--pack", "x"),
    ]
    version, script_version, main_help, run_help, *usage = [
        cli.finish(*handle) for handle in started
    ]
    assert version.assert_ok().stdout.strip() == f"belong-desktop {__version__}"
    assert script_version.assert_ok().stdout == version.stdout
    for command in ("packs", "session", "demo", "--data-dir"):
        assert command in main_help.assert_ok().stdout
    assert "--headless" in run_help.assert_ok().stdout and "--resume" in run_help.stdout
    for result in usage:  # argparse: exit code 2 and a usage line
        assert result.returncode == 2, result
        assert "usage: belong-desktop" in result.stderr
        assert "Traceback" not in result.stderr


# -- packs ---------------------------------------------------------------------------------


def test_packs_list_text_and_json(cli: Cli, isolated_data_dir: Path, pack: Path) -> None:
    good = _user_packs(isolated_data_dir, pack)
    bad = _break(_user_packs(isolated_data_dir, pack, "broken"))

    text, as_json = cli.many(["packs", "list"], ["packs", "list", "--json"])
    lines = text.assert_ok().stdout.splitlines()
    (mine,) = [line for line in lines if line.startswith("cli-pack ")]
    assert "0.1.0" in mine and "treatment" in mine and "da,en" in mine
    assert "6 steps" in mine and "33 min" in mine and f"[{good}]" in mine
    (broken,) = [line for line in lines if line.startswith("broken ")]
    assert "INVALID" in broken and f"packs validate {bad}" in broken

    by_folder = {row["folder"]: row for row in as_json.assert_ok().json_lines()}
    assert by_folder[str(good)] == {
        "folder": str(good),
        "valid": True,
        "id": "cli-pack",
        "version": "0.1.0",
        "arm": "treatment",
        "languages": ["da", "en"],
        "steps": 6,
        "minutes": 33.0,
        "title": {"da": "Min pakke", "en": "My pack"},
    }
    assert by_folder[str(bad)]["valid"] is False
    assert len(by_folder[str(bad)]["problems"]) >= 4
    assert all(isinstance(p, str) for p in by_folder[str(bad)]["problems"])


def test_packs_validate(cli: Cli, pack: Path, tmp_path: Path) -> None:
    broken = _break(Path(shutil.copytree(pack, tmp_path / "broken")))
    ok, bad, missing = cli.many(
        ["packs", "validate", pack],
        ["packs", "validate", broken],
        ["packs", "validate", tmp_path / "nowhere"],
    )
    assert ok.assert_ok().stdout.strip() == f"ok: {pack} is a valid content pack"

    assert bad.returncode == 1
    lines = bad.stdout.splitlines()
    assert lines[0] == f"{broken}: {len(lines) - 1} problems"
    problems = "\n".join(lines[1:])
    assert len(lines) - 1 >= 4
    assert all(line.startswith("  - ") for line in lines[1:])
    assert "arm: unknown value 'placebo'" in problems
    assert "colour: unknown field" in problems
    assert "'DE' is not a two-letter language code" in problems
    assert "video file 'jonas.mp4' not found" in problems
    assert "Traceback" not in bad.stderr

    assert missing.returncode == 1 and "no manifest" in missing.stdout


def test_packs_new_makes_a_valid_pack(cli: Cli, video_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "Mit Hold"
    control = tmp_path / "control"
    first = cli.start("packs", "new", "--from-videos", video_dir, "--out", out)
    second = cli.start(
        "packs",
        "new",
        "--from-videos",
        video_dir,
        "--out",
        control,
        "--id",
        "kontrol",
        "--languages",
        "en",
        "--arm",
        "control",
        script=True,
    )
    made = cli.finish(*first).assert_ok()
    cli.finish(*second).assert_ok()
    lines = made.stdout.splitlines()
    warnings = [line for line in lines if line.startswith("warning: ")]
    assert len(warnings) == 3  # amina.en, jonas.da, jonas.en subtitles are missing
    assert lines[-1].startswith(f"made pack 'mit-hold' in {out}: 6 steps, 33 minutes.")
    assert validate_pack(out) == [] and validate_pack(control) == []
    assert (out / "amina.da.srt").read_text(encoding="utf-8") == (
        video_dir / "amina.da.srt"
    ).read_text(encoding="utf-8")

    text = (control / "pack.toml").read_text(encoding="utf-8")
    assert 'id = "kontrol"' in text and 'arm = "control"' in text
    assert 'languages = ["en"]' in text


def test_packs_new_refusals(cli: Cli, video_dir: Path, tmp_path: Path) -> None:
    not_empty = tmp_path / "full"
    not_empty.mkdir()
    (not_empty / "keep.txt").write_text("mine")
    no_videos = tmp_path / "empty-videos"
    no_videos.mkdir()
    results = cli.many(
        ["packs", "new", "--from-videos", tmp_path / "nowhere", "--out", tmp_path / "a"],
        ["packs", "new", "--from-videos", no_videos, "--out", tmp_path / "b"],
        ["packs", "new", "--from-videos", video_dir, "--out", not_empty],
        ["packs", "new", "--from-videos", video_dir, "--out", tmp_path / "c", "--languages", "de"],
    )
    results[0].assert_clean_error("is not a folder")
    results[1].assert_clean_error("no video files")
    results[2].assert_clean_error("exists and is not empty")
    results[3].assert_clean_error("da, en, nb, nl only, not de")
    assert not any((tmp_path / name).exists() for name in "abc")
    assert [p.name for p in not_empty.iterdir()] == ["keep.txt"]


def test_packs_new_bad_options_fail_cleanly_without_leftovers(
    cli: Cli, video_dir: Path, tmp_path: Path
) -> None:
    """One line on stderr and no half-made pack folder that blocks the next try."""
    a_file = tmp_path / "pack.txt"
    a_file.write_text("mine")
    results = cli.many(
        ["packs", "new", "--from-videos", video_dir, "--out", a_file],
        ["packs", "new", "--from-videos", video_dir, "--out", tmp_path / "a", "--id", "Mit Hold"],
        ["packs", "new", "--from-videos", video_dir, "--out", tmp_path / "b", "--languages", ","],
    )
    for result in results:
        result.assert_clean_error()
    assert a_file.read_text() == "mine"
    for name in ("a", "b"):
        folder = tmp_path / name
        assert not folder.exists() or not any(folder.iterdir()), f"{name} was left behind"


# -- demo ----------------------------------------------------------------------------------


def test_demo_prints_every_step_and_the_log(cli: Cli, pack: Path, isolated_data_dir: Path) -> None:
    fast, too_slow, bad_language = cli.many(
        ["demo", "--speed", "100000", "--pack", pack],
        ["demo", "--speed", "0", "--pack", pack],
        ["demo", "--speed", "100000", "--pack", pack, "--language", "de"],
    )
    assert not isolated_data_dir.exists()  # without --keep nothing is stored
    out = fast.assert_ok().stdout
    assert out.startswith("Rehearsal: Min pakke — 6 steps, 33 minutes planned, at 100000× speed")
    for n, (kind, title) in enumerate(
        [
            ("message", "Velkommen"),
            ("video", "Video: amina"),
            ("video", "Video: jonas"),
            ("reflection", "Skriv: Hvad genkendte du fra videoerne?"),
            ("letter", "Skriv et brev til næste års nye studerende"),
            ("closing", "Tak for i dag"),
        ],
        start=1,
    ):
        line = next(line for line in out.splitlines() if line.startswith(f"[ {n}/6]"))
        assert kind in line and line.endswith(title)
    log = out.split("\nStep log\n", 1)[1].splitlines()
    assert log[0].split() == ["#", "STEP", "KIND", "HOW", "PLANNED", "ACTUAL"]
    ids = [row.split()[1] for row in log[1:7]]
    assert ids == ["welcome", "amina", "jonas", "reflection", "letter", "closing"]
    assert log[7].startswith("Total ") and "of 33 planned minutes" in log[7]

    too_slow.assert_clean_error("speed must be above 0")
    assert too_slow.stdout == ""
    bad_language.assert_clean_error("no language 'de'")


def test_demo_keep_stores_the_session(cli: Cli, pack: Path, isolated_data_dir: Path) -> None:
    cli("demo", "--speed", "100000", "--pack", pack, "--keep", "--group", "REH-2").assert_ok()
    db_file = paths.database_file(isolated_data_dir)
    assert rows(db_file, "SELECT group_code, state, step_index FROM sessions") == [
        ("REH-2", "ended", 5)
    ]
    assert rows(db_file, "SELECT count(*) FROM step_visits") == [(6,)]


# -- --data-dir ----------------------------------------------------------------------------


def test_data_dir_overrides_the_environment_on_every_command(
    cli: Cli, pack: Path, video_dir: Path, isolated_data_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    _user_packs(other, pack)
    started = [
        cli.start("packs", "list", "--json", "--data-dir", other),
        cli.start("--data-dir", other, "packs", "validate", pack),
        cli.start(
            "packs", "new", "--data-dir", other, "--from-videos", video_dir, "--out", tmp_path / "n"
        ),
        cli.start("demo", "--speed", "100000", "--pack", "cli-pack", "--keep", "--data-dir", other),
    ]
    results = [cli.finish(*handle).assert_ok() for handle in started]
    assert str(paths.user_packs_dir(other) / "cli-pack") in results[0].stdout
    run = cli(
        "session",
        "run",
        "--headless",
        "--data-dir",
        other,
        "--pack",
        "cli-pack",
        "--group",
        "G1",
        input="end\n",
    ).assert_ok()  # not beside demo --keep: two writers at once is its own test
    assert [e["event"] for e in run.json_lines()][-2:] == ["session_ended", "classroom_closed"]
    listed = cli("--data-dir", other, "session", "list", "--json").assert_ok()
    assert sorted(s["group"] for s in listed.json_lines()) == ["DEMO", "G1"]
    assert not isolated_data_dir.exists(), "BELONG_DATA_DIR was used despite --data-dir"


# -- broken databases ----------------------------------------------------------------------


def test_a_corrupt_database_gives_one_clear_line(
    cli: Cli, pack: Path, isolated_data_dir: Path
) -> None:
    db_file = paths.database_file(isolated_data_dir)
    db_file.parent.mkdir(parents=True)
    junk = os.urandom(4096)
    db_file.write_bytes(junk)
    started = [
        cli.start("session", "list"),
        cli.start("demo", "--speed", "100000", "--pack", pack, "--keep"),
        cli.start("session", "run", "--headless", "--pack", pack, "--group", "G1", input="next\n"),
    ]
    results = [cli.finish(*handle) for handle in started]
    for result in results:
        result.assert_clean_error(str(db_file), "not a belong-desktop database")
        assert result.stdout == ""
    assert db_file.read_bytes() == junk


def test_a_database_from_a_newer_version_gives_one_clear_line(
    cli: Cli, isolated_data_dir: Path
) -> None:
    db_file = paths.database_file(isolated_data_dir)
    open_database(db_file).dispose()
    con = sqlite3.connect(db_file)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    cli("session", "list").assert_clean_error("newer version of belong-desktop")
