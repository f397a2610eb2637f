"""The export: a real ended session, a real bundle on disk, opened with the real `age` CLI.

Every test runs a class through the runtime (tests/class_factory.py), exports it with a
freshly generated X25519 key, and reads the bundle back: with our decrypt and with
`age -d`, then with core/bundle.read_zip and the standard zip module.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from belong_desktop.core.bundle import TABLES, read_zip
from belong_desktop.core.kit import recipient_fingerprint
from belong_desktop.core.session import SessionState
from belong_desktop.services import crypto
from belong_desktop.services.export import ExportRefused
from belong_desktop.services.runtime import Runtime, open_runtime
from tests.class_factory import LETTERS, REFLECTIONS, run_class

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"
AGE = shutil.which("age")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 9, 0, 7, 250000, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=13)
        return self.now


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, str]:
    identity_text, recipient = crypto.generate_identity()
    identity = tmp_path / "keys" / "ministry.key"
    identity.parent.mkdir()
    identity.write_text(identity_text, encoding="utf-8")
    return identity, recipient


@pytest.fixture
def rt(tmp_path: Path) -> Iterator[Runtime]:
    with open_runtime(tmp_path / "data" / "belong.sqlite3", [PACKS], clock=Clock()) as runtime:
        yield runtime


def _open(path: Path, identity: Path) -> bytes:
    return crypto.decrypt(path.read_bytes(), crypto.load_identities(identity))


def _table(data: bytes, name: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        text = archive.read(f"{name}.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _dismiss_all(rt: Runtime, sid: str) -> None:
    for item in rt.review.items(sid):
        for flag in item.flags:
            rt.review.dismiss(sid, item.answer_id, flag)


def test_a_bundle_opens_with_the_age_cli_and_holds_every_table(
    rt: Runtime, keys: tuple[Path, str], tmp_path: Path
) -> None:
    identity, recipient = keys
    sid = run_class(rt)
    _dismiss_all(rt, sid)
    result = rt.exports.export(sid, tmp_path / "out", recipient)

    assert result.path.parent == tmp_path / "out"
    assert result.path.name.startswith("belong_no-trial_DAT1-A_2026-11-30_")
    assert result.path.suffix == ".age"
    assert sorted(os.listdir(tmp_path / "out")) == [result.path.name]  # no partial left
    assert AGE is not None, "the age CLI (Debian package age) is needed"
    plain = subprocess.run(
        [AGE, "-d", "-i", str(identity), str(result.path)], capture_output=True, check=True
    ).stdout
    contents = read_zip(plain)
    manifest = contents.manifest
    assert manifest["session_id"] == sid
    assert manifest["sequence"] == 1
    assert manifest["arm"] == "treatment" and manifest["arm_source"] == "counsellor"
    assert manifest["recipient_fingerprint"] == recipient_fingerprint(recipient)
    assert manifest["counts"] == {
        "devices": 3,
        "texts_sent": 5,
        "drafts_at_close": 1,
        "drafts": 0,
        "poll_answers": 3,
        "notes": 0,
        "booklet_approved": 0,  # one consented letter, not reviewed for the booklet
        "booklet_hidden": 0,
    }
    assert set(contents.tables) == {t.name for t in TABLES}
    responses = contents.tables["responses"]
    sent = {(r["participant"], r["step_id"]): r for r in responses}
    assert sent[("p001", "reflection")]["text"] == REFLECTIONS[0]
    assert sent[("p001", "reflection")]["status"] == "submitted"
    assert sent[("p001", "reflection")]["revisions"] == "2"
    unsent = sent[("p003", "letter")]
    assert (unsent["status"], unsent["text"], unsent["share"]) == (
        "draft_at_close",
        LETTERS[2],
        "",
    )
    assert sent[("p001", "letter")]["share"] == "true"
    assert sent[("p002", "letter")]["share"] == "false"
    # times that could tie a row to a person are whole minutes; the step log is exact
    assert all(r["first_saved_at"].endswith(":00Z") for r in responses)
    assert all(p["joined_at"].endswith(":00Z") for p in contents.tables["participants"])
    visits = contents.tables["step_visits"]
    assert any(not v["entered_at"].endswith(":00Z") for v in visits)
    poll = contents.tables["poll"]
    assert [p["choice"] for p in poll] == ["0", "1", "0"]
    assert all(p["choice_label"] for p in poll)
    steps = contents.tables["steps"]
    assert [s["step_id"] for s in steps][:3] == ["welcome", "intro-videos", "video-1"]
    assert all(s["shown"] == "true" for s in steps)
    # the standard zip tool agrees with our reader
    unzip = shutil.which("unzip")
    if unzip:
        (tmp_path / "b.zip").write_bytes(plain)
        listing = subprocess.run(
            [unzip, "-l", str(tmp_path / "b.zip")], capture_output=True, text=True, check=True
        ).stdout
        assert "manifest.json" in listing and "codebook.csv" in listing


def test_each_participants_page_language_goes_into_the_bundle(
    rt: Runtime, keys: tuple[Path, str], tmp_path: Path
) -> None:
    identity, recipient = keys
    sid = run_class(rt, languages=(None, "en", "da"))
    _dismiss_all(rt, sid)
    result = rt.exports.export(sid, tmp_path / "out", recipient)
    contents = read_zip(_open(result.path, identity))
    assert contents.tables["session"][0]["language"] == "da"
    languages = {p["participant"]: p["language"] for p in contents.tables["participants"]}
    # The first kept the session's; the second chose English; the third chose Danish.
    assert languages == {"p001": "da", "p002": "en", "p003": "da"}
    for row in contents.tables["responses"]:
        assert row["language"] == languages[row["participant"]], row
    assert {r["participant"] for r in contents.tables["responses"]} == set(languages)
    # Poll labels stay in the session's language, whatever the page showed.
    assert all(p["choice_label"] for p in contents.tables["poll"])


def test_export_marks_the_session_and_keeps_a_receipt(
    rt: Runtime, keys: tuple[Path, str], tmp_path: Path
) -> None:
    identity, recipient = keys
    sid = run_class(rt)
    _dismiss_all(rt, sid)
    first = rt.exports.export(sid, tmp_path / "out", recipient)
    assert rt.sessions.record(sid).state is SessionState.EXPORTED
    again = rt.exports.export(sid, tmp_path / "out", recipient)
    receipts = rt.exports.receipts(sid)
    assert [r.sequence for r in receipts] == [1, 2]
    assert receipts[0].export_id != receipts[1].export_id
    assert receipts[1].bundle_sha256 == crypto_sha(again.path)
    assert receipts[0].counts["texts_sent"] == 5
    manifests = [read_zip(_open(r.path, identity)).manifest for r in (first, again)]
    assert [m["sequence"] for m in manifests] == [1, 2]
    assert {m["session_id"] for m in manifests} == {sid}


def crypto_sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_without_kit_or_recipient_there_is_no_export(rt: Runtime, tmp_path: Path) -> None:
    sid = run_class(rt)
    with pytest.raises(ExportRefused, match="import the ministry's kit") as caught:
        rt.exports.export(sid, tmp_path / "out")
    assert caught.value.code == "export_no_recipient"
    assert not (tmp_path / "out").exists()
    assert rt.sessions.record(sid).state is SessionState.ENDED


def test_a_running_session_is_not_exported(
    rt: Runtime, keys: tuple[Path, str], tmp_path: Path
) -> None:
    pack = rt.catalog.resolve("belonging")
    sid = rt.sessions.create(pack, "DAT1-A", "da")
    rt.sessions.start(sid)
    with pytest.raises(ExportRefused) as caught:
        rt.exports.export(sid, tmp_path / "out", keys[1])
    assert caught.value.code == "export_not_ended"


def test_unreviewed_flags_stop_the_export_until_reviewed_or_skipped(
    rt: Runtime, keys: tuple[Path, str], tmp_path: Path
) -> None:
    identity, recipient = keys
    sid = run_class(rt)
    with pytest.raises(ExportRefused) as caught:
        rt.exports.export(sid, tmp_path / "out", recipient)
    assert caught.value.code == "export_unreviewed"
    assert not (tmp_path / "out").exists()
    result = rt.exports.export(sid, tmp_path / "out", recipient, skip_review=True)
    manifest = read_zip(_open(result.path, identity)).manifest
    assert manifest["unreviewed_flags"] == result.unreviewed > 0


def test_a_bad_recipient_is_refused_without_echoing_it(rt: Runtime, tmp_path: Path) -> None:
    sid = run_class(rt)
    _dismiss_all(rt, sid)
    secret, _ = crypto.generate_identity()
    key_line = next(line for line in secret.splitlines() if line.startswith("AGE-SECRET"))
    with pytest.raises(crypto.KeyFormatError) as caught:
        rt.exports.export(sid, tmp_path / "out", key_line)
    assert key_line[15:30] not in str(caught.value)
    assert not (tmp_path / "out").exists()


def test_a_full_disk_leaves_no_partial_file_and_no_receipt(
    rt: Runtime, keys: tuple[Path, str], tmp_path: Path
) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    sid = run_class(rt)
    _dismiss_all(rt, sid)
    small = tmp_path / "stick"
    small.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", str(small)], check=True)
    try:
        (small / "filler").write_bytes(b"x" * 4096)  # fill it
        with pytest.raises(ExportRefused) as caught:
            rt.exports.export(sid, small, keys[1])
        assert caught.value.code == "export_write_failed"
        assert sorted(os.listdir(small)) == ["filler"]
    finally:
        subprocess.run(["umount", str(small)], check=True)
    assert rt.exports.receipts(sid) == []
    assert rt.sessions.record(sid).state is SessionState.ENDED


def test_no_plaintext_reaches_the_disk_outside_the_database(
    rt: Runtime, keys: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file the export could touch (the out folder, the temp folder, the data folder
    except the database, the home folder) is read after the export: none holds a student
    text or the zip's file names."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    sid = run_class(rt)
    _dismiss_all(rt, sid)
    before = _snapshot(tmp_path)
    rt.exports.export(sid, tmp_path / "out", keys[1])
    after = _snapshot(tmp_path)
    changed = [p for p, stamp in after.items() if before.get(p) != stamp]
    database = {"belong.sqlite3", "belong.sqlite3-wal", "belong.sqlite3-shm"}
    suspects = [p for p in changed if p.name not in database]
    assert [p.parent.name for p in suspects] == ["out"]  # the bundle, nothing else
    needles = [t.encode() for t in (*REFLECTIONS, *LETTERS)] + [b"responses.csv", b"PK\x03\x04"]
    for path in after:
        if path.name in database:
            continue
        data = path.read_bytes()
        assert not any(n in data for n in needles), path


def _snapshot(root: Path) -> dict[Path, tuple[int, int]]:
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def test_a_folder_that_runs_through_a_file_is_refused_cleanly(
    rt: Runtime, keys: tuple[Path, str], tmp_path: Path
) -> None:
    sid = run_class(rt)
    _dismiss_all(rt, sid)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", encoding="utf-8")
    for target in (blocker, blocker / "inside"):
        with pytest.raises(ExportRefused) as caught:
            rt.exports.export(sid, target, keys[1])
        assert caught.value.code == "export_write_failed"
    assert blocker.read_text(encoding="utf-8") == "a file"
    assert rt.exports.receipts(sid) == []
