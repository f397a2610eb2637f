"""The trial kit on the laptop: import, placing a group, overrides with a reason, and the
texts' deletion and retention after export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from belong_desktop.core.errors import BelongError, InvalidInput
from belong_desktop.core.kit import ArmPack, KitError, StudyGroup, build_kit, kit_json
from belong_desktop.core.packs import Arm
from belong_desktop.core.session import NoteKind
from belong_desktop.services import crypto
from belong_desktop.services.export import ExportRefused
from belong_desktop.services.kits import KitMissingPack
from belong_desktop.services.runtime import Runtime, open_runtime
from tests.class_factory import run_class

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"
T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def rt(tmp_path: Path, clock: Clock) -> Iterator[Runtime]:
    with open_runtime(tmp_path / "data" / "belong.sqlite3", [PACKS], clock=clock) as runtime:
        yield runtime


@pytest.fixture
def recipient() -> str:
    return crypto.generate_identity()[1]


def write_kit(folder: Path, recipient: str, *, control_version: str = "1.0.0") -> Path:
    kit = build_kit(
        "UFM-BELONG-2027",
        recipient,
        {
            Arm.TREATMENT: ArmPack("belonging", "1.0.0"),
            Arm.CONTROL: ArmPack("control", control_version),
        },
        [
            StudyGroup("DAT1-A", "DTU", "Datalogi", Arm.TREATMENT),
            StudyGroup("DAT1-B", "DTU", "Datalogi", Arm.CONTROL),
        ],
        T0,
    )
    path = folder / "trial.kit.json"
    path.write_text(kit_json(kit), encoding="utf-8")
    return path


def test_an_imported_kit_places_groups_by_their_arm(
    rt: Runtime, tmp_path: Path, recipient: str
) -> None:
    assert rt.kits.current() is None
    kit = rt.kits.import_kit(write_kit(tmp_path, recipient))
    assert rt.kits.current() == kit
    treatment = rt.kits.place("dat1-a")
    control = rt.kits.place("DAT1-B")
    assert (treatment.pack.id, treatment.trial.arm_source) == ("belonging", "kit")
    assert (control.pack.id, control.trial.arm_source) == ("control", "kit")
    assert control.trial.institution == "DTU" and control.trial.trial_id == "UFM-BELONG-2027"
    assert not control.needs_reason


def test_another_pack_or_group_is_an_override_that_needs_a_reason(
    rt: Runtime, tmp_path: Path, recipient: str
) -> None:
    rt.kits.import_kit(write_kit(tmp_path, recipient))
    other = rt.catalog.resolve("control")
    placed = rt.kits.place("DAT1-A", other)
    assert placed.needs_reason and placed.trial.arm_source == "override"
    with pytest.raises(InvalidInput) as caught:
        rt.sessions.create(placed.pack, "DAT1-A", "da", placement=placed.trial)
    assert caught.value.code == "override_reason_missing"
    with pytest.raises(InvalidInput):
        rt.sessions.create(
            placed.pack, "DAT1-A", "da", placement=placed.trial, override_reason="  ok "
        )
    reason = "The videos would not play on this projector"
    sid = rt.sessions.create(
        placed.pack, "DAT1-A", "da", placement=placed.trial, override_reason=reason
    )
    record = rt.sessions.record(sid)
    assert (record.arm_source, record.pack_id, record.trial_id) == (
        "override",
        "control",
        "UFM-BELONG-2027",
    )
    [note] = rt.sessions.flow(sid).notes
    assert (note.kind, note.text) == (NoteKind.OVERRIDE, reason)

    with pytest.raises(BelongError) as missing:
        rt.kits.place("KEMI-3")
    assert missing.value.code == "group_not_in_kit"
    unknown = rt.kits.place("KEMI-3", other)
    assert unknown.trial.arm_source == "override" and unknown.group is None


def test_without_a_kit_the_counsellor_chooses(rt: Runtime) -> None:
    placed = rt.kits.place("DAT1-A", rt.catalog.resolve("belonging"))
    assert placed.trial.arm_source == "counsellor" and placed.trial.trial_id is None
    with pytest.raises(BelongError) as caught:
        rt.kits.place("DAT1-A")
    assert caught.value.code == "pack_required"


def test_a_kit_whose_pack_is_missing_is_not_imported(
    rt: Runtime, tmp_path: Path, recipient: str
) -> None:
    with pytest.raises(KitMissingPack, match=r"control 9\.9\.9"):
        rt.kits.import_kit(write_kit(tmp_path, recipient, control_version="9.9.9"))
    assert rt.kits.current() is None


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00garbage", b"{}", b"[1, 2]", b'{"format": "belong-trial-kit"}'],
    ids=["empty", "not-utf8", "empty-object", "list", "no-fields"],
)
def test_a_broken_kit_file_is_refused_and_the_old_kit_stays(
    rt: Runtime, tmp_path: Path, recipient: str, content: bytes
) -> None:
    good = rt.kits.import_kit(write_kit(tmp_path, recipient))
    bad = tmp_path / "bad.kit.json"
    bad.write_bytes(content)
    with pytest.raises(KitError):
        rt.kits.import_kit(bad)
    assert rt.kits.current() == good


def test_a_hand_edited_recipient_is_caught_by_its_fingerprint(
    rt: Runtime, tmp_path: Path, recipient: str
) -> None:
    path = write_kit(tmp_path, recipient)
    other = crypto.generate_identity()[1]
    path.write_text(path.read_text(encoding="utf-8").replace(recipient, other), encoding="utf-8")
    with pytest.raises(KitError, match="fingerprint"):
        rt.kits.import_kit(path)


def test_export_uses_the_kits_recipient_and_trial(rt: Runtime, tmp_path: Path) -> None:
    from belong_desktop.core.bundle import read_zip

    identity_text, recipient = crypto.generate_identity()
    key = tmp_path / "ministry.key"
    key.write_text(identity_text, encoding="utf-8")
    rt.kits.import_kit(write_kit(tmp_path, recipient))
    placed = rt.kits.place("DAT1-B")
    sid = run_class(rt, pack_id=placed.pack.id, group="DAT1-B", placement=placed.trial)
    result = rt.exports.export(sid, tmp_path / "out", skip_review=True)
    assert result.path.name.startswith("belong_UFM-BELONG-2027_DAT1-B_")
    manifest = read_zip(
        crypto.decrypt(result.path.read_bytes(), crypto.load_identities(key))
    ).manifest
    assert manifest["trial_id"] == "UFM-BELONG-2027"
    assert manifest["group"] == {"code": "DAT1-B", "institution": "DTU", "programme": "Datalogi"}
    assert (manifest["arm"], manifest["arm_source"]) == ("control", "kit")


def test_deleting_texts_keeps_the_receipt_and_the_step_log(
    rt: Runtime, tmp_path: Path, recipient: str
) -> None:
    sid = run_class(rt)
    with pytest.raises(ExportRefused) as caught:
        rt.exports.delete_texts(sid)
    assert caught.value.code == "delete_not_exported"
    rt.exports.export(sid, tmp_path / "out", recipient, skip_review=True)
    visits = len(rt.sessions.flow(sid).visits)
    assert rt.exports.delete_texts(sid) == 6
    assert rt.review.items(sid) == []
    assert len(rt.exports.receipts(sid)) == 1
    assert len(rt.sessions.flow(sid).visits) == visits
    assert rt.sessions.record(sid).texts_deleted_at is not None


def test_retention_deletes_texts_only_when_due(
    rt: Runtime, tmp_path: Path, recipient: str, clock: Clock
) -> None:
    sid = run_class(rt)
    rt.exports.export(sid, tmp_path / "out", recipient, skip_review=True)
    assert rt.exports.apply_retention() == []  # off by default
    rt.exports.set_retention_days(30)
    assert rt.exports.apply_retention() == []
    clock.now += timedelta(days=31)
    assert rt.exports.apply_retention() == [sid]
    assert rt.exports.apply_retention() == []
    with pytest.raises(BelongError):
        rt.exports.set_retention_days(0)
    rt.exports.set_retention_days(None)
    assert rt.exports.retention_days() is None
