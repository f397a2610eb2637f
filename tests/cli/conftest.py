"""Fixtures for the CLI's tests: real subprocesses, tiny real videos, a pack made from them.

``cli`` runs ``python -m belong_desktop`` (or the ``belong-desktop`` console script) and
returns its exit code and output; ``cli.many`` runs several at once to keep the suite
fast. ``headless`` starts ``session run --headless`` and talks to it line by line.
"""

from __future__ import annotations

import json
import os
import platform
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from belong_desktop.services.pack_authoring import new_pack_from_videos
from benchmarks._json_lines import JsonLinesChild, NotJson

SCRIPT = Path(sys.executable).with_name("belong-desktop")
SRT = "1\n00:00:00,000 --> 00:00:01,500\nHej og velkommen\n"
TIMEOUT = 30.0


# -- media and packs -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def video_dir(tmp_path_factory: pytest.TempPathFactory, make_video: Callable[..., Path]) -> Path:
    """Two 2-second videos, amina.mp4 (with a Danish .srt) and jonas.mp4. Do not change."""
    folder = tmp_path_factory.mktemp("cli-videos")
    make_video(folder / "amina.mp4", 2, fps=10)
    shutil.copy(folder / "amina.mp4", folder / "jonas.mp4")
    (folder / "amina.da.srt").write_text(SRT, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def shared_pack(video_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Pack ``cli-pack``: welcome, amina, jonas, reflection, letter, closing (33 minutes)."""
    out = tmp_path_factory.mktemp("cli-packs") / "cli-pack"
    new_pack_from_videos(video_dir, out)
    return out


@pytest.fixture
def pack(tmp_path: Path, shared_pack: Path) -> Path:
    """This test's own copy of ``cli-pack`` (a folder outside the data directory)."""
    folder = tmp_path / "packs" / "cli-pack"
    shutil.copytree(shared_pack, folder)
    return folder


# -- running the CLI -----------------------------------------------------------------------


@dataclass
class Result:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def assert_ok(self) -> Result:
        assert self.returncode == 0, f"{self.args} failed ({self.returncode}):\n{self.stderr}"
        assert "Traceback" not in self.stderr, self.stderr
        return self

    def assert_clean_error(self, *fragments: str) -> Result:
        """Exit code 1 and exactly one line on stderr, naming the program, no traceback."""
        assert self.returncode == 1, (
            f"{self.args} exited {self.returncode}:\n{self.stdout}\n{self.stderr}"
        )
        assert "Traceback" not in self.stderr, self.stderr
        lines = self.stderr.strip().splitlines()
        assert len(lines) == 1, f"expected one line on stderr, got:\n{self.stderr}"
        assert lines[0].startswith("belong-desktop: "), lines[0]
        for fragment in fragments:
            assert fragment in lines[0], f"{fragment!r} not in {lines[0]!r}"
        return self


class Cli:
    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.env = env
        self.cwd = cwd
        self.started: list[subprocess.Popen[str]] = []

    def command(self, args: Sequence[str | os.PathLike[str]], *, script: bool = False) -> list[str]:
        if script:
            if not SCRIPT.exists():
                pytest.skip(f"console script {SCRIPT} not installed")
            return [str(SCRIPT), *map(str, args)]
        return [sys.executable, "-m", "belong_desktop", *map(str, args)]

    def start(
        self,
        *args: str | os.PathLike[str],
        input: str | None = None,
        script: bool = False,
        env: dict[str, str] | None = None,
    ) -> tuple[subprocess.Popen[str], str | None]:
        proc = subprocess.Popen(
            self.command(args, script=script),
            stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env or self.env,
            cwd=self.cwd,
        )
        self.started.append(proc)
        return proc, input

    @staticmethod
    def finish(proc: subprocess.Popen[str], input: str | None) -> Result:
        try:
            out, err = proc.communicate(input, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"{proc.args} did not finish in {TIMEOUT} s:\n{out}\n{err}")
        return Result([str(a) for a in proc.args], proc.returncode, out, err)  # type: ignore[union-attr]

    def __call__(
        self,
        *args: str | os.PathLike[str],
        input: str | None = None,
        script: bool = False,
        env: dict[str, str] | None = None,
    ) -> Result:
        return self.finish(*self.start(*args, input=input, script=script, env=env))

    def many(self, *commands: Sequence[str | os.PathLike[str]]) -> list[Result]:
        """Run independent commands at the same time; results in the same order."""
        started = [self.start(*command) for command in commands]
        return [self.finish(proc, input) for proc, input in started]


@pytest.fixture
def cli(subprocess_env: dict[str, str], tmp_path: Path) -> Iterator[Cli]:
    runner = Cli(subprocess_env, tmp_path)
    yield runner
    for proc in runner.started:  # a failed assertion may leave some unfinished
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=TIMEOUT)


# -- the headless runner -------------------------------------------------------------------


class Headless(JsonLinesChild):
    """``session run --headless``, talked to line by line; a broken line fails the test."""

    def __init__(self, command: list[str], env: dict[str, str], cwd: Path) -> None:
        super().__init__(command, env, cwd, name="headless")

    def send_many(self, lines: Sequence[str]) -> None:
        self.send(*lines)

    def next_event(self, timeout: float = TIMEOUT) -> dict[str, Any] | None:
        """The next JSON line, or None at the end of the output."""
        try:
            return self.next_line(timeout)
        except queue.Empty:
            pytest.fail(
                f"no output from the headless runner within {timeout} s; "
                f"so far: {self.received}; stderr: {self.errors()}"
            )
        except NotJson as exc:
            pytest.fail(str(exc))

    def expect(self, name: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        event = self.next_event(timeout)
        assert event is not None, f"output ended while waiting for {name!r}: {self.stderr}"
        assert event["event"] == name, f"expected {name!r}, got {event}"
        return event

    def command(self, line: str, name: str) -> dict[str, Any]:
        """Send one command and wait for its acknowledgement line."""
        self.send(line)
        return self.expect(name)

    def wait_reading_stdin(self, timeout: float = TIMEOUT) -> None:
        """Wait until the runner's main thread is blocked reading stdin (Linux /proc)."""
        wait_blocked_reading_stdin(self.proc.pid, timeout)

    def wait(self, timeout: float = TIMEOUT) -> int:
        return super().wait(timeout)

    def drain(self) -> list[dict[str, Any]]:
        """Every line still to come, up to the end of the output."""
        rest: list[dict[str, Any]] = []
        while (event := self.next_event()) is not None:
            rest.append(event)
        return rest

    def kill9(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.wait() == -signal.SIGKILL

    def stop(self, timeout: float = TIMEOUT) -> None:
        super().stop(timeout)


#: The ``read`` system call's number, as /proc/PID/syscall shows it, per machine.
_READ_SYSCALL = {"x86_64": 0, "aarch64": 63}


def wait_blocked_reading_stdin(pid: int, timeout: float = TIMEOUT) -> None:
    """Wait until ``pid``'s main thread sits in ``read(0, …)``: it waits for a command.

    /proc/PID/syscall holds the system call the thread is blocked in and its arguments
    (``running`` while it runs); skips where it cannot be read.
    """
    number = _READ_SYSCALL.get(platform.machine())
    source = Path(f"/proc/{pid}/syscall")
    if number is None or not source.exists():
        pytest.skip("needs /proc/PID/syscall on x86_64 or aarch64 Linux")
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        try:
            last = source.read_text().strip()
        except PermissionError:
            pytest.skip("/proc/PID/syscall is not readable here")
        fields = last.split()
        if len(fields) > 1 and fields[0] == str(number) and int(fields[1], 16) == 0:
            return
        time.sleep(0.01)  # polling a condition, with a deadline
    pytest.fail(f"process {pid} did not block reading stdin within {timeout} s (last: {last})")


class HeadlessFactory:
    def __init__(self, cli: Cli) -> None:
        self.cli = cli
        self.started: list[Headless] = []

    def __call__(
        self,
        *args: str | os.PathLike[str],
        script: bool = False,
        data_dir: Path | None = None,
        classroom: bool = False,
    ) -> Headless:
        """The runner; the student page only with ``classroom`` (then on loopback)."""
        extra = ["--data-dir", str(data_dir)] if data_dir else []
        extra += ["--bind", "127.0.0.1"] if classroom else ["--no-classroom"]
        command = self.cli.command(["session", "run", "--headless", *extra, *args], script=script)
        runner = Headless(command, self.cli.env, self.cli.cwd)
        self.started.append(runner)
        return runner


@pytest.fixture
def headless(cli: Cli) -> Iterator[HeadlessFactory]:
    factory = HeadlessFactory(cli)
    yield factory
    for runner in factory.started:
        runner.stop()


# -- reading the store ---------------------------------------------------------------------


def rows(db_file: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Query the database with the plain sqlite3 module."""
    con = sqlite3.connect(db_file)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
