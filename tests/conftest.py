"""Fixtures shared by every test: leak checks, isolated data folders, the shipped packs."""

from __future__ import annotations

import json
import logging
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from belong_desktop.server.connections import ConnectionLimits

pytest_plugins = ["pytester"]

if TYPE_CHECKING:
    from playwright.sync_api import Browser

REPO = Path(__file__).resolve().parent.parent
ASSETS = REPO / "assets"
PACKS = ASSETS / "packs"


def child_processes() -> set[int]:
    """Live child processes of this test process (Linux /proc; empty elsewhere)."""
    me = str(os.getpid())
    children: set[int] = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == me and fields[0] != "Z":  # ppid; zombies are already dead
            children.add(int(stat.parent.name))
    return children


def pytest_configure(config: pytest.Config) -> None:
    """Children start with Ctrl-C working, as from a terminal. A shell that starts the
    suite in the background without job control (``cmd &`` in a script) ignores SIGINT,
    and an ignored signal is inherited: the headless runner's Ctrl-C tests would then
    test the shell. A handler (unlike SIG_IGN) is reset to the default in every child."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def no_leaked_threads_or_processes() -> Iterator[None]:
    """Fail a test that leaves a thread (a writer, a server) or a child process running."""
    threads_before = set(threading.enumerate())
    children_before = child_processes()
    yield
    deadline = time.monotonic() + 2.0
    while True:
        threads = [t for t in threading.enumerate() if t not in threads_before and t.is_alive()]
        children = child_processes() - children_before
        if (not threads and not children) or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    if threads:
        pytest.fail("the test left threads running: " + ", ".join(t.name for t in threads))
    if children:
        pytest.fail(f"the test left child processes running: {sorted(children)}")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user data or log folder: every test gets its own."""
    data = tmp_path / "data"
    monkeypatch.setenv("BELONG_DATA_DIR", str(data))
    monkeypatch.setenv("BELONG_LOG_DIR", str(tmp_path / "logs"))
    return data


@pytest.fixture(autouse=True)
def no_logging_left_configured() -> Iterator[None]:
    """A test that configures the log or the crash hooks in-process gets them undone."""
    root = logging.getLogger()
    handlers = list(root.handlers)
    hooks = (sys.excepthook, threading.excepthook)
    level = logging.getLogger("belong_desktop").level
    yield
    logging.getLogger("belong_desktop").setLevel(level)
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    sys.excepthook, threading.excepthook = hooks


@pytest.fixture
def subprocess_env(isolated_data_dir: Path) -> dict[str, str]:
    """Environment for running ``belong-desktop`` as a real subprocess."""
    env = dict(os.environ)
    env["BELONG_DATA_DIR"] = str(isolated_data_dir)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def start_xvfb(
    screen: str = "1600x900x24", timeout: float = 10.0, *, noreset: bool = False
) -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb on a display number it picks itself (``-displayfd``), ready when returned.

    Two test runs at once never share a display: the X server takes a free number and
    writes it to the pipe only once it accepts connections. ``noreset`` keeps the server's
    state (RandR monitors set with ``xrandr --setmonitor``) when its last client leaves.
    """
    read_end, write_end = os.pipe()
    args = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"]
    server = subprocess.Popen(
        [*args, "-noreset"] if noreset else args,
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + timeout
    try:
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:  # the server died, or the deadline passed
                server.kill()
                server.wait(5)
                raise RuntimeError("Xvfb did not start")
            number += chunk
    finally:
        os.close(read_end)
    return server, f":{int(number)}"


def stop_xvfb(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(5)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(5)


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """``:NN`` of an Xvfb started once for the session, for tests that need a real X server
    (video on screen, screenshots). Skips where Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    try:
        server, display = start_xvfb()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield display
    finally:
        stop_xvfb(server)


@pytest.fixture
def own_xvfb() -> Iterator[Callable[[str], str]]:
    """``own_xvfb("3200x900")`` starts a 24-bit Xvfb for this test alone and returns its
    ``:NN``: for tests that change its screens (RandR monitors, kept with ``-noreset``).
    Skips where Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    servers: list[subprocess.Popen[bytes]] = []

    def start(screen: str) -> str:
        try:
            server, display = start_xvfb(f"{screen}x24", noreset=True)
        except RuntimeError as exc:
            pytest.fail(str(exc))
        servers.append(server)
        return display

    yield start
    for server in servers:
        stop_xvfb(server)


VideoMaker = Callable[..., Path]


def _make_video(
    path: Path,
    seconds: float,
    *,
    size: str = "160x90",
    fps: int = 25,
    audio: bool = True,
    picture: str = "testsrc2",
) -> Path:
    """A real H.264 video (with an AAC sine tone unless ``audio=False``)."""
    args = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i"]
    joiner = ":" if "=" in picture else "="  # "testsrc2" or "color=c=black"
    args.append(f"{picture}{joiner}size={size}:rate={fps}:duration={seconds}")
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=44100:duration={seconds}"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    if audio:
        args += ["-c:a", "aac", "-shortest"]
    subprocess.run([*args, str(path)], check=True, capture_output=True, timeout=120)
    return path


@pytest.fixture(scope="session")
def make_video() -> VideoMaker:
    """Makes tiny real videos with ffmpeg (skips where ffmpeg is missing)."""
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is not installed")
    return _make_video


class ServedSession:
    """A running session of the shipped ``belonging`` pack, served on loopback.

    Real parts throughout: a real SQLite file, the services, and uvicorn in its thread.
    Tests move the session with ``go_to``/``next``/``end`` exactly as the counsellor would.
    """

    def __init__(
        self,
        data_dir: Path,
        pack: str = "belonging",
        pack_dirs: list[Path] | None = None,
        connection_limits: ConnectionLimits | None = None,
        language: str = "da",
        **limits: int,
    ) -> None:
        from belong_desktop.server.host import ClassroomHost
        from belong_desktop.services.classroom import Limits
        from belong_desktop.services.runtime import open_runtime

        self.database = data_dir / "belong.sqlite3"
        self.pack_dirs = pack_dirs or [PACKS]
        self.rt = open_runtime(self.database, self.pack_dirs, limits=Limits(**limits))
        self.pack = self.rt.catalog.resolve(pack)
        self.session_id = self.rt.sessions.create(self.pack, "DAT1-A", language)
        self.rt.sessions.start(self.session_id)
        self.connection_limits = connection_limits
        self.host = ClassroomHost(self.rt.classroom, connection_limits)
        # Port 0: the OS picks a free one (test runs side by side never meet); the
        # classroom remembers it, so restart() comes back on the same port.
        self.info = self.host.start(self.session_id, bind_host="127.0.0.1", port=0)
        self.base_url = self.info.addresses[0]
        self.link = self.info.urls[0]
        self.code = self.info.code

    @property
    def step_index(self) -> int | None:
        return self.rt.sessions.flow(self.session_id).step_index

    def next(self) -> None:
        self.rt.sessions.next(self.session_id)

    def prev(self) -> None:
        self.rt.sessions.prev(self.session_id)

    def go_to(self, step_id: str) -> None:
        target = self.pack.step_index(step_id)
        while (self.step_index or 0) < target:
            self.next()
        while (self.step_index or 0) > target:
            self.prev()

    def end(self) -> None:
        self.rt.sessions.end(self.session_id)

    def restart(self, while_down: Callable[[], None] | None = None) -> None:
        """Stop everything and open it again from disk, as after a crash and resume.

        ``while_down`` runs once the old server and services are closed and before the
        new ones open: a test waits there for what devices see while nothing listens.
        """
        from belong_desktop.server.host import ClassroomHost
        from belong_desktop.services.runtime import open_runtime

        limits = self.rt.classroom.limits
        self.host.stop()
        self.rt.close()
        if while_down is not None:
            while_down()
        self.rt = open_runtime(self.database, self.pack_dirs, limits=limits)
        self.rt.sessions.resume(self.session_id)
        self.host = ClassroomHost(self.rt.classroom, self.connection_limits)
        self.info = self.host.start(self.session_id)
        self.base_url = self.info.addresses[0]

    def close(self) -> None:
        self.host.stop()
        self.rt.close()


@pytest.fixture
def served_session(isolated_data_dir: Path) -> Iterator[ServedSession]:
    served = ServedSession(isolated_data_dir)
    yield served
    served.close()


def device_only_pack(folder: Path) -> Path:
    """A copy of the shipped ``belonging`` pack with ``drafts = "device_only"``, in
    ``folder/belonging``; returns ``folder`` (a pack folder for the catalog)."""
    shipped = PACKS / "belonging"
    manifest = (shipped / "pack.toml").read_text(encoding="utf-8")
    media = (shipped / "../../videos/belonging").resolve()
    manifest, found = re.subn(
        r'^media_dir = ".*"$', f"media_dir = {json.dumps(str(media))}", manifest, flags=re.M
    )
    assert found == 1, "the shipped pack names its media folder once"
    # A top-level key may stand anywhere before the first table: first is simplest.
    (folder / "belonging").mkdir(parents=True)
    (folder / "belonging" / "pack.toml").write_text(
        'drafts = "device_only"\n' + manifest, encoding="utf-8"
    )
    return folder


def one_language_pack(folder: Path, language: str = "da") -> Path:
    """A copy of the shipped ``belonging`` pack with texts and subtitles in ``language``
    only, in ``folder/belonging``; returns ``folder``. A device whose student chooses
    another language sees its questions in the session's language."""
    shipped = PACKS / "belonging"
    manifest = (shipped / "pack.toml").read_text(encoding="utf-8")
    media = (shipped / "../../videos/belonging").resolve()
    manifest = re.sub(
        r'^media_dir = ".*"$', f"media_dir = {json.dumps(str(media))}", manifest, flags=re.M
    )
    manifest, found = re.subn(
        r"^languages = \[.*\]$", f"languages = [{json.dumps(language)}]", manifest, flags=re.M
    )
    assert found == 1
    others = "(?:" + "|".join(c for c in ("da", "en", "nb", "nl") if c != language) + ")"
    # Every text of another language: a one-line string or a multi-line one.
    manifest = re.sub(rf'^{others} = """.*?"""\n', "", manifest, flags=re.M | re.S)
    manifest = re.sub(rf'^{others} = ".*"\n', "", manifest, flags=re.M)
    (folder / "belonging").mkdir(parents=True)
    (folder / "belonging" / "pack.toml").write_text(manifest, encoding="utf-8")
    return folder


@pytest.fixture
def danish_only_session(isolated_data_dir: Path, tmp_path: Path) -> Iterator[ServedSession]:
    """Like ``served_session`` (a Danish session), with a pack that has Danish texts only."""
    packs = one_language_pack(tmp_path / "danish-only-packs", "da")
    served = ServedSession(isolated_data_dir / "danish-only", pack_dirs=[packs])
    assert served.pack.languages == ("da",)
    yield served
    served.close()


@pytest.fixture
def device_only_session(isolated_data_dir: Path, tmp_path: Path) -> Iterator[ServedSession]:
    """Like ``served_session``, with a pack that keeps no drafts (``drafts = "device_only"``)."""
    packs = device_only_pack(tmp_path / "device-only-packs")
    served = ServedSession(isolated_data_dir / "device-only", pack_dirs=[packs])
    assert not served.pack.keeps_drafts
    yield served
    served.close()


@pytest.fixture
def serve_session(isolated_data_dir: Path) -> Iterator[Callable[..., ServedSession]]:
    """Like ``served_session`` with other limits: ``serve_session(max_devices=3)``."""
    made: list[ServedSession] = []

    def make(**limits: int) -> ServedSession:
        served = ServedSession(isolated_data_dir / f"s{len(made)}", **limits)
        made.append(served)
        return served

    yield make
    for served in made:
        served.close()


# -- the browser (tests/e2e, tests/faults) -------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole run (about 1.5 s to start), closed at the end.

    Here, not in ``tests/e2e``, so that the e2e and the fault tests share it: a second
    sync Playwright in the same process refuses to start.

    Session-scoped fixtures are set up before the function-scoped leak check of
    ``tests/conftest.py`` takes its snapshot, so Playwright's driver process and its
    child-watcher thread are not counted against the test that happens to start it.
    (A browser per test would pass the check too, at about 1.5 s a test.) One trap:
    Playwright calls given a ``path=`` (``screenshot``, ``pdf``, ``storage_state``, a
    download's ``save_as``) write the file from asyncio's thread pool, whose threads then
    outlive the test and fail the leak check. Take the bytes and write them yourself.
    """
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright  # only for the tests that drive it

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()
