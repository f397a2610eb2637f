"""`kit import`, `session review`, `session export`, `session delete-texts` and
`session retention`, run as a counsellor runs them, with a key made by the standard
`age-keygen` and the bundle opened by the standard `age`."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from belong_desktop import paths
from belong_desktop.core.kit import (
    ArmPack,
    StudyGroup,
    TrialKit,
    build_kit,
    kit_json,
    recipient_fingerprint,
)
from belong_desktop.core.packs import Arm
from belong_desktop.services.runtime import open_runtime
from tests.class_factory import run_class

from .conftest import Cli

AGE, AGE_KEYGEN = shutil.which("age"), shutil.which("age-keygen")
pytestmark = pytest.mark.skipif(not (AGE and AGE_KEYGEN), reason="needs the age package")


@pytest.fixture
def key(tmp_path: Path) -> tuple[Path, str]:
    """An identity made by the reference tool, and its recipient."""
    path = tmp_path / "ministry.key"
    assert AGE_KEYGEN is not None
    done = subprocess.run([AGE_KEYGEN, "-o", str(path)], capture_output=True, text=True, check=True)
    recipient = done.stderr.strip().split()[-1]
    assert recipient.startswith("age1")
    return path, recipient


@pytest.fixture
def ended(isolated_data_dir: Path) -> str:
    with open_runtime(
        paths.database_file(isolated_data_dir), paths.pack_search_dirs(isolated_data_dir)
    ) as rt:
        return run_class(rt, group="DAT1-B")


def write_kit(folder: Path, recipient: str, *groups: StudyGroup) -> tuple[Path, TrialKit]:
    """Trial UFM-TEST with the shipped packs and ``groups``, written as the ministry does."""
    kit = build_kit(
        "UFM-TEST",
        recipient,
        {Arm.TREATMENT: ArmPack("belonging", "1.0.0"), Arm.CONTROL: ArmPack("control", "1.0.0")},
        list(groups),
        datetime(2026, 11, 1, tzinfo=UTC),
    )
    path = folder / "trial.kit.json"
    path.write_text(kit_json(kit), encoding="utf-8")
    return path, kit


def _decrypt(bundle: Path, key: Path) -> zipfile.ZipFile:
    assert AGE is not None
    plain = subprocess.run(
        [AGE, "-d", "-i", str(key), str(bundle)], capture_output=True, check=True
    ).stdout
    return zipfile.ZipFile(io.BytesIO(plain))


def test_review_then_export_then_delete(
    cli: Cli, ended: str, key: tuple[Path, str], tmp_path: Path
) -> None:
    identity, recipient = key
    out = tmp_path / "stick"
    refused = cli("session", "export", ended, "--recipient", recipient, "--out", out)
    refused.assert_clean_error("not reviewed yet", f"session review {ended}")
    assert not out.exists()

    listing = cli("session", "review", ended).assert_ok().stdout
    assert "»mads.jensen@example.com«" in listing and "email" in listing
    flags = cli("session", "review", ended, "--json").assert_ok().json_lines()
    email = next(f["flag"] for f in flags if f["kind"] == "email")
    others = ",".join(str(f["flag"]) for f in flags if f["flag"] != email)
    cli("session", "review", ended, "--redact", "99").assert_clean_error("no flag 99")
    cli(
        "session", "review", ended, "--redact", str(email), "--dismiss", str(email)
    ).assert_clean_error("both redacted and dismissed")
    done = cli("session", "review", ended, "--redact", str(email), "--dismiss", others).assert_ok()
    assert "0 flag(s) left" in done.stdout

    cli("session", "delete-texts", ended, "--yes").assert_clean_error("only be deleted after")
    [line] = (
        cli("session", "export", ended, "--recipient", recipient, "--out", out)
        .assert_ok()
        .json_lines()
    )
    bundle = Path(line["file"])
    assert bundle.parent == out and bundle.name.startswith("belong_no-trial_DAT1-B_")
    assert line["recipient_fingerprint"] == recipient_fingerprint(recipient)
    with _decrypt(bundle, identity) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        responses = archive.read("responses.csv").decode("utf-8")
    assert manifest["redactions"] == {"total": 1, "by_kind": {"email": 1}}
    assert "mads.jensen@example.com" not in responses and "[e-mail]" in responses

    deleted = cli("session", "delete-texts", ended, "--yes").assert_ok().stdout
    assert "receipt" in deleted
    [row] = [r for r in cli("session", "list", "--json").assert_ok().json_lines()]
    assert row["state"] == "exported" and row["texts_deleted_at"]


def test_kit_import_and_export_to_its_recipient(
    cli: Cli, ended: str, key: tuple[Path, str], tmp_path: Path
) -> None:
    identity, recipient = key
    cli("kit", "show").assert_clean_error("no trial kit")
    bad = tmp_path / "bad.kit.json"
    bad.write_text('{"format": "belong-trial-kit", "format_version": 1}', encoding="utf-8")
    broken = cli("kit", "import", bad)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    assert broken.stderr.startswith("belong-desktop: the kit has 6 problems:")
    assert "  - recipient is missing" in broken.stderr.splitlines()
    cli("kit", "import", tmp_path / "missing.json").assert_clean_error("cannot read")

    good, kit = write_kit(
        tmp_path, recipient, StudyGroup("DAT1-B", "KU", "Datalogi", Arm.TREATMENT)
    )
    imported = cli("kit", "import", good).assert_ok().stdout
    assert recipient_fingerprint(recipient) in imported
    assert recipient not in imported  # the fingerprint is what a person compares
    shown = cli("kit", "show", "--json").assert_ok().json_lines()[0]
    assert shown["trial_id"] == "UFM-TEST" and shown["fingerprint"] == kit.fingerprint
    assert shown["groups"] == [{"code": "DAT1-B", "institution": "KU", "programme": "Datalogi"}]

    out = tmp_path / "out"
    [line] = cli("session", "export", ended, "--skip-review", "--out", out).assert_ok().json_lines()
    assert line["unreviewed_flags"] > 0
    with _decrypt(Path(line["file"]), identity) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["trial_id"] == "UFM-TEST"
    assert manifest["group"]["institution"] == "KU"  # the session predates the kit
    assert manifest["arm_source"] == "counsellor"
    cli("kit", "remove").assert_ok()
    cli("session", "export", ended, "--out", out).assert_clean_error("no trial kit")


def test_a_private_key_given_as_recipient_is_refused_without_echo(
    cli: Cli, ended: str, key: tuple[Path, str], tmp_path: Path
) -> None:
    identity, _ = key
    secret = next(
        line
        for line in identity.read_text(encoding="utf-8").splitlines()
        if line.startswith("AGE-SECRET-KEY-")
    )
    result = cli("session", "export", ended, "--skip-review", "--recipient", secret)
    result.assert_clean_error("age1")
    assert secret[16:] not in result.stderr and secret[16:] not in result.stdout
    by_file = cli("session", "export", ended, "--skip-review", "--recipient", identity)
    by_file.assert_clean_error("age1")
    assert secret[16:] not in by_file.stderr


def test_retention_setting(cli: Cli, isolated_data_dir: Path) -> None:
    assert "kept until you delete them" in cli("session", "retention").assert_ok().stdout
    assert "deleted 30 days" in cli("session", "retention", "30").assert_ok().stdout
    cli("session", "retention", "abc").assert_clean_error("whole number or off")
    cli("session", "retention", "99999").assert_clean_error("1–3650 days")
    assert "kept until" in cli("session", "retention", "off").assert_ok().stdout


def test_a_headless_session_follows_the_kit_or_needs_a_reason(
    cli: Cli, key: tuple[Path, str], tmp_path: Path
) -> None:
    _identity, recipient = key
    path, _kit = write_kit(tmp_path, recipient, StudyGroup("KEMI-2", "AU", "Kemi", Arm.CONTROL))
    cli("kit", "import", path).assert_ok()
    run = ["session", "run", "--headless", "--no-classroom"]

    followed = cli(*run, "--group", "kemi-2", input="end\n").assert_ok().json_lines()
    created = next(e for e in followed if e.get("event") == "session_created")
    assert (created["pack"], created["arm_source"], created["trial"]) == (
        "control",
        "kit",
        "UFM-TEST",
    )
    refused = cli(*run, "--group", "KEMI-2", "--pack", "belonging", input="end\n")
    refused.assert_clean_error("runs control for group KEMI-2", "--reason")
    cli(*run, "--group", "FYS-1", input="end\n").assert_clean_error("not in trial kit")
    reason = "Holdet bad selv om de rigtige videoer"
    overridden = (
        cli(*run, "--group", "KEMI-2", "--pack", "belonging", "--reason", reason, input="end\n")
        .assert_ok()
        .json_lines()
    )
    created = next(e for e in overridden if e.get("event") == "session_created")
    assert (created["pack"], created["arm_source"]) == ("belonging", "override")
