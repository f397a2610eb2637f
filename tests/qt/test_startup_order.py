"""The control window is on screen before the store (SQLAlchemy) is imported, and the
runtime opens behind it (issue 12's start-up target: ``benchmarks/startup.py`` measures
the time, this holds the order so it cannot slip back)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from belong_desktop import paths
from belong_desktop.cli import router
from belong_desktop.services.runtime import open_runtime

REPO = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("startup_probe.py")


def _start(data_dir: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BELONG_VIDEO_BACKEND="qt")
    done = subprocess.run(
        [sys.executable, str(PROBE), str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_window_is_shown_before_the_store_is_imported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    # The first start makes the database (Alembic migrates it, behind the window too);
    # the second opens the current database it left.
    for start, migrates in (("a new database", True), ("a current one", False)):
        report = _start(data)
        assert report["code"] == 0, start
        moments = report["moments"]
        assert isinstance(moments, list)
        order = [m["what"] for m in moments]
        expected = ["window exposed", "import sqlalchemy", "runtime attached"]
        if migrates:
            expected.insert(2, "import alembic")
        assert order == expected, (start, order)
        # The store is imported off the GUI thread: the window stays responsive meanwhile.
        assert moments[1]["main_thread"] is False, start
        attached = moments[-1]
        assert attached["packs"] > 0 and attached["start_enabled"] is True, start
        assert attached["cover_enabled"] is True, start
        assert report["opening"] == [True], start  # the quiet "opening" state, controls off


def test_the_stored_language_is_the_windows_language_from_the_start(tmp_path: Path) -> None:
    """Chosen once in the settings, the language is applied when the app next starts."""
    data = tmp_path / "data"
    first = _start(data)
    assert first["moments"][-1]["language"] == "da"  # type: ignore[index]
    assert first["moments"][-1]["number"] == "52,5"  # type: ignore[index]
    with open_runtime(paths.database_file(data), []) as rt:
        rt.preferences.set_gui_language("en")
    again = _start(data)
    assert again["code"] == 0
    assert again["moments"][-1]["language"] == "en"  # type: ignore[index]
    assert again["moments"][-1]["number"] == "52.5"  # type: ignore[index]


def test_the_app_without_a_command_imports_no_services_before_its_window() -> None:
    probe = (
        "import sys, json\n"
        "import belong_desktop.__main__, belong_desktop.app, belong_desktop.qt.launch\n"
        "from belong_desktop.cli import router\n"
        "router.build_parser(())\n"
        "print(json.dumps([m for m in sys.modules if m.startswith('belong_desktop.services')"
        " or m in ('sqlalchemy', 'yaml')]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout) == []


def test_only_a_bare_start_skips_the_command_groups() -> None:
    assert router.starts_the_app([])
    assert router.starts_the_app(["--data-dir", "/x"])
    assert router.starts_the_app(["--data-dir=/x"])
    for argv in (
        ["--help"],
        ["--version"],
        ["--data-dir"],
        ["--data-dir="],
        ["packs", "list"],
        ["--data-dir", "/x", "session", "list"],
        ["-h"],
    ):
        assert not router.starts_the_app(argv), argv


@pytest.mark.qt
def test_an_opener_that_fails_unexpectedly_is_said_calmly_and_ends_the_app(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    """Not a refused database but a bug: the window it happened behind says so, exit 1."""
    from contextlib import ExitStack

    from belong_desktop.qt.dialogs import CloseChoice, Dialogs
    from belong_desktop.qt.launch import run_windows

    told: list[tuple[str, str]] = []

    def broken(_stack: ExitStack) -> object:
        raise RuntimeError("a bug while opening")

    dialogs = Dialogs(
        lambda _t, _q: False,
        lambda _t, _p, _n: None,
        lambda: CloseChoice.CANCEL,
        lambda title, text: told.append((title, text)),
    )
    assert run_windows(broken, io.StringIO(), dialogs=dialogs) == 1  # type: ignore[arg-type]
    assert [title for title, _text in told] == ["Programmet kunne ikke starte"]
    assert "a bug while opening" in caplog.text  # the traceback is in the log
