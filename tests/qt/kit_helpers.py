"""A trial for the windows: the shipped packs and a kit file (fixtures in conftest.py).

The ministry's side is played with the real parts: ``crypto.generate_identity`` makes
the X25519 key pair and ``core.kit.build_kit`` writes the kit the counsellor imports.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from belong_desktop.core.kit import ArmPack, StudyGroup, build_kit, kit_json
from belong_desktop.core.packs import Arm

SHIPPED = Path(__file__).resolve().parents[2] / "assets" / "packs"
TRIAL = "UFM-BELONG-2027"
GROUPS = (
    StudyGroup("DAT1-A", "DTU", "Datalogi", Arm.TREATMENT),
    StudyGroup("DAT1-B", "DTU", "Datalogi", Arm.CONTROL),
    StudyGroup("MED1-A", "Københavns Universitet", "Medicin", Arm.CONTROL),
)
#: Words that give the arm away; the class must never read them.
ARM_WORDS = ("treatment", "control", "behandling", "kontrol", "intervention", "indsats")


def write_kit(
    folder: Path,
    recipient: str,
    *,
    control_version: str = "1.0.0",
    name: str = "trial.kit.json",
) -> Path:
    kit = build_kit(
        TRIAL,
        recipient,
        {
            Arm.TREATMENT: ArmPack("belonging", "1.0.0"),
            Arm.CONTROL: ArmPack("control", control_version),
        },
        list(GROUPS),
        datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(kit_json(kit), encoding="utf-8")
    return path
