"""The one router: every command group from one parser, one error model at the surface.

The in-process tests call ``belong_desktop.cli.main`` with command groups of their own
(the way ``kit`` or ``report`` will be added): the router, the log and the crash hook are
the real ones. The rest run the real program as a subprocess.
"""

from __future__ import annotations

import argparse
import io
import logging
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from belong_desktop import cli, logs, paths
from belong_desktop.cli.common import (
    EXIT_CRASH,
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    Commands,
    Invocation,
)
from belong_desktop.cli.router import GROUPS, build_parser
from belong_desktop.core.errors import InvalidInput
from belong_desktop.services.rehearsal import check_speed

from .conftest import TIMEOUT, Cli

# -- in-process: the router with command groups of the test's own ---------------------------


class _Trouble:
    """A command group as a module would be one: ``register`` adds its commands."""

    seen: ClassVar[list[Invocation]] = []

    @staticmethod
    def register(commands: Commands) -> None:
        trouble = commands.group("trouble", help="commands that go wrong in different ways")
        trouble.add("fine", _Trouble.fine, help="works").add_argument("--word", default="")
        trouble.add("refused", _Trouble.refused, help="a user error")
        trouble.add("bug", _Trouble.bug, help="an unexpected error")
        trouble.add("interrupted", _Trouble.interrupted, help="Ctrl-C")

    @staticmethod
    def fine(args: argparse.Namespace, run: Invocation) -> int:
        _Trouble.seen.append(run)
        print(f"fine {args.word}", file=run.out)
        return EXIT_OK

    @staticmethod
    def refused(_args: argparse.Namespace, _run: Invocation) -> int:
        raise InvalidInput("that value cannot be used", code="test_refusal")

    @staticmethod
    def bug(_args: argparse.Namespace, _run: Invocation) -> int:
        return {"a": 1}["b"]  # a real KeyError, the kind of slip a bug is

    @staticmethod
    def interrupted(_args: argparse.Namespace, _run: Invocation) -> int:
        raise KeyboardInterrupt


def _flush_log() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_a_group_registers_its_commands_and_gets_its_invocation(tmp_path: Path) -> None:
    out = io.StringIO()
    _Trouble.seen.clear()
    code = cli.main(
        ["trouble", "fine", "--word", "hello", "--data-dir", str(tmp_path / "d")],
        stdout=out,
        groups=(*GROUPS, _Trouble),
    )
    assert (code, out.getvalue()) == (EXIT_OK, "fine hello\n")
    (run,) = _Trouble.seen
    assert run.data_dir == tmp_path / "d" and run.out is out
    assert logs.log_file() == paths.log_dir() / logs.LOG_FILE  # the process was started


def test_every_command_of_every_group_routes_to_its_own_module() -> None:
    parser = build_parser()
    cases = {
        ("packs", "list"): "packs",
        ("packs", "validate", "x"): "packs",
        ("packs", "new", "--from-videos", "v", "--out", "o"): "packs",
        ("session", "list"): "session",
        ("session", "end", "some-id"): "session",
        ("session", "run", "--headless"): "session",
        ("demo",): "demo",
        ("demo", "--gui"): "demo",
        ("report", "letters", "--sessions", "a", "b", "--out", "o.pdf"): "report",
        ("report", "letters-review", "--sessions", "a"): "report",
    }
    for argv, group in cases.items():
        args = parser.parse_args([*argv, "--data-dir", "D"])
        assert args.handler.__module__ == f"belong_desktop.cli.{group}", argv
        assert args.data_dir == "D"
    assert not hasattr(parser.parse_args([]), "handler")  # no command: the app (below)


def test_a_user_error_in_any_handler_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli.main(["trouble", "refused"], stdout=io.StringIO(), groups=(_Trouble,))
    assert code == EXIT_ERROR
    assert capsys.readouterr().err == "belong-desktop: that value cannot be used\n"


def test_an_unexpected_error_is_logged_with_its_traceback_and_one_calm_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli.main(["trouble", "bug"], stdout=io.StringIO(), groups=(_Trouble,))
    assert code == EXIT_CRASH
    log_file = paths.log_dir() / logs.LOG_FILE  # $BELONG_LOG_DIR, this test's own
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("belong-desktop: an unexpected error occurred")
    assert err[0].endswith(f"the details are in {log_file}")
    assert "Traceback" not in err[0]
    _flush_log()
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "uncaught KeyError" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'b'" in text
    assert 'return {"a": 1}["b"]' in text  # the line that failed


def test_ctrl_c_outside_the_runner_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["trouble", "interrupted"], stdout=io.StringIO(), groups=(_Trouble,))
    assert code == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "belong-desktop: interrupted\n"


def test_a_usage_error_stays_argparse_exit_2_and_starts_no_log(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["trouble"], groups=(_Trouble,))
    assert exited.value.code == 2
    assert "usage: belong-desktop trouble" in capsys.readouterr().err
    assert logs.log_file() is None and not paths.log_dir().exists()


# -- subprocesses: the real program -----------------------------------------------------------


def _without_display(env: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}


def test_each_group_and_demo_gui_from_the_console_script(
    cli: Cli, pack: Path, subprocess_env: dict[str, str]
) -> None:
    bare = _without_display(subprocess_env)
    started = [
        cli.start("packs", "list", "--json", script=True),
        cli.start("session", "list", script=True),
        cli.start("demo", "--speed", "100000", "--pack", pack, script=True),
        cli.start("demo", "--gui", "--pack", pack, script=True, env=bare),
        cli.start("demo", "--gui", "--pack", pack, env=bare),
    ]
    listed, sessions, demo, *gui = [cli.finish(*handle) for handle in started]
    assert any(row["id"] == "belonging" for row in listed.assert_ok().json_lines())
    assert sessions.assert_ok().stdout == "No sessions yet.\n"
    assert "Step log" in demo.assert_ok().stdout
    for result in gui:
        result.assert_clean_error("demo --gui needs a display (none found)")
        assert result.stdout == ""


def test_the_speed_has_one_rule_with_and_without_windows(
    cli: Cli, pack: Path, subprocess_env: dict[str, str]
) -> None:
    """0 and 2e6 are refused by `demo` and `demo --gui` in the same words, before any
    window: with a display named (that does not exist) the speed is still what is refused."""
    with pytest.raises(InvalidInput) as refused:
        check_speed(0)
    expected = f"belong-desktop: {refused.value}\n"
    bare = _without_display(subprocess_env)
    with_display = {k: v for k, v in bare.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": ":4242"}
    started = []
    for speed in ("0", "2e6"):
        started += [
            cli.start("demo", "--speed", speed, "--pack", pack),
            cli.start("demo", "--gui", "--speed", speed, "--pack", pack, env=bare),
            cli.start("demo", "--gui", "--speed", speed, "--pack", pack, env=with_display),
        ]
    for result in (cli.finish(*handle) for handle in started):
        result.assert_clean_error()
        assert result.stderr == expected and result.stdout == ""
    assert "at most 1000000" in expected


def test_user_errors_of_every_group_are_one_line(
    cli: Cli, pack: Path, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    results = cli.many(
        ["packs", "new", "--from-videos", tmp_path / "nowhere", "--out", tmp_path / "p"],
        ["session", "list", "--data-dir", a_file],
        ["session", "end", "no-such-id"],
        ["session", "run", "--headless", "--no-classroom", "--resume"],
        ["demo", "--speed", "100000", "--pack", "no-such-pack"],
        ["demo", "--speed", "100000", "--pack", pack, "--language", "de"],
    )
    results[0].assert_clean_error("is not a folder")
    results[1].assert_clean_error("cannot create the database", str(a_file))
    results[2].assert_clean_error("no session with id 'no-such-id'")
    results[3].assert_clean_error("no unfinished session to resume")
    results[4].assert_clean_error("no content pack 'no-such-pack'")
    results[5].assert_clean_error("no language 'de'")


def test_a_broken_pack_is_one_error_with_its_problems_listed(cli: Cli, tmp_path: Path) -> None:
    """The one multi-line refusal: the first line is the error, then the problems."""
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.toml").write_text('id = "broken"\n', encoding="utf-8")
    result = cli("demo", "--speed", "100000", "--pack", broken)
    assert result.returncode == 1 and result.stdout == ""
    first, *problems = result.stderr.splitlines()
    assert first == f"belong-desktop: invalid content pack {broken} ({len(problems)} problems):"
    assert problems and all(line.startswith("  - ") for line in problems)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("unbuffered", [True, False], ids=["unbuffered", "buffered"])
def test_a_reader_that_goes_away_ends_the_command_quietly(
    subprocess_env: dict[str, str], tmp_path: Path, unbuffered: bool
) -> None:
    """`belong-desktop packs list | head -0`: no traceback, no crash report, exit 1."""
    env = dict(subprocess_env)
    if not unbuffered:
        env.pop("PYTHONUNBUFFERED", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "belong_desktop", "packs", "list"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the program has written anything
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=TIMEOUT) == 1
    assert err == b""
    log_file = Path(env[paths.LOG_DIR_ENV]) / logs.LOG_FILE
    assert "uncaught" not in log_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("script", [False, True], ids=["python -m", "console script"])
def test_no_command_and_no_display_starts_the_rehearsal(
    cli: Cli, subprocess_env: dict[str, str], tmp_path: Path, script: bool
) -> None:
    """`make run` without a display: the app says so and rehearses. Only the start is
    watched: the shipped pack would take a minute at 60× speed."""
    env = _without_display(subprocess_env)
    env["TMPDIR"] = str(tmp_path / "tmp")  # the rehearsal's throwaway database goes here
    (tmp_path / "tmp").mkdir()
    data = tmp_path / "app-data"
    proc = subprocess.Popen(
        cli.command(["--data-dir", data], script=script),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
    )
    try:
        assert proc.stdout is not None
        first, second, third, step = (proc.stdout.readline() for _ in range(4))
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=TIMEOUT)
    assert first.startswith("No display found (DISPLAY/WAYLAND_DISPLAY not set)"), err
    assert "headless rehearsal" in first
    assert second.strip() == f"Data folder: {data}"
    assert third.startswith("Rehearsal: ") and "at 60× speed" in third
    assert step.startswith("[ 1/")
    assert "Traceback" not in err


_FREEZE_COUNT = """
import gc, sys
from belong_desktop.cli import main
code = main(sys.argv[1:])
print(f"frozen {gc.get_freeze_count()}", file=sys.stderr)
sys.exit(code)
"""


def test_the_headless_runner_freezes_start_up_objects_once_started(
    pack: Path, subprocess_env: dict[str, str], tmp_path: Path
) -> None:
    """gc.freeze happens in the runner (after the student page is up), not on import."""

    def frozen(*args: str, stdin: str = "") -> int:
        done = subprocess.run(
            [sys.executable, "-c", _FREEZE_COUNT, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=subprocess_env,
            cwd=tmp_path,
            timeout=TIMEOUT,
        )
        assert done.returncode == 0, done.stderr
        return int(done.stderr.rsplit("frozen ", 1)[1])

    group = ["--pack", str(pack), "--group", "GC-1"]
    assert frozen("session", "list") == 0
    assert frozen("session", "run", "--headless", "--bind", "127.0.0.1", *group, stdin="end\n") > 0
