"""The whole path as the people run it, each step a real process: the ministry makes a key
and a kit; the counsellor imports the kit, runs two classes, reviews and exports (one of
them twice); the ministry verifies and merges. The merged tables hold both sessions once,
the redacted e-mail nowhere, and a text that starts with "=" as text."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from belong_desktop import paths
from belong_desktop.cli.ministry import IDENTITY_FILE, RECIPIENT_FILE
from belong_desktop.services.runtime import open_runtime
from tests.class_factory import REFLECTIONS, run_class

from .conftest import Cli

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not shutil.which("age"), reason="needs the age package"),
]
FORMULA = '=HYPERLINK("http://x")+1 er ikke en formel'


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_keygen_kit_export_verify_merge(cli: Cli, isolated_data_dir: Path, tmp_path: Path) -> None:
    ministry = tmp_path / "ministry"
    keygen = cli("ministry", "keygen", "--out", ministry / "keys").assert_ok().stdout
    identity = ministry / "keys" / IDENTITY_FILE
    recipient_file = ministry / "keys" / RECIPIENT_FILE
    assert recipient_file.read_text(encoding="utf-8").split()[-1] in keygen
    groups = tmp_path / "groups.csv"
    groups.write_text(
        "group;institution;programme;arm\nDAT1-A;DTU;Datalogi;treatment\nKEMI-2;AU;Kemi;control\n",
        encoding="utf-8",
    )
    kit = ministry / "UFM-E2E.kit.json"
    cli(
        "ministry",
        "kit",
        "--trial",
        "UFM-E2E",
        "--groups",
        groups,
        "--recipient",
        recipient_file,
        "--out",
        kit,
    ).assert_ok()

    cli("kit", "import", kit).assert_ok()
    database = paths.database_file(isolated_data_dir)
    with open_runtime(database, paths.pack_search_dirs(isolated_data_dir)) as rt:
        sessions = []
        for group, letters in (
            ("DAT1-A", ("Hilsen fra en ældre studerende", FORMULA, "Skriv til a.b@example.com")),
            ("KEMI-2", ("Det går over", "Spørg om hjælp", "Giv det tid")),
        ):
            placed = rt.kits.place(group)
            sessions.append(
                run_class(
                    rt, pack_id=placed.pack.id, group=group, letters=letters, placement=placed.trial
                )
            )
    first, second = sessions
    stick = tmp_path / "stick"
    flags = cli("session", "review", first, "--json").assert_ok().json_lines()
    email = [str(f["flag"]) for f in flags if f["kind"] == "email"]
    rest = [str(f["flag"]) for f in flags if f["kind"] != "email"]
    args = ["--redact", ",".join(email)] + (["--dismiss", ",".join(rest)] if rest else [])
    cli("session", "review", first, *args).assert_ok()
    for session in (first, second, first):
        cli("session", "export", session, "--out", stick, "--skip-review").assert_ok()
    bundles = sorted(stick.iterdir())
    assert len(bundles) == 3 and all(b.name.startswith("belong_UFM-E2E_") for b in bundles)

    cli("ministry", "verify", stick).assert_ok()
    cli("ministry", "verify", "--identity", identity, stick).assert_ok()
    out = ministry / "merged"
    merged = cli("ministry", "merge", "--identity", identity, "--out", out, stick).assert_ok()
    assert "Read 3 files: merged 2 sessions, left out 1 re-exports" in merged.stdout
    assert "REPLACED" in merged.stdout and "(sequence 1)" in merged.stdout

    session_rows = _csv(out / "csv" / "session.csv")
    assert sorted(r["session_id"] for r in session_rows) == sorted(sessions)
    arms = {r["group_code"]: (r["arm"], r["arm_source"]) for r in session_rows}
    assert arms == {"DAT1-A": ("treatment", "kit"), "KEMI-2": ("control", "kit")}
    responses = _csv(out / "csv" / "responses.csv")
    assert len(responses) == 2 * (3 + 3)  # each session once: the re-export replaced the first
    texts = [r["text"] for r in responses]
    assert REFLECTIONS[0] in texts
    assert "a.b@example.com" not in " ".join(texts)
    assert any(t.startswith("'" + FORMULA) for t in texts)  # CSV: never a formula
    assert "REPLACED" in (out / "merge-log.txt").read_text(encoding="utf-8")

    from openpyxl import load_workbook

    book = load_workbook(out / "belong-merge.xlsx", read_only=True)
    cells = [c for row in book["responses"].iter_rows() for c in row]
    formula_cells = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=")]
    assert [c.value for c in formula_cells] == [FORMULA]
    assert all(c.data_type == "s" for c in formula_cells)
