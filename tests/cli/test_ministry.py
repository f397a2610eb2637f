"""`ministry keygen | kit | verify | merge` as the ministry runs them (`ministry report`:
tests/services/reports/test_ministry_summary.py).

Most tests call the real router in-process (``cli.router.main`` with argv); the last ones
run the real program as a subprocess, from keygen to the merged files, with the real
``age`` CLI opening what the program made.
"""

from __future__ import annotations

import io
import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from belong_desktop.cli.common import EXIT_ERROR, EXIT_OK
from belong_desktop.cli.router import build_parser, main
from belong_desktop.core.kit import parse_kit, recipient_fingerprint
from belong_desktop.services import crypto
from belong_desktop.services.crypto import IDENTITY_FORMAT, RECIPIENT_FORMAT
from tests.bundle_factory import make_bundle, write_bundle

from .conftest import Cli

GROUPS = (
    "group;institution;programme;arm\r\n"
    "DAT1-A;Zealand Business College;Datamatiker;treatment\r\n"
    "DAT1-B;Zealand Business College;Datamatiker;control\r\n"
    "SYG-1;Københavns Professionshøjskole;Sygeplejerske;kontrol\r\n"
    "SYG-2;Københavns Professionshøjskole;Sygeplejerske;Treatment\r\n"
)


def run(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    code = main([str(a) for a in argv], stdout=out)
    return code, out.getvalue()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    """A folder made by `ministry keygen`."""
    folder = tmp_path / "keys"
    code, _ = run("ministry", "keygen", "--out", folder)
    assert code == EXIT_OK
    return folder


def recipient_of(keys: Path) -> str:
    return crypto.load_recipient(str(keys / "recipient.txt"))


def secret_of(keys: Path) -> str:
    text = (keys / "ministry.key").read_text()
    return next(line for line in text.splitlines() if line.startswith("AGE-SECRET-KEY-1"))


def test_every_ministry_command_routes_to_its_module() -> None:
    parser = build_parser()
    for argv in (
        ["ministry", "keygen", "--out", "d"],
        ["ministry", "kit", "--trial", "T", "--groups", "g", "--recipient", "r", "--out", "k"],
        ["ministry", "verify", "b.age"],
        ["ministry", "merge", "--identity", "k", "--out", "o", "in"],
        ["ministry", "report", "--in", "merged", "--out", "s.pdf"],
    ):
        assert parser.parse_args(argv).handler.__module__ == "belong_desktop.cli.ministry"


# -- keygen --------------------------------------------------------------------------------


def test_keygen_writes_a_private_identity_and_the_recipient(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "keys"
    code, out = run("ministry", "keygen", "--out", folder)
    assert code == EXIT_OK
    identity, recipient_file = folder / "ministry.key", folder / "recipient.txt"
    assert mode(identity) == 0o600 and mode(folder) == 0o700
    recipient = crypto.load_recipient(str(recipient_file))
    assert f"recipient:   {recipient}" in out
    assert f"fingerprint: {recipient_fingerprint(recipient)}" in out
    assert "never send it by e-mail" in out
    assert secret_of(folder)[16:] not in out
    text = identity.read_text()
    assert "never send it by e-mail" in text and f"# public key: {recipient}" in text
    if shutil.which("age-keygen"):
        derived = subprocess.run(
            ["age-keygen", "-y", str(identity)], capture_output=True, text=True, check=True
        )
        assert derived.stdout.strip() == recipient


def test_keygen_never_overwrites_a_key(keys: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (keys / "ministry.key").read_bytes()
    code, out = run("ministry", "keygen", "--out", keys)
    assert code == EXIT_ERROR and out == ""
    assert "already exists: a trial key is never overwritten" in capsys.readouterr().err
    assert (keys / "ministry.key").read_bytes() == before
    (keys / "ministry.key").unlink()  # only recipient.txt left: still refused
    assert run("ministry", "keygen", "--out", keys)[0] == EXIT_ERROR
    assert not (keys / "ministry.key").exists()


def test_keygen_into_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    assert run("ministry", "keygen", "--out", target)[0] == EXIT_ERROR
    assert "is a file, not a folder" in capsys.readouterr().err


# -- kit -----------------------------------------------------------------------------------


@pytest.fixture
def groups_file(tmp_path: Path) -> Path:
    path = tmp_path / "groups.csv"
    path.write_bytes(GROUPS.encode("cp1252"))  # as Danish Excel saves "CSV (semikolon)"
    return path


def test_kit_from_excels_csv_with_the_built_in_packs(
    keys: Path, groups_file: Path, tmp_path: Path
) -> None:
    kit_path = tmp_path / "kit.json"
    code, out = run(
        "ministry", "kit", "--trial", "UFM-BELONG-2027", "--groups", groups_file,
        "--recipient", keys / "recipient.txt", "--out", kit_path,
    )  # fmt: skip
    assert code == EXIT_OK, out
    kit = parse_kit(kit_path.read_text(encoding="utf-8"))
    assert kit.trial_id == "UFM-BELONG-2027"
    assert kit.recipient == recipient_of(keys)
    assert {arm.value: (p.pack_id, p.version) for arm, p in kit.packs.items()} == {
        "treatment": ("belonging", "1.0.0"),
        "control": ("control", "1.0.0"),
    }
    assert [g.code for g in kit.groups] == ["DAT1-A", "DAT1-B", "SYG-1", "SYG-2"]
    assert kit.groups[2].institution == "Københavns Professionshøjskole"
    assert "Trial UFM-BELONG-2027: 4 groups (2 treatment, 2 control)" in out
    assert "Københavns Professionshøjskole" in out
    assert f"recipient fingerprint: {kit.fingerprint}" in out


def test_kit_with_packs_named_and_a_recipient_given_inline(
    keys: Path, groups_file: Path, tmp_path: Path
) -> None:
    kit_path = tmp_path / "kit.json"
    code, _ = run(
        "ministry", "kit", "--trial", "T1", "--groups", groups_file,
        "--recipient", recipient_of(keys), "--out", kit_path,
        "--treatment-pack", "belonging", "--control-pack", "control",
    )  # fmt: skip
    assert code == EXIT_OK
    assert parse_kit(kit_path.read_text()).fingerprint == recipient_fingerprint(recipient_of(keys))


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--treatment-pack", "control"], "written for the control arm, not the treatment arm"),
        (["--control-pack", "no-such-pack"], "no content pack 'no-such-pack'"),
        (["--trial", "UFM 2027"], "the trial id must be"),
    ],
)
def test_kit_refuses_a_wrong_pack_or_trial(
    keys: Path,
    groups_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    words: str,
) -> None:
    argv = ["ministry", "kit", "--trial", "T1", "--groups", groups_file]
    argv += ["--recipient", keys / "recipient.txt", "--out", tmp_path / "kit.json", *extra]
    assert run(*argv)[0] == EXIT_ERROR
    assert words in capsys.readouterr().err
    assert not (tmp_path / "kit.json").exists()


def test_kit_is_not_overwritten_without_force(
    keys: Path, groups_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit_path = tmp_path / "kit.json"
    kit_path.write_text("an earlier kit")
    argv = ["ministry", "kit", "--trial", "T1", "--groups", groups_file]
    argv += ["--recipient", keys / "recipient.txt", "--out", kit_path]
    assert run(*argv)[0] == EXIT_ERROR
    assert "give --force" in capsys.readouterr().err
    assert kit_path.read_text() == "an earlier kit"
    assert run(*argv, "--force")[0] == EXIT_OK
    assert parse_kit(kit_path.read_text()).trial_id == "T1"
    assert not kit_path.with_name("kit.json.partial").exists()


def test_kit_into_a_folder_that_does_not_exist_is_refused(
    keys: Path, groups_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["ministry", "kit", "--trial", "T1", "--groups", groups_file]
    argv += ["--recipient", keys / "recipient.txt", "--out", tmp_path / "nowhere" / "kit.json"]
    assert run(*argv)[0] == EXIT_ERROR
    assert "does not exist" in capsys.readouterr().err


def test_the_identity_given_as_recipient_is_refused_and_never_echoed(
    keys: Path, groups_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = secret_of(keys)
    for value in (str(keys / "ministry.key"), secret):
        argv = ["ministry", "kit", "--trial", "T1", "--groups", groups_file]
        assert run(*argv, "--recipient", value, "--out", tmp_path / "kit.json")[0] == EXIT_ERROR
        err = capsys.readouterr().err
        assert "not a recipient" in err and RECIPIENT_FORMAT in err
        assert secret[16:28] not in err


def test_a_bad_groups_file_lists_every_problem_by_line(
    cli: Cli, keys: Path, tmp_path: Path
) -> None:
    groups = tmp_path / "groups.csv"
    groups.write_text(
        "group,institution,programme,arm\n,Zealand,Datamatiker,control\n"
        "A,Zealand,Datamatiker,tretment\nA,Zealand,Datamatiker,control\n"
    )
    result = cli(
        "ministry", "kit", "--trial", "T1", "--groups", groups,
        "--recipient", keys / "recipient.txt", "--out", tmp_path / "kit.json",
    )  # fmt: skip
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "belong-desktop: the groups file has 3 problems:",
        "  - line 2: the group code is empty",
        "  - line 3: unknown arm 'tretment' (treatment or control)",
        "  - line 4: group 'A' is listed twice (first on line 3; codes are compared without "
        "regard to case)",
    ]
    missing = cli(
        "ministry", "kit", "--trial", "T1", "--groups", tmp_path / "nope.csv",
        "--recipient", keys / "recipient.txt", "--out", tmp_path / "kit.json",
    )  # fmt: skip
    missing.assert_clean_error("cannot read the groups file")


# -- verify --------------------------------------------------------------------------------


@pytest.fixture
def inbox(keys: Path, tmp_path: Path) -> Path:
    """Two good bundles for the keys, one cut in its header, one cut in its content, one
    for another key and a plain file."""
    folder = tmp_path / "inbox"
    recipient = recipient_of(keys)
    for seed in (1, 2):
        write_bundle(folder, recipient, seed=seed)
    _, good = make_bundle(recipient, seed=3)
    header = crypto.inspect(good)
    (folder / "cut-header.age").write_bytes(good[: header.header_bytes - 5])
    (folder / "cut-content.age").write_bytes(good[:-100])
    _, other = make_bundle(crypto.generate_identity()[1], seed=4)
    (folder / "another-key.age").write_bytes(other)
    (folder / "readme.age").write_text("the bundles from Zealand")
    return folder


def test_verify_without_a_key_checks_what_it_can(
    inbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run("ministry", "verify", inbox)
    assert code == EXIT_ERROR
    lines = {line.split()[1]: line.split()[0] for line in out.splitlines()[:6]}
    assert lines.pop("cut-header.age") == "FAILED"
    assert lines.pop("readme.age") == "FAILED"
    assert set(lines.values()) == {"OK"}  # what only the key shows passes here
    assert "cut short inside its age header" in out
    assert "Give --identity" in out and "4 of 6 files OK." in out


def test_verify_with_the_key_checks_everything(inbox: Path, keys: Path) -> None:
    code, out = run("ministry", "verify", "--identity", keys / "ministry.key", inbox)
    assert code == EXIT_ERROR
    failed = sorted(line.split()[1] for line in out.splitlines() if line.startswith("FAILED"))
    assert failed == ["another-key.age", "cut-content.age", "cut-header.age", "readme.age"]
    assert "encrypted for another key" in out
    assert "2 of 6 files OK." in out
    good = sorted(p for p in inbox.iterdir() if p.name.startswith("belong_"))
    code, out = run("ministry", "verify", "--identity", keys / "ministry.key", *good)
    assert code == EXIT_OK and "2 of 2 files OK." in out
    assert "decrypted, every checksum and value checked" in out


def test_verify_of_nothing_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert run("ministry", "verify", tmp_path / "empty")[0] == EXIT_ERROR
    assert "no bundles (*.age files)" in capsys.readouterr().err
    assert run("ministry", "verify", tmp_path / "nope.age")[0] == EXIT_ERROR
    assert "no such file or folder" in capsys.readouterr().err


# -- merge ---------------------------------------------------------------------------------


def test_merge_merges_the_good_and_names_the_rest(inbox: Path, keys: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "merged"
    code, out = run(
        "ministry", "merge", "--identity", keys / "ministry.key", "--out", out_dir, inbox
    )
    assert code == EXIT_OK
    assert "merged 2 sessions" in out and "skipped 4" in out
    for name in ("another-key.age", "cut-content.age", "cut-header.age", "readme.age"):
        assert f"SKIPPED  {name}: " in out
    assert "These files hold student text" in out
    assert (out_dir / "stata" / "responses.dta").exists()
    assert mode(out_dir) == 0o700


def test_merge_exits_1_when_nothing_merged(keys: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.age").write_bytes(b"")
    code, out = run(
        "ministry", "merge", "--identity", keys / "ministry.key", "--out", tmp_path / "o", folder
    )
    assert code == EXIT_ERROR
    assert "Nothing could be merged" in out and "SKIPPED  a.age: the file is empty" in out


def test_merge_refuses_a_non_empty_folder_unless_forced(
    inbox: Path, keys: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "merged"
    out_dir.mkdir()
    (out_dir / "earlier.csv").write_text("keep me")
    argv = ["ministry", "merge", "--identity", keys / "ministry.key", "--out", out_dir, inbox]
    assert run(*argv)[0] == EXIT_ERROR
    assert "is not empty" in capsys.readouterr().err
    assert sorted(p.name for p in out_dir.iterdir()) == ["earlier.csv"]
    assert run(*argv, "--force")[0] == EXIT_OK
    assert (out_dir / "earlier.csv").read_text() == "keep me"


def test_a_wrong_key_at_identity_names_the_format_and_never_echoes_a_key(
    cli: Cli, keys: Path, inbox: Path, tmp_path: Path
) -> None:
    secret = secret_of(keys)
    inline = tmp_path / "pasted.key"  # the secret pasted without its comments: fine
    inline.write_text(secret + "\r\n")
    ssh = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(ssh)], check=True)
    empty = tmp_path / "empty.key"
    empty.write_text("")
    bundle = next(inbox.glob("belong_*.age"))
    cases = {
        keys / "recipient.txt": "holds a recipient (the public key), not the identity",
        ssh: "this is an SSH key",
        ssh.with_suffix(".pub"): "this is an SSH key",
        empty: "holds no key",
        bundle: "is an age-encrypted file",
        tmp_path / "nope.key": "there is no identity file",
    }
    started = [
        cli.start("ministry", "merge", "--identity", key, "--out", tmp_path / f"o{n}", inbox)
        for n, key in enumerate(cases)
    ]
    started.append(cli.start("ministry", "verify", "--identity", inline, inbox))
    results = [cli.finish(*handle) for handle in started]
    for result, words in zip(results, cases.values(), strict=False):
        result.assert_clean_error(words, IDENTITY_FORMAT)
        assert result.stdout == ""
    assert "merged" not in results[-1].stderr and results[-1].returncode == EXIT_ERROR
    assert "2 of 6 files OK." in results[-1].stdout  # the pasted key line works
    log = "".join(p.read_text() for p in (tmp_path / "logs").glob("*.log*"))
    for text in [r.stderr + r.stdout for r in results] + [log]:
        assert secret[16:28] not in text


# -- the whole path, as real processes -----------------------------------------------------


@pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is missing")
def test_keygen_kit_verify_merge_and_age_as_real_processes(
    cli: Cli, groups_file: Path, tmp_path: Path
) -> None:
    keys = tmp_path / "keys"
    keygen = cli("ministry", "keygen", "--out", keys, script=True).assert_ok()
    kit_path = tmp_path / "kit.json"
    kit_run = cli(
        "ministry", "kit", "--trial", "UFM-BELONG-2027", "--groups", groups_file,
        "--recipient", keys / "recipient.txt", "--out", kit_path,
    ).assert_ok()  # fmt: skip
    kit = parse_kit(kit_path.read_text(encoding="utf-8"))
    assert f"fingerprint: {kit.fingerprint}" in keygen.stdout
    assert kit.fingerprint in kit_run.stdout

    inbox = tmp_path / "inbox"
    texts = ("=1+1 er to", "Jeg følte mig velkommen.")
    made = [
        write_bundle(
            inbox,
            kit.recipient,
            seed=n,
            texts=texts,
            participants=2,
            group=(g.code, g.institution, g.programme),
            arm=g.arm.value,
        )
        for n, g in enumerate(kit.groups)
    ]
    verify = cli("ministry", "verify", "--identity", keys / "ministry.key", inbox).assert_ok()
    assert "4 of 4 files OK." in verify.stdout

    opened = subprocess.run(
        ["age", "-d", "-i", str(keys / "ministry.key"), str(made[0][1])],
        capture_output=True,
        check=True,
    )
    assert opened.stdout.startswith(b"PK\x03\x04")

    out_dir = tmp_path / "merged"
    merged = cli(
        "ministry", "merge", "--identity", keys / "ministry.key", "--out", out_dir, inbox
    ).assert_ok()
    assert "merged 4 sessions" in merged.stdout
    session_rows = (out_dir / "csv" / "bundles.csv").read_text(encoding="utf-8-sig")
    assert all(g.code in session_rows for g in kit.groups)
    log = json.loads((out_dir / "merge-log.json").read_text())
    assert len(log["merged"]) == 4
    responses = (out_dir / "csv" / "responses.csv").read_text(encoding="utf-8-sig")
    assert "'=1+1 er to" in responses
    program_log = "".join(p.read_text() for p in (tmp_path / "logs").glob("*.log*"))
    assert "velkommen" not in program_log and "=1+1" not in program_log
    assert secret_of(keys)[16:28] not in program_log + merged.stdout + keygen.stdout
