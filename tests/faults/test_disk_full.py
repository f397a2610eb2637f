"""A full disk during a session: nothing acknowledged is lost, nothing is corrupted.

A real ``session run --headless`` process runs inside its own mount namespace
(``unshare -m``) with its data folder on a small tmpfs, so the test can fill that disk
for real and no mount is ever left behind on the machine, whatever happens to the test:
the namespace ends with the process. The test reaches the tmpfs through
``/proc/PID/root`` (plain files: the filler) and ``nsenter`` (SQLite, which resolves
that magic link and would otherwise open the path on the host). Real HTTP devices
(httpx, one kept-alive connection each) answer while the disk is full and after space
is back. Without root, ``unshare`` or ``nsenter`` the test skips and says why.
"""

from __future__ import annotations

import errno
import json
import os
import queue
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from belong_desktop.server.page_words import text
from benchmarks._json_lines import JsonLinesChild

if TYPE_CHECKING:
    from playwright.sync_api import Browser

TIMEOUT = 30.0
#: Big enough for the database and its write-ahead log, small enough to fill at once.
TMPFS_SIZE = "2m"

#: Checks the database from inside the runner's mount namespace: integrity and answers.
_CHECK = """
import json, sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
if sys.argv[2] == "checkpoint":
    con.close()
    con = sqlite3.connect(sys.argv[1])
    print(json.dumps(con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()))
else:
    rows = con.execute(
        "SELECT participant_id, step_id, status, text, draft, revision FROM answers"
    ).fetchall()
    print(json.dumps({
        "integrity": [r[0] for r in con.execute("PRAGMA integrity_check")],
        "answers": rows,
        "notes": [r[0] for r in con.execute("SELECT text FROM notes")],
    }))
"""


def _why_no_private_mount(folder: Path) -> str | None:
    """None when this machine lets the test mount a tmpfs in a private namespace."""
    if sys.platform != "linux":
        return "needs Linux mount namespaces"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root (CI runs as root)"
    for tool in ("unshare", "nsenter", "mount"):
        if shutil.which(tool) is None:
            return f"needs {tool} (util-linux)"
    probe = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c",
         'mount -t tmpfs -o size=64k tmpfs "$1"', "sh", str(folder)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )  # fmt: skip
    if probe.returncode != 0:
        return f"cannot mount a tmpfs in a private namespace here: {probe.stderr.strip()}"
    return None


class PrivateDiskRunner(JsonLinesChild):
    """``session run --headless`` with its data folder on its own small tmpfs."""

    def __init__(self, data: Path, env: dict[str, str], *args: str) -> None:
        data.mkdir(parents=True, exist_ok=True)
        self.data = data
        mount = 'mount -t tmpfs -o size="$1",mode=0700 tmpfs "$2" && shift 2 && exec "$@"'
        command = [
            "unshare", "-m", "--propagation", "private", "sh", "-c", mount, "sh",
            TMPFS_SIZE, str(data),
            sys.executable, "-m", "belong_desktop", "session", "run", "--headless",
            "--data-dir", str(data), "--bind", "127.0.0.1", *args,
        ]  # fmt: skip
        super().__init__(command, env, name="disk")

    @property
    def folder(self) -> Path:
        """The tmpfs as this process sees it (for plain files, not for SQLite)."""
        return Path(f"/proc/{self.proc.pid}/root") / self.data.relative_to("/")

    def wait_for(self, name: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The next line of kind ``name``; lines of other kinds are kept in ``received``."""
        while True:
            try:
                event = self.next_line(timeout)
            except queue.Empty:
                pytest.fail(f"no {name!r} within {timeout} s; got {self.received}; "
                            f"stderr: {self.errors()}")  # fmt: skip
            if event is None:
                pytest.fail(f"output ended before {name!r}: {self.errors()}")
            if event["event"] == name:
                return event
            assert event["event"] != "error", f"unexpected refusal: {event}"

    def command(self, line: str, name: str) -> dict[str, Any]:
        self.send(line)
        return self.wait_for(name)

    def sqlite(self, action: str) -> Any:
        """Run ``_CHECK`` inside the runner's mount namespace, where the tmpfs is."""
        done = subprocess.run(
            ["nsenter", "-t", str(self.proc.pid), "-m", "--", sys.executable, "-c", _CHECK,
             str(self.data / "belong.sqlite3"), action],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


def fill(folder: Path) -> Path:
    """Write zeros into ``folder`` until its file system says it is full (ENOSPC)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for size in (1 << 16, 1 << 12, 1 << 9):  # big chunks, then the last scraps
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC, exc
                    break
    finally:
        os.close(fd)
    return filler


@pytest.fixture
def private_disk(tmp_path: Path, subprocess_env: dict[str, str]) -> Iterator[PrivateDiskRunner]:
    why = _why_no_private_mount(tmp_path)
    if why is not None:
        pytest.skip(why)
    runner = PrivateDiskRunner(
        tmp_path / "small-disk",
        subprocess_env,
        "--pack", "belonging", "--group", "DAT1-A", "--language", "da",
    )  # fmt: skip
    yield runner
    runner.stop()
    # The tmpfs lived in the runner's namespace only: nothing is mounted here.
    assert str(runner.data) not in Path("/proc/self/mounts").read_text()


class Device:
    """One student's phone: a kept-alive connection, its token, what the laptop acked."""

    def __init__(self, address: str, code: str) -> None:
        self.http = httpx.Client(base_url=address, timeout=TIMEOUT)
        joined = self.http.post("/api/join", json={"code": code})
        assert joined.status_code == 200, joined.text
        self.participant = joined.json()["participant_id"]
        self.http.headers["X-Belong-Token"] = joined.json()["token"]
        self.revision = 0
        self.acked: dict[str, tuple[str, int]] = {}  # step → (text, revision) acknowledged

    def write(self, step: str, words: str, *, submit: bool = True) -> httpx.Response:
        """A new revision of the text; remembered as acknowledged only on a 200."""
        self.revision += 1
        return self.again(step, words, submit=submit)

    def again(self, step: str, words: str, *, submit: bool = True) -> httpx.Response:
        """The same revision sent again, as the page does after a refusal."""
        body = {"revision": self.revision, "text": words, "submit": submit}
        response = self.http.put(f"/api/answers/{step}", json=body)
        if response.status_code == 200:
            self.acked[step] = (words, self.revision)
        return response

    def close(self) -> None:
        self.http.close()


def test_a_full_disk_refuses_calmly_loses_nothing_and_saving_resumes(
    private_disk: PrivateDiskRunner,
) -> None:
    run = private_disk
    opened = run.wait_for("classroom_open")
    address, code = opened["addresses"][0], opened["code"]
    while run.command("next", "step_changed")["step_id"] != "reflection":
        pass
    devices = [Device(address, code) for _ in range(3)]
    try:
        for i, device in enumerate(devices):
            assert device.write("reflection", f"Udkast {i}", submit=False).status_code == 200
            if i < 2:  # the third device has only a draft so far
                assert device.write("reflection", f"Min tekst {i}").status_code == 200
        before = run.command("counts", "counts")
        assert (before["devices"], before["submitted"]) == (3, {"reflection": 2})

        # The worst moment: the write-ahead log emptied into the file, then the disk full.
        run.sqlite("checkpoint")
        filler = fill(run.folder)

        # Texts keep coming; the first that needs space the disk does not have is refused.
        writer = devices[0]
        refused: httpx.Response | None = None
        for n in range(400):
            response = writer.write("reflection", f"Tekst nummer {n} " + "ord " * 900)
            if response.status_code != 200:
                refused = response
                break
        assert refused is not None, "the disk never filled up"
        assert refused.status_code == 507, refused.text
        assert refused.json() == {"code": "not_saved", "detail": text("not_saved", "da")}
        assert int(refused.headers["Retry-After"]) >= 1
        pending = refused.request.content.decode()
        warning = run.wait_for("room_warning")
        assert warning["alert"] == "not_saved" and "disk" in warning["message"]

        # The writer lives on and refuses every write the same way, never a crash.
        assert writer.again("reflection", json.loads(pending)["text"]).status_code == 507
        other = devices[2].write("reflection", "Skrevet mens disken var fuld")
        assert other.status_code == 507 and other.json()["code"] == "not_saved"
        # A join is memory only until the device's page loads: that first load is what
        # needs the disk, and it is refused the same way (the join waits for its retry).
        late = httpx.post(f"{address}/api/join", json={"code": code}, timeout=TIMEOUT)
        assert late.status_code == 200, late.text
        late_token = {"X-Belong-Token": late.json()["token"]}
        arrival = httpx.get(f"{address}/api/state", headers=late_token, timeout=TIMEOUT)
        assert arrival.status_code == 507 and arrival.json()["code"] == "not_saved"
        assert "Retry-After" in arrival.headers
        # What the counsellor's counts say is only what is on disk.
        during = run.command("counts", "counts")
        assert (during["devices"], during["submitted"]) == (3, before["submitted"])
        assert during["drafts"] == before["drafts"] and during["alerts"]["not_saved"] >= 3

        # The counsellor's own commands are refused with a clear code; nothing half done.
        note = run.command("note Disken er fuld", "error")
        assert note["code"] == "disk_full" and "full" in note["message"]
        assert str(run.data) in note["message"]
        step = run.command("next", "error")
        assert step["code"] == "disk_full"
        assert run.command("status", "status")["step_id"] == "reflection"

        # Space is back: the same requests go through, and the session moves on.
        filler.unlink()
        assert writer.again("reflection", json.loads(pending)["text"]).status_code == 200
        assert devices[2].again("reflection", "Skrevet mens disken var fuld").status_code == 200
        newcomer = Device(address, code)
        devices.append(newcomer)
        assert newcomer.write("reflection", "Kom til senere").status_code == 200
        after = run.command("counts", "counts")
        assert (after["devices"], after["submitted"]) == (4, {"reflection": 4})
        run.command("note Disken er fuld", "note_added")
        assert run.command("next", "step_changed")["step_id"] == "letter"
        assert devices[2].write("letter", "Kære nye studerende").status_code == 200

        checked = run.sqlite("check")
        assert checked["integrity"] == ["ok"]
        assert "Disken er fuld" in checked["notes"]
        stored = {(p, s): (t, d, r) for p, s, _status, t, d, r in checked["answers"]}
        assert len(stored) == len(checked["answers"])  # one row per device and step
        expected = {
            (device.participant, step): acked
            for device in devices
            for step, acked in device.acked.items()
        }
        assert len(expected) == 5
        for key, (words, revision) in expected.items():
            sent, _draft, stored_revision = stored[key]
            assert (sent, stored_revision) == (words, revision), key
    finally:
        for device in devices:
            device.close()
    run.command("end", "session_ended")
    assert run.proc.stdin is not None
    run.proc.stdin.close()
    assert run.proc.wait(timeout=TIMEOUT) == 0, "".join(run.stderr)
    assert "Traceback" not in "".join(run.stderr)


# -- what the student sees -------------------------------------------------------------


@pytest.mark.e2e
@pytest.mark.slow
def test_the_page_says_not_saved_keeps_the_text_and_sends_it_when_space_is_back(
    private_disk: PrivateDiskRunner, browser: Browser
) -> None:
    """Real Chromium on the real student page: the Send that meets a full disk."""
    from playwright.sync_api import expect

    run = private_disk
    link = run.wait_for("classroom_open")["links"][0]
    words = "Jeg troede, at alle andre havde styr på det."
    context = browser.new_context(locale="da-DK")
    try:
        page = context.new_page()
        uncaught: list[str] = []
        page.on("pageerror", lambda error: uncaught.append(str(error)))
        page.goto(link)
        expect(page.locator("#app")).to_be_attached()
        while run.command("next", "step_changed")["step_id"] != "reflection":
            pass
        field = page.locator("#text-reflection")
        expect(field).to_be_editable(timeout=10_000)

        run.sqlite("checkpoint")
        filler = fill(run.folder)
        field.fill(words)
        page.get_by_role("button", name=text("send", "da"), exact=True).click()

        not_saved = text("not_saved_keep_open", "da")
        expect(page.locator("#status-reflection")).to_have_text(not_saved, timeout=10_000)
        expect(page.locator("#net")).to_have_text(not_saved)
        expect(page.locator("#net")).to_be_visible()
        assert run.wait_for("room_warning")["alert"] == "not_saved"
        expect(field).to_have_value(words)
        kept = page.evaluate("localStorage.getItem('belong.participant')")
        assert words in kept

        filler.unlink()
        sent = text("sent", "da")
        expect(page.locator("#status-reflection")).to_have_text(sent, timeout=30_000)
        expect(page.locator("#net")).to_be_hidden()
        stored = run.sqlite("check")
        assert stored["integrity"] == ["ok"]
        assert [(s, t) for _, step, s, t, _, _ in stored["answers"] if step == "reflection"] == [
            ("submitted", words)
        ]
        assert uncaught == []
    finally:
        context.close()
    run.command("end", "session_ended")


# -- what the counsellor sees --------------------------------------------------------------

WINDOW_PROBE = Path(__file__).with_name("disk_full_window_probe.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.qt
@pytest.mark.slow
def test_the_window_says_the_disk_is_full_and_nothing_is_half_done(
    tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    """The control window (offscreen, in a child process on its own small tmpfs): next,
    a note and the end are refused with one clear sentence; the session is exactly as
    before, the typed note stays in its field; with space back all three go through."""
    why = _why_no_private_mount(tmp_path)
    if why is not None:
        pytest.skip(why)
    data = tmp_path / "window-disk"
    data.mkdir()
    env = subprocess_env | {
        "QT_QPA_PLATFORM": "offscreen",
        "BELONG_VIDEO_BACKEND": "qt",
        "BELONG_NO_AUDIO": "1",
        "PYTHONPATH": str(REPO),
    }
    mount = 'mount -t tmpfs -o size="$1",mode=0700 tmpfs "$2" && shift 2 && exec "$@"'
    done = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", mount, "sh", TMPFS_SIZE,
         str(data), sys.executable, str(WINDOW_PROBE), str(data), str(REPO / "assets" / "packs")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout.strip().splitlines()[-1])
    full = f"Disken med databasen ({said['database']}) er fuld, så det blev ikke gemt."
    assert said["next"].startswith(full) and "prøv igen" in said["next"]
    assert said["note"].startswith(full)
    assert said["note_kept_in_field"] == "Disken er fuld"
    assert said["end_returned"] is False and said["end"].startswith(full)
    assert said["unchanged"] is True
    assert said["note_after"].startswith("Note gemt kl.") and said["field_after"] == ""
    assert said["end_after"] is True and said["state_after"] == "ended"
    assert said["step_after"] == said["step_before"] + 1
    assert said["notes_after"][-2:] == ["Disken er fuld", "Slut"]
    assert said["start_returned"] is None and said["start"].startswith(full)
    assert said["no_new_session"] is True
    assert said["integrity"] == ["ok"]
    assert "Traceback" not in done.stderr


# -- which failures count as "not saved" -------------------------------------------------


def test_only_a_disk_that_cannot_take_the_write_becomes_a_store_error(tmp_path: Path) -> None:
    """Real SQLite errors: a full file (``max_page_count``) is ``disk_full``, a read-only
    one ``write_failed``; a broken rule (a constraint) is a bug and stays what it is."""
    from belong_desktop.store.db import StoreError, write_errors

    path = tmp_path / "x.sqlite3"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("CREATE TABLE t (x BLOB UNIQUE)")
    con.execute("INSERT INTO t VALUES (1)")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError) as full, write_errors(path):
        con.execute("INSERT INTO t VALUES (randomblob(100000))")
    assert full.value.code == "disk_full" and str(path) in str(full.value)
    with pytest.raises(sqlite3.IntegrityError), write_errors(path):
        con.execute("INSERT INTO t VALUES (1)")
    con.close()
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    with pytest.raises(StoreError) as read_only, write_errors(path):
        reader.execute("INSERT INTO t VALUES (2)")
    assert read_only.value.code == "write_failed"
    reader.close()
